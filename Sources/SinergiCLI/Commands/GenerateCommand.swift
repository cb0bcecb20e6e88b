// `sinergi generate`: a deterministic synthetic TPBIS registry on the real regions.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiRegistry
import SinergiText

/// Writes a synthetic registry shaped like the programme (see docs/generator.md).
public enum GenerateCommand: Subcommand {
    static let scale = Option<ProgrammeGenerator.Scale>.choice(
        "scale", value: .valueScale, help: Message(.generateHelpScale), required: true)
    static let seed = Option<UInt64>(OptionSpec("seed", value: .valueNumber, help: Message(.generateHelpSeed))) {
        text throws(CLIError) in
        guard let n = UInt64(text) else {
            throw .usage(.generateSeedRange, ["value": .text(text), "maximum": .text(String(UInt64.max))])
        }
        return n
    }
    static let province = Option.text("province", value: .valueName, help: Message(.generateHelpProvince))
    static let regions = Option.text("regions", value: .valueFolder, help: Message(.generateHelpRegions))
    static let output = Option.text("output", short: "o", value: .valueFile, help: Message(.generateHelpOutput))
    static let force = Flag("force", help: Message(.generateHelpForce))
    static let quiet = Flag("quiet", short: "q", help: Message(.generateHelpQuiet))

    public static let spec = CommandSpec(
        name: "generate", abstract: .generateAbstract, discussion: .generateDiscussion,
        options: [scale.spec, seed.spec, province.spec, regions.spec, output.spec, force.spec, quiet.spec],
        examples: [
            "sinergi generate --scale national --seed 42 -o graphs/national.jsonl",
            "sinergi generate --scale province --province 'Jawa Timur' --seed 7 -o jatim.jsonl",
        ])

    /// The options of `sinergi generate`.
    public struct Options: CommandOptions {
        var scale: ProgrammeGenerator.Scale
        var seed: UInt64
        var province: String?
        var regions: String
        var output: String?
        var force: Bool
        var quiet: Bool

        public init(parsing arguments: ParsedArguments) throws(CLIError) {
            scale = try arguments.required(GenerateCommand.scale)
            seed = try arguments.value(GenerateCommand.seed, default: 42)
            province = try arguments.value(GenerateCommand.province)
            regions = try arguments.value(GenerateCommand.regions, default: "graphs/regions-id")
            output = try arguments.value(GenerateCommand.output)
            force = arguments.flag(GenerateCommand.force)
            quiet = arguments.flag(GenerateCommand.quiet)
        }

        public func validate() throws(CLIError) {
            if province != nil && scale != .province {
                throw .usage(.usageGoesWith, ["option": .text("--province"), "other": .text("--scale province")])
            }
        }
    }

    public static func run(_ options: Options, console: Console) throws -> Int32 {
        let regions: RegionTable
        do {
            regions = try RegionTable(directory: options.regions)
        } catch {
            throw CLIError.failure(error.message)
        }
        let province = try options.province.map { text throws(CLIError) in try provinceName(text, in: regions) }
        let start = DispatchTime.now().uptimeNanoseconds
        let graph: PropertyGraph
        do {
            graph = try Progress.during(
                Message(.progressGenerating, ["scale": .text(options.scale.rawValue)]), console: console,
                quiet: options.quiet
            ) { () throws(GeneratorError) in
                try ProgrammeGenerator.generate(
                    scale: options.scale, seed: options.seed, regions: regions, province: province)
            }
        } catch {
            throw CLIError.failure(message(error))
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard let output = options.output else {
            console.outBytes(JSONLineEncoder.snapshot(of: graph))
            return ExitCode.success
        }
        try Progress.during(Message(.progressWriting, ["path": .text(output)]), console: console, quiet: options.quiet)
        {
            try Registry(path: output).create(with: graph, overwrite: options.force)
        }
        if !options.quiet {
            console.status(
                Message(
                    .generateWrote,
                    [
                        "path": .text(output), "nodes": .count(graph.nodeCount),
                        "relationships": .count(graph.relationshipCount), "seconds": .decimal(seconds, digits: 2),
                    ]))
        }
        return ExitCode.success
    }

    /// The province `text` names, as the region table writes it: the generator's own reading
    /// (name, slug, ISO code, id), else the spellings people use (`Sumatera Utara`, `Sumut`).
    /// - Throws: a failure naming the nearest provinces when none matches.
    /// - Complexity: O(P · L²) for P provinces of name length L.
    static func provinceName(_ text: String, in regions: RegionTable) throws(CLIError) -> String {
        let names = regions.provinces.map(\.name)
        let matched = RegionNames.matches(text, among: names, level: RegionNames.provinceLevel)
        if matched.count == 1 { return names[matched[0]] }
        do {
            return names[try ProgrammeGenerator.provincePosition(matching: text, in: regions)]
        } catch {
            if case .unknownProvince = error {
                throw .failure(message(error).suggesting(RegionNames.suggestions(for: text, among: names)))
            }
            throw .failure(message(error))
        }
    }

    /// What a generator error says, in the run's language.
    static func message(_ error: GeneratorError) -> Message {
        switch error {
        case .unknownProvince(let name): return Message(.generateUnknownProvince, ["name": .text(name)])
        case .ambiguousProvince(let name, let candidates):
            return Message(.generateAmbiguousProvince, ["name": .text(name), "names": .list(candidates)])
        case .provinceNeedsProvinceScale:
            return Message(.usageGoesWith, ["option": .text("--province"), "other": .text("--scale province")])
        case .infeasible(let why): return Message(.generateInfeasible, ["detail": .message(why)])
        case .graph(let error): return Message(.generateInternal, ["detail": .message(error.message)])
        }
    }
}
