// A registry file read in pieces and decoded on a second thread loads exactly as one read on
// one thread does: the same graph, the same lines, the same warnings and the same errors.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiTestSupport
import Testing

@testable import SinergiRegistry

@Suite struct RegistryLinesTests {
    /// What a load gave: everything a caller can see, as text, so two loads compare whole.
    static func outcome(_ path: String, pipelined: Bool, pieceBytes: Int = 1 << 20) -> String {
        let io = RegistryFileIO(fs: POSIXFileSystem())
        do throws(RegistryError) {
            let (state, bytes) = try RegistryLoader.parseFile(
                path, io: io, pipelined: pipelined, pieceBytes: pieceBytes)
            let r = state.result()
            let snapshot = String(decoding: JSONLineEncoder.snapshot(of: r.graph), as: UTF8.self)
            return """
                read \(bytes) committed \(r.committedLength) lines \(r.lineCount) tx \(r.lastTransaction) \
                journal \(r.journalTransactions)
                node lines \(r.nodeLines)
                relationship lines \(r.relationshipLines)
                warnings \(r.warnings.map(\.description))
                \(snapshot)
                """
        } catch {
            return "error \(error)"
        }
    }

    /// Loads `path` in one read and in pieces of several sizes (down to pieces shorter than a
    /// line) and expects the same outcome from each; returns it.
    @discardableResult
    static func expectSameLoads(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let whole = outcome(path, pipelined: false)
        for piece in [64, 257, 4096, 1 << 20] {
            let inPieces = outcome(path, pipelined: true, pieceBytes: piece)
            #expect(inPieces == whole, "pieces of \(piece) bytes", sourceLocation: sourceLocation)
        }
        return whole
    }

    static func write(_ text: String, _ folder: TemporaryFolder, _ name: String = "r.jsonl") throws -> String {
        let path = folder.path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aRegistryWithItsJournalAndATornTail() throws {
        let folder = TemporaryFolder()
        let registry = Registry(path: folder.path("r.jsonl"))
        try registry.create(with: RandomGraphs.graph(seed: 11, nodes: 400, relationships: 900))
        try registry.transaction { g in
            let a = try g.addNode(key: "new", labels: ["Stakeholder"], properties: ["name": "Baru"])
            try g.addRelationship(key: "new-link", type: "PARTNERS_WITH", from: a, to: g.nodes[3])
            try g.removeNode(g.nodes[5], detach: true)
        }
        try registry.transaction { g in try g.setProperty("name", to: "Diubah", on: g.node(forKey: "new")!) }
        let whole = Self.expectSameLoads(registry.path)
        #expect(whole.hasPrefix("read "))
        #expect(whole.contains("Diubah"))
        // A writer killed mid-line: the torn tail is a warning either way.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: registry.path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((#"{"tx":4,"type":"node","id":"x","lab"#).utf8))
        try handle.close()
        let torn = Self.expectSameLoads(registry.path)
        #expect(torn.contains("an incomplete last line"))
    }

    @Test func anOpenTransactionAtTheEnd() throws {
        let folder = TemporaryFolder()
        let path = try Self.write(
            """
            {"type":"node","id":"a","labels":["X"],"properties":{}}
            {"tx":1,"type":"node","id":"b","labels":["X"],"properties":{}}

            """, folder)
        let whole = Self.expectSameLoads(path)
        #expect(whole.contains("warnings [\"\(path):2:"))
    }

    @Test func brokenLinesGiveTheSameMessages() throws {
        let folder = TemporaryFolder()
        let path = try Self.write(
            """
            {"type":"node","id":"a","labels":["X"],"properties":{}}\r
            {"type":"node","id":"b","labels":["X"],"properties":{"n":01x}}
               \t
            {"type":"relationship","id":"r","label":"T","properties":{},"start":{"id":"a"},"end":{"id":"zz"}}
            {"type":"node","id":"a","labels":["X"],"properties":{}}
            {"type":"node","id":"c","labels":["X"],"prop
            """, folder)
        let whole = Self.expectSameLoads(path)
        #expect(
            whole == """
                error \(path):2:60: expected ',' or '}'
                \(path):4: relationship 'r' ends at unknown node 'zz'
                \(path):5: node 'a' appears twice
                \(path):6: the file ends in the middle of this line: the registry was cut short (a copy or \
                download that stopped?); 1 node and 0 relationships were read before it, the rest is missing
                """)
    }

    @Test func aLineLongerThanAPieceAndNoNewlineAtTheEnd() throws {
        let folder = TemporaryFolder()
        let long = String(repeating: "panjang ", count: 2_000)
        let path = try Self.write(
            """
            {"type":"node","id":"a","labels":["X"],"properties":{"note":"\(long)"}}
            {"type":"node","id":"b","labels":["X"],"properties":{}}
            """, folder)
        let whole = Self.expectSameLoads(path)
        #expect(whole.contains(long))
        let size = try Data(contentsOf: URL(fileURLWithPath: path)).count
        #expect(size > 16_000)
        #expect(whole.hasPrefix("read \(size) committed \(size) lines 2"))
    }

    @Test func aReadThatFailsAnywhereIsTheLoadsErrorOnEitherThread() throws {
        let folder = TemporaryFolder()
        let registry = Registry(path: folder.path("r.jsonl"))
        try registry.create(with: RandomGraphs.graph(seed: 5, nodes: 60, relationships: 90))
        // The first two counted calls are the open and its status; every later one is a read,
        // of the counting pass on this thread or of the worker's pieces. Every one of them
        // fails in turn, up to the last (the worker's last pieces, read after the counting
        // pass is over): a worker's failure that ended the load early without an error would
        // be a registry read only in part.
        let clean = FaultyFileSystem()
        _ = try RegistryLoader.parseFile(
            registry.path, io: RegistryFileIO(fs: clean), pipelined: true, pieceBytes: 2048)
        let calls = clean.trace.count
        let size = try Data(contentsOf: URL(fileURLWithPath: registry.path)).count
        #expect(calls >= 2 + 2 * (size / 2048), "\(calls) calls for \(size) bytes")
        for call in 3...calls {
            let fs = FaultyFileSystem(fault: .error(EIO), at: call)
            var failure: RegistryError?
            do throws(RegistryError) {
                _ = try RegistryLoader.parseFile(
                    registry.path, io: RegistryFileIO(fs: fs), pipelined: true, pieceBytes: 2048)
            } catch {
                failure = error
            }
            #expect(fs.injected == 1, "call \(call)")
            guard case .io(let path, let message) = failure else {
                Issue.record("call \(call): \(String(describing: failure))")
                continue
            }
            #expect(path == registry.path)
            #expect(message.description.hasPrefix("cannot read: "))
        }
    }

    @Test func aMissingFileAndAnEmptyOne() throws {
        let folder = TemporaryFolder()
        #expect(Self.expectSameLoads(folder.path("none.jsonl")).hasPrefix("error "))
        let empty = try Self.write("", folder)
        #expect(Self.expectSameLoads(empty).hasPrefix("read 0 committed 0 lines 0"))
    }
}
