// A whole-string regular-expression matcher on UTF-8 bytes for the common part of
// the `=~` syntax: literals, `.`, classes `[a-z]` / `[^…]`, the escapes `\d \w \s`
// (and their negations), groups `(…)` / `(?:…)`, alternation `|` and the quantifiers
// `* + ? {n} {n,} {n,m}` (greedy or lazy: a whole-string test does not tell them apart).
// The pattern is compiled once per query into a small program that a Pike VM runs over
// the code points of the text: time O(text × program), no backtracking, and no
// allocation per row (the thread lists live on the stack). Anything outside that subset
// (flags, anchors, back-references, look-around, Unicode properties, set operations)
// makes `compile` answer nil and the caller keeps NSRegularExpression. `\d \w \s` mean
// their ASCII sets here, so a program using them declines non-ASCII text (`match`
// answers nil) and the caller asks NSRegularExpression, whose sets are Unicode.

/// A compiled `=~` pattern over UTF-8 bytes (see the file comment for the subset).
struct ByteRegex: Sendable {
    enum Instruction: Sendable {
        case char(UInt32)
        /// Any code point but a line terminator (`\n \r U+0085 U+2028 U+2029`), as ICU's `.`.
        case any
        /// A code point in one of the ranges (or in none, when negated).
        case set(ranges: [ClosedRange<UInt32>], negated: Bool)
        case split(Int, Int)
        case jump(Int)
        case match
    }

    let program: [Instruction]
    /// True when the program uses an ASCII-only escape (`\d \w \s`): it answers only for ASCII text.
    let asciiOnly: Bool

    /// The most instructions a pattern may compile to (counted repetition copies its body).
    static let maximumProgram = 4096

    /// The program for `pattern`, or nil when it uses syntax outside the subset.
    /// - Complexity: O(pattern × repetition counts), at most `maximumProgram` instructions.
    static func compile(_ pattern: String) -> ByteRegex? {
        var parser = Parser(Array(pattern.unicodeScalars.map(\.value)))
        guard let node = parser.alternation(), parser.atEnd else { return nil }
        var emitter = Emitter()
        guard emitter.emit(node) else { return nil }
        emitter.program.append(.match)
        guard emitter.program.count <= maximumProgram else { return nil }
        return ByteRegex(program: emitter.program, asciiOnly: parser.asciiOnly)
    }

