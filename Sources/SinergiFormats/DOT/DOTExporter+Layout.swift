// Shaping a `dot` layout to the canvas. The boxes of the diagram (the provinces, or the
// regencies of one province) are "blocks"; the nodes outside them at that level (Perpusnas
// and the national partners, or a province's own offices) are the "head", drawn first. The
// blocks are laid in chains along the rank direction by invisible edges, each chain starting
// after the head, with as many blocks per chain as bring the estimated drawing closest to the
// canvas's aspect (16:9 by default); the legend comes after every chain. Edges between
// blocks, and from a block back to the head, do not shape the ranks (`constraint=false`), so
// the grid holds. The estimate uses label sizes and a longest-path ranking inside each
// block: Graphviz is not needed to write the DOT.

import Foundation
import SinergiGraph

/// The arrangement of a diagram's blocks.
struct GridPlan {
    /// One box (or the head) laid out as a unit.
    struct Block {
        /// Drawn node indices.
        var nodes: [Int]
        /// The cluster that holds the block's anchors, "" for the root.
        var holder: String
        /// How many boxes the block draws (0 for the head).
        var boxes = 0
        /// Nodes with no drawn predecessor / successor inside the block.
        var sources: [Int] = []
        var sinks: [Int] = []
        /// Estimated extent along the ranks and across them, in inches.
        var along = 0.0
        var cross = 0.0
    }

    /// The loose nodes drawn before every chain, if any.
    var head: Block?
    /// The loose nodes most lines from the boxes go into (the meeting everyone attended),
    /// drawn after every chain.
    var tail: Block?
    /// The boxes, in key order.
    var blocks: [Block] = []
    /// The block of each drawn node (-1 for the head, -2 for the tail).
    var blockOf: [Int] = []
    /// Blocks per chain.
    var perChain = 1
    /// Invisible ordering edges (tail, head) and anchor nodes per holding cluster.
    var orderingEdges: [(String, String)] = []
    var anchors: [String: [String]] = [:]
    /// The DOT ids the legend follows: the ends of every chain (or the head's, without blocks).
    var chainEnds: [String] = []

    /// False when an edge from `tail` to `head` (drawn indices) must not shape the ranks: it
    /// joins two blocks, goes back to the head, or out of the tail.
    func shapesRanks(_ tail: Int, _ head: Int) -> Bool {
        guard !blockOf.isEmpty else { return true }
        let a = blockOf[tail]
        let b = blockOf[head]
        return a == b || a == -1 || b == -2
    }
}

extension DOTExporter {
    /// Estimated size of a node in inches (width, height) from its label lines and shape.
    static func estimatedSize(lines: [String], shape: String) -> (Double, Double) {
        let chars = lines.map(\.count).max() ?? 0
        var w = max(0.75, Double(chars) * 0.078 + 0.3)
        var h = max(0.5, Double(lines.count) * 0.19 + 0.2)
        if ["ellipse", "egg", "diamond", "hexagon", "octagon", "doubleoctagon", "trapezium", "parallelogram"].contains(
            shape)
        {
            w *= 1.35
            h *= 1.3
        }
        return (w, h)
    }

