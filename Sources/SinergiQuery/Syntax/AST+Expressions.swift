// The expression part of the syntax tree: one `Expression` struct (a kind plus
// the span where it starts and ends) over an indirect `ExpressionKind` enum with
// one case per openCypher expression form. No graph types appear here: literals
// are the tree's own cases, so the syntax layer depends on nothing.

/// An expression in a query, with its position in the source.
///
/// Match on `kind`:
/// ```swift
/// switch expression.kind {
/// case .binary(.add, let lhs, let rhs): ...
/// case .property(let base, let key): ...
/// default: ...
/// }
/// ```
public struct Expression: Sendable, Equatable {
    /// What the expression is.
    public var kind: ExpressionKind
    /// Where it is in the source.
    public var span: SourceSpan

    /// Creates an expression node.
    ///
    /// - Complexity: O(1).
    public init(_ kind: ExpressionKind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

/// One openCypher expression form.
public indirect enum ExpressionKind: Sendable, Equatable {
    // MARK: Literals

    /// An integer literal (decimal, `0x` hex or `0o` octal; a leading `-` is folded in).
    case integer(Int64)
    /// A floating-point literal such as `1.5`, `.5`, `1e10` (a leading `-` is folded in).
    case double(Double)
    /// A string literal with escapes already decoded.
    case string(String)
    /// `true` or `false`.
    case boolean(Bool)
    /// `null`.
    case null
    /// A list literal `[a, b, c]`.
    case list([Expression])
    /// A map literal `{k: v, ...}`; keys in source order (duplicates kept for the binder).
    case map([MapEntry])

    // MARK: Names

    /// A parameter `$name` or `$0` (the name without the `$`, e.g. `"name"`, `"0"`).
    case parameter(String)
    /// A variable reference (name after backtick unquoting).
    case variable(String)

    // MARK: Postfix

    /// Property access `base.key`.
    case property(Expression, String)
    /// Subscript `base[index]` (list index or dynamic map key).
    case index(Expression, Expression)
    /// Slice `base[from..to]`; either bound may be missing (`[..2]`, `[1..]`).
    case slice(Expression, from: Expression?, to: Expression?)
    /// Label predicate `base:A:B` (true when the node has all the labels).
    case hasLabels(Expression, [String])

    // MARK: Operators

    /// A prefix operator: `NOT e`, `-e`, `+e`.
    case unary(UnaryOperator, Expression)
    /// A binary operator, including comparisons and string/list predicates.
    /// A chained comparison `a < b < c` is parsed as `a < b AND b < c`.
    case binary(BinaryOperator, Expression, Expression)
    /// `e IS NULL`.
    case isNull(Expression)
    /// `e IS NOT NULL`.
    case isNotNull(Expression)

    // MARK: Calls

    /// A function call `f(args)`, `ns.f(args)`, `count(DISTINCT x)`.
    case function(FunctionCall)
    /// `count(*)`.
    case countStar

    // MARK: Compound forms

    /// `CASE [subject] WHEN … THEN … [ELSE …] END`.
    case caseExpression(CaseExpression)
    /// `[x IN list WHERE predicate | projection]`.
    case listComprehension(ListComprehension)
    /// `[p = (a)-->(b) WHERE predicate | projection]`.
    case patternComprehension(PatternComprehension)
    /// A bare relationship pattern used as a boolean, e.g. `WHERE (a)-->(b)`;
    /// also the argument of `exists((a)-->())` (which stays a `.function`).
    case patternPredicate(PatternElement)
    /// `EXISTS { … }`: a full subquery or a pattern with an optional `WHERE`.
    case existsSubquery(ExistsSubquery)
    /// `all/any/none/single(x IN list WHERE predicate)`.
    case quantifier(QuantifierExpression)
    /// `reduce(acc = init, x IN list | expression)`.
    case reduce(ReduceExpression)
    /// Map projection `n {.name, .*, key: expr, var}`.
    case mapProjection(MapProjection)
}

/// A prefix operator.
public enum UnaryOperator: String, Sendable, Equatable, Hashable {
    /// Boolean `NOT`.
    case not = "NOT"
    /// Arithmetic negation `-`.
    case minus = "-"
    /// Arithmetic identity `+`.
    case plus = "+"
}

/// A binary operator.
public enum BinaryOperator: String, Sendable, Equatable, Hashable {
    /// Boolean `OR`.
    case or = "OR"
    /// Boolean `XOR`.
    case xor = "XOR"
    /// Boolean `AND`.
    case and = "AND"
    /// `=`.
    case equal = "="
    /// `<>` (also written `!=`).
    case notEqual = "<>"
    /// `<`.
    case less = "<"
    /// `>`.
    case greater = ">"
    /// `<=`.
    case lessOrEqual = "<="
    /// `>=`.
    case greaterOrEqual = ">="
    /// `STARTS WITH`.
    case startsWith = "STARTS WITH"
    /// `ENDS WITH`.
    case endsWith = "ENDS WITH"
    /// `CONTAINS`.
    case contains = "CONTAINS"
    /// `IN` (list membership).
    case `in` = "IN"
    /// `=~` (regular-expression match).
    case regexMatch = "=~"
    /// `+` (numbers, strings, lists).
    case add = "+"
    /// `-`.
    case subtract = "-"
    /// `*`.
    case multiply = "*"
    /// `/`.
    case divide = "/"
    /// `%`.
    case modulo = "%"
    /// `^` (power; always a float in openCypher).
    case power = "^"

    /// True for `=`, `<>`, `<`, `>`, `<=`, `>=`.
    public var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .greater, .lessOrEqual, .greaterOrEqual: true
        default: false
        }
    }
}

