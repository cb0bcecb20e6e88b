// Validating a graph against the TPBIS schema: what `sinergi check` reports as warnings,
// each finding about one node or relationship, with the nearest known name when a name is
// unknown (docs/schema.md lists every rule).
import SinergiGraph
import SinergiText

/// One schema finding: which entity, and what is wrong.
public struct SchemaFinding: Equatable, Sendable {
    /// The node, when the finding is about one.
    public var node: NodeID?
    /// The relationship, when the finding is about one.
    public var relationship: RelationshipID?
    /// What is wrong, in every language.
    public var message: Message
}

/// Validates a graph against `TPBISSchema`.
public enum SchemaCheck {
    /// Every finding, nodes first then relationships, in id order.
    /// - Complexity: O(N·(l + p) + E·p) for l labels and p properties per entity.
    public static func findings(in graph: PropertyGraph) -> [SchemaFinding] {
        var out: [SchemaFinding] = []
        for n in graph.nodes {
            func add(_ key: MessageKey, _ arguments: [String: MessageArgument], suggesting: [String] = []) {
                out.append(SchemaFinding(node: n, message: Message(key, arguments).suggesting(suggesting)))
            }
            let key = graph.key(of: n)
            let labels = graph.labels(of: n)
            if labels.isEmpty { add(.schemaNoLabel, ["key": .text(key)]) }
            for l in labels where !TPBISSchema.labels.contains(l) {
                add(
                    .schemaUnknownLabel, ["key": .text(key), "label": .text(l)],
                    suggesting: NameSuggestions.nearest(to: l, among: TPBISSchema.labels.sorted(), limit: 1))
            }
            for l in labels {
                if let family = TPBISSchema.family(ofKind: l), !labels.contains(family) {
                    add(.schemaMissingFamily, ["key": .text(key), "label": .text(l), "family": .text(family)])
                }
                for p in TPBISSchema.requiredProperties(ofLabel: l) where graph.property(p, of: n).isNull {
                    add(.schemaMissingProperty, ["owner": .text(l), "key": .text(key), "property": .text(p)])
                }
            }
            for (name, value) in graph.properties(of: n).sorted(by: { $0.key < $1.key }) {
                out += valueFindings(name, value, owners: labels, graph: graph, subject: key).map {
                    SchemaFinding(node: n, message: $0)
                }
            }
        }
        var seen: [String: RelationshipID] = [:]
        for r in graph.relationships {
            func add(_ key: MessageKey, _ arguments: [String: MessageArgument], suggesting: [String] = []) {
                out.append(SchemaFinding(relationship: r, message: Message(key, arguments).suggesting(suggesting)))
            }
            let type = graph.type(of: r)
            let key = graph.key(of: r)
            guard TPBISSchema.relationshipTypes.contains(type) else {
                add(
                    .schemaUnknownType, ["key": .text(key), "type": .text(type)],
                    suggesting: NameSuggestions.nearest(
                        to: type, among: TPBISSchema.relationshipTypes.sorted(), limit: 1)
                )
                continue
            }
            if let rule = TPBISSchema.endpoints(of: type) {
                let (s, e) = (graph.start(of: r), graph.end(of: r))
                if let label = rule.start, !graph.hasLabel(s, label) {
                    add(
                        .schemaWrongStart,
                        [
                            "type": .text(type), "key": .text(key), "label": .text(label),
                            "node": .text(graph.key(of: s)),
                        ])
                }
                if let label = rule.end, !graph.hasLabel(e, label) {
                    add(
                        .schemaWrongEnd,
                        [
                            "type": .text(type), "key": .text(key), "label": .text(label),
                            "node": .text(graph.key(of: e)),
                        ])
                }
            }
            let properties = graph.properties(of: r)
            for p in TPBISSchema.requiredProperties(ofType: type) where properties[p] == nil {
                add(.schemaMissingProperty, ["owner": .text(type), "key": .text(key), "property": .text(p)])
            }
            for (name, value) in properties.sorted(by: { $0.key < $1.key }) {
                out += valueFindings(name, value, owners: [type], graph: graph, subject: key).map {
                    SchemaFinding(relationship: r, message: $0)
                }
            }
            if case .date(let since)? = properties[TPBISSchema.Property.since],
                case .date(let until)? = properties[TPBISSchema.Property.until], until < since
            {
                add(
                    .schemaEndsBeforeStart, ["key": .text(key), "since": .text("\(since)"), "until": .text("\(until)")])
            }
            // The same partnership twice: same ends (either way for PARTNERS_WITH), type, meeting
            // and document. Several partnerships of one pair differ in one of them.
            let identity = duplicateIdentity(r, in: graph, properties: properties)
            if let first = seen[identity] {
                add(.schemaLikelyDuplicate, ["key": .text(key), "other": .text(graph.key(of: first))])
            } else {
                seen[identity] = r
            }
        }
        return out
    }

