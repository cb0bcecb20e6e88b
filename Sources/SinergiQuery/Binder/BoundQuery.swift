// The binder's output: the query's clauses with every name checked and resolved
// to a slot of the row (anonymous pattern elements and hidden variables too), `*`
// projections expanded, aggregates pulled out of projections into slots of their
// own, and subqueries bound once. Semantic errors were raised before any of this
// was built, so a `BoundQuery` is known to be well-formed. The planner turns it
// into a logical plan.

import SinergiGraph

/// What a variable holds, as far as the binder can tell.
enum VariableKind: Equatable {
    /// A node.
    case node
    /// A single relationship.
    case relationship
    /// The list of relationships a variable-length pattern binds.
    case relationshipList
    /// A path.
    case path
    /// Any other value (or unknown).
    case value
    /// A value known not to be a node, relationship or path (a literal list, number, …).
    case nonEntity
}

/// The slots of one statement: a name per slot (for plans and messages).
struct SlotTable: Equatable {
    /// The variable name of each slot (hidden ones start with a space).
    var names: [String] = []

    /// The number of slots: the width of every row of the statement.
    var count: Int { names.count }

    /// A new slot for `name`.
    mutating func add(_ name: String) -> Int {
        names.append(name)
        return names.count - 1
    }

    /// The name to show for `slot` (`anon` for hidden ones).
    func display(_ slot: Int) -> String {
        guard slot >= 0, slot < names.count else { return "#\(slot)" }
        let n = names[slot]
        return n.hasPrefix(" ") ? "anon" : n
    }
}

/// A whole bound query: one or more single queries joined by UNION.
struct BoundQuery {
    /// The single queries in order.
    var parts: [BoundSingleQuery]
    /// True when the parts are joined by `UNION ALL` (no duplicate removal).
    var unionAll: Bool
    /// The result columns (empty for a query without RETURN).
    var columns: [String]
    /// Every slot of the statement.
    var slots: SlotTable
    /// The parameters the statement uses.
    var parameters: Set<String>
}

/// One single query, clause by clause.
struct BoundSingleQuery {
    /// The clauses in order.
    var clauses: [BoundClause]
    /// The RETURN (or standalone CALL) columns and the slots holding them; empty when
    /// the query does not return.
    var columns: [(name: String, slot: Int)]
    /// True when the query returns rows (RETURN or a standalone CALL).
    var returns: Bool
}

/// One bound clause.
enum BoundClause {
    case match(BoundMatch)
    /// `UNWIND expression AS variable`.
    case unwind(BoundExpression, slot: Int)
    /// `WITH` or `RETURN`.
    case projection(BoundProjection)
    /// `CREATE`: the pattern and the slots it creates (the rest were bound before).
    case create(BoundPattern, introduced: [Int])
    case merge(BoundMerge)
    case set([BoundSetItem])
    case remove([BoundRemoveItem])
    /// `[DETACH] DELETE`.
    case delete(detach: Bool, [BoundExpression])
    case call(BoundCall)
}

/// A node of a pattern.
struct BoundNodePattern: Equatable {
    /// The node's slot.
    var slot: Int
    /// Labels the node must carry.
    var labels: [String]
    /// The property constraint (`{k: v}` map or parameter).
    var properties: BoundExpression?
    /// True for an anonymous node.
    var anonymous: Bool
}

/// A relationship of a pattern.
struct BoundRelationshipPattern: Equatable {
    /// The slot (a relationship, or the list for a variable-length step).
    var slot: Int
    /// Allowed types; empty for any.
    var types: [String]
    /// The arrow direction, left to right.
    var direction: RelationshipDirection
    /// `(minimum, maximum)` hops for `*…`; nil for a single relationship.
    var length: (min: Int, max: Int?)?
    /// The property constraint.
    var properties: BoundExpression?
    /// True for an anonymous relationship.
    var anonymous: Bool

    static func == (a: BoundRelationshipPattern, b: BoundRelationshipPattern) -> Bool {
        a.slot == b.slot && a.types == b.types && a.direction == b.direction && a.length?.min == b.length?.min
            && a.length?.max == b.length?.max && a.properties == b.properties && a.anonymous == b.anonymous
    }
}

