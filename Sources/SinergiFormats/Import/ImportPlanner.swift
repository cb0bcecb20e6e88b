// Deciding what an import does: every row of a batch is checked against the schema and the
// registry, its regions, ends and references resolved by key or by the names people use,
// and matched against what exists (by key, or by identity), then given an action under the
// conflict policy. Nothing is guessed: whatever cannot be decided is a diagnostic.
import SinergiGraph
import SinergiSchema
import SinergiText

/// Plans imports (the one planner of every format).
///
/// ```swift
/// let plan = ImportPlanner.plan(batch, into: registryGraph, options: ImportOptions())
/// if plan.diagnostics.isEmpty { let outcome = try plan.apply(to: registryGraph) }
/// ```
public enum ImportPlanner {
    /// The plan of `batch` against `base`.
    ///
    /// - Complexity: O(rows · (l + p) + N + E) on average: the registry is indexed once per
    ///   kind of look-up a batch needs; a miss costs a did-you-mean search.
    public static func plan(_ batch: ImportBatch, into base: PropertyGraph, options: ImportOptions) -> ImportPlan {
        var planning = Planning(batch: batch, base: base, options: options)
        planning.plan.diagnostics = batch.diagnostics
        planning.run()
        return planning.plan
    }
}

/// The planner's working state.
struct Planning {
    var plan: ImportPlan
    let base: PropertyGraph
    let options: ImportOptions
    var tpbis: Bool { options.schema == .tpbis }
    /// Look-ups built on first use.
    var regionLookup: RegionLookup?
    var nodeLookup: NodeLookup?
    /// (kind label, folded name) → registry nodes, per kind label indexed so far.
    var nodesByIdentity: [String: [NodeID]] = [:]
    var indexedKinds: Set<String> = []
    /// Relationship identity → registry relationship, per type indexed so far.
    var relationshipsByIdentity: [String: RelationshipID] = [:]
    var indexedTypes: Set<String> = []
    /// Batch keys → row, as rows are planned (a later row with the key is a duplicate).
    var rowOfKey: [String: Int] = [:]
    /// Batch keys → the first row with the key, known before any row is checked, so a
    /// reference property (`followUpOf`, `onBehalfOf`, …) may name a node of the same import.
    var firstRowOfKey: [String: Int] = [:]
    /// Batch rows by (kind, folded name, region): for names used as ends, and repeated rows.
    var rowsByName: [String: [Int]] = [:]
    /// The property names a column may name without being taken for a misspelling: the
    /// registry's, and the schema's under TPBIS.
    let knownPropertyNames: Set<String>
    /// The same, sorted, as `NameSuggestions` takes candidates.
    let sortedPropertyNames: [String]
    /// A label, type or property name of the rows → the known name it looks like a
    /// misspelling of (nil: none): the same name on every row of a file is looked up once.
    var misspellings: [String: String?] = [:]

    init(batch: ImportBatch, base: PropertyGraph, options: ImportOptions) {
        plan = ImportPlan(batch: batch)
        self.base = base
        self.options = options
        knownPropertyNames = Set(base.propertyNames).union(
            options.schema == .tpbis ? TPBISSchema.knownProperties : [])
        sortedPropertyNames = knownPropertyNames.sorted()
    }

    /// The known name `name` looks like a misspelling of, among `candidates` (`subject` keeps
    /// labels, types and properties apart).
    /// - Complexity: O(c · L²) the first time a name is asked for, O(L) after.
    mutating func misspelling(of name: String, _ subject: String, among candidates: @autoclosure () -> [String])
        -> String?
    {
        let key = subject + "\u{1}" + name
        if let found = misspellings[key] { return found }
        let found = NameSuggestions.misspelling(of: name, among: candidates())
        misspellings[key] = .some(found)
        return found
    }

    mutating func report(_ place: ImportPlace, _ message: Message) {
        plan.diagnostics.append(ImportDiagnostic(file: place.file, line: place.line, message: message))
    }

    mutating func report(_ place: ImportPlace, _ key: MessageKey, _ arguments: [String: MessageArgument] = [:]) {
        report(place, Message(key, arguments))
    }

