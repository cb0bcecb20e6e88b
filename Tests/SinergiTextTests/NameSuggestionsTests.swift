// Did-you-mean: folded names, words in order, small edit distances, ranking.
import Testing

@testable import SinergiText

@Suite struct NameSuggestionsTests {
    let provinces = ["Sumatera Utara", "Sumatera Barat", "Sumatera Selatan", "Kepulauan Riau", "Jambi", "Riau"]

    @Test func typosFindTheNearestName() {
        #expect(NameSuggestions.nearest(to: "Sumatera Utar", among: provinces) == ["Sumatera Utara"])
        #expect(NameSuggestions.nearest(to: "sumatera  UTARA", among: provinces) == ["Sumatera Utara"])
        #expect(NameSuggestions.nearest(to: "Jamib", among: provinces) == ["Jambi"])
        #expect(
            NameSuggestions.nearest(to: "RegencyLibaryOffice", among: ["RegencyLibraryOffice", "Regency"])
                == ["RegencyLibraryOffice"])
        #expect(
            NameSuggestions.nearest(to: "PARTNER_WITH", among: ["PARTNERS_WITH", "PART_OF"]) == ["PARTNERS_WITH"])
        #expect(NameSuggestions.nearest(to: "nama", among: ["name", "note", "key"]) == ["name"])
        #expect(NameSuggestions.nearest(to: "Bapeda", among: ["Bappeda", "Bappenas", "DPMPD"]) == ["Bappeda"])
    }

    @Test func wordsOfTheInputMatchLongerNames() {
        let regencies = ["Kabupaten Deli Serdang", "Kabupaten Serdang Bedagai", "Kota Medan"]
        #expect(NameSuggestions.nearest(to: "Deli Serdang", among: regencies) == ["Kabupaten Deli Serdang"])
        #expect(NameSuggestions.nearest(to: "Serdang", among: regencies).count == 2)
    }

    @Test func diacriticsAndPunctuationFold() {
        #expect(NameSuggestions.fold("Kab. Déli-Serdang") == "kab deli serdang")
        #expect(NameSuggestions.nearest(to: "Deli Serdang", among: ["Déli Sérdang"]) == ["Déli Sérdang"])
    }

    @Test func farNamesAreNotSuggested() {
        #expect(NameSuggestions.nearest(to: "Atlantis", among: provinces).isEmpty)
        #expect(NameSuggestions.nearest(to: "", among: provinces).isEmpty)
        #expect(NameSuggestions.nearest(to: "xyz", among: ["abc"]).isEmpty)
    }

    @Test func distanceIsOptimalStringAlignment() {
        func d(_ a: String, _ b: String, _ limit: Int = 10) -> Int? {
            NameSuggestions.distance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
        }
        #expect(d("abcd", "abdc") == 1)
        #expect(d("kitten", "sitting") == 3)
        #expect(d("", "abc") == 3)
        #expect(d("kitten", "sitting", 2) == nil)
        #expect(d("same", "same") == 0)
    }

    @Test func rankingIsStable() {
        // An exact (folded) match stands alone; otherwise word matches come before typos.
        #expect(NameSuggestions.nearest(to: "riau", among: provinces, limit: 2) == ["Riau"])
        #expect(
            NameSuggestions.nearest(to: "Riau", among: ["Kepulauan Riau", "Rian"], limit: 2) == [
                "Kepulauan Riau", "Rian",
            ])
        #expect(NameSuggestions.nearest(to: "Riau", among: provinces, limit: 0).isEmpty)
    }
}