/// One path pattern: `relationships.count + 1` nodes.
struct BoundPatternPart: Equatable {
    /// The path variable's slot, if named.
    var path: Int?
    var nodes: [BoundNodePattern]
    var relationships: [BoundRelationshipPattern]
}

/// A comma-separated pattern.
struct BoundPattern: Equatable {
    var parts: [BoundPatternPart]

    /// Every slot the pattern binds (nodes, relationships, paths).
    var slots: [Int] {
        var out: [Int] = []
        for part in parts {
            out.append(contentsOf: part.nodes.map(\.slot))
            out.append(contentsOf: part.relationships.map(\.slot))
            if let p = part.path { out.append(p) }
        }
        return out
    }
}

/// A bound MATCH.
struct BoundMatch {
    /// True for OPTIONAL MATCH.
    var optional: Bool
    var pattern: BoundPattern
    /// The WHERE predicate.
    var predicate: BoundExpression?
    /// Slots the clause binds that were not bound before it.
    var introduced: [Int]
}

/// A bound MERGE.
struct BoundMerge {
    /// The pattern (one part).
    var pattern: BoundPattern
    /// Slots the part binds that were not bound before.
    var introduced: [Int]
    /// ON CREATE items.
    var onCreate: [BoundSetItem]
    /// ON MATCH items.
    var onMatch: [BoundSetItem]
}

/// A bound SET item.
enum BoundSetItem {
    /// `entity.key = value`.
    case property(entity: BoundExpression, key: String, value: BoundExpression)
    /// `n = map` (replace all properties).
    case replaceProperties(slot: Int, value: BoundExpression)
    /// `n += map`.
    case mergeProperties(slot: Int, value: BoundExpression)
    /// `n:A:B`.
    case labels(slot: Int, labels: [String])
}

/// A bound REMOVE item.
enum BoundRemoveItem {
    /// `entity.key`.
    case property(entity: BoundExpression, key: String)
    /// `n:A:B`.
    case labels(slot: Int, labels: [String])
}

/// A bound CALL.
struct BoundCall {
    var procedure: Procedure
    /// The argument expressions (implicit arguments became parameter references).
    var arguments: [BoundExpression]
    /// `(output index, slot)` pairs yielded, in order.
    var yields: [(index: Int, slot: Int)]
    /// The YIELD WHERE predicate.
    var predicate: BoundExpression?
    /// True for a standalone CALL whose outputs become the result columns.
    var standalone: Bool
}

/// An aggregate call pulled out of a projection.
struct BoundAggregate: Equatable {
    /// The slot its value is bound to after grouping.
    var slot: Int
    /// The function name, lowercased (`count`, `sum`, …).
    var name: String
    /// True for `f(DISTINCT …)`.
    var distinct: Bool
    /// The arguments (empty for `count(*)`).
    var arguments: [BoundExpression]
    /// True for `count(*)`.
    var star: Bool

    /// The same call (slot aside).
    func sameCall(as other: BoundAggregate) -> Bool {
        name == other.name && distinct == other.distinct && arguments == other.arguments && star == other.star
    }
}

/// One WITH/RETURN item.
struct BoundProjectionItem {
    /// The column name.
    var name: String
    /// The slot the item's value goes to (the input slot itself for `WITH x`).
    var slot: Int
    /// The value: over the input slots, or over the grouping and aggregate slots when the
    /// projection aggregates.
    var expression: BoundExpression
}

/// One ORDER BY key.
struct BoundSortItem: Equatable {
    var expression: BoundExpression
    var ascending: Bool
}

/// A bound WITH or RETURN.
struct BoundProjection {
    /// The items in order, `*` expanded.
    var items: [BoundProjectionItem]
    /// The aggregates the items (and ORDER BY) use; empty when the projection does not group.
    var aggregates: [BoundAggregate]
    /// Which items are grouping keys (no aggregate inside), when aggregating.
    var groupingKeys: [Int]
    /// `DISTINCT`.
    var distinct: Bool
    /// ORDER BY keys, over the output slots (and the input slots unless DISTINCT or aggregating).
    var orderBy: [BoundSortItem]
    var skip: BoundExpression?
    var limit: BoundExpression?
    /// WITH … WHERE.
    var predicate: BoundExpression?
    /// True for RETURN.
    var isReturn: Bool

    /// True when the projection groups.
    var isAggregating: Bool { !aggregates.isEmpty }
}
