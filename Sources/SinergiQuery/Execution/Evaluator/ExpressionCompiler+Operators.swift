// Binary operators: AND/OR short-circuit when the other side can only be a
// boolean or null (so no type error is skipped), `+` checks the size of the string
// or list it is about to build against the memory bound, `=~` runs the regular
// expression with progress reports so the statement's clock can stop it, and a
// string predicate on a property (`n.name CONTAINS 'Sari'`, `=`, `<>`, STARTS
// WITH, ENDS WITH) is tested on the UTF-8 bytes in the store without building a
// `String`.

import Dispatch
import Foundation
import SinergiGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ExpressionCompiler {
    func binary(_ op: BinaryOperator, _ l: BoundExpression, _ r: BoundExpression) -> CompiledExpression {
        if let fast = stringPredicate(op, l, r) { return fast }
        let a = compile(l)
        let b = compile(r)
        switch op {
        case .and:
            let skips = ExpressionCompiler.isBooleanOrNull(r)
            return CompiledExpression { (row, st) throws(QueryError) -> Value in
                let x = try a(row, &st)
                if case .bool(false) = x {
                    if skips { return x }
                    _ = try CypherSemantics.and(x, try b(row, &st))
                    return x
                }
                return try CypherSemantics.and(x, try b(row, &st))
            }
        case .or:
            let skips = ExpressionCompiler.isBooleanOrNull(r)
            return CompiledExpression { (row, st) throws(QueryError) -> Value in
                let x = try a(row, &st)
                if skips, case .bool(true) = x { return x }
                return try CypherSemantics.or(x, try b(row, &st))
            }
        case .add:
            return CompiledExpression { (row, st) throws(QueryError) -> Value in
                let x = try a(row, &st)
                let y = try b(row, &st)
                try st.reserve(ExpressionCompiler.concatenatedSize(x, y))
                return try Arithmetic.add(x, y)
            }
        case .regexMatch:
            if let fast = compiledRegex(l, r, a) { return fast }
            return CompiledExpression { (row, st) throws(QueryError) -> Value in
                let x = try a(row, &st)
                let y = try b(row, &st)
                return try ExpressionCompiler.regexMatch(x, y, &st)
            }
        default:
            return CompiledExpression { (row, st) throws(QueryError) -> Value in
                let x = try a(row, &st)
                return try CypherSemantics.binary(op, x, try b(row, &st))
            }
        }
    }

    /// True when `e` evaluates to a boolean or null, or fails with no type error an
    /// AND/OR would report (a comparison, a label check, a pattern, NOT of those, …).
    static func isBooleanOrNull(_ e: BoundExpression) -> Bool {
        switch e {
        case .constant(.bool), .constant(.null), .isNull, .subquery, .hasLabels: return true
        case .binary(let op, let l, let r):
            switch op {
            case .equal, .notEqual, .less, .greater, .lessOrEqual, .greaterOrEqual, .startsWith, .endsWith, .contains:
                return true
            case .and, .or, .xor: return isBooleanOrNull(l) && isBooleanOrNull(r)
            default: return false
            }
        case .unary(.not, let x): return isBooleanOrNull(x)
        default: return false
        }
    }

    /// The bytes `a + b` builds (0 when it builds nothing large: numbers).
    static func concatenatedSize(_ a: Value, _ b: Value) -> Int {
        switch (a, b) {
        case (.string(let s), .string(let t)): return s.utf8.count &+ t.utf8.count
        case (.string(let s), _), (_, .string(let s)): return s.utf8.count &+ 32
        case (.list(let p), .list(let q)): return (p.count &+ q.count) &* MemoryLayout<Value>.stride
        case (.list(let p), _), (_, .list(let p)): return (p.count &+ 1) &* MemoryLayout<Value>.stride
        default: return 0
        }
    }

    /// `a =~ b`, stopped by the statement's deadline or cancellation while it runs.
    static func regexMatch(_ a: Value, _ b: Value, _ st: inout ExecutionState) throws(QueryError) -> Value {
        guard case .string(let s) = a, case .string(let pattern) = b else { return .null }
        guard let regex = RegexCache.shared.regex(for: pattern) else { throw ValueMessages.invalidRegex(pattern) }
        try st.tick()
        let deadline = st.limits.deadline
        let cancellation = st.limits.cancellation
        var found = false
        var stopped = false
        regex.enumerateMatches(
            in: s, options: [.anchored, .reportProgress], range: NSRange(s.startIndex..<s.endIndex, in: s)
        ) { match, _, stop in
            if match != nil {
                found = true
                stop.pointee = true
                return
            }
            if let deadline, DispatchTime.now().uptimeNanoseconds > deadline {
                stopped = true
                stop.pointee = true
            }
            if let cancellation, cancellation.isCancelled {
                stopped = true
                stop.pointee = true
            }
        }
        if stopped { try st.check() }
        return .bool(found)
    }

    /// The text of a string constant or of a string parameter, known before any row is read;
    /// nil for anything else.
    /// - Complexity: O(1).
    func constantString(_ e: BoundExpression) -> String? {
        switch e {
        case .constant(.string(let s)): return s
        case .parameter(let name):
            guard case .string(let s)? = parameters[name] else { return nil }
            return s
        default: return nil
        }
    }

    /// `x =~ 'pattern'` with a constant (or parameter) pattern in `ByteRegex`'s subset: the
    /// pattern is compiled once, and a node's or relationship's string property is matched
    /// on its bytes in the store; text the program cannot decide goes to NSRegularExpression.
    /// nil when the pattern is not a constant string, is invalid, or is outside the subset.
    func compiledRegex(_ l: BoundExpression, _ r: BoundExpression, _ subject: CompiledExpression)
        -> CompiledExpression?
    {
        guard let pattern = constantString(r) else { return nil }
        guard RegexCache.shared.regex(for: pattern) != nil, let program = ByteRegex.compile(pattern) else {
            return nil
        }
        let text = Value.string(pattern)
        var inPlace: (slot: Int, key: PropertyKeyID)?
        if case .property(.slot(let slot), let key) = l, let keyID = graph.propertyKeyID(named: key) {
            inPlace = (slot, keyID)
        }
        return CompiledExpression { (row, st) throws(QueryError) -> Value in
            try st.tick()
            if let (slot, keyID) = inPlace {
                var undecided = false
                let answer = try ExpressionCompiler.testStoredString(row[slot], keyID, st) { hay in
                    guard let m = program.matches(hay) else {
                        undecided = true
                        return false
                    }
                    return m
                }
                if let answer, !undecided { return .bool(answer) }
            }
            let x = try subject(row, &st)
            if case .string(var s) = x {
                if let m = s.withUTF8({ program.matches($0) }) { return .bool(m) }
            }
            return try ExpressionCompiler.regexMatch(x, text, &st)
        }
    }

    // MARK: String predicates on the store's bytes

    /// The string property `key` of the node or relationship `entity`, tested on its bytes
    /// where they are stored (through the statement's reader when it only reads); nil when
    /// `entity` is neither, or the property is absent or not a string. One place for the
    /// in-place tests of `=~` and of the string predicates.
    /// - Complexity: O(1) plus `test`.
    static func testStoredString(
        _ entity: Value, _ key: PropertyKeyID, _ st: ExecutionState, _ test: (UnsafeBufferPointer<UInt8>) -> Bool
    ) throws(QueryError) -> Bool? {
        switch entity {
        case .node(let id):
            if let reader = st.reader {
                guard reader.pointee.contains(id) else { throw EngineMessages.deletedNode(id) }
                return reader.pointee.testString(key, of: id, test)
            }
            try Evaluator.checkLive(id, st.graph)
            return st.graph.testString(key, of: id, test)
        case .relationship(let id):
            try Evaluator.checkLive(id, st.graph)
            return st.graph.testString(key, of: id, test)
        default: return nil
        }
    }

    /// `n.key op 'text'` for a string predicate, tested on the property's bytes in place;
    /// nil when `op` or the operands have another shape.
    func stringPredicate(_ op: BinaryOperator, _ l: BoundExpression, _ r: BoundExpression) -> CompiledExpression? {
        switch op {
        case .equal, .notEqual, .startsWith, .endsWith, .contains: break
        default: return nil
        }
        guard case .property(.slot(let slot), let key) = l, let keyID = graph.propertyKeyID(named: key) else {
            return nil
        }
        guard let constant = constantString(r) else { return nil }
        let needle = Array(constant.utf8)
        let asciiNeedle = needle.allSatisfy { $0 < 0x80 }
        let property = compile(l)
        let text = Value.string(constant)
        let general = CompiledExpression { (row, st) throws(QueryError) -> Value in
            try CypherSemantics.binary(op, try property(row, &st), text)
        }
        return CompiledExpression { (row, st) throws(QueryError) -> Value in
            var undecided = false
            let answer = try ExpressionCompiler.testStoredString(row[slot], keyID, st) { hay in
                ExpressionCompiler.test(op, hay, needle, asciiNeedle, &undecided)
            }
            // Not an entity, absent, not a string, or equality of non-ASCII text (canonical
            // equivalence): the general rules decide.
            guard let answer, !undecided else { return try general(row, &st) }
            return .bool(op == .notEqual ? !answer : answer)
        }
    }

    /// The predicate on UTF-8 bytes; sets `undecided` when bytes cannot decide (unequal
    /// non-ASCII text may still be canonically equal).
    static func test(
        _ op: BinaryOperator, _ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], _ asciiNeedle: Bool,
        _ undecided: inout Bool
    ) -> Bool {
        switch op {
        case .equal, .notEqual:
            if hay.count == needle.count, needle.withUnsafeBufferPointer({ equalBytes(hay, $0) }) { return true }
            if asciiNeedle, hay.allSatisfy({ $0 < 0x80 }) { return false }
            undecided = true
            return false
        case .startsWith:
            guard hay.count >= needle.count else { return false }
            return needle.withUnsafeBufferPointer { equalBytes(UnsafeBufferPointer(rebasing: hay[0..<$0.count]), $0) }
        case .endsWith:
            guard hay.count >= needle.count else { return false }
            return needle.withUnsafeBufferPointer {
                equalBytes(UnsafeBufferPointer(rebasing: hay[(hay.count - $0.count)...]), $0)
            }
        default:
            if needle.isEmpty { return true }
            guard hay.count >= needle.count, let h = hay.baseAddress else { return false }
            return needle.withUnsafeBufferPointer { n in contains(h, hay.count, n) }
        }
    }

    /// True when the `count` bytes at `h` contain `n` (first byte by `memchr`, then `memcmp`).
    static func contains(_ h: UnsafePointer<UInt8>, _ count: Int, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let np = n.baseAddress, n.count > 0 else { return true }
        let last = count - n.count
        var i = 0
        while i <= last {
            guard let hit = memchr(h + i, Int32(np[0]), last - i + 1) else { return false }
            let at = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - h
            if memcmp(h + at, np, n.count) == 0 { return true }
            i = at + 1
        }
        return false
    }

    static func equalBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        if a.isEmpty { return true }
        guard let x = a.baseAddress, let y = b.baseAddress else { return false }
        return memcmp(x, y, a.count) == 0
    }
}
