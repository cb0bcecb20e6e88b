// The binder's expression form: every variable resolved to a slot of the row
// (comprehension variables, reduce accumulators and the hidden variables of
// patterns included), every function resolved to its table entry, aggregates
// replaced by the slots their results are bound to, and subqueries (pattern
// predicates, pattern comprehensions, EXISTS) bound once into `BoundSubquery`.
// The planner and the lowering read this form; nothing after the binder looks a
// name up again.

import SinergiGraph

/// An expression over slot rows.
indirect enum BoundExpression: Equatable {
    /// A literal (or a folded constant).
    case constant(Value)
    /// `$name`: resolved to its value when the plan is lowered.
    case parameter(String)
    /// The value in a slot of the row.
    case slot(Int)
    /// `base.key`.
    case property(BoundExpression, String)
    /// `base[index]`.
    case element(BoundExpression, BoundExpression)
    /// `base[from..to]`.
    case slice(BoundExpression, BoundExpression?, BoundExpression?)
    /// `base:A:B`.
    case hasLabels(BoundExpression, [String])
    /// `NOT x`, `-x`, `+x`.
    case unary(UnaryOperator, BoundExpression)
    /// Every binary operator (`AND` short-circuits on false).
    case binary(BinaryOperator, BoundExpression, BoundExpression)
    /// `x IS NULL` (`negated`: `IS NOT NULL`).
    case isNull(BoundExpression, negated: Bool)
    /// A function call.
    case call(BoundFunction, [BoundExpression])
    /// `CASE [subject] WHEN … THEN … [ELSE …] END`.
    case caseOf(BoundCase)
    /// `[a, b, …]`.
    case list([BoundExpression])
    /// `{k: v, …}` (keys in source order; a later duplicate wins).
    case map([BoundMapEntry])
    /// `[x IN source WHERE predicate | projection]`: `variable` is x's slot.
    case comprehension(BoundComprehension)
    /// `all/any/none/single(x IN source WHERE predicate)`.
    case quantifier(BoundQuantifier)
    /// `reduce(acc = initial, x IN source | expression)`.
    case reduce(BoundReduce)
    /// `n {.name, .*, key: expr, var}`.
    case mapProjection(BoundMapProjection)
    /// A pattern predicate, a pattern comprehension or an EXISTS subquery.
    case subquery(BoundSubquery)
    /// The path a named pattern part binds, built from its node and relationship slots
    /// (made by the planner for `p = (…)`; a list slot for a variable-length step).
    case path([PathStep])
}

/// One element of a path under construction.
enum PathStep: Equatable {
    /// A node slot.
    case node(Int)
    /// A relationship slot.
    case relationship(Int)
    /// A slot holding the list of relationships of a variable-length step, in pattern order.
    case relationships(Int)
}

/// A resolved function.
enum BoundFunction: Equatable {
    /// A scalar function of the function table.
    case scalar(FunctionReference)
    /// A function the engine answers itself because it needs the statement (deleted
    /// entities, the graph before the statement).
    case graph(GraphFunction)
    /// `exists(n.prop)`: true when the argument is not null.
    case exists
}

/// A scalar function table entry, compared by name.
struct FunctionReference: Equatable {
    let function: ScalarFunction
    static func == (a: FunctionReference, b: FunctionReference) -> Bool { a.function.name == b.function.name }
}

/// The graph functions the engine answers (see `Evaluator+GraphFunctions`).
enum GraphFunction: String, Equatable {
    case id, elementId, labels, type, keys, properties, startNode, endNode, nodes, relationships, length
    /// True for a node, null for null, an error for anything else (a pattern node bound
    /// by an earlier clause); made by the planner, not callable by name.
    case requireNode
    /// `(entity, map)`: true when every entry of the map equals the entity's property (a
    /// property map that is not a literal); made by the planner, not callable by name.
    case propertyMapMatches

