// Bringing two registries together by key: their common history, what each did since, every
// conflict with both values, and the combined journal — ours as it is, then their transactions
// replayed onto it one by one, their generated keys renamed where both sides handed out the same.
import SinergiFormats
import SinergiGraph

/// One side of a merge.
public enum MergeSide: String, Sendable, CaseIterable {
    /// The registry merged into (the first one; in git, the current branch).
    case ours
    /// The registry merged in (the second one; in git, the branch being merged).
    case theirs
}

/// Something both sides did differently to one entity.
public struct MergeConflict: Sendable, Equatable {
    /// What kind of disagreement it is.
    public enum Kind: String, Sendable {
        /// The same property was given different values (or added with different values).
        case property
        /// A relationship's type or ends were changed differently.
        case shape
        /// Removed on one side, changed on the other.
        case removedChanged
        /// A node removed on one side was given a new relationship on the other.
        case removedConnected
    }

    /// What kind of disagreement.
    public var kind: Kind
    /// A node or a relationship.
    public var entity: RegistryChange.Entity
    /// Its key (the same on both sides: keys only their side handed out never conflict).
    public var key: String
    /// The property (`.property` conflicts).
    public var property: String?
    /// The value in the common history, ours and theirs (`.property`; nil: absent).
    public var base: Value?
    public var ours: Value?
    public var theirs: Value?
    /// The side that removed it (`.removedChanged`, `.removedConnected`).
    public var removedBy: MergeSide?
    /// Its state in the common history, ours and theirs (nil: absent there).
    public var baseState: EntityState?
    public var oursState: EntityState?
    public var theirsState: EntityState?
}

/// How conflicts are resolved: one side for all, per entity, or per property of an entity.
public struct MergeResolutions: Sendable, Equatable {
    /// The side every conflict not named otherwise takes (`--prefer`).
    public var prefer: MergeSide?
    /// The side of every conflict of an entity, by key.
    public var entities: [String: MergeSide] = [:]
    /// The side of one property's conflict, by key and property.
    public var properties: [String: [String: MergeSide]] = [:]

    /// Resolutions: `prefer` for all, none named.
    public init(prefer: MergeSide? = nil) { self.prefer = prefer }

    /// The side `conflict` takes, nil when it is not resolved.
    /// - Complexity: O(1).
    public func side(of conflict: MergeConflict) -> MergeSide? {
        if let p = conflict.property, let side = properties[conflict.key]?[p] { return side }
        return entities[conflict.key] ?? prefer
    }
}

/// One transaction of theirs, as the merge replays it: what it changed (keys renamed) and who
/// wrote it.
public struct MergeStep: Sendable {
    /// Its number in their registry (nil: their whole registry, merged without common history).
    public var number: Int64?
    /// Who wrote it, when and why.
    public var signature: CommitSignature
    /// What it changed, entity by entity, in the merged registry's keys.
    public var changes: RegistryDiff
    /// The indexes it declared or dropped.
    public var indexes: [IndexChange]
}

/// What merging `theirs` into `ours` means: the common history, their transactions since, the
/// keys renamed and the conflicts.
///
/// The common history is the longest run of transactions (with the snapshot before them) that
/// both files hold byte for byte — for two branches of one registry in git, the registry where
/// they parted. Entities are matched by key. Where the files share that history, a generated key
/// (`n<N>`, `r<N>`) their side handed out after it that ours may have handed out too is renamed
/// to a fresh one: both sides generated keys from the same serial, so the same key names two
/// different entities. When the files hold no common journal (one side was compacted since
/// they parted) but the registry where they parted is given (`base`, git's `%O`), their side's
/// changes are the difference from it, in one transaction, and keys are renamed the same way.
/// Files without any common history share no serial: the same key means the same entity
/// there, and their registry comes in as one transaction.
///
/// A conflict is an entity both sides changed to different ends: one property given two values
/// (the value in the common history, ours and theirs are reported), a relationship's type or
/// ends changed two ways, an entity removed on one side and changed on the other, a node removed
/// on one side that the other connected. Changes to different properties of one entity combine.
public struct MergePlan: Sendable {
    /// Ours, read for its history.
    public let ours: RegistryHistory
    /// Theirs.
    public let theirs: RegistryHistory
    /// The number of transactions both hold (0: none, or no common history at all).
    public let sharedTransactions: Int
    /// True when the files share their snapshot (and `sharedTransactions` transactions).
    public let shared: Bool
    /// Their transactions after the common history, in order.
    public let steps: [MergeStep]
    /// Keys of theirs renamed in the merge (their key → the merged registry's key).
    public let renamed: [(from: String, to: String)]
    /// Every conflict, nodes first, then relationships, each by key.
    public let conflicts: [MergeConflict]
    /// The registry in the common history (empty without one).
    let base: PropertyGraph
    /// Theirs at the end, keys renamed: entity states by key.
    let theirsFinal: EntityStates
    /// The key serial the merged registry must keep.
    let serial: Int

