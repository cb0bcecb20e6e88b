// Hash aggregation: each input row is assigned to the group of its grouping keys'
// values (openCypher grouping equivalence, `GroupingKey`), and each group's
// aggregates are updated; nothing else of the row is kept but the group's first
// row. Typed paths: no keys is one group; one key hashes one value (a node by its id
// in a table, a string by its bytes while every key is ASCII, `TextGroups`); `count(*)`
// and `count(x)` are plain counters per group (no accumulator object); and when the
// keys depend only on entities (nodes, relationships) that are the same as the
// previous row's — as when an expansion's rows arrive grouped by their start — the
// keys are not evaluated or hashed again. At the end, each group's row gets the
// keys and the aggregates' results and is passed on.

import SinergiGraph

/// How one aggregate is kept.
enum AggregateColumn {
    /// `count(*)`: rows.
    case countRows
    /// `count(x)`: rows where x is not null.
    case countValues(CompiledExpression)
    /// Any other aggregate: an accumulator per group, with its arguments.
    case accumulated(name: String, distinct: Bool, argument: CompiledExpression?, parameter: CompiledExpression?)
}

/// A hash aggregation; see the file comment.
final class AggregateOperator: PipeOperator {
    let keySlots: [Int]
    let keys: [CompiledExpression]
    let aggregateSlots: [Int]
    let columns: [AggregateColumn]
    /// Slots the keys read, when every key is a deterministic function of them.
    let cacheSlots: [Int]
    /// The width of a row (for the one group of an empty input).
    let width: Int

    struct Table {
        /// One key whose value is a string: the string itself is the key (a string is
        /// equivalent only to an equal string, so these groups never meet `single`'s).
        var strings = TextGroups()
        var single: [GroupingKey: Int] = [:]
        var multiple: [[GroupingKey]: Int] = [:]
        /// One key whose value is a node: group + 1 by node id (0: none yet), for the ids
        /// below the graph's capacity when the first such row came (a later node, made by
        /// the statement itself, goes to `single`). Taken from `ScratchCounts`, given back
        /// at the end: no hashing, and no table growing by rehashing for a group per node.
        var nodeGroups: [Int] = []
        var rows: [Row] = []
        /// Counters: group g's counter j at `g * counterCount + j`.
        var counters: [Int] = []
        /// Accumulators: group g's accumulator j at `g * accumulatorCount + j`.
        var accumulators: [any Accumulator] = []
        /// The previous row's cache slots (entity ids) and its group.
        var previous: [UInt64] = []
        var previousGroup = -1
    }

    let table = OperatorState(Table())
    let counterCount: Int
    let accumulatorCount: Int
    /// Each column's kind and its argument and parameter, apart: a row's update reads these
    /// and never copies a column (an enum with a name and closures, so a copy per row and
    /// column was a handful of reference counts).
    let kinds: [ColumnKind]
    let arguments: [CompiledExpression?]
    let parameters: [CompiledExpression?]

    enum ColumnKind { case rows, values, accumulated }

    init(
        id: Int, keySlots: [Int], keys: [CompiledExpression], aggregateSlots: [Int], columns: [AggregateColumn],
        cacheSlots: [Int], width: Int, next: PhysicalOperator
    ) {
        self.keySlots = keySlots
        self.keys = keys
        self.aggregateSlots = aggregateSlots
        self.columns = columns
        self.cacheSlots = cacheSlots
        self.width = width
        counterCount =
            columns.filter {
                switch $0 {
                case .countRows, .countValues: return true
                case .accumulated: return false
                }
            }.count
        accumulatorCount = columns.count - counterCount
        kinds = columns.map {
            switch $0 {
            case .countRows: return .rows
            case .countValues: return .values
            case .accumulated: return .accumulated
            }
        }
        arguments = columns.map {
            switch $0 {
            case .countRows: return nil
            case .countValues(let x): return x
            case .accumulated(_, _, let argument, _): return argument
            }
        }
        parameters = columns.map {
            guard case .accumulated(_, _, _, let parameter) = $0 else { return nil }
            return parameter
        }
        super.init(id: id, next: next)
    }

    /// The key of an entity for the previous-row cache (nil: not an entity).
    @inline(__always)
    static func entityKey(_ v: Value) -> UInt64? {
        switch v {
        case .node(let n): return UInt64(n.rawValue)
        case .relationship(let r): return UInt64(r.rawValue) | (1 << 40)
        default: return nil
        }
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        let g = try group(row, &st)
        var counter = g * counterCount
        var accumulator = g * accumulatorCount
        let t = table.pointer
        for i in kinds.indices {
            switch kinds[i] {
            case .rows:
                t.pointee.counters[counter] &+= 1
                counter += 1
            case .values:
                if let x = arguments[i], !(try x(row, &st)).isNull { t.pointee.counters[counter] &+= 1 }
                counter += 1
            case .accumulated:
                let v = try arguments[i].map { (c) throws(QueryError) in try c(row, &st) } ?? .null
                let p = try parameters[i].map { (c) throws(QueryError) in try c(row, &st) } ?? .null
                try t.pointee.accumulators[accumulator].add(v, parameter: p)
                accumulator += 1
            }
        }
        return true
    }