    /// The graph function called `name` (lowercased), if any.
    init?(lowercased name: String) {
        switch name {
        case "id": self = .id
        case "elementid": self = .elementId
        case "labels": self = .labels
        case "type": self = .type
        case "keys": self = .keys
        case "properties": self = .properties
        case "startnode": self = .startNode
        case "endnode": self = .endNode
        case "nodes": self = .nodes
        case "relationships": self = .relationships
        case "length": self = .length
        default: return nil
        }
    }
}

/// A bound CASE.
struct BoundCase: Equatable {
    var subject: BoundExpression?
    var alternatives: [BoundAlternative]
    var otherwise: BoundExpression?
}

/// `WHEN … THEN …`.
struct BoundAlternative: Equatable {
    var when: BoundExpression
    var then: BoundExpression
}

/// `key: value` of a map literal.
struct BoundMapEntry: Equatable {
    var key: String
    var value: BoundExpression
}

/// A list comprehension.
struct BoundComprehension: Equatable {
    var source: BoundExpression
    var variable: Int
    var predicate: BoundExpression?
    var projection: BoundExpression?
}

/// A quantifier.
struct BoundQuantifier: Equatable {
    var quantifier: Quantifier
    var source: BoundExpression
    var variable: Int
    var predicate: BoundExpression?
}

/// A reduce.
struct BoundReduce: Equatable {
    var accumulator: Int
    var initial: BoundExpression
    var variable: Int
    var source: BoundExpression
    var expression: BoundExpression
}

/// A map projection over the value in `subject`.
struct BoundMapProjection: Equatable {
    enum Item: Equatable {
        /// `.key`.
        case property(String)
        /// `.*`.
        case allProperties
        /// `key: expression`.
        case literal(String, BoundExpression)
        /// `variable` (its slot).
        case variable(String, Int)
    }
    var subject: Int
    var items: [Item]
}

/// A subquery inside an expression, bound once: its clauses run with the outer row as
/// their input, over the same slots (the subquery's own variables have slots of their own).
struct BoundSubquery: Equatable {
    /// What the expression makes of the subquery's rows.
    enum Mode: Equatable {
        /// True when there is at least one row (`EXISTS { … }`, a pattern predicate).
        case exists
        /// The list of `projection`'s value per row (a pattern comprehension).
        case collect(BoundExpression)
    }
    /// Unique within the statement (the planner's table of subquery plans is keyed by it).
    var id: Int
    var mode: Mode
    /// The single queries (more than one when joined by UNION).
    var parts: [BoundSingleQuery]
    var unionAll: Bool
    /// Slots of the outer row the subquery reads (the rest of its slots are its own).
    var outer: Set<Int>

    static func == (a: BoundSubquery, b: BoundSubquery) -> Bool { a.id == b.id }
}

extension BoundExpression {
    /// Calls `visit` on this expression and every subexpression (pre-order), not
    /// descending into subqueries; `visit` returns false to skip a subtree.
    /// - Complexity: O(size of the tree).
    func forEach(_ visit: (BoundExpression) -> Bool) {
        guard visit(self) else { return }
        for child in children { child.forEach(visit) }
    }

    /// The direct subexpressions.
    var children: [BoundExpression] {
        switch self {
        case .constant, .parameter, .slot, .subquery, .path: return []
        case .property(let b, _), .hasLabels(let b, _), .unary(_, let b), .isNull(let b, _): return [b]
        case .element(let a, let b), .binary(_, let a, let b): return [a, b]
        case .slice(let b, let from, let to): return [b] + [from, to].compactMap { $0 }
        case .call(_, let args), .list(let args): return args
        case .caseOf(let c):
            return [c.subject].compactMap { $0 } + c.alternatives.flatMap { [$0.when, $0.then] }
                + [c.otherwise].compactMap { $0 }
        case .map(let entries): return entries.map(\.value)
        case .comprehension(let c): return [c.source] + [c.predicate, c.projection].compactMap { $0 }
        case .quantifier(let q): return [q.source] + [q.predicate].compactMap { $0 }
        case .reduce(let r): return [r.initial, r.source, r.expression]
        case .mapProjection(let m):
            return m.items.compactMap { if case .literal(_, let e) = $0 { return e } else { return nil } }
        }
    }