    /// Our file's content as the plan read it (what a merge written over it expects to find).
    public var oursContent: [UInt8] { ours.bytes }

    /// The conflicts `resolutions` leaves open.
    /// - Complexity: O(conflicts).
    public func unresolved(_ resolutions: MergeResolutions) -> [MergeConflict] {
        conflicts.filter { resolutions.side(of: $0) == nil }
    }

    /// Plans the merge of `theirs` into `ours`; `signature` signs their registry's single
    /// transaction when the files share no journal.
    /// - Parameter common: the registry where the two parted (git's `%O`), used when the
    ///   files share no journal; an empty one (git's add/add) is no common history.
    /// - Throws: `RegistryError` for a damaged file.
    /// - Complexity: O(size of both files) for the replay, plus O(size of their changes).
    public init(
        ours: RegistryHistory, theirs: RegistryHistory, base common: RegistryHistory? = nil,
        signature: CommitSignature
    ) throws {
        self.ours = ours
        self.theirs = theirs
        let oj = ours.journal
        let tj = theirs.journal
        // The common history: the same snapshot bytes, then the same transactions, byte for byte.
        var sharedCount = 0
        let sameSnapshot =
            oj.snapshotBytes == tj.snapshotBytes
            && ours.bytes[0..<oj.snapshotBytes] == theirs.bytes[0..<tj.snapshotBytes]
        if sameSnapshot {
            while sharedCount < min(oj.transactions.count, tj.transactions.count) {
                let a = oj.transactions[sharedCount].bytes
                let b = tj.transactions[sharedCount].bytes
                guard a == b, ours.bytes[a] == theirs.bytes[b] else { break }
                sharedCount += 1
            }
        }
        // An empty snapshot alone is no common history: two registries created apart start so.
        shared = sameSnapshot && (sharedCount > 0 || oj.snapshotBytes > 0)
        sharedTransactions = shared ? sharedCount : 0
        let commonGraph = shared ? nil : common.map(\.current.graph).flatMap { $0.nodeCount > 0 ? $0 : nil }
        var steps: [MergeStep] = []
        var theirsGraph: PropertyGraph
        var signature = signature
        if signature.time == nil { signature.time = CommitClock.now() }
        if let commonGraph {
            base = commonGraph
            theirsGraph = theirs.current.graph
            steps = [
                MergeStep(
                    number: nil, signature: signature, changes: RegistryDiff(from: commonGraph, to: theirsGraph),
                    indexes: Self.indexChanges(from: commonGraph, to: theirsGraph))
            ]
        } else if shared {
            base =
                sharedCount > 0
                ? try ours.state(through: oj.transactions[sharedCount - 1].number).graph
                : try ours.state(through: 0).graph
            var replay = try theirs.replay()
            while replay.position < sharedCount { _ = try replay.applyNext() }
            while let step = try replay.step(context: { _, _, _ in () }) {
                var indexes: [IndexChange] = []
                for record in step.transaction.records {
                    if case .index(let change, _) = record { indexes.append(change) }
                }
                steps.append(
                    MergeStep(
                        number: step.transaction.number, signature: step.transaction.signature,
                        changes: step.changes, indexes: indexes))
            }
            theirsGraph = replay.graph
        } else {
            base = PropertyGraph()
            theirsGraph = theirs.current.graph
            steps = [
                MergeStep(
                    number: nil, signature: signature, changes: RegistryDiff(from: PropertyGraph(), to: theirsGraph),
                    indexes: Self.indexChanges(from: PropertyGraph(), to: theirsGraph))
            ]
        }
        let oursGraph = ours.current.graph
        var next = max(oursGraph.keySerial, theirsGraph.keySerial)
        // Their generated keys handed out after the common history that ours may have handed out too.
        var renaming: [String: String] = [:]
        var renamed: [(from: String, to: String)] = []
        if shared || commonGraph != nil {
            let baseSerial = base.keySerial
            for step in steps {
                for c in step.changes.changes where c.kind == .added && renaming[c.key] == nil {
                    guard let k = PropertyGraph.serial(inKey: c.key), k > baseSerial, k <= oursGraph.keySerial else {
                        continue
                    }
                    next += 1
                    let fresh = (c.entity == .node ? "n" : "r") + String(next)
                    renaming[c.key] = fresh
                    renamed.append((c.key, fresh))
                }
            }
            if !renaming.isEmpty {
                steps = steps.map { Self.rename($0, renaming) }
            }
        }
        serial = next
        self.steps = steps
        self.renamed = renamed
        // Theirs at the end, in the merged registry's keys.
        var finals = EntityStates()
        for step in steps {
            for c in step.changes.changes {
                if c.entity == .node {
                    finals.nodes[c.key] = .some(c.after)
                } else {
                    finals.relationships[c.key] = .some(c.after)
                }
            }
        }
        theirsFinal = finals
        conflicts = Self.conflicts(base: base, ours: oursGraph, theirs: finals)
    }

