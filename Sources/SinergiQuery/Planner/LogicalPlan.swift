// The logical plan: a tree of operators over slot rows, each reading the rows of
// its input (`argument` is the row the plan starts from: the statement's empty
// row, or the outer row of a subquery). The planner builds it from the bound
// clauses; the rewrite passes transform it one after another; the lowering turns
// it into physical operators. It says what is computed, not how rows are stored.

import SinergiGraph

/// One logical operator and its input.
indirect enum LogicalPlan {
    /// The row the plan starts from.
    case argument
    /// For each input row, every node that fits `scan` bound to its slot.
    case scan(NodeScan, LogicalPlan)
    /// For each input row, every single relationship from a bound node.
    case expand(Expansion, LogicalPlan)
    /// For each input row, every trail of a variable-length relationship.
    case varExpand(VarExpansion, LogicalPlan)
    /// The endpoints of a relationship bound before (`MATCH ()-[r]->()` with `r` bound).
    case boundRelationship(BoundRelationshipStep, LogicalPlan)
    /// The rows for which the predicate is true.
    case filter(BoundExpression, LogicalPlan)
    /// For each input row, the rows of `inner` (which starts at `.argument`), or the row
    /// with `nulls` set to null when there are none (OPTIONAL MATCH).
    case optional(inner: LogicalPlan, nulls: [Int], LogicalPlan)
    /// One row per element of the list.
    case unwind(BoundExpression, slot: Int, LogicalPlan)
    /// Computes the expressions into their slots (all read the input row).
    case project([SlotAssignment], LogicalPlan)
    /// Groups and aggregates.
    case aggregate(Aggregation, LogicalPlan)
    /// Drops rows equal on the slots to an earlier row.
    case distinct([Int], LogicalPlan)
    /// Sorts stably by the keys.
    case sort([BoundSortItem], LogicalPlan)
    /// The first `count` rows by the keys (ORDER BY … LIMIT), `count` = SKIP + LIMIT.
    case top([BoundSortItem], count: BoundExpression, LogicalPlan)
    /// Drops the first n rows.
    case skip(BoundExpression, LogicalPlan)
    /// Keeps the first n rows.
    case limit(BoundExpression, LogicalPlan)
    /// Reads all input rows before passing any on (writes must not see their own effects
    /// early, and reads after a write must see all of it).
    case eager(LogicalPlan)
    /// CREATE: the pattern and the slots it creates.
    case create(BoundPattern, introduced: [Int], LogicalPlan)
    /// MERGE: `match` (starting at `.argument`) finds the pattern for each row, else it is created.
    case merge(BoundMerge, match: LogicalPlan, LogicalPlan)
    /// SET.
    case setItems([BoundSetItem], LogicalPlan)
    /// REMOVE.
    case remove([BoundRemoveItem], LogicalPlan)
    /// [DETACH] DELETE.
    case delete(detach: Bool, [BoundExpression], LogicalPlan)
    /// CALL … YIELD.
    case procedureCall(BoundCall, LogicalPlan)
    /// The result rows: the values of the slots, as the columns.
    case produceResults([(name: String, slot: Int)], LogicalPlan)
    /// Consumes the rows and produces none (a query without RETURN).
    case discard(LogicalPlan)
    /// A variable-length step searched breadth-first over distinct end nodes (`DistinctReach`).
    case distinctReach(DistinctReach, LogicalPlan)
    /// Walks of a chain counted level by level instead of enumerated (`ChainCount`).
    case chainCount(ChainCount, LogicalPlan)
}

/// `slot := expression`.
struct SlotAssignment {
    var slot: Int
    var expression: BoundExpression
}

/// How a node scan finds its candidates.
enum NodeSource: Equatable {
    /// Every node.
    case all
    /// The nodes with a label.
    case label(String)
    /// The node whose registry key is the value (`WHERE elementId(n) = …`).
    case key(BoundExpression)
    /// The nodes of a declared `(label, property)` index equal to the value.
    case index(label: String, property: String, value: BoundExpression)
    /// The nodes with a label whose property equals the value, from a table built on
    /// first use for the statement (many look-ups of one unindexed property).
    case hashedProperty(label: String?, property: String, value: BoundExpression)
}

