// The template language: placeholders, plurals, escapes and the languages' number forms.
import Testing

@testable import SinergiText

@Suite struct MessageTemplateTests {
    @Test func placeholdersAreReplacedByTheirKind() {
        let args: [String: MessageArgument] = [
            "file": .text("peserta.csv"), "line": .int(1234), "n": .count(1396),
            "p": .decimal(0.3125, digits: 2), "names": .list(["Bappeda", "DPMPD"]),
            "or": .alternatives(["a", "b", "c"]),
        ]
        let template = "{file}:{line}: {n} {n|village|villages}, p={p}, {names}; {or}"
        #expect(
            MessageTemplate.render(template, arguments: args, language: .en)
                == "peserta.csv:1234: 1,396 villages, p=0.31, Bappeda and DPMPD; a, b or c")
        #expect(
            MessageTemplate.render(template, arguments: args, language: .id)
                == "peserta.csv:1234: 1.396 villages, p=0,31, Bappeda dan DPMPD; a, b atau c")
    }

    @Test func pluralsFollowTheCount() {
        let t = "{n} {n|row|rows}"
        #expect(MessageTemplate.render(t, arguments: ["n": .count(1)], language: .en) == "1 row")
        #expect(MessageTemplate.render(t, arguments: ["n": .count(0)], language: .en) == "0 rows")
        #expect(MessageTemplate.render(t, arguments: ["n": .count(12_000)], language: .en) == "12,000 rows")
    }

    @Test func bracesEscapeAndMissingArgumentsStayVisible() {
        #expect(MessageTemplate.render("{{x}} {y}", arguments: [:], language: .en) == "{x} {y}")
        #expect(MessageTemplate.placeholders("{{x}} {y} {n|a|b}") == ["y", "n"])
        #expect(MessageTemplate.render("unclosed {", arguments: [:], language: .en) == "unclosed {")
    }

    @Test func nestedMessagesUseTheSameLanguage() {
        let inner = Message(.didYouMean, ["name": .text("Sumatera Utara")])
        let outer = "no region 'Sumatera Utar'; {hint}"
        #expect(
            MessageTemplate.render(outer, arguments: ["hint": .message(inner)], language: .id)
                == "no region 'Sumatera Utar'; maksud Anda 'Sumatera Utara'?")
        #expect(inner.description == "did you mean 'Sumatera Utara'?")
    }

    @Test func numbersInBothLanguages() {
        #expect(MessageTemplate.grouped(-1_234_567, language: .en) == "-1,234,567")
        #expect(MessageTemplate.grouped(999, language: .id) == "999")
        #expect(MessageTemplate.decimal(1234.5, digits: 1, language: .id) == "1.234,5")
        #expect(MessageTemplate.decimal(-0.004, digits: 2, language: .en) == "0.00")
        #expect(MessageTemplate.decimal(2.0 / 3.0, digits: 3, language: .en) == "0.667")
        #expect(MessageTemplate.decimal(.nan, digits: 2, language: .en) == "NaN")
    }
}
