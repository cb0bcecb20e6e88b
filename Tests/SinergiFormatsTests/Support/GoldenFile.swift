// Golden files: expected outputs kept next to the tests and compared byte for byte.
// Run with SINERGI_UPDATE_GOLDEN=1 to (re)write them from the current output.

import Foundation
import Testing

enum GoldenFile {
    /// The folder of this test target (Tests/SinergiFormatsTests).
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// The package root.
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    static var updating: Bool { ProcessInfo.processInfo.environment["SINERGI_UPDATE_GOLDEN"] == "1" }

    static func url(_ relativePath: String) -> URL { testsFolder.appendingPathComponent(relativePath) }

    /// Compares `actual` with the golden file at `relativePath` (under the test folder),
    /// or writes it when updating.
    static func check(_ actual: String, against relativePath: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let file = url(relativePath)
        if updating {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record(
                "missing golden file \(relativePath); run with SINERGI_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        #expect(
            Array(actual.utf8) == Array(expected.utf8), "output differs from \(relativePath)",
            sourceLocation: sourceLocation)
    }
}
