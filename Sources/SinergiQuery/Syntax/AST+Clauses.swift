// The statement and clause part of the syntax tree. A `Statement` is one query
// with an optional EXPLAIN/PROFILE prefix; a `Query` is one or more
// `SingleQuery`s joined by UNION [ALL]; a `SingleQuery` is the flat list of its
// clauses in source order (WITH splits it into parts; the binder does that).

/// One statement: `[EXPLAIN | PROFILE] query`.
public struct Statement: Sendable, Equatable {
    /// Whether the statement was prefixed by EXPLAIN or PROFILE.
    public var mode: StatementMode
    /// The query.
    public var query: Query
    /// Where the statement is (without the trailing `;`).
    public var span: SourceSpan

    /// Creates a statement.
    ///
    /// - Complexity: O(1).
    public init(mode: StatementMode, query: Query, span: SourceSpan) {
        self.mode = mode
        self.query = query
        self.span = span
    }
}

/// The statement prefix.
public enum StatementMode: Sendable, Equatable, Hashable {
    /// No prefix: run the query.
    case normal
    /// `EXPLAIN`: plan only, do not run.
    case explain
    /// `EXPLAIN VERBOSE`: plan only, and show the rewrite passes and the logical plans too.
    case explainVerbose
    /// `PROFILE`: run and report per-operator counts.
    case profile
}

/// A query: the first single query, then each `UNION [ALL]` part.
public struct Query: Sendable, Equatable {
    /// The first (often only) single query.
    public var first: SingleQuery
    /// The parts after `UNION` / `UNION ALL`, in order.
    public var unions: [UnionPart]
    /// Where the query is.
    public var span: SourceSpan

    /// Creates a query.
    ///
    /// - Complexity: O(1).
    public init(first: SingleQuery, unions: [UnionPart], span: SourceSpan) {
        self.first = first
        self.unions = unions
        self.span = span
    }

    /// All single queries in order (`unions.count + 1`).
    ///
    /// - Complexity: O(n) in the number of union parts.
    public var singleQueries: [SingleQuery] { [first] + unions.map(\.query) }
}

/// `UNION [ALL] singleQuery`.
public struct UnionPart: Sendable, Equatable {
    /// True for `UNION ALL` (keep duplicates), false for `UNION` (distinct).
    public var all: Bool
    /// The query after the keyword.
    public var query: SingleQuery
    /// Where the `UNION` keyword is.
    public var span: SourceSpan

    /// Creates a union part.
    ///
    /// - Complexity: O(1).
    public init(all: Bool, query: SingleQuery, span: SourceSpan) {
        self.all = all
        self.query = query
        self.span = span
    }
}

/// A query without UNION: its clauses in source order. A multi-part query is
/// the same list with `WITH` clauses inside it.
public struct SingleQuery: Sendable, Equatable {
    /// The clauses in order.
    public var clauses: [Clause]
    /// Where the query is.
    public var span: SourceSpan

    /// Creates a single query.
    ///
    /// - Complexity: O(1).
    public init(clauses: [Clause], span: SourceSpan) {
        self.clauses = clauses
        self.span = span
    }
}

/// One clause.
public enum Clause: Sendable, Equatable {
    /// `[OPTIONAL] MATCH pattern [WHERE …]`.
    case match(MatchClause)
    /// `UNWIND expression AS variable`.
    case unwind(UnwindClause)
    /// `WITH [DISTINCT] items [ORDER BY …] [SKIP …] [LIMIT …] [WHERE …]`.
    case with(WithClause)
    /// `RETURN [DISTINCT] items [ORDER BY …] [SKIP …] [LIMIT …]`.
    case `return`(ReturnClause)
    /// `CREATE pattern`.
    case create(CreateClause)
    /// `MERGE part [ON CREATE SET …] [ON MATCH SET …]`.
    case merge(MergeClause)
    /// `SET item, …`.
    case set(SetClause)
    /// `REMOVE item, …`.
    case remove(RemoveClause)
    /// `[DETACH] DELETE expression, …`.
    case delete(DeleteClause)
    /// `CALL ns.proc(args) [YIELD …]`.
    case call(CallClause)