/// A node scan: candidates, then the node's own checks.
struct NodeScan {
    var slot: Int
    var source: NodeSource
    /// Labels the node must carry (the source's label aside).
    var labels: [String]
    /// Checks on the node (property map, pushed-down conjuncts); read the row with the node bound.
    var predicate: BoundExpression?
}

/// A single-relationship expansion from the bound node in `from`.
struct Expansion {
    var from: Int
    var relationship: Int
    var to: Int
    var types: [String]
    /// From `from` to `to`.
    var direction: RelationshipDirection
    /// True when `to` is bound before the step (expand into: only relationships to it).
    var into: Bool
    /// True when the relationship slot is bound before the step (only that relationship).
    var relationshipBound: Bool
    /// Relationship slots (single ones) this one must differ from (relationship isomorphism).
    var distinctFrom: [Int]
    /// List slots (variable-length steps) whose relationships this one must differ from.
    var distinctFromLists: [Int]
    /// Labels `to` must carry.
    var labels: [String]
    /// Checks on the relationship (its property map); read the row with it bound.
    var relationshipPredicate: BoundExpression?
    /// Checks on `to`; read the row with the relationship and `to` bound.
    var predicate: BoundExpression?
}

/// A variable-length expansion: every trail of `min … max` relationships.
struct VarExpansion {
    var from: Int
    /// The slot of the list of relationships (in pattern order).
    var relationships: Int
    var to: Int
    var types: [String]
    var direction: RelationshipDirection
    var minHops: Int
    var maxHops: Int?
    /// True when the expansion runs right to left (the list is then reversed).
    var reversed: Bool
    var into: Bool
    /// True when the list slot is bound before (only that trail).
    var listBound: Bool
    var distinctFrom: [Int]
    var distinctFromLists: [Int]
    var labels: [String]
    /// The property map every relationship of the trail must match (evaluated once per row).
    var relationshipProperties: BoundExpression?
    /// Checks on `to`; read the row with the list and `to` bound.
    var predicate: BoundExpression?
}

/// The endpoints of a bound relationship.
struct BoundRelationshipStep {
    var relationship: Int
    var from: Int
    var to: Int
    var direction: RelationshipDirection
    var types: [String]
    var fromLabels: [String]
    var toLabels: [String]
    /// Checks on the relationship (its property map).
    var relationshipPredicate: BoundExpression?
    /// Checks once both ends are bound.
    var predicate: BoundExpression?
}

/// A hash aggregation.
struct Aggregation {
    /// Grouping keys: each evaluated on the input row into its slot.
    var keys: [SlotAssignment]
    /// The aggregates, each into its slot.
    var aggregates: [BoundAggregate]
}

/// The parameters of a breadth-first distinct-reach step (see `RewritePasses.distinctReach`).
struct DistinctReach {
    /// The start node's slot (bound by the input).
    var start: Int
    /// The end node's slot.
    var end: Int
    var types: [String]
    var direction: RelationshipDirection
    var minHops: Int
    var maxHops: Int?
    /// Relationship slots of the input the search may not use (the same MATCH's).
    var avoid: [Int]
    /// Labels the end must carry.
    var labels: [String]
    /// Checks on the end node.
    var predicate: BoundExpression?
    /// Set when only the number of distinct ends is wanted: the operator then produces
    /// one row with that number in each of these slots (the aggregation is not planned).
    var countInto: [Int]?
}

/// The parameters of a factorised chain count (see `RewritePasses.chainCount`).
struct ChainCount {
    /// The chain's node checks, first to last: slot, labels, property checks.
    var nodes: [NodeScan]
    /// The relationships between consecutive nodes.
    var steps: [(types: [String], direction: RelationshipDirection)]
    /// The grouping keys (over the last node's slot only) and the count slots.
    var keys: [SlotAssignment]
    var counts: [Int]
    /// True when the steps' type sets are non-empty and pairwise disjoint.
    var typesDisjoint: Bool
    /// The plan to run instead when relationship uniqueness could change the count.
    var fallback: LogicalPlan
}
