// Binding patterns: the variable rules of MATCH, CREATE, MERGE and patterns inside
// expressions (which names may be reused, which must be new, what kind each
// holds), and the structural rules of created relationships (one type, a
// direction, a fixed length).

import SinergiGraph

/// Where a pattern occurs; the rules differ.
enum PatternUse: Equatable {
    case match, create, merge
    /// A pattern predicate `(a)-->(b)`: may not introduce named variables.
    case predicate
    /// A pattern comprehension or EXISTS body: may introduce local variables.
    case local
}

extension Binder {
    mutating func bindMatch(_ m: MatchClause) throws(QueryError) -> BoundMatch {
        let before = Set(scope.keys)
        let introduced = try bindPattern(m.pattern, use: .match)
        if let p = m.predicate {
            let t = try check(p, aggregates: .forbidden("WHERE"))
            if !t.canBeBoolean { throw EngineMessages.invalidArgumentType("WHERE", t, p.span) }
        }
        return BoundMatch(
            optional: m.optional, pattern: m.pattern, predicate: m.predicate, introduced: introduced, bound: before)
    }

    mutating func bindCreate(_ pattern: Pattern) throws(QueryError) -> Pattern {
        _ = try bindPattern(pattern, use: .create)
        return pattern
    }

    mutating func bindMerge(_ m: MergeClause) throws(QueryError) -> BoundMerge {
        let before = Set(scope.keys)
        let introduced = try bindPattern(Pattern(parts: [m.part], span: m.part.span), use: .merge)
        for action in m.actions {
            for item in action.items { try checkSetItem(item) }
        }
        return BoundMerge(part: m.part, actions: m.actions, introduced: introduced, bound: before)
    }

    /// Checks a pattern and declares its variables; returns the newly introduced names in order.
    mutating func bindPattern(_ pattern: Pattern, use: PatternUse) throws(QueryError) -> [String] {
        var nodesHere: [String: Bool] = [:]  // name → declared with labels/properties
        var relsHere = Set<String>()
        var pathsHere = Set<String>()
        var introduced: [String] = []
        var kinds: [(String, VariableKind)] = []
        let writing = use == .create || use == .merge

        for part in pattern.parts {
            if let p = part.variable {
                if scope[p] != nil || pathsHere.contains(p) || nodesHere[p] != nil || relsHere.contains(p) {
                    if use != .local && use != .predicate { throw EngineMessages.alreadyBound(p, part.span) }
                }
                pathsHere.insert(p)
            }
            let nodes = part.element.nodes
            for node in nodes {
                if let props = node.properties { try checkPatternProperties(props, use: use) }
                guard let name = node.variable else { continue }
                if name == part.variable { throw EngineMessages.alreadyBound(name, node.span) }
                if pathsHere.contains(name) { throw EngineMessages.typeConflict(name, "path", "node", node.span) }
                if relsHere.contains(name) {
                    throw EngineMessages.typeConflict(name, "relationship", "node", node.span)
                }
                let decorated = !node.labels.isEmpty || node.properties != nil
                if let kind = scope[name] {
                    switch kind {
                    case .node, .value: break
                    default: throw EngineMessages.typeConflict(name, kindName(kind), "node", node.span)
                    }
                    if writing && (decorated || (nodes.count == 1 && part.variable == nil)) {
                        throw EngineMessages.alreadyBound(name, node.span)
                    }
                    if writing && nodes.count == 1 { throw EngineMessages.alreadyBound(name, node.span) }
                } else if nodesHere[name] != nil {
                    if writing && (decorated || nodes.count == 1) { throw EngineMessages.alreadyBound(name, node.span) }
                } else {
                    if use == .predicate { throw EngineMessages.undefinedVariable(name, node.span) }
                    nodesHere[name] = decorated
                    introduced.append(name)
                    kinds.append((name, .node))
                    if writing { declare(name, .node) }
                }
            }
            for rel in part.element.relationships {
                if let props = rel.properties { try checkPatternProperties(props, use: use) }
                if writing, let name = rel.variable, scope[name] != nil || relsHere.contains(name) {
                    throw EngineMessages.alreadyBound(name, rel.span)
                }
                if writing {
                    if rel.types.count != 1 {
                        throw EngineMessages.compile(
                            .noSingleRelationshipType,
                            "a relationship in \(use == .create ? "CREATE" : "MERGE") needs exactly one type", rel.span)
                    }
                    if rel.length != nil {
                        throw EngineMessages.compile(
                            .creatingVarLength, "a variable-length relationship cannot be created", rel.span)
                    }
                    if use == .create && rel.direction == .undirected {
                        throw EngineMessages.compile(
                            .requiresDirectedRelationship, "a relationship in CREATE needs a direction", rel.span)
                    }
                }
                guard let name = rel.variable else { continue }
                if name == part.variable { throw EngineMessages.alreadyBound(name, rel.span) }
                if pathsHere.contains(name) {
                    throw EngineMessages.typeConflict(name, "path", "relationship", rel.span)
                }
                if nodesHere[name] != nil {
                    throw EngineMessages.typeConflict(name, "node", "relationship", rel.span)
                }
                if relsHere.contains(name) {
                    if writing { throw EngineMessages.alreadyBound(name, rel.span) }
                    throw EngineMessages.compile(
                        .relationshipUniquenessViolation,
                        "relationship variable '\(name)' occurs twice in one pattern", rel.span)
                }
                if let kind = scope[name] {
                    if writing { throw EngineMessages.alreadyBound(name, rel.span) }
                    switch (kind, rel.length) {
                    case (.relationship, nil), (.value, _), (.relationshipList, .some), (.nonEntity, .some): break
                    default:
                        throw EngineMessages.typeConflict(name, kindName(kind), "relationship", rel.span)
                    }
                } else {
                    if use == .predicate { throw EngineMessages.undefinedVariable(name, rel.span) }
                    introduced.append(name)
                    kinds.append((name, rel.length == nil ? .relationship : .relationshipList))
                }
                relsHere.insert(name)
            }
        }
        for p in pattern.parts.compactMap(\.variable) where scope[p] == nil && !introduced.contains(p) {
            introduced.append(p)
            kinds.append((p, .path))
        }
        for (name, kind) in kinds { declare(name, kind) }
        return introduced
    }

    mutating func checkPatternProperties(_ e: Expression, use: PatternUse) throws(QueryError) {
        if case .parameter = e.kind {
            if use != .create {
                throw EngineMessages.compile(
                    .invalidParameterUse, "a parameter cannot be used as a property map in MATCH or MERGE", e.span)
            }
            return
        }
        let t = try check(e, aggregates: .forbidden("a pattern"))
        if t != .map && t != .any && t != .null {
            throw EngineMessages.invalidArgumentType("a property map", t, e.span)
        }
    }

    func kindName(_ kind: VariableKind) -> String {
        switch kind {
        case .node: return "node"
        case .relationship: return "relationship"
        case .relationshipList: return "list of relationships"
        case .path: return "path"
        case .value, .nonEntity: return "value"
        }
    }
}
