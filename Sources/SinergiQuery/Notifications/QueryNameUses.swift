// Every label, relationship type and property key a statement names, whether it reads or
// writes it, and where the name is: a walk over the syntax tree (the bound query has
// resolved names to slots and dropped their places). Property keys count only on
// variables bound to nodes or relationships, so `m.a` on a map is not a property use.

/// One name a statement uses.
struct QueryNameUse: Equatable {
    var subject: QueryNameSubject
    var name: String
    /// True when the statement may store the name (CREATE, MERGE, SET).
    var writes: Bool
    /// The name's first character.
    var location: SourceLocation
}

/// Collects the names of one statement in source order.
struct QueryNameUses {
    /// The statement's tokens, in source order (for the place of each name).
    let tokens: [Token]
    private(set) var uses: [QueryNameUse] = []
    /// Where CREATE or MERGE writes a new node without a label (`CREATE ({name: …})`).
    private(set) var unlabelledWrites: [SourceLocation] = []
    /// Variables bound to a node or a relationship so far.
    private var entities: Set<String> = []

    /// The names `statement` uses; `source` is its text.
    ///
    /// - Complexity: O(n log t) for n syntax-tree nodes and t tokens.
    static func of(_ statement: Statement, source: String) -> QueryNameUses {
        var walk = QueryNameUses(tokens: Lexer.tokenize(source))
        walk.query(statement.query)
        return walk
    }

    private init(tokens: [Token]) { self.tokens = tokens }

    // MARK: Clauses

    private mutating func query(_ query: Query) {
        for single in query.singleQueries {
            for clause in single.clauses { self.clause(clause) }
        }
    }

    private mutating func clause(_ clause: Clause) {
        switch clause {
        case .match(let m):
            pattern(m.pattern, writes: false)
            if let p = m.predicate { expression(p) }
        case .unwind(let u):
            expression(u.expression)
            entities.remove(u.variable)
        case .with(let w):
            projection(w.projection)
            if let p = w.predicate { expression(p) }
        case .return(let r):
            projection(r.projection)
        case .create(let c):
            pattern(c.pattern, writes: true)
        case .merge(let m):
            part(m.part, writes: true)
            for action in m.actions { setItems(action.items) }
        case .set(let s):
            setItems(s.items)
        case .remove(let r):
            for item in r.items {
                switch item {
                case .property(let entity, let key, let span):
                    if isEntity(entity) { use(.property, key, writes: false, in: span, after: [.dot]) }
                    expression(entity)
                case .labels(_, let labels, let span):
                    for l in labels { use(.label, l, writes: false, in: span, after: [.colon]) }
                }
            }
        case .delete(let d):
            for e in d.expressions { expression(e) }
        case .call(let c):
            for e in c.arguments ?? [] { expression(e) }
            for item in c.yield?.items ?? [] { entities.remove(item.variable) }
            if let p = c.yield?.predicate { expression(p) }
        }
    }

    private mutating func projection(_ body: ProjectionBody) {
        var aliases: [(String, Bool)] = []
        for item in body.items {
            expression(item.expression)
            if let alias = item.alias { aliases.append((alias, isEntity(item.expression))) }
        }
        for sort in body.orderBy { expression(sort.expression) }
        if let e = body.skip { expression(e) }
        if let e = body.limit { expression(e) }
        for (alias, entity) in aliases {
            if entity { entities.insert(alias) } else { entities.remove(alias) }
        }
    }

    private mutating func setItems(_ items: [SetItem]) {
        for item in items {
            switch item {
            case .property(let entity, let key, let value, let span):
                if isEntity(entity) { use(.property, key, writes: true, in: span, after: [.dot]) }
                expression(entity)
                expression(value)
            case .replaceProperties(_, let value, _), .mergeProperties(_, let value, _):
                properties(value, writes: true)
            case .labels(_, let labels, let span):
                for l in labels { use(.label, l, writes: true, in: span, after: [.colon]) }
            }
        }
    }

    // MARK: Patterns

    private mutating func pattern(_ pattern: Pattern, writes: Bool) {
        for p in pattern.parts { part(p, writes: writes) }
    }

    private mutating func part(_ part: PatternPart, writes: Bool) {
        element(part.element, writes: writes)
    }

    private mutating func element(_ element: PatternElement, writes: Bool) {
        for node in element.nodes {
            // A node the write creates (not one bound before) and that names no label.
            if writes, node.labels.isEmpty, node.variable.map({ !entities.contains($0) }) ?? true {
                unlabelledWrites.append(node.span.start)
            }
            if let v = node.variable { entities.insert(v) }
            for l in node.labels { use(.label, l, writes: writes, in: node.span, after: [.colon]) }
            if let p = node.properties { properties(p, writes: writes) }
        }
        for r in element.relationships {
            if let v = r.variable, r.length == nil { entities.insert(v) }
            for t in r.types { use(.relationshipType, t, writes: writes, in: r.span, after: [.colon, .pipe]) }
            if let p = r.properties { properties(p, writes: writes) }
        }
    }

