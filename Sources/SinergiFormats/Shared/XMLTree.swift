// A small, strict XML 1.0 reader that builds an element tree with line numbers.
//
// Enough for GraphML and GEXF: elements, attributes, character data, CDATA, the five
// predefined entities and character references; comments, processing instructions
// and a DOCTYPE are skipped. Line ends are normalised as XML requires (CR LF and CR
// become LF before parsing), attribute values are normalised (literal tab/LF/CR become
// spaces; character references survive), namespace prefixes are kept in `name` and
// dropped in `localName`. No external entities are ever fetched.

/// One XML element: its name, attributes, child elements and the character data
/// directly inside it (concatenated), plus the 1-based line where its start tag begins.
struct XMLElementNode: Sendable {
    var name: String
    var attributes: [String: String]
    var children: [XMLElementNode]
    var text: String
    var line: Int

    /// The name without a namespace prefix (computed once, when parsed).
    var localName: String

    init(name: String, attributes: [String: String], children: [XMLElementNode], text: String, line: Int) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
        self.line = line
        if let colon = name.firstIndex(of: ":") {
            localName = String(name[name.index(after: colon)...])
        } else {
            localName = name
        }
    }

    /// The child elements with local name `name`, in document order.
    func children(named name: String) -> [XMLElementNode] { children.filter { $0.localName == name } }

    /// The first child element with local name `name`.
    func child(named name: String) -> XMLElementNode? { children.first { $0.localName == name } }
}

/// A syntax error in an XML document, at a 1-based line.
struct XMLSyntaxError: Error, Equatable, Sendable {
    var line: Int
    var message: String
}

/// Parses an XML document into its root element.
///
/// - Complexity: O(n) in the length of the document.
struct XMLTreeParser {
    private var bytes: [UInt8]
    private var position = 0
    private var line = 1
    private static let maximumDepth = 512

