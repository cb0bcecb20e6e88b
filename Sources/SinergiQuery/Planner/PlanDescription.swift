// The text of plans, as EXPLAIN, EXPLAIN VERBOSE and PROFILE print them: one
// operator per line, the last operator first, its input below it, inner plans
// (OPTIONAL MATCH, MERGE's match, a chain count's fallback) indented under it.
// The titles come from the logical operators; the physical plan the lowering makes
// has one operator per logical one, so PROFILE prints the same lines with the rows
// each operator produced.

import SinergiGraph

/// One line of a plan: its depth, the operator's title and the physical operator's id.
struct PlanLine {
    var depth: Int
    var title: String
    var id: Int?
    /// A line of a plan that runs only when the one above it cannot answer (a chain
    /// count's fallback): shown by EXPLAIN VERBOSE only.
    var fallback = false
}

/// Titles and text of logical plans.
struct PlanDescription {
    let slots: SlotTable

    /// The lines of `plan`, pre-order: an operator, its inner plans, then its input.
    /// - Complexity: O(size of the plan).
    func lines(_ plan: LogicalPlan, depth: Int = 0) -> [PlanLine] {
        var out = [PlanLine(depth: depth, title: title(plan), id: nil)]
        for inner in PlanDescription.innerPlans(plan) { out += lines(inner, depth: depth + 1) }
        if let input = plan.input { out += lines(input, depth: depth) }
        return out
    }

    /// The plans nested in an operator, in the order the lowering visits them.
    static func innerPlans(_ plan: LogicalPlan) -> [LogicalPlan] {
        switch plan {
        case .optional(let inner, _, _): return [inner]
        case .merge(_, let match, _): return [match]
        case .chainCount(let c, _): return [c.fallback]
        default: return []
        }
    }

    /// The text of lines, with PROFILE's row counts when `rows` is given (fallback lines
    /// only when `verbose`).
    static func text(_ lines: [PlanLine], rows: [Int]?, verbose: Bool = false) -> String {
        lines.filter { verbose || !$0.fallback }.map { line in
            var s = String(repeating: "  ", count: line.depth) + "+" + line.title
            if let rows, let id = line.id, id < rows.count { s += "  (rows: \(rows[id]))" }
            return s
        }.joined(separator: "\n")
    }

    func name(_ slot: Int) -> String { slots.display(slot) }

    func node(_ slot: Int, _ labels: [String]) -> String { "(" + name(slot) + labels.map { ":" + $0 }.joined() + ")" }

    func relationship(_ slot: Int, _ types: [String], _ direction: RelationshipDirection, hops: String = "") -> String {
        let inside = "[" + name(slot) + (types.isEmpty ? "" : ":" + types.joined(separator: "|")) + hops + "]"
        switch direction {
        case .outgoing: return "-" + inside + "->"
        case .incoming: return "<-" + inside + "-"
        case .undirected: return "-" + inside + "-"
        }
    }

    /// How a scan finds its nodes, e.g. `NodeByLabelScan(s:Stakeholder)`.
    func source(_ s: NodeScan) -> String {
        switch s.source {
        case .all: return "AllNodesScan(\(name(s.slot)))"
        case .label(let l): return "NodeByLabelScan(\(name(s.slot)):\(l))"
        case .key: return "NodeByKeySeek(\(name(s.slot)))"
        case .index(let l, let p, _): return "NodeIndexSeek(\(name(s.slot)):\(l) {\(p)})"
        case .hashedProperty(let l, let p, _):
            return "NodeHashSeek(\(name(s.slot))\(l.map { ":" + $0 } ?? "") {\(p)})"
        }
    }

    /// The operator's title and details.
    func title(_ plan: LogicalPlan) -> String {
        switch plan {
        case .argument: return "Argument"
        case .scan(let s, _):
            return source(s) + (s.labels.isEmpty ? "" : " :" + s.labels.joined(separator: ":"))
                + (s.predicate == nil ? "" : " WHERE …")
        case .expand(let e, _):
            return (e.into ? "ExpandInto " : "Expand ") + node(e.from, [])
                + relationship(e.relationship, e.types, e.direction) + node(e.to, e.labels)
                + (e.predicate == nil ? "" : " WHERE …")
        case .varExpand(let v, _):
            let hops = "*\(v.minHops)..\(v.maxHops.map(String.init) ?? "")"
            return "VarLengthExpand " + node(v.from, [])
                + relationship(v.relationships, v.types, v.direction, hops: hops)
                + node(v.to, v.labels) + (v.predicate == nil ? "" : " WHERE …")
        case .boundRelationship(let b, _):
            return "BoundRelationshipEnds " + node(b.from, b.fromLabels)
                + relationship(b.relationship, b.types, b.direction)
                + node(b.to, b.toLabels)
        case .filter: return "Filter"
        case .optional(_, let nulls, _): return "Optional (nulls: \(nulls.map(name).joined(separator: ", ")))"
        case .unwind(_, let slot, _): return "Unwind AS \(name(slot))"
        case .project(let a, _): return "Projection " + a.map { name($0.slot) }.joined(separator: ", ")
        case .aggregate(let a, _):
            return "HashAggregation keys: [\(a.keys.map { name($0.slot) }.joined(separator: ", "))] aggregates: "
                + a.aggregates.map { $0.name + ($0.distinct ? "(DISTINCT)" : "") }.joined(separator: ", ")
        case .distinct(let s, _): return "Distinct " + s.map(name).joined(separator: ", ")
        case .sort(let k, _): return "Sort (\(k.count) key\(k.count == 1 ? "" : "s"))"
        case .top(let k, _, _): return "Top (\(k.count) key\(k.count == 1 ? "" : "s"), bounded heap)"
        case .skip: return "Skip"
        case .limit: return "Limit"
        case .eager: return "Eager"
        case .create: return "Create"
        case .merge: return "Merge"
        case .setItems: return "SetProperties"
        case .remove: return "Remove"
        case .delete(let detach, _, _): return detach ? "DetachDelete" : "Delete"
        case .procedureCall(let c, _): return "ProcedureCall \(c.procedure.name)"
        case .produceResults(let c, _): return "ProduceResults " + c.map(\.name).joined(separator: ", ")
        case .discard: return "EmptyResult"
        case .distinctReach(let r, _):
            let hops = "\(r.minHops)..\(r.maxHops.map(String.init) ?? "")"
            let text = "DistinctReachBFS \(node(r.start, [])) -[*\(hops)]- \(node(r.end, r.labels))"
            return r.countInto == nil ? text : text + " counting distinct \(name(r.end))"
        case .chainCount(let c, _):
            let nodes = c.nodes.map { node($0.slot, $0.labels) }.joined(separator: "-")
            let first = c.nodes.first.map {
                source(NodeScan(slot: $0.slot, source: firstSource($0), labels: [], predicate: nil))
            }
            return "ChainCount \(nodes)" + (first.map { " from " + $0 } ?? "")
        }
    }

    /// The source the chain count starts its walk from (mirrors the operator's choice).
    func firstSource(_ n: NodeScan) -> NodeSource {
        if case .index = n.source { return n.source }
        if let l = n.labels.first { return .label(l) }
        return .all
    }
}
