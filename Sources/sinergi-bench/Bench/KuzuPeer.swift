// The Kùzu peer of `sinergi-bench --questions`: one long-running `python3
// peers/kuzu_peer.py` process, spoken to in JSON lines over pipes, so that the
// suite can ask Kùzu each question right after Sinergi (interleaved in one run)
// and compare the answers. Kùzu is a peer only, never a dependency of Sinergi.

import Foundation
import SinergiGraph

/// A running Kùzu peer process.
final class KuzuPeer {
    /// What the peer answered for one question.
    struct Reply {
        /// Timed runs, in milliseconds.
        var samples: [Double]
        /// The rows, each value as canonical text (`AnswerText`).
        var rows: [[String]]
        /// The error Kùzu reported, if any.
        var error: String?
    }

    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffer = Data()
    /// Kùzu's version, as the peer reports it.
    private(set) var version = "kuzu"
    /// Milliseconds spent building the database (0 when it was there already).
    private(set) var buildMilliseconds: Double = 0

    /// Starts `python` on `script` and opens (or builds from `csv`) the database at `database`.
    init(python: String, script: String, database: String, csv: String, rebuild: Bool) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, script]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let opened = try exchange(["open": database, "csv": csv, "rebuild": rebuild])
        if let e = opened["error"] as? String { throw BenchOptionsError("Kùzu peer: \(e)") }
        version = "kuzu " + ((opened["version"] as? String) ?? "?")
        buildMilliseconds = (opened["built"] as? Double) ?? 0
    }

    deinit {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    /// Asks the peer `question` (Kùzu's text), timed `repetitions` times after a warm-up.
    func ask(_ question: AnalystQuestion, repetitions: Int) throws -> Reply {
        var request: [String: Any] = [
            "name": question.name, "query": question.kuzu, "repeat": repetitions,
            "output": question.output.rawValue, "write": question.isWrite,
        ]
        var params: [String: Any] = [:]
        for (k, v) in question.parameters { params[k] = KuzuPeer.json(v) }
        request["params"] = params
        let reply = try exchange(request)
        let samples = (reply["samples"] as? [Double]) ?? ((reply["samples"] as? [NSNumber])?.map(\.doubleValue) ?? [])
        let rows = (reply["rows"] as? [[String]]) ?? []
        return Reply(samples: samples, rows: rows, error: reply["error"] as? String)
    }

    /// Sends one request line and reads one reply line.
    private func exchange(_ request: [String: Any]) throws -> [String: Any] {
        var line = try JSONSerialization.data(withJSONObject: request)
        line.append(0x0A)
        try input.fileHandleForWriting.write(contentsOf: line)
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let reply = buffer[buffer.startIndex..<newline]
                buffer = Data(buffer[(newline + 1)...])
                guard let object = try JSONSerialization.jsonObject(with: reply) as? [String: Any] else {
                    throw BenchOptionsError("Kùzu peer: a reply that is not a JSON object")
                }
                return object
            }
            let chunk = output.fileHandleForReading.availableData  // what is there, at least a byte
            guard !chunk.isEmpty else {
                throw BenchOptionsError("Kùzu peer: the process ended (is `kuzu` installed for python3?)")
            }
            buffer.append(chunk)
        }
    }

    /// A parameter value as a JSON object for the peer.
    static func json(_ v: Value) -> Any {
        switch v {
        case .null: return NSNull()
        case .bool(let b): return b
        case .int(let i): return i
        case .double(let d): return d
        case .string(let s): return s
        case .list(let items): return items.map(json)
        case .map(let m): return m.mapValues(json)
        default: return "\(v)"
        }
    }
}
