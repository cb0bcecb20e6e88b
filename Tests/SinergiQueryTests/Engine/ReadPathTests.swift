// The read path of statements that do not write: the operators read through a
// GraphReader, a projection under ORDER BY … LIMIT moves above the top-k
// (late-projection), and the top-k rejects rows on the bytes of a string key. Each
// answer is checked against the same question answered without those shortcuts
// (the whole sort, then the first rows), on random graphs with hostile strings and
// mixed value kinds.

import SinergiGraph
import SinergiTestSupport
import Testing

@testable import SinergiQuery

@Suite struct ReadPathTests {
    func rows(_ q: String, _ g: inout PropertyGraph) throws -> [[Value]] {
        try QueryEngine.execute(q, on: &g).rows
    }

    /// A graph whose `name` values are strings, with ties, numbers and nulls among them.
    func names() throws -> PropertyGraph {
        var g = PropertyGraph()
        var rng = SeededGenerator(seed: 42)
        let words = ["Bintan", "bintan", "Batam", "Anambas", "Lingga", "Karimun", "", "Ünïcode", "Natuna"]
        for i in 0..<400 {
            var props: [String: Value] = ["v": .int(Int64(i % 7))]
            switch Int.random(in: 0..<10, using: &rng) {
            case 0: props["name"] = .int(Int64(i))
            case 1: break
            default: props["name"] = .string(words[Int.random(in: 0..<words.count, using: &rng)])
            }
            _ = try g.addNode(labels: ["Place"], properties: props)
        }
        return g
    }

    @Test(arguments: ["ASC", "DESC"]) func topKOnAStringKeyIsTheSortsFirstRows(order: String) throws {
        var g = try names()
        let all = try rows("MATCH (n:Place) RETURN n.name AS name, id(n) AS i ORDER BY n.name \(order)", &g)
        for k in [0, 1, 5, 37, 399, 400, 1000] {
            let top = try rows(
                "MATCH (n:Place) RETURN n.name AS name, id(n) AS i ORDER BY n.name \(order) LIMIT \(k)", &g)
            #expect(top == Array(all.prefix(k)), "LIMIT \(k)")
        }
    }

    @Test func aTieOnTheFirstKeyIsDecidedByTheNext() throws {
        var g = PropertyGraph()
        _ = try QueryEngine.execute(
            "CREATE (:P {name: 'a', v: 1}), (:P {name: 'a', v: 2}), (:P {name: 'a', v: 3})", on: &g)
        let r = try rows("MATCH (n:P) RETURN n.v AS v ORDER BY n.name, n.v DESC LIMIT 2", &g)
        #expect(r == [[.int(3)], [.int(2)]])
        var h = try names()
        let all = try rows("MATCH (n:Place) RETURN n.name AS name, n.v AS v ORDER BY n.name DESC, n.v", &h)
        let top = try rows("MATCH (n:Place) RETURN n.name AS name, n.v AS v ORDER BY n.name DESC, n.v LIMIT 50", &h)
        #expect(top == Array(all.prefix(50)))
    }

    @Test func aProjectionUnderTheTopKRunsOnlyOnKeptRows() throws {
        var g = try names()
        let q =
            "MATCH (n:Place) RETURN toString(n.name) + '!' AS shout, n.v * 2 AS twice ORDER BY twice DESC, shout LIMIT 7"
        let plan = try QueryEngine.execute("EXPLAIN VERBOSE " + q, on: &g).plan ?? ""
        #expect(plan.contains("late-projection (changed the plan)"), "\(plan)")
        let all = try rows(String(q.dropLast(" LIMIT 7".count)), &g)
        #expect(try rows(q, &g) == Array(all.prefix(7)))
        // A projection that is not deterministic stays where it is.
        let random = try QueryEngine.execute("EXPLAIN VERBOSE MATCH (n) RETURN rand() AS r LIMIT 1", on: &g).plan ?? ""
        #expect(!random.contains("late-projection (changed the plan)"), "\(random)")
    }

    @Test(arguments: [7, 8] as [UInt64]) func readsMatchOnRandomGraphsWithHoles(seed: UInt64) throws {
        var g = RandomGraphs.graph(seed: seed, nodes: 150, relationships: 400)
        for i in stride(from: 2, to: g.nodeCapacity, by: 19) where g.contains(NodeID(i)) {
            try g.removeNode(NodeID(i), detach: true)
        }
        // The same questions once through the reader (they only read), once with a write in
        // the statement (which runs on the graph itself); the answers must agree.
        for q in [
            "MATCH (a)-[r]->(b) WITH a, r, b RETURN id(a) AS a, id(r) AS r, id(b) AS b, r.since AS s ORDER BY a, r",
            "MATCH (a:Stakeholder)<-[r]-(b) WITH a, r, b RETURN id(a) AS a, count(r) AS c ORDER BY a",
            "MATCH (n) WITH n RETURN id(n) AS i, n.plaink AS a, n.`semi;colonk` AS b, n.nodek AS c ORDER BY i",
            "MATCH (n) WHERE n.plaink STARTS WITH 'p' OR n.`ünïcødé ✓k` CONTAINS 'é' RETURN count(*) AS c",
        ] {
            let read = try rows(q, &g)
            var copy = g
            let written = try rows("OPTIONAL MATCH (z:NoSuchLabel) SET z.x = 1 WITH 1 AS one " + q, &copy)
            #expect(!read.isEmpty)
            #expect(read == written, "\(q)")
        }
    }
}

extension ReadPathTests {
    /// One grouping key or DISTINCT column whose values are strings takes the string path;
    /// the groups are those of openCypher's equivalence all the same: strings apart from
    /// numbers, 1 with 1.0, null with null, NaN with NaN, canonically equal strings together.
    @Test func stringKeysGroupAsEquivalenceSays() throws {
        var g = PropertyGraph()
        let decomposed = "Cafe\u{301}"
        let values =
            "['Kepri', 'Kepri', '1', 1, 1.0, null, null, 0.0/0.0, 0.0/0.0, "
            + "'Caf\u{E9}', '\(decomposed)', 'kepri']"
        let grouped = try rows(
            "UNWIND \(values) AS x WITH x, count(*) AS n RETURN toString(x) AS shown, n ORDER BY shown, n", &g)
        #expect(
            grouped.map { "\($0[0].stringValue ?? "null") \($0[1].intValue ?? -1)" } == [
                "1 1", "1 2", "Café 2", "Kepri 2", "NaN 2", "kepri 1", "null 2",
            ], "\(grouped)")
        let distinct = try rows("UNWIND \(values) AS x RETURN DISTINCT x", &g)
        #expect(distinct.count == 7, "\(distinct)")
    }
}
