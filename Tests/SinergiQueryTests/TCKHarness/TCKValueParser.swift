// Reads the TCK's value notation (result cells and parameter values) into
// `TCKValue`: null, booleans, integers, floats (with exponents, `NaN`, `Inf`,
// `-Inf`), single-quoted strings with backslash escapes, lists, maps, nodes
// `(:A {k: 1})`, relationships `[:T {k: 1}]` and paths `<(a)-[:T]->(b)>`.

/// A cell that is not valid TCK value notation.
struct TCKValueSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    var text: String
    var offset: Int
    var message: String
    var description: String { "cannot read TCK value \(text) at \(offset): \(message)" }
}

/// A recursive-descent reader over the cell's Unicode scalars.
struct TCKValueParser {
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private let text: String

    private init(_ text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
    }

    /// Parses one whole cell.
    ///
    /// - Complexity: O(n) in the length of `text`.
    static func parse(_ text: String) throws(TCKValueSyntaxError) -> TCKValue {
        var parser = TCKValueParser(text)
        let value = try parser.value()
        parser.skipSpaces()
        guard parser.position == parser.scalars.count else { throw parser.error("trailing text") }
        return value
    }

    private func error(_ message: String) -> TCKValueSyntaxError {
        TCKValueSyntaxError(text: text, offset: position, message: message)
    }

