// The table format: aligned columns, and fitting a width by wrapping the widest cells.
import Testing

@testable import SinergiCLI

@Suite struct TableLayoutTests {
    @Test func columnsAlignWithoutAWidth() {
        let text = TableLayout.render(header: ["a", "bb"], rows: [["xyz", "1"], ["", "22"]])
        #expect(text == "+-----+----+\n| a   | bb |\n+-----+----+\n| xyz | 1  |\n|     | 22 |\n+-----+----+\n")
        #expect(TableLayout.render(header: ["a"], rows: []) == "+---+\n| a |\n+---+\n")
    }

    @Test func aWidthWrapsTheWidestColumnAtSpaces() {
        let reason = "the only path from Kabupaten Natuna to Perpusnas runs through one office"
        let text = TableLayout.render(header: ["rank", "reason"], rows: [["1", reason]], width: 40)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines.count > 5)
        // Every word is still there, in order.
        let cells = lines.dropFirst(3).dropLast().map {
            $0.split(separator: "|")[1].trimmingCharacters(in: .whitespaces)
        }
        #expect(cells.joined(separator: " ") == reason)
        // A word longer than its column is cut, not lost.
        #expect(TableLayout.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        // Words are cut only when the longest words do not fit, and never below 8 characters:
        // a table too wide for that stays wide.
        let wide = TableLayout.render(header: ["aaaaaaaaaaaa", "b"], rows: [["x", "y"]], width: 5)
        #expect(wide.hasPrefix("+----------+---+"))
    }

    @Test func everyColumnKeepsItsLongestWordAndTheRestGoesWhereTextIs() {
        let rows = [["Jambi", "Kabupaten Batanghari", String(repeating: "invite Bappeda and DPMPD ", count: 4)]]
        let text = TableLayout.render(header: ["Province", "Regency/city", "Next step"], rows: rows, width: 60)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 60 })
        // the short columns keep their words whole; the long one takes the room and wraps
        #expect(lines[1] == "| Province | Regency/city | Next step                      |")
        #expect(lines[3] == "| Jambi    | Kabupaten    | invite Bappeda and DPMPD       |")
        #expect(lines[4].hasPrefix("|          | Batanghari   |"))
        // inside a word, a line may break after '/' or '–'
        #expect(TableLayout.wrap("Kabupaten/Kota", width: 12) == ["Kabupaten/", "Kota"])
        #expect(TableLayout.wrap("Bappeda–DPMPD", width: 10) == ["Bappeda–", "DPMPD"])
        #expect(TableLayout.wrap("Kabupaten/Kota", width: 14) == ["Kabupaten/Kota"])
    }
}
