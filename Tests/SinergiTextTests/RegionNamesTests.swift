// Region names as officials write them: level words and their abbreviations, Sumatera and
// Sumatra, province short names, names run together; and suggestions on a miss.
import Testing

@testable import SinergiText

@Suite struct RegionNamesTests {
    let regencies = [
        "Kabupaten Deli Serdang", "Kota Medan", "Kabupaten Bandung", "Kota Bandung", "Kota Tanjung Pinang",
        "Kabupaten Muaro Jambi", "Kota Adm. Jakarta Selatan", "Kota Jambi",
    ]
    let provinces = ["Sumatra Utara", "Kepulauan Riau", "Daerah Istimewa Yogyakarta", "Jambi", "Kalimantan Utara"]

    @Test func levelWordsAndTheirAbbreviations() {
        #expect(RegionNames.matches("Kab. Deli Serdang", among: regencies) == [0])
        #expect(RegionNames.matches("kabupaten deli-serdang", among: regencies) == [0])
        #expect(RegionNames.matches("Deli Serdang", among: regencies) == [0])
        #expect(RegionNames.matches("Kota Jakarta Selatan", among: regencies) == [6])
        #expect(RegionNames.matches("Jakarta Selatan", among: regencies) == [6])
        // Without a level word both the regency and the city match; with one, only that one.
        #expect(RegionNames.matches("Bandung", among: regencies) == [2, 3])
        #expect(RegionNames.matches("Kota Bandung", among: regencies) == [3])
        #expect(RegionNames.matches("Kab Bandung", among: regencies) == [2])
    }

    @Test func namesRunTogetherAndSpellings() {
        #expect(RegionNames.matches("Tanjungpinang", among: regencies) == [4])
        #expect(RegionNames.matches("Muarojambi", among: regencies) == [5])
        #expect(RegionNames.matches("Sumatera Utara", among: provinces) == [0])
        #expect(RegionNames.matches("Provinsi Sumatera Utara", among: provinces) == [0])
    }

    @Test func provinceShortNames() {
        #expect(RegionNames.matches("Kepri", among: provinces) == [1])
        #expect(RegionNames.matches("SUMUT", among: provinces) == [0])
        #expect(RegionNames.matches("DIY", among: provinces) == [2])
        #expect(RegionNames.matches("Kaltara", among: provinces) == [4])
        // A city is never taken for a province's short name, nor the other way round.
        #expect(RegionNames.matches("Kota Jambi", among: provinces, level: RegionNames.provinceLevel).isEmpty)
        #expect(RegionNames.matches("Jambi", among: provinces, level: RegionNames.provinceLevel) == [3])
        #expect(RegionNames.matches("Provinsi Jambi", among: regencies).isEmpty)
    }

    @Test func aMissSuggestsTheNearestNames() {
        #expect(RegionNames.suggestions(for: "Sumatera Utar", among: provinces) == ["Sumatra Utara"])
        #expect(RegionNames.suggestions(for: "Kab. Deli Serdan", among: regencies) == ["Kabupaten Deli Serdang"])
        let message = Message(.initUnknownProvince, ["name": .text("Sumatera Utar")]).suggesting(["Sumatra Utara"])
        #expect(
            message.text(.en) == "no province named 'Sumatera Utar' in the region data; did you mean 'Sumatra Utara'?")
        #expect(
            message.text(.id)
                == "tidak ada provinsi bernama 'Sumatera Utar' dalam data wilayah; maksud Anda 'Sumatra Utara'?")
        let several = Message(.initUnknownProvince, ["name": .text("x")]).suggesting(["A", "B"])
        #expect(several.text(.id).hasSuffix("maksud Anda salah satu dari 'A' atau 'B'?"))
    }
}
