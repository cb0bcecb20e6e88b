// A compact, direction-resolved, type-filtered adjacency built once per algorithm call.
//
// The snapshot keeps outgoing and incoming CSR separately and filters types on every
// visit; algorithms that sweep the graph many times (betweenness, cascades, Tarjan)
// first flatten the arcs they need into one CSR of `Int32` targets.
import SinergiGraph

/// How an `Adjacency` treats relationships whose start and end are the same node.
enum SelfLoopPolicy {
    /// Leave them out.
    case drop
    /// One arc per self-loop, even when both directions are followed.
    case once
    /// Every arc the snapshot has (two for a self-loop followed in both directions).
    case keep
}

/// Arcs of the snapshot in one CSR: for node v, arcs `offsets[v] ..< offsets[v + 1]`
/// lead to `targets[i]` through relationship `relationships[i]`.
struct Adjacency {
    var offsets: [Int]
    var targets: [Int32]
    var relationships: [Int32]

    var nodeCapacity: Int { offsets.count - 1 }
    var arcCount: Int { targets.count }

    /// Flattens the arcs of `snapshot` in `direction` whose type passes `types` and whose
    /// both ends pass `nodeMask`. With `simple`, each node's neighbours are sorted and
    /// parallel arcs merged (the first relationship is kept), as in a simple graph.
    /// - Complexity: O(N + E), plus O(E log d) with `simple`.
    init(
        _ snapshot: GraphSnapshot, direction: Direction, types: TypeFilter?, nodeMask: [Bool]? = nil,
        selfLoops: SelfLoopPolicy = .keep, simple: Bool = false
    ) {
        let n = snapshot.nodeCapacity
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [Int32] = []
        var rels: [Int32] = []
        let estimate = direction == .both ? 2 * snapshot.relationshipCount : snapshot.relationshipCount
        targets.reserveCapacity(estimate)
        rels.reserveCapacity(estimate)
        let typeOf = snapshot.relationshipTypes
        var scratch: [(Int32, Int32)] = []
        for v in 0..<n {
            if let nodeMask, !nodeMask[v] {
                offsets[v + 1] = targets.count
                continue
            }
            let begin = targets.count
            if direction != .incoming {
                for i in snapshot.outOffsets[v]..<snapshot.outOffsets[v + 1] {
                    let r = snapshot.outRelationships[i]
                    if let types, !types.contains(typeOf[r.index]) { continue }
                    let w = snapshot.outTargets[i].index
                    if w == v, selfLoops == .drop { continue }
                    if let nodeMask, !nodeMask[w] { continue }
                    targets.append(Int32(truncatingIfNeeded: w))
                    rels.append(Int32(truncatingIfNeeded: r.index))
                }
            }
            if direction != .outgoing {
                for i in snapshot.inOffsets[v]..<snapshot.inOffsets[v + 1] {
                    let r = snapshot.inRelationships[i]
                    if let types, !types.contains(typeOf[r.index]) { continue }
                    let w = snapshot.inSources[i].index
                    if w == v, selfLoops == .drop || (selfLoops == .once && direction == .both) { continue }
                    if let nodeMask, !nodeMask[w] { continue }
                    targets.append(Int32(truncatingIfNeeded: w))
                    rels.append(Int32(truncatingIfNeeded: r.index))
                }
            }
            if simple, targets.count - begin > 1 {
                scratch.removeAll(keepingCapacity: true)
                for i in begin..<targets.count { scratch.append((targets[i], rels[i])) }
                scratch.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
                targets.removeSubrange(begin...)
                rels.removeSubrange(begin...)
                var last: Int32 = -1
                for (t, r) in scratch where t != last {
                    targets.append(t)
                    rels.append(r)
                    last = t
                }
            }
            offsets[v + 1] = targets.count
        }
        self.offsets = offsets
        self.targets = targets
        self.relationships = rels
    }

    /// The arcs reversed: for each arc u → v of `self`, an arc v → u.
    /// - Complexity: O(N + E).
    func reversed() -> Adjacency {
        let n = nodeCapacity
        var counts = [Int](repeating: 0, count: n + 1)
        for t in targets { counts[Int(t) + 1] += 1 }
        for i in 0..<n { counts[i + 1] += counts[i] }
        var pos = counts
        var t2 = [Int32](repeating: 0, count: targets.count)
        var r2 = [Int32](repeating: 0, count: targets.count)
        for u in 0..<n {
            for i in offsets[u]..<offsets[u + 1] {
                let v = Int(targets[i])
                t2[pos[v]] = Int32(truncatingIfNeeded: u)
                r2[pos[v]] = relationships[i]
                pos[v] += 1
            }
        }
        return Adjacency(offsets: counts, targets: t2, relationships: r2)
    }

    init(offsets: [Int], targets: [Int32], relationships: [Int32]) {
        self.offsets = offsets
        self.targets = targets
        self.relationships = relationships
    }
}
