// Projector-ready DOT: many-to-one edges drawn as one, the boxes arranged to the canvas's
// aspect (checked with the real `dot`), the legend after the drawing, the canvas attributes.

import Foundation
import SinergiGraph
import Testing

@testable import SinergiFormats

/// A province meeting: six regencies with a library office, Bappeda and DPMPD each, partnered
/// inside the regency, all attending one SHM held in the province; a few province offices.
enum MeetingNetwork {
    static let regencies = ["Asahan", "Deli Serdang", "Karo", "Langkat", "Serdang Bedagai", "Simalungun"]
    static let more = regencies + ["Batubara", "Dairi", "Labuhanbatu", "Nias", "Samosir", "Toba"]

    static func make(_ regencies: [String] = regencies) throws -> PropertyGraph {
        var g = PropertyGraph()
        func node(_ key: String, _ labels: [String], _ name: String) throws {
            try g.addNode(key: key, labels: labels, properties: ["name": .string(name)])
        }
        func rel(_ type: String, _ a: String, _ b: String) throws {
            guard let x = g.node(forKey: a), let y = g.node(forKey: b) else { throw GraphError.unknownNode(a + b) }
            try g.addRelationship(type: type, from: x, to: y)
        }
        try node("province/12", ["Region", "Province"], "Sumatera Utara")
        try node("event/shm", ["Event", "SHM"], "Stakeholder Meeting Sumatera Utara 2023")
        try rel("LOCATED_IN", "event/shm", "province/12")
        for (kind, name) in [
            ("ProvincialLibraryOffice", "Dinas Perpustakaan Provinsi Sumatera Utara"),
            ("SynergyTeam", "Tim Sinergi Provinsi Sumatera Utara"), ("Facilitator", "Fasilitator Daerah"),
        ] {
            let key = "sumut/" + kind
            try node(key, ["Stakeholder", kind], name)
            try rel("LOCATED_IN", key, "province/12")
            try rel("ATTENDED", key, "event/shm")
        }
        for (i, regency) in regencies.enumerated() {
            let r = "regency/\(i)"
            try node(r, ["Region", "Regency"], "Kabupaten " + regency)
            try rel("PART_OF", r, "province/12")
            for kind in ["RegencyLibraryOffice", "Bappeda", "DPMPD"] {
                let key = "sumut/\(i)/" + kind
                try node(key, ["Stakeholder", kind], kind + " Kabupaten " + regency)
                try rel("LOCATED_IN", key, r)
                try rel("ATTENDED", key, "event/shm")
            }
            try rel("PARTNERS_WITH", "sumut/\(i)/RegencyLibraryOffice", "sumut/\(i)/Bappeda")
            if i % 2 == 0 { try rel("PARTNERS_WITH", "sumut/\(i)/Bappeda", "sumut/\(i)/DPMPD") }
            try rel("COORDINATES", "sumut/ProvincialLibraryOffice", "sumut/\(i)/RegencyLibraryOffice")
        }
        // One library office mentors its neighbour: a line between two boxes.
        try rel("PARTNERS_WITH", "sumut/1/RegencyLibraryOffice", "sumut/3/RegencyLibraryOffice")
        return g
    }

    /// Everything but the regions, boxed by regency.
    static func diagram(_ g: PropertyGraph, _ options: DOTOptions) -> String {
        let actors = Set(g.nodes.filter { !g.hasLabel($0, "Region") })
        return DOTExporter.export(g, options: options, subset: GraphSubset(nodes: actors))
    }

    static func options() -> DOTOptions {
        var o = DOTOptions()
        o.clustering = .regency
        return o
    }
}

@Suite struct DOTLayoutTests {
    static let installed = GraphvizRenderer().isInstalled

    @Test func attendanceFromOneBoxIsOneLine() throws {
        let g = try MeetingNetwork.make()
        let dot = MeetingNetwork.diagram(g, MeetingNetwork.options())
        // Six regency boxes send one ATTENDED line each, clipped at the box; the three province
        // offices are not in a regency box of their own and attend one by one.
        let bundled = dot.split(separator: "\n").filter { $0.contains("ltail=") }
        #expect(bundled.count == 6)
        #expect(bundled.allSatisfy { $0.contains("xlabel=\"×3\"") && $0.contains("tooltip=\"3 relationships\"") })
        #expect(dot.contains("compound=\"true\""))
        // Partnerships are never bundled.
        #expect(dot.components(separatedBy: "tooltip=\"PARTNERS_WITH\"").count - 1 == 10)
        // The legend says what a line from a box means.
        #expect(dot.contains("line from a box: ×N of its members"))

        var every = MeetingNetwork.options()
        every.bundleMinimum = 0
        let plain = MeetingNetwork.diagram(g, every)
        #expect(!plain.contains("ltail="))
        #expect(plain.components(separatedBy: "tooltip=\"ATTENDED\"").count - 1 == 21)
    }

