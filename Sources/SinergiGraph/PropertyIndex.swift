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
    /// The index's name (`SHOW INDEXES`, `DROP INDEX name`).
    public let name: String
    private var entries: [Value: [NodeID]] = [:]

    /// An empty index; `name` defaults to `defaultName(label:property:)`.
    /// - Complexity: O(1).
    public init(label: String, property: String, name: String? = nil) {
        self.label = label
        self.property = property
        self.name = name ?? Self.defaultName(label: label, property: property)
    }

    /// The name an index gets when none is given: `index_<label>_<property>`.
    /// - Complexity: O(length of the names).
    public static func defaultName(label: String, property: String) -> String {
        "index_\(label)_\(property)"
    }

    /// The number of indexed nodes.
    /// - Complexity: O(distinct values).
    public var entryCount: Int { entries.values.reduce(0) { $0 + $1.count } }

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
