// The readable node and relationship keys of generated registries (docs/generator.md).
//
// Regions keep the keys of graphs/regions.jsonl (`province/<id>`, …, `part_of/<child>`).
// Provincial stakeholders use the province's short slug, the one graphs/tpbis.jsonl uses
// (`kepri/dinas-perpustakaan`); regency and village stakeholders hang under the region's
// key (`regency/<id>/bappeda`, `village/<id>/perpustakaan`), which is unique and stable
// where names are not. Other relationships are `<type in lower case>/<start>/<end>`.

/// Key construction for generated registries.
enum GeneratorKeys {
    /// Short slugs of the 34 provinces by the names of `provinces.csv`, as Indonesians
    /// abbreviate them (Kepri, Sumut, Kaltara, …).
    static let provinceSlugs: [String: String] = [
        "Aceh": "aceh", "Sumatra Utara": "sumut", "Sumatra Barat": "sumbar", "Riau": "riau",
        "Jambi": "jambi", "Sumatra Selatan": "sumsel", "Bengkulu": "bengkulu", "Lampung": "lampung",
        "Kepulauan Bangka Belitung": "babel", "Kepulauan Riau": "kepri", "Daerah Khusus Ibukota Jakarta": "dki-jakarta",
        "Jawa Barat": "jabar", "Jawa Tengah": "jateng", "Daerah Istimewa Yogyakarta": "diy", "Jawa Timur": "jatim",
        "Banten": "banten", "Bali": "bali", "Nusa Tenggara Barat": "ntb", "Nusa Tenggara Timur": "ntt",
        "Kalimantan Barat": "kalbar", "Kalimantan Tengah": "kalteng", "Kalimantan Selatan": "kalsel",
        "Kalimantan Timur": "kaltim", "Kalimantan Utara": "kaltara", "Sulawesi Utara": "sulut",
        "Sulawesi Tengah": "sulteng", "Sulawesi Selatan": "sulsel", "Sulawesi Tenggara": "sultra",
        "Gorontalo": "gorontalo", "Sulawesi Barat": "sulbar", "Maluku": "maluku", "Maluku Utara": "malut",
        "Papua": "papua", "Papua Barat": "papua-barat",
    ]

    /// The slug of every province, by position: the table above, else the name in lower
    /// case with runs of other characters as `-`; a slug already taken gets `-<id>`.
    /// - Complexity: O(total name length).
    static func provinceSlugs(for provinces: [RegionTable.Province]) -> [String] {
        var taken = Set<String>()
        var slugs: [String] = []
        slugs.reserveCapacity(provinces.count)
        for p in provinces {
            var slug = provinceSlugs[p.name] ?? slugify(p.name)
            if slug.isEmpty || taken.contains(slug) || reservedSlugs.contains(slug) { slug += "-\(p.id)" }
            if slug.hasPrefix("-") { slug = "province" + slug }
            taken.insert(slug)
            slugs.append(slug)
        }
        return slugs
    }

    /// First segments other keys use; a province slug never equals one of them.
    static let reservedSlugs: Set<String> = [
        "province", "regency", "district", "village", "event", "perpusnas", "bappenas", "kemendes", "person",
    ]

    /// Lower-case ASCII letters and digits, other runs as one `-`, no `-` at either end.
    static func slugify(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            let v = scalar.value
            if (v >= 97 && v <= 122) || (v >= 48 && v <= 57) {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return out
    }

    static let perpusnas = "perpusnas"
    static let bappenas = "bappenas"
    static let kemendes = "kemendes"

    static func province(_ id: Int) -> String { "province/\(id)" }
    static func regency(_ id: Int) -> String { "regency/\(id)" }
    static func district(_ id: Int) -> String { "district/\(id)" }
    static func village(_ id: Int) -> String { "village/\(id)" }

    static func provincialLibraryOffice(_ slug: String) -> String { slug + "/dinas-perpustakaan" }
    static func provincialBappeda(_ slug: String) -> String { slug + "/bappeda" }
    static func provincialDPMPD(_ slug: String) -> String { slug + "/dpmpd" }
    static func synergyTeam(_ slug: String) -> String { slug + "/tim-sinergi" }
    static func facilitator(_ slug: String, _ number: Int) -> String { slug + "/fasilitator-\(number)" }

    static func regencyLibraryOffice(_ id: Int) -> String { "regency/\(id)/dinas-perpustakaan" }
    static func regencyBappeda(_ id: Int) -> String { "regency/\(id)/bappeda" }
    static func regencyDPMPD(_ id: Int) -> String { "regency/\(id)/dpmpd" }

    static func villageLibrary(_ id: Int) -> String { "village/\(id)/perpustakaan" }
    static func villageGovernment(_ id: Int) -> String { "village/\(id)/pemerintah-desa" }

    static let nationalSHM = "event/shm-nasional-2023"
    static func provincialSHM(_ slug: String) -> String { "event/shm-\(slug)-2023" }

    /// `part_of/<child key>`, as in graphs/regions.jsonl.
    static func partOf(_ child: String) -> String { "part_of/" + child }

    /// `<type in lower case>/<start key>/<end key>`, as in graphs/tpbis.jsonl.
    static func relationship(_ prefix: String, _ start: String, _ end: String) -> String {
        prefix + "/" + start + "/" + end
    }
}
