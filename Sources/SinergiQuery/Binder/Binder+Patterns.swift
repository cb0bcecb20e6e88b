// Binding patterns: the variable rules of MATCH, CREATE, MERGE and patterns inside
// expressions (which names may be reused, which must be new, what kind each
// holds), the structural rules of created relationships (one type, a direction, a
// fixed length), and the slot of every node, relationship and path — a name
// already in scope keeps its slot, anything else (anonymous elements too) gets a
// new one.

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
        let bound = try bindPattern(m.pattern, use: .match)
        var predicate: BoundExpression?
        if let p = m.predicate {
            let t = try bind(p, .forbidden("WHERE"))
            if !t.type.canBeBoolean { throw EngineMessages.invalidArgumentType("WHERE", t.type, p.span) }
            predicate = t.expression
        }
        return BoundMatch(
            optional: m.optional, pattern: bound.pattern, predicate: predicate, introduced: bound.introduced)
    }

    mutating func bindMerge(_ m: MergeClause) throws(QueryError) -> BoundMerge {
        let bound = try bindPattern(Pattern(parts: [m.part], span: m.part.span), use: .merge)
        var onCreate: [BoundSetItem] = []
        var onMatch: [BoundSetItem] = []
        for action in m.actions {
            for item in action.items {
                let b = try bindSetItem(item)
                if action.trigger == .onCreate { onCreate.append(b) } else { onMatch.append(b) }
            }
        }
        return BoundMerge(pattern: bound.pattern, introduced: bound.introduced, onCreate: onCreate, onMatch: onMatch)
    }

    /// Checks a pattern, declares its variables and gives every element a slot; returns the
    /// bound pattern and the slots it introduces (named and anonymous), in order.
    mutating func bindPattern(_ pattern: Pattern, use: PatternUse) throws(QueryError)
        -> (pattern: BoundPattern, introduced: [Int])
    {
        var nodesHere: [String: Int] = [:]  // name → slot, first occurrence in this pattern
        var relsHere = Set<String>()
        var pathsHere = Set<String>()
        var introduced: [Int] = []
        var kinds: [(String, VariableKind, Int)] = []
        let writing = use == .create || use == .merge
        var parts: [BoundPatternPart] = []

        for part in pattern.parts {
            if let p = part.variable {
                if scope[p] != nil || pathsHere.contains(p) || nodesHere[p] != nil || relsHere.contains(p) {
                    if use != .local && use != .predicate { throw EngineMessages.alreadyBound(p, part.span) }
                }
                pathsHere.insert(p)
            }
            let nodes = part.element.nodes
            var boundNodes: [BoundNodePattern] = []
            for node in nodes {
                var properties: BoundExpression?
                if let props = node.properties { properties = try bindPatternProperties(props, use: use) }
                guard let name = node.variable else {
                    let slot = hidden("n")
                    introduced.append(slot)
                    boundNodes.append(
                        BoundNodePattern(slot: slot, labels: node.labels, properties: properties, anonymous: true))
                    continue
                }
                if name == part.variable { throw EngineMessages.alreadyBound(name, node.span) }
                if pathsHere.contains(name) { throw EngineMessages.typeConflict(name, "path", "node", node.span) }
                if relsHere.contains(name) {
                    throw EngineMessages.typeConflict(name, "relationship", "node", node.span)
                }
                let decorated = !node.labels.isEmpty || node.properties != nil
                let slot: Int
                if let v = lookup(name) {
                    switch v.kind {
                    case .node, .value: break
                    default: throw EngineMessages.typeConflict(name, kindName(v.kind), "node", node.span)
                    }
                    if writing && (decorated || (nodes.count == 1 && part.variable == nil)) {
                        throw EngineMessages.alreadyBound(name, node.span)
                    }
                    if writing && nodes.count == 1 { throw EngineMessages.alreadyBound(name, node.span) }
                    slot = v.slot
                } else if let here = nodesHere[name] {
                    if writing && (decorated || nodes.count == 1) { throw EngineMessages.alreadyBound(name, node.span) }
                    slot = here
                } else {
                    if use == .predicate { throw EngineMessages.undefinedVariable(name, node.span) }
                    slot = slots.add(name)
                    nodesHere[name] = slot
                    introduced.append(slot)
                    kinds.append((name, .node, slot))
                    if writing {
                        scope[name] = Variable(slot: slot, kind: .node)
                        order.append(name)
                    }
                }
                boundNodes.append(
                    BoundNodePattern(slot: slot, labels: node.labels, properties: properties, anonymous: false))
            }
            var boundRels: [BoundRelationshipPattern] = []
            for rel in part.element.relationships {
                var properties: BoundExpression?
                if let props = rel.properties { properties = try bindPatternProperties(props, use: use) }
                if writing, let name = rel.variable, scope[name] != nil || relsHere.contains(name) {
                    throw EngineMessages.alreadyBound(name, rel.span)
                }
                if writing {
                    if rel.types.count != 1 {
                        throw EngineMessages.oneTypeNeeded(use == .create ? "CREATE" : "MERGE", rel.span)
                    }
                    if rel.length != nil { throw EngineMessages.createVarLength(rel.span) }
                    if use == .create && rel.direction == .undirected { throw EngineMessages.createDirection(rel.span) }
                }
                var length: (min: Int, max: Int?)?
                if let len = rel.length {
                    length = (max(0, Int(clamping: len.minimum ?? 1)), len.maximum.map { Int(clamping: $0) })
                }
                guard let name = rel.variable else {
                    let slot = hidden("r")
                    introduced.append(slot)
                    boundRels.append(
                        BoundRelationshipPattern(
                            slot: slot, types: rel.types, direction: rel.direction, length: length,
                            properties: properties, anonymous: true))
                    continue
                }
                if name == part.variable { throw EngineMessages.alreadyBound(name, rel.span) }
                if pathsHere.contains(name) {
                    throw EngineMessages.typeConflict(name, "path", "relationship", rel.span)
                }
                if nodesHere[name] != nil {
                    throw EngineMessages.typeConflict(name, "node", "relationship", rel.span)
                }
                if relsHere.contains(name) {
                    if writing { throw EngineMessages.alreadyBound(name, rel.span) }
                    throw EngineMessages.relationshipTwice(name, rel.span)
                }
                let slot: Int
                if let v = lookup(name) {
                    if writing { throw EngineMessages.alreadyBound(name, rel.span) }
                    switch (v.kind, rel.length) {
                    case (.relationship, nil), (.value, _), (.relationshipList, .some), (.nonEntity, .some): break
                    default:
                        throw EngineMessages.typeConflict(name, kindName(v.kind), "relationship", rel.span)
                    }
                    slot = v.slot
                } else {
                    if use == .predicate { throw EngineMessages.undefinedVariable(name, rel.span) }
                    slot = slots.add(name)
                    introduced.append(slot)
                    kinds.append((name, rel.length == nil ? .relationship : .relationshipList, slot))
                }
                relsHere.insert(name)
                boundRels.append(
                    BoundRelationshipPattern(
                        slot: slot, types: rel.types, direction: rel.direction, length: length, properties: properties,
                        anonymous: false))
            }
            var pathSlot: Int?
            if let p = part.variable {
                if let v = scope[p], use == .local || use == .predicate {
                    pathSlot = v.slot
                } else {
                    let slot = slots.add(p)
                    pathSlot = slot
                    if scope[p] == nil {
                        introduced.append(slot)
                        kinds.append((p, .path, slot))
                    }
                }
            }
            parts.append(BoundPatternPart(path: pathSlot, nodes: boundNodes, relationships: boundRels))
        }
        for (name, kind, slot) in kinds {
            if scope[name] == nil { order.append(name) }
            scope[name] = Variable(slot: slot, kind: kind)
        }
        return (BoundPattern(parts: parts), introduced)
    }

    mutating func bindPatternProperties(_ e: Expression, use: PatternUse) throws(QueryError) -> BoundExpression {
        if case .parameter(let name) = e.kind {
            if use != .create { throw EngineMessages.parameterMap(e.span) }
            try useParameter(name, e.span)
            return .parameter(name)
        }
        let t = try bind(e, .forbidden("a pattern"))
        if t.type != .map && t.type != .any && t.type != .null {
            throw EngineMessages.invalidArgumentType("a property map", t.type, e.span)
        }
        return t.expression
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
