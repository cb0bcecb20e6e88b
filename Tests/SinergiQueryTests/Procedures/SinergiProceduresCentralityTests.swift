// `sinergi.centrality.*` through QueryEngine.execute on the TPBIS example, with degree and
// exact betweenness worked out by hand, and sampled betweenness seeded.
import SinergiGraph
import SinergiQuery
import Testing

@Suite("sinergi.centrality")
struct SinergiProceduresCentralityTests {
    @Test("Degree: the Bintan office has the most partnerships")
    func degree() throws {
        let rows = try sinergiRows(
            """
            CALL sinergi.centrality.degree({types: ['PARTNERS_WITH'], limit: 2}) YIELD node, score
            RETURN elementId(node) AS key, score
            """)
        // Bintan office: Kepri, its Bappeda and DPMPD, desa1; then Karimun's office (2) —
        // ties go to the smaller id, and the Kepri office (2) comes first
        #expect(rows == [["bintan/dinas-perpustakaan", 4.0], ["kepri/dinas-perpustakaan", 2.0]])
    }

    @Test("Exact betweenness: the Bintan office joins three groups of two")
    func betweenness() throws {
        let rows = try sinergiRows(
            """
            CALL sinergi.centrality.betweenness({types: ['PARTNERS_WITH'], nodeLabel: 'Stakeholder', limit: 3})
            YIELD node, score RETURN elementId(node) AS key, score
            """)
        // 2·2 + 2·2 + 2·2 pairs pass through it; Kepri and desa1 each sit between one node and five
        #expect(
            rows == [
                ["bintan/dinas-perpustakaan", 12.0], ["kepri/dinas-perpustakaan", 5.0], ["desa1/perpustakaan", 5.0],
            ])
    }

    @Test("Sampled betweenness is the same for the same seed")
    func sampled() throws {
        let query = """
            CALL sinergi.centrality.betweenness({samples: 4, randomSeed: $seed}) YIELD node, score
            RETURN elementId(node) AS key, score
            """
        let a = try sinergiRows(query, parameters: ["seed": 3])
        #expect(a == (try sinergiRows(query, parameters: ["seed": 3])))
        let error = try #require(
            sinergiError("CALL sinergi.centrality.betweenness({samples: 1}) YIELD node RETURN node"))
        #expect(error.message == "sinergi.centrality.betweenness: invalid samples: must be at least 2")
    }

    @Test("PageRank sums to one")
    func pagerank() throws {
        let rows = try sinergiRows(
            "CALL sinergi.centrality.pagerank({direction: 'both'}) YIELD score RETURN sum(score) AS total, count(*) AS n"
        )
        let total = try #require(rows.first?.first?.doubleValue)
        #expect(abs(total - 1) < 1e-9)
        #expect(rows.first?.last == 28)
        let error = try #require(
            sinergiError("CALL sinergi.centrality.pagerank({dampingFactor: 2}) YIELD node RETURN node"))
        #expect(error.message == "sinergi.centrality.pagerank: invalid damping: must be in [0, 1]")
    }
}
