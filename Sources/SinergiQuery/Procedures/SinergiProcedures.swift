// The `sinergi.*` procedures: the algorithms of SinergiAlgorithms callable from queries in
// the style of Neo4j GDS (`CALL sinergi.reach($from, {maxHops: 3}) YIELD node, hops`), and
// `ProcedureRegistry.sinergi`, the registry `sinergi query` and `sinergi shell` use.
//
// Each family lives in its own file (`SinergiProcedures+Reach.swift`, `+Gaps`, `+Spread`,
// `+Centrality`); configuration maps are checked in `SinergiProcedures+Config.swift`.
// docs/procedures.md documents every signature, configuration key and YIELD column.

import SinergiGraph

/// The `sinergi.*` procedure family.
public enum SinergiProcedures {
    /// Every `sinergi.*` procedure.
    public static var all: [Procedure] {
        [
            reach, path,
            gapsSynergy, gapsUnconnected, gapsFragile, components, recommend,
            spreadLineage, spreadByProvince, spreadByCohort, spreadForecast, spreadBestSeeds, spreadCalibrate,
            centralityDegree, centralityBetweenness, centralityPageRank,
        ]
    }

    /// A node value, or null for none.
    static func node(_ id: NodeID?) -> Value { id.map(Value.node) ?? .null }

    /// A list of node values.
    static func nodes(_ ids: [NodeID]) -> Value { .list(ids.map(Value.node)) }
}

extension ProcedureRegistry {
    /// The built-ins (`db.labels()` …) and every `sinergi.*` procedure.
    /// - Complexity: O(p) for p procedures.
    public static var sinergi: ProcedureRegistry {
        var r = ProcedureRegistry.standard
        for p in SinergiProcedures.all { r.register(p) }
        return r
    }
}

extension QueryOptions {
    /// These options with `procedures` set to `ProcedureRegistry.sinergi` (what `sinergi
    /// query` and `sinergi shell` run statements with).
    /// - Complexity: O(p) for p procedures.
    public var withSinergiProcedures: QueryOptions {
        var options = self
        options.procedures = .sinergi
        return options
    }
}