    /// The indexes `after` declares that `before` does not, and those it dropped.
    /// - Complexity: O(i log i) for i indexes.
    static func indexChanges(from before: PropertyGraph, to after: PropertyGraph) -> [IndexChange] {
        func keys(_ g: PropertyGraph) -> Set<[String]> { Set(g.indexes.map { [$0.label, $0.property] }) }
        let (old, new) = (keys(before), keys(after))
        let added = after.indexes.filter { !old.contains([$0.label, $0.property]) }.map {
            IndexChange(
                name: after.index(label: $0.label, property: $0.property)?.name ?? "", label: $0.label,
                property: $0.property, dropped: false)
        }
        let dropped = before.indexes.filter { !new.contains([$0.label, $0.property]) }.map {
            IndexChange(
                name: before.index(label: $0.label, property: $0.property)?.name ?? "", label: $0.label,
                property: $0.property, dropped: true)
        }
        return added + dropped
    }

    /// `step` with the keys of `renaming` replaced (entities and relationship ends).
    static func rename(_ step: MergeStep, _ renaming: [String: String]) -> MergeStep {
        func state(_ s: EntityState?) -> EntityState? {
            guard var s else { return nil }
            if let k = s.start, let to = renaming[k] { s.start = to }
            if let k = s.end, let to = renaming[k] { s.end = to }
            return s
        }
        var step = step
        step.changes.changes = step.changes.changes.map { c in
            var c = c
            c.key = renaming[c.key] ?? c.key
            c.before = state(c.before)
            c.after = state(c.after)
            return c
        }
        return step
    }

