// The physical operators' common shape: push-based, one row at a time. An operator
// receives a row (`push`), extends or checks it in place, and pushes it on to the
// operator after it; `push` answers false when no more rows are wanted (a LIMIT
// reached, an EXISTS answered), and the sources stop. `finish` marks the end of an
// execution's input: an operator that holds rows (aggregation, sort, eager) passes
// them on then, and every operator resets its per-execution state, because a
// subquery's operators run again for each outer row. Operators hold only `let`
// properties; what changes while they run lives in `OperatorState` cells or in the
// `ExecutionState` passed in.

import SinergiGraph

/// A physical operator; see the file comment.
class PhysicalOperator {
    /// Unique within the statement: the index of the operator's row counter.
    let id: Int

    init(id: Int) { self.id = id }

    /// Receives one input row; false when no more rows are wanted.
    func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool { true }

    /// The end of the current execution's input.
    func finish(_ st: inout ExecutionState) throws(QueryError) {}
}

/// An operator that passes rows on to `next`.
class PipeOperator: PhysicalOperator {
    /// The consumer of this operator's rows.
    let next: PhysicalOperator

    init(id: Int, next: PhysicalOperator) {
        self.next = next
        super.init(id: id)
    }

    /// Counts the row as produced by this operator and pushes it on.
    @inline(__always)
    final func emit(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        try st.produce(id)
        return try next.push(&row, &st)
    }

    override func finish(_ st: inout ExecutionState) throws(QueryError) { try next.finish(&st) }
}

/// Keeps the rows for which the predicate is true.
final class FilterOperator: PipeOperator {
    let predicate: CompiledPredicate

    init(id: Int, predicate: CompiledPredicate, next: PhysicalOperator) {
        self.predicate = predicate
        super.init(id: id, next: next)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        guard try predicate(row, &st) else { return true }
        return try emit(&row, &st)
    }
}

/// Computes expressions into slots.
final class ProjectOperator: PipeOperator {
    let slots: [Int]
    let expressions: [CompiledExpression]

    init(id: Int, slots: [Int], expressions: [CompiledExpression], next: PhysicalOperator) {
        self.slots = slots
        self.expressions = expressions
        super.init(id: id, next: next)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        for (i, e) in expressions.enumerated() {
            let v = try e(row, &st)
            row[slots[i]] = v
        }
        return try emit(&row, &st)
    }
}

/// One row per element of a list (none for null, the value itself for a non-list).
final class UnwindOperator: PipeOperator {
    let list: CompiledExpression
    let slot: Int

    init(id: Int, list: CompiledExpression, slot: Int, next: PhysicalOperator) {
        self.list = list
        self.slot = slot
        super.init(id: id, next: next)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        let value = try list(row, &st)
        switch value {
        case .list(let items):
            for item in items {
                try st.tick()
                row[slot] = item
                if !(try emit(&row, &st)) { return false }
            }
            return true
        case .null:
            return true
        default:
            row[slot] = value
            return try emit(&row, &st)
        }
    }
}

/// Drops the first n rows of each execution.
final class SkipOperator: PipeOperator {
    let count: CompiledExpression
    /// Rows still to drop (nil: not yet evaluated in this execution).
    let left = OperatorState<Int?>(nil)

    init(id: Int, count: CompiledExpression, next: PhysicalOperator) {
        self.count = count
        super.init(id: id, next: next)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        if left.value == nil { left.value = try RowCount.evaluate(count, "SKIP", row, &st) }
        if let n = left.value, n > 0 {
            left.value = n - 1
            return true
        }
        return try emit(&row, &st)
    }

    override func finish(_ st: inout ExecutionState) throws(QueryError) {
        left.value = nil
        try next.finish(&st)
    }
}

/// Keeps the first n rows of each execution.
final class LimitOperator: PipeOperator {
    let count: CompiledExpression
    /// Rows still to pass (nil: not yet evaluated in this execution).
    let left = OperatorState<Int?>(nil)

    init(id: Int, count: CompiledExpression, next: PhysicalOperator) {
        self.count = count
        super.init(id: id, next: next)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        if left.value == nil { left.value = try RowCount.evaluate(count, "LIMIT", row, &st) }
        guard let n = left.value, n > 0 else { return false }
        left.value = n - 1
        let go = try emit(&row, &st)
        return go && n > 1
    }

    override func finish(_ st: inout ExecutionState) throws(QueryError) {
        left.value = nil
        try next.finish(&st)
    }
}

/// SKIP and LIMIT counts.
enum RowCount {
    /// The count `e` gives (a constant or parameter): a non-negative integer.
    static func evaluate(_ e: CompiledExpression, _ what: String, _ row: Row, _ st: inout ExecutionState)
        throws(QueryError) -> Int
    {
        let v = try e(row, &st)
        guard case .int(let i) = v else { throw EngineMessages.runtimeCountType(what, v) }
        if i < 0 { throw EngineMessages.runtimeNegativeCount(what, i) }
        return Int(clamping: i)
    }
}

/// Holds every input row of an execution, then passes them on: the barrier between
/// reads and writes.
final class EagerOperator: PipeOperator {
    let rows = OperatorState<[Row]>([])

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        rows.value.append(row)
        try st.hold(rows.value.count)
        return true
    }

    override func finish(_ st: inout ExecutionState) throws(QueryError) {
        let held = rows.value
        rows.value = []
        for var row in held {
            if !(try emit(&row, &st)) { break }
        }
        try next.finish(&st)
    }
}

/// OPTIONAL MATCH: the rows of the inner plan for each input row, or the row with the
/// inner plan's new slots set to null when it has none.
final class OptionalOperator: PipeOperator {
    /// The inner plan's first operator; its last pushes to an `OptionalTail` whose
    /// consumer is `next`.
    let inner: PhysicalOperator
    let tail: OptionalTail
    let nulls: [Int]

    init(id: Int, inner: PhysicalOperator, tail: OptionalTail, nulls: [Int], next: PhysicalOperator) {
        self.inner = inner
        self.tail = tail
        self.nulls = nulls
        super.init(id: id, next: next)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        tail.matched.value = false
        tail.stopped.value = false
        var r = row
        _ = try inner.push(&r, &st)
        try inner.finish(&st)
        if tail.stopped.value { return false }
        if tail.matched.value { return true }
        for s in nulls { row[s] = .null }
        return try emit(&row, &st)
    }
}

/// The end of an OPTIONAL MATCH's inner plan: passes its rows to the optional's consumer
/// and notes that there was one.
final class OptionalTail: PipeOperator {
    let matched = OperatorState(false)
    let stopped = OperatorState(false)

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        matched.value = true
        let go = try emit(&row, &st)
        if !go { stopped.value = true }
        return go
    }

    /// The inner plan's end is not the end of the optional's input.
    override func finish(_ st: inout ExecutionState) throws(QueryError) {}
}

/// The result rows: the values of the column slots.
final class ResultSink: PhysicalOperator {
    let slots: [Int]
    let buffer: ResultBuffer

    init(id: Int, slots: [Int], buffer: ResultBuffer) {
        self.slots = slots
        self.buffer = buffer
        super.init(id: id)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        try st.produce(id)
        var out: [Value] = []
        out.reserveCapacity(slots.count)
        for s in slots { out.append(row[s]) }
        buffer.rows.value.append(out)
        try st.hold(buffer.rows.value.count)
        return true
    }
}

/// The rows of a statement (shared by the UNION branches).
final class ResultBuffer {
    let rows = OperatorState<[[Value]]>([])
}

/// Consumes rows (a query without RETURN).
final class DiscardSink: PhysicalOperator {
    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool { true }
}
