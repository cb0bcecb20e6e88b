// The logical plan: a chain of operators, each reading the rows of its input
// (nil input: the statement's single starting row, or the outer row of a
// subquery). Every operator has an id so PROFILE can count the rows it produced.

import SinergiGraph

/// One plan operator.
enum PlanOperator {
    /// Passes its input rows on (the leaf of every chain).
    case argument
    /// `[OPTIONAL] MATCH`: extends each row by every match of the pattern that passes the predicate.
    case match(pattern: CompiledPattern, predicate: Expression?, optional: Bool)
    /// A variable-length step evaluated as a breadth-first search over distinct end nodes.
    case distinctReach(DistinctReach)
    /// A chain MATCH and the count aggregation above it, answered by counting walks
    /// along the chain (`RewritePasses.chainCount`); produces the aggregation's rows.
    case chainCount(ChainCount, BoundProjection, fallback: CompiledPattern)
    /// Keeps the rows for which the predicate is true.
    case filter(Expression)
    /// One row per list element.
    case unwind(Expression, String)
    /// Computes the items; keeps the input's variables too when `keepInput` (for ORDER BY).
    case project([(name: String, expression: Expression)], keepInput: Bool)
    /// Groups by the grouping items and computes the aggregates (hash aggregation).
    case aggregate(BoundProjection)
    /// Removes rows equal on the columns.
    case distinct([String])
    /// Sorts by the keys.
    case sort([SortItem])
    /// Drops the first n rows.
    case skip(Expression)
    /// Keeps the first n rows.
    case limit(Expression)
    /// Keeps only the columns.
    case select([String])
    /// CREATE.
    case create(Pattern)
    /// MERGE.
    case merge(BoundMerge, CompiledPattern)
    /// SET.
    case set([SetItem])
    /// REMOVE.
    case remove([RemoveItem])
    /// [DETACH] DELETE.
    case delete(detach: Bool, [Expression])
    /// CALL … YIELD.
    case call(BoundCall)
    /// UNION [ALL] of the branches.
    case union([PlanNode], all: Bool)
    /// Consumes its input and produces no rows (a query without RETURN).
    case discard
}

/// The parameters of a breadth-first distinct-reach step.
struct DistinctReach {
    /// The pattern leading to the start node (just the start node for a one-step pattern);
    /// its last node is `start`.
    var prefix: CompiledPattern
    /// Relationship variables the prefix binds (the search may not reuse them).
    var prefixRelationships: [String]
    /// The start node pattern (bound or scanned).
    var start: CompiledNode
    /// The end node pattern.
    var end: CompiledNode
    /// Relationship types allowed (empty: any).
    var types: [String]
    /// Direction from start to end.
    var direction: RelationshipDirection
    /// Fewest hops (0 or 1).
    var minHops: Int
    /// Most hops (nil: unbounded).
    var maxHops: Int?
    /// The MATCH predicate, applied per (start, end) row.
    var predicate: Expression?
    /// Set when the next projection only counts the distinct end nodes
    /// (`RETURN count(DISTINCT end)`, no grouping keys): the operator then counts the
    /// reached nodes that fit `end` directly and produces the projection's one row
    /// (the aggregation is not planned), binding no row per node.
    var countedBy: BoundProjection? = nil
}

/// The parameters of a factorised chain count (see `RewritePasses.chainCount`).
struct ChainCount {
    /// The chain, oriented so that its last node is the one the projection reads.
    var part: CompiledPart
    /// True when the steps' type sets are non-empty and pairwise disjoint (no walk can
    /// reuse a relationship, so the run-time disjointness check is skipped).
    var typesDisjoint: Bool
}

/// A node of the plan chain.
final class PlanNode {
    /// Unique within the plan (PROFILE key).
    let id: Int
    /// What it does.
    var op: PlanOperator
    /// Where its rows come from; nil: the starting rows.
    var input: PlanNode?

    init(id: Int, op: PlanOperator, input: PlanNode?) {
        self.id = id
        self.op = op
        self.input = input
    }
}
