// Helpers for the syntax tests: a compact fully-parenthesised rendering of
// expressions (so precedence can be asserted as text), position markers in
// source strings, and a small seeded random generator.

import SinergiGraph

@testable import SinergiQuery

/// Renders an expression as an S-expression, e.g. `(+ 1 (* 2 3))`.
func syntaxSExpression(_ e: Expression) -> String {
    func list(_ items: [Expression]) -> String { items.map(syntaxSExpression).joined(separator: " ") }
    func opt(_ e: Expression?) -> String { e.map(syntaxSExpression) ?? "_" }
    switch e.kind {
    case .integer(let v): return String(v)
    case .double(let v): return String(v)
    case .string(let s): return "'\(s)'"
    case .boolean(let b): return String(b)
    case .null: return "null"
    case .list(let items): return "[\(list(items))]"
    case .map(let entries):
        return "{" + entries.map { "\($0.key): \(syntaxSExpression($0.value))" }.joined(separator: ", ") + "}"
    case .parameter(let name): return "$\(name)"
    case .variable(let name): return name
    case .property(let base, let key): return "(. \(syntaxSExpression(base)) \(key))"
    case .index(let base, let index): return "(idx \(syntaxSExpression(base)) \(syntaxSExpression(index)))"
    case .slice(let base, let from, let to): return "(slice \(syntaxSExpression(base)) \(opt(from)) \(opt(to)))"
    case .hasLabels(let base, let labels): return "(: \(syntaxSExpression(base)) \(labels.joined(separator: " ")))"
    case .unary(let op, let operand): return "(\(op.rawValue) \(syntaxSExpression(operand)))"
    case .binary(let op, let lhs, let rhs):
        return "(\(op.rawValue) \(syntaxSExpression(lhs)) \(syntaxSExpression(rhs)))"
    case .isNull(let operand): return "(isnull \(syntaxSExpression(operand)))"
    case .isNotNull(let operand): return "(notnull \(syntaxSExpression(operand)))"
    case .function(let call):
        return "(\(call.name.fullName)\(call.distinct ? " distinct" : "") \(list(call.arguments)))"
    case .countStar: return "(count *)"
    case .caseExpression(let c):
        let alts = c.alternatives.map { "(\(syntaxSExpression($0.when)) \(syntaxSExpression($0.then)))" }
        return "(case \(opt(c.subject)) \(alts.joined(separator: " ")) \(opt(c.elseValue)))"
    case .listComprehension(let c):
        return "(listcomp \(c.variable) \(syntaxSExpression(c.source)) \(opt(c.predicate)) \(opt(c.projection)))"
    case .patternComprehension(let c):
        return
            "(patcomp \(c.pathVariable ?? "_") \(c.pattern.chain.count) \(opt(c.predicate)) \(syntaxSExpression(c.projection)))"
    case .patternPredicate(let element): return "(pattern \(element.chain.count))"
    case .existsSubquery(let body):
        switch body {
        case .query(let q): return "(exists-query \(q.first.clauses.count))"
        case .pattern(let p, let w): return "(exists-pattern \(p.parts.count) \(opt(w)))"
        }
    case .quantifier(let q):
        return "(\(q.quantifier.rawValue) \(q.variable) \(syntaxSExpression(q.source)) \(opt(q.predicate)))"
    case .reduce(let r):
        return
            "(reduce \(r.accumulator) \(syntaxSExpression(r.initial)) \(r.variable) \(syntaxSExpression(r.source)) \(syntaxSExpression(r.expression)))"
    case .mapProjection(let m):
        let items = m.items.map { item -> String in
            switch item {
            case .property(let k): return ".\(k)"
            case .allProperties: return ".*"
            case .literal(let k, let v): return "\(k): \(syntaxSExpression(v))"
            case .variable(let v): return v
            }
        }
        return "(proj \(m.subject) \(items.joined(separator: ", ")))"
    }
}

/// Parses an expression and renders it, or renders the error code.
func syntaxRender(_ source: String) -> String {
    do {
        return syntaxSExpression(try Parser.parseExpression(source))
    } catch {
        return "error: \(error.code.rawValue)"
    }
}

/// Strips `⟨n⟩` markers (n a single character) from `marked` and returns the
/// clean source plus the location each marker stood at, keyed by its name.
func syntaxMarkers(_ marked: String) -> (source: String, locations: [String: SourceLocation]) {
    var source = ""
    var locations: [String: SourceLocation] = [:]
    var location = SourceLocation.start
    var scalars = marked.unicodeScalars.makeIterator()
    while let s = scalars.next() {
        if s == "⟨" {
            var name = ""
            while let n = scalars.next(), n != "⟩" { name.unicodeScalars.append(n) }
            locations[name] = location
            continue
        }
        source.unicodeScalars.append(s)
        location.offset += UTF8.width(s)
        if s == "\n" {
            location.line += 1
            location.column = 1
        } else {
            location.column += 1
        }
    }
    return (source, locations)
}

/// The deterministic generator (SplitMix64) of the robustness tests.
typealias SyntaxSeededGenerator = SplitMix64
