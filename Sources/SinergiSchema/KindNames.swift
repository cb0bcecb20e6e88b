// The words people write for a kind of stakeholder, region or event in a spreadsheet's
// "jenis" column — "Bappeda", "Dinas Perpustakaan Kabupaten", "Perpustakaan Desa", "DPMD",
// "Mitra", "SHM" — and the labels they mean.
import SinergiText

/// Recognises kind names: a label itself, its names in the catalogue (both languages), and the
/// short forms of the glossary.
///
/// ```swift
/// KindNames.label(for: "Dinas Perpustakaan Kab/Kota")  // "RegencyLibraryOffice"
/// KindNames.label(for: "bapeda")                       // nil: not a kind name (suggestions: ["Bappeda"])
/// ```
public enum KindNames {
    /// The label a kind name means, or nil.
    ///
    /// - Complexity: O(n) in the length of the name.
    public static func label(for name: String) -> String? { byFoldedName[NameSuggestions.fold(name)] }

    /// The nearest kind names to one that means nothing: labels and people's names.
    ///
    /// - Complexity: O(k · L²) for k known names of length L.
    public static func suggestions(for name: String, limit: Int = 3) -> [String] {
        NameSuggestions.nearest(to: name, among: displayNames, limit: limit)
    }

    /// The relationship type a type cell means: the type itself (`PARTNERS_WITH`, any case), or
    /// its phrase or noun in either language ("bermitra dengan", "kemitraan", "partners with").
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func relationshipType(for text: String) -> String? {
        typeByFoldedName[NameSuggestions.fold(text)]
    }

    /// Every way of writing a schema type, folded → the type; the first type (in sorted order)
    /// wins where two share a word.
    private static let typeByFoldedName: [String: String] = {
        var map: [String: String] = [:]
        for type in TPBISSchema.relationshipTypes.sorted() {
            let names =
                [type]
                + Language.allCases.flatMap {
                    [Vocabulary.relationship(type, $0), Vocabulary.relationshipNoun(type, $0)]
                }
            for name in names {
                let folded = NameSuggestions.fold(name)
                if map[folded] == nil { map[folded] = type }
            }
        }
        return map
    }()

    /// Every kind name recognised, as people write them (for suggestions and documentation).
    public static let displayNames: [String] = {
        var names: [String] = []
        for label in TPBISSchema.stakeholderKinds + TPBISSchema.eventKinds + TPBISSchema.regionLevels {
            names.append(label)
        }
        for (_, spellings) in extra { names += spellings }
        return names
    }()

    /// Short forms and common names, beyond the labels and the catalogue's names.
    static let extra: [(label: String, names: [String])] = [
        ("Perpusnas", ["Perpustakaan Nasional", "Perpustakaan Nasional RI", "National Library"]),
        ("Bappenas", ["Kementerian PPN", "Kementerian PPN/Bappenas"]),
        ("Kemendes", ["Kemendes PDTT", "Kementerian Desa"]),
        (
            "ProvincialLibraryOffice",
            [
                "Dinas Perpustakaan Provinsi", "Dinas Perpustakaan dan Kearsipan Provinsi", "Dispusip Provinsi",
                "Perpustakaan Provinsi",
            ]
        ),
        (
            "RegencyLibraryOffice",
            [
                "Dinas Perpustakaan Kabupaten", "Dinas Perpustakaan Kota", "Dinas Perpustakaan Kab/Kota",
                "Dinas Perpustakaan Kabupaten/Kota", "Dinas Perpustakaan dan Kearsipan Kabupaten",
                "Dinas Perpustakaan dan Kearsipan Kota", "Perpustakaan Kabupaten", "Perpustakaan Kota",
                "library office",
            ]
        ),
        ("Bappeda", ["Badan Perencanaan Pembangunan Daerah", "Bapelitbangda"]),
        ("DPMPD", ["DPMD", "Dinas PMD", "Dinas PMPD", "Dinas Pemberdayaan Masyarakat dan Desa"]),
        ("VillageLibrary", ["Perpustakaan Desa", "Perpustakaan Kelurahan", "Perpusdes", "TBM Desa"]),
        ("VillageGovernment", ["Pemerintah Desa", "Pemdes", "Pemerintah Kelurahan", "Kantor Desa"]),
        ("SynergyTeam", ["Tim Sinergi", "Tim Sinergi Provinsi"]),
        ("Facilitator", ["Fasilitator", "Fasilitator Daerah", "PIC Provinsi", "Fasda"]),
        ("MasterTrainer", ["Master Trainer"]),
        ("Partner", ["Mitra", "CSR", "Perguruan Tinggi", "Universitas", "Komunitas", "Mitra Program"]),
        ("Patron", ["Pemustaka", "Pemustaka Terdampak", "Impact"]),
        ("Person", ["Perorangan", "Orang", "Peserta", "Pejabat"]),
        ("SHM", ["Stakeholder Meeting", "SHM Provinsi", "SHM Nasional"]),
        ("PLM", ["Peer Learning Meeting"]),
        ("Bimtek", ["Bimbingan Teknis", "Bimtek SPP-TIK"]),
    ]

    private static let byFoldedName: [String: String] = {
        var map: [String: String] = [:]
        for label in TPBISSchema.stakeholderKinds + TPBISSchema.eventKinds + TPBISSchema.regionLevels {
            map[NameSuggestions.fold(label)] = label
            for language in Language.allCases {
                let name = Vocabulary.kind(label, language)
                if name != label { map[NameSuggestions.fold(name)] = map[NameSuggestions.fold(name)] ?? label }
            }
        }
        for (label, names) in extra {
            for n in names { map[NameSuggestions.fold(n)] = label }
        }
        return map
    }()
}
