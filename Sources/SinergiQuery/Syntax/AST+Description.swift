// Renders syntax trees back to openCypher text: every operator parenthesised,
// names quoted with backticks when needed, strings re-escaped. The text parses
// back to the same tree (up to spans), so it doubles as a span-insensitive
// structural key: two expressions are the same expression when their
// descriptions are equal (used for grouping keys and ORDER BY matching).

extension Expression: CustomStringConvertible {
    /// Canonical openCypher text, e.g. `((n.age + 1) > $min)`.
    ///
    /// - Complexity: O(n) in the size of the tree.
    public var description: String {
        var printer = SyntaxPrinter()
        printer.write(self)
        return printer.text
    }

    /// True when both expressions have the same structure, ignoring positions.
    ///
    /// - Complexity: O(n) in the size of the trees.
    public func isStructurallyEqual(to other: Expression) -> Bool {
        description == other.description
    }
}

extension PatternElement: CustomStringConvertible {
    /// Canonical openCypher text, e.g. `(a:L)-[r:T*1..2]->(b)`.
    public var description: String {
        var printer = SyntaxPrinter()
        printer.write(self)
        return printer.text
    }
}

extension Pattern: CustomStringConvertible {
    /// Canonical openCypher text of all parts.
    public var description: String {
        var printer = SyntaxPrinter()
        printer.write(self)
        return printer.text
    }
}

extension Clause: CustomStringConvertible {
    /// Canonical openCypher text of the clause.
    public var description: String {
        var printer = SyntaxPrinter()
        printer.write(self)
        return printer.text
    }
}

extension Query: CustomStringConvertible {
    /// Canonical openCypher text of the query.
    public var description: String {
        var printer = SyntaxPrinter()
        printer.write(self)
        return printer.text
    }
}

extension Statement: CustomStringConvertible {
    /// Canonical openCypher text of the statement.
    public var description: String {
        var printer = SyntaxPrinter()
        switch mode {
        case .normal: break
        case .explain: printer.text += "EXPLAIN "
        case .explainVerbose: printer.text += "EXPLAIN VERBOSE "
        case .profile: printer.text += "PROFILE "
        }
        printer.write(query)
        return printer.text
    }
}

/// Writes syntax trees as text.
struct SyntaxPrinter {
    var text = ""

    // MARK: Names and literals

    /// `name`, or `` `name` `` when it is not a plain identifier or is a reserved word.
    static func quoted(_ name: String) -> String {
        var plain = !name.isEmpty && !Parser.reservedWords.contains(name.uppercased())
        for (i, scalar) in name.unicodeScalars.enumerated() where plain {
            let ok = scalar == "_" || (i == 0 ? scalar.properties.isXIDStart : scalar.properties.isXIDContinue)
            plain = ok
        }
        if plain { return name }
        var out = "`"
        for character in name {
            out.append(character)
            if character == "`" { out.append("`") }
        }
        return out + "`"
    }

    /// A single-quoted string literal with escapes.
    static func stringLiteral(_ value: String) -> String {
        var out = "'"
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "'"
    }

    mutating func writeList(_ items: [Expression], separator: String = ", ") {
        for (i, item) in items.enumerated() {
            if i > 0 { text += separator }
            write(item)
        }
    }

    // MARK: Expressions

