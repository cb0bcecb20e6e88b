// A fresh temporary folder per test, removed afterwards.
import Foundation

/// A temporary folder; `path(_:)` names files inside it.
final class TemporaryFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sinergi-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// The `sinergi` executable built beside the test bundle.
enum BuiltProducts {
    static var sinergi: String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidate = bundle.appendingPathComponent("sinergi")
        if !FileManager.default.fileExists(atPath: candidate.path) {
            candidate = bundle.deletingLastPathComponent().appendingPathComponent("sinergi")
        }
        return candidate.path
    }
}