    private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private func peek(_ offset: Int) -> Unicode.Scalar? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }

    private mutating func skipSpaces() {
        while let c = current, c == " " || c == "\t" || c == "\n" || c == "\r" { position += 1 }
    }

    private mutating func expect(_ c: Unicode.Scalar) throws(TCKValueSyntaxError) {
        skipSpaces()
        guard current == c else { throw error("expected \(c)") }
        position += 1
    }

    private mutating func consume(_ word: String) -> Bool {
        let wordScalars = Array(word.unicodeScalars)
        guard position + wordScalars.count <= scalars.count,
            Array(scalars[position..<(position + wordScalars.count)]) == wordScalars
        else { return false }
        if let after = peek(wordScalars.count), Self.isIdentifier(after) { return false }
        position += wordScalars.count
        return true
    }

    private static func isIdentifier(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == "$"
    }

    private mutating func value() throws(TCKValueSyntaxError) -> TCKValue {
        skipSpaces()
        guard let c = current else { throw error("expected a value") }
        switch c {
        case "'", "\"": return .string(try string())
        case "[":
            var look = position + 1
            while look < scalars.count, scalars[look] == " " { look += 1 }
            if look < scalars.count, scalars[look] == ":" { return try relationship() }
            return try list()
        case "{": return .map(try map())
        case "(": return try node()
        case "<": return try path()
        default:
            if consume("null") { return .null }
            if consume("true") { return .bool(true) }
            if consume("false") { return .bool(false) }
            if consume("NaN") { return .float(.nan) }
            if consume("Inf") { return .float(.infinity) }
            if c == "-", peek(1) == "I" {
                position += 1
                if consume("Inf") { return .float(-.infinity) }
                throw error("expected -Inf")
            }
            return try number()
        }
    }

    private mutating func number() throws(TCKValueSyntaxError) -> TCKValue {
        let start = position
        if current == "-" || current == "+" { position += 1 }
        var isFloat = false
        var digits = 0
        while let c = current, ("0"..."9").contains(c) {
            position += 1
            digits += 1
        }
        if current == ".", let next = peek(1), ("0"..."9").contains(next) {
            isFloat = true
            position += 1
            while let c = current, ("0"..."9").contains(c) {
                position += 1
                digits += 1
            }
        }
        guard digits > 0 else { throw error("expected a value") }
        if current == "e" || current == "E" {
            isFloat = true
            position += 1
            if current == "-" || current == "+" { position += 1 }
            var exponentDigits = 0
            while let c = current, ("0"..."9").contains(c) {
                position += 1
                exponentDigits += 1
            }
            guard exponentDigits > 0 else { throw error("bad exponent") }
        }
        let literal = String(String.UnicodeScalarView(scalars[start..<position]))
        if isFloat {
            guard let d = Double(literal) else { throw error("bad float") }
            return .float(d)
        }
        guard let i = Int64(literal) else { throw error("integer out of range") }
        return .int(i)
    }

    private mutating func string() throws(TCKValueSyntaxError) -> String {
        guard let quote = current else { throw error("expected a string") }
        position += 1
        var out = String.UnicodeScalarView()
        while let c = current {
            position += 1
            if c == quote { return String(out) }
            guard c == "\\" else {
                out.append(c)
                continue
            }
            guard let e = current else { throw error("unterminated escape") }
            position += 1
            switch e {
            case "\\", "'", "\"": out.append(e)
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "u", "U":
                let width = e == "u" ? 4 : 8
                guard position + width <= scalars.count,
                    let code = UInt32(
                        String(String.UnicodeScalarView(scalars[position..<(position + width)])), radix: 16),
                    let scalar = Unicode.Scalar(code)
                else { throw error("bad unicode escape") }
                out.append(scalar)
                position += width
            default:
                out.append("\\")
                out.append(e)
            }
        }
        throw error("unterminated string")
    }

    private mutating func list() throws(TCKValueSyntaxError) -> TCKValue {
        try expect("[")
        var items: [TCKValue] = []
        skipSpaces()
        if current == "]" {
            position += 1
            return .list(items)
        }
        while true {
            items.append(try value())
            skipSpaces()
            if current == "," {
                position += 1
                continue
            }
            try expect("]")
            return .list(items)
        }
    }

    private mutating func name() throws(TCKValueSyntaxError) -> String {
        skipSpaces()
        if current == "`" {
            position += 1
            var out = String.UnicodeScalarView()
            while let c = current {
                position += 1
                if c == "`" {
                    if current == "`" {
                        out.append("`")
                        position += 1
                        continue
                    }
                    return String(out)
                }
                out.append(c)
            }
            throw error("unterminated name")
        }
        if current == "'" || current == "\"" { return try string() }
        let start = position
        while let c = current, Self.isIdentifier(c) { position += 1 }
        guard position > start else { throw error("expected a name") }
        return String(String.UnicodeScalarView(scalars[start..<position]))
    }

    private mutating func map() throws(TCKValueSyntaxError) -> [String: TCKValue] {
        try expect("{")
        var entries: [String: TCKValue] = [:]
        skipSpaces()
        if current == "}" {
            position += 1
            return entries
        }
        while true {
            let key = try name()
            try expect(":")
            entries[key] = try value()
            skipSpaces()
            if current == "," {
                position += 1
                continue
            }
            try expect("}")
            return entries
        }
    }

    private mutating func node() throws(TCKValueSyntaxError) -> TCKValue {
        try expect("(")
        var labels: [String] = []
        var properties: [String: TCKValue] = [:]
        skipSpaces()
        while current == ":" {
            position += 1
            labels.append(try name())
            skipSpaces()
        }
        if current == "{" { properties = try map() }
        try expect(")")
        return .node(labels: labels, properties: properties)
    }

    private mutating func relationship() throws(TCKValueSyntaxError) -> TCKValue {
        try expect("[")
        try expect(":")
        let type = try name()
        skipSpaces()
        var properties: [String: TCKValue] = [:]
        if current == "{" { properties = try map() }
        try expect("]")
        return .relationship(type: type, properties: properties)
    }

    private mutating func path() throws(TCKValueSyntaxError) -> TCKValue {
        try expect("<")
        let start = try node()
        var steps: [TCKPathStep] = []
        while true {
            skipSpaces()
            if current == ">" {
                position += 1
                return .path(start: start, steps: steps)
            }
            let forward: Bool
            if current == "<", peek(1) == "-" {
                forward = false
                position += 2
            } else if current == "-" {
                forward = true
                position += 1
            } else {
                throw error("expected a path step")
            }
            let rel = try relationship()
            skipSpaces()
            if forward {
                guard current == "-", peek(1) == ">" else { throw error("expected ->") }
                position += 2
            } else {
                guard current == "-" else { throw error("expected -") }
                position += 1
            }
            steps.append(TCKPathStep(relationship: rel, forward: forward, node: try node()))
        }
    }
}