    mutating func write(_ e: Expression) {
        switch e.kind {
        case .integer(let v): text += String(v)
        case .double(let v): text += v.description
        case .string(let s): text += Self.stringLiteral(s)
        case .boolean(let b): text += b ? "true" : "false"
        case .null: text += "null"
        case .list(let items):
            text += "["
            writeList(items)
            text += "]"
        case .map(let entries):
            text += "{"
            for (i, entry) in entries.enumerated() {
                if i > 0 { text += ", " }
                text += Self.quoted(entry.key) + ": "
                write(entry.value)
            }
            text += "}"
        case .parameter(let name):
            text += "$" + (name.allSatisfy(\.isNumber) && !name.isEmpty ? name : Self.quoted(name))
        case .variable(let name): text += Self.quoted(name)
        case .property(let base, let key):
            write(base)
            text += "." + Self.quoted(key)
        case .index(let base, let index):
            write(base)
            text += "["
            write(index)
            text += "]"
        case .slice(let base, let from, let to):
            write(base)
            text += "["
            if let from { write(from) }
            text += ".."
            if let to { write(to) }
            text += "]"
        case .hasLabels(let base, let labels):
            write(base)
            for label in labels { text += ":" + Self.quoted(label) }
        case .unary(let op, let operand):
            text += "(" + op.rawValue + " "
            write(operand)
            text += ")"
        case .binary(let op, let lhs, let rhs):
            text += "("
            write(lhs)
            text += " " + op.rawValue + " "
            write(rhs)
            text += ")"
        case .isNull(let operand):
            text += "("
            write(operand)
            text += " IS NULL)"
        case .isNotNull(let operand):
            text += "("
            write(operand)
            text += " IS NOT NULL)"
        case .function(let call):
            text += (call.name.namespace + [call.name.name]).map(Self.quoted).joined(separator: ".") + "("
            if call.distinct { text += "DISTINCT " }
            writeList(call.arguments)
            text += ")"
        case .countStar: text += "count(*)"
        case .caseExpression(let c):
            text += "CASE"
            if let subject = c.subject {
                text += " "
                write(subject)
            }
            for alternative in c.alternatives {
                text += " WHEN "
                write(alternative.when)
                text += " THEN "
                write(alternative.then)
            }
            if let elseValue = c.elseValue {
                text += " ELSE "
                write(elseValue)
            }
            text += " END"
        case .listComprehension(let c):
            text += "[" + Self.quoted(c.variable) + " IN "
            write(c.source)
            writeWhere(c.predicate)
            if let projection = c.projection {
                text += " | "
                write(projection)
            }
            text += "]"
        case .patternComprehension(let c):
            text += "["
            if let path = c.pathVariable { text += Self.quoted(path) + " = " }
            write(c.pattern)
            writeWhere(c.predicate)
            text += " | "
            write(c.projection)
            text += "]"
        case .patternPredicate(let element):
            write(element)
        case .existsSubquery(let body):
            text += "EXISTS { "
            switch body {
            case .query(let query):
                write(query)
            case .pattern(let pattern, let predicate):
                write(pattern)
                writeWhere(predicate)
            }
            text += " }"
        case .quantifier(let q):
            text += q.quantifier.rawValue + "(" + Self.quoted(q.variable) + " IN "
            write(q.source)
            writeWhere(q.predicate)
            text += ")"
        case .reduce(let r):
            text += "reduce(" + Self.quoted(r.accumulator) + " = "
            write(r.initial)
            text += ", " + Self.quoted(r.variable) + " IN "
            write(r.source)
            text += " | "
            write(r.expression)
            text += ")"
        case .mapProjection(let m):
            text += Self.quoted(m.subject) + " {"
            for (i, item) in m.items.enumerated() {
                if i > 0 { text += ", " }
                switch item {
                case .property(let key): text += "." + Self.quoted(key)
                case .allProperties: text += ".*"
                case .literal(let key, let value):
                    text += Self.quoted(key) + ": "
                    write(value)
                case .variable(let name): text += Self.quoted(name)
                }
            }
            text += "}"
        }
    }

    mutating func writeWhere(_ predicate: Expression?) {
        guard let predicate else { return }
        text += " WHERE "
        write(predicate)
    }

    // MARK: Patterns

    mutating func write(_ pattern: Pattern) {
        for (i, part) in pattern.parts.enumerated() {
            if i > 0 { text += ", " }
            if let variable = part.variable { text += Self.quoted(variable) + " = " }
            write(part.element)
        }
    }

    mutating func write(_ element: PatternElement) {
        write(element.start)
        for step in element.chain {
            write(step.relationship)
            write(step.node)
        }
    }

    mutating func write(_ node: NodePattern) {
        text += "("
        if let variable = node.variable { text += Self.quoted(variable) }
        for label in node.labels { text += ":" + Self.quoted(label) }
        if let properties = node.properties {
            if node.variable != nil || !node.labels.isEmpty { text += " " }
            write(properties)
        }
        text += ")"
    }

