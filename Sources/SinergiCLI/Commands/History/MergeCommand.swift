// `sinergi merge OURS THEIRS -o OUT`: two registries brought together by key, their transactions in
// one journal; every conflict reported with both values, nothing written until each is resolved.
// Also git's merge driver for registries (`merge --git PATH %A %B`, set up by `sinergi git-setup`).
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiQuery
import SinergiRegistry
import SinergiText

/// Merges one registry into another.
public enum MergeCommand: Subcommand {
    static let output = Option.text("output", short: "o", value: .valueFile, help: Message(.mergeHelpOutput))
    static let prefer = Option<MergeSide>.choice("prefer", value: .valueSide, help: Message(.mergeHelpPrefer))
    static let resolve = Option.text("resolve", value: .valueFile, help: Message(.mergeHelpResolve))
    static let force = Flag("force", help: Message(.mergeHelpForce))
    static let dryRun = Flag("dry-run", help: Message(.mergeHelpDryRun))
    static let git = Option.text("git", value: .valuePath, help: Message(.mergeHelpGit))
    static let base = Option.text("base", value: .valueRegistry, help: Message(.mergeHelpBase))

    public static let spec = CommandSpec(
        name: "merge", abstract: .mergeAbstract, discussion: .mergeDiscussion,
        positionals: [
            PositionalSpec(.valueRegistry, help: Message(.mergeHelpOurs)),
            PositionalSpec(.valueRegistry, help: Message(.mergeHelpTheirs)),
        ],
        options: [output.spec, prefer.spec, resolve.spec, force.spec, dryRun.spec, base.spec, git.spec]
            + CommandSignature.options + [CommonOptions.quiet.spec],
        examples: [
            "sinergi merge kepri.jsonl kepri-bintan.jsonl -o kepri-baru.jsonl",
            "sinergi merge kepri.jsonl kepri-bintan.jsonl -o kepri.jsonl --force --prefer theirs",
            "sinergi merge sumut.jsonl kepri.jsonl -o nasional.jsonl --resolve keputusan.txt --dry-run",
        ])

    /// The options of `sinergi merge`.
    public struct Options: CommandOptions {
        var ours: String
        var theirs: String
        var output: String
        var prefer: MergeSide?
        var resolve: String?
        var force: Bool
        var dryRun: Bool
        /// git's path of the registry, when run as git's merge driver.
        var git: String?
        /// The registry where the two parted (git's `%O`).
        var base: String?

        public init(parsing arguments: ParsedArguments) throws(CLIError) {
            // two positionals, as the spec declares them: the parser refused any other count
            let files = arguments.positionals
            ours = files[0]
            theirs = files[1]
            git = try arguments.value(MergeCommand.git)
            base = try arguments.value(MergeCommand.base)
            prefer = try arguments.value(MergeCommand.prefer)
            resolve = try arguments.value(MergeCommand.resolve)
            dryRun = arguments.flag(MergeCommand.dryRun)
            // git's driver writes its result over OURS (%A).
            force = arguments.flag(MergeCommand.force) || git != nil
            guard let output = try arguments.value(MergeCommand.output) ?? (git != nil ? files[0] : nil) else {
                throw .usage(.mergeNeedsOutput)
            }
            self.output = output
        }
    }

