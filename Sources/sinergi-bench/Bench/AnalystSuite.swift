// `sinergi-bench --questions`: runs the analyst questions on Sinergi (in-process,
// `QueryEngine.execute` on the loaded registry) and on Kùzu (the peer process, same
// data), interleaved question by question and round by round, compares the
// answers, and prints the table with each side's median (and minimum), the
// speed-up, and the geometric mean of the speed-ups.

import Dispatch
import Foundation
import SinergiCLI
import SinergiGraph
import SinergiQuery

/// The side-by-side run of the analyst questions.
enum AnalystSuite {
    /// One question's figures over all rounds.
    struct Row {
        var question: AnalystQuestion
        var ours: [Double] = []
        /// Sinergi's thread CPU time per run (steadier than wall time on a shared machine).
        var oursCPU: [Double] = []
        var theirs: [Double] = []
        var answer = ""
        var check = "—"
    }

    /// Runs `questions` for `rounds` rounds of `repetitions` timed runs each (after one warm-up per round).
    /// - Complexity: the questions' cost × rounds × (repetitions + 1), on both engines.
    static func run(
        _ questions: [AnalystQuestion], subject: BenchSubject, peer: KuzuPeer?, rounds: Int, repetitions: Int
    ) -> [Row] {
        var rows = questions.map { Row(question: $0) }
        for round in 1...rounds {
            for i in rows.indices {
                let q = rows[i].question
                do {
                    let (samples, cpu, answer) = try sinergi(q, subject: subject, repetitions: repetitions)
                    rows[i].ours += samples
                    rows[i].oursCPU += cpu
                    rows[i].answer = summary(answer)
                    if let peer {
                        let reply = try peer.ask(q, repetitions: repetitions)
                        if let e = reply.error {
                            rows[i].check = "Kùzu error: \(e)"
                        } else {
                            rows[i].theirs += reply.samples
                            rows[i].check =
                                AnswerText.difference(answer, reply.rows, ordered: q.ordered).map { "DIFFERS: \($0)" }
                                ?? "same"
                        }
                    }
                } catch {
                    rows[i].check = "error: \(error)"
                }
                writeStandardError(
                    "round \(round) \(q.name): Sinergi \(Report.format2(median(rows[i].ours))) ms "
                        + "(CPU \(Report.format2(median(rows[i].oursCPU))) ms), "
                        + "Kùzu \(Report.format2(median(rows[i].theirs))) ms, \(rows[i].check)\n")
            }
        }
        return rows
    }

    /// Times `q` on Sinergi; returns the samples and the warm-up's answer as canonical text.
    static func sinergi(_ q: AnalystQuestion, subject: BenchSubject, repetitions: Int) throws -> (
        [Double], [Double], [[String]]
    ) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sinergi-bench.\(q.output.rawValue)")
        func once() throws -> QueryResult {
            var graph = subject.graph  // writes change a copy: every run starts from the registry
            let result = try QueryEngine.execute(q.sinergi, parameters: q.parameters, on: &graph)
            switch q.output {
            case .rows: break
            case .csv, .json:
                let bytes = RowRenderer.bytes(result, format: q.output == .csv ? .csv : .json, graph: graph)
                try Data(bytes).write(to: file)
            }
            return result
        }
        let warm = try once()
        var samples: [Double] = []
        var cpu: [Double] = []
        for _ in 0..<repetitions {
            let cpuStart = ResourceUsage.threadCPUMilliseconds()
            let start = DispatchTime.now()
            _ = try once()
            samples.append(Timer.milliseconds(since: start))
            cpu.append(ResourceUsage.threadCPUMilliseconds() - cpuStart)
        }
        let answer = warm.rows.map { $0.map { AnswerText.text($0, graph: subject.graph) } }
        return (samples, cpu, answer)
    }

    /// A short description of an answer: the only value, or the row count and the first row.
    static func summary(_ rows: [[String]]) -> String {
        if rows.count == 1, rows[0].count == 1 { return rows[0][0] }
        let first = rows.first.map { $0.joined(separator: ", ") } ?? ""
        return "\(rows.count) rows" + (first.isEmpty ? "" : "; first: " + String(first.prefix(48)))
    }

    /// The median of `samples` (0 when empty).
    static func median(_ samples: [Double]) -> Double {
        Measurement(name: "", group: "", samples: samples, answer: "").median
    }

    /// The report: one line per question, then the summary (questions at most Kùzu's time,
    /// geometric mean of Kùzu ÷ Sinergi).
    /// - Complexity: O(questions × samples log samples).
    static func render(_ rows: [Row], peerVersion: String, format: ReportFormat) -> String {
        var table: [[String]] = []
        var logSum = 0.0
        var compared = 0
        var atMost = 0
        for r in rows {
            let ours = median(r.ours)
            let theirs = median(r.theirs)
            var ratio = "—"
            if !r.ours.isEmpty, !r.theirs.isEmpty, ours > 0 {
                let x = theirs / ours
                ratio = Report.format1(x) + "×"
                logSum += log(x)
                compared += 1
                if ours <= theirs { atMost += 1 }
            }
            table.append([
                r.question.name, cell(r.ours), cell(r.theirs), ratio, r.check, r.answer,
            ])
        }
        let header = ["question", "Sinergi ms", peerVersion + " ms", "Kùzu ÷ Sinergi", "answers", "answer"]
        var out = ""
        switch format {
        case .markdown:
            out += "| " + header.joined(separator: " | ") + " |\n| --- | ---: | ---: | ---: | --- | --- |\n"
            for t in table { out += "| " + t.joined(separator: " | ") + " |\n" }
        case .table:
            for t in [header] + table { out += t.joined(separator: "\t") + "\n" }
        }
        let mean = compared > 0 ? exp(logSum / Double(compared)) : 0
        out += "\n\(atMost) of \(compared) questions at most Kùzu's time; "
        out += "geometric mean of Kùzu ÷ Sinergi: \(Report.format2(mean))×\n"
        return out
    }

    /// `median (min)` of samples, or — when there are none.
    static func cell(_ samples: [Double]) -> String {
        guard !samples.isEmpty else { return "—" }
        return "\(Report.format2(median(samples))) (\(Report.format2(samples.min() ?? 0)))"
    }
}