    mutating func write(_ r: RelationshipPattern) {
        text += r.direction == .incoming ? "<-" : "-"
        var detail = ""
        if let variable = r.variable { detail += Self.quoted(variable) }
        if !r.types.isEmpty { detail += ":" + r.types.map(Self.quoted).joined(separator: "|") }
        if let length = r.length {
            detail += "*"
            if let minimum = length.minimum, minimum == length.maximum {
                detail += String(minimum)
            } else if length.minimum != nil || length.maximum != nil {
                detail += (length.minimum.map { String($0) } ?? "") + ".." + (length.maximum.map { String($0) } ?? "")
            }
        }
        if !detail.isEmpty || r.properties != nil {
            text += "[" + detail
            if let properties = r.properties {
                if !detail.isEmpty { text += " " }
                write(properties)
            }
            text += "]"
        }
        text += r.direction == .outgoing ? "->" : "-"
    }

    // MARK: Clauses

    mutating func write(_ query: Query) {
        write(query.first)
        for union in query.unions {
            text += union.all ? " UNION ALL " : " UNION "
            write(union.query)
        }
    }

    mutating func write(_ query: SingleQuery) {
        for (i, clause) in query.clauses.enumerated() {
            if i > 0 { text += " " }
            write(clause)
        }
    }

    mutating func write(_ clause: Clause) {
        switch clause {
        case .match(let m):
            text += m.optional ? "OPTIONAL MATCH " : "MATCH "
            write(m.pattern)
            writeWhere(m.predicate)
        case .unwind(let u):
            text += "UNWIND "
            write(u.expression)
            text += " AS " + Self.quoted(u.variable)
        case .with(let w):
            text += "WITH "
            write(w.projection)
            writeWhere(w.predicate)
        case .return(let r):
            text += "RETURN "
            write(r.projection)
        case .create(let c):
            text += "CREATE "
            write(c.pattern)
        case .merge(let m):
            text += "MERGE "
            write(Pattern(parts: [m.part], span: m.span))
            for action in m.actions {
                text += action.trigger == .onCreate ? " ON CREATE SET " : " ON MATCH SET "
                write(action.items)
            }
        case .set(let s):
            text += "SET "
            write(s.items)
        case .remove(let r):
            text += "REMOVE "
            for (i, item) in r.items.enumerated() {
                if i > 0 { text += ", " }
                switch item {
                case .property(let entity, let key, _):
                    write(entity)
                    text += "." + Self.quoted(key)
                case .labels(let variable, let labels, _):
                    text += Self.quoted(variable) + labels.map { ":" + Self.quoted($0) }.joined()
                }
            }
        case .delete(let d):
            text += d.detach ? "DETACH DELETE " : "DELETE "
            writeList(d.expressions)
        case .call(let c):
            text += "CALL " + (c.procedure.namespace + [c.procedure.name]).map(Self.quoted).joined(separator: ".")
            if let arguments = c.arguments {
                text += "("
                writeList(arguments)
                text += ")"
            }
            if let y = c.yield {
                text += " YIELD "
                if y.all {
                    text += "*"
                } else {
                    text += y.items.map { item in
                        Self.quoted(item.field) + (item.alias.map { " AS " + Self.quoted($0) } ?? "")
                    }.joined(separator: ", ")
                }
                writeWhere(y.predicate)
            }
        }
    }

    mutating func write(_ items: [SetItem]) {
        for (i, item) in items.enumerated() {
            if i > 0 { text += ", " }
            switch item {
            case .property(let entity, let key, let value, _):
                write(entity)
                text += "." + Self.quoted(key) + " = "
                write(value)
            case .replaceProperties(let variable, let value, _):
                text += Self.quoted(variable) + " = "
                write(value)
            case .mergeProperties(let variable, let value, _):
                text += Self.quoted(variable) + " += "
                write(value)
            case .labels(let variable, let labels, _):
                text += Self.quoted(variable) + labels.map { ":" + Self.quoted($0) }.joined()
            }
        }
    }

    mutating func write(_ p: ProjectionBody) {
        if p.distinct { text += "DISTINCT " }
        if p.includeAll { text += p.items.isEmpty ? "*" : "*, " }
        for (i, item) in p.items.enumerated() {
            if i > 0 { text += ", " }
            write(item.expression)
            if let alias = item.alias { text += " AS " + Self.quoted(alias) }
        }
        if !p.orderBy.isEmpty {
            text += " ORDER BY "
            for (i, item) in p.orderBy.enumerated() {
                if i > 0 { text += ", " }
                write(item.expression)
                if !item.ascending { text += " DESC" }
            }
        }
        if let skip = p.skip {
            text += " SKIP "
            write(skip)
        }
        if let limit = p.limit {
            text += " LIMIT "
            write(limit)
        }
    }
}
