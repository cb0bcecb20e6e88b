// A pattern ready to match: every node and relationship named (anonymous ones get
// hidden names), variable lengths resolved to bounds, and the names the pattern
// introduces. Built from the syntax tree by `PatternCompiler`.

import SinergiGraph

/// A node of a compiled pattern.
struct CompiledNode {
    /// The variable (hidden names start with a space).
    var name: String
    /// Labels the node must carry.
    var labels: [String]
    /// The property constraint (`{k: v}` map or a parameter), evaluated against the row.
    var properties: Expression?
    /// An expression giving the node's registry key (from `WHERE elementId(n) = …`), so the
    /// matcher can start with an O(1) key lookup; the WHERE still checks it.
    var key: Expression? = nil
    /// True for an anonymous node (a hidden name nothing after the pattern can read).
    var hidden = false
}

/// A relationship of a compiled pattern.
struct CompiledRelationship {
    /// The variable (a single relationship, or the list for a variable-length one).
    var name: String
    /// Allowed types; empty for any.
    var types: [String]
    /// The arrow direction, left to right.
    var direction: RelationshipDirection
    /// True for `*…`.
    var variableLength: Bool
    /// Fewest hops (1 for a single relationship).
    var minHops: Int
    /// Most hops; nil for unbounded.
    var maxHops: Int?
    /// The property constraint.
    var properties: Expression?
    /// True for an anonymous relationship (a hidden name nothing after the pattern can read).
    var hidden = false
}

/// One path pattern of a compiled pattern.
struct CompiledPart {
    /// The path variable, if named.
    var pathName: String?
    /// `rels.count + 1` nodes.
    var nodes: [CompiledNode]
    /// The relationships between consecutive nodes.
    var rels: [CompiledRelationship]
}

/// A compiled comma-separated pattern.
struct CompiledPattern {
    /// The parts, matched in order.
    var parts: [CompiledPart]
    /// Names the pattern binds that were not bound before, in order (hidden ones included).
    var introduced: [String]
    /// Names bound before the pattern is matched.
    var bound: Set<String> = []
}

/// Turns syntax-tree patterns into `CompiledPattern`s.
enum PatternCompiler {
    /// Compiles `pattern`; `bound` are the variables already bound where it is matched.
    /// - Complexity: O(size of the pattern).
    static func compile(_ pattern: Pattern, bound: Set<String>) -> CompiledPattern {
        var counter = 0
        var introduced: [String] = []
        var seen = bound
        func name(_ v: String?, _ prefix: String) -> String {
            if let v {
                if !seen.contains(v) {
                    seen.insert(v)
                    introduced.append(v)
                }
                return v
            }
            counter += 1
            let n = "  \(prefix)\(counter)_\(pattern.span.offset)"
            introduced.append(n)
            return n
        }
        var parts: [CompiledPart] = []
        for part in pattern.parts {
            var nodes: [CompiledNode] = []
            var rels: [CompiledRelationship] = []
            let s = part.element.start
            nodes.append(
                CompiledNode(
                    name: name(s.variable, "n"), labels: s.labels, properties: s.properties, hidden: s.variable == nil))
            for step in part.element.chain {
                let r = step.relationship
                var lo = 1
                var hi: Int? = 1
                if let len = r.length {
                    lo = Int(clamping: len.minimum ?? 1)
                    hi = len.maximum.map { Int(clamping: $0) }
                }
                rels.append(
                    CompiledRelationship(
                        name: name(r.variable, "r"), types: r.types, direction: r.direction,
                        variableLength: r.length != nil, minHops: max(0, lo), maxHops: hi, properties: r.properties,
                        hidden: r.variable == nil))
                let n = step.node
                nodes.append(
                    CompiledNode(
                        name: name(n.variable, "n"), labels: n.labels, properties: n.properties,
                        hidden: n.variable == nil))
            }
            var pathName: String?
            if let p = part.variable { pathName = name(p, "p") }
            parts.append(CompiledPart(pathName: pathName, nodes: nodes, rels: rels))
        }
        return CompiledPattern(parts: parts, introduced: introduced, bound: bound)
    }
}
