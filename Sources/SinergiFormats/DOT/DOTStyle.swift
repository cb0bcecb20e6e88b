// How each stakeholder kind and relationship type looks in a diagram: shapes, the
// Okabe–Ito colour-blind-safe palette, line styles. docs/diagrams.md shows the table.

/// The Okabe–Ito palette (Okabe & Ito 2008), safe for the common colour-vision deficiencies.
public enum OkabeIto {
    public static let black = "#000000"
    public static let orange = "#E69F00"
    public static let skyBlue = "#56B4E9"
    public static let bluishGreen = "#009E73"
    public static let yellow = "#F0E442"
    public static let blue = "#0072B2"
    public static let vermillion = "#D55E00"
    public static let reddishPurple = "#CC79A7"
}

/// The look of one node kind.
public struct DOTNodeStyle: Hashable, Sendable {
    /// The kind label (`RegencyLibraryOffice`).
    public var kind: String
    /// The kind in words, printed under the name (`Regency library office`).
    public var caption: String
    /// The Graphviz shape.
    public var shape: String
    /// The fill colour.
    public var fill: String
    /// The text colour (white on dark fills).
    public var fontColor: String
    /// Extra style words (`rounded`, `dashed`) besides `filled`.
    public var extraStyle: String
}

/// The look of one relationship type: Graphviz edge attributes.
public struct DOTEdgeStyle: Hashable, Sendable {
    /// The relationship type.
    public var type: String
    /// The type in words for the legend.
    public var caption: String
    /// Edge attributes (name, value), in output order.
    public var attributes: [(String, String)]

