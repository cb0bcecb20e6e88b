// The state one statement runs with: the working copy of the graph (changed in
// place by write operators and assigned back to the caller only on success), the
// parameters, the limits, the random generator, and what the writes touched.

import Foundation
import SinergiGraph

/// One row of bindings: variable name → value. Hidden variables start with a space.
typealias Row = [String: Value]

/// The syntax a probe's compiled pattern was made from (see `Evaluator.probe`).
enum ProbeSource: Equatable {
    /// A pattern predicate's or pattern comprehension's element, with its path variable.
    case element(PatternElement, path: String?)
    /// An `EXISTS { pattern }`'s pattern.
    case pattern(Pattern)
}

/// Shared mutable state of one statement's execution.
final class ExecutionContext {
    /// The values layer's function context; it owns the working copy of the graph.
    var functions: FunctionContext
    /// The working copy of the graph (changed in place by the write operators).
    var graph: PropertyGraph {
        _read { yield functions.graph }
        _modify {
            sharedHolder = nil  // released before the write, so the store is not copied
            yield &functions.graph
        }
    }
    /// The working graph in an immutable holder, shared by the pattern matchers of the
    /// statement until the next write (see `graphHolder()`).
    private var sharedHolder: PatternMatcher.GraphBox?

    /// The working graph in an immutable holder: made once and shared by every matcher
    /// and subquery probe until a write operator changes the graph (one copy of the
    /// store's references per write, not one per probe).
    /// - Complexity: O(1).
    func graphHolder() -> PatternMatcher.GraphBox {
        if let h = sharedHolder { return h }
        let h = PatternMatcher.GraphBox(functions.graph)
        sharedHolder = h
        return h
    }
    /// The graph as it was before the statement (read-only).
    let original: PropertyGraph
    /// The statement's source text (subqueries are bound against it).
    var source = ""
    /// `$name` values.
    let parameters: [String: Value]
    /// Limits.
    let options: QueryOptions
    /// When the statement must stop (nil: never).
    let deadline: Date?
    /// Nodes created or changed (for statistics).
    var touchedNodes = Set<NodeID>()
    /// Relationships created or changed (for statistics).
    var touchedRelationships = Set<RelationshipID>()
    /// Rows each plan operator produced (PROFILE), by operator id.
    var profile: [Int: Int] = [:]
    /// Plans of EXISTS subqueries, by source offset.
    var subqueryPlans: [Int: PlanNode] = [:]
    /// Compiled patterns of pattern predicates, pattern comprehensions and EXISTS
    /// patterns, by source offset: compiled once per statement, not once per row.
    var probePatterns: [Int: (source: ProbeSource, compiled: CompiledPattern)] = [:]
    /// One matcher per probe site, reused across rows (its type and constant-map caches
    /// survive). A matcher refers back to this context, so `releaseProbes()` must run
    /// when the statement ends.
    var probeMatchers: [Int: PatternMatcher] = [:]
    /// The expand-into shape of each probe site (`.some(nil)`: the site has another shape).
    var probeShapes: [Int: ExpandIntoProbe?] = [:]

    /// Breaks the context ↔ matcher reference cycle of `probeMatchers`.
    /// - Complexity: O(number of probe sites).
    func releaseProbes() {
        probeMatchers.removeAll()
    }
    /// Counts checks so the clock is read only now and then.
    var ticks = 0

    init(graph: PropertyGraph, parameters: [String: Value], options: QueryOptions) {
        self.functions = FunctionContext(graph: graph, seed: options.randomSeed)
        self.original = graph
        self.parameters = parameters
        self.options = options
        self.deadline = options.timeout.map { Date().addingTimeInterval($0) }
    }

    /// Fails when `count` rows exceed the row limit, or the deadline passed.
    func checkLimits(_ count: Int) throws(QueryError) {
        if count > options.maxRows { throw EngineMessages.rowLimit(options.maxRows) }
        ticks += 1
        if let deadline, ticks & 1023 == 0, Date() > deadline {
            throw EngineMessages.timeout(options.timeout ?? 0)
        }
    }
}
