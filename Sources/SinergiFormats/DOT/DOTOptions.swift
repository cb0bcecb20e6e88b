// What a diagram shows and how it is laid out: clustering, title, legend, highlights,
// bundling, the canvas (aspect and size), the language of its texts, the engine.

import SinergiText

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

/// The picture a rendered diagram should fill: an aspect ratio and a size in pixels.
///
/// The default is a 16:9 projector slide of 1920 × 1080 pixels. Graphviz works in inches:
/// the size is written as `size` (at 96 pixels an inch, `dpi=96`) with `ratio` set to the
/// aspect, so PNG output has exactly these pixels and SVG and PDF the same proportions.
public struct DiagramCanvas: Hashable, Sendable {
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int

    /// A canvas of `width` × `height` pixels.
    public init(width: Int, height: Int) {
        self.width = max(1, width)
        self.height = max(1, height)
    }

    /// 1920 × 1080: a 16:9 projector.
    public static let projector = DiagramCanvas(width: 1920, height: 1080)

    /// Pixels per inch of the written size.
    public static let dpi = 96

    /// The canvas of `aspectWidth:aspectHeight` that is 1920 pixels on its longer side.
    /// - Complexity: O(1).
    public static func aspect(_ aspectWidth: Int, _ aspectHeight: Int) -> DiagramCanvas {
        let w = max(1, aspectWidth)
        let h = max(1, aspectHeight)
        if w >= h { return DiagramCanvas(width: 1920, height: max(1, 1920 * h / w)) }
        return DiagramCanvas(width: max(1, 1920 * w / h), height: 1920)
    }

    /// Width over height.
    public var ratio: Double { Double(width) / Double(height) }
}

/// Options of `DOTExporter.export` (and of the HTML map, which draws the same diagram).
///
/// ```swift
/// var options = DOTOptions()
/// options.clustering = .regency
/// options.title = "Kepulauan Riau — Stakeholder Meeting 2023"
/// options.language = .id
/// options.gapRegencies = ["regency/2102"]
/// options.gapNotes = ["regency/2102": ["Bappeda dan DPMPD belum bermitra"]]
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
        case rightToLeft = "RL"
        case bottomToTop = "BT"

        /// True for LR and RL: ranks are columns.
        public var isHorizontal: Bool { self == .leftToRight || self == .rightToLeft }
    }

    /// How nodes are grouped. Default: by province.
    public var clustering: Clustering = .province
    /// A title printed above the diagram, or nil.
    public var title: String?
    /// Draw a legend of the kinds and relationship types present. Default: on.
    public var legend = true
    /// The language of every text the diagram adds (legend, kinds, relationship phrases). Default: English.
    public var language: Language = .en
    /// Keys of nodes or regions to mark as gaps: a thick vermillion border on the node, or on
    /// the region's box when the region is drawn as a cluster.
    public var gapRegencies: Set<String> = []
    /// Lines written under a gap region's name in its box ("Bappeda and DPMPD not partnered").
    public var gapNotes: [String: [String]] = [:]
    /// Recommended partnerships, drawn as dashed vermillion lines without arrowheads.
    public var recommendedPartnerships: [NodeKeyPair] = []
    /// Lines written in the legend under its title (what was left out, for instance).
    public var legendNotes: [String] = []
    /// Mark nodes with `roleModel: true` (double border and a star). Default: on.
    public var markRoleModels = true
    /// Write the relationship (and a partnership's kind and years) on edges. Default: off.
    public var edgeLabels = false
    /// Many-to-one edges of one type — `bundleMinimum` or more from the members of one box to
    /// one node outside it, or from one node into one box — are drawn as one line from (or
    /// into) the box, labelled "×N"; outside any box they meet at a junction point first.
    /// 0 draws every edge on its own. Default: 3.
    public var bundleMinimum = 3
    /// Types never bundled: partnerships, what the meetings are about, are always drawn one by one.
    public var unbundledTypes: Set<String> = ["PARTNERS_WITH"]
    /// The picture a rendered diagram fills (nil: Graphviz's natural size). Default: 16:9, 1920 × 1080.
    public var canvas: DiagramCanvas? = .projector
    /// The layout engine the DOT asks for (`layout=`). Default: `dot`.
    public var engine: GraphvizEngine = .dot
    /// The rank direction for `dot`. Default: left to right.
    public var rankDirection: RankDirection = .leftToRight
    /// Whether the HTML map boxes the regions of a layout made without clusters: an engine
    /// that draws none (`sfdp`) sets `clustering` to `.none` and this to true (unless no boxes
    /// were asked for). The map then lays out each regency (above 60 regencies, each province)
    /// on its own, packs them side by side and draws a box around each. Default: false.
    public var boxesAfterLayout = false

    /// Default options.
    public init() {}
}
