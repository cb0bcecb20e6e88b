// `sinergi stats`: counts of nodes and relationships by label and type.
import Foundation
import SinergiGraph
import SinergiRegistry
import SinergiText

/// Prints what a registry holds.
public enum StatsCommand: Subcommand {
    /// The formats stats writes.
    enum Format: String, CaseIterable, Sendable { case table, json }

    static let format = Option<Format>.choice(
        "format", value: .valueFormat,
        help: Message(.optionFormat, ["formats": .text("table, json"), "default": .text("table")]))

    public static let spec = CommandSpec(
        name: "stats", abstract: .statsAbstract,
        options: [CommonOptions.registry.spec, CommonOptions.asOf.spec, format.spec, ReportOutput.option.spec],
        examples: ["sinergi stats -r graphs/tpbis.jsonl", "sinergi stats -r graphs/tpbis.jsonl -o isi-registri.json"])

    /// The options of `sinergi stats`.
    public struct Options: CommandOptions {
        var registry: String
        var format: Format
        var asOf: HistoryPoint?
        var output: String?

        public init(parsing arguments: ParsedArguments) throws(CLIError) {
            registry = try arguments.required(CommonOptions.registry)
            output = try arguments.value(ReportOutput.option)
            format = try ReportOutput.format(
                try arguments.value(StatsCommand.format), output: output,
                extensions: ["json": .json, "txt": .table, "text": .table], default: .table)
            asOf = try arguments.value(CommonOptions.asOf)
        }
    }

    public static func run(_ options: Options, console: Console) throws -> Int32 {
        let loaded = try CommandSupport.load(path: options.registry, asOf: options.asOf, console: console)
        let g = loaded.graph
        var labelCounts: [(String, Int)] = g.labelNames.map { ($0, g.nodeCount(withLabel: $0)) }.filter { $0.1 > 0 }
        labelCounts.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        var typeCounts = [Int](repeating: 0, count: g.typeNames.count)
        for r in g.relationships { typeCounts[g.typeID(of: r).index] += 1 }
        var types: [(String, Int)] = zip(g.typeNames, typeCounts).filter { $0.1 > 0 }
        types.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        if options.format == .json {
            func object(_ pairs: [(String, Int)]) -> String {
                "{" + pairs.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
            }
            try ReportOutput.write(
                "{\"nodes\":\(g.nodeCount),\"relationships\":\(g.relationshipCount),\"labels\":\(object(labelCounts)),"
                    + "\"types\":\(object(types)),\"journalTransactions\":\(loaded.journalTransactions)}\n",
                to: options.output, registry: options.registry, console: console)
            return ExitCode.success
        }
        let language = console.language
        func t(_ key: MessageKey, _ arguments: [String: MessageArgument] = [:]) -> String {
            Message(key, arguments).text(language)
        }
        let heads = [t(.statsNodes), t(.statsRelationships), t(.statsJournal)]
        let headWidth = (heads.map(\.count).max() ?? 0) + 2
        func head(_ s: String) -> String { s + String(repeating: " ", count: headWidth - s.count) }
        var out = head(heads[0]) + "\(g.nodeCount)\n" + head(heads[1]) + "\(g.relationshipCount)\n"
        out += head(heads[2]) + t(.statsJournalTransactions, ["n": .count(loaded.journalTransactions)]) + "\n"
        let width = max(12, (labelCounts.map(\.0.count) + types.map(\.0.count)).max() ?? 0) + 2
        let countWidth = (labelCounts.map(\.1) + types.map(\.1)).map { String($0).count }.max() ?? 1
        func row(_ name: String, _ count: Int, _ reads: String) -> String {
            let c = String(count)
            var line = "  " + name + String(repeating: " ", count: max(1, width - name.count)) + c
            if reads != name { line += String(repeating: " ", count: countWidth - c.count + 2) + reads }
            return line + "\n"
        }
        out += "\n" + t(.statsLabels) + "\n"
        for (l, c) in labelCounts { out += row(l, c, Vocabulary.kind(l, language)) }
        out += "\n" + t(.statsTypes) + "\n"
        for (type, c) in types { out += row(type, c, Vocabulary.relationship(type, language)) }
        let indexes = g.indexes.compactMap { g.index(label: $0.label, property: $0.property) }
        if !indexes.isEmpty {
            out += "\n" + t(.statsIndexes) + "\n"
            for i in indexes {
                out +=
                    "  "
                    + t(.statsIndex, ["name": .text(i.name), "label": .text(i.label), "property": .text(i.property)])
                    + "\n"
            }
        }
        try ReportOutput.write(out, to: options.output, registry: options.registry, console: console)
        return ExitCode.success
    }
}
