// The names a graph has ever seen: labels, relationship types and property keys, for
// checking a name someone typed against the ones in use (imports, query warnings).

extension PropertyGraph {
    /// Every property key ever stored on a node or relationship of this graph (names of since
    /// removed properties included: the table only grows), in first-use order.
    ///
    /// - Complexity: O(k) for k names.
    public var propertyNames: [String] { store.propertyKeys.names }
}
