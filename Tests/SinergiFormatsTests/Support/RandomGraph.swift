// A seeded random property graph with every storable value type and hostile strings.

import SinergiGraph
import SinergiTestSupport

enum RandomGraph {
    static let kinds = [
        "Perpusnas", "Bappenas", "Kemendes", "ProvincialLibraryOffice", "RegencyLibraryOffice", "Bappeda", "DPMPD",
        "VillageLibrary", "VillageGovernment", "SynergyTeam", "Facilitator", "MasterTrainer", "Partner", "Patron",
        "Person", "Event", "Province", "Regency", "District", "Village",
    ]
    static let types = [
        "PARTNERS_WITH", "COORDINATES", "MENTORS", "FUNDS", "REPLICATED_FROM", "LOCATED_IN", "PART_OF", "ATTENDED",
        "MEMBER_OF", "KNOWS_ABOUT",
    ]

    struct Options {
        var nodes = 40
        var relationships = 80
        /// Allow C0 control characters in strings (CSV and JSON carry them, XML does not).
        var controls = false
        /// Include maps and nested/mixed lists (values with no native column type).
        var complexValues = true
        /// Hostile keys and names.
        var hostile = true
    }

    static func make(seed: UInt64, _ options: Options = Options()) -> PropertyGraph {
        var rng = SeededRandom(seed: seed)
        var g = PropertyGraph()
        var ids: [NodeID] = []
        var usedKeys: Set<String> = []
        for i in 0..<options.nodes {
            var key = options.hostile && rng.chance(0.6) ? HostileText.make(&rng, controls: options.controls) : "n/\(i)"
            if usedKeys.contains(key) { key += "#\(i)" }
            usedKeys.insert(key)
            var labels = [rng.pick(kinds)]
            if rng.chance(0.5) { labels.append(rng.chance(0.5) ? "Stakeholder" : "Region") }
            if options.hostile && rng.chance(0.1) { labels.append("Lbl " + HostileText.make(&rng).replacingSemicolons) }
            var props: [String: Value] = [:]
            props["name"] = .string(options.hostile ? HostileText.make(&rng, controls: options.controls) : "Node \(i)")
            for _ in 0..<rng.int(0...5) {
                let name = rng.pick(["a", "b", "since", "until", "tags", "score", "roleModel", "weird key:x", "p;q"])
                props[name] = value(&rng, options)
            }
            ids.append(
                RandomGraphs.must { () throws(GraphError) in try g.addNode(key: key, labels: labels, properties: props)
                })
        }
        guard !ids.isEmpty else { return g }
        for i in 0..<options.relationships {
            let s = rng.pick(ids)
            let e = rng.pick(ids)
            var props: [String: Value] = [:]
            for _ in 0..<rng.int(0...3) {
                props[rng.pick(["since", "until", "kind", "key", "weight"])] = value(&rng, options)
            }
            let key: String? =
                rng.chance(0.3)
                ? nil : (options.hostile && rng.chance(0.5) ? "r:" + HostileText.make(&rng) + "\(i)" : "rel\(i)")
            RandomGraphs.must { () throws(GraphError) in
                try g.addRelationship(key: key, type: rng.pick(types), from: s, to: e, properties: props)
            }
        }
        return g
    }

    static func scalar(_ rng: inout SeededRandom, _ options: Options) -> Value {
        switch rng.int(0...7) {
        case 0: return .bool(rng.chance(0.5))
        case 7: return RandomGraphs.temporal(&rng)
        case 1: return .int(rng.pick([0, 1, -1, 42, Int64.max, Int64.min, Int64(rng.int(-1_000_000...1_000_000))]))
        case 2:
            return .double(
                rng.pick([
                    0.0, -0.0, 1.5, -2.25, 0.1, 1e300, -1e-300, .leastNonzeroMagnitude, .nan, .infinity, -.infinity,
                    3.0,
                ]))
        case 3, 4: return .string(rng.chance(0.1) ? "" : HostileText.make(&rng, controls: options.controls))
        default:
            let y = Int64(rng.pick([1, 1970, 2018, 2022, 2023, 2024, 9999, 0, -44]))
            return .date(
                CypherDate(year: y, month: Int64(rng.int(1...12)), day: Int64(rng.int(1...28)))
                    ?? CypherDate(daysSinceEpoch: 0))
        }
    }

    static func value(_ rng: inout SeededRandom, _ options: Options) -> Value {
        let roll = rng.int(0...9)
        if roll < 6 { return scalar(&rng, options) }
        if roll == 6 || !options.complexValues {
            // A homogeneous list.
            let template = scalar(&rng, options)
            let items: [Value] = (0..<rng.int(0...4)).map { _ in
                var v = scalar(&rng, options)
                while v.typeName != template.typeName { v = scalar(&rng, options) }
                return v
            }
            return .list(items)
        }
        if roll == 7 { return .list((0..<rng.int(1...4)).map { _ in scalar(&rng, options) }) }
        if roll == 8 { return .list([.list([scalar(&rng, options)]), scalar(&rng, options)]) }
        var map: [String: Value] = [:]
        for _ in 0..<rng.int(0...3) { map[rng.pick(["x", "$y", "z z", "", "ä"])] = scalar(&rng, options) }
        return .map(map)
    }
}

extension String {
    /// The text with `;` replaced (labels cannot hold `;` in admin-import CSV).
    var replacingSemicolons: String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == ";" ? "_" : $0 }))
    }
}
