// `sinergi.reach` and `sinergi.path` through QueryEngine.execute on the TPBIS example,
// with answers worked out by hand (see ProcedureTestGraph.swift for the network).
import SinergiGraph
import SinergiQuery
import SinergiTestSupport
import Testing

@Suite("sinergi.reach and sinergi.path")
struct SinergiProceduresReachTests {
    @Test("Reach within one partnership of the Kepri office")
    func reachOneHop() throws {
        let rows = try sinergiRows(
            """
            CALL sinergi.reach('kepri/dinas-perpustakaan', {maxHops: 1, types: ['PARTNERS_WITH']})
            YIELD node, hops RETURN elementId(node) AS key, hops
            """)
        #expect(rows.first == ["kepri/dinas-perpustakaan", 0])
        #expect(
            Set(rows.map { $0 })
                == Set<[Value]>([
                    ["kepri/dinas-perpustakaan", 0], ["bintan/dinas-perpustakaan", 1], ["perpusnas", 1],
                ]))
    }

    @Test("Sources as node values, keys and lists; duplicates count once")
    func sourcesOfEveryShape() throws {
        let fromNodes = try sinergiRows(
            """
            MATCH (o:ProvincialLibraryOffice) WITH collect(o) AS offices
            CALL sinergi.reach(offices, {maxHops: 0}) YIELD node RETURN count(node) AS n
            """)
        #expect(fromNodes == [[2]])
        let mixed = try sinergiRows(
            """
            MATCH (p:Perpusnas)
            CALL sinergi.reach([p, 'perpusnas', 'jambi/dinas-perpustakaan'], {maxHops: 0}) YIELD node
            RETURN count(node) AS n
            """)
        #expect(mixed == [[2]])
        let parameter = try sinergiRows(
            "CALL sinergi.reach($from, {maxHops: 2, types: ['PARTNERS_WITH']}) YIELD node RETURN count(node) AS n",
            parameters: ["from": "kepri/dinas-perpustakaan"])
        // kepri; perpusnas, the Bintan office; its Bappeda, DPMPD and desa1
        #expect(parameter == [[6]])
    }

    @Test("Regency and province of each node reached, counted in the query")
    func byProvince() throws {
        // every type but LOCATED_IN and PART_OF: PARTNERS_WITH and REPLICATED_FROM reach all of
        // Kepri's stakeholders, desa4 (Jambi) through replication, and Perpusnas (no province)
        let rows = try sinergiRows(
            """
            CALL sinergi.reach('perpusnas', {}) YIELD node, province
            RETURN province.name AS p, count(*) AS c ORDER BY c DESC, p
            """)
        #expect(rows == [["Kepulauan Riau", 9], ["Jambi", 1], [nil, 1]])
        let desa1 = try sinergiRows(
            """
            CALL sinergi.reach('desa1/perpustakaan', {maxHops: 0}) YIELD regency, province
            RETURN elementId(regency) AS r, elementId(province) AS p
            """)
        #expect(desa1 == [["regency/1", "province/1"]])
    }

    @Test("Direction: REPLICATED_FROM points from the replicator to its role model")
    func direction() throws {
        let incoming = try sinergiRows(
            """
            CALL sinergi.reach('desa1/perpustakaan', {types: ['REPLICATED_FROM'], direction: 'incoming'})
            YIELD node, hops RETURN elementId(node) AS key, hops ORDER BY hops, key
            """)
        #expect(
            incoming == [
                ["desa1/perpustakaan", 0], ["desa2/perpustakaan", 1], ["desa4/perpustakaan", 1],
                ["desa3/perpustakaan", 2],
            ])
        let outgoing = try sinergiRows(
            "CALL sinergi.reach('desa1/perpustakaan', {types: ['REPLICATED_FROM'], direction: 'outgoing'}) YIELD node RETURN node"
        )
        #expect(outgoing.count == 1)
    }

    @Test("Shortest path by hops and by weight; none when not connected")
    func path() throws {
        let rows = try sinergiRows(
            """
            CALL sinergi.path('desa2/perpustakaan', 'perpusnas', {types: ['PARTNERS_WITH']}) YIELD path, hops, cost
            RETURN [n IN nodes(path) | elementId(n)] AS keys, hops, cost
            """)
        #expect(
            rows == [
                [
                    [
                        "desa2/perpustakaan", "desa1/perpustakaan", "bintan/dinas-perpustakaan",
                        "kepri/dinas-perpustakaan", "perpusnas",
                    ], 4, 4.0,
                ]
            ])
        var graph = try TPBISExample.build().graph
        // make the desa1–Bintan office partnership expensive: the path cost follows the weights
        _ = try sinergiRows(
            "MATCH (:VillageLibrary {roleModel: true})-[r:PARTNERS_WITH]-(:RegencyLibraryOffice) SET r.cost = 5",
            on: &graph)
        let weighted = try sinergiRows(
            """
            CALL sinergi.path('desa2/perpustakaan', 'perpusnas', {types: ['PARTNERS_WITH'], weightProperty: 'cost'})
            YIELD hops, cost RETURN hops, cost
            """, on: &graph)
        #expect(weighted == [[4, 8.0]])
        let none = try sinergiRows(
            "CALL sinergi.path('perpusnas', 'jambi/dinas-perpustakaan', {types: ['PARTNERS_WITH']}) YIELD path RETURN path"
        )
        #expect(none.isEmpty)
    }

    @Test("Errors name the procedure, the key and the allowed keys")
    func errors() throws {
        let unknownKey = try #require(
            sinergiError("CALL sinergi.reach('perpusnas', {maxHop: 2}) YIELD node RETURN node"))
        #expect(unknownKey.kind == .procedureError)
        #expect(unknownKey.code == .procedureCallFailed)
        #expect(
            unknownKey.message
                == "sinergi.reach: unknown configuration key 'maxHop' (allowed: direction, maxHops, nodeLabel, types)")
        let unknownNode = try #require(sinergiError("CALL sinergi.reach('nobody', {}) YIELD node RETURN node"))
        #expect(unknownNode.message == "sinergi.reach: 'sources': no node with key 'nobody'")
        let negative = try #require(
            sinergiError("CALL sinergi.reach('perpusnas', {maxHops: -1}) YIELD node RETURN node"))
        #expect(negative.message == "sinergi.reach: invalid maxHops: must be 0 or more")
        let direction = try #require(
            sinergiError("CALL sinergi.reach('perpusnas', {direction: 'sideways'}) YIELD node RETURN node"))
        #expect(direction.message.contains("'direction' must be 'both', 'outgoing' or 'incoming'"))
        let types = try #require(sinergiError("CALL sinergi.reach('perpusnas', {types: [1]}) YIELD node RETURN node"))
        #expect(types.message.contains("'types' must be a list of strings"))
        let twoSources = try #require(
            sinergiError(
                "CALL sinergi.path(['perpusnas', 'desa1/perpustakaan'], 'perpusnas', {}) YIELD path RETURN path"))
        #expect(twoSources.message == "sinergi.path: 'from' and 'to' must each name exactly one node")
    }

    @Test("The registry holds the built-ins and every sinergi procedure")
    func registry() {
        let names = ProcedureRegistry.sinergi.names
        for name in [
            "db.labels", "sinergi.reach", "sinergi.path", "sinergi.gaps.synergy", "sinergi.gaps.unconnected",
            "sinergi.gaps.fragile", "sinergi.components", "sinergi.recommend", "sinergi.spread.lineage",
            "sinergi.spread.byProvince", "sinergi.spread.byCohort", "sinergi.spread.forecast",
            "sinergi.spread.bestSeeds", "sinergi.centrality.degree", "sinergi.centrality.betweenness",
            "sinergi.centrality.pagerank",
        ] {
            #expect(names.contains(name), "\(name)")
        }
        #expect(QueryOptions().withSinergiProcedures.procedures.lookup("sinergi.reach") != nil)
    }
}
