// How each stakeholder kind and relationship type looks in a diagram (DOT and the HTML map):
// shapes, colours from colour-blind-safe palettes, line styles. docs/diagrams.md shows the
// tables; Tests/SinergiFormatsTests/DiagramPaletteTests.swift checks that every stakeholder
// kind has a colour and a shape of its own and that text on every fill is readable.

import SinergiText

/// The colours of the diagrams: the Okabe–Ito palette (Okabe & Ito 2008) and seven of Paul
/// Tol's colour-blind-safe colours (muted, bright and light schemes).
///
/// Fourteen stakeholder kinds need fourteen fills, more than any one colour-blind-safe scheme
/// has. These fourteen were chosen (by a search over the four schemes) to keep the smallest
/// CIELAB distance between any two of them, under normal vision and simulated protanopia,
/// deuteranopia and tritanopia (Machado et al. 2009), as large as possible: 11 (ΔE*ab).
/// Kinds whose colours come close under one deficiency differ in shape, and every kind has
/// a shape of its own, so a diagram also reads in black and white.
public enum DiagramPalette {
    // Okabe–Ito.
    public static let black = "#000000"
    public static let orange = "#E69F00"
    public static let skyBlue = "#56B4E9"
    public static let bluishGreen = "#009E73"
    public static let yellow = "#F0E442"
    public static let blue = "#0072B2"
    public static let vermillion = "#D55E00"
    public static let reddishPurple = "#CC79A7"
    // Paul Tol.
    public static let indigo = "#332288"
    public static let green = "#117733"
    public static let lightCyan = "#99DDFF"
    public static let pink = "#FFAABB"
    public static let olive = "#999933"
    public static let purple = "#AA3377"
    public static let wine = "#882255"
    // Neutrals.
    public static let white = "#FFFFFF"
    public static let grey = "#888888"
    public static let lightGrey = "#BBBBBB"
    public static let regionFill = "#EEEEEE"
}

/// The look of one node kind.
public struct DOTNodeStyle: Hashable, Sendable {
    /// The kind label (`RegencyLibraryOffice`).
    public var kind: String
    /// The Graphviz shape.
    public var shape: String
    /// The fill colour.
    public var fill: String
    /// The text colour (black or white, whichever reads better on the fill).
    public var fontColor: String
    /// Extra style words (`rounded`, `dashed`) besides `filled`.
    public var extraStyle: String

    /// The kind in a few words, printed under a node's name and in the legend
    /// ("Dinas Perpustakaan Kab/Kota", "Bappeda"), from the catalogue.
    /// - Complexity: O(1).
    public func caption(_ language: Language) -> String { Vocabulary.kindShort(kind, language) }
}

/// The look of one relationship type: Graphviz edge attributes.
public struct DOTEdgeStyle: Hashable, Sendable {
    /// The relationship type.
    public var type: String
    /// The colour of the line.
    public var color: String
    /// Edge attributes (name, value), in output order.
    public var attributes: [(String, String)]

    /// The type as a phrase ("partners with" / "bermitra dengan"), from the catalogue.
    /// - Complexity: O(1).
    public func caption(_ language: Language) -> String { Vocabulary.relationship(type, language) }

    /// The DOT line style (`solid`, `bold`, `dashed`, `dotted`).
    public var lineStyle: String { attributes.first { $0.0 == "style" }?.1 ?? "solid" }

    public static func == (a: DOTEdgeStyle, b: DOTEdgeStyle) -> Bool {
        a.type == b.type && a.color == b.color && a.attributes.elementsEqual(b.attributes, by: ==)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(type)
        for (k, v) in attributes {
            hasher.combine(k)
            hasher.combine(v)
        }
    }
}

/// The style tables.
public enum DOTStyle {
    private typealias P = DiagramPalette

    private static func node(_ kind: String, _ shape: String, _ fill: String, white: Bool = false, _ extra: String = "")
        -> DOTNodeStyle
    {
        DOTNodeStyle(kind: kind, shape: shape, fill: fill, fontColor: white ? P.white : P.black, extraStyle: extra)
    }

    /// The node styles of the TPBIS kinds, in legend order: the fourteen stakeholder kinds
    /// (each its own colour and shape), then people, events and regions.
    public static let nodeStyles: [DOTNodeStyle] = [
        node("Perpusnas", "doubleoctagon", P.blue, white: true),
        node("Bappenas", "octagon", P.indigo, white: true),
        node("Kemendes", "hexagon", P.green, white: true),
        node("ProvincialLibraryOffice", "tab", P.skyBlue),
        node("RegencyLibraryOffice", "box", P.lightCyan),
        node("Bappeda", "component", P.orange),
        node("DPMPD", "box3d", P.bluishGreen),
        node("VillageLibrary", "folder", P.yellow),
        node("VillageGovernment", "house", P.reddishPurple),
        node("SynergyTeam", "parallelogram", P.vermillion),
        node("Facilitator", "ellipse", P.pink),
        node("MasterTrainer", "diamond", P.olive),
        node("Partner", "cds", P.purple, white: true),
        node("Patron", "trapezium", P.wine, white: true),
        node("Person", "egg", P.white),
        node("Event", "note", P.white),
        node("Province", "box", P.regionFill, "rounded,dashed"),
        node("Regency", "box", P.regionFill, "dashed"),
        node("District", "ellipse", P.regionFill, "dashed"),
        node("Village", "ellipse", P.regionFill),
    ]

