// DOT export: golden files, escaping, wrapping, clusters, highlights, engine choice, determinism.

import Foundation
import SinergiGraph
import Testing

@testable import SinergiFormats

/// The DOT documents kept as golden files, by file name.
enum DOTGoldens {
    static func meetingOptions() -> DOTOptions {
        var o = DOTOptions()
        o.title = "Stakeholder Meeting Kepulauan Riau 2023"
        o.clustering = .regency
        o.gapRegencies = ["regency/2172"]
        o.gapNotes = ["regency/2172": ["not registered: DPMPD", "not partnered: regency/city library office–Bappeda"]]
        o.recommendedPartnerships = [
            NodeKeyPair("kepri/tanjungpinang/dinas-perpustakaan", "kepri/tanjungpinang/bappeda")
        ]
        o.edgeLabels = true
        return o
    }

    static func all() throws -> [(String, String)] {
        let sample = try SampleNetwork.make()
        var byProvince = DOTOptions()
        byProvince.title = "TPBIS stakeholder network"
        var plain = DOTOptions()
        plain.clustering = .none
        plain.legend = false
        plain.rankDirection = .topToBottom
        plain.markRoleModels = false
        let bintan = GraphSubset(
            nodes: Set(sample.nodes.filter { sample.key(of: $0).hasPrefix("kepri/bintan/") }))
        var hostileOptions = DOTOptions()
        hostileOptions.title = "digraph \"x\" { <b>&amp; \\ 📚"
        hostileOptions.clustering = .regency
        hostileOptions.edgeLabels = true
        hostileOptions.gapRegencies = ["regency/1\\2"]
        hostileOptions.gapNotes = ["regency/1\\2": ["<b>R&amp;D</b> \"x\" \u{1}> 📚", "}] -> n0"]]
        hostileOptions.recommendedPartnerships = [NodeKeyPair("node", "graph"), NodeKeyPair("missing", "node")]
        return [
            ("sample-province.dot", DOTExporter.export(sample, options: byProvince)),
            ("sample-meeting.dot", DOTExporter.export(sample, options: meetingOptions())),
            ("sample-plain.dot", DOTExporter.export(sample, options: plain)),
            ("sample-bintan-subset.dot", DOTExporter.export(sample, options: meetingOptions(), subset: bintan)),
            ("hostile.dot", DOTExporter.export(try HostileNetwork.make(), options: hostileOptions)),
        ]
    }
}

@Suite struct DOTExporterTests {
    @Test func goldenFiles() throws {
        for (name, dot) in try DOTGoldens.all() { try GoldenFile.check(dot, against: "Golden/" + name) }
    }

    @Test func quotingEscapesQuotesBackslashesAndLineBreaks() {
        #expect(DOTText.quoted("a\"b\\c\nd\r\ne\rf\tg") == "\"a\\\"b\\\\c\\nd\\ne\\nf g\"")
        #expect(DOTText.label(["R&amp;D <b>", "x"]) == "\"R&amp;amp;D <b>\\nx\"")
        #expect(DOTText.quoted("\u{1}\u{7F}📚") == "\"\u{FFFD}\u{FFFD}📚\"")
    }

