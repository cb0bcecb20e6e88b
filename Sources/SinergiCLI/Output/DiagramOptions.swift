// The diagram options every command that draws takes (`export --format dot`, `render`):
// what to leave out, how to lay out, the canvas, the title and the highlights, read and
// checked before any work starts. The diagram speaks the run's language (`--lang`).
import Foundation
import SinergiFormats
import SinergiText

/// The diagram options of one command line, checked.
struct DiagramRequest {
    /// The exporter's options.
    var options = DOTOptions()
    /// What to leave out.
    var filter = DiagramFilter()
    /// Highlight the synergy gaps and the partnerships that would close them.
    var highlightGaps = false
    /// `--rankdir` was given (else the engine's default).
    var rankDirectionGiven = false
    /// `--engine` when given.
    var engine: GraphvizEngine?
}

/// Reading the diagram options.
enum DiagramOptions {
    /// The options, with their help from the catalogue.
    static var specs: [OptionSpec] {
        [
            spec("cluster-by", .valueLevel, .optionClusterBy), spec("title", .valueText, .optionTitle),
            spec("levels", .valueLevels, .optionLevels), spec("kinds", .valueKinds, .optionKinds),
            spec("leave-out", .valueKinds, .optionLeaveOut), spec("highlight", .valueHighlight, .optionHighlight),
            spec("rankdir", .valueDirection, .optionRankdir), spec("edge-labels", nil, .optionEdgeLabels),
            spec("no-bundle", nil, .optionNoBundle), spec("no-legend", nil, .optionNoLegend),
            spec("size", .valuePixels, .optionSize), spec("aspect", .valueRatio, .optionAspect),
            spec("engine", .valueProgram, .optionEngine),
        ]
    }

    static func spec(_ long: String, _ value: MessageKey?, _ help: MessageKey) -> OptionSpec {
        OptionSpec(long, value: value, help: Message(help))
    }

    /// Reads and checks every diagram option the command declares; the diagram's texts are in
    /// `language`.
    /// - Throws: a usage error naming the option and the nearest correct value.
    static func parse(_ arguments: ParsedArguments, language: Language, knownKinds: Set<String> = []) throws(CLIError)
        -> DiagramRequest
    {
        var request = DiagramRequest()
        request.options.language = language
        if let level = arguments.value("cluster-by") {
            guard let c = DOTOptions.Clustering(rawValue: level) else {
                throw .usage(
                    .diagramBadChoice, choice("cluster-by", level, DOTOptions.Clustering.allCases.map(\.rawValue)))
            }
            request.options.clustering = c
        }
        request.options.title = arguments.value("title")
        if arguments.flag("no-legend") { request.options.legend = false }
        if arguments.flag("edge-labels") { request.options.edgeLabels = true }
        if arguments.flag("no-bundle") { request.options.bundleMinimum = 0 }
        if let text = arguments.value("rankdir") {
            guard let d = DOTOptions.RankDirection(rawValue: text.uppercased()) else {
                throw .usage(
                    .diagramBadChoice, choice("rankdir", text, DOTOptions.RankDirection.allCases.map(\.rawValue)))
            }
            request.options.rankDirection = d
            request.rankDirectionGiven = true
        }
        if let text = arguments.value("engine") {
            guard let e = GraphvizEngine(rawValue: text.lowercased()) else {
                throw .usage(.diagramBadChoice, choice("engine", text, GraphvizEngine.allCases.map(\.rawValue)))
            }
            request.engine = e
        }
        if let text = arguments.value("highlight") {
            guard ["gaps", "none"].contains(text.lowercased()) else {
                throw .usage(.diagramBadChoice, choice("highlight", text, ["gaps", "none"]))
            }
            request.highlightGaps = text.lowercased() == "gaps"
        }
        request.options.canvas = try canvas(arguments)
        if let text = arguments.value("levels") { request.filter.levels = Set(try levels(text, "levels")) }
        if let text = arguments.value("kinds") {
            request.filter.kinds = Set(try kinds(text, "kinds", known: knownKinds))
        }
        if let text = arguments.value("leave-out") {
            // Levels and kinds may be mixed: `--leave-out village,Event`.
            for item in list(text) {
                if let level = DiagramLevel(word: item) {
                    request.filter.leftOutLevels.insert(level)
                } else {
                    request.filter.leftOutKinds.formUnion(try kinds(item, "leave-out", known: knownKinds))
                }
            }
        }
        return request
    }

