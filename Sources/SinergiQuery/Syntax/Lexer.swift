// Turns query text into tokens. The lexer never throws: text it cannot read
// becomes an `.invalid` token carrying the error, which the parser raises when
// it reaches that token (so the first problem in reading order is reported).
// It tracks 1-based line/column (in Unicode scalars) and the UTF-8 offset.

/// Splits openCypher source text into tokens.
///
/// ```swift
/// let tokens = Lexer.tokenize("MATCH (n) RETURN n")
/// ```
public struct Lexer {
    private let source: String
    private let scalars: String.UnicodeScalarView
    private var index: String.Index
    private var location: SourceLocation

    /// Creates a lexer over `source`.
    ///
    /// - Complexity: O(1).
    public init(_ source: String) {
        self.source = source
        self.scalars = source.unicodeScalars
        self.index = source.unicodeScalars.startIndex
        self.location = .start
    }

    /// All tokens of `source`, ending with one `.endOfInput` token.
    ///
    /// - Complexity: O(n) in the length of `source`.
    public static func tokenize(_ source: String) -> [Token] {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.isEnd { return tokens }
        }
    }

    /// The next token; `.endOfInput` (repeatedly) at the end.
    ///
    /// - Complexity: O(k) in the length of the token and the trivia before it.
    public mutating func next() -> Token {
        if let error = skipTrivia() { return error }
        let start = location
        let startIndex = index
        guard let scalar = peek() else {
            return Token(kind: .endOfInput, span: SourceSpan(start: start, end: start), text: source[index..<index])
        }
        let kind: TokenKind
        switch scalar {
        case "0"..."9":
            kind = lexNumber(start: start)
        case ".":
            if peek(1) == "." {
                advance(2)
                kind = .symbol(.dotDot)
            } else if let next = peek(1), next.isASCIIDigit {
                kind = lexNumber(start: start)
            } else {
                advance()
                kind = .symbol(.dot)
            }
        case "'", "\"":
            kind = lexString(quote: scalar, start: start)
        case "`":
            kind = lexQuotedName(start: start)
        case "$":
            kind = lexParameter(start: start)
        default:
            if scalar.isIdentifierStart {
                kind = .identifier(lexWord())
            } else if let symbol = lexSymbol(scalar) {
                kind = .symbol(symbol)
            } else {
                advance()
                let character = Character(scalar)
                kind = .invalid(
                    scalar.isASCII
                        ? DiagnosticMessages.unexpectedCharacter(character, at: start)
                        : DiagnosticMessages.invalidUnicodeCharacter(character, at: start))
            }
        }
        return Token(kind: kind, span: SourceSpan(start: start, end: location), text: source[startIndex..<index])
    }

    // MARK: Cursor

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        var i = index
        for _ in 0..<ahead {
            guard i < scalars.endIndex else { return nil }
            i = scalars.index(after: i)
        }
        return i < scalars.endIndex ? scalars[i] : nil
    }

    private mutating func advance(_ count: Int = 1) {
        for _ in 0..<count {
            guard index < scalars.endIndex else { return }
            let scalar = scalars[index]
            index = scalars.index(after: index)
            location.offset += UTF8.width(scalar)
            if scalar == "\n" {
                location.line += 1
                location.column = 1
            } else {
                location.column += 1
            }
        }
    }

    // MARK: Trivia

    /// Skips whitespace and comments; returns an invalid token for an unterminated comment.
    private mutating func skipTrivia() -> Token? {
        while let scalar = peek() {
            if scalar.properties.isWhitespace {
                advance()
            } else if scalar == "/", peek(1) == "/" {
                while let c = peek(), c != "\n" { advance() }
            } else if scalar == "/", peek(1) == "*" {
                let start = location
                let startIndex = index
                advance(2)
                var closed = false
                while let c = peek() {
                    if c == "*", peek(1) == "/" {
                        advance(2)
                        closed = true
                        break
                    }
                    advance()
                }
                if !closed {
                    return Token(
                        kind: .invalid(DiagnosticMessages.unterminatedComment(at: start)),
                        span: SourceSpan(start: start, end: location), text: source[startIndex..<index])
                }
            } else {
                return nil
            }
        }
        return nil
    }

    // MARK: Words

    private mutating func lexWord() -> String {
        var word = String.UnicodeScalarView()
        while let c = peek(), c.isIdentifierPart {
            word.append(c)
            advance()
        }
        return String(word)
    }

    private mutating func lexQuotedName(start: SourceLocation) -> TokenKind {
        advance()  // opening backtick
        var name = String.UnicodeScalarView()
        while let c = peek() {
            if c == "`" {
                if peek(1) == "`" {
                    name.append("`")
                    advance(2)
                    continue
                }
                advance()
                return .quotedIdentifier(String(name))
            }
            name.append(c)
            advance()
        }
        return .invalid(DiagnosticMessages.unterminatedQuotedName(at: start))
    }

    private mutating func lexParameter(start: SourceLocation) -> TokenKind {
        advance()  // $
        guard let c = peek() else { return .invalid(DiagnosticMessages.invalidParameter(at: start)) }
        if c == "`" {
            switch lexQuotedName(start: start) {
            case .quotedIdentifier(let name): return .parameter(name)
            case let other: return other
            }
        }
        if c.isIdentifierStart { return .parameter(lexWord()) }
        if c.isASCIIDigit {
            var digits = ""
            while let d = peek(), d.isIdentifierPart {
                digits.unicodeScalars.append(d)
                advance()
            }
            return .parameter(digits)
        }
        return .invalid(DiagnosticMessages.invalidParameter(at: start))
    }

    // MARK: Symbols

    private mutating func lexSymbol(_ scalar: Unicode.Scalar) -> Symbol? {
        let next = peek(1)
        let symbol: Symbol
        var width = 1
        switch scalar {
        case "(": symbol = .leftParen
        case ")": symbol = .rightParen
        case "[": symbol = .leftBracket
        case "]": symbol = .rightBracket
        case "{": symbol = .leftBrace
        case "}": symbol = .rightBrace
        case ",": symbol = .comma
        case ":": symbol = .colon
        case ";": symbol = .semicolon
        case "|": symbol = .pipe
        case "*": symbol = .star
        case "/": symbol = .slash
        case "%": symbol = .percent
        case "^": symbol = .caret
        case "-": symbol = .minus
        case "+":
            if next == "=" {
                symbol = .plusEqual
                width = 2
            } else {
                symbol = .plus
            }
        case "=":
            if next == "~" {
                symbol = .regexMatch
                width = 2
            } else {
                symbol = .equal
            }
        case "<":
            if next == ">" {
                symbol = .notEqual
                width = 2
            } else if next == "=" {
                symbol = .lessOrEqual
                width = 2
            } else {
                symbol = .less
            }
        case ">":
            if next == "=" {
                symbol = .greaterOrEqual
                width = 2
            } else {
                symbol = .greater
            }
        case "!":
            guard next == "=" else { return nil }
            symbol = .notEqual
            width = 2
        default:
            return nil
        }
        advance(width)
        return symbol
    }

    // MARK: Numbers

    private mutating func consumeWordCharacters(into text: inout String) {
        while let c = peek(), c.isIdentifierPart {
            text.unicodeScalars.append(c)
            advance()
        }
    }

    private mutating func lexNumber(start: SourceLocation) -> TokenKind {
        var text = ""
        if peek() == "0", let radixMark = peek(1), radixMark == "x" || radixMark == "X" || radixMark == "o" {
            advance(2)
            let radix: UInt64 = radixMark == "o" ? 8 : 16
            var digits = ""
            consumeWordCharacters(into: &digits)
            text = "0" + String(radixMark) + digits
            guard !digits.isEmpty, digits.unicodeScalars.allSatisfy({ $0.digitValue(radix: radix) != nil }) else {
                return .invalid(DiagnosticMessages.invalidNumber(text, at: start))
            }
            return .integer(Self.magnitude(of: digits, radix: radix))
        }
        var isFloat = false
        while let c = peek(), c.isASCIIDigit {
            text.unicodeScalars.append(c)
            advance()
        }
        if peek() == ".", let d = peek(1), d.isASCIIDigit {
            isFloat = true
            text.append(".")
            advance()
            while let c = peek(), c.isASCIIDigit {
                text.unicodeScalars.append(c)
                advance()
            }
        }
        if let e = peek(), e == "e" || e == "E" {
            let afterE = peek(1)
            let hasSign = afterE == "-" || afterE == "+"
            if let d = hasSign ? peek(2) : afterE, d.isASCIIDigit {
                isFloat = true
                text.unicodeScalars.append(e)
                advance()
                if hasSign, let sign = afterE {
                    text.unicodeScalars.append(sign)
                    advance()
                }
                while let c = peek(), c.isASCIIDigit {
                    text.unicodeScalars.append(c)
                    advance()
                }
            }
        }
        if let c = peek(), c.isIdentifierPart {
            consumeWordCharacters(into: &text)
            return .invalid(DiagnosticMessages.invalidNumber(text, at: start))
        }
        if isFloat {
            let value = Double(text.hasPrefix(".") ? "0" + text : text) ?? .infinity
            return .double(value)
        }
        return .integer(Self.magnitude(of: text, radix: 10))
    }

    /// The value of validated digits, or nil when it exceeds `UInt64`.
    private static func magnitude(of digits: String, radix: UInt64) -> UInt64? {
        var value: UInt64 = 0
        for scalar in digits.unicodeScalars {
            guard let digit = scalar.digitValue(radix: radix) else { return nil }
            let (shifted, o1) = value.multipliedReportingOverflow(by: radix)
            let (sum, o2) = shifted.addingReportingOverflow(digit)
            if o1 || o2 { return nil }
            value = sum
        }
        return value
    }

    // MARK: Strings

    private mutating func lexString(quote: Unicode.Scalar, start: SourceLocation) -> TokenKind {
        advance()  // opening quote
        var value = String.UnicodeScalarView()
        var firstError: QueryError?
        var pendingHighSurrogate: (value: UInt32, location: SourceLocation)?
        func flushSurrogate() {
            if let pending = pendingHighSurrogate, firstError == nil {
                firstError = DiagnosticMessages.invalidUnicodeEscape(
                    "\\u" + String(pending.value, radix: 16, uppercase: true), at: pending.location)
            }
            pendingHighSurrogate = nil
        }
        while let c = peek() {
            if c == quote {
                advance()
                flushSurrogate()
                if let firstError { return .invalid(firstError) }
                return .string(String(value))
            }
            guard c == "\\" else {
                flushSurrogate()
                value.append(c)
                advance()
                continue
            }
            let escapeStart = location
            guard let e = peek(1) else {
                advance()
                break
            }
            switch e {
            case "u", "U":
                let width = e == "u" ? 4 : 8
                advance(2)
                var hex = ""
                for _ in 0..<width {
                    guard let h = peek(), h.digitValue(radix: 16) != nil else { break }
                    hex.unicodeScalars.append(h)
                    advance()
                }
                guard hex.count == width, let code = UInt32(hex, radix: 16) else {
                    flushSurrogate()
                    if firstError == nil {
                        firstError = DiagnosticMessages.invalidUnicodeEscape("\\\(e)\(hex)", at: escapeStart)
                    }
                    continue
                }
                if (0xD800...0xDBFF).contains(code) {
                    flushSurrogate()
                    pendingHighSurrogate = (code, escapeStart)
                } else if (0xDC00...0xDFFF).contains(code) {
                    if let high = pendingHighSurrogate {
                        pendingHighSurrogate = nil
                        let combined = 0x10000 + ((high.value - 0xD800) << 10) + (code - 0xDC00)
                        if let scalar = Unicode.Scalar(combined) { value.append(scalar) }
                    } else if firstError == nil {
                        firstError = DiagnosticMessages.invalidUnicodeEscape("\\\(e)\(hex)", at: escapeStart)
                    }
                } else if let scalar = Unicode.Scalar(code) {
                    flushSurrogate()
                    value.append(scalar)
                } else {
                    flushSurrogate()
                    if firstError == nil {
                        firstError = DiagnosticMessages.invalidUnicodeEscape("\\\(e)\(hex)", at: escapeStart)
                    }
                }
                continue
            default:
                flushSurrogate()
                advance(2)
                switch e {
                case "\\": value.append("\\")
                case "'": value.append("'")
                case "\"": value.append("\"")
                case "n": value.append("\n")
                case "t": value.append("\t")
                case "r": value.append("\r")
                case "b": value.append("\u{08}")
                case "f": value.append("\u{0C}")
                default:
                    // Unknown escapes are kept as written (lenient, like many openCypher implementations).
                    value.append("\\")
                    value.append(e)
                }
            }
        }
        return .invalid(firstError ?? DiagnosticMessages.unterminatedString(at: start))
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }

    fileprivate var isIdentifierStart: Bool {
        self == "_" || properties.isXIDStart
    }

    fileprivate var isIdentifierPart: Bool {
        self == "_" || properties.isXIDContinue
    }

    /// The digit's value in `radix` (up to 16), or nil.
    fileprivate func digitValue(radix: UInt64) -> UInt64? {
        let v: UInt64
        switch self {
        case "0"..."9": v = UInt64(value - 48)
        case "a"..."f": v = UInt64(value - 97 + 10)
        case "A"..."F": v = UInt64(value - 65 + 10)
        default: return nil
        }
        return v < radix ? v : nil
    }
}