    /// A property map of a pattern or of `SET n = {…}`: its keys are property keys.
    private mutating func properties(_ map: Expression, writes: Bool) {
        guard case .map(let entries) = map.kind else {
            expression(map)
            return
        }
        for entry in entries {
            uses.append(QueryNameUse(subject: .property, name: entry.key, writes: writes, location: entry.span.start))
            expression(entry.value)
        }
    }

    // MARK: Expressions

    private func isEntity(_ e: Expression) -> Bool {
        if case .variable(let v) = e.kind { return entities.contains(v) }
        return false
    }

    private mutating func expression(_ e: Expression) {
        switch e.kind {
        case .integer, .double, .string, .boolean, .null, .parameter, .variable, .countStar:
            break
        case .list(let items):
            for i in items { expression(i) }
        case .map(let entries):
            for entry in entries { expression(entry.value) }
        case .property(let base, let key):
            if isEntity(base) { use(.property, key, writes: false, in: e.span, after: [.dot]) }
            expression(base)
        case .index(let a, let b):
            expression(a)
            expression(b)
        case .slice(let base, let from, let to):
            expression(base)
            if let from { expression(from) }
            if let to { expression(to) }
        case .hasLabels(let base, let labels):
            for l in labels { use(.label, l, writes: false, in: e.span, after: [.colon]) }
            expression(base)
        case .unary(_, let a), .isNull(let a), .isNotNull(let a):
            expression(a)
        case .binary(_, let a, let b):
            expression(a)
            expression(b)
        case .function(let call):
            for a in call.arguments { expression(a) }
        case .caseExpression(let c):
            if let s = c.subject { expression(s) }
            for alternative in c.alternatives {
                expression(alternative.when)
                expression(alternative.then)
            }
            if let e = c.elseValue { expression(e) }
        case .listComprehension(let c):
            expression(c.source)
            let shadowed = entities.remove(c.variable)
            if let p = c.predicate { expression(p) }
            if let p = c.projection { expression(p) }
            if let shadowed { entities.insert(shadowed) }
        case .patternComprehension(let c):
            element(c.pattern, writes: false)
            if let p = c.predicate { expression(p) }
            expression(c.projection)
        case .patternPredicate(let element):
            self.element(element, writes: false)
        case .existsSubquery(.query(let q)):
            query(q)
        case .existsSubquery(.pattern(let p, let predicate)):
            pattern(p, writes: false)
            if let predicate { expression(predicate) }
        case .quantifier(let q):
            expression(q.source)
            let shadowed = entities.remove(q.variable)
            if let p = q.predicate { expression(p) }
            if let shadowed { entities.insert(shadowed) }
        case .reduce(let r):
            expression(r.initial)
            expression(r.source)
            let shadowed = [entities.remove(r.accumulator), entities.remove(r.variable)]
            expression(r.expression)
            for s in shadowed { if let s { entities.insert(s) } }
        case .mapProjection(let m):
            let entity = entities.contains(m.subject)
            for item in m.items {
                switch item {
                case .property(let key):
                    if entity { use(.property, key, writes: false, in: e.span, after: [.dot]) }
                case .literal(_, let value):
                    expression(value)
                case .allProperties, .variable:
                    break
                }
            }
        }
    }

    // MARK: Places

    /// Records `name`, placed at its first token inside `span` that follows one of `after`
    /// (the `:` before a label, the `.` before a key); at the span's start when none does.
    private mutating func use(
        _ subject: QueryNameSubject, _ name: String, writes: Bool, in span: SourceSpan, after: [Symbol]
    ) {
        uses.append(
            QueryNameUse(
                subject: subject, name: name, writes: writes, location: place(of: name, in: span, after: after)))
    }

    /// - Complexity: O(log t + k) for t tokens and k tokens inside `span`.
    private func place(of name: String, in span: SourceSpan, after: [Symbol]) -> SourceLocation {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.start.offset < span.start.offset { low = mid + 1 } else { high = mid }
        }
        var i = max(low, 1)
        while i < tokens.count, tokens[i].span.start.offset < span.end.offset {
            if tokens[i].name == name, after.contains(where: { tokens[i - 1].isSymbol($0) }) {
                return tokens[i].span.start
            }
            i += 1
        }
        return span.start
    }
}