    /// The conflicts between ours and theirs, for every entity their side changed.
    /// - Complexity: O(their changed entities · (properties + degree)).
    static func conflicts(base: PropertyGraph, ours: PropertyGraph, theirs: EntityStates) -> [MergeConflict] {
        var out: [MergeConflict] = []
        var removedConnected = Set<String>()
        func conflict(
            _ kind: MergeConflict.Kind, _ entity: RegistryChange.Entity, _ key: String, b: EntityState?,
            a: EntityState?, t: EntityState?, removedBy: MergeSide? = nil
        ) -> MergeConflict {
            MergeConflict(
                kind: kind, entity: entity, key: key, property: nil, base: nil, ours: nil, theirs: nil,
                removedBy: removedBy, baseState: b, oursState: a, theirsState: t)
        }
        func compare(_ entity: RegistryChange.Entity, _ key: String, _ t: EntityState?) {
            let b = EntityState.of(entity, key, in: base)
            let a = EntityState.of(entity, key, in: ours)
            guard t != b else { return }
            if a == b {
                // Theirs removed a node ours connected since.
                guard entity == .node, t == nil, let id = ours.node(forKey: key) else { return }
                let added = (ours.outgoing(of: id) + ours.incoming(of: id)).contains {
                    base.relationship(forKey: ours.key(of: $0)) == nil
                }
                if added, removedConnected.insert(key).inserted {
                    out.append(conflict(.removedConnected, .node, key, b: b, a: a, t: t, removedBy: .theirs))
                }
                return
            }
            guard a != t else { return }
            guard let a, let t else {
                out.append(
                    conflict(.removedChanged, entity, key, b: b, a: a, t: t, removedBy: a == nil ? .ours : .theirs))
                return
            }
            if entity == .relationship, !a.sameShape(as: t), b.map({ !$0.sameShape(as: a) }) ?? true,
                b.map({ !$0.sameShape(as: t) }) ?? true
            {
                out.append(conflict(.shape, entity, key, b: b, a: a, t: t))
            }
            for name in Set(a.properties.keys).union(t.properties.keys).sorted() {
                let bv = b?.properties[name]
                let av = a.properties[name]
                let tv = t.properties[name]
                guard av != bv, tv != bv, av != tv else { continue }
                out.append(
                    MergeConflict(
                        kind: .property, entity: entity, key: key, property: name, base: bv, ours: av, theirs: tv,
                        removedBy: nil, baseState: b, oursState: a, theirsState: t))
            }
        }
        for key in theirs.nodes.keys.sorted() { compare(.node, key, theirs.nodes[key] ?? nil) }
        for key in theirs.relationships.keys.sorted() {
            let t = theirs.relationships[key] ?? nil
            compare(.relationship, key, t)
            // Theirs connected a node ours removed.
            guard let t, EntityState.relationship(key, in: base) == nil else { continue }
            for end in [t.start, t.end].compactMap({ $0 }) where ours.node(forKey: end) == nil {
                guard let b = EntityState.node(end, in: base), removedConnected.insert(end).inserted,
                    !out.contains(where: { $0.key == end && $0.entity == .node })
                else { continue }
                out.append(
                    conflict(
                        .removedConnected, .node, end, b: b, a: nil, t: theirs.nodes[end] ?? .some(b),
                        removedBy: .ours))
            }
        }
        return out.sorted { ($0.entity == .node ? 0 : 1, $0.key) < ($1.entity == .node ? 0 : 1, $1.key) }
    }
}

/// The merged registry: its bytes, its graph, and what became of their transactions.
public struct MergeResult: Sendable {
    /// The merged registry's content: ours as it was, then their transactions.
    public var bytes: [UInt8]
    /// The merged registry.
    public var graph: PropertyGraph
    /// Their transactions replayed: their number (nil: their registry as one) → the merged
    /// registry's number, nil when resolutions left nothing of it.
    public var transactions: [(theirs: Int64?, merged: Int64?)]
}

