// The fault tests have teeth: writers broken on purpose (no fsync, no folder fsync, the commit record
// written before the lines it commits) must make the campaigns find violations.
import Foundation
import SinergiRegistry
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A file system that breaks one of the registry's durable steps, around the faulty one.
///
/// This is the registry's writer with one line changed, seen from the file system: every
/// other call is passed through unchanged (and counted and faulted as usual).
final class MutatedFileSystem: FileSystem, @unchecked Sendable {
    enum Mutation: Sendable {
        /// `fsync` of a file does nothing (a writer without its fsync).
        case noFileSync
        /// `fsync` of a folder does nothing (a rename or a new file not made durable).
        case noFolderSync
        /// A write that ends with a commit record writes that record first, then the lines
        /// before it (the same bytes in the file, the commit record on disk first).
        case commitRecordFirst
    }

    let inner: FaultyFileSystem
    let mutation: Mutation
    private var folders: Set<Int32> = []
    private let mutex = NSLock()

    init(_ inner: FaultyFileSystem, _ mutation: Mutation) {
        self.inner = inner
        self.mutation = mutation
    }

    func open(_ path: String, _ mode: FileOpenMode) throws(FileSystemError) -> Int32 {
        let fd = try inner.open(path, mode)
        if mode == .folder { mutex.withLock { _ = folders.insert(fd) } }
        return fd
    }

    func close(_ fd: Int32) {
        mutex.withLock { _ = folders.remove(fd) }
        inner.close(fd)
    }

    func sync(_ fd: Int32) throws(FileSystemError) {
        let folder = mutex.withLock { folders.contains(fd) }
        if folder && mutation == .noFolderSync { return }
        if !folder && mutation == .noFileSync { return }
        try inner.sync(fd)
    }

    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws(FileSystemError) -> Int {
        guard mutation == .commitRecordFirst, bytes.count > 1, bytes[bytes.count - 1] == 0x0A else {
            return try inner.write(fd, bytes, at: offset)
        }
        let body = bytes[0..<(bytes.count - 1)]
        let start = body.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        guard start > 0, String(decoding: bytes[start...], as: UTF8.self).contains(#""type":"commit""#) else {
            return try inner.write(fd, bytes, at: offset)
        }
        let last = UnsafeRawBufferPointer(rebasing: bytes[start...])
        var done = 0
        while done < last.count {
            done += try inner.write(fd, UnsafeRawBufferPointer(rebasing: last[done...]), at: offset + start + done)
        }
        return try inner.write(fd, UnsafeRawBufferPointer(rebasing: bytes[0..<start]), at: offset)
    }

    func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(FileSystemError)
        -> Int
    { try inner.read(fd, into: buffer, at: offset) }
    func truncate(_ fd: Int32, to length: Int) throws(FileSystemError) { try inner.truncate(fd, to: length) }
    func status(_ fd: Int32) throws(FileSystemError) -> FileStatus { try inner.status(fd) }
    func status(ofPath path: String) throws(FileSystemError) -> FileStatus { try inner.status(ofPath: path) }
    func rename(_ from: String, to: String) throws(FileSystemError) { try inner.rename(from, to: to) }
    func unlink(_ path: String) throws(FileSystemError) { try inner.unlink(path) }
    func lock(_ fd: Int32, exclusive: Bool) throws(FileSystemError) { try inner.lock(fd, exclusive: exclusive) }
    func entries(ofFolder path: String) throws(FileSystemError) -> [String] { try inner.entries(ofFolder: path) }
    func processID() -> Int32 { inner.processID() }
    func processIsRunning(_ pid: Int32) -> Bool { inner.processIsRunning(pid) }
}

@Suite struct MutationTests {
    func mutated(_ campaign: FaultCampaign, _ mutation: MutatedFileSystem.Mutation) -> FaultCampaign {
        var c = campaign
        c.name += " [mutant: \(mutation)]"
        c.mutation = { MutatedFileSystem($0, mutation) }
        return c
    }

    static let imports = FaultCampaign(
        name: "import ×2", prepare: FaultScenarios.registryWithImage,
        steps: [FaultScenarios.importBatch("a"), FaultScenarios.importBatch("b")])

    @Test func aWriterWithoutFsyncLosesReportedCommitsInAPowerCut() {
        let report = mutated(Self.imports, .noFileSync).runPowerCuts(survivals: PowerCutTests.survivals)
        print(report)
        #expect(report.violationCount > 0, "the power-cut tests do not notice a writer without fsync: \(report)")
        #expect(report.violations.contains { $0.contains("holds neither") }, "\(report.violations)")
    }

    @Test func aCompactionWithoutFsyncLosesTheRegistryInAPowerCut() {
        let compact = FaultCampaign(
            name: "compact", prepare: FaultScenarios.registryWithImage, steps: [FaultScenarios.compact])
        let report = mutated(compact, .noFileSync).runPowerCuts(survivals: PowerCutTests.survivals)
        print(report)
        #expect(report.violationCount > 0, "the power-cut tests do not notice a compaction without fsync: \(report)")
    }

    @Test func aCreationWithoutTheFolderFsyncLosesTheRegistryInAPowerCut() {
        let create = FaultCampaign(
            name: "import --create", prepare: FaultScenarios.nothing, steps: [FaultScenarios.importBatch("a")])
        let report = mutated(create, .noFolderSync).runPowerCuts(survivals: PowerCutTests.survivals)
        print(report)
        #expect(report.violationCount > 0, "the power-cut tests do not notice a missing folder fsync: \(report)")
    }

    @Test func aCommitRecordWrittenFirstBreaksTheRegistryWhenTheWriterIsKilled() {
        var campaign = mutated(Self.imports, .commitRecordFirst)
        campaign.faults = [.kill]
        let report = campaign.run()
        print(report)
        #expect(report.violationCount > 0, "the kill tests do not notice a commit record written first: \(report)")
        #expect(report.violations.contains { $0.contains("does not load") }, "\(report.violations)")
        let cuts = mutated(Self.imports, .commitRecordFirst).runPowerCuts(survivals: PowerCutTests.survivals)
        print(cuts)
        #expect(cuts.violationCount > 0, "the power-cut tests do not notice a commit record written first: \(cuts)")
    }
}
