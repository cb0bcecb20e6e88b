// Prints the measurements as an aligned text table or a Markdown table, with
// the run's context (registry, load time, peak memory, load average, cores).

/// The report printer.
enum Report {
    /// The figures about the run printed above the table.
    struct Context {
        var registry: String
        var nodes: Int
        var relationships: Int
        var loadMilliseconds: Double
        var repetitions: Int
    }

    /// The whole report as text.
    /// - Complexity: O(rows).
    static func render(_ rows: [Measurement], context: Context, format: ReportFormat) -> String {
        let load = ResourceUsage.loadAverage().map { $0.map { format2($0) }.joined(separator: " ") } ?? "unknown"
        var out = """
            registry: \(context.registry) (\(context.nodes) nodes, \(context.relationships) relationships)
            load (Registry.load): \(format1(context.loadMilliseconds)) ms
            peak memory (ru_maxrss): \(format1(ResourceUsage.peakMemoryMiB())) MiB
            load average: \(load); processors: \(ResourceUsage.processorCount())
            repetitions: \(context.repetitions) timed after one warm-up


            """
        let header = ["name", "median ms", "min ms", "reps", "answer"]
        let table = rows.map { m in
            [m.name, format2(m.median), format2(m.minimum), String(m.samples.count), m.answer]
        }
        switch format {
        case .markdown:
            out += "| " + header.joined(separator: " | ") + " |\n"
            out += "| --- | ---: | ---: | ---: | --- |\n"
            for r in table { out += "| " + r.joined(separator: " | ") + " |\n" }
        case .table:
            var widths = header.map(\.count)
            for r in table { for (i, c) in r.enumerated() where i < 4 { widths[i] = max(widths[i], c.count) } }
            func line(_ r: [String]) -> String {
                r.enumerated().map { i, c in
                    guard i < 4 else { return c }
                    let pad = String(repeating: " ", count: max(0, widths[i] - c.count))
                    return i == 0 ? c + pad : pad + c
                }.joined(separator: "  ")
            }
            out += line(header) + "\n"
            for r in table { out += line(r) + "\n" }
        }
        return out
    }

    static func format1(_ x: Double) -> String { fixed(x, 1) }
    static func format2(_ x: Double) -> String { fixed(x, 2) }

    /// `x` with `digits` decimals, without Foundation's formatters.
    static func fixed(_ x: Double, _ digits: Int) -> String {
        guard x.isFinite else { return String(x) }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(x) * scale).rounded()
        let whole = Int(scaled / scale)
        var frac = String(Int(scaled) - whole * Int(scale))
        while frac.count < digits { frac = "0" + frac }
        return (x < 0 ? "-" : "") + String(whole) + (digits > 0 ? "." + frac : "")
    }
}
