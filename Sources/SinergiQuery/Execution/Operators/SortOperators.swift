// Ordering and duplicates: the full sort (every row held, sorted stably by the
// keys in openCypher's total order), the top-k for ORDER BY … LIMIT (a bounded
// heap of the k best rows, so n rows cost O(n log k) comparisons and k rows of
// memory), and the streaming DISTINCT (a hash set of the kept rows' keys).

import SinergiGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Orders rows by keys: openCypher's total order per key, ties by arrival.
struct SortKeys {
    let keys: [CompiledExpression]
    let ascending: [Bool]

    /// The keys' values for `row`: the first inline, the others (if any) in an array.
    @inline(__always)
    func values(_ row: Row, _ st: inout ExecutionState) throws(QueryError) -> SortKey {
        let first = try keys[0](row, &st)
        if keys.count == 1 { return SortKey(first: first, rest: []) }
        var rest: [Value] = []
        rest.reserveCapacity(keys.count - 1)
        for k in keys.dropFirst() { rest.append(try k(row, &st)) }
        return SortKey(first: first, rest: rest)
    }

    /// True when `a` (arrived `i`) goes before `b` (arrived `j`).
    @inline(__always)
    func before(_ a: SortKey, _ i: Int, _ b: SortKey, _ j: Int) -> Bool {
        let c = CypherSemantics.orderCompare(a.first, b.first)
        if c != 0 { return ascending[0] ? c < 0 : c > 0 }
        for k in 0..<a.rest.count {
            let c = CypherSemantics.orderCompare(a.rest[k], b.rest[k])
            if c != 0 { return ascending[k + 1] ? c < 0 : c > 0 }
        }
        return i < j
    }
}

/// The sort keys of one row (one key, the usual case, needs no array).
struct SortKey {
    var first: Value
    var rest: [Value]
}

/// A held row with its sort keys and arrival.
struct SortEntry {
    var keys: SortKey
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

    /// Sorts the positions of the held rows, not the rows: moving a position moves one integer,
    /// where moving a held row retains and releases its keys and its values.
    override func finish(_ st: inout ExecutionState) throws(QueryError) {
        var held = entries.value
        entries.value = []
        let order = keys
        var positions = Array(held.indices)
        do {
            if order.keys.count == 1, let plain = PlainSortKeys(held) {
                try plain.sort(&positions, ascending: order.ascending[0], &st)
            } else {
                try held.withUnsafeBufferPointer { (e) throws in
                    try positions.sort { (a, b) throws -> Bool in
                        try st.tick()
                        return order.before(e[a].keys, a, e[b].keys, b)
                    }
                }
            }
        } catch let e as QueryError {
            throw e
        } catch {
            throw EngineMessages.runtimeType("\(error)")
        }
        for p in positions {
            if !(try emit(&held[p].row, &st)) { break }
        }
        try next.finish(&st)
    }
}

/// One sort key per held row, when every one is an integer or every one is an ASCII string,
/// laid out so the sort compares them without touching a `Value`: integers in an array, the
/// strings' bytes in one arena. The order is the one `CypherSemantics.orderCompare` gives
/// (integers by value; strings by their UTF-8 bytes, which for ASCII text is also the
/// equivalence it uses: two different ASCII strings are never canonically equal), ties by
/// arrival. Comparing two `Value`s copies them (a reference count each for a string); on
/// 82,503 names that was a third of a full sort.
struct PlainSortKeys {
    var ints: [Int64] = []
    var bytes: [UInt8] = []
    /// Key i's bytes are `bytes[starts[i] ..< starts[i + 1]]`.
    var starts: [Int] = []

    /// The keys of `held`, or nil when they are not all integers or all ASCII strings.
    /// - Complexity: O(rows + bytes of the strings).
    init?(_ held: [SortEntry]) {
        guard let first = held.first?.keys.first else { return nil }
        switch first {
        case .int:
            ints.reserveCapacity(held.count)
            for e in held {
                guard case .int(let n) = e.keys.first else { return nil }
                ints.append(n)
            }
        case .string:
            starts.reserveCapacity(held.count + 1)
            starts.append(0)
            for e in held {
                guard case .string(var text) = e.keys.first else { return nil }
                let ascii = text.withUTF8 { utf8 -> Bool in
                    guard TextGroups.isASCII(utf8) else { return false }
                    bytes.append(contentsOf: utf8)
                    return true
                }
                guard ascii else { return nil }
                starts.append(bytes.count)
            }
        default:
            return nil
        }
    }

    /// Sorts `positions` (indices of the held rows) by the keys, ties by arrival.
    /// - Complexity: O(n log n) comparisons, each O(1) for integers and O(length) for strings.
    func sort(_ positions: inout [Int], ascending: Bool, _ st: inout ExecutionState) throws(QueryError) {
        var failure: QueryError?
        func tick(_ st: inout ExecutionState) -> Bool {
            do throws(QueryError) { try st.tick() } catch {
                failure = error
                return false
            }
            return true
        }
        if !ints.isEmpty {
            ints.withUnsafeBufferPointer { k in
                positions.sort { a, b in
                    guard failure == nil, tick(&st) else { return a < b }
                    if k[a] != k[b] { return ascending ? k[a] < k[b] : k[a] > k[b] }
                    return a < b
                }
            }
        } else {
            bytes.withUnsafeBufferPointer { arena in
                starts.withUnsafeBufferPointer { s in
                    positions.sort { a, b in
                        guard failure == nil, tick(&st) else { return a < b }
                        let (x, y) = (s[a], s[b])
                        let (m, n) = (s[a + 1] - x, s[b + 1] - y)
                        var c = 0
                        if min(m, n) > 0, let base = arena.baseAddress {
                            c = Int(memcmp(base + x, base + y, min(m, n)))
                        }
                        if c == 0 { c = m - n }
                        if c != 0 { return ascending ? c < 0 : c > 0 }
                        return a < b
                    }
                }
            }
        }
        if let failure { throw failure }
    }
}