    /// What a relationship is compared by to find a copy of it.
    static func duplicateIdentity(_ r: RelationshipID, in graph: PropertyGraph, properties: [String: Value]) -> String {
        let type = graph.type(of: r)
        var ends = [graph.start(of: r).rawValue, graph.end(of: r).rawValue]
        if TPBISSchema.symmetricTypes.contains(type) { ends.sort() }
        let event = properties[TPBISSchema.Property.event].map { "\($0)" } ?? ""
        let document = properties[TPBISSchema.Property.documentNumber].map { "\($0)" } ?? ""
        let what = properties[TPBISSchema.Property.what].map { "\($0)" } ?? ""
        return "\(type)\u{1}\(ends[0])\u{1}\(ends[1])\u{1}\(event)\u{1}\(document)\u{1}\(what)"
    }

    /// A value as a message shows it: strings in quotes, numbers and booleans as written.
    static func shown(_ value: Value) -> String {
        switch value {
        case .string(let s): return "'\(s)'"
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .bool(let b): return b ? "true" : "false"
        default: return value.temporalText ?? value.typeName
        }
    }

    /// The findings about one property value of an entity whose labels (or type) are `owners`.
    static func valueFindings(_ name: String, _ value: Value, owners: [String], graph: PropertyGraph, subject: String)
        -> [Message]
    {
        var out: [Message] = []
        if TPBISSchema.dateProperties.contains(name) {
            if case .date = value {
            } else if case .list = value {
            } else {
                out.append(
                    Message(
                        .schemaNotADate, ["key": .text(subject), "property": .text(name), "value": .text(shown(value))])
                )
            }
        }
        for owner in owners {
            guard let allowed = TPBISSchema.allowedValues(of: name, on: owner), let text = value.stringValue else {
                continue
            }
            let stored = TPBISSchema.values(of: name, on: owner)
            if stored.contains(text) { continue }
            let meant =
                allowed[NameSuggestions.fold(text)].map { [$0] }
                ?? NameSuggestions.nearest(to: text, among: stored, limit: 1)
            out.append(
                Message(
                    .schemaUnknownValue,
                    [
                        "key": .text(subject), "property": .text(name), "value": .text(text),
                        "choices": .alternatives(stored.map { "'\($0)'" }),
                    ]
                ).suggesting(meant))
        }
        if let expected = TPBISSchema.referencedLabel(name) {
            let keys: [String]
            switch value {
            case .string(let s): keys = [s]
            case .list(let items): keys = items.compactMap(\.stringValue)
            default: keys = []
            }
            for k in keys {
                guard let target = graph.node(forKey: k) else {
                    out.append(
                        Message(
                            .schemaDanglingReference,
                            ["key": .text(subject), "property": .text(name), "target": .text(k)]))
                    continue
                }
                if let label = expected, !graph.hasLabel(target, label) {
                    out.append(
                        Message(
                            .schemaReferenceWrongKind,
                            ["key": .text(subject), "property": .text(name), "target": .text(k), "label": .text(label)])
                    )
                }
            }
        }
        return out
    }
}
