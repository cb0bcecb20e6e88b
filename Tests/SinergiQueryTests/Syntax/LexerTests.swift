// Tests for the lexer: token kinds, positions (via ⟨n⟩ markers), keywords in
// any case, quoted names, string escapes, number forms and lexical errors.

import Testing

@testable import SinergiQuery

@Suite("Lexer")
struct LexerTests {
    func kinds(_ source: String) -> [TokenKind] {
        Lexer.tokenize(source).map(\.kind).dropLast()
    }

    @Test("tokens carry 1-based line, column and UTF-8 offset")
    func positions() {
        let (source, at) = syntaxMarkers("⟨a⟩MATCH ⟨b⟩(⟨c⟩n)\n  ⟨d⟩RETURN ⟨e⟩'é' ⟨f⟩+ ⟨g⟩1")
        let tokens = Lexer.tokenize(source)
        let expected = [("a", 0), ("b", 1), ("c", 2), ("d", 4), ("e", 5), ("f", 6), ("g", 7)]
        for (marker, index) in expected {
            #expect(tokens[index].span.start == at[marker], "token \(index) at marker \(marker)")
        }
        #expect(tokens[4].span.start == SourceLocation(line: 2, column: 3, offset: 12))
        // 'é' is 2 UTF-8 bytes but 1 column: the `+` is 4 columns and 5 bytes after the quote.
        #expect(tokens[6].span.start.column == tokens[5].span.start.column + 4)
        #expect(tokens[6].span.start.offset == tokens[5].span.start.offset + 5)
        #expect(tokens.last?.isEnd == true)
    }

    @Test("keywords are case-insensitive words")
    func keywords() {
        let tokens = Lexer.tokenize("match MaTcH `MATCH`")
        #expect(tokens[0].isKeyword("MATCH"))
        #expect(tokens[1].isKeyword("MATCH"))
        #expect(!tokens[2].isKeyword("MATCH"))
        #expect(tokens[2].kind == .quotedIdentifier("MATCH"))
    }

    @Test("backtick names unescape doubled backticks")
    func quotedNames() {
        #expect(kinds("`a``b` `x y`") == [.quotedIdentifier("a`b"), .quotedIdentifier("x y")])
    }

    @Test("string escapes are decoded")
    func strings() {
        #expect(
            kinds(#"'a\'b' "c\"d" '\\ \n \t \r \b \f'"#) == [
                .string("a'b"), .string("c\"d"), .string("\\ \n \t \r \u{08} \u{0C}"),
            ])
        #expect(kinds(#"'\u00e9\U0001F600'"#) == [.string("é😀")])
        #expect(kinds(#"'\uD83D\uDE00'"#) == [.string("😀")])
    }

    @Test("numbers: decimal, hex, octal, floats")
    func numbers() {
        #expect(
            kinds("42 0x1F 0o17 1.5 .5 1e3 1E-2 .1e9") == [
                .integer(42), .integer(31), .integer(15), .double(1.5), .double(0.5), .double(1000), .double(0.01),
                .double(1e8),
            ])
        #expect(kinds("99999999999999999999999") == [.integer(nil)])
        #expect(kinds("1..3") == [.integer(1), .symbol(.dotDot), .integer(3)])
    }

    @Test("operators and punctuation")
    func symbols() {
        #expect(
            kinds("<> != <= >= =~ += .. -->") == [
                .symbol(.notEqual), .symbol(.notEqual), .symbol(.lessOrEqual), .symbol(.greaterOrEqual),
                .symbol(.regexMatch), .symbol(.plusEqual), .symbol(.dotDot), .symbol(.minus), .symbol(.minus),
                .symbol(.greater),
            ])
    }

    @Test("parameters by name, number and backticks")
    func parameters() {
        #expect(kinds("$name $0 $`a b`") == [.parameter("name"), .parameter("0"), .parameter("a b")])
    }

    @Test("comments are skipped")
    func comments() {
        #expect(kinds("1 // one\n/* two\n */ 2") == [.integer(1), .integer(2)])
    }

    @Test("lexical errors become invalid tokens with codes and positions")
    func errors() {
        func error(_ source: String) -> QueryError? {
            for token in Lexer.tokenize(source) {
                if case .invalid(let e) = token.kind { return e }
            }
            return nil
        }
        #expect(error("0x")?.code == .invalidNumberLiteral)
        #expect(error("12ab")?.code == .invalidNumberLiteral)
        #expect(error("0o8")?.code == .invalidNumberLiteral)
        #expect(error(#"'\uZZ'"#)?.code == .invalidUnicodeLiteral)
        #expect(error(#"'\uD800'"#)?.code == .invalidUnicodeLiteral)
        #expect(error("'abc")?.code == .unexpectedSyntax)
        #expect(error("`abc")?.code == .unexpectedSyntax)
        #expect(error("/* abc")?.code == .unexpectedSyntax)
        #expect(error("#")?.code == .unexpectedSyntax)
        #expect(error("—")?.code == .invalidUnicodeCharacter)
        let (source, at) = syntaxMarkers("RETURN\n  1 + ⟨x⟩'open")
        #expect(error(source)?.location == at["x"])
    }
}
