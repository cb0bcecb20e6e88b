// What the hot operators read from the graph, as a protocol two types meet: the
// graph itself (`PropertyGraph`, for statements that write) and `GraphReader`
// (plain pointers into its arrays, every read inlined, for statements that only
// read). Operators are written once, generic over it, and the compiler makes a
// copy of each for either.

import SinergiGraph

/// Graph reads of the physical operators.
protocol GraphAccess {
    func contains(_ id: NodeID) -> Bool
    func hasLabel(_ id: NodeID, labelID: LabelID) -> Bool
    func degree(of id: NodeID) -> Int
    func forEachOutgoing<E: Error>(of id: NodeID, _ body: (RelationshipID, TypeID, NodeID) throws(E) -> Bool)
        throws(E) -> Bool
    func forEachIncoming<E: Error>(of id: NodeID, _ body: (RelationshipID, TypeID, NodeID) throws(E) -> Bool)
        throws(E) -> Bool
    func property(_ key: PropertyKeyID, of id: NodeID) -> Value
    func property(_ key: PropertyKeyID, of id: RelationshipID) -> Value
    func testString(_ key: PropertyKeyID, of id: NodeID, _ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool?
    func testString(_ key: PropertyKeyID, of id: RelationshipID, _ test: (UnsafeBufferPointer<UInt8>) -> Bool)
        -> Bool?
    func equals(_ key: PropertyKeyID, of id: NodeID, _ value: PropertyEquality) -> Bool?
}

extension PropertyGraph: GraphAccess {}
extension GraphReader: GraphAccess {}
