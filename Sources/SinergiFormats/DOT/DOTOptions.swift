// What a DOT diagram shows: clustering, title, legend, highlights, engine.

/// Two node keys: a recommended partnership to draw between them.
public struct NodeKeyPair: Hashable, Sendable {
    /// The first node's key.
    public var first: String
    /// The second node's key.
    public var second: String

    /// Creates a pair.
    public init(_ first: String, _ second: String) {
        self.first = first
        self.second = second
    }
}

/// Options of `DOTExporter.export`.
///
/// ```swift
/// var options = DOTOptions()
/// options.clustering = .regency
/// options.title = "Kepulauan Riau — Stakeholder Meeting 2023"
/// options.gapRegencies = ["regency/2102"]
/// options.recommendedPartnerships = [NodeKeyPair("kepri/bintan/dinas-perpustakaan", "kepri/bintan/bappeda")]
/// ```
public struct DOTOptions: Hashable, Sendable {
    /// How nodes are grouped into boxes (Graphviz clusters).
    public enum Clustering: String, Hashable, Sendable, CaseIterable {
        /// No clusters.
        case none
        /// One box per province.
        case province
        /// One box per regency, inside a box per province.
        case regency
    }

    /// The direction ranks run in (`rankdir`).
    public enum RankDirection: String, Hashable, Sendable, CaseIterable {
        case leftToRight = "LR"
        case topToBottom = "TB"
    }

    /// How nodes are grouped. Default: by province.
    public var clustering: Clustering = .province
    /// A title printed above the diagram, or nil.
    public var title: String?
    /// Draw a legend of the kinds and relationship types present. Default: on.
    public var legend = true
    /// Keys of nodes to mark as gaps (typically regencies without synergy): a thick vermillion border.
    public var gapRegencies: Set<String> = []
    /// Recommended partnerships, drawn as dashed vermillion lines without arrowheads.
    public var recommendedPartnerships: [NodeKeyPair] = []
    /// Mark nodes with `roleModel: true` (double border and a star). Default: on.
    public var markRoleModels = true
    /// Write the relationship type (and a partnership's `since` year) on edges. Default: off.
    public var edgeLabels = false
    /// The layout engine the DOT asks for (`layout=`). Default: `dot`.
    public var engine: GraphvizEngine = .dot
    /// The rank direction for `dot`. Default: left to right.
    public var rankDirection: RankDirection = .leftToRight

    /// Default options.
    public init() {}
}
