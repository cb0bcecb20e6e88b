// `sinergi init`: a new registry holding Indonesia's regions (all, or some provinces'),
// from the region data bundled into the program — the first step before any import.
import Foundation
import SinergiGraph
import SinergiRegistry
import SinergiText

/// Creates a registry of regions.
public enum InitCommand: Subcommand {
    static let province = Option.text(
        "province", value: .valueName, help: Message(.initHelpProvince), repeatable: true)
    static let level = Option<RegionTable.Depth>.choice("level", value: .valueLevel, help: Message(.initHelpLevel))
    static let force = Flag("force", help: Message(.initHelpForce))

    public static let spec = CommandSpec(
        name: "init", abstract: .initAbstract, discussion: .initDiscussion,
        options: [CommonOptions.registry.spec, province.spec, level.spec, force.spec] + CommandSignature.options,
        examples: [
            "sinergi init -r registri.jsonl",
            "sinergi init -r sumut.jsonl --province 'Sumatera Utara'",
            "sinergi init -r kepri.jsonl --province Kepri --level regency",
        ])

    /// The options of `sinergi init`.
    public struct Options: CommandOptions {
        var registry: String
        var provinces: [String]
        var level: RegionTable.Depth
        var force: Bool

        public init(parsing arguments: ParsedArguments) throws(CLIError) {
            registry = try arguments.required(CommonOptions.registry)
            provinces = try arguments.values(InitCommand.province)
            level = try arguments.value(InitCommand.level, default: .village)
            force = arguments.flag(InitCommand.force)
        }
    }

    public static func run(_ options: Options, console: Console) throws -> Int32 {
        let table: RegionTable
        do {
            table = try RegionTable.bundled()
        } catch {
            throw CLIError.failure(error.message)
        }
        var chosen: Set<Int>?
        if !options.provinces.isEmpty {
            var positions: Set<Int> = []
            let names = table.provinces.map(\.name)
            for name in options.provinces {
                guard let position = RegionNames.matches(name, among: names, level: RegionNames.provinceLevel).first
                else {
                    let suggestions = RegionNames.suggestions(for: name, among: names)
                    throw CLIError.failure(Message(.initUnknownProvince, ["name": .text(name)]).suggesting(suggestions))
                }
                positions.insert(position)
            }
            chosen = positions
        }
        let path = options.registry
        if FileManager.default.fileExists(atPath: path), !options.force {
            throw CLIError.failure(.registryExists, ["path": .text(path)])
        }
        let graph = try table.registryGraph(provinces: chosen, depth: options.level)
        try Registry(path: path, signature: console.signature).create(
            with: graph, overwrite: options.force, signed: true)
        func count(_ label: String) -> MessageArgument { .count(graph.nodeCount(withLabel: label)) }
        console.status(
            Message(
                .initCreated,
                [
                    "path": .text(path), "provinces": count("Province"), "regencies": count("Regency"),
                    "districts": count("District"), "villages": count("Village"), "nodes": .count(graph.nodeCount),
                    "relationships": .count(graph.relationshipCount),
                ]))
        console.hint(Message(.initNext, ["path": .text(path)]))
        return ExitCode.success
    }
}