    /// The slots the expression reads, subqueries' outer slots included.
    /// - Complexity: O(size of the tree).
    var slotsRead: Set<Int> {
        var out = Set<Int>()
        forEach { e in
            switch e {
            case .slot(let s): out.insert(s)
            case .subquery(let q): out.formUnion(q.outer)
            case .mapProjection(let m):
                out.insert(m.subject)
                for case .variable(_, let s) in m.items { out.insert(s) }
            case .path(let steps):
                for step in steps {
                    switch step {
                    case .node(let s), .relationship(let s), .relationships(let s): out.insert(s)
                    }
                }
            default: break
            }
            return true
        }
        return out
    }

    /// True when the expression reads no slot, parameter values aside, and calls only
    /// deterministic functions: it has one value for the whole statement.
    var isConstant: Bool {
        var constant = true
        forEach { e in
            switch e {
            case .slot, .subquery, .mapProjection, .path: constant = false
            case .call(.scalar(let f), _) where !f.function.isDeterministic: constant = false
            case .call(.graph, _): constant = false
            default: break
            }
            return constant
        }
        return constant
    }

    /// The conjuncts of an `AND` chain.
    var conjuncts: [BoundExpression] {
        if case .binary(.and, let l, let r) = self { return l.conjuncts + r.conjuncts }
        return [self]
    }

    /// The conjunction of `parts` (nil for none).
    static func and(_ parts: [BoundExpression]) -> BoundExpression? {
        guard let first = parts.first else { return nil }
        return parts.dropFirst().reduce(first) { .binary(.and, $0, $1) }
    }

    /// A copy in which every subexpression for which `replace` returns a value is replaced
    /// (top-down: a replaced subtree is not descended into). Subqueries are left as they are.
    /// - Complexity: O(size of the tree).
    func rewritten(_ replace: (BoundExpression) -> BoundExpression?) -> BoundExpression {
        if let r = replace(self) { return r }
        func f(_ e: BoundExpression) -> BoundExpression { e.rewritten(replace) }
        func fo(_ e: BoundExpression?) -> BoundExpression? { e.map(f) }
        switch self {
        case .constant, .parameter, .slot, .subquery, .path: return self
        case .property(let b, let k): return .property(f(b), k)
        case .element(let a, let b): return .element(f(a), f(b))
        case .slice(let b, let from, let to): return .slice(f(b), fo(from), fo(to))
        case .hasLabels(let b, let l): return .hasLabels(f(b), l)
        case .unary(let op, let b): return .unary(op, f(b))
        case .binary(let op, let a, let b): return .binary(op, f(a), f(b))
        case .isNull(let b, let negated): return .isNull(f(b), negated: negated)
        case .call(let fn, let args): return .call(fn, args.map(f))
        case .caseOf(var c):
            c.subject = fo(c.subject)
            c.alternatives = c.alternatives.map { BoundAlternative(when: f($0.when), then: f($0.then)) }
            c.otherwise = fo(c.otherwise)
            return .caseOf(c)
        case .list(let items): return .list(items.map(f))
        case .map(let entries): return .map(entries.map { BoundMapEntry(key: $0.key, value: f($0.value)) })
        case .comprehension(var c):
            c.source = f(c.source)
            c.predicate = fo(c.predicate)
            c.projection = fo(c.projection)
            return .comprehension(c)
        case .quantifier(var q):
            q.source = f(q.source)
            q.predicate = fo(q.predicate)
            return .quantifier(q)
        case .reduce(var r):
            r.initial = f(r.initial)
            r.source = f(r.source)
            r.expression = f(r.expression)
            return .reduce(r)
        case .mapProjection(var m):
            m.items = m.items.map {
                if case .literal(let k, let e) = $0 { return .literal(k, f(e)) } else { return $0 }
            }
            return .mapProjection(m)
        }
    }
}