    mutating func run() {
        let nodeCount = plan.batch.nodes.count
        plan.nodeTargets = Array(repeating: nil, count: nodeCount)
        plan.locations = Array(repeating: nil, count: nodeCount)
        for (i, node) in plan.batch.nodes.enumerated() {
            if let key = node.key, firstRowOfKey[key] == nil { firstRowOfKey[key] = i }
        }
        for i in 0..<nodeCount { checkNode(i) }
        for i in 0..<nodeCount { planNode(i) }
        let relationshipCount = plan.batch.relationships.count
        plan.ends = Array(repeating: (.existing(NodeID(0)), .existing(NodeID(0))), count: relationshipCount)
        plan.relationshipTargets = Array(repeating: nil, count: relationshipCount)
        var seen: [String: Int] = [:]
        for i in 0..<relationshipCount { planRelationship(i, seen: &seen) }
        // Files in the order given, then lines; ties keep the order they were found in.
        var fileOrder: [String: Int] = [:]
        for f in plan.batch.files where fileOrder[f] == nil { fileOrder[f] = fileOrder.count }
        for n in plan.batch.nodes where fileOrder[n.place.file] == nil { fileOrder[n.place.file] = fileOrder.count }
        for r in plan.batch.relationships where fileOrder[r.place.file] == nil {
            fileOrder[r.place.file] = fileOrder.count
        }
        func order(_ file: String, _ line: Int, _ index: Int) -> (Int, Int, Int) {
            (fileOrder[file] ?? fileOrder.count, line, index)
        }
        plan.actions = plan.actions.enumerated().sorted {
            order($0.element.place.file, $0.element.place.line, $0.offset)
                < order($1.element.place.file, $1.element.place.line, $1.offset)
        }.map(\.element)
        plan.diagnostics = plan.diagnostics.enumerated().sorted {
            order($0.element.file, $0.element.line, $0.offset) < order($1.element.file, $1.element.line, $1.offset)
        }.map(\.element)
        // One look-up can be needed twice for a row (a person's institution); say it once.
        var said: Set<ImportDiagnostic> = []
        plan.diagnostics = plan.diagnostics.filter { said.insert($0).inserted }
    }

    // MARK: - Nodes

    /// The label a row is identified by: its most specific kind.
    static func kindLabel(_ labels: [String]) -> String? {
        labels.first { TPBISSchema.family(ofKind: $0) != nil } ?? labels.first
    }

    /// The identity of a keyless node: kind, folded name, region.
    static func identity(kind: String, name: String, region: NodeID?) -> String {
        identity(kind: kind, folded: NameSuggestions.fold(name), region: region)
    }

    /// The same, for a name already folded.
    static func identity(kind: String, folded: String, region: NodeID?) -> String {
        kind + "\u{1}" + folded + "\u{1}" + (region.map { String($0.rawValue) } ?? "-")
    }