    public static func == (a: DOTEdgeStyle, b: DOTEdgeStyle) -> Bool {
        a.type == b.type && a.caption == b.caption && a.attributes.elementsEqual(b.attributes, by: ==)
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
    private static let white = "#FFFFFF"
    private static let regionFill = "#EEEEEE"

    /// The node styles of the TPBIS kinds, in legend order.
    public static let nodeStyles: [DOTNodeStyle] = [
        .init(
            kind: "Perpusnas", caption: "National Library", shape: "doubleoctagon", fill: OkabeIto.blue,
            fontColor: white, extraStyle: ""),
        .init(
            kind: "Bappenas", caption: "Bappenas", shape: "octagon", fill: OkabeIto.blue, fontColor: white,
            extraStyle: ""),
        .init(
            kind: "Kemendes", caption: "Ministry of Villages", shape: "hexagon", fill: OkabeIto.blue, fontColor: white,
            extraStyle: ""),
        .init(
            kind: "ProvincialLibraryOffice", caption: "Provincial library office", shape: "tab", fill: OkabeIto.skyBlue,
            fontColor: OkabeIto.black, extraStyle: ""),
        .init(
            kind: "RegencyLibraryOffice", caption: "Regency library office", shape: "box", fill: OkabeIto.skyBlue,
            fontColor: OkabeIto.black, extraStyle: ""),
        .init(
            kind: "Bappeda", caption: "Bappeda", shape: "component", fill: OkabeIto.orange, fontColor: OkabeIto.black,
            extraStyle: ""),
        .init(
            kind: "DPMPD", caption: "DPMPD", shape: "box3d", fill: OkabeIto.bluishGreen, fontColor: white,
            extraStyle: ""),
        .init(
            kind: "VillageLibrary", caption: "Village library", shape: "folder", fill: OkabeIto.yellow,
            fontColor: OkabeIto.black, extraStyle: ""),
        .init(
            kind: "VillageGovernment", caption: "Village government", shape: "house", fill: OkabeIto.reddishPurple,
            fontColor: OkabeIto.black, extraStyle: ""),
        .init(
            kind: "SynergyTeam", caption: "Synergy team", shape: "box", fill: OkabeIto.vermillion, fontColor: white,
            extraStyle: "rounded"),
        .init(
            kind: "Facilitator", caption: "Facilitator", shape: "ellipse", fill: OkabeIto.orange,
            fontColor: OkabeIto.black, extraStyle: ""),
        .init(
            kind: "MasterTrainer", caption: "Master trainer", shape: "ellipse", fill: OkabeIto.skyBlue,
            fontColor: OkabeIto.black, extraStyle: ""),
        .init(
            kind: "Partner", caption: "Partner", shape: "cds", fill: OkabeIto.reddishPurple, fontColor: OkabeIto.black,
            extraStyle: ""),
        .init(
            kind: "Patron", caption: "Patron", shape: "ellipse", fill: OkabeIto.yellow, fontColor: OkabeIto.black,
            extraStyle: ""),
        .init(
            kind: "Person", caption: "Person", shape: "ellipse", fill: white, fontColor: OkabeIto.black, extraStyle: ""),
        .init(kind: "Event", caption: "Event", shape: "note", fill: white, fontColor: OkabeIto.black, extraStyle: ""),
        .init(
            kind: "Province", caption: "Province", shape: "box", fill: regionFill, fontColor: OkabeIto.black,
            extraStyle: "rounded,dashed"),
        .init(
            kind: "Regency", caption: "Regency / city", shape: "box", fill: regionFill, fontColor: OkabeIto.black,
            extraStyle: "dashed"),
        .init(
            kind: "District", caption: "District", shape: "ellipse", fill: regionFill, fontColor: OkabeIto.black,
            extraStyle: "dashed"),
        .init(
            kind: "Village", caption: "Village", shape: "ellipse", fill: regionFill, fontColor: OkabeIto.black,
            extraStyle: ""),
    ]

    /// The style of a node without a known kind.
    /// - Complexity: O(1).
    public static func otherNodeStyle(kind: String) -> DOTNodeStyle {
        DOTNodeStyle(
            kind: kind, caption: kind, shape: "box", fill: white, fontColor: OkabeIto.black, extraStyle: "rounded")
    }

    private static let nodeStyleByKind: [String: Int] = Dictionary(
        uniqueKeysWithValues: nodeStyles.enumerated().map { ($1.kind, $0) })

    /// Labels that say what family a node belongs to rather than its kind.
    static let genericLabels: Set<String> = ["Stakeholder", "Region"]

    /// The kind of a node with `labels`: the first TPBIS kind among them, else the
    /// alphabetically first label that is not `Stakeholder` or `Region`, else nil.
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
    static func legendOrder(_ kind: String) -> (Int, String) { (nodeStyleByKind[kind] ?? nodeStyles.count, kind) }

    private static let lightGrey = "#BBBBBB"
    private static let grey = "#888888"

    /// The edge styles of the TPBIS relationship types, in legend order.
    public static let edgeStyles: [DOTEdgeStyle] = [
        .init(
            type: "PARTNERS_WITH", caption: "partners with",
            attributes: [("style", "bold"), ("color", OkabeIto.blue), ("penwidth", "2.5"), ("dir", "none")]),
        .init(
            type: "COORDINATES", caption: "coordinates",
            attributes: [("style", "dashed"), ("color", OkabeIto.bluishGreen), ("penwidth", "1.5")]),
        .init(
            type: "MENTORS", caption: "mentors",
            attributes: [("style", "dotted"), ("color", OkabeIto.reddishPurple), ("penwidth", "2")]),
        .init(
            type: "FUNDS", caption: "funds",
            attributes: [("style", "bold"), ("color", OkabeIto.orange), ("penwidth", "2.5")]),
        .init(
            type: "REPLICATED_FROM", caption: "replicated from",
            attributes: [("style", "solid"), ("color", OkabeIto.black), ("penwidth", "1.5"), ("arrowhead", "vee")]),
        .init(
            type: "MEMBER_OF", caption: "member of",
            attributes: [("style", "solid"), ("color", grey), ("arrowhead", "odiamond")]),
        .init(
            type: "ATTENDED", caption: "attended",
            attributes: [("style", "solid"), ("color", grey), ("penwidth", "0.6"), ("arrowsize", "0.5")]),
        .init(
            type: "LOCATED_IN", caption: "located in",
            attributes: [("style", "solid"), ("color", lightGrey), ("arrowhead", "none")]),
        .init(
            type: "PART_OF", caption: "part of",
            attributes: [("style", "solid"), ("color", lightGrey), ("arrowhead", "onormal")]),
    ]

    private static let edgeStyleByType: [String: Int] = Dictionary(
        uniqueKeysWithValues: edgeStyles.enumerated().map { ($1.type, $0) })

    /// The style of a relationship type (thin dark grey with an arrowhead for unknown types).
    /// - Complexity: O(1) on average.
    public static func edgeStyle(type: String) -> DOTEdgeStyle {
        guard let i = edgeStyleByType[type] else {
            return DOTEdgeStyle(type: type, caption: type, attributes: [("style", "solid"), ("color", "#555555")])
        }
        return edgeStyles[i]
    }

    /// The legend position of a type: TPBIS types first in table order, then others by name.
    static func legendOrder(type: String) -> (Int, String) { (edgeStyleByType[type] ?? edgeStyles.count, type) }

    /// Attributes of a recommended-partnership edge.
    public static let recommendedEdge: [(String, String)] = [
        ("style", "dashed"), ("color", OkabeIto.vermillion), ("penwidth", "2.5"), ("dir", "none"),
        ("constraint", "false"),
    ]

    /// Attributes added to a gap node.
    public static let gapNode: [(String, String)] = [("color", OkabeIto.vermillion), ("penwidth", "4")]

    /// Attributes added to a role model.
    public static let roleModelNode: [(String, String)] = [("peripheries", "2"), ("penwidth", "2")]

    /// The mark printed before a role model's name.
    public static let roleModelMark = "★"
}
