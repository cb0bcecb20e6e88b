// String functions of a node's string property — `size(n.name)`, `char_length`,
// `character_length`, `left(n.name, k)`, `right(n.name, k)` — computed on the property's
// UTF-8 bytes in
// the store, in statements that only read: the length needs no `String` at all, and a
// slice builds only the slice (usually short enough to need no allocation). Anything
// else (a relationship, an absent or non-string property, a length that is not a
// non-negative integer, a statement that writes) takes the general call, which also
// raises the errors.

import SinergiGraph

extension ExpressionCompiler {
    /// The call `name(arguments…)` on the bytes of `n.key`, or nil when `name` or the first
    /// argument has another shape; `general` is the ordinary call.
    func stringPropertyCall(
        _ name: String, _ arguments: [BoundExpression], _ compiled: [CompiledExpression],
        _ general: CompiledExpression
    ) -> CompiledExpression? {
        guard case .property(.slot(let slot), let key)? = arguments.first,
            let keyID = graph.propertyKeyID(named: key)
        else { return nil }
        /// The bytes of the node's string property, given to `body`; nil to take the general call.
        func onBytes(_ body: @escaping (UnsafeBufferPointer<UInt8>, Int) -> Value, count: CompiledExpression?)
            -> CompiledExpression
        {
            CompiledExpression { (row, st) throws(QueryError) -> Value in
                guard case .node(let id) = row[slot], let r = st.reader, r.pointee.contains(id) else {
                    return try general(row, &st)
                }
                var k = 0
                if let count {
                    guard case .int(let n) = try count(row, &st), n >= 0 else { return try general(row, &st) }
                    k = Int(clamping: n)
                }
                var out = Value.null
                guard
                    r.pointee.testString(
                        keyID, of: id,
                        { bytes in
                            out = body(bytes, k)
                            return true
                        }) != nil
                else { return try general(row, &st) }
                return out
            }
        }
        switch (name, arguments.count) {
        case ("size", 1), ("char_length", 1), ("character_length", 1):
            return onBytes({ bytes, _ in .int(Int64(FunctionTable.scalarCount(bytes))) }, count: nil)
        case ("left", 2):
            return onBytes(
                { bytes, n in .string(String(decoding: FunctionTable.prefix(bytes, scalars: n), as: UTF8.self)) },
                count: compiled[1])
        case ("right", 2):
            return onBytes(
                { bytes, n in .string(String(decoding: FunctionTable.suffix(bytes, scalars: n), as: UTF8.self)) },
                count: compiled[1])
        default:
            return nil
        }
    }
}