    /// `--size WxH` and `--aspect W:H|none`.
    static func canvas(_ arguments: ParsedArguments) throws(CLIError) -> DiagramCanvas? {
        var canvas: DiagramCanvas? = .projector
        if let text = arguments.value("aspect") {
            if text.lowercased() == "none" {
                canvas = nil
            } else {
                guard let (w, h) = pair(text, separators: [":", "/"]), w <= 100, h <= 100 else {
                    throw .usage(.diagramBadAspect, ["value": .text(text)])
                }
                canvas = .aspect(w, h)
            }
        }
        if let text = arguments.value("size") {
            guard let (w, h) = pair(text, separators: ["x", "X", "×"]), (16...20_000).contains(w),
                (16...20_000).contains(h)
            else {
                throw .usage(.diagramBadSize, ["value": .text(text)])
            }
            if arguments.value("aspect") != nil, arguments.value("aspect")?.lowercased() != "none" {
                throw .usage(.diagramSizeOrAspect)
            }
            canvas = DiagramCanvas(width: w, height: h)
        }
        return canvas
    }

    /// Two positive whole numbers around one of the separators.
    static func pair(_ text: String, separators: [Character]) -> (Int, Int)? {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) })
        guard parts.count == 2, let a = Int(parts[0].trimmingCharacters(in: .whitespaces)),
            let b = Int(parts[1].trimmingCharacters(in: .whitespaces)), a > 0, b > 0
        else { return nil }
        return (a, b)
    }

    /// Items of a comma-separated list, trimmed, empty ones dropped.
    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Levels named in a list.
    static func levels(_ text: String, _ option: String) throws(CLIError) -> [DiagramLevel] {
        var out: [DiagramLevel] = []
        for item in list(text) {
            guard let level = DiagramLevel(word: item) else {
                let near = NameSuggestions.nearest(to: item, among: DiagramLevel.allCases.map(\.rawValue))
                throw .usage(
                    Message(.diagramBadChoice, choice(option, item, DiagramLevel.allCases.map(\.rawValue))).suggesting(
                        near))
            }
            out.append(level)
        }
        guard !out.isEmpty else {
            throw .usage(.diagramEmptyList, ["option": .text("--" + option)])
        }
        return out
    }

    /// Labels named in a list, each one the graph or the TPBIS schema knows (any case).
    static func kinds(_ text: String, _ option: String, known: Set<String>) throws(CLIError) -> [String] {
        let names = known.union(DOTStyle.nodeStyles.map(\.kind))
        var byFolded: [String: String] = [:]
        for n in names.sorted() { byFolded[n.lowercased()] = byFolded[n.lowercased()] ?? n }
        var out: [String] = []
        for item in list(text) {
            guard let name = byFolded[item.lowercased()] else {
                let near = NameSuggestions.nearest(to: item, among: names.sorted())
                throw .usage(
                    Message(.diagramUnknownKind, ["option": .text("--" + option), "value": .text(item)]).suggesting(
                        near))
            }
            out.append(name)
        }
        guard !out.isEmpty else { throw .usage(.diagramEmptyList, ["option": .text("--" + option)]) }
        return out
    }

    /// The arguments of `diagramBadChoice`.
    static func choice(_ option: String, _ value: String, _ choices: [String]) -> [String: MessageArgument] {
        ["option": .text("--" + option), "value": .text(value), "choices": .alternatives(choices)]
    }
}