    /// Where the clause is.
    public var span: SourceSpan {
        switch self {
        case .match(let c): c.span
        case .unwind(let c): c.span
        case .with(let c): c.span
        case .return(let c): c.span
        case .create(let c): c.span
        case .merge(let c): c.span
        case .set(let c): c.span
        case .remove(let c): c.span
        case .delete(let c): c.span
        case .call(let c): c.span
        }
    }

    /// The clause keyword(s) in upper case, e.g. `"OPTIONAL MATCH"`, for messages.
    public var name: String {
        switch self {
        case .match(let c): c.optional ? "OPTIONAL MATCH" : "MATCH"
        case .unwind: "UNWIND"
        case .with: "WITH"
        case .return: "RETURN"
        case .create: "CREATE"
        case .merge: "MERGE"
        case .set: "SET"
        case .remove: "REMOVE"
        case .delete(let c): c.detach ? "DETACH DELETE" : "DELETE"
        case .call: "CALL"
        }
    }
}

/// `[OPTIONAL] MATCH pattern [WHERE predicate]`.
public struct MatchClause: Sendable, Equatable {
    /// True for `OPTIONAL MATCH`.
    public var optional: Bool
    /// The pattern.
    public var pattern: Pattern
    /// The `WHERE` predicate.
    public var predicate: Expression?
    /// Where the clause is.
    public var span: SourceSpan

    /// Creates a match clause.
    ///
    /// - Complexity: O(1).
    public init(optional: Bool, pattern: Pattern, predicate: Expression?, span: SourceSpan) {
        self.optional = optional
        self.pattern = pattern
        self.predicate = predicate
        self.span = span
    }
}

/// `UNWIND expression AS variable`.
public struct UnwindClause: Sendable, Equatable {
    /// The list unwound.
    public var expression: Expression
    /// The variable bound to each element.
    public var variable: String
    /// Where the clause is.
    public var span: SourceSpan

    /// Creates an unwind clause.
    ///
    /// - Complexity: O(1).
    public init(expression: Expression, variable: String, span: SourceSpan) {
        self.expression = expression
        self.variable = variable
        self.span = span
    }
}

/// `WITH projection [WHERE predicate]`.
public struct WithClause: Sendable, Equatable {
    /// Items, DISTINCT, ORDER BY, SKIP, LIMIT.
    public var projection: ProjectionBody
    /// The `WHERE` after the projection (sees the projected names).
    public var predicate: Expression?
    /// Where the clause is.
    public var span: SourceSpan

    /// Creates a with clause.
    ///
    /// - Complexity: O(1).
    public init(projection: ProjectionBody, predicate: Expression?, span: SourceSpan) {
        self.projection = projection
        self.predicate = predicate
        self.span = span
    }
}

/// `RETURN projection`.
public struct ReturnClause: Sendable, Equatable {
    /// Items, DISTINCT, ORDER BY, SKIP, LIMIT.
    public var projection: ProjectionBody
    /// Where the clause is.
    public var span: SourceSpan

    /// Creates a return clause.
    ///
    /// - Complexity: O(1).
    public init(projection: ProjectionBody, span: SourceSpan) {
        self.projection = projection
        self.span = span
    }
}

/// What WITH and RETURN share: `[DISTINCT] [*,] items [ORDER BY …] [SKIP n] [LIMIT n]`.
public struct ProjectionBody: Sendable, Equatable {
    /// True for `DISTINCT`.
    public var distinct: Bool
    /// True when the item list starts with `*` (all variables in scope).
    public var includeAll: Bool
    /// The explicit items after `*` (may be empty when `includeAll`).
    public var items: [ProjectionItem]
    /// `ORDER BY` keys; empty when absent.
    public var orderBy: [SortItem]
    /// `SKIP` expression.
    public var skip: Expression?
    /// `LIMIT` expression.
    public var limit: Expression?

