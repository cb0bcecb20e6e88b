// The report document (the SHM brief's shape): Markdown cells and HTML text escaped so any name
// stays in its place, **bold** the only markup, a picture linked or inlined without its fixed size.

import Testing

@testable import SinergiFormats

@Suite struct ReportDocumentTests {
    static func document() -> ReportDocument {
        var doc = ReportDocument(title: "Brief <SHM> & \"x\"", language: "id")
        doc.blocks = [
            .heading("Ringkasan"), .paragraph("**Kab. Bintan**: a\nb"), .bullets(["satu", "dua | tiga"]),
            .table(header: ["Nama", "Jenis"], rows: [["A|B", "<b>"], ["C"]]),
            .picture(
                caption: "Diagram [1]", file: "brief kepri.svg",
                svg:
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg width=\"10pt\" height=\"5pt\" viewBox=\"0 0 10 5\" xmlns=\"x\"><g/></svg>\n"
            ),
        ]
        return doc
    }

    @Test func markdownKeepsEveryCellInItsPlace() {
        #expect(
            Self.document().markdown() == """
                # Brief <SHM> & "x"

                ## Ringkasan

                **Kab. Bintan**: a b

                - satu
                - dua | tiga

                | Nama | Jenis |
                | --- | --- |
                | A\\|B | <b> |
                | C |  |

                ![Diagram [1]](brief%20kepri.svg)

                """)
    }

    @Test func htmlEscapesTextAndInlinesThePicture() {
        let page = Self.document().html()
        #expect(page.contains("<title>Brief &lt;SHM&gt; &amp; &quot;x&quot;</title>"))
        #expect(page.contains("<p><strong>Kab. Bintan</strong>: a\nb</p>"))
        #expect(page.contains("<tr><td>A|B</td><td>&lt;b&gt;</td></tr>\n<tr><td>C</td><td></td></tr>"))
        #expect(page.contains("<figure>\n<svg viewBox=\"0 0 10 5\"><g/></svg>\n<figcaption>Diagram [1]</figcaption>"))
        #expect(!page.contains("<?xml") && !page.contains("<script"))
        #expect(ReportDocument.markup("a **b** c **d") == "a <strong>b</strong> c **d")
    }
}
