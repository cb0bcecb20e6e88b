// `sinergi.gaps.*`, `sinergi.components` and `sinergi.recommend` through QueryEngine.execute
// on the TPBIS example, with answers worked out by hand.
import SinergiGraph
import SinergiQuery
import Testing

@Suite("sinergi.gaps, components and recommend")
struct SinergiProceduresGapsTests {
    @Test("Synergy gaps: Karimun lacks a DPMPD, Batanghari two partnerships")
    func synergy() throws {
        let rows = try sinergiRows(
            """
            CALL sinergi.gaps.synergy({}) YIELD regency, province, missingStakeholders, missingPartnerships, complete
            RETURN elementId(regency) AS r, province.name AS p, missingStakeholders, missingPartnerships, complete
            ORDER BY r
            """)
        #expect(
            rows == [
                ["regency/2", "Kepulauan Riau", ["DPMPD"], [], false],
                [
                    "regency/3", "Jambi", [], ["RegencyLibraryOffice–Bappeda", "RegencyLibraryOffice–DPMPD"], false,
                ],
            ])
        let all = try sinergiRows(
            """
            CALL sinergi.gaps.synergy({onlyGaps: false}) YIELD regency, libraryOffices, bappeda, dpmpd, complete
            WHERE complete RETURN elementId(regency) AS r, size(libraryOffices) + size(bappeda) + size(dpmpd) AS n
            """)
        #expect(all == [["regency/1", 3]])
    }

    @Test("Unconnected regions over partnerships only")
    func unconnected() throws {
        let rows = try sinergiRows(
            """
            CALL sinergi.gaps.unconnected({types: ['PARTNERS_WITH']}) YIELD region, level, stakeholders, reason
            RETURN elementId(region) AS r, level, stakeholders, reason
            """)
        #expect(
            rows == [
                ["regency/2", "Regency", 3, "noPathToRoot"], ["village/3", "Village", 1, "noPathToRoot"],
                ["village/4", "Village", 1, "noPathToRoot"],
            ])
        // `all` adds the regions with no stakeholder, as `sinergi gaps --kind unconnected --all`
        let all = try sinergiRows(
            """
            CALL sinergi.gaps.unconnected({types: ['PARTNERS_WITH'], all: true}) YIELD region, reason
            RETURN elementId(region) AS r, reason
            """)
        #expect(all.last == ["village/5", "noStakeholders"] && all.count == 4)
        // replication links count by default: only the empty village is left
        let everyType = try sinergiRows(
            "CALL sinergi.gaps.unconnected({levels: ['Village'], all: true}) YIELD region RETURN elementId(region) AS r"
        )
        #expect(everyType == [["village/5"]])
        let jambi = try sinergiRows(
            """
            CALL sinergi.gaps.unconnected({types: ['PARTNERS_WITH'], province: 'jambi'}) YIELD region
            RETURN elementId(region) AS r
            """)
        #expect(jambi == [["village/4"]])
        let typo = try #require(
            sinergiError("CALL sinergi.gaps.unconnected({province: 'Jamby'}) YIELD region RETURN region"))
        #expect(typo.message == "sinergi.gaps.unconnected: 'province': no province 'Jamby' (nearest: 'Jambi')")
    }

    @Test("Fragile links: eight bridges; the Bintan office cuts off four")
    func fragile() throws {
        let bridges = try sinergiRows(
            "CALL sinergi.gaps.fragile({kind: 'bridges'}) YIELD relationship RETURN count(relationship) AS n")
        #expect(bridges == [[8]])
        let points = try sinergiRows(
            """
            CALL sinergi.gaps.fragile({kind: 'articulationPoints'}) YIELD node, cutOff, pieces, componentSize
            RETURN elementId(node) AS key, cutOff, pieces, componentSize
            """)
        #expect(points.first == ["bintan/dinas-perpustakaan", 4, 3, 7])
        #expect(
            Set(points.map { $0[0] })
                == Set<Value>([
                    "bintan/dinas-perpustakaan", "kepri/dinas-perpustakaan", "desa1/perpustakaan",
                    "karimun/dinas-perpustakaan",
                ]))
        // one list, most cut off first: the Bintan office (4) leads bridges and points alike
        let top = try sinergiRows(
            "CALL sinergi.gaps.fragile({limit: 2}) YIELD kind, cutOff RETURN kind, cutOff")
        #expect(top.count == 2 && top[0] == ["articulationPoint", 4])
        let error = try #require(sinergiError("CALL sinergi.gaps.fragile({kind: 'cycles'}) YIELD node RETURN node"))
        #expect(error.message.contains("'kind' must be 'both', 'bridges' or 'articulationPoints'"))
    }

    @Test("Components of the stakeholders' partnerships")
    func components() throws {
        let rows = try sinergiRows(
            """
            CALL sinergi.components({}) YIELD node, componentId, componentSize, isolate
            RETURN count(DISTINCT componentId) AS c, max(componentSize) AS largest,
                   sum(CASE WHEN isolate THEN 1 ELSE 0 END) AS isolates, count(node) AS nodes
            """)
        #expect(rows == [[5, 7, 1, 15]])
        let everyNode = try sinergiRows(
            "CALL sinergi.components({nodeLabel: null}) YIELD componentId RETURN count(DISTINCT componentId) AS c")
        // the 13 regions have no partnerships: one component each
        #expect(everyNode == [[18]])
    }

    @Test("Recommended partnerships: the largest rootless group first")
    func recommend() throws {
        let rows = try sinergiRows(
            """
            CALL sinergi.recommend({k: 5, types: ['PARTNERS_WITH']}) YIELD stakeholder, partner, gain, scope
            RETURN elementId(stakeholder) AS s, elementId(partner) AS p, gain, scope
            """)
        #expect(rows.count == 3)
        #expect(rows.first == ["karimun/dinas-perpustakaan", "kepri/dinas-perpustakaan", 3, "sameProvince"])
        #expect(rows.map { $0[2] } == [3, 2, 1])
        let error = try #require(sinergiError("CALL sinergi.recommend({k: -1}) YIELD gain RETURN gain"))
        #expect(error.message == "sinergi.recommend: invalid k: must be 0 or more")
        let unknown = try #require(sinergiError("CALL sinergi.recommend({top: 3}) YIELD gain RETURN gain"))
        #expect(
            unknown.message
                == "sinergi.recommend: unknown configuration key 'top' (allowed: k, language, province, "
                + "stakeholderLabel, types)")
        let indonesian = try sinergiRows(
            "CALL sinergi.recommend({k: 1, types: ['PARTNERS_WITH'], language: 'id'}) YIELD reason RETURN reason")
        #expect(indonesian.first?.first?.stringValue?.hasPrefix("Jalin kemitraan antara") == true)
        // with a province the greedy runs among its groups: the first reason there is the largest group
        let jambi = try sinergiRows(
            """
            CALL sinergi.recommend({types: ['PARTNERS_WITH'], province: 'Jambi'}) YIELD stakeholder, reason
            RETURN elementId(stakeholder) AS s, reason
            """)
        #expect(jambi.map { $0[0] } == ["batanghari/bappeda", "desa4/perpustakaan"])
        #expect(jambi.first?[1].stringValue?.contains("no unconnected group is larger") == true)
        #expect(jambi.last?[1].stringValue?.contains("no unconnected group left is larger") == true)
    }
}
