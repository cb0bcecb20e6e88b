// `sinergi stats`: counts of nodes and relationships by label and type.
import Foundation
import SinergiGraph
import SinergiRegistry

/// Prints what a registry holds.
public enum StatsCommand: Subcommand {
    public static let spec = CommandSpec(
        name: "stats",
        abstract: "Count the nodes and relationships of a registry, by label and by type.",
        options: [.registry(), .format(["table", "json"], default: "table")],
        examples: ["sinergi stats -r graphs/tpbis.jsonl"])

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try CommandSupport.format(arguments, allowed: ["table", "json"], default: "table")
        let loaded = try CommandSupport.load(arguments, console: console)
        let g = loaded.graph
        var labelCounts: [(String, Int)] = g.labelNames.map { ($0, g.nodeCount(withLabel: $0)) }.filter { $0.1 > 0 }
        labelCounts.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        var typeCounts = [Int](repeating: 0, count: g.typeNames.count)
        for r in g.relationships { typeCounts[g.typeID(of: r).index] += 1 }
        var types: [(String, Int)] = zip(g.typeNames, typeCounts).filter { $0.1 > 0 }
        types.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        if format == "json" {
            func object(_ pairs: [(String, Int)]) -> String {
                "{" + pairs.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
            }
            console.out(
                "{\"nodes\":\(g.nodeCount),\"relationships\":\(g.relationshipCount),\"labels\":\(object(labelCounts)),"
                    + "\"types\":\(object(types)),\"journalTransactions\":\(loaded.journalTransactions)}\n")
            return ExitCode.success
        }
        var out = "nodes          \(g.nodeCount)\nrelationships  \(g.relationshipCount)\n"
        out += "journal        \(loaded.journalTransactions) transaction(s) after the snapshot\n"
        let width = max(12, (labelCounts.map(\.0.count) + types.map(\.0.count)).max() ?? 0) + 2
        func pad(_ s: String) -> String { s + String(repeating: " ", count: max(1, width - s.count)) }
        out += "\nlabels\n"
        for (l, c) in labelCounts { out += "  \(pad(l))\(c)\n" }
        out += "\nrelationship types\n"
        for (t, c) in types { out += "  \(pad(t))\(c)\n" }
        let indexes = g.indexes.compactMap { g.index(label: $0.label, property: $0.property) }
        if !indexes.isEmpty {
            out += "\nindexes\n"
            for i in indexes { out += "  \(i.name) on :\(i.label)(\(i.property))\n" }
        }
        console.out(out)
        return ExitCode.success
    }
}
