// The canonical text of an answer, so Sinergi's and Kùzu's rows can be compared:
// the same rules as `text()` in peers/kuzu_peer.py (integers in decimal, floats with
// nine significant digits, dates as YYYY-MM-DD, lists in brackets, null as `null`).

import Foundation
import SinergiGraph

/// Canonical texts of values and the comparison of two answers.
enum AnswerText {
    /// The canonical text of `v`; entities as their registry key.
    /// - Complexity: O(size of v).
    static func text(_ v: Value, graph: PropertyGraph) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d):
            if d.rounded() == d, abs(d) < 1e15 { return String(Int64(d)) + ".0" }
            return String(format: "%.9g", d)
        case .string(let s): return s
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration: return v.temporalText ?? "\(v)"
        case .list(let items): return "[" + items.map { text($0, graph: graph) }.joined(separator: ", ") + "]"
        case .map(let m):
            return "{" + m.keys.sorted().map { "\($0): \(text(m[$0] ?? .null, graph: graph))" }.joined(separator: ", ")
                + "}"
        case .node(let id): return graph.key(of: id)
        case .relationship(let id): return graph.key(of: id)
        case .path(let p): return "path(\(p.length))"
        }
    }

    /// nil when the answers agree, else where they first differ; unordered answers are
    /// compared as multisets of rows.
    /// - Complexity: O(r log r) for r rows.
    static func difference(_ ours: [[String]], _ theirs: [[String]], ordered: Bool) -> String? {
        var a = ours
        var b = theirs
        if !ordered {
            a.sort { $0.lexicographicallyPrecedes($1) }
            b.sort { $0.lexicographicallyPrecedes($1) }
        }
        if a.count != b.count { return "\(a.count) rows against \(b.count)" }
        for (i, (x, y)) in zip(a, b).enumerated() where x != y {
            return "row \(i + 1): \(x.joined(separator: " | ")) against \(y.joined(separator: " | "))"
        }
        return nil
    }
}
