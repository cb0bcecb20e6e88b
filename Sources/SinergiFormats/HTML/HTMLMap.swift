// The offline interactive map (`export --format html`): one HTML file holding the network as
// JSON (positions computed by Graphviz beforehand), the viewer's script and style sheet inline
// (Viewer/map.js, Viewer/map.css), and every text in the chosen language. It makes no request
// of any kind: it opens from a USB stick or an e-mail attachment, with no network.
// Deterministic: the same graph, options and layout give the same bytes.

import SinergiGraph
import SinergiText

/// Writes a diagram as a self-contained, interactive HTML page.
///
/// ```swift
/// let dot = HTMLMap.layoutDOT(graph, options: options, subset: part)
/// let plain = try GraphvizRenderer().layout(dot: dot, engine: .dot).plain
/// if let layout = MapLayout(plain: plain) {
///     let page = HTMLMap.document(graph, options: options, subset: part, layout: layout)
/// }
/// ```
public enum HTMLMap {
    /// The options the map is laid out and drawn with: the diagram's, without legend (the
    /// page has its own), bundled lines or edge labels (the page shows every relationship).
    /// - Complexity: O(1).
    public static func mapOptions(_ options: DOTOptions) -> DOTOptions {
        var o = options
        o.legend = false
        o.bundleMinimum = 0
        o.edgeLabels = false
        return o
    }

    /// The DOT text Graphviz lays out for the map (run it with `-Tplain`).
    /// - Complexity: as `DOTExporter.export`.
    /// With `sfdp` and `boxesAfterLayout` it holds only the relationships inside each region
    /// box (see `ClusterTree.afterLayout`), so each box is laid out on its own, and the boxes
    /// are packed by their bounding boxes at their natural size (no canvas to fill).
    public static func layoutDOT(_ graph: PropertyGraph, options: DOTOptions, subset: GraphSubset?) -> String {
        var o = mapOptions(options)
        let packing = options.boxesAroundLayout
        if packing { o.canvas = nil }
        return DOTExporter.export(graph, options: o, subset: subset, packingBoxes: packing)
    }

    /// The HTML page of `subset` (all of `graph` when nil) at the positions of `layout`
    /// (from `layoutDOT` of the same graph, options and subset). Nodes the layout does not
    /// place are put at the top left.
    /// - Complexity: O((n + r) log(n + r)) for n nodes and r relationships, plus the size of
    ///   their properties.
    public static func document(_ graph: PropertyGraph, options: DOTOptions, subset: GraphSubset?, layout: MapLayout)
        -> String
    {
        let options = mapOptions(options)
        let scene = DiagramScene(graph, options: options, subset: subset)
        let language = options.language
        let title = options.title ?? Message(.mapTitle).text(language)
        let data = MapData(scene: scene, layout: layout, title: title).value
        // Inside a data block only `</script` could end it early: every `<` is written as \u003c.
        let json = JSONLineEncoder.encode(data).replacingOccurrences(of: "<", with: "\\u003c")
        func t(_ key: MessageKey) -> String { XMLEscaping.attribute(Message(key).text(language)) }
        let heading = XMLEscaping.text(title)
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="sinergi">
            <title>\(heading)</title>
            <style>
            \(MapViewerAssets.style)
            </style>
            </head>
            <body>
            <header><h1>\(heading)</h1><div id="search-box"><input id="search" type="search" \
            placeholder="\(t(.mapSearchPlaceholder))" aria-label="\(t(.mapSearchPlaceholder))" autocomplete="off">\
            <ul id="results"></ul></div><div id="zoom"><button id="zoom-in" title="\(t(.mapZoomIn))">+</button>\
            <button id="zoom-out" title="\(t(.mapZoomOut))">−</button>\
            <button id="zoom-fit" title="\(t(.mapFit))">⤢</button></div></header>
            <aside id="filters"></aside>
            <main><svg id="map" role="img" aria-label="\(XMLEscaping.attribute(title))"><g id="viewport">\
            <g id="regions"></g><g id="links"></g><g id="nodes"></g></g></svg><section id="details" hidden></section></main>
            <script type="application/json" id="sinergi-data">\(json)</script>
            <script>
            \(MapViewerAssets.script)
            </script>
            </body>
            </html>

            """
    }

    /// The keys of the texts the viewer shows, as the data block names them.
    static let viewerTexts: [(String, MessageKey)] = [
        ("help", .mapHelp), ("kinds", .mapKinds), ("province", .mapProvince), ("allProvinces", .mapAllProvinces),
        ("relationships", .mapRelationships), ("year", .mapYear), ("allYears", .mapAllYears),
        ("inYear", .mapInYear), ("shown", .mapShown), ("highlights", .mapHighlights), ("gap", .diagramGap),
        ("recommended", .diagramRecommended), ("noMatch", .mapNoMatch), ("closeMatch", .mapCloseMatch),
        ("close", .mapClose), ("properties", .mapProperties), ("key", .mapKey), ("partnerships", .mapPartnerships),
        ("otherLinks", .mapOtherLinks), ("none", .mapNone),
    ]
}