    /// The group of `row`, made when new.
    func group(_ row: Row, _ st: inout ExecutionState) throws(QueryError) -> Int {
        if keys.isEmpty {
            if table.value.rows.isEmpty { try open(row, [], &st) }
            return 0
        }
        var cached = !cacheSlots.isEmpty
        if cached {
            if table.value.previous.count != cacheSlots.count {
                table.value.previous = [UInt64](repeating: .max, count: cacheSlots.count)
            }
            for (i, s) in cacheSlots.enumerated() {
                guard let k = AggregateOperator.entityKey(row[s]) else {
                    cached = false
                    table.value.previousGroup = -1
                    break
                }
                if table.value.previous[i] != k {
                    table.value.previous[i] = k
                    table.value.previousGroup = -1
                }
            }
            if cached, table.value.previousGroup >= 0 { return table.value.previousGroup }
        }
        let g: Int
        if keys.count == 1 {
            // One key: its value alone is looked up (no array of key values per row): a node
            // by its id, a string by `TextGroups` (a string is equivalent only to an equal
            // string), any other value by `GroupingKey`.
            let value = try keys[0](row, &st)
            let t = table.pointer
            if case .node = value, t.pointee.nodeGroups.isEmpty {
                t.pointee.nodeGroups = ScratchCounts.shared.take(st.graph.nodeCapacity)
            }
            if case .node(let id) = value, id.index < t.pointee.nodeGroups.count {
                let known = t.pointee.nodeGroups[id.index]
                if known > 0 {
                    g = known - 1
                } else {
                    g = try open(row, [value], &st)
                    t.pointee.nodeGroups[id.index] = g + 1
                }
            } else if case .string(let text) = value {
                if let existing = t.pointee.strings.number(of: text) {
                    g = existing
                } else {
                    g = try open(row, [value], &st)
                    t.pointee.strings.add(text, number: g)
                }
            } else {
                let key = GroupingKey(value)
                if let existing = t.pointee.single[key] {
                    g = existing
                } else {
                    g = try open(row, [value], &st)
                    t.pointee.single[key] = g
                }
            }
        } else {
            var values: [Value] = []
            values.reserveCapacity(keys.count)
            for k in keys { values.append(try k(row, &st)) }
            let key = values.map(GroupingKey.init)
            if let existing = table.value.multiple[key] {
                g = existing
            } else {
                g = try open(row, values, &st)
                table.value.multiple[key] = g
            }
        }
        if cached { table.value.previousGroup = g }
        return g
    }

    /// Starts a group whose first row is `row` and keys `values`; returns its number.
    @discardableResult
    func open(_ row: Row, _ values: [Value], _ st: inout ExecutionState) throws(QueryError) -> Int {
        let g = table.value.rows.count
        var first = row
        for (i, s) in keySlots.enumerated() { first[s] = values[i] }
        table.value.rows.append(first)
        try st.hold(table.value.rows.count)
        table.value.counters.append(contentsOf: repeatElement(0, count: counterCount))
        for column in columns {
            guard case .accumulated(let name, let distinct, _, _) = column else { continue }
            guard let acc = Aggregates.make(name, distinct: distinct) else {
                throw EngineMessages.unknownFunction(name, .empty)
            }
            table.value.accumulators.append(acc)
        }
        return g
    }

    override func finish(_ st: inout ExecutionState) throws(QueryError) {
        if table.value.rows.isEmpty && keys.isEmpty {
            try open([Value](repeating: .null, count: width), [], &st)
        }
        var done = table.value
        table.value = Table()
        if !done.nodeGroups.isEmpty {
            var groups: [Int] = []
            swap(&groups, &done.nodeGroups)
            ScratchCounts.shared.give(groups)
        }
        for g in done.rows.indices {
            var row = done.rows[g]
            var counter = g * counterCount
            var accumulator = g * accumulatorCount
            for (j, column) in columns.enumerated() {
                switch column {
                case .countRows, .countValues:
                    row[aggregateSlots[j]] = .int(Int64(done.counters[counter]))
                    counter += 1
                case .accumulated:
                    row[aggregateSlots[j]] = done.accumulators[accumulator].result()
                    accumulator += 1
                }
            }
            if !(try emit(&row, &st)) { break }
        }
        try next.finish(&st)
    }
}