/// One `key: value` entry of a map literal.
public struct MapEntry: Sendable, Equatable {
    /// The key (identifier or keyword, after unquoting).
    public var key: String
    /// The value.
    public var value: Expression
    /// Where the key starts and the value ends.
    public var span: SourceSpan

    /// Creates an entry.
    ///
    /// - Complexity: O(1).
    public init(key: String, value: Expression, span: SourceSpan) {
        self.key = key
        self.value = value
        self.span = span
    }
}

/// A possibly namespaced name: `count`, `date`, `sinergi.reach`, `db.labels`.
public struct QualifiedName: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The namespace parts, e.g. `["sinergi"]`; empty for plain names.
    public var namespace: [String]
    /// The last part, e.g. `"reach"`.
    public var name: String

    /// Creates a name.
    ///
    /// - Complexity: O(1).
    public init(namespace: [String] = [], name: String) {
        self.namespace = namespace
        self.name = name
    }

    /// The dotted name as written, e.g. `"sinergi.reach"`.
    public var fullName: String { (namespace + [name]).joined(separator: ".") }

    /// The dotted name in lowercase, for case-insensitive lookups of functions.
    public var lowercasedName: String { fullName.lowercased() }

    /// Same as `fullName`.
    public var description: String { fullName }
}

/// A function call.
public struct FunctionCall: Sendable, Equatable {
    /// The function name as written (compare with `lowercasedName`).
    public var name: QualifiedName
    /// True for `f(DISTINCT …)` (aggregates).
    public var distinct: Bool
    /// The arguments in order.
    public var arguments: [Expression]

    /// Creates a call.
    ///
    /// - Complexity: O(1).
    public init(name: QualifiedName, distinct: Bool = false, arguments: [Expression]) {
        self.name = name
        self.distinct = distinct
        self.arguments = arguments
    }
}

/// `CASE` in both forms. With a `subject` it is the simple form
/// (`CASE x WHEN 1 THEN …`), whose `when` values are compared to the subject;
/// without it the searched form (`CASE WHEN cond THEN …`).
public struct CaseExpression: Sendable, Equatable {
    /// The value compared in the simple form; nil in the searched form.
    public var subject: Expression?
    /// The `WHEN … THEN …` pairs in order.
    public var alternatives: [CaseAlternative]
    /// The `ELSE` value; nil means null.
    public var elseValue: Expression?

    /// Creates a case expression.
    ///
    /// - Complexity: O(1).
    public init(subject: Expression?, alternatives: [CaseAlternative], elseValue: Expression?) {
        self.subject = subject
        self.alternatives = alternatives
        self.elseValue = elseValue
    }
}

/// One `WHEN condition THEN result` pair.
public struct CaseAlternative: Sendable, Equatable {
    /// The `WHEN` expression (a value in the simple form, a predicate in the searched form).
    public var when: Expression
    /// The `THEN` expression.
    public var then: Expression

    /// Creates an alternative.
    ///
    /// - Complexity: O(1).
    public init(when: Expression, then: Expression) {
        self.when = when
        self.then = then
    }
}

