// The state one statement runs with, passed `inout` through every physical
// operator and compiled expression (so it is checked for exclusive access at
// compile time, not per access): the working copy of the graph (changed in place
// by the writes, given back to the caller only on success), the statement's
// limits (rows, time, memory, cancellation), the rows each operator produced (for
// PROFILE and the row limit), and what the writes touched (for the statistics).

import Dispatch
import SinergiGraph

/// One row: a value per slot of the statement (`SlotTable`).
typealias Row = [Value]

/// Shared mutable state of one statement's execution.
struct ExecutionState {
    /// The values layer's function context; it owns the working copy of the graph.
    var functions: FunctionContext
    /// The graph as it was before the statement (read-only).
    let original: PropertyGraph
    /// The statement's bounds.
    let limits: StatementLimits
    /// Rows produced by each operator (by operator id).
    var produced: [Int]
    /// Counts work so the clock is read only now and then.
    var ticks = 0
    /// Nodes created or changed (for statistics).
    var touchedNodes = Set<NodeID>()
    /// Relationships created or changed (for statistics).
    var touchedRelationships = Set<RelationshipID>()
    /// The nodes the statement's writes touched, in order, once a MERGE keeps an index
    /// (`MergeNodeIndex`) that must see them; nil until then.
    var nodeWriteLog: [NodeID]? = nil
    /// The memory watch (resident set growth since the statement started).
    var memory: MemoryWatch
    /// Pointers into the graph's arrays, for a statement that does not write (nil otherwise):
    /// the operators' reads then inline (see `GraphAccess`). Held by pointer, valid while
    /// `QueryEngine` runs the statement inside `withReader`: reads through `pointee` borrow
    /// it, where an optional `GraphReader` would be copied (with a retain) at every read.
    var reader: UnsafePointer<GraphReader>?

    init(graph: PropertyGraph, options: QueryOptions, operators: Int) {
        functions = FunctionContext(graph: graph, seed: options.randomSeed)
        original = graph
        limits = StatementLimits(options)
        produced = [Int](repeating: 0, count: operators)
        memory = MemoryWatch(limit: options.maxMemory)
    }

    /// The working copy of the graph.
    var graph: PropertyGraph {
        _read { yield functions.graph }
        _modify { yield &functions.graph }
    }

    /// Records a node a write created or changed (for the statistics and the write log).
    /// - Complexity: O(1) amortised.
    @inline(__always)
    mutating func touch(_ id: NodeID) {
        touchedNodes.insert(id)
        nodeWriteLog?.append(id)
    }

    /// Counts a row produced by operator `id`; fails past the row limit.
    @inline(__always)
    mutating func produce(_ id: Int) throws(QueryError) {
        produced[id] &+= 1
        if produced[id] > limits.maxRows { throw EngineMessages.rowLimit(limits.maxRows) }
    }

    /// Counts a unit of work; every 1024th checks the clock, the cancellation flag and
    /// (at most every few milliseconds) the memory in use.
    @inline(__always)
    mutating func tick() throws(QueryError) {
        ticks &+= 1
        if ticks & 1023 == 0 { try check() }
    }

    /// Checks the deadline, the cancellation flag and the memory now.
    mutating func check() throws(QueryError) {
        let now = DispatchTime.now().uptimeNanoseconds
        if let deadline = limits.deadline, now > deadline { throw EngineMessages.timeout(limits.timeout ?? 0) }
        if let c = limits.cancellation, c.isCancelled { throw EngineMessages.cancelled() }
        try memory.check(now: now)
    }

    /// Fails when holding `bytes` more would exceed the memory bound (a value about to be
    /// built: a concatenation, a range, a replaced string).
    @inline(__always)
    mutating func reserve(_ bytes: Int) throws(QueryError) {
        if bytes > 1 << 20 { try memory.reserve(bytes) }
    }

    /// Fails when holding `rows` rows is past the row limit.
    @inline(__always)
    func hold(_ rows: Int) throws(QueryError) {
        if rows > limits.maxRows { throw EngineMessages.rowLimit(limits.maxRows) }
    }
}

/// The bounds of one statement, fixed when it starts.
struct StatementLimits: Sendable {
    /// The most rows an operator may produce or hold.
    let maxRows: Int
    /// The timeout in seconds (for the message).
    let timeout: Double?
    /// When the statement must stop (uptime nanoseconds), nil for never.
    let deadline: UInt64?
    /// Set from another thread to stop the statement.
    let cancellation: QueryCancellation?

    init(_ options: QueryOptions) {
        maxRows = options.maxRows
        timeout = options.timeout
        deadline = options.timeout.map { DispatchTime.now().uptimeNanoseconds &+ UInt64(max(0, $0) * 1e9) }
        cancellation = options.cancellation
    }
}

/// A mutable value owned by an operator, reached through a pointer: operators are
/// classes, and a class's `var` pays a dynamic exclusivity check on every access
/// (measured: ~50 ns per row); a pointer's memory does not.
final class OperatorState<T> {
    let pointer: UnsafeMutablePointer<T>

    init(_ value: T) {
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: value)
    }

    deinit {
        pointer.deinitialize(count: 1)
        pointer.deallocate()
    }

    /// The value, in place.
    @inline(__always)
    var value: T {
        _read { yield pointer.pointee }
        _modify { yield &pointer.pointee }
    }
}
