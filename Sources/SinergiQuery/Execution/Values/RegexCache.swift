// Compiled regular expressions for `=~`, kept between rows: a query like
// `WHERE n.name =~ 'Kab.*'` would otherwise compile the same pattern once per
// row. A small lock-protected table, emptied when it grows past its capacity.

import Foundation

/// A process-wide cache of compiled `=~` patterns.
final class RegexCache: @unchecked Sendable {
    /// The shared cache.
    static let shared = RegexCache()

    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression] = [:]
    private let capacity = 128

    /// The compiled whole-string matcher for `pattern`, or nil when the pattern is invalid.
    ///
    /// - Complexity: O(1) on a hit; the cost of compiling on a miss.
    func regex(for pattern: String) -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if let hit = compiled[pattern] { return hit }
        guard let regex = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$", options: []) else { return nil }
        if compiled.count >= capacity { compiled.removeAll(keepingCapacity: true) }
        compiled[pattern] = regex
        return regex
    }
}