    public static func run(_ options: Options, console: Console) throws -> Int32 {
        let language = console.language
        if !options.force, !options.dryRun, FileManager.default.fileExists(atPath: options.output) {
            throw CLIError.usage(.mergeOutputExists, ["path": .text(options.output)])
        }
        // In git the files are temporary copies: messages name the registry's path.
        let oursName = options.git.map { Message(.mergeFileOurs, ["path": .text($0)]).text(language) } ?? options.ours
        let theirsName =
            options.git.map { Message(.mergeFileTheirs, ["path": .text($0)]).text(language) } ?? options.theirs
        let baseName = options.git.map { Message(.mergeFileBase, ["path": .text($0)]).text(language) }
        let names = [options.ours, options.theirs] + (options.base.map { [$0] } ?? [])
        let reading = Message(.progressReading, ["path": .text(names.joined(separator: ", "))])
        let (ours, theirs, base) = try Progress.during(reading, console: console) {
            (
                try history(options.ours, name: oursName, console: console),
                try history(options.theirs, name: theirsName, console: console),
                try options.base.map { try history($0, name: baseName ?? $0, console: console) }
            )
        }
        var signature = console.signature
        if signature.message == nil {
            signature.message = Message(.mergeMessage, ["path": .text(options.git ?? options.theirs)]).text(language)
        }
        let merging = Message(.progressMerging, ["theirs": .text(theirsName), "ours": .text(oursName)])
        let plan = try Progress.during(merging, console: console) {
            try MergePlan(ours: ours, theirs: theirs, base: base, signature: signature)
        }
        var resolutions = MergeResolutions(prefer: options.prefer)
        if let file = options.resolve { try read(file, into: &resolutions, conflicts: plan.conflicts) }
        let open = plan.unresolved(resolutions)
        guard open.isEmpty else {
            console.error(
                Message(
                    .mergeConflicts,
                    ["theirs": .text(theirsName), "ours": .text(oursName), "count": .count(open.count)]
                ))
            for c in open { console.err("  " + line(c, plan: plan, language) + "\n") }
            if let path = options.git {
                console.hint(Message(.mergeHintGit, ["path": .text(path)]))
            } else {
                console.hint(Message(.mergeHint, ["key": .text(open[0].key)]))
            }
            return ExitCode.failure
        }
        let result = try Progress.during(merging, console: console) { try plan.result(resolutions) }
        for (from, to) in plan.renamed {
            console.out(Message(.mergeRenamed, ["from": .text(from), "to": .text(to)]).text(language) + "\n")
        }
        for (step, written) in zip(plan.steps, result.transactions) {
            let s = step.signature
            let who: [String: MessageArgument] = [
                "theirs": .text(written.theirs.map(String.init) ?? (options.git ?? options.theirs)),
                "time": .text(HistoryWords.time(s, language)), "author": .text(HistoryWords.author(s, language)),
            ]
            if let tx = written.merged {
                console.out(
                    Message(.mergeTransactionLine, who.merging(["tx": .int(Int(tx))]) { a, _ in a }).text(language)
                        + "\n")
            } else {
                console.out(Message(.mergeTransactionSkipped, who).text(language) + "\n")
            }
        }
        let numbers = result.transactions.compactMap(\.merged)
        let counts: [String: MessageArgument] = [
            "theirs": .text(theirsName), "output": .text(options.git ?? options.output),
            "kept": .count(numbers.count), "steps": .count(plan.steps.count),
            "conflicts": .count(plan.conflicts.count), "renamed": .count(plan.renamed.count),
            "range": .text(range(numbers, language)),
        ]
        if options.dryRun {
            console.status(Message(.mergeDryRun, counts))
            return ExitCode.success
        }
        let expected = options.output == options.ours ? plan.oursContent : nil
        try Registry(path: options.output).replace(with: result.bytes, expected: expected, locked: options.git == nil)
        if numbers.isEmpty {
            console.status(Message(.mergeNothing, ["ours": .text(oursName), "theirs": .text(theirsName)]))
        } else {
            console.status(Message(.mergeDone, counts))
        }
        return ExitCode.success
    }

