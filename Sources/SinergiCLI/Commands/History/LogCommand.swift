// `sinergi log`: the transactions of a registry, newest first — who wrote each, when, why, and
// what it changed in the programme's terms and where; filtered by time, author and region.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiRegistry
import SinergiText

/// Lists a registry's transactions.
public enum LogCommand: Subcommand {
    /// The formats log writes.
    enum Format: String, CaseIterable, Sendable { case text, jsonl }

    static let since = Option.point("since", help: Message(.logHelpSince))
    static let until = Option.point("until", help: Message(.logHelpUntil))
    static let author = Option.text("author", value: .valueName, help: Message(.logHelpAuthor))
    static let region = Option.text("region", value: .valueName, help: Message(.logHelpRegion))
    static let format = Option<Format>.choice(
        "format", value: .valueFormat,
        help: Message(.optionFormat, ["formats": .text("text, jsonl"), "default": .text("text")]))

    public static let spec = CommandSpec(
        name: "log", abstract: .logAbstract, discussion: .logDiscussion,
        options: [
            CommonOptions.registry.spec, since.spec, until.spec, author.spec, region.spec, format.spec,
            ReportOutput.option.spec,
        ],
        examples: [
            "sinergi log -r graphs/tpbis.jsonl",
            "sinergi log -r tpbis.jsonl --since 2023-08-01 --region 'Deli Serdang'",
            "sinergi log -r tpbis.jsonl --author Siti --format jsonl",
        ])

    /// The options of `sinergi log`.
    public struct Options: CommandOptions {
        var registry: String
        var since: HistoryPoint?
        var until: HistoryPoint?
        var author: String?
        var region: String?
        var format: Format
        var output: String?

        public init(parsing arguments: ParsedArguments) throws(CLIError) {
            registry = try arguments.required(CommonOptions.registry)
            output = try arguments.value(ReportOutput.option)
            since = try arguments.value(LogCommand.since)
            until = try arguments.value(LogCommand.until)
            author = try arguments.value(LogCommand.author)
            region = try arguments.value(LogCommand.region)
            format = try ReportOutput.format(
                try arguments.value(LogCommand.format), output: output,
                extensions: ["txt": .text, "text": .text, "jsonl": .jsonl, "ndjson": .jsonl], default: .text)
        }
    }

    /// One transaction as the log shows it.
    struct Entry {
        var transaction: JournalTransaction
        /// What it changed, in summary lines.
        var lines: [ChangeSummaryLine]
        /// Every region key its changes lie in.
        var regions: Set<String>
        /// For a transaction that closes a snapshot: the snapshot's size.
        var snapshot: (nodes: Int, relationships: Int)?
    }

    public static func run(_ options: Options, console: Console) throws -> Int32 {
        let path = options.registry
        let history = try Registry(path: path).history()
        CommandSupport.report(history.current.warnings, console: console)
        guard !history.journal.transactions.isEmpty else {
            console.status(Message(.logNoTransactions, ["path": .text(path)]))
            return ExitCode.success
        }
        let regionKeys = try options.region.map { name throws(CLIError) in
            try regions(named: name, in: history.current.graph, path: path)
        }
        let entries = try read(history).filter { entry in
            let tx = entry.transaction
            if let since = options.since {
                if case .transaction(let n) = since {
                    if tx.number < n { return false }
                } else if !since.startsBefore(time: tx.signature.time) {
                    return false
                }
            }
            if let until = options.until {
                if case .transaction(let n) = until {
                    if tx.number > n { return false }
                } else if !until.includes(time: tx.signature.time) {
                    return false
                }
            }
            if let name = options.author, !(tx.signature.author.map { fold($0).contains(fold(name)) } ?? false) {
                return false
            }
            if let regionKeys, entry.snapshot != nil || entry.regions.isDisjoint(with: regionKeys) { return false }
            return true
        }
        guard !entries.isEmpty else {
            console.status(Message(.logNothingMatches, ["path": .text(path)]))
            if options.author != nil {
                let authors = Set(history.journal.transactions.compactMap(\.signature.author)).sorted()
                if !authors.isEmpty {
                    console.hint(Message(.logAuthorsAre, ["names": .text(authors.joined(separator: ", "))]))
                }
            }
            return ExitCode.success
        }
        let language = console.language
        var out = ""
        for (i, entry) in entries.reversed().enumerated() {
            switch options.format {
            case .text:
                if i > 0 { out += "\n" }
                out += text(entry, language)
            case .jsonl:
                out += json(entry, language) + "\n"
            }
        }
        try ReportOutput.write(out, to: options.output, registry: path, console: console)
        return ExitCode.success
    }