    @Test func withoutBoxesAttendanceMeetsAtAJunction() throws {
        let g = try MeetingNetwork.make()
        var o = MeetingNetwork.options()
        o.clustering = .none
        let dot = MeetingNetwork.diagram(g, o)
        #expect(dot.contains("j0 [shape=\"point\""))
        #expect(dot.components(separatedBy: "-> j0 [").count - 1 == 21)
        #expect(dot.contains("j0 -> n"))
        #expect(dot.contains("xlabel=\"×21\""))
    }

    @Test func boxesAreArrangedInChainsAndCrossingEdgesDoNotShapeRanks() throws {
        let g = try MeetingNetwork.make()
        let dot = MeetingNetwork.diagram(g, MeetingNetwork.options())
        #expect(dot.contains("style=\"invis\"];"))
        #expect(dot.contains("constraint=\"false\""))
        #expect(dot.contains("size=\"20,11.25!\", ratio=\"fill\", dpi=\"96\""))
        var natural = MeetingNetwork.options()
        natural.canvas = nil
        let unshaped = MeetingNetwork.diagram(g, natural)
        #expect(!unshaped.contains(" size="))
        #expect(!unshaped.contains(" ratio="))
    }

    /// The natural width / height of a DOT's layout by the real `dot` (size and ratio cleared).
    static func naturalAspect(_ dot: String) throws -> Double {
        let (plain, run) = try GraphvizRenderer().layout(
            dot: dot, engine: .dot, attributes: [("size", ""), ("ratio", "")])
        #expect(run.stderr == "")
        let fields = try #require(plain.split(separator: "\n").first?.split(separator: " "))
        return (Double(fields[2]) ?? 0) / (Double(fields[3]) ?? 1)
    }

    @Test(.enabled(if: installed)) func theLayoutComesOutInTheCanvasShape() throws {
        let g = try MeetingNetwork.make(MeetingNetwork.more)
        let wide = try Self.naturalAspect(MeetingNetwork.diagram(g, MeetingNetwork.options()))
        #expect(wide > 1.3 && wide < 2.6, "16:9 canvas gave width/height \(wide)")
        // Without the arrangement, dot stacks the twelve boxes: the meeting diagram came out portrait.
        var o = MeetingNetwork.options()
        o.canvas = nil
        let stacked = try Self.naturalAspect(MeetingNetwork.diagram(g, o))
        #expect(stacked < 1, "natural size gave width/height \(stacked)")
    }

    @Test(.enabled(if: installed)) func aRenderedPictureFillsTheProjector() throws {
        let g = try MeetingNetwork.make()
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sinergi-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try GraphvizRenderer().render(
            dot: MeetingNetwork.diagram(g, MeetingNetwork.options()), to: output.path, measure: true)
        #expect(run.stderr == "")
        let png = try Data(contentsOf: output)
        // PNG IHDR: width and height, big-endian, at bytes 16 and 20.
        func be32(_ at: Int) -> Int { png[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        let (width, height) = (be32(16), be32(20))
        #expect(height == 1080 || width == 1920, "\(width)x\(height)")
        #expect(width <= 1920 && height <= 1080)
        #expect(Double(width) / Double(height) > 1.5, "\(width)x\(height)")
        #expect(run.scale != nil)
    }

    @Test func theLegendFollowsEveryChainAndKeepsItsOrder() throws {
        let g = try MeetingNetwork.make()
        let dot = MeetingNetwork.diagram(g, MeetingNetwork.options())
        #expect(dot.contains("-> legend_in [style=\"invis\"];"))
        // In LR the anchor's edges are written bottom first, so the column reads top down in
        // table order: the provincial library office (first kind) is written last of the column.
        let anchorEdges = dot.split(separator: "\n").filter { $0.contains("legend_in -> ") }
        #expect(anchorEdges.count <= 8)
        #expect(anchorEdges.last?.contains("legend_k0") == true)
    }

    @Test func canvasSizesAreWrittenInInches() {
        #expect(DOTExporter.canvasAttributes(.projector).map(\.1) == ["20,11.25!", "fill", "96"])
        #expect(DOTExporter.canvasAttributes(DiagramCanvas(width: 1024, height: 768)).first?.1 == "10.6667,8!")
        #expect(DiagramCanvas.aspect(4, 3) == DiagramCanvas(width: 1920, height: 1440))
        #expect(DiagramCanvas.aspect(9, 16) == DiagramCanvas(width: 1080, height: 1920))
        #expect(DOTExporter.inches(0.1) == "0.1")
        #expect(DOTExporter.inches(3) == "3")
    }

    @Test func largeGraphsGetTheTunedSfdp() {
        #expect(DOTExporter.sfdpAttributes(nodes: 500).first?.1 == "prism")
        #expect(DOTExporter.sfdpAttributes(nodes: 5_000).first?.1 == "prism0")
        #expect(DOTExporter.sfdpAttributes(nodes: 5_000).contains { $0 == ("splines", "false") })
    }
}
