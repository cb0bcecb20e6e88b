// Lowering: the logical plans of a statement become physical operators over slot
// rows — one operator per logical one, built from the last (the result sink) to the
// first, each with its expressions compiled (`ExpressionCompiler`) — plus the
// runners of the subqueries inside expressions, and the plan lines EXPLAIN and
// PROFILE print (each with its operator's id, so PROFILE shows the rows it
// produced).

import SinergiGraph

/// The physical form of a statement, ready to run.
struct PhysicalProgram {
    /// The first operator of each UNION branch (each is given the statement's empty row).
    var entries: [PhysicalOperator]
    /// Where the result rows go.
    var results: ResultBuffer
    /// The number of operator ids (the size of the row counters).
    var operatorCount: Int
    /// The plan's lines, then each subquery's.
    var lines: [PlanLine]
    var subqueryLines: [(id: Int, mode: String, lines: [PlanLine])]
    /// The width of every row.
    var width: Int

    /// The text EXPLAIN (rows nil) or PROFILE prints; `verbose` adds the fallback plans.
    func text(rows: [Int]?, verbose: Bool = false) -> String {
        var out = PlanDescription.text(lines, rows: rows, verbose: verbose)
        for sub in subqueryLines {
            out +=
                "\nSubquery \(sub.id) (\(sub.mode)):\n" + PlanDescription.text(sub.lines, rows: rows, verbose: verbose)
        }
        return out
    }
}

/// Lowers a planned statement; see the file comment. A class so the expression
/// compiler can ask it for subquery runners while it lowers.
final class Lowering {
    let planned: PlannedQuery
    let parameters: [String: Value]
    let graph: PropertyGraph
    let description: PlanDescription
    var nextID = 0
    var lines: [PlanLine] = []
    var runners: [Int: SubqueryRunner] = [:]
    var subqueryLines: [(id: Int, mode: String, lines: [PlanLine])] = []
    /// True while lowering a fallback plan (its lines are marked).
    var inFallback = false

    init(_ planned: PlannedQuery, parameters: [String: Value], graph: PropertyGraph) {
        self.planned = planned
        self.parameters = parameters
        self.graph = graph
        description = PlanDescription(slots: planned.slots)
    }

    var width: Int { planned.slots.count }
    var names: SlotTable { planned.slots }

    var compiler: ExpressionCompiler {
        ExpressionCompiler(parameters: parameters, graph: graph, subquery: { [unowned self] q in self.runner(q) })
    }

    /// The statement's program.
    /// - Complexity: O(size of the plans).
    func lower() -> PhysicalProgram {
        let results = ResultBuffer()
        var entries: [PhysicalOperator] = []
        for branch in planned.branches { entries.append(lower(branch, into: nil, results: results, depth: 0)) }
        return PhysicalProgram(
            entries: entries, results: results, operatorCount: nextID, lines: lines, subqueryLines: subqueryLines,
            width: width)
    }

    /// A new operator id, with its plan line.
    func line(_ plan: LogicalPlan, _ depth: Int) -> Int {
        let id = nextID
        nextID += 1
        lines.append(PlanLine(depth: depth, title: description.title(plan), id: id, fallback: inFallback))
        return id
    }

    /// The runner of subquery `q`, lowered the first time it is asked for.
    func runner(_ q: BoundSubquery) -> SubqueryRunner {
        if let r = runners[q.id] { return r }
        let plan = planned.subqueries[q.id] ?? SubqueryPlan(mode: q.mode, branches: [])
        let saved = lines
        lines = []
        var projection: CompiledExpression?
        var mode = "EXISTS"
        if case .collect(let p) = plan.mode {
            projection = compiler.compile(p)
            mode = "pattern comprehension"
        }
        let sinkID = nextID
        nextID += 1
        let sink = SubquerySink(id: sinkID, projection: projection)
        let branches = plan.branches.map { lower($0, into: sink, results: nil, depth: 0) }
        subqueryLines.append((q.id, mode, lines))
        lines = saved
        let r = SubqueryRunner(branches: branches, sink: sink)
        runners[q.id] = r
        return r
    }