    /// Reads `path` for its history, named `name` in messages.
    static func history(_ path: String, name: String, console: Console) throws -> RegistryHistory {
        // A registry to merge is one that exists: no hint to create it.
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError.failure(.registryMissing, ["path": .text(name)])
        }
        let history: RegistryHistory
        if name == path {
            history = try Registry(path: path).history()
        } else {
            guard let data = FileManager.default.contents(atPath: path) else { throw RegistryError.missing(path: name) }
            history = try RegistryHistory(content: [UInt8](data), name: name)
        }
        CommandSupport.report(history.current.warnings, console: console)
        return history
    }

    /// "transactions 7–9", "transaction 7", or "none".
    static func range(_ numbers: [Int64], _ language: Language) -> String {
        guard let first = numbers.first, let last = numbers.last else { return Message(.diffAbsent).text(language) }
        let text = first == last ? String(first) : String(first) + "–" + String(last)
        return Message(.historyPointTransaction, ["tx": .text(text)]).text(language)
    }

    /// Reads a resolution file: one `ours|theirs KEY [PROPERTY]` a line, `#` comments, blank lines.
    /// - Throws: `CLIError` naming FILE:LINE for a line that is not a resolution or names no
    ///   conflict (with the nearest key that has one).
    static func read(_ path: String, into resolutions: inout MergeResolutions, conflicts: [MergeConflict]) throws {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw CLIError.failure(
                .mergeResolveUnreadable, ["path": .text(path), "reason": .text(error.localizedDescription)])
        }
        let keys = Set(conflicts.map(\.key))
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            if words.isEmpty { continue }
            let place: [String: MessageArgument] = ["path": .text(path), "line": .int(i + 1)]
            guard (2...3).contains(words.count), let side = MergeSide(rawValue: words[0]) else {
                throw CLIError.failure(
                    .mergeResolveBadLine,
                    place.merging(["text": .text(raw.trimmingCharacters(in: .whitespaces))]) { a, _ in a })
            }
            let key = words[1]
            guard keys.contains(key) else {
                let message = Message(.mergeResolveNoConflict, place.merging(["key": .text(key)]) { a, _ in a })
                throw CLIError.failure(
                    message.suggesting(NameSuggestions.nearest(to: key, among: keys.sorted(), limit: 1)))
            }
            if words.count == 3 {
                let properties = conflicts.filter { $0.key == key }.compactMap(\.property)
                guard properties.contains(words[2]) else {
                    let message = Message(
                        .mergeResolveNoConflict, place.merging(["key": .text(key + " " + words[2])]) { a, _ in a })
                    throw CLIError.failure(
                        message.suggesting(NameSuggestions.nearest(to: words[2], among: properties, limit: 1)))
                }
                resolutions.properties[key, default: [:]][words[2]] = side
            } else {
                resolutions.entities[key] = side
            }
        }
    }

    /// One conflict as the report prints it, with both values.
    static func line(_ c: MergeConflict, plan: MergePlan, _ language: Language) -> String {
        let absent = Message(.diffAbsent).text(language)
        func value(_ v: Value?) -> String { v.map { ValueFormatter.literal($0) } ?? absent }
        let graphs = [plan.ours.current.graph, plan.theirs.current.graph]
        func nodeName(_ key: String) -> String {
            for g in graphs {
                if let id = g.node(forKey: key), let name = g.property("name", of: id).stringValue { return name }
            }
            return key
        }
        let state = c.oursState ?? c.theirsState ?? c.baseState
        let name: String
        if c.entity == .relationship {
            name = nodeName(state?.start ?? "") + " → " + nodeName(state?.end ?? "")
        } else {
            name = state?.properties["name"]?.stringValue ?? nodeName(c.key)
        }
        func shape(_ s: EntityState?) -> String {
            guard let s else { return absent }
            return "(" + (s.start ?? "") + ")-[:" + (s.type ?? "") + "]->(" + (s.end ?? "") + ")"
        }
        func side(_ s: MergeSide?) -> String {
            Message(s == .theirs ? .mergeSideTheirs : .mergeSideOurs).text(language)
        }
        var args: [String: MessageArgument] = ["name": .text(name), "key": .text(c.key)]
        let key: MessageKey
        switch c.kind {
        case .property:
            key = .mergeConflictProperty
            args["property"] = .text(c.property ?? "")
            args["ours"] = .text(value(c.ours))
            args["theirs"] = .text(value(c.theirs))
            args["base"] = .text(value(c.base))
        case .shape:
            key = .mergeConflictShape
            args["ours"] = .text(shape(c.oursState))
            args["theirs"] = .text(shape(c.theirsState))
        case .removedChanged, .removedConnected:
            key = c.kind == .removedChanged ? .mergeConflictRemovedChanged : .mergeConflictRemovedConnected
            args["remover"] = .text(side(c.removedBy))
            args["changer"] = .text(side(c.removedBy == .ours ? .theirs : .ours))
            let changed = c.removedBy == .ours ? c.theirsState : c.oursState
            let b = c.baseState?.properties ?? [:]
            let names = Set(b.keys).union(changed.map { Array($0.properties.keys) } ?? []).sorted().filter {
                b[$0] != changed?.properties[$0]
            }
            args["properties"] = .text(names.isEmpty ? absent : names.joined(separator: ", "))
        }
        return Message(key, args).text(language)
    }
}
