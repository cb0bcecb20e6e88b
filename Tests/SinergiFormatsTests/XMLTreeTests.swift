// The small XML reader used by the GraphML importer: entities, CDATA, line ends, errors.

import Testing

@testable import SinergiFormats

@Suite struct XMLTreeTests {
    @Test func readsEntitiesCDATAAndNormalisesLineEnds() throws {
        let root = try XMLTreeParser.parse(
            "\u{FEFF}<?xml version=\"1.0\"?>\r\n<a x='1 &amp; 2' y=\"t&#9;\ta\">t&lt;&#x1F4DA;\r\n<![CDATA[<raw>]]><b/><!-- c --></a>"
        )
        #expect(root.name == "a")
        #expect(root.attributes == ["x": "1 & 2", "y": "t\t a"])
        #expect(root.text == "t<📚\n<raw>")
        #expect(root.children.map(\.name) == ["b"])
        #expect(root.children[0].line == 3)
        #expect(root.line == 2)
    }

    @Test func escapingRoundTripsThroughTheReader() throws {
        let text = "a\r\nb\rc\td \"q\" <x> & ]]> ' \u{1}"
        let root = try XMLTreeParser.parse(
            "<r v=\"\(XMLEscaping.attribute(text))\">\(XMLEscaping.text(text))</r>")
        let expected = "a\r\nb\rc\td \"q\" <x> & ]]> ' \u{FFFD}"
        #expect(root.attributes["v"]?.exact == expected.exact)
        #expect(root.text.exact == expected.exact)
    }

    @Test func errorsCarryLines() {
        #expect(throws: XMLSyntaxError(line: 2, message: "unknown entity '&nbsp;'")) {
            try XMLTreeParser.parse("<a>\n&nbsp;</a>")
        }
        #expect(throws: XMLSyntaxError(line: 1, message: "attribute 'x' appears twice in <a>")) {
            try XMLTreeParser.parse("<a x='1' x='2'/>")
        }
        #expect(throws: XMLSyntaxError(line: 3, message: "unexpected content after the root element")) {
            try XMLTreeParser.parse("<a/>\n\n<b/>")
        }
    }
}