    mutating func planNode(_ i: Int) {
        let node = plan.batch.nodes[i]
        if let key = node.key {
            if let first = rowOfKey[key] {
                report(
                    node.place, .importDuplicateKey,
                    ["key": .text(key), "place": .text(plan.batch.nodes[first].place.description)])
                return
            }
            rowOfKey[key] = i
            if let existing = base.node(forKey: key) {
                // The same node again (a registry's own export, a sheet imported twice) is already there.
                let differences = nodeDifferences(node, existing, region: plan.locations[i])
                if differences.isEmpty {
                    plan.nodeTargets[i] = existing
                    plan.actions.append(ImportAction(kind: .match, subject: .node(i), existing: key, place: node.place))
                    return
                }
                conflict(
                    .node(i), existing: existing, place: node.place,
                    message: Message(.importNodeExists, ["key": .text(key), "differences": .messages(differences)]))
                return
            }
            plan.actions.append(ImportAction(kind: .create, subject: .node(i), place: node.place))
            if plan.locations[i] != nil {
                plan.actions.append(ImportAction(kind: .create, subject: .location(i), place: node.place))
            }
            rememberName(i)
            return
        }
        // A row without a key is the stakeholder (event, person) with its kind, name and region
        // (a person of an attendance sheet: with their name and institution).
        guard let kind = Self.kindLabel(node.labels), let name = node.properties[TPBISSchema.Property.name]?.stringValue
        else {
            plan.actions.append(ImportAction(kind: .create, subject: .node(i), place: node.place))
            return
        }
        let region = plan.locations[i]
        var institution: PlannedNode?
        if let memberOf = node.memberOf {
            guard let resolved = resolveEnd(memberOf, place: node.place) else { return }
            institution = resolved
        }
        let identity =
            institution.map { Self.identity(kind: kind, name: name, region: nil) + "\u{1}" + describe($0) }
            ?? Self.identity(kind: kind, name: name, region: region)
        if let first = rowsByName[identity]?.first {
            report(node.place, .importRowRepeats, ["line": .int(plan.batch.nodes[first].place.line)])
            return
        }
        var matches = registryNodes(kind: kind, name: name, region: institution == nil ? region : nil)
        if let institution {
            let memberOf = TPBISSchema.Relationship.memberOf
            if case .existing(let inst) = institution {
                matches = matches.filter { id in
                    base.outgoing(of: id).contains { base.type(of: $0) == memberOf && base.end(of: $0) == inst }
                }
            } else {
                matches = []
            }
        }
        if matches.count > 1 {
            report(
                node.place,
                Message(
                    .importRowNamesSeveral,
                    ["name": .text(name), "nodes": .list(matches.map { "'\(base.key(of: $0))'" })]))
            return
        }
        rememberName(i)
        if institution != nil { rowsByName[identity, default: []].append(i) }
        if let existing = matches.first, node.reuse {
            plan.nodeTargets[i] = existing
            plan.actions.append(
                ImportAction(kind: .match, subject: .node(i), existing: base.key(of: existing), place: node.place))
            return
        }
        if let existing = matches.first {
            // The same row again (a sheet imported twice, with rows added since) is already there.
            let differences = nodeDifferences(node, existing, region: institution == nil ? region : nil)
            if differences.isEmpty {
                plan.nodeTargets[i] = existing
                plan.actions.append(
                    ImportAction(kind: .match, subject: .node(i), existing: base.key(of: existing), place: node.place))
                return
            }
            conflict(
                .node(i), existing: existing, place: node.place,
                message: Message(
                    .importNodeSameAs,
                    [
                        "name": .text(name), "key": .text(base.key(of: existing)),
                        "differences": .messages(differences),
                    ]))
            if plan.actions.last?.kind == .replace, region != nil {
                plan.actions.append(ImportAction(kind: .replace, subject: .location(i), place: node.place))
            }
            return
        }
        plan.actions.append(ImportAction(kind: .create, subject: .node(i), place: node.place))
        if region != nil {
            plan.actions.append(ImportAction(kind: .create, subject: .location(i), place: node.place))
        }
    }

    /// Records row `i` under its name, so relationship rows can name it.
    mutating func rememberName(_ i: Int) {
        let node = plan.batch.nodes[i]
        guard let kind = Self.kindLabel(node.labels), let name = node.properties[TPBISSchema.Property.name]?.stringValue
        else { return }
        let folded = NameSuggestions.fold(name)
        rowsByName[Self.identity(kind: kind, folded: folded, region: plan.locations[i]), default: []].append(i)
        rowsByName["*\u{1}" + folded, default: []].append(i)
    }

    /// Registry nodes with this kind and name, in `region` (or anywhere when the row names none).
    mutating func registryNodes(kind: String, name: String, region: NodeID?) -> [NodeID] {
        if !indexedKinds.contains(kind) {
            indexedKinds.insert(kind)
            for id in base.nodes(withLabel: kind) {
                guard let n = base.property(TPBISSchema.Property.name, of: id).stringValue else { continue }
                nodesByIdentity[kind + "\u{1}" + NameSuggestions.fold(n), default: []].append(id)
            }
        }
        let named = nodesByIdentity[kind + "\u{1}" + NameSuggestions.fold(name)] ?? []
        guard let region else { return named }
        let locatedIn = TPBISSchema.Relationship.locatedIn
        return named.filter { id in
            base.outgoing(of: id).contains { base.type(of: $0) == locatedIn && base.end(of: $0) == region }
        }
    }

