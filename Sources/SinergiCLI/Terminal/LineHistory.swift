// The entries Up and Down recall and Ctrl-R searches: the history file's lines from earlier
// sessions, then this session's entries.
import Foundation

/// The shell's history, oldest first.
struct LineHistory {
    /// The entries, oldest first (no two neighbours alike).
    private(set) var entries: [String] = []
    /// How many entries are kept at most (the oldest go first).
    let limit: Int

    init(limit: Int = 1000) { self.limit = limit }

    /// The last `limit` lines of the history file at `path` (none when it cannot be read).
    /// - Complexity: O(size of the file).
    init(path: String?, limit: Int = 1000) {
        self.limit = limit
        guard let path, let data = FileManager.default.contents(atPath: path) else { return }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.isEmpty {
            add(String(line))
        }
    }

    /// Adds an entry (not when it repeats the last one, nor when blank).
    mutating func add(_ entry: String) {
        let trimmed = entry.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, entries.last != trimmed else { return }
        entries.append(trimmed)
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
    }

    /// The newest entry before position `before` (exclusive) that contains `query`, searching
    /// back towards the oldest; its index, or nil when none matches.
    /// - Complexity: O(total length of the entries searched).
    func search(_ query: String, before: Int) -> Int? {
        guard !query.isEmpty else { return nil }
        var i = min(before, entries.count) - 1
        while i >= 0 {
            if entries[i].contains(query) { return i }
            i -= 1
        }
        return nil
    }
}