    /// Every transaction with what it changed: one replay of the journal.
    /// - Complexity: O(size of the file) plus the places of the touched entities.
    static func read(_ history: RegistryHistory) throws -> [Entry] {
        var entries: [Entry] = []
        var replay = try history.replay()
        if let first = history.journal.transactions.first, first.compacted {
            entries.append(
                Entry(
                    transaction: first, lines: [], regions: [],
                    snapshot: (replay.graph.nodeCount, replay.graph.relationshipCount)))
        }
        while let step = try replay.step(context: { g, nodes, relationships in
            ChangePlaces(nodes: nodes, relationships: relationships, in: g)
        }) {
            var regions = Set<String>()
            var places: [String: Place] = [:]
            for change in step.changes.changes {
                let place = ChangePlaces.place(of: change, before: step.before, after: step.after)
                places[change.entity.rawValue + "/" + change.key] = place
                for r in place.chain { regions.insert(r.key) }
            }
            let lines = ChangeSummary.lines(step.changes) {
                places[$0.entity.rawValue + "/" + $0.key] ?? Place(chain: [])
            }
            let snapshot = step.transaction.compacted ? (replay.graph.nodeCount, replay.graph.relationshipCount) : nil
            entries.append(Entry(transaction: step.transaction, lines: lines, regions: regions, snapshot: snapshot))
        }
        return entries
    }

    /// The region keys a typed name means among the registry's regions.
    /// - Throws: a failure naming the nearest regions when none matches.
    static func regions(named name: String, in graph: PropertyGraph, path: String) throws(CLIError) -> Set<String> {
        var provinces: [NodeID] = []
        var others: [NodeID] = []
        for level in Place.levels {
            for id in graph.nodes(withLabel: level) {
                if level == "Province" { provinces.append(id) } else { others.append(id) }
            }
        }
        func names(_ ids: [NodeID]) -> [String] {
            ids.map { graph.property("name", of: $0).stringValue ?? graph.key(of: $0) }
        }
        var keys = Set<String>()
        for i in RegionNames.matches(name, among: names(provinces), level: RegionNames.provinceLevel) {
            keys.insert(graph.key(of: provinces[i]))
        }
        for i in RegionNames.matches(name, among: names(others)) { keys.insert(graph.key(of: others[i])) }
        for id in provinces + others where graph.key(of: id) == name { keys.insert(name) }
        guard keys.isEmpty else { return keys }
        let suggestions = RegionNames.suggestions(for: name, among: names(provinces) + names(others))
        throw .failure(Message(.logUnknownRegion, ["name": .text(name), "path": .text(path)]).suggesting(suggestions))
    }

    /// Case and accents folded, for matching authors.
    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The lines of one transaction in the text format.
    static func text(_ entry: Entry, _ language: Language) -> String {
        let tx = entry.transaction
        var out =
            Message(
                .logHeader,
                [
                    "tx": .int(Int(tx.number)), "time": .text(HistoryWords.time(tx.signature, language)),
                    "author": .text(HistoryWords.author(tx.signature, language)),
                ]
            ).text(language) + "\n"
        if let message = tx.signature.message {
            for line in message.split(separator: "\n", omittingEmptySubsequences: false) { out += "    " + line + "\n" }
        }
        for line in lines(entry, language) { out += "  " + line + "\n" }
        return out
    }

    /// The summary lines of a transaction in `language`.
    static func lines(_ entry: Entry, _ language: Language) -> [String] {
        if let snapshot = entry.snapshot {
            let arguments: [String: MessageArgument] = [
                "nodes": .count(snapshot.nodes), "relationships": .count(snapshot.relationships),
            ]
            let created = entry.transaction.number == 1 && entry.lines.isEmpty
            return [Message(created ? .logCreated : .logCompacted, arguments).text(language)]
        }
        if entry.lines.isEmpty { return [Message(.logNoChange).text(language)] }
        return entry.lines.map { HistoryWords.line($0, language) }
    }

    /// One transaction as a JSON object.
    static func json(_ entry: Entry, _ language: Language) -> String {
        let tx = entry.transaction
        var fields = ["\"tx\":\(tx.number)"]
        if let a = tx.signature.author { fields.append("\"author\":" + HistoryWords.json(a)) }
        if let t = tx.signature.time { fields.append("\"time\":" + HistoryWords.json(t.description)) }
        if let m = tx.signature.message { fields.append("\"message\":" + HistoryWords.json(m)) }
        if tx.compacted { fields.append("\"compacted\":true") }
        if let snapshot = entry.snapshot {
            fields.append("\"nodes\":\(snapshot.nodes),\"relationships\":\(snapshot.relationships)")
        }
        let changes = entry.lines.map { line -> String in
            var f = [
                "\"change\":" + HistoryWords.json(line.kind.rawValue),
                "\"what\":" + HistoryWords.json(line.category.rawValue), "\"count\":\(line.count)",
            ]
            if let r = line.region {
                f.append("\"region\":" + HistoryWords.json(r.name))
                f.append("\"regionKey\":" + HistoryWords.json(r.key))
            } else if line.regions > 1 {
                f.append("\"regions\":\(line.regions)")
            }
            if !line.properties.isEmpty {
                f.append("\"properties\":[" + line.properties.map(HistoryWords.json).joined(separator: ",") + "]")
            }
            return "{" + f.joined(separator: ",") + "}"
        }
        fields.append("\"changes\":[" + changes.joined(separator: ",") + "]")
        fields.append("\"summary\":[" + lines(entry, language).map(HistoryWords.json).joined(separator: ",") + "]")
        return "{" + fields.joined(separator: ",") + "}"
    }
}
