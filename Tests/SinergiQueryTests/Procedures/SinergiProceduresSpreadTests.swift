// `sinergi.spread.*` through QueryEngine.execute on the TPBIS example: lineage and
// summaries checked by hand, forecasts on exact cases (p = 0, p = 1) and determinism.
import SinergiGraph
import SinergiQuery
import Testing

@Suite("sinergi.spread")
struct SinergiProceduresSpreadTests {
    @Test("Lineage: desa1 spread over two generations into two provinces")
    func lineage() throws {
        let rows = try sinergiRows(
            """
            CALL sinergi.spread.lineage({}) YIELD roleModel, directReplicators, transitiveReplicators, generations, provinces
            RETURN elementId(roleModel) AS m, directReplicators, transitiveReplicators, generations,
                   [p IN provinces | p.name] AS names
            """)
        // desa2 replicated from desa1 and was copied in turn: it counts in desa1's lineage
        #expect(rows == [["desa1/perpustakaan", 2, 3, 2, ["Kepulauan Riau", "Jambi"]]])
        let jambi = try sinergiRows(
            "CALL sinergi.spread.lineage({province: 'Jambi'}) YIELD roleModel RETURN count(*) AS n")
        #expect(jambi == [[0]])
        let excluded = try sinergiRows(
            "CALL sinergi.spread.lineage({exclude: ['desa1/perpustakaan']}) YIELD roleModel RETURN count(*) AS n")
        #expect(excluded == [[0]])
        let one = try sinergiRows(
            "CALL sinergi.spread.lineage({roleModels: ['desa2/perpustakaan']}) YIELD roleModel RETURN count(*) AS n")
        #expect(one == [[1]])
    }

    @Test("Replicators per province and per cohort year")
    func summaries() throws {
        let provinces = try sinergiRows(
            "CALL sinergi.spread.byProvince() YIELD province, replicators RETURN province.name AS p, replicators")
        #expect(provinces == [["Kepulauan Riau", 2], ["Jambi", 1]])
        let cohorts = try sinergiRows("CALL sinergi.spread.byCohort() YIELD year, replicators RETURN year, replicators")
        #expect(cohorts == [[2022, 1], [2023, 1], [2024, 1]])
    }

    @Test("Forecast: certain and impossible spread")
    func forecastExact() throws {
        let certain = try sinergiRows(
            """
            CALL sinergi.spread.forecast('desa1/perpustakaan', {types: ['PARTNERS_WITH'], probability: 1.0, runs: 20})
            YIELD node, probability, expectedSpread, lower95, upper95
            RETURN count(node) AS n, min(probability) AS p, max(expectedSpread) AS e, max(lower95) AS lo, max(upper95) AS hi
            """)
        #expect(certain == [[7, 1.0, 7.0, 7.0, 7.0]])
        let none = try sinergiRows(
            """
            CALL sinergi.spread.forecast(['desa1/perpustakaan'], {probability: 0, model: 'ic'})
            YIELD node, probability RETURN elementId(node) AS key, probability
            """)
        #expect(none == [["desa1/perpustakaan", 1.0]])
    }

    @Test("Forecast and best seeds are the same for the same randomSeed")
    func determinism() throws {
        let query = """
            CALL sinergi.spread.forecast('perpusnas', {probability: 0.5, runs: 300, randomSeed: $seed, model: $model})
            YIELD node, probability, expectedSpread RETURN elementId(node) AS key, probability, expectedSpread
            """
        for model in ["ic", "lt"] {
            let a = try sinergiRows(query, parameters: ["seed": 7, "model": .string(model)])
            let b = try sinergiRows(query, parameters: ["seed": 7, "model": .string(model)])
            #expect(a == b)
            #expect(!a.isEmpty)
        }
        let c = try sinergiRows(query, parameters: ["seed": 7, "model": "ic"])
        let d = try sinergiRows(query, parameters: ["seed": 8, "model": "ic"])
        #expect(c != d)
        let seeds = """
            CALL sinergi.spread.bestSeeds(2, {probability: 0.3, runs: 100, randomSeed: 11})
            YIELD rank, node, marginalGain RETURN rank, elementId(node) AS key, marginalGain
            """
        #expect(try sinergiRows(seeds) == sinergiRows(seeds))
    }

    @Test("Best seeds with certain spread: one node of each of the two largest groups")
    func bestSeeds() throws {
        let rows = try sinergiRows(
            """
            CALL sinergi.spread.bestSeeds(2, {types: ['PARTNERS_WITH'], probability: 1.0, runs: 10, method: 'celf',
                                              candidateLabel: 'Stakeholder'})
            YIELD rank, node, marginalGain, expectedSpread, guarantee
            RETURN rank, elementId(node) AS key, marginalGain, expectedSpread, guarantee
            """)
        // ties go to the smallest node id: Perpusnas (7 reached), then the Karimun office (3)
        #expect(rows == [[1, "perpusnas", 7.0, 7.0, .null], [2, "karimun/dinas-perpustakaan", 3.0, 10.0, .null]])
        // reverse-reachable sets (the default) choose the same two, with a certified guarantee
        let rr = try sinergiRows(
            """
            CALL sinergi.spread.bestSeeds(2, {types: ['PARTNERS_WITH'], probability: 1.0, candidateLabel: 'Stakeholder'})
            YIELD node, guarantee, province RETURN elementId(node) AS key, guarantee >= 0.53 AS certified
            """)
        #expect(rr == [["perpusnas", true], ["karimun/dinas-perpustakaan", true]])
        // the default candidates are the village libraries
        let villages = try sinergiRows(
            """
            CALL sinergi.spread.bestSeeds(1, {types: ['PARTNERS_WITH'], probability: 1.0})
            YIELD node RETURN 'VillageLibrary' IN labels(node) AS village
            """)
        #expect(villages == [[true]])
        let error = try #require(
            sinergiError("CALL sinergi.spread.bestSeeds(2, {model: 'sir'}) YIELD node RETURN node"))
        #expect(error.message.contains("'model' must be 'ic' (independent cascade) or 'lt' (linear threshold)"))
        let runs = try #require(
            sinergiError("CALL sinergi.spread.forecast('perpusnas', {runs: 0}) YIELD node RETURN node"))
        #expect(runs.message == "sinergi.spread.forecast: invalid runs: must be at least 1")
    }
}