    /// Creates a projection body.
    ///
    /// - Complexity: O(1).
    public init(
        distinct: Bool, includeAll: Bool, items: [ProjectionItem], orderBy: [SortItem], skip: Expression?,
        limit: Expression?
    ) {
        self.distinct = distinct
        self.includeAll = includeAll
        self.items = items
        self.orderBy = orderBy
        self.skip = skip
        self.limit = limit
    }
}

/// `expression [AS alias]` in WITH or RETURN.
public struct ProjectionItem: Sendable, Equatable {
    /// The value projected.
    public var expression: Expression
    /// The `AS` name, if given.
    public var alias: String?
    /// The expression exactly as written in the source (the column name when
    /// there is no alias, as openCypher requires: `RETURN n.name` → `n.name`).
    public var text: String
    /// Where the item is (including `AS alias`).
    public var span: SourceSpan

    /// Creates an item.
    ///
    /// - Complexity: O(1).
    public init(expression: Expression, alias: String?, text: String, span: SourceSpan) {
        self.expression = expression
        self.alias = alias
        self.text = text
        self.span = span
    }

    /// The column name: the alias, or the source text.
    public var columnName: String { alias ?? text }
}

/// One `ORDER BY` key.
public struct SortItem: Sendable, Equatable {
    /// The key.
    public var expression: Expression
    /// False for `DESC` / `DESCENDING`.
    public var ascending: Bool
    /// Where the key is.
    public var span: SourceSpan

    /// Creates a sort key.
    ///
    /// - Complexity: O(1).
    public init(expression: Expression, ascending: Bool, span: SourceSpan) {
        self.expression = expression
        self.ascending = ascending
        self.span = span
    }
}

/// `CREATE pattern`.
public struct CreateClause: Sendable, Equatable {
    /// The pattern created.
    public var pattern: Pattern
    /// Where the clause is.
    public var span: SourceSpan

    /// Creates a create clause.
    ///
    /// - Complexity: O(1).
    public init(pattern: Pattern, span: SourceSpan) {
        self.pattern = pattern
        self.span = span
    }
}

/// `MERGE part [ON CREATE SET …] [ON MATCH SET …]` (actions in source order).
public struct MergeClause: Sendable, Equatable {
    /// The single pattern part merged.
    public var part: PatternPart
    /// The ON CREATE / ON MATCH actions in order.
    public var actions: [MergeAction]
    /// Where the clause is.
    public var span: SourceSpan

    /// Creates a merge clause.
    ///
    /// - Complexity: O(1).
    public init(part: PatternPart, actions: [MergeAction], span: SourceSpan) {
        self.part = part
        self.actions = actions
        self.span = span
    }
}

/// `ON CREATE SET …` or `ON MATCH SET …`.
public struct MergeAction: Sendable, Equatable {
    /// When the action runs.
    public enum Trigger: Sendable, Equatable, Hashable {
        /// `ON CREATE`: after the pattern was created.
        case onCreate
        /// `ON MATCH`: after the pattern was found.
        case onMatch
    }

    /// When the action runs.
    public var trigger: Trigger
    /// The SET items.
    public var items: [SetItem]
    /// Where the action is.
    public var span: SourceSpan

    /// Creates an action.
    ///
    /// - Complexity: O(1).
    public init(trigger: Trigger, items: [SetItem], span: SourceSpan) {
        self.trigger = trigger
        self.items = items
        self.span = span
    }
}

/// `SET item, …`.
public struct SetClause: Sendable, Equatable {
    /// The items in order.
    public var items: [SetItem]
    /// Where the clause is.
    public var span: SourceSpan

    /// Creates a set clause.
    ///
    /// - Complexity: O(1).
    public init(items: [SetItem], span: SourceSpan) {
        self.items = items
        self.span = span
    }
}

/// One SET item.
public enum SetItem: Sendable, Equatable {
    /// `entity.key = value`; `entity` is any expression, usually a variable
    /// (`n.p = 1`), or parenthesised (`(n).p = 1`).
    case property(entity: Expression, key: String, value: Expression, span: SourceSpan)
    /// `variable = map`: replace all properties.
    case replaceProperties(variable: String, value: Expression, span: SourceSpan)
    /// `variable += map`: add/overwrite properties.
    case mergeProperties(variable: String, value: Expression, span: SourceSpan)
    /// `variable:A:B`: add labels.
    case labels(variable: String, labels: [String], span: SourceSpan)

