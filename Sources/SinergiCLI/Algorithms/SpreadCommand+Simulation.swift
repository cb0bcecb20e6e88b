// The simulated kinds of `sinergi spread`: the forecast from seeds, the best seeds and the
// calibration of the link probability, with their settings read and checked once.
import SinergiAlgorithms
import SinergiGraph
import SinergiQuery
import SinergiText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension SpreadCommand {
    /// The settings of forecast, best-seeds and calibrate.
    struct Simulation {
        var model: CascadeModel
        var runs: Int
        var seed: UInt64
        /// The link probability, or nil for `--probability estimated`.
        var probability: Double?
        var types: [String]?
        var typesGiven: Bool
        var direction: Direction
        var k: Int
        var method: SeedMethod
        var epsilon: Double
        var by: RegionLevel?
        var top: Int?

        init(_ arguments: ParsedArguments, kind: String, method: String) throws(CLIError) {
            runs = try AlgorithmCommands.integer(
                arguments, "runs", default: kind == "forecast" ? 1000 : 200, minimum: 1)
            k = try AlgorithmCommands.integer(arguments, "k", default: 5, minimum: 0)
            seed = try AlgorithmCommands.seed(arguments)
            let modelName = try AlgorithmCommands.choice(arguments, "model", ["ic", "lt"], default: "ic")
            model = modelName == "lt" ? .linearThreshold : .independentCascade
            if arguments.value("probability") == "estimated" {
                guard model == .independentCascade else {
                    throw AlgorithmCommands.appliesOnly("probability estimated", to: ["ic"], of: "model")
                }
                probability = nil
            } else {
                probability = try AlgorithmCommands.number(arguments, "probability", default: 0.1, in: 0...1)
            }
            direction = try AlgorithmCommands.direction(arguments, default: .both)
            types = try AlgorithmCommands.types(arguments, default: nil)
            typesGiven = types != nil
            self.method = method == "celf" ? .celf : .reverseReachable
            epsilon = try AlgorithmCommands.number(arguments, "epsilon", default: 0.1, in: 0.001...0.6)
            let byName = try AlgorithmCommands.choice(
                arguments, "by", ["none", "province", "regency"], default: "none")
            by = byName == "province" ? .province : byName == "regency" ? .regency : nil
            top = try arguments.value("top").map { _ throws(CLIError) in
                try AlgorithmCommands.integer(arguments, "top", default: 0, minimum: 0)
            }
        }

        /// The network: the given types, or the stakeholder network of `graph`.
        func network(_ graph: PropertyGraph) -> [String] { types ?? StakeholderNetwork.types(graph) }

        /// "independent cascade" / "linear threshold".
        func modelName(_ input: AlgorithmInput) -> String {
            input.text(Message(model == .linearThreshold ? .modelLinearThreshold : .modelIndependentCascade))
        }
    }

    /// The cascade of the settings; with `--probability estimated`, the link probability
    /// estimated on the registry's history, and a sentence saying so.
    static func cascade(_ input: AlgorithmInput, _ s: Simulation, scope: Scope) throws(CLIError) -> (
        CascadeParameters, note: String
    ) {
        var cascade = CascadeParameters(model: s.model, types: s.network(input.graph), direction: s.direction)
        guard s.model == .independentCascade else { return (cascade, "") }
        if let p = s.probability {
            cascade.defaultProbability = p
            return (cascade, "")
        }
        let snapshot = input.snapshot
        let network = cascade
        let estimate = try AlgorithmCommands.run(input) { () throws(AlgorithmError) in
            try Calibration.estimate(snapshot, cascade: network, province: scope.province, hierarchy: input.regions)
        }
        let e = estimate.estimates[0]
        cascade.defaultProbability = e.probability
        let note = input.text(
            Message(
                .spreadEstimatedNote,
                [
                    "p": .decimal(e.probability, digits: 4), "lower": .decimal(e.lower95, digits: 4),
                    "upper": .decimal(e.upper95, digits: 4), "first": .int(estimate.years.lowerBound),
                    "last": .int(estimate.years.upperBound),
                ]))
        return (cascade, note)
    }

    /// A number for a summary, as precise as a reader needs: 2 decimals below 10, 1 below 100,
    /// none from 100 on (written in the language's number form).
    static func approx(_ x: Double) -> MessageArgument {
        .decimal(x, digits: x.magnitude >= 100 ? 0 : x.magnitude >= 10 ? 1 : 2)
    }

    /// A Monte Carlo forecast from the seeds (default: the role models).
    static func forecast(_ input: AlgorithmInput, scope: Scope, _ s: Simulation, arguments: ParsedArguments)
        throws(CLIError) -> AlgorithmOutput
    {
        let seeds = scope.roleModels(input)
        guard !seeds.isEmpty else {
            throw .failure(.spreadNoSeeds, ["registry": .text(input.path)])
        }
        let (cascade, note) = try Self.cascade(input, s, scope: scope)
        let snapshot = input.snapshot
        let f = try AlgorithmCommands.run(input) { () throws(AlgorithmError) in
            try Spread.forecast(snapshot, seeds: seeds, cascade: cascade, runs: s.runs, seed: s.seed)
        }
        var summary = input.text(
            Message(
                .spreadForecastSummary,
                [
                    "spread": approx(f.expectedSpread), "lower": approx(f.confidenceInterval95.lowerBound),
                    "upper": approx(f.confidenceInterval95.upperBound), "seeds": .count(f.seeds.count),
                    "model": .text(s.modelName(input)), "runs": .count(s.runs), "seed": .text(String(s.seed)),
                ]))
        summary += note
        if let level = s.by {
            var totals = f.byRegion(level, hierarchy: input.regions)
            if let top = s.top, top < totals.count {
                summary += input.text(
                    Message(.algorithmsTopRegions, ["top": .count(top), "total": .count(totals.count)]))
                totals.removeSubrange(top...)
            }
            return AlgorithmOutput(
                result: regionRows(input, totals, level: level, columns: ["expectedAdopters", "adopters"]),
                subset: DiagramSubset(nodes: totals.compactMap(\.region)), summary: summary)
        }
        var adopters = f.adopters()
        if let top = s.top, top < adopters.count {
            summary += input.text(
                Message(.algorithmsTopAdopters, ["top": .count(top), "total": .count(adopters.count)]))
            adopters.removeSubrange(top...)
        }
        let rows: [[Value]] = adopters.map { a in
            [input.key(a.node), input.name(a.node), input.kind(a.node), AlgorithmCommands.score(a.score)]
        }
        let result = QueryResult(columns: ["key", "name", "kind", "probability"], rows: rows)
        return AlgorithmOutput(
            result: result, subset: input.induced(adopters.map(\.node), types: cascade.types), summary: summary)
    }

    /// Rows of totals per region: the region's name (and province for regencies), its key, the
    /// total and the node count.
    static func regionRows(_ input: AlgorithmInput, _ totals: [RegionTotal], level: RegionLevel, columns: [String])
        -> QueryResult
    {
        var header = [level == .province ? "province" : "regency"]
        if level != .province { header.append("province") }
        header += ["key"] + columns
        let rows: [[Value]] = totals.map { t in
            var row: [Value] = [input.name(t.region)]
            if level != .province { row.append(t.region.map { input.region($0, .province) } ?? .null) }
            row += [t.region.map(input.key) ?? .null, AlgorithmCommands.score(t.total), .int(Int64(t.nodes))]
            return row
        }
        return QueryResult(columns: header, rows: rows)
    }

    /// The best k candidates.
    static func bestSeeds(_ input: AlgorithmInput, scope: Scope, _ s: Simulation, arguments: ParsedArguments)
        throws(CLIError) -> AlgorithmOutput
    {
        let label = try input.label(arguments.value("candidates") ?? "VillageLibrary")
        let snapshot = input.snapshot
        let candidates = NodeSelection(label: label, province: scope.province, excluded: scope.excluded).nodes(
            snapshot, hierarchy: input.regions)
        guard !candidates.isEmpty else {
            throw .failure(.spreadNoCandidates, ["label": .text(label), "place": .text(scope.place(input))])
        }
        let (cascade, note) = try Self.cascade(input, s, scope: scope)
        let picks = try AlgorithmCommands.run(input) { () throws(AlgorithmError) in
            try Spread.chooseSeeds(
                snapshot, k: s.k, candidates: candidates, cascade: cascade, method: s.method, epsilon: s.epsilon,
                runs: s.runs, seed: s.seed)
        }
        var summary: String
        let common: [String: MessageArgument] = [
            "seeds": .count(picks.seeds.count), "candidates": .count(picks.candidates), "label": .text(label),
            "spread": approx(picks.expectedSpread), "model": .text(s.modelName(input)), "seed": .text(String(s.seed)),
        ]
        if let c = picks.certificate {
            var args = common
            args["guarantee"] = .int(Int((c.guarantee * 100).rounded(.down)))
            args["confidence"] = confidence(c.delta)
            args["epsilon"] = .decimal(c.epsilon, digits: 2)
            args["lowerBound"] = approx(c.spreadLowerBound)
            args["sets"] = .count(c.reverseReachableSets)
            summary = input.text(Message(.spreadBestSeedsRRSummary, args))
        } else {
            var args = common
            args["runs"] = .count(s.runs)
            summary = input.text(Message(.spreadBestSeedsCELFSummary, args))
        }
        summary += note
        if let level = s.by {
            let totals = picks.byRegion(level, hierarchy: input.regions)
            return AlgorithmOutput(
                result: regionRows(input, totals, level: level, columns: ["marginalGain", "seeds"]),
                subset: DiagramSubset(nodes: totals.compactMap(\.region)), summary: summary)
        }
        let rows: [[Value]] = picks.seeds.enumerated().map { i, c in
            [
                .int(Int64(i + 1)), input.key(c.node), input.name(c.node), input.kind(c.node),
                input.region(c.node, .regency), input.region(c.node, .province),
                AlgorithmCommands.score(c.marginalGain), AlgorithmCommands.score(c.expectedSpread),
            ]
        }
        let result = QueryResult(
            columns: ["rank", "key", "name", "kind", "regency", "province", "marginalGain", "expectedSpread"],
            rows: rows)
        return AlgorithmOutput(
            result: result, subset: DiagramSubset(nodes: picks.seeds.map(\.node)), summary: summary)
    }

    /// The chance the guarantee holds, 1 − δ, in percent with as many decimals as δ needs
    /// to show (99.9994 for δ = 6·10⁻⁶).
    static func confidence(_ delta: Double) -> MessageArgument {
        let digits = max(0, min(8, Int((-log10(delta * 100)).rounded(.up))))
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return .decimal(((1 - delta) * 100 * scale).rounded(.down) / scale, digits: digits)
    }

    /// The link probability estimated on the replication history, with the check of fit.
    static func calibrate(_ input: AlgorithmInput, scope: Scope, _ s: Simulation, arguments: ParsedArguments)
        throws(CLIError) -> AlgorithmOutput
    {
        let population = try arguments.value("candidates").map { (text: String) throws(CLIError) in
            [try input.label(text)]
        }
        let snapshot = input.snapshot
        let network = CascadeParameters(types: s.network(input.graph), direction: s.direction)
        let byType = arguments.flag("by-type")
        let c = try AlgorithmCommands.run(input) { () throws(AlgorithmError) in
            try Calibration.estimate(
                snapshot, cascade: network, byType: byType, population: population, province: scope.province,
                hierarchy: input.regions)
        }
        let rows: [[Value]] = c.estimates.map { e in
            [
                .string(
                    e.type.map { Vocabulary.relationshipNoun($0, input.language) }
                        ?? input.text(Message(.calibrationEveryLink))),
                .double(rounded(e.probability)), .double(rounded(e.lower95)), .double(rounded(e.upper95)),
                .int(Int64(e.exposures)), AlgorithmCommands.score(e.adoptions),
            ]
        }
        let result = QueryResult(
            columns: ["link", "probability", "lower95", "upper95", "exposures", "replications"], rows: rows)
        let first = c.estimates[0]
        var summary = input.text(
            Message(
                byType ? .calibrationSummaryByType : .calibrationSummary,
                [
                    "count": .count(c.estimates.count),
                    "p": .decimal(first.probability, digits: 4), "lower": .decimal(first.lower95, digits: 4),
                    "upper": .decimal(first.upper95, digits: 4), "adoptions": .count(c.adoptions),
                    "first": .int(c.years.lowerBound), "last": .int(c.years.upperBound),
                    "unexplained": .count(c.unexplained), "population": .list(c.population),
                    "network": .text(AlgorithmCommands.describe(network.types, input)),
                ]))
        if let fit = c.fit {
            summary += input.text(
                Message(
                    .calibrationFit,
                    [
                        "from": .int(fit.fittedYears.lowerBound), "to": .int(fit.fittedYears.upperBound),
                        "year": .int(fit.year), "expected": approx(fit.expected),
                        "lower": approx(fit.lower95), "upper": approx(fit.upper95),
                        "observed": .count(fit.observed), "unexplained": .count(fit.unexplained),
                    ]))
        } else {
            summary += input.text(Message(.calibrationNoFit))
        }
        let replicators = Replication.replicators(snapshot).filter {
            RegionLookup.within($0, province: scope.province, hierarchy: input.regions)
        }
        return AlgorithmOutput(
            result: result, subset: input.induced(replicators, types: ["REPLICATED_FROM"]), summary: summary)
    }

    /// A probability to 6 significant decimals.
    static func rounded(_ x: Double) -> Double { (x * 1e6).rounded() / 1e6 }
}
