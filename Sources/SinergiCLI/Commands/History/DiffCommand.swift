// `sinergi diff`: what differs between two registries, or two points of one registry's history,
// entity by entity in the programme's terms; also git's diff driver for registries.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiQuery
import SinergiRegistry
import SinergiText

/// Compares two states of a registry.
public enum DiffCommand: Subcommand {
    /// The formats diff writes.
    enum Format: String, CaseIterable, Sendable { case text, jsonl }

    static let registry = Option.text("registry", short: "r", value: .valueRegistry, help: Message(.diffHelpRegistry))
    static let from = Option.point("from", help: Message(.diffHelpFrom))
    static let to = Option.point("to", help: Message(.diffHelpTo))
    static let git = Flag("git", help: Message(.diffHelpGit))
    static let format = Option<Format>.choice(
        "format", value: .valueFormat,
        help: Message(.optionFormat, ["formats": .text("text, jsonl"), "default": .text("text")]))

    public static let spec = CommandSpec(
        name: "diff", abstract: .diffAbstract, discussion: .diffDiscussion,
        positionals: [
            PositionalSpec(.valueRegistry, help: Message(.diffHelpOld), optional: true),
            PositionalSpec(.valueRegistry, help: Message(.diffHelpNew), optional: true, variadic: true),
        ],
        options: [registry.spec, from.spec, to.spec, format.spec, ReportOutput.option.spec, git.spec],
        examples: [
            "sinergi diff sumut-lama.jsonl sumut.jsonl",
            "sinergi diff -r tpbis.jsonl --from 2023-08-01 --to 2023-08-31",
            "sinergi diff -r tpbis.jsonl --from 12 --format jsonl",
        ])

    /// What to compare.
    enum Inputs {
        case files(old: String, new: String)
        case history(registry: String, from: HistoryPoint, to: HistoryPoint?)
        /// git's seven arguments: path, old file, old hash, old mode, new file, new hash, new mode.
        case git(path: String, old: String, new: String)
    }

    /// The options of `sinergi diff`.
    public struct Options: CommandOptions {
        var inputs: Inputs
        /// The registry read, when one is (the output never replaces it).
        var registryPath: String? {
            switch inputs {
            case .history(let registry, _, _): return registry
            case .files, .git: return nil
            }
        }
        var format: Format
        var output: String?

        public init(parsing arguments: ParsedArguments) throws(CLIError) {
            output = try arguments.value(ReportOutput.option)
            if arguments.flag("git"), output != nil {
                throw .usage(.usageNotBoth, ["one": .text("--git"), "other": .text("--output")])
            }
            format = try ReportOutput.format(
                try arguments.value(DiffCommand.format), output: output,
                extensions: ["txt": .text, "text": .text, "diff": .text, "jsonl": .jsonl, "ndjson": .jsonl],
                default: .text)
            let files = arguments.positionals
            if arguments.flag("git") {
                guard files.count == 7 else { throw .usage(.diffGitArguments, ["count": .int(files.count)]) }
                inputs = .git(path: files[0], old: files[1], new: files[4])
                return
            }
            let registry = try arguments.value(DiffCommand.registry)
            let from = try arguments.value(DiffCommand.from)
            let to = try arguments.value(DiffCommand.to)
            if let registry {
                guard files.isEmpty else { throw .usage(.diffBothInputs) }
                guard let from else { throw .usage(.diffNeedsInputs) }
                inputs = .history(registry: registry, from: from, to: to)
            } else {
                guard from == nil, to == nil else { throw .usage(.diffToWithoutFrom) }
                guard files.count == 2 else {
                    throw files.count > 2
                        ? .usage(.usageUnexpectedArgument, ["value": .text(files[2])]) : .usage(.diffNeedsInputs)
                }
                inputs = .files(old: files[0], new: files[1])
            }
        }
    }

    public static func run(_ options: Options, console: Console) throws -> Int32 {
        let old: PropertyGraph
        let new: PropertyGraph
        var header: String?
        switch options.inputs {
        case .files(let a, let b):
            old = try CommandSupport.load(path: a, console: console).graph
            new = try CommandSupport.load(path: b, console: console).graph
        case .history(let path, let from, let to):
            let history = try Registry(path: path).history()
            CommandSupport.report(history.current.warnings, console: console)
            old = try history.state(asOf: from).graph
            new = try to.map { try history.state(asOf: $0).graph } ?? history.current.graph
        case .git(let path, let a, let b):
            // git passes /dev/null for a side that does not exist (a registry added or deleted).
            func graph(_ file: String) throws -> PropertyGraph {
                file == "/dev/null" ? PropertyGraph() : try Registry(path: file).load(useCache: false).graph
            }
            old = try graph(a)
            new = try graph(b)
            header = Message(.diffHeader, ["path": .text(path)]).text(console.language)
        }
        let diff = RegistryDiff(from: old, to: new)
        let language = console.language
        var out = header.map { $0 + "\n" } ?? ""
        switch options.format {
        case .text: out += text(diff, old: old, new: new, language)
        case .jsonl: out += jsonLines(diff, old: old, new: new)
        }
        try ReportOutput.write(out, to: options.output, registry: options.registryPath, console: console)
        if diff.isEmpty {
            console.status(Message(.diffNoDifference))
        } else {
            console.status(
                Message(
                    .diffSummary,
                    [
                        "added": .count(diff.count(.added)), "removed": .count(diff.count(.removed)),
                        "changed": .count(diff.count(.changed)),
                    ]))
        }
        return ExitCode.success
    }

    /// The graph a change is described from: the new one, the old one for a removal.
    static func graph(of change: RegistryChange, old: PropertyGraph, new: PropertyGraph) -> PropertyGraph {
        change.kind == .removed ? old : new
    }