    /// Whether the whole of `text` (UTF-8) matches; nil when the program cannot decide
    /// (ASCII-only escapes on non-ASCII text, or bytes that are not UTF-8).
    /// - Complexity: O(text × program) time; O(program) stack memory, no heap allocation.
    func matches(_ text: UnsafeBufferPointer<UInt8>) -> Bool? {
        if asciiOnly, !text.allSatisfy({ $0 < 0x80 }) { return nil }
        if ByteRegex.endsWithLineTerminator(text) { return nil }  // ICU's `$` matches before it
        let n = program.count
        return program.withUnsafeBufferPointer { code -> Bool? in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: 4 * n + 2) { scratch -> Bool? in
                guard let base = scratch.baseAddress else { return nil }
                // current list, next list, "on list" marks (generation numbers), stack.
                let current = base
                let next = base + n
                let marks = base + 2 * n
                let stack = base + 3 * n
                for i in 0..<n { marks[i] = -1 }
                var generation: Int32 = 0
                var currentCount = ByteRegex.add(0, code, current, 0, marks, generation, stack)
                var position = 0
                while position < text.count {
                    if currentCount == 0 { return false }
                    guard let (scalar, width) = ByteRegex.decode(text, at: position) else { return nil }
                    position += width
                    generation += 1
                    var nextCount = 0
                    for t in 0..<currentCount {
                        let pc = Int(current[t])
                        if ByteRegex.accepts(code[pc], scalar) {
                            nextCount = ByteRegex.add(pc + 1, code, next, nextCount, marks, generation, stack)
                        }
                    }
                    for t in 0..<nextCount { current[t] = next[t] }
                    currentCount = nextCount
                }
                for t in 0..<currentCount {
                    if case .match = code[Int(current[t])] { return true }
                }
                return false
            }
        }
    }

    /// True when `t` ends with `\n`, `\r`, U+0085, U+2028 or U+2029.
    private static func endsWithLineTerminator(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = t.last else { return false }
        if last == 0x0A || last == 0x0D { return true }
        let n = t.count
        if n >= 2, t[n - 2] == 0xC2, last == 0x85 { return true }
        return n >= 3 && t[n - 3] == 0xE2 && t[n - 2] == 0x80 && (last == 0xA8 || last == 0xA9)
    }

    /// Adds thread `pc` and every instruction it reaches without reading (through splits
    /// and jumps) to `list`, skipping those already marked in this generation.
    private static func add(
        _ pc: Int, _ code: UnsafeBufferPointer<Instruction>, _ list: UnsafeMutablePointer<Int32>, _ count: Int,
        _ marks: UnsafeMutablePointer<Int32>, _ generation: Int32, _ stack: UnsafeMutablePointer<Int32>
    ) -> Int {
        var count = count
        var top = 0
        stack[0] = Int32(pc)
        top = 1
        while top > 0 {
            top -= 1
            let at = Int(stack[top])
            if marks[at] == generation { continue }
            marks[at] = generation
            switch code[at] {
            case .jump(let to):
                stack[top] = Int32(to)
                top += 1
            case .split(let a, let b):
                // b below a, so a (the preferred branch) is explored first.
                stack[top] = Int32(b)
                stack[top + 1] = Int32(a)
                top += 2
            default:
                list[count] = Int32(at)
                count += 1
            }
        }
        return count
    }

    private static func accepts(_ instruction: Instruction, _ c: UInt32) -> Bool {
        switch instruction {
        case .char(let x): return x == c
        case .any: return c != 0x0A && c != 0x0D && c != 0x85 && c != 0x2028 && c != 0x2029
        case .set(let ranges, let negated):
            var inside = false
            for r in ranges where r.contains(c) {
                inside = true
                break
            }
            return inside != negated
        default: return false
        }
    }

    /// The code point at `i` and its width in bytes; nil for a malformed sequence.
    private static func decode(_ t: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
        let b0 = UInt32(t[i])
        if b0 < 0x80 { return (b0, 1) }
        let width: Int
        var value: UInt32
        if b0 & 0xE0 == 0xC0 {
            width = 2
            value = b0 & 0x1F
        } else if b0 & 0xF0 == 0xE0 {
            width = 3
            value = b0 & 0x0F
        } else if b0 & 0xF8 == 0xF0 {
            width = 4
            value = b0 & 0x07
        } else {
            return nil
        }
        guard i + width <= t.count else { return nil }
        for k in 1..<width {
            let b = UInt32(t[i + k])
            guard b & 0xC0 == 0x80 else { return nil }
            value = value << 6 | (b & 0x3F)
        }
        return (value, width)
    }

    // MARK: Parsing

    indirect enum Node {
        case empty
        case char(UInt32)
        case any
        case set([ClosedRange<UInt32>], negated: Bool)
        case sequence([Node])
        case alternation([Node])
        case repeated(Node, min: Int, max: Int?)
    }

    struct Parser {
        let s: [UInt32]
        var i = 0
        var asciiOnly = false
        init(_ s: [UInt32]) { self.s = s }

        var atEnd: Bool { i == s.count }
        func peek(_ k: Int = 0) -> UInt32? { i + k < s.count ? s[i + k] : nil }

        static let digits: [ClosedRange<UInt32>] = [0x30...0x39]
        static let word: [ClosedRange<UInt32>] = [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]
        static let space: [ClosedRange<UInt32>] = [0x09...0x0D, 0x20...0x20]

        mutating func alternation() -> Node? {
            var branches: [Node] = []
            guard let first = sequence() else { return nil }
            branches.append(first)
            while peek() == 0x7C {  // |
                i += 1
                guard let next = sequence() else { return nil }
                branches.append(next)
            }
            return branches.count == 1 ? branches[0] : .alternation(branches)
        }

        mutating func sequence() -> Node? {
            var items: [Node] = []
            while let c = peek(), c != 0x7C, c != 0x29 {  // | )
                guard let atom = atom(), let item = quantified(atom) else { return nil }
                items.append(item)
            }
            return items.isEmpty ? .empty : (items.count == 1 ? items[0] : .sequence(items))
        }

        mutating func quantified(_ atom: Node) -> Node? {
            guard let c = peek() else { return atom }
            var node: Node
            switch c {
            case 0x2A:  // *
                i += 1
                node = .repeated(atom, min: 0, max: nil)
            case 0x2B:  // +
                i += 1
                node = .repeated(atom, min: 1, max: nil)
            case 0x3F:  // ?
                i += 1
                node = .repeated(atom, min: 0, max: 1)
            case 0x7B:  // {
                guard let (lo, hi) = counts() else { return nil }
                node = .repeated(atom, min: lo, max: hi)
            default:
                return atom
            }
            if peek() == 0x3F { i += 1 }  // lazy: the same whole-string answer
            // Possessive quantifiers and a quantifier after a quantifier are left to ICU.
            if let c = peek(), c == 0x2B || c == 0x2A || c == 0x3F || c == 0x7B { return nil }
            return node
        }

        /// `{n}`, `{n,}` or `{n,m}` after the `{` at `i`.
        mutating func counts() -> (Int, Int?)? {
            i += 1
            guard let lo = number() else { return nil }
            var hi: Int? = lo
            if peek() == 0x2C {  // ,
                i += 1
                hi = peek() == 0x7D ? nil : number()
                if hi == nil, peek() != 0x7D { return nil }
            }
            guard peek() == 0x7D else { return nil }
            i += 1
            if let h = hi, h < lo { return nil }
            return (lo, hi)
        }

        mutating func number() -> Int? {
            var value = 0
            var digits = 0
            while let c = peek(), c >= 0x30, c <= 0x39 {
                value = value * 10 + Int(c - 0x30)
                digits += 1
                i += 1
                if value > 1000 { return nil }
            }
            return digits == 0 ? nil : value
        }

        mutating func atom() -> Node? {
            guard let c = peek() else { return nil }
            switch c {
            case 0x28:  // (
                i += 1
                if peek() == 0x3F {  // (?  — only (?: is in the subset
                    guard peek(1) == 0x3A else { return nil }
                    i += 2
                }
                guard let inner = alternation(), peek() == 0x29 else { return nil }
                i += 1
                return inner
            case 0x2E:  // .
                i += 1
                return .any
            case 0x5B:  // [
                return bracket()
            case 0x5C:  // backslash
                i += 1
                guard let e = peek() else { return nil }
                i += 1
                if let set = classEscape(e) { return set }
                guard let literal = literalEscape(e) else { return nil }
                return .char(literal)
            case 0x5E, 0x24, 0x2A, 0x2B, 0x3F, 0x7B, 0x7D, 0x5D:  // ^ $ * + ? { } ]
                return nil
            default:
                i += 1
                return .char(c)
            }
        }

        /// `\d \D \w \W \s \S` as ASCII sets.
        mutating func classEscape(_ e: UInt32) -> Node? {
            let ranges: [ClosedRange<UInt32>]
            switch e {
            case 0x64, 0x44: ranges = Parser.digits
            case 0x77, 0x57: ranges = Parser.word
            case 0x73, 0x53: ranges = Parser.space
            default: return nil
            }
            asciiOnly = true
            return .set(ranges, negated: e < 0x60)
        }

        /// The literal an escape stands for: punctuation, `\t \n \r \f`; nil for anything else.
        func literalEscape(_ e: UInt32) -> UInt32? {
            switch e {
            case 0x74: return 0x09
            case 0x6E: return 0x0A
            case 0x72: return 0x0D
            case 0x66: return 0x0C
            default:
                let punctuation: Set<UInt32> = Set(".\\()[]{}*+?|^$/-&#~ '\",:;<>=!@%".unicodeScalars.map(\.value))
                return punctuation.contains(e) ? e : nil
            }
        }

        /// `[…]` or `[^…]`: characters, ranges and the class escapes; no nested sets or `&&`.
        mutating func bracket() -> Node? {
            i += 1
            var negated = false
            if peek() == 0x5E {
                negated = true
                i += 1
            }
            var ranges: [ClosedRange<UInt32>] = []
            var first = true
            while let c = peek(), c != 0x5D || first {
                if c == 0x5D || c == 0x5B { return nil }  // []…] and nested sets: ICU's rules
                if c == 0x26, peek(1) == 0x26 { return nil }  // &&
                first = false
                guard let lo = classMember(&ranges) else {
                    if peek() == 0x2D, peek(1) != 0x5D { return nil }  // [\d-z]: left to ICU
                    continue
                }
                if peek() == 0x2D, let after = peek(1), after != 0x5D {  // a-z
                    i += 1
                    var ignored: [ClosedRange<UInt32>] = []
                    guard let hi = classMember(&ignored), ignored.isEmpty, lo <= hi else { return nil }
                    ranges.append(lo...hi)
                } else {
                    ranges.append(lo...lo)
                }
            }
            guard peek() == 0x5D, !first || !ranges.isEmpty else { return nil }
            i += 1
            return .set(ranges, negated: negated)
        }

        /// One member of a bracket: a character (returned), or a class escape (appended to
        /// `ranges`, nil returned). Sets `i` past an unsupported member to the end (fails later).
        mutating func classMember(_ ranges: inout [ClosedRange<UInt32>]) -> UInt32? {
            guard let c = peek() else { return nil }
            i += 1
            guard c == 0x5C else { return c }
            guard let e = peek() else { return nil }
            i += 1
            if case .set(let r, let negated)? = classEscape(e) {
                guard !negated else {
                    i = s.count  // a negated escape inside a bracket: left to ICU
                    return nil
                }
                ranges += r
                return nil
            }
            guard let literal = literalEscape(e) else {
                i = s.count
                return nil
            }
            return literal
        }
    }

    // MARK: Emitting

    struct Emitter {
        var program: [Instruction] = []

        mutating func emit(_ node: Node) -> Bool {
            guard program.count <= ByteRegex.maximumProgram else { return false }
            switch node {
            case .empty: return true
            case .char(let c): program.append(.char(c))
            case .any: program.append(.any)
            case .set(let ranges, let negated): program.append(.set(ranges: ranges, negated: negated))
            case .sequence(let items):
                for item in items where !emit(item) { return false }
            case .alternation(let branches):
                var jumps: [Int] = []
                for (k, branch) in branches.enumerated() {
                    if k < branches.count - 1 {
                        let split = program.count
                        program.append(.match)  // placeholder
                        guard emit(branch) else { return false }
                        jumps.append(program.count)
                        program.append(.match)  // placeholder
                        program[split] = .split(split + 1, program.count)
                    } else {
                        guard emit(branch) else { return false }
                    }
                }
                for j in jumps { program[j] = .jump(program.count) }
            case .repeated(let body, let min, let max):
                for _ in 0..<min where !emit(body) { return false }
                if let max {
                    // Each optional copy: split(body, end).
                    var splits: [Int] = []
                    for _ in min..<max {
                        splits.append(program.count)
                        program.append(.match)
                        guard emit(body) else { return false }
                    }
                    for s in splits { program[s] = .split(s + 1, program.count) }
                } else {
                    let loop = program.count
                    program.append(.match)
                    guard emit(body) else { return false }
                    program.append(.jump(loop))
                    program[loop] = .split(loop + 1, program.count)
                }
            }
            return program.count <= ByteRegex.maximumProgram
        }
    }
}
