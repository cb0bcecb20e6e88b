// The binder's output: the query's clauses with every name checked, `*`
// projections expanded and aggregates pulled out of projections (anonymous
// pattern elements are named later, when patterns are compiled), ready for the
// planner. Semantic errors were raised before any of
// this was built, so a `BoundQuery` is known to be well-formed.

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

/// A whole bound query: one or more single queries joined by UNION.
struct BoundQuery {
    /// The single queries in order.
    var parts: [BoundSingleQuery]
    /// True when the parts are joined by `UNION ALL` (no duplicate removal).
    var unionAll: Bool
    /// The result columns (empty for a query without RETURN).
    var columns: [String]
}

/// One single query, clause by clause.
struct BoundSingleQuery {
    /// The clauses in order.
    var clauses: [BoundClause]
    /// The RETURN columns, empty when the query does not return.
    var columns: [String]
}

/// One bound clause.
enum BoundClause {
    /// `[OPTIONAL] MATCH`: the pattern with every element named.
    case match(BoundMatch)
    /// `UNWIND expression AS variable`.
    case unwind(Expression, String)
    /// `WITH` or `RETURN`.
    case projection(BoundProjection)
    /// `CREATE`: the pattern.
    case create(Pattern)
    /// `MERGE`.
    case merge(BoundMerge)
    /// `SET`.
    case set([SetItem])
    /// `REMOVE`.
    case remove([RemoveItem])
    /// `[DETACH] DELETE`.
    case delete(detach: Bool, [Expression])
    /// `CALL`.
    case call(BoundCall)
}

/// A bound MATCH.
struct BoundMatch {
    /// True for OPTIONAL MATCH.
    var optional: Bool
    /// The pattern (anonymous elements are named when it is compiled for matching).
    var pattern: Pattern
    /// The WHERE predicate.
    var predicate: Expression?
    /// Variables the clause binds that were not bound before it, in order.
    var introduced: [String]
    /// Variables bound before the clause.
    var bound: Set<String>
}

/// A bound MERGE.
struct BoundMerge {
    /// The pattern part, elements named.
    var part: PatternPart
    /// ON CREATE / ON MATCH actions.
    var actions: [MergeAction]
    /// Variables the part binds that were not bound before.
    var introduced: [String]
    /// Variables bound before the clause.
    var bound: Set<String>
}

/// A bound CALL.
struct BoundCall {
    /// The procedure.
    var procedure: Procedure
    /// The argument expressions (implicit arguments became parameter references).
    var arguments: [Expression]
    /// `(output index, variable)` pairs yielded, in order.
    var yields: [(index: Int, variable: String)]
    /// The YIELD WHERE predicate.
    var predicate: Expression?
    /// True for a standalone CALL whose outputs become the result columns.
    var standalone: Bool
}

/// An aggregate call pulled out of a projection.
struct AggregateSpec {
    /// The hidden variable its value is bound to after grouping.
    var variable: String
    /// The function name, lowercased (`count`, `sum`, …); `count(*)` is `count` with `star`.
    var name: String
    /// True for `f(DISTINCT …)`.
    var distinct: Bool
    /// The arguments (empty for `count(*)`).
    var arguments: [Expression]
    /// True for `count(*)`.
    var star: Bool
}

/// A bound WITH or RETURN.
struct BoundProjection {
    /// `(column, expression)` in order, `*` expanded; aggregate calls replaced by their hidden variables.
    var items: [(name: String, expression: Expression)]
    /// True when any item aggregates; then the items without aggregates are the grouping keys.
    var aggregates: [AggregateSpec]
    /// Which items are grouping keys (no aggregate inside), when aggregating.
    var groupingKeys: [Int]
    /// `DISTINCT`.
    var distinct: Bool
    /// ORDER BY keys (projected expressions already replaced by their column names).
    var orderBy: [SortItem]
    /// SKIP.
    var skip: Expression?
    /// LIMIT.
    var limit: Expression?
    /// WITH … WHERE.
    var predicate: Expression?
    /// True for RETURN.
    var isReturn: Bool

    /// True when the projection groups.
    var isAggregating: Bool { !aggregates.isEmpty }
}
