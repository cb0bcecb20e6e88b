// `sinergi undo TX`: a new signed transaction that reverses an earlier one, refused (naming the
// later transactions and what they touched) while later work depends on it.
import Foundation
import SinergiGraph
import SinergiRegistry
import SinergiText

/// Reverses one transaction of a registry.
public enum UndoCommand: Subcommand {
    static let dryRun = Flag("dry-run", help: Message(.undoHelpDryRun))

    public static let spec = CommandSpec(
        name: "undo", abstract: .undoAbstract, discussion: .undoDiscussion,
        positionals: [PositionalSpec(.valueTransaction, help: Message(.undoHelpTransaction))],
        options: [CommonOptions.registry.spec, dryRun.spec] + CommandSignature.options,
        examples: [
            "sinergi undo 12 -r tpbis.jsonl --dry-run", "sinergi undo 12 -r tpbis.jsonl --message 'dicatat dua kali'",
        ])

    /// The options of `sinergi undo`.
    public struct Options: CommandOptions {
        var registry: String
        var transaction: Int64
        var dryRun: Bool

        public init(parsing arguments: ParsedArguments) throws(CLIError) {
            registry = try arguments.required(CommonOptions.registry)
            dryRun = arguments.flag(UndoCommand.dryRun)
            let text = arguments.positionals.first ?? ""
            guard case .transaction(let n)? = HistoryPoint(parsing: text) else {
                throw .usage(.undoBadTransaction, ["value": .text(text)])
            }
            transaction = n
        }
    }

    public static func run(_ options: Options, console: Console) throws -> Int32 {
        var registry = Registry(path: options.registry, signature: console.signature)
        let language = console.language
        if registry.signature.message == nil {
            registry.signature.message = Message(.undoMessage, ["tx": .int(Int(options.transaction))]).text(language)
        }
        let history = try registry.history()
        CommandSupport.report(history.current.warnings, console: console)
        let plan = try history.undoPlan(of: options.transaction)
        let now = history.current.graph
        guard plan.dependents.isEmpty else {
            let lines = refusal(plan, path: options.registry, graph: now, language)
            console.error(lines.error)
            for line in lines.dependents { console.err("  " + line + "\n") }
            console.hint(lines.hint)
            console.status(Message(.registryUnchanged))
            return ExitCode.failure
        }
        guard !plan.changes.isEmpty else {
            console.status(Message(.undoNothing, ["tx": .int(Int(options.transaction))]))
            return ExitCode.success
        }
        let reversal = plan.reversal
        let counts: [String: MessageArgument] = [
            "tx": .int(Int(options.transaction)), "added": .count(reversal.count(.added)),
            "removed": .count(reversal.count(.removed)), "changed": .count(reversal.count(.changed)),
        ]
        if options.dryRun {
            var after = now
            try plan.apply(to: &after, path: options.registry)
            console.out(DiffCommand.text(reversal, old: now, new: after, language))
            console.status(Message(.undoDryRun, counts))
            return ExitCode.success
        }
        let (after, commit) = try registry.undo(plan)
        console.out(DiffCommand.text(reversal, old: now, new: after, language))
        console.status(Message(.undoDone, counts.merging(["undo": .int(Int(commit.transaction ?? 0))]) { a, _ in a }))
        return ExitCode.success
    }

    /// The refusal: what cannot be undone, the later transactions that depend on it (one line
    /// each, with what of its work they touched), and what to do.
    static func refusal(_ plan: UndoPlan, path: String, graph: PropertyGraph, _ language: Language) -> (
        error: Message, dependents: [String], hint: Message
    ) {
        let error = Message(
            .undoRefused,
            ["tx": .int(Int(plan.transaction.number)), "path": .text(path), "count": .count(plan.dependents.count)])
        // Names of nodes gone from the registry now are read from the states the changes keep.
        var names: [String: String] = [:]
        for c in plan.changes.changes + plan.dependents.flatMap(\.changes) where c.entity == .node {
            if let name = (c.before ?? c.after)?.properties["name"]?.stringValue { names[c.key] = name }
        }
        let lines = plan.dependents.map { dependent -> String in
            let s = dependent.transaction.signature
            let touched = dependent.changes.map { c in
                var arguments: [String: MessageArgument] = [
                    "verb": .text(HistoryWords.verb(c.kind, language)),
                    "name": .text(name(of: c, in: graph, names: names)), "key": .text(c.key),
                ]
                guard c.kind == .changed else { return Message(.undoTouched, arguments).text(language) }
                arguments["properties"] = .text(c.properties.map(\.name).joined(separator: ", "))
                return Message(.undoTouchedProperties, arguments).text(language)
            }
            return Message(
                .undoDependent,
                [
                    "tx": .int(Int(dependent.transaction.number)), "time": .text(HistoryWords.time(s, language)),
                    "author": .text(HistoryWords.author(s, language)),
                    "touched": .text(touched.joined(separator: "; ")),
                ]
            ).text(language)
        }
        let order = plan.dependents.reversed().map { String($0.transaction.number) }
        return (error, lines, Message(.undoHintLaterFirst, ["order": .text(order.joined(separator: ", "))]))
    }

    /// An entity's name as its own state reads it (a relationship as "start → end", the ends'
    /// names read in `graph`, the registry now, else in `names`, else their keys).
    static func name(of change: RegistryChange, in graph: PropertyGraph, names: [String: String]) -> String {
        func nodeName(_ key: String) -> String {
            graph.node(forKey: key).flatMap { graph.property("name", of: $0).stringValue } ?? names[key] ?? key
        }
        guard let state = change.state else { return change.key }
        guard change.entity == .relationship else { return state.properties["name"]?.stringValue ?? change.key }
        return nodeName(state.start ?? "") + " → " + nodeName(state.end ?? "")
    }
}
