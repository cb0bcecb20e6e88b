// An equality index from a property value to the nodes of one label holding it.

/// Maps a normalised property value to the sorted ids of the nodes that hold it.
///
/// Integers and integral floats share a key, so `n.x = 1` finds `1` and `1.0`, as
/// openCypher equality does.
public struct PropertyIndex: Sendable {
    /// The indexed label.
    public let label: String
    /// The indexed property key.
    public let property: String
    private var entries: [Value: [NodeID]] = [:]

    public init(label: String, property: String) {
        self.label = label
        self.property = property
    }

    /// The key a value is filed under.
    static func normalise(_ value: Value) -> Value {
        if case .double(let d) = value, d.rounded() == d, abs(d) < 9.0e18 { return .int(Int64(d)) }
        return value
    }

    /// The nodes filed under `value`, in increasing id order.
    /// - Complexity: O(1) on average, plus the size of the answer.
    public func nodes(equalTo value: Value) -> [NodeID] { entries[Self.normalise(value)] ?? [] }

    /// Files `node` under `value`.
    /// - Complexity: O(k) where k is the number of nodes already under that value.
    mutating func insert(_ node: NodeID, value: Value) {
        let key = Self.normalise(value)
        var list = entries[key] ?? []
        if let last = list.last, last > node {
            let position = list.firstIndex(where: { $0 > node }) ?? list.endIndex
            list.insert(node, at: position)
        } else {
            list.append(node)
        }
        entries[key] = list
    }

    /// Removes `node` from under `value`.
    /// - Complexity: O(k) where k is the number of nodes under that value.
    mutating func remove(_ node: NodeID, value: Value) {
        let key = Self.normalise(value)
        guard var list = entries[key] else { return }
        list.removeAll { $0 == node }
        entries[key] = list.isEmpty ? nil : list
    }
}