/// `[variable IN source WHERE predicate | projection]`.
public struct ListComprehension: Sendable, Equatable {
    /// The element variable.
    public var variable: String
    /// The list iterated.
    public var source: Expression
    /// The optional `WHERE` filter.
    public var predicate: Expression?
    /// The optional `| expression`; nil means the element itself.
    public var projection: Expression?

    /// Creates a list comprehension.
    ///
    /// - Complexity: O(1).
    public init(variable: String, source: Expression, predicate: Expression?, projection: Expression?) {
        self.variable = variable
        self.source = source
        self.predicate = predicate
        self.projection = projection
    }
}

/// `[p = pattern WHERE predicate | projection]`.
public struct PatternComprehension: Sendable, Equatable {
    /// The optional path variable `p =`.
    public var pathVariable: String?
    /// The relationship pattern matched.
    public var pattern: PatternElement
    /// The optional `WHERE` filter.
    public var predicate: Expression?
    /// The value produced per match.
    public var projection: Expression

    /// Creates a pattern comprehension.
    ///
    /// - Complexity: O(1).
    public init(pathVariable: String?, pattern: PatternElement, predicate: Expression?, projection: Expression) {
        self.pathVariable = pathVariable
        self.pattern = pattern
        self.predicate = predicate
        self.projection = projection
    }
}

/// The body of `EXISTS { … }`.
public enum ExistsSubquery: Sendable, Equatable {
    /// `EXISTS { MATCH … RETURN … }`: a full query (clauses, possibly with UNION).
    case query(Query)
    /// `EXISTS { (a)-->(b) WHERE … }`: a pattern with an optional filter.
    case pattern(Pattern, where: Expression?)
}

/// The four list quantifiers.
public enum Quantifier: String, Sendable, Equatable, Hashable {
    /// `all(…)`: every element satisfies the predicate.
    case all
    /// `any(…)`: at least one element does.
    case any
    /// `none(…)`: no element does.
    case none
    /// `single(…)`: exactly one element does.
    case single
}

/// `all/any/none/single(variable IN source WHERE predicate)`.
public struct QuantifierExpression: Sendable, Equatable {
    /// Which quantifier.
    public var quantifier: Quantifier
    /// The element variable.
    public var variable: String
    /// The list iterated.
    public var source: Expression
    /// The `WHERE` predicate (nil when omitted, which is an error for the binder to report).
    public var predicate: Expression?

    /// Creates a quantifier expression.
    ///
    /// - Complexity: O(1).
    public init(quantifier: Quantifier, variable: String, source: Expression, predicate: Expression?) {
        self.quantifier = quantifier
        self.variable = variable
        self.source = source
        self.predicate = predicate
    }
}

/// `reduce(accumulator = initial, variable IN source | expression)`.
public struct ReduceExpression: Sendable, Equatable {
    /// The accumulator variable.
    public var accumulator: String
    /// Its initial value.
    public var initial: Expression
    /// The element variable.
    public var variable: String
    /// The list iterated.
    public var source: Expression
    /// The step, evaluated with both variables bound; its value becomes the new accumulator.
    public var expression: Expression

    /// Creates a reduce expression.
    ///
    /// - Complexity: O(1).
    public init(
        accumulator: String, initial: Expression, variable: String, source: Expression, expression: Expression
    ) {
        self.accumulator = accumulator
        self.initial = initial
        self.variable = variable
        self.source = source
        self.expression = expression
    }
}

/// `subject {item, item, …}`.
public struct MapProjection: Sendable, Equatable {
    /// The variable projected (openCypher allows only a variable here).
    public var subject: String
    /// Where the subject variable is.
    public var subjectSpan: SourceSpan
    /// The items in order.
    public var items: [MapProjectionItem]

    /// Creates a map projection.
    ///
    /// - Complexity: O(1).
    public init(subject: String, subjectSpan: SourceSpan, items: [MapProjectionItem]) {
        self.subject = subject
        self.subjectSpan = subjectSpan
        self.items = items
    }
}

/// One item of a map projection.
public enum MapProjectionItem: Sendable, Equatable {
    /// `.key`: the subject's property `key` under the same name.
    case property(String)
    /// `.*`: all the subject's properties.
    case allProperties
    /// `key: expression`.
    case literal(String, Expression)
    /// `variable`: the variable's value under its own name.
    case variable(String)
}
