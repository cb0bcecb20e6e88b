// Rendering a plan as the text EXPLAIN and PROFILE print: one operator per line,
// the last operator first, inputs indented below, with its details and (for
// PROFILE) the rows it produced.

import SinergiGraph

extension PlanNode {
    /// The plan as indented text; `rows` gives PROFILE counts by operator id.
    /// - Complexity: O(n) in the number of operators.
    func describe(rows: [Int: Int]?, graph: PropertyGraph) -> String {
        var lines: [String] = []
        func walk(_ n: PlanNode, _ indent: Int) {
            var line = String(repeating: "  ", count: indent) + "+" + n.title
            if case .match(let p, _, _) = n.op {
                line +=
                    " from " + p.parts.map { PlanNode.anchor($0, bound: p.bound, graph: graph) }.joined(separator: ", ")
            }
            if case .chainCount(let c, _, _) = n.op, let first = c.part.nodes.first {
                // The walk starts at the first node: by an index seek, else a label scan.
                let start = CompiledPart(pathName: nil, nodes: [first], rels: [])
                line += " from " + PlanNode.anchor(start, bound: [], graph: graph)
            }
            if let rows { line += "  (rows: \(rows[n.id] ?? 0))" }
            lines.append(line)
            if case .union(let branches, _) = n.op {
                for b in branches { walk(b, indent + 1) }
            }
            if let input = n.input { walk(input, indent) }
        }
        walk(self, 0)
        return lines.joined(separator: "\n")
    }

    /// How the matcher will start a part (mirrors `PatternMatcher.anchorCandidates`).
    static func anchor(_ part: CompiledPart, bound: Set<String>, graph: PropertyGraph) -> String {
        if let b = part.nodes.first(where: { bound.contains($0.name) }) { return "Argument(\(show(b.name)))" }
        if let k = part.nodes.first(where: { $0.key != nil }) { return "NodeByKeySeek(\(show(k.name)))" }
        for n in part.nodes {
            guard case .map(let entries)? = n.properties?.kind else { continue }
            for en in entries {
                for l in n.labels where graph.hasIndex(label: l, property: en.key) {
                    return "NodeIndexSeek(\(show(n.name)):\(l) {\(en.key)})"
                }
            }
        }
        var best: (String, String, Int)?
        for n in part.nodes {
            for l in n.labels {
                let c = graph.nodeCount(withLabel: l)
                if best == nil || c < (best?.2 ?? 0) { best = (n.name, l, c) }
            }
        }
        if let (name, label, _) = best { return "NodeByLabelScan(\(show(name)):\(label))" }
        return "AllNodesScan(\(show(part.nodes.first?.name ?? "")))"
    }

    static func show(_ name: String) -> String { name.hasPrefix(" ") ? "anon" : name }

    static func nodeText(_ n: CompiledNode) -> String {
        var s = "(" + show(n.name)
        for l in n.labels { s += ":" + l }
        if n.properties != nil { s += " {…}" }
        if n.key != nil { s += " by key" }
        return s + ")"
    }

    static func relText(_ r: CompiledRelationship) -> String {
        var s = "[" + show(r.name)
        if !r.types.isEmpty { s += ":" + r.types.joined(separator: "|") }
        if r.variableLength { s += "*\(r.minHops)..\(r.maxHops.map(String.init) ?? "")" }
        s += "]"
        switch r.direction {
        case .outgoing: return "-" + s + "->"
        case .incoming: return "<-" + s + "-"
        case .undirected: return "-" + s + "-"
        }
    }

    /// Operator name and details.
    var title: String {
        switch op {
        case .argument: return "Argument"
        case .match(let p, let predicate, let optional):
            var parts: [String] = []
            for part in p.parts {
                var s = part.pathName.map { PlanNode.show($0) + " = " } ?? ""
                s += PlanNode.nodeText(part.nodes[0])
                for (i, r) in part.rels.enumerated() { s += PlanNode.relText(r) + PlanNode.nodeText(part.nodes[i + 1]) }
                parts.append(s)
            }
            let kind = p.parts.contains { $0.rels.contains { $0.variableLength } } ? "VarLengthExpand" : "Expand"
            let anchor = p.parts.allSatisfy { $0.rels.isEmpty } ? "NodeScan" : kind
            return (optional ? "Optional" : "") + anchor + " " + parts.joined(separator: ", ")
                + (predicate != nil ? " WHERE …" : "")
        case .distinctReach(let r):
            let hops = "\(r.minHops)..\(r.maxHops.map(String.init) ?? "")"
            let text = "DistinctReachBFS \(PlanNode.nodeText(r.start)) -[*\(hops)]- \(PlanNode.nodeText(r.end))"
            return r.countedBy == nil ? text : text + " counting distinct \(r.end.name)"
        case .chainCount(let c, _, _):
            let nodes = c.part.nodes.map { PlanNode.nodeText($0) }.joined(separator: "-")
            return "ChainCount \(nodes)"
        case .filter: return "Filter"
        case .unwind(_, let v): return "Unwind AS \(v)"
        case .project(let items, _): return "Projection " + items.map(\.name).joined(separator: ", ")
        case .aggregate(let p):
            let keys = p.groupingKeys.map { p.items[$0].name }
            return "HashAggregation keys: [\(keys.joined(separator: ", "))] aggregates: "
                + p.aggregates.map { $0.name + ($0.distinct ? "(DISTINCT)" : "") }.joined(separator: ", ")
        case .distinct(let c): return "Distinct " + c.joined(separator: ", ")
        case .sort(let keys): return "Sort (\(keys.count) key\(keys.count == 1 ? "" : "s"))"
        case .skip: return "Skip"
        case .limit: return "Limit"
        case .select(let c): return "ProduceResults " + c.joined(separator: ", ")
        case .create: return "Create"
        case .merge: return "Merge"
        case .set: return "SetProperties"
        case .remove: return "Remove"
        case .delete(let detach, _): return detach ? "DetachDelete" : "Delete"
        case .call(let c): return "ProcedureCall \(c.procedure.name)"
        case .union(_, let all): return all ? "UnionAll" : "Union"
        case .discard: return "EmptyResult"
        }
    }
}