    /// Where the item is.
    public var span: SourceSpan {
        switch self {
        case .property(_, _, _, let s), .replaceProperties(_, _, let s), .mergeProperties(_, _, let s),
            .labels(_, _, let s):
            s
        }
    }
}

/// `REMOVE item, …`.
public struct RemoveClause: Sendable, Equatable {
    /// The items in order.
    public var items: [RemoveItem]
    /// Where the clause is.
    public var span: SourceSpan

    /// Creates a remove clause.
    ///
    /// - Complexity: O(1).
    public init(items: [RemoveItem], span: SourceSpan) {
        self.items = items
        self.span = span
    }
}

/// One REMOVE item.
public enum RemoveItem: Sendable, Equatable {
    /// `entity.key`: remove a property.
    case property(entity: Expression, key: String, span: SourceSpan)
    /// `variable:A:B`: remove labels.
    case labels(variable: String, labels: [String], span: SourceSpan)

    /// Where the item is.
    public var span: SourceSpan {
        switch self {
        case .property(_, _, let s), .labels(_, _, let s): s
        }
    }
}

/// `[DETACH] DELETE expression, …`.
public struct DeleteClause: Sendable, Equatable {
    /// True for `DETACH DELETE`.
    public var detach: Bool
    /// The entities deleted.
    public var expressions: [Expression]
    /// Where the clause is.
    public var span: SourceSpan

    /// Creates a delete clause.
    ///
    /// - Complexity: O(1).
    public init(detach: Bool, expressions: [Expression], span: SourceSpan) {
        self.detach = detach
        self.expressions = expressions
        self.span = span
    }
}

/// `CALL ns.proc(args) [YIELD items [WHERE predicate]]` or `CALL ns.proc` (implicit arguments).
public struct CallClause: Sendable, Equatable {
    /// The procedure name, e.g. `sinergi.reach`, `db.labels`.
    public var procedure: QualifiedName
    /// The explicit arguments; nil when written without parentheses (implicit
    /// arguments taken from parameters of the same names, standalone only).
    public var arguments: [Expression]?
    /// The YIELD part; nil when absent.
    public var yield: YieldClause?
    /// Where the clause is.
    public var span: SourceSpan

    /// Creates a call clause.
    ///
    /// - Complexity: O(1).
    public init(procedure: QualifiedName, arguments: [Expression]?, yield: YieldClause?, span: SourceSpan) {
        self.procedure = procedure
        self.arguments = arguments
        self.yield = yield
        self.span = span
    }
}

/// `YIELD *` or `YIELD a, b AS c [WHERE predicate]`.
public struct YieldClause: Sendable, Equatable {
    /// True for `YIELD *`.
    public var all: Bool
    /// The items (empty for `YIELD *`).
    public var items: [YieldItem]
    /// The `WHERE` predicate.
    public var predicate: Expression?
    /// Where `YIELD` is.
    public var span: SourceSpan

    /// Creates a yield clause.
    ///
    /// - Complexity: O(1).
    public init(all: Bool, items: [YieldItem], predicate: Expression?, span: SourceSpan) {
        self.all = all
        self.items = items
        self.predicate = predicate
        self.span = span
    }
}

/// `field [AS alias]` in YIELD.
public struct YieldItem: Sendable, Equatable {
    /// The procedure's output field.
    public var field: String
    /// The variable name it is bound to, if renamed.
    public var alias: String?
    /// Where the item is.
    public var span: SourceSpan

    /// Creates a yield item.
    ///
    /// - Complexity: O(1).
    public init(field: String, alias: String?, span: SourceSpan) {
        self.field = field
        self.alias = alias
        self.span = span
    }

    /// The variable bound: the alias, or the field name.
    public var variable: String { alias ?? field }
}