    /// The style of a node without a known kind: a white rounded box.
    /// - Complexity: O(1).
    public static func otherNodeStyle(kind: String) -> DOTNodeStyle {
        node(kind, "box", P.white, "rounded")
    }

    private static let nodeStyleByKind: [String: Int] = Dictionary(
        uniqueKeysWithValues: nodeStyles.enumerated().map { ($1.kind, $0) })

    /// Labels that say what family a node belongs to rather than its kind.
    static let genericLabels: Set<String> = ["Stakeholder", "Region"]

    /// The kind of a node with `labels`: the first TPBIS kind among them (in table order),
    /// else the alphabetically first label that is not `Stakeholder` or `Region`, else nil.
    /// - Complexity: O(l log l).
    public static func kind(of labels: [String]) -> String? {
        if let known = labels.compactMap({ nodeStyleByKind[$0] }).min() { return nodeStyles[known].kind }
        return labels.filter { !genericLabels.contains($0) }.sorted().first ?? labels.sorted().first
    }

    /// The style of a kind (a neutral rounded box for unknown kinds).
    /// - Complexity: O(1) on average.
    public static func nodeStyle(kind: String) -> DOTNodeStyle {
        guard let i = nodeStyleByKind[kind] else { return otherNodeStyle(kind: kind) }
        return nodeStyles[i]
    }

    /// The legend position of a kind: TPBIS kinds first in table order, then others by name.
    static func legendOrder(_ kind: String) -> (Int, String) { (legendRank(kind: kind), kind) }

    /// The kind's place in the legend's table (the same for every kind the table lacks; order
    /// those by name): how briefs and maps list kinds.
    /// - Complexity: O(1) on average.
    public static func legendRank(kind: String) -> Int { nodeStyleByKind[kind] ?? nodeStyles.count }

    private static func edge(_ type: String, _ color: String, _ attributes: [(String, String)]) -> DOTEdgeStyle {
        DOTEdgeStyle(type: type, color: color, attributes: attributes + [("color", color)])
    }

    /// The edge styles of the TPBIS relationship types, in legend order.
    public static let edgeStyles: [DOTEdgeStyle] = [
        edge("PARTNERS_WITH", P.blue, [("style", "bold"), ("penwidth", "2.5"), ("dir", "none")]),
        edge("COORDINATES", P.bluishGreen, [("style", "dashed"), ("penwidth", "1.5")]),
        edge("MENTORS", P.reddishPurple, [("style", "dotted"), ("penwidth", "2")]),
        edge("FUNDS", P.orange, [("style", "bold"), ("penwidth", "2.5")]),
        edge("REPLICATED_FROM", P.black, [("style", "solid"), ("penwidth", "1.5"), ("arrowhead", "vee")]),
        edge("MEMBER_OF", P.grey, [("style", "solid"), ("arrowhead", "odiamond")]),
        edge("ATTENDED", P.grey, [("style", "solid"), ("penwidth", "0.8"), ("arrowsize", "0.5")]),
        edge("LOCATED_IN", P.lightGrey, [("style", "solid"), ("arrowhead", "none")]),
        edge("PART_OF", P.lightGrey, [("style", "solid"), ("arrowhead", "onormal")]),
    ]

    private static let edgeStyleByType: [String: Int] = Dictionary(
        uniqueKeysWithValues: edgeStyles.enumerated().map { ($1.type, $0) })

    /// The style of a relationship type (thin dark grey with an arrowhead for unknown types).
    /// - Complexity: O(1) on average.
    public static func edgeStyle(type: String) -> DOTEdgeStyle {
        guard let i = edgeStyleByType[type] else { return edge(type, "#555555", [("style", "solid")]) }
        return edgeStyles[i]
    }

    /// The legend position of a type: TPBIS types first in table order, then others by name.
    static func legendOrder(type: String) -> (Int, String) { (edgeStyleByType[type] ?? edgeStyles.count, type) }

    /// The colour of the highlights (gaps, recommended partnerships).
    public static let highlightColor = P.vermillion

    /// Attributes of a recommended-partnership edge.
    public static let recommendedEdge: [(String, String)] = [
        ("style", "dashed"), ("color", highlightColor), ("penwidth", "3"), ("dir", "none"),
        ("constraint", "false"),
    ]

    /// Attributes added to a gap node.
    public static let gapNode: [(String, String)] = [("color", highlightColor), ("penwidth", "4")]

    /// Attributes of a gap region's box.
    public static let gapCluster: [(String, String)] = [("color", highlightColor), ("penwidth", "3")]

    /// Attributes added to a role model.
    public static let roleModelNode: [(String, String)] = [("peripheries", "2"), ("penwidth", "2")]

    /// The mark printed before a role model's name.
    public static let roleModelMark = "★"
}