    /// The operators of `plan` pushing into `next` (nil: the plan ends in its own sink);
    /// returns the first.
    func lower(_ plan: LogicalPlan, into next: PhysicalOperator?, results: ResultBuffer?, depth: Int)
        -> PhysicalOperator
    {
        let c = compiler
        let consumer = next ?? DiscardSink(id: 0)
        switch plan {
        case .argument:
            return consumer
        case .produceResults(let columns, let input):
            let id = line(plan, depth)
            let sink = ResultSink(id: id, slots: columns.map(\.slot), buffer: results ?? ResultBuffer())
            return lower(input, into: sink, results: results, depth: depth)
        case .discard(let input):
            let id = line(plan, depth)
            return lower(input, into: DiscardSink(id: id), results: results, depth: depth)
        case .scan(let s, let input):
            let id = line(plan, depth)
            let source: ScanSource
            switch s.source {
            case .all: source = .all
            case .label(let l): source = .label(l)
            case .key(let v): source = .key(c.compile(v))
            case .index(let l, let p, let v): source = .index(label: l, property: p, value: c.compile(v))
            case .hashedProperty(let l, let p, let v): source = .hashed(label: l, property: p, value: c.compile(v))
            }
            var filters: [PropertyFilter] = []
            var others: [BoundExpression] = []
            for conjunct in s.predicate?.conjuncts ?? [] {
                if let (key, value) = PatternPlanner.propertyEquality(
                    conjunct, s.slot, conjunct.slotsRead.subtracting([s.slot]))
                {
                    filters.append(
                        PropertyFilter(key: key, keyID: graph.propertyKeyID(named: key), value: c.compile(value)))
                } else {
                    others.append(conjunct)
                }
            }
            let op = ScanOperator(
                id: id, slot: s.slot, source: source, labels: s.labels, predicate: c.predicate(s.predicate),
                filters: filters, rest: c.predicate(BoundExpression.and(others)), next: consumer)
            return lower(input, into: op, results: results, depth: depth)
        case .expand(let e, let input):
            let id = line(plan, depth)
            let op = ExpandOperator(
                e, relationshipPredicate: c.predicate(e.relationshipPredicate), predicate: c.predicate(e.predicate),
                id: id, names: names, next: consumer)
            return lower(input, into: op, results: results, depth: depth)
        case .varExpand(let v, let input):
            let id = line(plan, depth)
            let op = VarExpandOperator(
                v, properties: v.relationshipProperties.map(c.compile), predicate: c.predicate(v.predicate), id: id,
                names: names, next: consumer)
            return lower(input, into: op, results: results, depth: depth)
        case .boundRelationship(let b, let input):
            let id = line(plan, depth)
            let op = BoundRelationshipOperator(
                b, relationshipPredicate: c.predicate(b.relationshipPredicate), predicate: c.predicate(b.predicate),
                id: id, names: names, next: consumer)
            return lower(input, into: op, results: results, depth: depth)
        case .filter(let p, let input):
            let id = line(plan, depth)
            let op = FilterOperator(id: id, predicate: c.predicate(p), next: consumer)
            return lower(input, into: op, results: results, depth: depth)
        case .optional(let inner, let nulls, let input):
            let id = line(plan, depth)
            let tail = OptionalTail(id: id, next: consumer)
            let entry = lower(inner, into: tail, results: results, depth: depth + 1)
            let op = OptionalOperator(id: id, inner: entry, tail: tail, nulls: nulls, next: consumer)
            return lower(input, into: op, results: results, depth: depth)
        case .unwind(let e, let slot, let input):
            let id = line(plan, depth)
            let op = UnwindOperator(id: id, list: c.compile(e), slot: slot, next: consumer)
            return lower(input, into: op, results: results, depth: depth)
        case .project(let assignments, let input):
            let id = line(plan, depth)
            let op = ProjectOperator(
                id: id, slots: assignments.map(\.slot), expressions: assignments.map { c.compile($0.expression) },
                next: consumer)
            return lower(input, into: op, results: results, depth: depth)
        case .aggregate(let a, let input):
            let id = line(plan, depth)
            let op = aggregate(a, id: id, next: consumer)
            return lower(input, into: op, results: results, depth: depth)
        case .distinct(let slots, let input):
            let id = line(plan, depth)
            return lower(
                input, into: DistinctOperator(id: id, slots: slots, next: consumer), results: results, depth: depth)
        case .sort(let keys, let input):
            let id = line(plan, depth)
            let op = SortOperator(id: id, keys: sortKeys(keys), next: consumer)
            return lower(input, into: op, results: results, depth: depth)
        case .top(let keys, let count, let input):
            let id = line(plan, depth)
            var probe: (slot: Int, key: PropertyKeyID)?
            // Only for one key: with more, a row whose first key ties the worst kept one may still
            // enter on the next key, which the bytes of the first cannot tell.
            if keys.count == 1, case .property(.slot(let slot), let key) = keys[0].expression,
                let keyID = graph.propertyKeyID(named: key)
            {
                probe = (slot, keyID)
            }
            let op = TopOperator(id: id, keys: sortKeys(keys), count: c.compile(count), probe: probe, next: consumer)
            return lower(input, into: op, results: results, depth: depth)
        case .skip(let n, let input):
            let id = line(plan, depth)
            return lower(
                input, into: SkipOperator(id: id, count: c.compile(n), next: consumer), results: results, depth: depth)
        case .limit(let n, let input):
            let id = line(plan, depth)
            return lower(
                input, into: LimitOperator(id: id, count: c.compile(n), next: consumer), results: results, depth: depth)
        case .eager(let input):
            let id = line(plan, depth)
            return lower(input, into: EagerOperator(id: id, next: consumer), results: results, depth: depth)
        case .create(let pattern, let introduced, let input):
            let id = line(plan, depth)
            let op = CreateOperator(id: id, pattern: creation(pattern, introduced), next: consumer)
            return lower(input, into: op, results: results, depth: depth)
        case .merge(let m, let match, let input):
            let id = line(plan, depth)
            let sink = CollectSink(id: id)
            let entry = lower(match, into: sink, results: results, depth: depth + 1)
            let introduced = Set(m.introduced)
            var bound: [(slot: Int, name: String)] = []
            var maps: [CompiledExpression] = []
            for part in m.pattern.parts {
                for n in part.nodes {
                    if introduced.contains(n.slot) {
                        if let p = n.properties { maps.append(c.compile(p)) }
                    } else if !bound.contains(where: { $0.slot == n.slot }) {
                        bound.append((n.slot, names.display(n.slot)))
                    }
                }
                for r in part.relationships { if let p = r.properties { maps.append(c.compile(p)) } }
            }
            var node: MergeNodePattern? = nil
            if m.pattern.parts.count == 1, let part = m.pattern.parts.first, part.path == nil,
                part.relationships.isEmpty, part.nodes.count == 1, let n = part.nodes.first,
                introduced.contains(n.slot), let properties = n.properties
            {
                node = MergeNodePattern(slot: n.slot, labels: n.labels, properties: c.compile(properties))
            }
            let op = MergeOperator(
                id: id, match: entry, matches: sink, pattern: creation(m.pattern, m.introduced), boundNodes: bound,
                maps: maps, onCreate: m.onCreate.map(setItem), onMatch: m.onMatch.map(setItem), node: node,
                next: consumer)
            return lower(input, into: op, results: results, depth: depth)
        case .setItems(let items, let input):
            let id = line(plan, depth)
            let op = SetOperator(id: id, items: items.map(setItem), next: consumer)
            return lower(input, into: op, results: results, depth: depth)
        case .remove(let items, let input):
            let id = line(plan, depth)
            let compiled = items.map { item -> CompiledSetItem in
                switch item {
                case .property(let e, let key): return .removeProperty(entity: c.compile(e), key: key)
                case .labels(let slot, let labels): return .removeLabels(slot: slot, labels: labels)
                }
            }
            return lower(
                input, into: SetOperator(id: id, items: compiled, next: consumer), results: results, depth: depth)
        case .delete(let detach, let targets, let input):
            let id = line(plan, depth)
            let op = DeleteOperator(id: id, detach: detach, targets: targets.map(c.compile), next: consumer)
            return lower(input, into: op, results: results, depth: depth)
        case .procedureCall(let call, let input):
            let id = line(plan, depth)
            let op = ProcedureCallOperator(
                id: id, procedure: call.procedure, arguments: call.arguments.map(c.compile), yields: call.yields,
                predicate: c.predicate(call.predicate), standalone: call.standalone, next: consumer)
            return lower(input, into: op, results: results, depth: depth)
        case .distinctReach(let r, let input):
            let id = line(plan, depth)
            let op = DistinctReachOperator(
                r, predicate: c.predicate(r.predicate), width: width, id: id, names: names, next: consumer)
            return lower(input, into: op, results: results, depth: depth)
        case .chainCount(let chain, let input):
            let id = line(plan, depth)
            let tail = ForwardTail(id: id, next: consumer)
            let outer = inFallback
            inFallback = true
            let fallback = lower(chain.fallback, into: tail, results: results, depth: depth + 1)
            inFallback = outer
            var seek: (label: String, property: String, value: CompiledExpression)?
            if case .index(let l, let p, let v)? = chain.nodes.first?.source { seek = (l, p, c.compile(v)) }
            let op = ChainCountOperator(
                id: id,
                positions: chain.nodes.map {
                    ChainCountOperator.Position(slot: $0.slot, labels: $0.labels, predicate: c.predicate($0.predicate))
                },
                steps: chain.steps, seek: seek, keySlots: chain.keys.map(\.slot),
                keys: chain.keys.map { c.compile($0.expression) }, counts: chain.counts,
                typesDisjoint: chain.typesDisjoint, width: width, fallback: fallback, next: consumer)
            return lower(input, into: op, results: results, depth: depth)
        }
    }