    @Test func namesWrapAtWordsAndLongWordsAreCut() {
        #expect(
            DOTText.wrap("Dinas Perpustakaan dan Kearsipan Provinsi Kepulauan Riau") == [
                "Dinas Perpustakaan dan", "Kearsipan Provinsi", "Kepulauan Riau",
            ])
        #expect(
            DOTText.wrap("abcdefghijklmnopqrstuvwxyz0123", width: 10) == ["abcdefghij", "klmnopqrst", "uvwxyz0123"])
        #expect(DOTText.wrap("a\nb") == ["a", "b"])
        #expect(DOTText.wrap("32.05.01") == ["32.05.01"])
    }

    @Test func nodesGetSyntheticIdsInKeyOrder() throws {
        var g = PropertyGraph()
        try g.addNode(key: "zeta", properties: ["name": "Z"])
        try g.addNode(key: "alpha", properties: ["name": "A"])
        let dot = DOTExporter.export(g, options: DOTOptions())
        #expect(
            dot.contains(
                "n0 [label=\"A\", shape=\"box\", fillcolor=\"#FFFFFF\", style=\"filled,rounded\", tooltip=\"alpha\"];"))
        #expect(dot.contains("tooltip=\"zeta\"];"))
        #expect(!dot.contains("n2"))
    }

    @Test func stakeholdersAreClusteredByTheRegionTheyAreLocatedIn() throws {
        let g = try SampleNetwork.make()
        let tree = ClusterTree.build(
            g.nodes.sorted { g.key(of: $0) < g.key(of: $1) }, in: g, clustering: .regency)
        let kepri = try #require(tree.children.first { $0.region == g.node(forKey: "province/21") })
        let bintan = try #require(kepri.children.first { $0.region == g.node(forKey: "regency/2102") })
        let inBintan = Set(bintan.nodes.map { g.key(of: $0) })
        #expect(inBintan.contains("kepri/bintan/pengujan/perpustakaan"))  // village → district → regency
        #expect(inBintan.contains("village/2102012001"))
        #expect(inBintan.contains("regency/2102"))
        #expect(kepri.nodes.map { g.key(of: $0) }.contains("kepri/bappeda"))
        #expect(tree.nodes.map { g.key(of: $0) }.contains("perpusnas"))
        let byProvince = ClusterTree.build(g.nodes, in: g, clustering: .province)
        #expect(byProvince.children.allSatisfy { $0.children.isEmpty })
        #expect(byProvince.children.count == 2)
    }

    @Test func highlightsAndRoleModels() throws {
        let g = try SampleNetwork.make()
        let dot = DOTExporter.export(g, options: DOTGoldens.meetingOptions())
        // Kota Tanjungpinang is drawn as a box: the box is the gap, with its note in vermillion.
        #expect(dot.contains("<FONT COLOR=\"#D55E00\">not registered: DPMPD</FONT>"))
        #expect(dot.contains("color=\"#D55E00\";\n"))
        #expect(dot.contains("style=\"dashed\", color=\"#D55E00\", penwidth=\"3\", dir=\"none\""))
        #expect(dot.contains("label=\"★ Perpustakaan Desa\\nPengujan\\n(village library)\""))
        #expect(dot.contains("subgraph cluster_legend {"))
        #expect(dot.contains("label=\"partners with: MoU (since 2023)\""))
    }

    @Test func legendListsOnlyWhatIsDrawn() throws {
        var g = PropertyGraph()
        let a = try g.addNode(key: "a", labels: ["Stakeholder", "Bappeda"])
        let b = try g.addNode(key: "b", labels: ["VillageLibrary"])
        try g.addRelationship(type: "FUNDS", from: a, to: b)
        let dot = DOTExporter.export(g)
        #expect(dot.contains("legend_k0 [label=\"Bappeda\""))
        #expect(dot.contains("legend_k1 [label=\"village library\""))
        #expect(!dot.contains("legend_k2"))
        #expect(dot.contains(">funds</TD>"))
        #expect(!dot.contains("partners with"))
    }

    @Test func everyTextTheDiagramAddsIsInTheChosenLanguage() throws {
        let g = try SampleNetwork.make()
        var options = DOTGoldens.meetingOptions()
        options.language = .id
        options.gapNotes = ["regency/2172": ["Bappeda dan DPMPD belum bermitra"]]
        let dot = DOTExporter.export(g, options: options)
        #expect(dot.contains("label=\"Keterangan\""))
        #expect(dot.contains("(Dinas Perpustakaan Kab/Kota)"))
        #expect(dot.contains("label=\"bermitra dengan: MoU (sejak 2023)\""))
        #expect(dot.contains("kemitraan yang disarankan"))
        #expect(dot.contains("★ Role Model"))
        #expect(!dot.contains("Legend"))
        #expect(!dot.contains("partners with"))
        #expect(!dot.contains("(village library)"))
    }

    @Test func exportIsDeterministicAndIgnoresInsertionOrder() throws {
        let g = try SampleNetwork.make()
        let options = DOTGoldens.meetingOptions()
        #expect(DOTExporter.export(g, options: options) == DOTExporter.export(g, options: options))
        // The same graph built in reverse order.
        var reversed = PropertyGraph()
        for id in g.nodes.reversed() {
            try reversed.addNode(
                key: g.key(of: id), labels: g.labels(of: id).reversed(), properties: g.properties(of: id))
        }
        for r in g.relationships.reversed() {
            guard let s = reversed.node(forKey: g.key(of: g.start(of: r))),
                let e = reversed.node(forKey: g.key(of: g.end(of: r)))
            else { continue }
            try reversed.addRelationship(
                key: g.key(of: r), type: g.type(of: r), from: s, to: e, properties: g.properties(of: r))
        }
        #expect(DOTExporter.export(reversed, options: options) == DOTExporter.export(g, options: options))
        let random = RandomGraph.make(seed: 11)
        #expect(DOTExporter.export(random) == DOTExporter.export(random))
    }

    @Test func engineChoiceDropsClustersForLargeGraphs() {
        let small = DOTExporter.chooseEngine(nodeCount: 400, options: DOTOptions())
        #expect(small.engine == .dot)
        #expect(small.note == nil)
        #expect(small.options == DOTOptions())
        let large = DOTExporter.chooseEngine(nodeCount: 401, options: DOTOptions())
        #expect(large.engine == .sfdp)
        #expect(large.options.clustering == .none)
        #expect(large.options.legend)
        #expect(large.options.engine == .sfdp)
        #expect(
            large.note?.text(.en)
                == "401 nodes: drawn with sfdp instead of dot (dot is slow above 400 nodes); sfdp draws no region boxes"
        )
        #expect(
            large.note?.text(.id)
                == "401 simpul: digambar dengan sfdp, bukan dot (dot lambat di atas 400 simpul); sfdp tidak menggambar kotak wilayah"
        )
        #expect(DOTExporter.recommendedMaxNodes == 2_000)
        // The sfdp legend is one table node, not a box of samples.
        var g = PropertyGraph()
        _ = try? g.addNode(key: "a", labels: ["Stakeholder", "Bappeda"])
        let dot = DOTExporter.export(g, options: large.options)
        #expect(dot.contains("legend [shape=\"plain\", style=\"solid\", fillcolor=\"#FFFFFF\", label=<<TABLE"))
        #expect(dot.contains("overlap=\"prism\""))
        #expect(!dot.contains("subgraph"))
    }

    @Test func unknownHighlightKeysAreReported() throws {
        let g = try SampleNetwork.make()
        var o = DOTOptions()
        o.gapRegencies = ["regency/2102", "regency/9999"]
        o.recommendedPartnerships = [NodeKeyPair("perpusnas", "nobody")]
        #expect(DOTExporter.unknownKeys(in: o, graph: g) == ["nobody", "regency/9999"])
        #expect(!DOTExporter.export(g, options: o).contains("nobody"))
    }

    @Test func subsetDrawsOnlyChosenNodesAndTheirRelationships() throws {
        let g = try SampleNetwork.make()
        let a = try #require(g.node(forKey: "kepri/bintan/dinas-perpustakaan"))
        let b = try #require(g.node(forKey: "kepri/bintan/bappeda"))
        var o = DOTOptions()
        o.legend = false
        let dot = DOTExporter.export(g, options: o, subset: GraphSubset(nodes: [a, b]))
        #expect(dot.hasPrefix("// Sinergi network diagram: 2 nodes, 1 relationships.\n"))
        #expect(
            dot.contains(
                "n1 -> n0 [style=\"bold\", penwidth=\"2.5\", dir=\"none\", color=\"#0072B2\", tooltip=\"PARTNERS_WITH\"];"
            ))
    }
}
