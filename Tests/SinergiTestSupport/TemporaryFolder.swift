// A fresh temporary folder per test, removed afterwards.
import Foundation

/// A temporary folder; `path(_:)` names files inside it. Removed when released.
public final class TemporaryFolder: @unchecked Sendable {
    /// The folder.
    public let url: URL

    /// A new folder in the temporary directory or, `inMemory`, on `/dev/shm` when there is
    /// one: the fault campaigns sync thousands of times, and what a power cut keeps is
    /// modelled (`PowerCut`), not left to the disk.
    public init(inMemory: Bool = false) {
        let shm = URL(fileURLWithPath: "/dev/shm")
        let base =
            inMemory && FileManager.default.isWritableFile(atPath: shm.path)
            ? shm : FileManager.default.temporaryDirectory
        url = base.appendingPathComponent("sinergi-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The folder's path.
    public var path: String { url.path }

    /// The path of `name` inside the folder.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// The names in the folder, sorted.
    public func names() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }

    deinit { try? FileManager.default.removeItem(at: url) }
}
