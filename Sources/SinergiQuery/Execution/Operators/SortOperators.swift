// Ordering and duplicates: the full sort (every row held, sorted stably by the
// keys in openCypher's total order), the top-k for ORDER BY … LIMIT (a bounded
// heap of the k best rows, so n rows cost O(n log k) comparisons and k rows of
// memory), and the streaming DISTINCT (a hash set of the kept rows' keys).

import SinergiGraph

/// Orders rows by keys: openCypher's total order per key, ties by arrival.
struct SortKeys {
    let keys: [CompiledExpression]
    let ascending: [Bool]

    /// The keys' values for `row`.
    func values(_ row: Row, _ st: inout ExecutionState) throws(QueryError) -> [Value] {
        var out: [Value] = []
        out.reserveCapacity(keys.count)
        for k in keys { out.append(try k(row, &st)) }
        return out
    }

    /// True when `a` (arrived `i`) goes before `b` (arrived `j`).
    @inline(__always)
    func before(_ a: [Value], _ i: Int, _ b: [Value], _ j: Int) -> Bool {
        for k in 0..<a.count {
            let c = CypherSemantics.orderCompare(a[k], b[k])
            if c != 0 { return ascending[k] ? c < 0 : c > 0 }
        }
        return i < j
    }
}

/// A held row with its sort keys and arrival.
struct SortEntry {
    var keys: [Value]
    var index: Int
    var row: Row
}

/// The full sort.
final class SortOperator: PipeOperator {
    let keys: SortKeys
    let entries = OperatorState<[SortEntry]>([])

    init(id: Int, keys: SortKeys, next: PhysicalOperator) {
        self.keys = keys
        super.init(id: id, next: next)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        let k = try keys.values(row, &st)
        entries.value.append(SortEntry(keys: k, index: entries.value.count, row: row))
        try st.hold(entries.value.count)
        return true
    }

    override func finish(_ st: inout ExecutionState) throws(QueryError) {
        var held = entries.value
        entries.value = []
        let order = keys
        do {
            try held.sort { (a, b) throws -> Bool in
                try st.tick()
                return order.before(a.keys, a.index, b.keys, b.index)
            }
        } catch let e as QueryError {
            throw e
        } catch {
            throw EngineMessages.runtimeType("\(error)")
        }
        for i in held.indices {
            if !(try emit(&held[i].row, &st)) { break }
        }
        try next.finish(&st)
    }
}

/// The k best rows by the keys: a max-heap on the keys whose root is the worst kept row.
final class TopOperator: PipeOperator {
    let keys: SortKeys
    let count: CompiledExpression
    struct Heap {
        var k: Int? = nil
        var entries: [SortEntry] = []
        var arrived = 0
    }
    let heap = OperatorState(Heap())

    init(id: Int, keys: SortKeys, count: @escaping CompiledExpression, next: PhysicalOperator) {
        self.keys = keys
        self.count = count
        super.init(id: id, next: next)
    }

    /// True when entry `a` is worse than `b` (goes after it).
    @inline(__always)
    func worse(_ a: SortEntry, _ b: SortEntry) -> Bool { keys.before(b.keys, b.index, a.keys, a.index) }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        if heap.value.k == nil { heap.value.k = try RowCount.evaluate(count, "LIMIT", row, &st) }
        let k = heap.value.k ?? 0
        if k == 0 { return true }
        let index = heap.value.arrived
        heap.value.arrived += 1
        let values = try keys.values(row, &st)
        if heap.value.entries.count < k {
            heap.value.entries.append(SortEntry(keys: values, index: index, row: row))
            try st.hold(heap.value.entries.count)
            siftUp(heap.value.entries.count - 1)
            return true
        }
        // Better than the worst kept row?
        let worst = heap.value.entries[0]
        guard keys.before(values, index, worst.keys, worst.index) else { return true }
        heap.value.entries[0] = SortEntry(keys: values, index: index, row: row)
        siftDown(0)
        return true
    }

    func siftUp(_ start: Int) {
        var i = start
        while i > 0 {
            let parent = (i - 1) / 2
            guard worse(heap.value.entries[i], heap.value.entries[parent]) else { return }
            heap.value.entries.swapAt(i, parent)
            i = parent
        }
    }

    func siftDown(_ start: Int) {
        var i = start
        let n = heap.value.entries.count
        while true {
            let l = 2 * i + 1
            let r = l + 1
            var m = i
            if l < n, worse(heap.value.entries[l], heap.value.entries[m]) { m = l }
            if r < n, worse(heap.value.entries[r], heap.value.entries[m]) { m = r }
            if m == i { return }
            heap.value.entries.swapAt(i, m)
            i = m
        }
    }

    override func finish(_ st: inout ExecutionState) throws(QueryError) {
        var held = heap.value.entries
        heap.value = Heap()
        let order = keys
        held.sort { order.before($0.keys, $0.index, $1.keys, $1.index) }
        for i in held.indices {
            if !(try emit(&held[i].row, &st)) { break }
        }
        try next.finish(&st)
    }
}

/// Passes on the first row of each set of rows equal (by grouping equivalence) on the slots.
final class DistinctOperator: PipeOperator {
    let slots: [Int]
    let seen = OperatorState<(single: Set<GroupingKey>, multiple: Set<[GroupingKey]>)>(([], []))

    init(id: Int, slots: [Int], next: PhysicalOperator) {
        self.slots = slots
        super.init(id: id, next: next)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        if slots.count == 1 {
            guard seen.value.single.insert(GroupingKey(row[slots[0]])).inserted else { return true }
            try st.hold(seen.value.single.count)
        } else {
            guard seen.value.multiple.insert(slots.map { GroupingKey(row[$0]) }).inserted else { return true }
            try st.hold(seen.value.multiple.count)
        }
        return try emit(&row, &st)
    }

    override func finish(_ st: inout ExecutionState) throws(QueryError) {
        seen.value = ([], [])
        try next.finish(&st)
    }
}