    /// Parses `text` and returns the root element.
    static func parse(_ text: String) throws(XMLSyntaxError) -> XMLElementNode {
        var parser = XMLTreeParser(bytes: normaliseLineEnds(Array(text.utf8)))
        return try parser.document()
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private static func normaliseLineEnds(_ input: [UInt8]) -> [UInt8] {
        guard input.contains(13) else { return input }
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var i = 0
        while i < input.count {
            if input[i] == 13 {
                out.append(10)
                if i + 1 < input.count, input[i + 1] == 10 { i += 1 }
            } else {
                out.append(input[i])
            }
            i += 1
        }
        return out
    }

    // MARK: document structure

    private mutating func document() throws(XMLSyntaxError) -> XMLElementNode {
        if starts(with: [0xEF, 0xBB, 0xBF]) { position += 3 }
        try skipMisc()
        guard peek() == UInt8(ascii: "<") else { throw fail("expected the root element") }
        let root = try element(depth: 0)
        try skipMisc()
        guard position >= bytes.count else { throw fail("unexpected content after the root element") }
        return root
    }

    /// Skips whitespace, comments, processing instructions and a DOCTYPE.
    private mutating func skipMisc() throws(XMLSyntaxError) {
        while true {
            skipWhitespace()
            if starts(with: "<?") {
                try skip(past: "?>", what: "processing instruction")
            } else if starts(with: "<!--") {
                try skip(past: "-->", what: "comment")
            } else if starts(with: "<!DOCTYPE") {
                try skipDoctype()
            } else {
                return
            }
        }
    }

    private mutating func skipDoctype() throws(XMLSyntaxError) {
        let startLine = line
        var depth = 0
        while let b = next() {
            if b == UInt8(ascii: "[") { depth += 1 }
            if b == UInt8(ascii: "]") { depth -= 1 }
            if b == UInt8(ascii: ">"), depth <= 0 { return }
        }
        throw XMLSyntaxError(line: startLine, message: "unterminated DOCTYPE")
    }

    private mutating func element(depth: Int) throws(XMLSyntaxError) -> XMLElementNode {
        guard depth < Self.maximumDepth else { throw fail("elements nested deeper than \(Self.maximumDepth)") }
        let startLine = line
        position += 1  // "<"
        let name = try readName()
        var node = XMLElementNode(name: name, attributes: [:], children: [], text: "", line: startLine)
        // Attributes.
        while true {
            let hadSpace = skipWhitespace()
            if starts(with: "/>") {
                position += 2
                return node
            }
            if peek() == UInt8(ascii: ">") {
                position += 1
                break
            }
            guard hadSpace else { throw fail("expected whitespace, '>' or '/>' in <\(name)>") }
            let attributeName = try readName()
            skipWhitespace()
            guard next() == UInt8(ascii: "=") else { throw fail("expected '=' after attribute '\(attributeName)'") }
            skipWhitespace()
            guard let quote = next(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw fail("expected a quoted value for attribute '\(attributeName)'")
            }
            let valueStart = position
            while let b = peek(), b != quote {
                if b == UInt8(ascii: "<") { throw fail("'<' in the value of attribute '\(attributeName)'") }
                if b == 10 { line += 1 }
                position += 1
            }
            guard peek() == quote else { throw fail("unterminated value of attribute '\(attributeName)'") }
            let raw = bytes[valueStart..<position]
            position += 1
            guard node.attributes[attributeName] == nil else {
                throw fail("attribute '\(attributeName)' appears twice in <\(name)>")
            }
            node.attributes[attributeName] = try decode(raw, attribute: true)
        }
        // Content.
        while true {
            guard position < bytes.count else {
                throw XMLSyntaxError(line: startLine, message: "element <\(name)> is never closed")
            }
            if starts(with: "</") {
                position += 2
                let closing = try readName()
                skipWhitespace()
                guard next() == UInt8(ascii: ">") else { throw fail("expected '>' after </\(closing)") }
                guard closing == name else {
                    throw fail("</\(closing)> closes <\(name)> opened at line \(startLine)")
                }
                return node
            } else if starts(with: "<!--") {
                try skip(past: "-->", what: "comment")
            } else if starts(with: "<![CDATA[") {
                position += 9
                let cdataStart = position
                let cdataLine = line
                while position < bytes.count, !starts(with: "]]>") {
                    if bytes[position] == 10 { line += 1 }
                    position += 1
                }
                guard position < bytes.count else {
                    throw XMLSyntaxError(line: cdataLine, message: "unterminated CDATA section")
                }
                node.text += String(decoding: bytes[cdataStart..<position], as: UTF8.self)
                position += 3
            } else if starts(with: "<?") {
                try skip(past: "?>", what: "processing instruction")
            } else if peek() == UInt8(ascii: "<") {
                node.children.append(try element(depth: depth + 1))
            } else {
                let textStart = position
                while let b = peek(), b != UInt8(ascii: "<") {
                    if b == 10 { line += 1 }
                    position += 1
                }
                node.text += try decode(bytes[textStart..<position], attribute: false)
            }
        }
    }

    // MARK: pieces

    private mutating func readName() throws(XMLSyntaxError) -> String {
        let start = position
        while let b = peek(), !isWhitespace(b), b != UInt8(ascii: "/"), b != UInt8(ascii: ">"),
            b != UInt8(ascii: "="), b != UInt8(ascii: "<"), b != UInt8(ascii: "\""), b != UInt8(ascii: "'")
        {
            position += 1
        }
        guard position > start else { throw fail("expected a name") }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// Decodes entity and character references; in attributes, literal whitespace becomes a space.
    private func decode(_ raw: ArraySlice<UInt8>, attribute: Bool) throws(XMLSyntaxError) -> String {
        guard raw.contains(UInt8(ascii: "&")) || (attribute && raw.contains(where: isWhitespace)) else {
            return String(decoding: raw, as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = raw.startIndex
        while i < raw.endIndex {
            let b = raw[i]
            if b == UInt8(ascii: "&") {
                guard let semicolon = raw[i...].firstIndex(of: UInt8(ascii: ";")), semicolon - i <= 12 else {
                    throw fail("'&' not followed by an entity reference")
                }
                let entity = String(decoding: raw[(i + 1)..<semicolon], as: UTF8.self)
                out.append(contentsOf: try expand(entity).utf8)
                i = semicolon + 1
            } else {
                out.append(attribute && isWhitespace(b) ? UInt8(ascii: " ") : b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func expand(_ entity: String) throws(XMLSyntaxError) -> String {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            var code: UInt32?
            if entity.hasPrefix("#x") {
                code = UInt32(entity.dropFirst(2), radix: 16)
            } else if entity.hasPrefix("#") {
                code = UInt32(entity.dropFirst(1), radix: 10)
            } else {
                throw fail("unknown entity '&\(entity);'")
            }
            guard let code, let scalar = Unicode.Scalar(code), XMLEscaping.isAllowed(scalar) else {
                throw fail("invalid character reference '&\(entity);'")
            }
            return String(Character(scalar))
        }
    }

    private mutating func skip(past terminator: StaticString, what: String) throws(XMLSyntaxError) {
        let startLine = line
        while position < bytes.count {
            if starts(with: terminator) {
                position += terminator.utf8CodeUnitCount
                return
            }
            if bytes[position] == 10 { line += 1 }
            position += 1
        }
        throw XMLSyntaxError(line: startLine, message: "unterminated \(what)")
    }

    @discardableResult
    private mutating func skipWhitespace() -> Bool {
        let start = position
        while let b = peek(), isWhitespace(b) {
            if b == 10 { line += 1 }
            position += 1
        }
        return position > start
    }

    private func isWhitespace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 }

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func next() -> UInt8? {
        guard position < bytes.count else { return nil }
        let b = bytes[position]
        if b == 10 { line += 1 }
        position += 1
        return b
    }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return text.withUTF8Buffer { prefix in
            for k in 0..<count where bytes[position + k] != prefix[k] { return false }
            return true
        }
    }

    private func starts(with prefix: [UInt8]) -> Bool {
        guard position + prefix.count <= bytes.count else { return false }
        for k in 0..<prefix.count where bytes[position + k] != prefix[k] { return false }
        return true
    }

    private func fail(_ message: String) -> XMLSyntaxError { XMLSyntaxError(line: line, message: message) }
}
