// NetworkX reads our GraphML and GEXF: the fixture files (the sample network) are kept
// under Fixtures/networkx, Fixtures/check_networkx.py records what NetworkX sees in
// networkx-view.json, and this test compares that with what the graph should look like.
// The script is also run live, with the real NetworkX (.ci/run installs it): a machine
// without python3 and networkx fails these tests instead of skipping them.

import Foundation
import SinergiGraph
import Testing

@testable import SinergiFormats

struct NetworkXView: Codable, Equatable {
    var summary: [String: String]
    var nodes: [String: [String: String]]
    var edges: [String: [String: String]]
}

@Suite struct NetworkXTests {
    static let pythonWithNetworkX: Bool = {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import networkx"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }()

    /// How NetworkX renders a property value ("type:value", Python's spelling).
    static func tagged(_ v: Value) -> String {
        switch v {
        case .bool(let b): return b ? "bool:True" : "bool:False"
        case .int(let i): return "int:\(i)"
        case .double(let d): return "float:\(d)"
        default: return "str:" + TypedAttribute.text(v)
        }
    }

    /// What NetworkX should see in our GraphML of `g`.
    static func expectedGraphML(_ g: PropertyGraph) -> NetworkXView {
        var nodes: [String: [String: String]] = [:]
        for id in g.nodes {
            var attrs = g.properties(of: id).mapValues(tagged)
            attrs["labels"] = "str:" + LabelText.encode(g.labels(of: id).sorted())
            nodes[g.key(of: id)] = attrs
        }
        var edges: [String: [String: String]] = [:]
        for r in g.relationships {
            var attrs = g.properties(of: r).mapValues(tagged)
            attrs["label"] = "str:" + g.type(of: r)
            attrs["_ends"] = "str:\(g.key(of: g.start(of: r)))->\(g.key(of: g.end(of: r)))"
            edges[g.key(of: r)] = attrs
        }
        return NetworkXView(
            summary: ["nodes": "\(g.nodeCount)", "edges": "\(g.relationshipCount)", "directed": "True"], nodes: nodes,
            edges: edges)
    }

    /// What NetworkX should see in our GEXF of `g`.
    static func expectedGEXF(_ g: PropertyGraph) -> NetworkXView {
        var view = expectedGraphML(g)
        for id in g.nodes {
            let key = g.key(of: id)
            view.nodes[key]?["label"] = "str:" + (g.properties(of: id)["name"]?.stringValue ?? key)
            if let kind = DOTStyle.kind(of: g.labels(of: id)) { view.nodes[key]?["nodeKind"] = "str:" + kind }
        }
        for r in g.relationships {
            let key = g.key(of: r)
            let props = g.properties(of: r)
            view.edges[key]?["id"] = "str:" + key
            view.edges[key]?["relationshipType"] = "str:" + g.type(of: r)
            let since = GEXF.spellDate(props["since"])
            let until = GEXF.spellDate(props["until"])
            if since != nil || until != nil {
                view.edges[key]?["spells"] = "spells:\(since ?? "None")/\(until ?? "None")"
            }
        }
        return view
    }

    static let folder = GoldenFile.url("Fixtures/networkx")

    @Test func fixtureFilesAreCurrent() throws {
        let g = try SampleNetwork.make()
        try GoldenFile.check(GraphML.write(g), against: "Fixtures/networkx/sample.graphml")
        try GoldenFile.check(GEXF.write(g), against: "Fixtures/networkx/sample.gexf")
        // The same network as a registry, for the command-line tests and the docs pictures.
        try GoldenFile.check(
            String(decoding: JSONLineEncoder.snapshot(of: g), as: UTF8.self), against: "Fixtures/sample-network.jsonl")
    }

    @Test func committedNetworkXViewMatchesTheGraph() throws {
        let g = try SampleNetwork.make()
        let data = try #require(
            FileManager.default.contents(atPath: Self.folder.appendingPathComponent("networkx-view.json").path))
        let views = try JSONDecoder().decode([String: NetworkXView].self, from: data)
        #expect(views["graphml"] == Self.expectedGraphML(g))
        #expect(views["gexf"] == Self.expectedGEXF(g))
    }

    @Test func python3WithNetworkXIsInstalled() {
        #expect(Self.pythonWithNetworkX, "python3 cannot import networkx: run .ci/run, which installs it")
    }

    @Test func networkXReadsOurFilesLive() throws {
        let data = try Self.runNetworkX(on: try SampleNetwork.make())
        if GoldenFile.updating {
            try data.write(to: Self.folder.appendingPathComponent("networkx-view.json"))
        } else {
            let committed = FileManager.default.contents(
                atPath: Self.folder.appendingPathComponent("networkx-view.json").path)
            #expect(committed == data, "networkx-view.json is out of date; run with SINERGI_UPDATE_GOLDEN=1")
        }
    }

    @Test(arguments: [2, 9] as [UInt64])
    func networkXReadsHostileGraphsLive(seed: UInt64) throws {
        var g = RandomGraph.make(seed: seed, .init(nodes: 25, relationships: 40))
        // NetworkX's read_gexf passes edge attributes as keyword arguments next to its own
        // `key=`, so an edge attribute titled "key" makes it fail (a documented limit).
        for r in g.relationships {
            try g.setProperties(g.properties(of: r).filter { $0.key != "key" }, on: r)
        }
        _ = try Self.runNetworkX(on: g)
    }

    /// Writes `g` as GraphML and GEXF, runs check_networkx.py and compares its view with
    /// the expected one; returns the JSON the script wrote.
    static func runNetworkX(on g: PropertyGraph, sourceLocation: SourceLocation = #_sourceLocation) throws -> Data {
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("sinergi-nx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temp) }
        let graphml = temp.appendingPathComponent("sample.graphml")
        let gexf = temp.appendingPathComponent("sample.gexf")
        let out = temp.appendingPathComponent("view.json")
        try Data(GraphML.write(g).utf8).write(to: graphml)
        try Data(GEXF.write(g).utf8).write(to: gexf)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [
            "python3", GoldenFile.url("Fixtures/check_networkx.py").path, graphml.path, gexf.path, out.path,
        ]
        let errors = Pipe()
        p.standardError = errors
        try p.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "check_networkx.py failed: \(stderr)", sourceLocation: sourceLocation)
        let data = try #require(FileManager.default.contents(atPath: out.path), sourceLocation: sourceLocation)
        let views = try JSONDecoder().decode([String: NetworkXView].self, from: data)
        #expect(views["graphml"] == Self.expectedGraphML(g), sourceLocation: sourceLocation)
        #expect(views["gexf"] == Self.expectedGEXF(g), sourceLocation: sourceLocation)
        return data
    }
}