extension MergePlan {
    /// The merged registry, conflicts resolved by `resolutions` (every conflict must be).
    ///
    /// Their transactions are replayed onto ours in order, each as one transaction signed as
    /// they signed it: a change is followed where their side changed that property (or created
    /// or removed that entity) and ours did not, or changed it alike, or the conflict is
    /// resolved for theirs; a relationship whose end is gone from the merged registry is left
    /// out with it.
    /// - Precondition: `unresolved(resolutions)` is empty.
    /// - Throws: `RegistryError` when the result does not load (a bug: nothing is written).
    /// - Complexity: O(size of ours + size of their changes).
    public func result(_ resolutions: MergeResolutions) throws -> MergeResult {
        var entitySide: [String: MergeSide] = [:]
        var propertySide: [String: [String: MergeSide]] = [:]
        for c in conflicts {
            let side = resolutions.side(of: c) ?? .ours
            let k = (c.entity == .node ? "n:" : "r:") + c.key
            if let p = c.property { propertySide[k, default: [:]][p] = side } else { entitySide[k] = side }
        }
        var graph = ours.current.graph
        graph.resetChanges()
        graph.reserveKeys(through: serial)
        // Entities made from their states as a whole (created by their side alone, or brought
        // back by a resolution): every change of theirs to them is followed.
        var wholesale = Set<String>()
        func baseState(_ e: RegistryChange.Entity, _ key: String) -> EntityState? {
            EntityState.of(e, key, in: base)
        }
        func finalState(_ e: RegistryChange.Entity, _ key: String) -> EntityState? {
            (e == .node ? theirsFinal.nodes[key] : theirsFinal.relationships[key]) ?? nil
        }
        let oursGraph = ours.current.graph
        func oursState(_ e: RegistryChange.Entity, _ key: String) -> EntityState? {
            EntityState.of(e, key, in: oursGraph)
        }
        // Without a conflict, theirs is followed where ours left the thing as it was in the common
        // history (every step of theirs then, so the log keeps a creation their side undid), or
        // where their side changed it in the end (ours changed it alike, or not at all).
        /// True when their creation, removal or reshaping of the entity is followed.
        func followsExistence(_ e: RegistryChange.Entity, _ key: String) -> Bool {
            let k = (e == .node ? "n:" : "r:") + key
            if wholesale.contains(k) { return true }
            if let side = entitySide[k] { return side == .theirs }
            let b = baseState(e, key)
            return finalState(e, key) != b || oursState(e, key) == b
        }
        /// True when their type or ends of the relationship are followed.
        func followsShape(_ key: String) -> Bool {
            let k = "r:" + key
            if wholesale.contains(k) { return true }
            if let side = entitySide[k] { return side == .theirs }
            func shape(_ s: EntityState?) -> [String?] { [s?.type, s?.start, s?.end] }
            let b = shape(baseState(.relationship, key))
            return shape(finalState(.relationship, key)) != b || shape(oursState(.relationship, key)) == b
        }
        func followsProperty(_ e: RegistryChange.Entity, _ key: String, _ name: String) -> Bool {
            let k = (e == .node ? "n:" : "r:") + key
            if wholesale.contains(k) { return true }
            if let side = propertySide[k]?[name] { return side == .theirs }
            let b = baseState(e, key)?.properties[name]
            return finalState(e, key)?.properties[name] != b || oursState(e, key)?.properties[name] == b
        }
        func followsLabel(_ key: String, _ label: String, added: Bool) -> Bool {
            if wholesale.contains("n:" + key) { return true }
            let b = baseState(.node, key)?.labels ?? []
            let t = finalState(.node, key)?.labels ?? []
            let a = oursState(.node, key)?.labels ?? []
            if a.contains(label) == b.contains(label) { return true }
            return added ? t.contains(label) && !b.contains(label) : b.contains(label) && !t.contains(label)
        }
        func merge(_ c: RegistryChange, into props: [String: Value]) -> [String: Value] {
            var props = props
            for p in c.properties where followsProperty(c.entity, c.key, p.name) { props[p.name] = p.new }
            return props
        }
        var out = Array(ours.bytes[0..<ours.journal.committedBytes])
        var number = ours.journal.lastTransaction
        var transactions: [(theirs: Int64?, merged: Int64?)] = []
        for step in steps {
            let changes = step.changes.changes
            // Nodes whose removal in this step is not followed keep the relationships it took with them.
            let kept = Set(
                changes.filter { $0.entity == .node && $0.after == nil && !followsExistence(.node, $0.key) }.map(\.key))
            for c in changes where c.entity == .relationship && (c.after == nil || c.shapeChanged) {
                var follows = c.after == nil ? followsExistence(.relationship, c.key) : followsShape(c.key)
                if c.after == nil, let b = c.before,
                    [b.start, b.end].contains(where: { $0.map(kept.contains) ?? false }),
                    entitySide["r:" + c.key] == nil
                {
                    follows = false
                }
                guard follows, let id = graph.relationship(forKey: c.key) else { continue }
                try graph.removeRelationship(id)
            }
            for c in changes where c.entity == .node {
                let id = graph.node(forKey: c.key)
                guard let after = c.after else {
                    guard let id, followsExistence(.node, c.key) else { continue }
                    // A relationship of ours kept at it keeps it, unless the resolution removes it.
                    let connected = !(graph.outgoing(of: id).isEmpty && graph.incoming(of: id).isEmpty)
                    if connected && entitySide["n:" + c.key] != .theirs { continue }
                    try graph.removeNode(id, detach: true)
                    continue
                }
                guard let id else {
                    guard followsExistence(.node, c.key) else { continue }
                    _ = try graph.addNode(key: c.key, labels: after.labels, properties: after.properties)
                    wholesale.insert("n:" + c.key)
                    continue
                }
                for l in c.labelsAdded where followsLabel(c.key, l, added: true) { _ = try graph.addLabel(l, to: id) }
                for l in c.labelsRemoved where followsLabel(c.key, l, added: false) {
                    _ = try graph.removeLabel(l, from: id)
                }
                let props = merge(c, into: graph.properties(of: id))
                if props != graph.properties(of: id) { try graph.setProperties(props, on: id) }
            }
            for c in changes where c.entity == .relationship {
                guard let after = c.after else { continue }
                if let id = graph.relationship(forKey: c.key) {
                    let now = EntityState.relationship(c.key, in: graph)
                    let reshaped = !after.sameShape(as: now)
                    if reshaped && followsShape(c.key) {
                        try graph.removeRelationship(id)
                    } else {
                        let props = merge(c, into: graph.properties(of: id))
                        if props != graph.properties(of: id) { try graph.setProperties(props, on: id) }
                        continue
                    }
                }
                guard followsExistence(.relationship, c.key), let type = after.type,
                    let start = after.start.flatMap({ graph.node(forKey: $0) }),
                    let end = after.end.flatMap({ graph.node(forKey: $0) })
                else { continue }
                _ = try graph.addRelationship(
                    key: c.key, type: type, from: start, to: end, properties: after.properties)
                wholesale.insert("r:" + c.key)
            }
            for index in step.indexes {
                if index.dropped {
                    graph.dropIndex(label: index.label, property: index.property)
                } else {
                    graph.createIndex(label: index.label, property: index.property, name: index.name)
                }
            }
            let (bytes, commit) = Registry.encodeTransaction(graph, number: number + 1, signature: step.signature)
            if let tx = commit.transaction {
                out += bytes
                number = tx
            }
            transactions.append((step.number, commit.transaction))
            graph.resetChanges()
        }
        // The result must load as any registry does (line numbers of a damaged result are its own).
        let check = try RegistryHistory(content: out, name: ours.path)
        return MergeResult(bytes: out, graph: check.current.graph, transactions: transactions)
    }
}

extension Registry {
    /// Replaces the registry's content with `bytes` (a merge's result), atomically: a
    /// temporary copy, `fsync`, `rename`; under the registry's lock when `locked`.
    /// - Parameter expected: when given, the content the file must still have (the merge read
    ///   it): a writer who committed since is never overwritten.
    /// - Throws: `HistoryError.mergeChangedMeanwhile` when the file is not `expected`.
    /// - Complexity: O(size of the bytes).
    public func replace(with bytes: [UInt8], expected: [UInt8]? = nil, locked: Bool = true) throws {
        let lock = locked ? try exclusiveLock() : nil
        defer { withExtendedLifetime(lock) {} }
        if let expected, try io.readFile(path) != expected { throw HistoryError.mergeChangedMeanwhile(path: path) }
        try io.replace(path, with: bytes)
        RegistryCache.remove(registry: path, fileSystem: fileSystem)
    }
}
