// PropertyEquality decides on a record's bytes what the general rules would: equal strings,
// integers and floats, unequal ones, values of another kind, absent properties, and the
// cases the bytes leave to the general rules (non-ASCII text, an integer against a float).
import SinergiGraph
import Testing

@Suite struct PropertyEqualityTests {
    func graph() throws -> (PropertyGraph, [String: NodeID]) {
        var g = PropertyGraph()
        var ids: [String: NodeID] = [:]
        let rows: [(String, [String: Value])] = [
            ("jambi", ["name": "Jambi", "regionId": 15, "share": 0.5, "aktif": true]),
            ("kosong", ["name": ""]),
            ("aceh", ["name": "Aceh", "regionId": 11]),
            ("café", ["name": "Caf\u{E9}"]),
            ("kelvin", ["name": "\u{212A}"]),
            ("none", [:]),
        ]
        for (key, properties) in rows { ids[key] = try g.addNode(key: key, labels: ["Region"], properties: properties) }
        return (g, ids)
    }

    @Test func theBytesDecideWhatTheyCanAndLeaveTheRestUndecided() throws {
        let (g, ids) = try graph()
        let name = try #require(g.propertyKeyID(named: "name"))
        let regionId = try #require(g.propertyKeyID(named: "regionId"))
        let share = try #require(g.propertyKeyID(named: "share"))
        let texts = PropertyEquality.Texts()
        func test(_ key: PropertyKeyID, _ node: String, _ value: Value) -> Bool?? {
            guard let wanted = PropertyEquality(value, texts: texts) else { return .none }
            return .some(g.equals(key, of: ids[node]!, wanted))
        }
        #expect(test(name, "jambi", "Jambi") == true)
        #expect(test(name, "jambi", "Jamb") == false)
        #expect(test(name, "jambi", "Jambi ") == false)
        #expect(test(name, "kosong", "") == true)
        #expect(test(name, "jambi", "") == false)
        #expect(test(name, "none", "Jambi") == false)  // absent
        #expect(test(name, "jambi", 15) == false)  // another kind
        #expect(test(regionId, "jambi", 15) == true)
        #expect(test(regionId, "aceh", 15) == false)
        #expect(test(regionId, "jambi", 15.0) == .some(nil))  // an integer against a float: the general rules
        #expect(test(share, "jambi", 0.5) == true)
        // Equal bytes are equal; other bytes of non-ASCII text may still be canonically equal.
        #expect(test(name, "café", "Caf\u{E9}") == true)
        #expect(test(name, "café", "Cafe\u{301}") == .some(nil))
        // An ASCII needle against non-ASCII text: the KELVIN SIGN is canonically 'K'.
        #expect(test(name, "kelvin", "K") == .some(nil))
        #expect(test(name, "jambi", .null) == .none)
        #expect(test(name, "jambi", .double(.nan)) == .none)
    }
}