    func sortKeys(_ keys: [BoundSortItem]) -> SortKeys {
        SortKeys(keys: keys.map { compiler.compile($0.expression) }, ascending: keys.map(\.ascending))
    }

    func aggregate(_ a: Aggregation, id: Int, next: PhysicalOperator) -> AggregateOperator {
        let c = compiler
        let columns = a.aggregates.map { agg -> AggregateColumn in
            if agg.name == "count" && !agg.distinct {
                if agg.star { return .countRows }
                if let x = agg.arguments.first { return .countValues(c.compile(x)) }
            }
            return .accumulated(
                name: agg.name, distinct: agg.distinct, argument: agg.arguments.first.map(c.compile),
                parameter: agg.arguments.count > 1 ? c.compile(agg.arguments[1]) : nil)
        }
        var cache: Set<Int> = []
        var cacheable = !a.keys.isEmpty
        for k in a.keys {
            k.expression.forEach { x in
                switch x {
                case .subquery, .call(.graph, _): cacheable = false
                case .call(.scalar(let f), _) where !f.function.isDeterministic: cacheable = false
                default: break
                }
                return cacheable
            }
            cache.formUnion(k.expression.slotsRead)
        }
        return AggregateOperator(
            id: id, keySlots: a.keys.map(\.slot), keys: a.keys.map { c.compile($0.expression) },
            aggregateSlots: a.aggregates.map(\.slot), columns: columns, cacheSlots: cacheable ? cache.sorted() : [],
            width: width, next: next)
    }