    /// Plans the grid for the scene's `edges` (the legend's extent, when drawn, in `legend`).
    /// - Complexity: O(n + e + b²) for n nodes, e edges and b blocks.
    static func planGrid(
        _ scene: DiagramScene, edges: [DrawnEdge], sizes: [(Double, Double)], legend: (along: Double, cross: Double)?
    ) -> GridPlan {
        var plan = GridPlan()
        let horizontal = scene.options.rankDirection.isHorizontal
        // The level whose boxes become blocks: descend while one box holds (nearly) everything.
        var container = scene.tree
        while container.children.count == 1, container.nodes.count <= 3 { container = container.children[0] }
        let inside = Set(container.children.flatMap(\.allNodes))
        let loose = scene.nodes.indices.filter { !inside.contains(scene.nodes[$0]) }
        var blocks = container.children.map { child in
            GridPlan.Block(
                nodes: child.allNodes.compactMap { scene.index[$0] }.sorted(), holder: child.name,
                boxes: child.clusterCount)
        }
        var blockOf = [Int](repeating: -1, count: scene.nodes.count)
        for (b, block) in blocks.enumerated() { for i in block.nodes { blockOf[i] = b } }
        // Loose nodes that more lines come into from the boxes than go out to them go last.
        var fromBoxes = [Int](repeating: 0, count: scene.nodes.count)
        var toBoxes = [Int](repeating: 0, count: scene.nodes.count)
        for e in edges where e.constrains {
            if blockOf[e.tailIndex] >= 0, blockOf[e.headIndex] == -1 { fromBoxes[e.headIndex] += 1 }
            if blockOf[e.tailIndex] == -1, blockOf[e.headIndex] >= 0 { toBoxes[e.tailIndex] += 1 }
        }
        let last = blocks.isEmpty ? [] : loose.filter { fromBoxes[$0] > toBoxes[$0] }
        let lastSet = Set(last)
        let first = loose.filter { !lastSet.contains($0) }
        for i in last { blockOf[i] = -2 }
        var head: GridPlan.Block? = first.isEmpty ? nil : GridPlan.Block(nodes: first, holder: container.name)
        var tail: GridPlan.Block? = last.isEmpty ? nil : GridPlan.Block(nodes: last, holder: container.name)
        plan.blockOf = blockOf
        // Ranks inside each block: longest path over the edges that shape ranks.
        var successors = [[Int]](repeating: [], count: scene.nodes.count)
        var indegree = [Int](repeating: 0, count: scene.nodes.count)
        for e in edges where e.constrains && e.tailIndex != e.headIndex && blockOf[e.tailIndex] == blockOf[e.headIndex]
        {
            successors[e.tailIndex].append(e.headIndex)
            indegree[e.headIndex] += 1
        }
        var rank = [Int](repeating: 0, count: scene.nodes.count)
        var queue = (0..<scene.nodes.count).filter { indegree[$0] == 0 }
        var remaining = indegree
        var next = 0
        while next < queue.count {
            let v = queue[next]
            next += 1
            for w in successors[v] {
                rank[w] = max(rank[w], rank[v] + 1)
                remaining[w] -= 1
                if remaining[w] == 0 { queue.append(w) }
            }
        }
        let nodesep = 0.3
        let ranksep = scene.options.edgeLabels ? 1.4 : 0.6
        func measure(_ block: inout GridPlan.Block, _ b: Int) {
            var byRank: [Int: [Int]] = [:]
            for i in block.nodes { byRank[rank[i], default: []].append(i) }
            var along = 0.0
            var cross = 0.0
            for (_, members) in byRank {
                along += (members.map { horizontal ? sizes[$0].0 : sizes[$0].1 }.max() ?? 0) + ranksep
                cross = max(cross, members.reduce(0.0) { $0 + (horizontal ? sizes[$1].1 : sizes[$1].0) + nodesep })
            }
            block.along = along + 0.4
            block.cross = cross + 0.6 + 0.45 * Double(block.boxes)
            block.sources = block.nodes.filter { indegree[$0] == 0 }
            block.sinks = block.nodes.filter { successors[$0].allSatisfy { blockOf[$0] != b } }
        }
        for b in blocks.indices { measure(&blocks[b], b) }
        if head != nil { measure(&head!, -1) }
        if tail != nil { measure(&tail!, -2) }
        plan.blocks = blocks
        plan.head = head
        plan.tail = tail
        // Blocks per chain: the count whose estimate comes closest to the canvas's aspect.
        var best = max(1, blocks.count)
        if let target = scene.options.canvas?.ratio, blocks.count > 1 {
            var bestScore = Double.infinity
            for m in 1...blocks.count {
                let chains = (blocks.count + m - 1) / m
                var along = (head.map { $0.along + 0.3 } ?? 0) + (tail.map { $0.along + 0.3 } ?? 0)
                var cross = max(head?.cross ?? 0, tail?.cross ?? 0)
                for j in 0..<m {
                    var column = 0.0
                    var stack = 0.0
                    for c in 0..<chains where c * m + j < blocks.count {
                        column = max(column, blocks[c * m + j].along)
                        stack += blocks[c * m + j].cross + 0.3
                    }
                    along += column
                    cross = max(cross, stack)
                }
                if let legend {
                    along += legend.along
                    cross = max(cross, legend.cross)
                }
                let aspect = horizontal ? along / cross : cross / along
                let score = abs(log(aspect / target))
                if score < bestScore - 1e-9 {
                    bestScore = score
                    best = m
                }
            }
        } else if scene.options.canvas == nil {
            best = 1
        }
        plan.perChain = best
        // Ordering edges: every sink of a block to every source of the next in its chain, or
        // through two anchors when that would be many edges.
        func link(_ sinks: [Int], _ sources: [Int], from: (String, Int), to: (String, Int)) {
            if sinks.count * sources.count <= 36 {
                for s in sinks { for t in sources { plan.orderingEdges.append((scene.dotID(s), scene.dotID(t))) } }
                return
            }
            let out = "g\(from.1 + 2)o"
            let into = "g\(to.1 + 2)i"
            if !(plan.anchors[from.0]?.contains(out) ?? false) {
                plan.anchors[from.0, default: []].append(out)
                for s in sinks { plan.orderingEdges.append((scene.dotID(s), out)) }
            }
            if !(plan.anchors[to.0]?.contains(into) ?? false) {
                plan.anchors[to.0, default: []].append(into)
                for t in sources { plan.orderingEdges.append((into, scene.dotID(t))) }
            }
            plan.orderingEdges.append((out, into))
        }
        let chains = blocks.isEmpty ? 0 : (blocks.count + best - 1) / best
        for c in 0..<chains {
            let members = Array((c * best)..<min(blocks.count, (c + 1) * best))
            if let head, let first = members.first {
                link(head.sinks, blocks[first].sources, from: (head.holder, -1), to: (blocks[first].holder, first))
            }
            for (previous, following) in zip(members, members.dropFirst()) {
                link(
                    blocks[previous].sinks, blocks[following].sources, from: (blocks[previous].holder, previous),
                    to: (blocks[following].holder, following))
            }
            if let end = members.last {
                if let tail {
                    link(blocks[end].sinks, tail.sources, from: (blocks[end].holder, end), to: (tail.holder, -2))
                } else {
                    plan.chainEnds += blocks[end].sinks.map(scene.dotID)
                }
            }
        }
        if let tail { plan.chainEnds = tail.sinks.map(scene.dotID) }
        if chains == 0, let head { plan.chainEnds = head.sinks.map(scene.dotID) }
        return plan
    }
}

extension ClusterTree {
    /// How many clusters this one is, with its sub-clusters.
    /// - Complexity: O(c) for c clusters.
    var clusterCount: Int { children.reduce(1) { $0 + $1.clusterCount } }
}