/// The k best rows by the keys: a max-heap on the keys whose root is the worst kept row.
/// When the first key is a property of an entity (`n.name`), a row is first tested on the
/// property's bytes in the store against the worst kept key, so the many rows that cannot
/// enter the heap are rejected without building their key.
final class TopOperator: PipeOperator {
    let keys: SortKeys
    let count: CompiledExpression
    /// The first key as `slot.property`, when it is one.
    let probe: (slot: Int, key: PropertyKeyID)?
    struct Heap {
        var k: Int? = nil
        var entries: [SortEntry] = []
        var arrived = 0

        /// True when a row with `values` (arrived `index`) goes before the worst kept one.
        @inline(__always)
        func beats(_ values: SortKey, _ index: Int, _ keys: SortKeys) -> Bool {
            keys.before(values, index, entries[0].keys, entries[0].index)
        }
    }
    let heap = OperatorState(Heap())

    init(
        id: Int, keys: SortKeys, count: CompiledExpression, probe: (slot: Int, key: PropertyKeyID)?,
        next: PhysicalOperator
    ) {
        self.keys = keys
        self.count = count
        self.probe = probe
        super.init(id: id, next: next)
    }

    /// False when the row's first key, read in place, cannot beat the worst kept one (a
    /// string property against a string key); true when it may (or the bytes cannot tell).
    @inline(__always)
    func mayEnter(_ row: Row, _ st: inout ExecutionState) -> Bool {
        guard let probe, case .string(let worst) = heap.pointer.pointee.entries[0].keys.first else { return true }
        let ascending = keys.ascending[0]
        let verdict: Bool?
        switch row[probe.slot] {
        case .node(let id):
            if let r = st.reader {
                verdict = r.pointee.testString(probe.key, of: id) { TopOperator.beats($0, worst, ascending) }
            } else {
                verdict = st.graph.testString(probe.key, of: id) { TopOperator.beats($0, worst, ascending) }
            }
        case .relationship(let id):
            verdict = st.graph.testString(probe.key, of: id) { TopOperator.beats($0, worst, ascending) }
        default: verdict = nil
        }
        return verdict ?? true
    }

    /// True when a candidate key's bytes may go before the kept key `worst`.
    @inline(__always)
    static func beats(_ candidate: UnsafeBufferPointer<UInt8>, _ worst: String, _ ascending: Bool) -> Bool {
        worst.utf8.withContiguousStorageIfAvailable { kept in
            let c = compareBytes(candidate, kept)
            return ascending ? c < 0 : c > 0
        } ?? true
    }

    /// Byte order of two UTF-8 strings: negative, zero or positive.
    @inline(__always)
    static func compareBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = min(a.count, b.count)
        if n > 0, let x = a.baseAddress, let y = b.baseAddress {
            let c = memcmp(x, y, n)
            if c != 0 { return Int(c) }
        }
        return a.count - b.count
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
        if heap.value.entries.count >= k, !mayEnter(row, &st) { return true }
        let values = try keys.values(row, &st)
        if heap.value.entries.count < k {
            heap.value.entries.append(SortEntry(keys: values, index: index, row: row))
            try st.hold(heap.value.entries.count)
            siftUp(heap.value.entries.count - 1)
            return true
        }
        // Better than the worst kept row? (compared in place: no copy of the kept row)
        guard heap.pointer.pointee.beats(values, index, keys) else { return true }
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
    /// The values seen: one column's strings as strings (a string is equivalent only to an
    /// equal string), its other values and several columns' by `GroupingKey`.
    let seen = OperatorState<(strings: TextGroups, single: Set<GroupingKey>, multiple: Set<[GroupingKey]>)>(
        (TextGroups(), [], []))

    init(id: Int, slots: [Int], next: PhysicalOperator) {
        self.slots = slots
        super.init(id: id, next: next)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        if slots.count == 1 {
            let new: Bool
            if case .string(let text) = row[slots[0]] {
                new = seen.pointer.pointee.strings.insert(text)
            } else {
                new = seen.value.single.insert(GroupingKey(row[slots[0]])).inserted
            }
            guard new else { return true }
            try st.hold(seen.value.strings.count + seen.value.single.count)
        } else {
            guard seen.value.multiple.insert(slots.map { GroupingKey(row[$0]) }).inserted else { return true }
            try st.hold(seen.value.multiple.count)
        }
        return try emit(&row, &st)
    }

    override func finish(_ st: inout ExecutionState) throws(QueryError) {
        seen.value = (TextGroups(), [], [])
        try next.finish(&st)
    }
}