    /// Records what happens to a row that exists already, under the conflict policy.
    mutating func conflict(
        _ subject: ImportAction.Subject, existing: NodeID, place: ImportPlace, message: Message
    ) {
        guard case .node(let i) = subject else { return }
        switch options.conflict {
        case .error: report(place, message)
        case .skip:
            plan.nodeTargets[i] = existing
            plan.actions.append(
                ImportAction(kind: .skip, subject: subject, existing: base.key(of: existing), place: place))
        case .replace:
            plan.nodeTargets[i] = existing
            plan.actions.append(
                ImportAction(kind: .replace, subject: subject, existing: base.key(of: existing), place: place))
        }
    }

    /// How a row differs from the registry's node with its key: labels, the region the row
    /// places it in (when it names one the node is not LOCATED_IN), then each property (sorted
    /// by name) whose value differs, as `level "pusat" in the registry, "nasional" in the file`.
    /// Empty when the row is that node again.
    /// - Complexity: O(p log p + d) for p properties and d relationships of the node.
    func nodeDifferences(_ row: ImportedNode, _ existing: NodeID, region: NodeID?) -> [Message] {
        var out: [Message] = []
        let labels = base.labels(of: existing)
        if Set(labels) != Set(row.labels) {
            out.append(difference("labels", .list(labels.map(Value.string)), .list(row.labels.map(Value.string))))
        }
        if let region {
            let locatedIn = TPBISSchema.Relationship.locatedIn
            let places = base.outgoing(of: existing).filter { base.type(of: $0) == locatedIn }.map { base.end(of: $0) }
            if !places.contains(region) {
                out.append(
                    difference(
                        locatedIn, .list(places.map { .string(base.key(of: $0)) }), .string(base.key(of: region))))
            }
        }
        return out + propertyDifferences(base.properties(of: existing), row.properties)
    }

    /// How a keyed relationship row differs from the registry's relationship with its key.
    func relationshipDifferences(
        _ row: ImportedRelationship, _ start: PlannedNode, _ end: PlannedNode, _ existing: RelationshipID
    ) -> [Message] {
        var out: [Message] = []
        if base.type(of: existing) != row.type {
            out.append(difference("type", .string(base.type(of: existing)), .string(row.type)))
        }
        for (name, planned, there) in [
            ("start", start, base.start(of: existing)), ("end", end, base.end(of: existing)),
        ] {
            // A row with the key of the registry's end is that end, whatever becomes of the row.
            let key: String?
            switch planned {
            case .existing(let id): key = base.key(of: id)
            case .row(let i): key = plan.batch.nodes[i].key
            }
            if key != base.key(of: there) {
                out.append(difference(name, .string(base.key(of: there)), .string(describe(planned))))
            }
        }
        return out + propertyDifferences(base.properties(of: existing), row.properties)
    }

    private func propertyDifferences(_ there: [String: Value], _ here: [String: Value]) -> [Message] {
        let names = Set(there.keys).union(here.keys).sorted()
        return names.compactMap { name in
            let (a, b) = (there[name] ?? .null, here[name] ?? .null)
            return a == b ? nil : difference(name, a, b)
        }
    }

    private func difference(_ name: String, _ there: Value, _ here: Value) -> Message {
        Message(
            .importDifference,
            [
                "name": .text(name), "there": .text(JSONLineEncoder.encode(there)),
                "here": .text(JSONLineEncoder.encode(here)),
            ])
    }

    // MARK: - Relationships