    /// An entity's name as people read it: its `name`, else its key; a relationship as
    /// "start → end".
    static func name(of change: RegistryChange, in graph: PropertyGraph) -> String {
        func nodeName(_ key: String) -> String {
            guard let id = graph.node(forKey: key) else { return key }
            return graph.property("name", of: id).stringValue ?? key
        }
        guard change.entity == .relationship, let state = change.state else { return nodeName(change.key) }
        return nodeName(state.start ?? "") + " → " + nodeName(state.end ?? "")
    }

    /// The place of a change, read where the entity is.
    static func place(of change: RegistryChange, in graph: PropertyGraph) -> Place {
        change.entity == .node ? Place.ofNode(change.key, in: graph) : Place.ofRelationship(change.key, in: graph)
    }

    /// The diff as text: one section per category, one line per entity, one per changed property.
    /// - Complexity: O(changes · depth of the region tree).
    static func text(_ diff: RegistryDiff, old: PropertyGraph, new: PropertyGraph, _ language: Language) -> String {
        var sections: [ChangeCategory: [RegistryChange]] = [:]
        for change in diff.changes {
            guard let state = change.state else { continue }
            sections[ChangeCategory.of(state), default: []].append(change)
        }
        let absent = Message(.diffAbsent).text(language)
        func value(_ v: Value?) -> String { v.map { ValueFormatter.literal($0) } ?? absent }
        var out = ""
        for category in sections.keys.sorted() {
            let changes = sections[category]!
            out += HistoryWords.noun(category, count: changes.count, language) + "\n"
            for change in changes {
                let g = graph(of: change, old: old, new: new)
                let sign = change.kind == .added ? "+" : (change.kind == .removed ? "-" : "~")
                var line = "  " + sign + " " + name(of: change, in: g) + " [" + change.key + "]"
                if let region = place(of: change, in: g).summaryRegion {
                    line += " · " + HistoryWords.region(region, language)
                }
                out += line + "\n"
                guard change.kind == .changed, let before = change.before, let after = change.after else { continue }
                if change.shapeChanged {
                    if before.type != after.type { out += "      type: \(before.type ?? "") → \(after.type ?? "")\n" }
                    if before.start != after.start {
                        out += "      start: \(before.start ?? "") → \(after.start ?? "")\n"
                    }
                    if before.end != after.end { out += "      end: \(before.end ?? "") → \(after.end ?? "")\n" }
                }
                if !change.labelsAdded.isEmpty || !change.labelsRemoved.isEmpty {
                    let labels = change.labelsAdded.map { "+" + $0 } + change.labelsRemoved.map { "-" + $0 }
                    out += "      " + Message(.diffLabels).text(language) + ": " + labels.joined(separator: " ") + "\n"
                }
                for p in change.properties { out += "      \(p.name): \(value(p.old)) → \(value(p.new))\n" }
            }
        }
        return out
    }

    /// The diff as JSON lines: one object per entity that differs.
    /// - Complexity: O(changes · (properties + depth of the region tree)).
    static func jsonLines(_ diff: RegistryDiff, old: PropertyGraph, new: PropertyGraph) -> String {
        var out = ""
        for change in diff.changes {
            guard let state = change.state else { continue }
            let g = graph(of: change, old: old, new: new)
            var f = [
                "\"change\":" + HistoryWords.json(change.kind.rawValue),
                "\"entity\":" + HistoryWords.json(change.entity.rawValue), "\"key\":" + HistoryWords.json(change.key),
                "\"what\":" + HistoryWords.json(ChangeCategory.of(state).rawValue),
                "\"name\":" + HistoryWords.json(name(of: change, in: g)),
            ]
            if change.entity == .node {
                f.append("\"labels\":[" + state.labels.map(HistoryWords.json).joined(separator: ",") + "]")
            } else {
                f.append("\"type\":" + HistoryWords.json(state.type ?? ""))
                f.append("\"start\":" + HistoryWords.json(state.start ?? ""))
                f.append("\"end\":" + HistoryWords.json(state.end ?? ""))
            }
            if let region = place(of: change, in: g).summaryRegion {
                f.append("\"region\":" + HistoryWords.json(region.name))
                f.append("\"regionKey\":" + HistoryWords.json(region.key))
            }
            if change.kind == .changed {
                if !change.labelsAdded.isEmpty {
                    f.append(
                        "\"labelsAdded\":[" + change.labelsAdded.map(HistoryWords.json).joined(separator: ",") + "]")
                }
                if !change.labelsRemoved.isEmpty {
                    f.append(
                        "\"labelsRemoved\":[" + change.labelsRemoved.map(HistoryWords.json).joined(separator: ",") + "]"
                    )
                }
                if change.shapeChanged, let before = change.before {
                    f.append(
                        "\"before\":{\"type\":\(HistoryWords.json(before.type ?? "")),\"start\":\(HistoryWords.json(before.start ?? "")),\"end\":\(HistoryWords.json(before.end ?? ""))}"
                    )
                }
            }
            let properties = change.properties.map { p -> String in
                var pf = ["\"name\":" + HistoryWords.json(p.name)]
                if let o = p.old { pf.append("\"old\":" + JSONLineEncoder.encode(o)) }
                if let n = p.new { pf.append("\"new\":" + JSONLineEncoder.encode(n)) }
                return "{" + pf.joined(separator: ",") + "}"
            }
            f.append("\"properties\":[" + properties.joined(separator: ",") + "]")
            out += "{" + f.joined(separator: ",") + "}\n"
        }
        return out
    }
}
