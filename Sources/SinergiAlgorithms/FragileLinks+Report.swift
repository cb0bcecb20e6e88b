// The fragile-links report: bridges and articulation points in one list, most cut off first,
// optionally in one province and cut to the top N — what `sinergi gaps --kind fragile` and
// `sinergi.gaps.fragile` print.
import SinergiGraph
import SinergiText

/// One place the network hangs on: a partnership (bridge) or a stakeholder (articulation point).
public struct FragileLink: Equatable, Sendable {
    /// Which of the two it is.
    public enum Kind: Int, Equatable, Sendable, CaseIterable {
        /// A relationship whose removal splits its component.
        case bridge = 0
        /// A node whose removal splits its component.
        case articulationPoint = 1

        /// The identifier procedures yield: `bridge` or `articulationPoint`.
        public var name: String { self == .bridge ? "bridge" : "articulationPoint" }

        /// The kind as people read it.
        public var message: Message { Message(self == .bridge ? .fragileBridge : .fragileArticulationPoint) }
    }

    public var kind: Kind
    /// The relationship (bridges only).
    public var relationship: RelationshipID?
    /// The node (articulation points), or the two ends of the bridge (start, end).
    public var nodes: [NodeID]
    /// Nodes cut off: the smaller side of a bridge; outside the largest piece for a point.
    public var cutOff: Int
    /// Nodes of the component it belongs to.
    public var componentSize: Int
    /// Pieces the component falls into without it (2 for a bridge).
    public var pieces: Int
}

/// Bridges and articulation points, ready to print.
public struct FragileLinksReport: Equatable, Sendable {
    /// The links listed: most cut off first, bridges before points, then by id.
    public var links: [FragileLink]
    /// Bridges and articulation points found (in the province), listed or not.
    public var bridges: Int
    public var articulationPoints: Int
}

extension FragileLinks {
    /// The findings as one list, in `province` when given (a bridge counts there when one of its
    /// ends does), of `kinds`, the `top` most cut off (nil: all).
    /// - Complexity: O(F log F) for F findings, plus O(N + E) for the region tree.
    public func report(
        kinds: Set<FragileLink.Kind> = [.bridge, .articulationPoint], province: NodeID? = nil, top: Int? = nil,
        hierarchy: RegionHierarchy? = nil
    ) -> FragileLinksReport {
        var links: [FragileLink] = []
        var bridgeCount = 0
        var pointCount = 0
        let h = province == nil ? nil : hierarchy
        func inside(_ v: NodeID) -> Bool {
            guard let province, let h else { return true }
            return h.region(of: v, at: .province) == province
        }
        for b in bridges where inside(b.start) || inside(b.end) {
            bridgeCount += 1
            guard kinds.contains(.bridge) else { continue }
            links.append(
                FragileLink(
                    kind: .bridge, relationship: b.relationship, nodes: [b.start, b.end], cutOff: b.cutOff,
                    componentSize: b.componentSize, pieces: 2))
        }
        for a in articulationPoints where inside(a.node) {
            pointCount += 1
            guard kinds.contains(.articulationPoint) else { continue }
            links.append(
                FragileLink(
                    kind: .articulationPoint, relationship: nil, nodes: [a.node], cutOff: a.cutOff,
                    componentSize: a.componentSize, pieces: a.piecesAfterRemoval))
        }
        func id(_ l: FragileLink) -> UInt32 { l.relationship?.rawValue ?? l.nodes[0].rawValue }
        links.sort { a, b in
            if a.cutOff != b.cutOff { return a.cutOff > b.cutOff }
            if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
            return id(a) < id(b)
        }
        if let top, top < links.count { links.removeSubrange(top...) }
        return FragileLinksReport(links: links, bridges: bridgeCount, articulationPoints: pointCount)
    }
}