    mutating func planRelationship(_ i: Int, seen: inout [String: Int]) {
        checkRelationship(i)
        let r = plan.batch.relationships[i]
        guard let start = resolveEnd(r.start, place: r.place), let end = resolveEnd(r.end, place: r.place) else {
            return
        }
        plan.ends[i] = (start, end)
        checkEndpointKinds(i)
        if let key = r.key {
            if let existing = base.relationship(forKey: key) {
                let differences = relationshipDifferences(r, start, end, existing)
                if differences.isEmpty {
                    plan.relationshipTargets[i] = existing
                    plan.actions.append(
                        ImportAction(kind: .match, subject: .relationship(i), existing: key, place: r.place))
                    return
                }
                relationshipConflict(
                    i, existing: existing,
                    message: Message(
                        .importRelationshipExists, ["key": .text(key), "differences": .messages(differences)]))
                return
            }
            plan.actions.append(ImportAction(kind: .create, subject: .relationship(i), place: r.place))
            return
        }
        guard options.deduplicate else {
            plan.actions.append(ImportAction(kind: .create, subject: .relationship(i), place: r.place))
            return
        }
        let identity = relationshipIdentity(type: r.type, start, end, r.properties)
        if let first = seen[identity] {
            report(
                r.place, .importRelationshipRepeats,
                ["line": .int(plan.batch.relationships[first].place.line), "properties": identifyingText])
            return
        }
        seen[identity] = i
        if case .existing = start, case .existing = end, let existing = registryRelationship(identity, type: r.type) {
            // The same row again (a sheet imported twice, with rows added since) is already there.
            let differences = r.reuse ? [] : propertyDifferences(base.properties(of: existing), r.properties)
            if differences.isEmpty {
                plan.relationshipTargets[i] = existing
                plan.actions.append(
                    ImportAction(
                        kind: .match, subject: .relationship(i), existing: base.key(of: existing), place: r.place))
                return
            }
            relationshipConflict(
                i, existing: existing,
                message: Message(
                    .importRelationshipSameAs,
                    [
                        "type": .text(r.type), "start": .text(describe(start)), "end": .text(describe(end)),
                        "key": .text(base.key(of: existing)), "properties": identifyingText,
                        "differences": .messages(differences),
                    ]))
            return
        }
        plan.actions.append(ImportAction(kind: .create, subject: .relationship(i), place: r.place))
    }

    /// "event" or "event and documentNumber": what relationships are told apart by.
    var identifyingText: MessageArgument { .list(options.identifyingProperties) }

    mutating func relationshipConflict(_ i: Int, existing: RelationshipID, message: Message) {
        let place = plan.batch.relationships[i].place
        switch options.conflict {
        case .error: report(place, message)
        case .skip:
            plan.relationshipTargets[i] = existing
            plan.actions.append(
                ImportAction(kind: .skip, subject: .relationship(i), existing: base.key(of: existing), place: place))
        case .replace:
            plan.relationshipTargets[i] = existing
            plan.actions.append(
                ImportAction(kind: .replace, subject: .relationship(i), existing: base.key(of: existing), place: place))
        }
    }

    /// How a planned end reads in a message: its key (an existing node) or its row's name.
    func describe(_ p: PlannedNode) -> String {
        switch p {
        case .existing(let id): return base.key(of: id)
        case .row(let i):
            let n = plan.batch.nodes[i]
            return n.key ?? n.properties[TPBISSchema.Property.name]?.stringValue ?? n.place.description
        }
    }

    /// The identity of a keyless relationship: type, ends (sorted for a symmetric type) and
    /// the identifying properties' values.
    func relationshipIdentity(type: String, _ start: PlannedNode, _ end: PlannedNode, _ properties: [String: Value])
        -> String
    {
        func text(_ p: PlannedNode) -> String {
            switch p {
            case .existing(let id): return "n\(id.rawValue)"
            case .row(let i): return "row\(i)"
            }
        }
        var ends = [text(start), text(end)]
        if tpbis && TPBISSchema.symmetricTypes.contains(type) { ends.sort() }
        let values = options.identifyingProperties.map { properties[$0].map { "\($0)" } ?? "" }
        return ([type] + ends + values).joined(separator: "\u{1}")
    }

    /// The registry relationship with this identity, indexing the type's relationships on first use.
    mutating func registryRelationship(_ identity: String, type: String) -> RelationshipID? {
        if !indexedTypes.contains(type) {
            indexedTypes.insert(type)
            if let typeID = base.typeID(named: type) {
                for r in base.relationships where base.typeID(of: r) == typeID {
                    let id = relationshipIdentity(
                        type: type, .existing(base.start(of: r)), .existing(base.end(of: r)), base.properties(of: r))
                    if relationshipsByIdentity[id] == nil { relationshipsByIdentity[id] = r }
                }
            }
        }
        return relationshipsByIdentity[identity]
    }
}
