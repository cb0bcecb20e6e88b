// Calibration: on replication histories drawn from the model itself with a known link
// probability, the estimate's 95% interval holds the truth, the per-type EM recovers two
// probabilities, the check of fit forecasts the last cohort; and the rules of the history (dated
// links, unexplained replications, funded stakeholders, no history) are what the docs say.
import SinergiAlgorithms
import SinergiGraph
import SinergiTestSupport
import Testing

@Suite("Calibration")
struct CalibrationTests {
    /// `offices` regency library offices (cohort 2018), each coordinating `villages` village
    /// libraries; each pair of neighbouring villages also partners. Every year 2019–2023 each
    /// village not yet in the programme replicates with 1 − (1 − p)^a(1 − q)^b, a its active
    /// offices (COORDINATES), b its active partner villages (PARTNERS_WITH), as the model says.
    static func history(offices: Int, villages: Int, p: Double, q: Double, seed: UInt64) throws -> GraphBuilder {
        var rng = Xoshiro256StarStar(seed: seed)
        var b = GraphBuilder()
        var year = [[Int]](repeating: [Int](repeating: 0, count: villages), count: offices)
        for o in 0..<offices {
            try b.node("office/\(o)", ["Stakeholder", "RegencyLibraryOffice"], ["cohort": 2018])
            for v in 0..<villages {
                try b.node("village/\(o)/\(v)", ["Stakeholder", "VillageLibrary"])
                try b.link("COORDINATES", "office/\(o)", "village/\(o)/\(v)")
                if v > 0 { try b.link("PARTNERS_WITH", "village/\(o)/\(v - 1)", "village/\(o)/\(v)") }
            }
        }
        for y in 2019...2023 {
            for o in 0..<offices {
                let before = year[o]
                for v in 0..<villages where before[v] == 0 {
                    var partners = 0
                    if v > 0, before[v - 1] != 0 { partners += 1 }
                    if v + 1 < villages, before[v + 1] != 0 { partners += 1 }
                    var miss = 1 - p
                    for _ in 0..<partners { miss *= 1 - q }
                    if rng.nextDouble() < 1 - miss { year[o][v] = y }
                }
            }
        }
        for o in 0..<offices {
            for v in 0..<villages where year[o][v] != 0 {
                try b.link(
                    "REPLICATED_FROM", "village/\(o)/\(v)", "office/\(o)", ["cohort": .int(Int64(year[o][v]))])
            }
        }
        return b
    }

    @Test("One shared probability: the 95% interval holds the truth, and the fit check forecasts 2023")
    func shared() throws {
        let b = try Self.history(offices: 40, villages: 30, p: 0.05, q: 0, seed: 3)
        let c = try Calibration.estimate(b.snapshot, cascade: CascadeParameters(types: ["COORDINATES"]))
        let e = try #require(c.estimates.first)
        #expect(e.type == nil)
        #expect(e.lower95 < 0.05 && 0.05 < e.upper95, "\(e.lower95)–\(e.upper95)")
        #expect(e.upper95 - e.lower95 < 0.02)
        #expect(c.years == 2019...2023 && c.unexplained == 0 && c.population == ["Stakeholder", "VillageLibrary"])
        let fit = try #require(c.fit)
        #expect(fit.year == 2023 && fit.fittedYears == 2019...2022)
        #expect(Double(fit.observed) >= fit.lower95 && Double(fit.observed) <= fit.upper95)
        // the exact maximum: with one exposure per trial, p̂ is the share of trials that replicated
        #expect(abs(e.probability - Double(c.adoptions) / Double(c.trials)) < 1e-9)
        #expect(e.exposures == c.trials)
    }

    @Test("Per type: EM recovers a strong and a weak link type")
    func perType() throws {
        let b = try Self.history(offices: 60, villages: 30, p: 0.04, q: 0.25, seed: 11)
        let c = try Calibration.estimate(
            b.snapshot, cascade: CascadeParameters(types: ["COORDINATES", "PARTNERS_WITH"]), byType: true)
        let byType = Dictionary(uniqueKeysWithValues: c.estimates.map { ($0.type ?? "", $0) })
        let coordinates = try #require(byType["COORDINATES"])
        let partners = try #require(byType["PARTNERS_WITH"])
        #expect(coordinates.lower95 < 0.04 && 0.04 < coordinates.upper95, "\(coordinates)")
        #expect(partners.lower95 < 0.25 && 0.25 < partners.upper95, "\(partners)")
        // every replication was exposed to its office; some to partner villages as well
        #expect(coordinates.adoptions == Double(c.adoptions))
        #expect(partners.adoptions > 0 && partners.adoptions < coordinates.adoptions)
        #expect(c.typeProbabilities["PARTNERS_WITH"] == partners.probability)
    }

    @Test("A link dated after a replication does not explain it; a replicator without exposure is counted apart")
    func historyRules() throws {
        var b = GraphBuilder()
        try b.node("office", ["Stakeholder", "RegencyLibraryOffice"], ["cohort": 2019])
        for v in 0..<4 { try b.node("v\(v)", ["Stakeholder", "VillageLibrary"]) }
        // v0: exposed from 2020 and replicated in 2021; v1: its only link starts in 2021
        try b.link("COORDINATES", "office", "v0")
        try b.link("COORDINATES", "office", "v1", ["since": .date(CypherDate(year: 2021, month: 3, day: 1)!)])
        try b.link("COORDINATES", "office", "v2")
        try b.link("REPLICATED_FROM", "v0", "office", ["since": .date(CypherDate(year: 2021, month: 5, day: 1)!)])
        try b.link("REPLICATED_FROM", "v1", "office", ["cohort": 2021])
        let c = try Calibration.estimate(b.snapshot, cascade: CascadeParameters(types: ["COORDINATES"]))
        #expect(c.adoptions == 1 && c.unexplained == 1)
        // trials: v0 in 2020 and 2021, v2 in 2020 and 2021: four stakeholder-years, one replicated
        #expect(c.trials == 4)
        #expect(abs(c.probability - 0.25) < 1e-9)
        #expect(c.fit == nil || c.fit?.year == 2021)
    }

    @Test("No dated replication, or none the network explains: an error that says what to record")
    func notEstimable() throws {
        let b = try TPBISExample.build()
        #expect(throws: AlgorithmError.self) {
            try Calibration.estimate(b.snapshot, cascade: CascadeParameters(types: ["MENTORS"]))
        }
        var plain = GraphBuilder()
        try plain.node("a", ["VillageLibrary"])
        try plain.node("b", ["VillageLibrary"])
        try plain.link("REPLICATED_FROM", "b", "a")
        let error = #expect(throws: AlgorithmError.self) { try Calibration.estimate(plain.snapshot) }
        guard case .notEstimable(let message)? = error else {
            Issue.record("expected notEstimable, got \(String(describing: error))")
            return
        }
        #expect(message.text(.en).contains("no REPLICATED_FROM relationship has a year"))
        #expect(message.text(.id).contains("tidak ada relasi REPLICATED_FROM yang memiliki tahun"))
        #expect(throws: AlgorithmError.self) {
            try Calibration.estimate(plain.snapshot, cascade: CascadeParameters(model: .linearThreshold))
        }
    }
}