    func creation(_ pattern: BoundPattern, _ introduced: [Int]) -> CreationPattern {
        let c = compiler
        let parts = pattern.parts.map { part in
            CreationPattern.Part(
                path: part.path,
                nodes: part.nodes.map {
                    .init(slot: $0.slot, labels: $0.labels, properties: $0.properties.map(c.compile))
                },
                relationships: part.relationships.map {
                    .init(
                        slot: $0.slot, type: $0.types.first ?? "", direction: $0.direction,
                        properties: $0.properties.map(c.compile))
                })
        }
        return CreationPattern(parts: parts, introduced: Set(introduced))
    }

    func setItem(_ item: BoundSetItem) -> CompiledSetItem {
        let c = compiler
        switch item {
        case .property(let e, let key, let v): return .property(entity: c.compile(e), key: key, value: c.compile(v))
        case .replaceProperties(let slot, let v): return .replaceProperties(slot: slot, value: c.compile(v))
        case .mergeProperties(let slot, let v): return .mergeProperties(slot: slot, value: c.compile(v))
        case .labels(let slot, let labels): return .addLabels(slot: slot, labels: labels)
        }
    }
}

/// The end of an inner plan whose rows go on to the enclosing operator's consumer (a
/// chain count's fallback): rows pass, the inner plan's end is not the consumer's.
final class ForwardTail: PipeOperator {
    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        try emit(&row, &st)
    }

    override func finish(_ st: inout ExecutionState) throws(QueryError) {}
}
