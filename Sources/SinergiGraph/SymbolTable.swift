// Interning of label and relationship-type names to dense ids.

/// A two-way map between names and dense ids; ids are handed out in first-seen order.
///
/// - Complexity: `intern` and `id(of:)` are O(1) on average; `name(of:)` is O(1).
public struct SymbolTable: Sendable, Equatable {
    /// Names in id order.
    public private(set) var names: [String] = []
    private var ids: [String: UInt32] = [:]

    public init() {}

    /// The number of names interned.
    public var count: Int { names.count }

    /// The id of `name`, interning it when new.
    /// - Complexity: O(1) on average.
    public mutating func intern(_ name: String) -> UInt32 {
        if let id = ids[name] { return id }
        let id = UInt32(names.count)
        names.append(name)
        ids[name] = id
        return id
    }

    /// The id of `name`, or nil when it was never interned.
    /// - Complexity: O(1) on average.
    public func id(of name: String) -> UInt32? { ids[name] }

    /// The name of `id`.
    /// - Complexity: O(1).
    public func name(of id: UInt32) -> String { names[Int(id)] }
}
