// Positions in query source text: a 1-based line and column plus the UTF-8 byte
// offset, and spans made of two such positions. Every token, syntax-tree node and
// diagnostic carries one, so errors can point a caret at the exact spot.

/// A position in query source text.
///
/// `line` and `column` are 1-based; the column counts Unicode scalars from the
/// start of the line. `offset` is the 0-based UTF-8 byte offset from the start
/// of the source.
public struct SourceLocation: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column (Unicode scalars from the line start).
    public var column: Int
    /// 0-based UTF-8 byte offset from the start of the source.
    public var offset: Int

    /// Creates a location.
    ///
    /// - Complexity: O(1).
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The start of any source: line 1, column 1, offset 0.
    public static let start = SourceLocation(line: 1, column: 1, offset: 0)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.offset < rhs.offset
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}

/// A half-open range of source text: `start` is the first character, `end` the
/// position just after the last one.
public struct SourceSpan: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The first character of the node.
    public var start: SourceLocation
    /// The position just after the node's last character.
    public var end: SourceLocation

    /// Creates a span.
    ///
    /// - Complexity: O(1).
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// A span covering `from.start ..< to.end`.
    ///
    /// - Complexity: O(1).
    public init(from: SourceSpan, to: SourceSpan) {
        self.start = from.start
        self.end = to.end
    }

    /// An empty span at the start of the source (for synthesised nodes).
    public static let empty = SourceSpan(start: .start, end: .start)

    /// 1-based line of the start.
    public var line: Int { start.line }
    /// 1-based column of the start.
    public var column: Int { start.column }
    /// UTF-8 byte offset of the start.
    public var offset: Int { start.offset }
    /// Length in UTF-8 bytes.
    public var length: Int { max(0, end.offset - start.offset) }

    /// `line:column`.
    public var description: String { start.description }
}
