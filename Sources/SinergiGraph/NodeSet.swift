// A dense bitset of node ids, iterated in id order: the label index's storage.

/// A set of `NodeID`s stored as one bit per possible id.
///
/// Insertion, removal and membership are O(1); iteration visits members in increasing
/// id order in O(capacity / 64 + count). Memory is capacity / 8 bytes.
public struct NodeSet: Sendable, Equatable, Sequence {
    @usableFromInline var words: [UInt64] = []
    /// The number of members.
    public private(set) var count: Int = 0

    public init() {}

    /// A set from its words and member count (as a graph image stores them).
    init(words: [UInt64], count: Int) {
        self.words = words
        self.count = count
    }

    /// True when `id` is a member.
    /// - Complexity: O(1).
    @inlinable public func contains(_ id: NodeID) -> Bool {
        let w = id.index >> 6
        return w < words.count && words[w] & (1 << UInt64(id.index & 63)) != 0
    }

    /// Adds `id`; returns true when it was not already a member.
    /// - Complexity: amortised O(1).
    @discardableResult
    public mutating func insert(_ id: NodeID) -> Bool {
        let w = id.index >> 6
        if w >= words.count { words.append(contentsOf: repeatElement(0, count: w - words.count + 1)) }
        let bit: UInt64 = 1 << UInt64(id.index & 63)
        if words[w] & bit != 0 { return false }
        words[w] |= bit
        count += 1
        return true
    }

    /// Removes `id`; returns true when it was a member.
    /// - Complexity: O(1).
    @discardableResult
    public mutating func remove(_ id: NodeID) -> Bool {
        let w = id.index >> 6
        guard w < words.count else { return false }
        let bit: UInt64 = 1 << UInt64(id.index & 63)
        if words[w] & bit == 0 { return false }
        words[w] &= ~bit
        count -= 1
        return true
    }

    public var isEmpty: Bool { count == 0 }

    /// True when no id is in both sets.
    /// - Complexity: O(min(capacity of the two) / 64).
    public func isDisjoint(with other: NodeSet) -> Bool {
        for i in 0..<Swift.min(words.count, other.words.count) where words[i] & other.words[i] != 0 { return false }
        return true
    }

    public func makeIterator() -> Iterator { Iterator(words: words) }

    /// `body(member)` in increasing id order until it returns false; false when it stopped.
    /// Inlinable, so a loop in another module pays no call per member.
    /// - Complexity: O(capacity / 64 + count).
    @inlinable public func forEachMember<E: Error>(_ body: (NodeID) throws(E) -> Bool) throws(E) -> Bool {
        for w in words.indices {
            var word = words[w]
            while word != 0 {
                let bit = word.trailingZeroBitCount
                word &= word - 1
                if !(try body(NodeID(w << 6 | bit))) { return false }
            }
        }
        return true
    }

    /// Visits members in increasing id order.
    public struct Iterator: IteratorProtocol {
        let words: [UInt64]
        var wordIndex = 0
        var current: UInt64

        init(words: [UInt64]) {
            self.words = words
            current = words.first ?? 0
        }

        public mutating func next() -> NodeID? {
            while current == 0 {
                wordIndex += 1
                guard wordIndex < words.count else { return nil }
                current = words[wordIndex]
            }
            let bit = current.trailingZeroBitCount
            current &= current - 1
            return NodeID(wordIndex << 6 | bit)
        }
    }
}
