// Region names as people write them: "Kab. Deli Serdang", "Deli Serdang", "Sumatera Utara"
// for "Sumatra Utara", "Kepri" for "Kepulauan Riau", "Tanjungpinang" for "Kota Tanjung
// Pinang". Pure text: which of a list of region names a typed name means (callers give the
// candidates: the Region nodes of a registry, or the bundled region table).

/// Compares region names the way Indonesian officials write them.
///
/// A name is parsed into an optional *level word* (provinsi, kabupaten, kota, kecamatan, desa,
/// kelurahan — also `Kab.`, `Prov.`, `Kec.`, `Kel.`, `Kotamadya`, `Kota Adm.`) and a *body*,
/// folded (`NameSuggestions.fold`), with common spellings made one (`Sumatera` → `Sumatra`,
/// `Jogja`/`Yogya` → `Yogyakarta`) and province abbreviations expanded (`Kepri`, `Sumut`,
/// `Kaltara`, `Jatim`, `DIY`, `DKI`, `NTB`, …). Two names match when their bodies are equal
/// once spaces are removed (`Tanjungpinang` = `Tanjung Pinang`, `Muarojambi` = `Muaro Jambi`)
/// and their level words do not contradict each other (`Bandung` matches both `Kabupaten
/// Bandung` and `Kota Bandung`; `Kota Bandung` only the city).
///
/// ```swift
/// RegionNames.matches("Kab. Deli Serdang", among: ["Kabupaten Deli Serdang", "Kota Medan"])  // [0]
/// RegionNames.matches("Sumut", among: ["Sumatra Utara", "Sumatra Barat"])                   // [0]
/// ```
public enum RegionNames {
    /// A region name taken apart.
    public struct Parsed: Equatable, Sendable {
        /// The level word, spelt out (`kabupaten`, `kota`, `provinsi`, …), when the name has one.
        public var level: String?
        /// The folded body, spellings unified and abbreviations expanded (`sumatra utara`).
        public var body: String
        /// The body without spaces: what names are compared by.
        public var compact: String
    }

    /// `name` taken apart.
    ///
    /// - Complexity: O(n) in the length of the name.
    public static func parse(_ name: String) -> Parsed {
        var words = NameSuggestions.fold(name).split(separator: " ").map(String.init)
        var level: String?
        if let first = words.first, let word = levelWords[first], words.count > 1 {
            level = word
            words.removeFirst()
            // "Kota Adm. Jakarta Selatan", "Kota Administrasi …"
            while let next = words.first, words.count > 1, fillerWords.contains(next) { words.removeFirst() }
        }
        words = words.map { spellings[$0] ?? $0 }
        var body = words.joined(separator: " ")
        // Only a province may be abbreviated ("Kota Kupang" is never a province's short name).
        if level == nil || level == "provinsi", let full = abbreviations[body] {
            body = full
            level = "provinsi"
        }
        return Parsed(level: level, body: body, compact: body.replacingOccurrences(of: " ", with: ""))
    }

    /// True when the typed name means the candidate.
    ///
    /// - Complexity: O(n + m) in the lengths of the names.
    public static func matches(_ typed: Parsed, _ candidate: Parsed) -> Bool {
        guard typed.compact == candidate.compact, !typed.compact.isEmpty else { return false }
        guard let a = typed.level, let b = candidate.level else { return true }
        return (sameLevel[a] ?? a) == (sameLevel[b] ?? b)
    }

    /// The positions of the candidates the typed name means, in order. `level` is the level
    /// word of candidates whose names carry none (`provinsi` for the provinces of the region
    /// data, whose names are bare), so `Kota Jambi` does not name the province Jambi.
    ///
    /// - Complexity: O(c · n) for c candidates of length n.
    public static func matches(_ typed: String, among candidates: [String], level: String? = nil) -> [Int] {
        let t = parse(typed)
        return candidates.indices.filter {
            var c = parse(candidates[$0])
            if c.level == nil { c.level = level }
            return matches(t, c)
        }
    }

    /// The level word of provinces, whose official names carry none.
    public static let provinceLevel = "provinsi"

    /// Up to `limit` candidates nearest to a name that matched none, best first: compared
    /// with spellings unified, so `Sumatera Utar` suggests `Sumatra Utara`.
    ///
    /// - Complexity: O(c · L²) for c candidates of length L (see `NameSuggestions`).
    public static func suggestions(for typed: String, among candidates: [String], limit: Int = 3) -> [String] {
        var byForm: [String: [String]] = [:]
        var forms: [String] = []
        for c in candidates {
            let p = parse(c)
            let form = ((p.level.map { $0 + " " }) ?? "") + p.body
            if byForm[form] == nil { forms.append(form) }
            byForm[form, default: []].append(c)
            if byForm[p.body] == nil { forms.append(p.body) }
            if !(byForm[p.body]?.contains(c) ?? false) { byForm[p.body, default: []].append(c) }
        }
        let t = parse(typed)
        let typedForm = ((t.level.map { $0 + " " }) ?? "") + t.body
        var out: [String] = []
        for form in NameSuggestions.nearest(to: typedForm, among: forms, limit: limit * 2) {
            for name in byForm[form] ?? [] where !out.contains(name) { out.append(name) }
        }
        return Array(out.prefix(limit))
    }

    /// Level words (folded) → the level word spelt out.
    static let levelWords: [String: String] = [
        "provinsi": "provinsi", "propinsi": "provinsi", "prov": "provinsi", "province": "provinsi",
        "kabupaten": "kabupaten", "kab": "kabupaten", "kabupatan": "kabupaten", "regency": "kabupaten",
        "kota": "kota", "kotamadya": "kota", "kodya": "kota", "city": "kota",
        "kecamatan": "kecamatan", "kec": "kecamatan", "distrik": "kecamatan", "district": "kecamatan",
        "desa": "desa", "ds": "desa", "kelurahan": "kelurahan", "kel": "kelurahan", "village": "desa",
    ]

    /// Levels that are one level under two names (a village is a desa or a kelurahan).
    static let sameLevel: [String: String] = ["kelurahan": "desa"]

    /// Words that may follow `Kota` in an official name and carry no meaning of their own.
    static let fillerWords: Set<String> = ["adm", "administrasi", "administratif"]

    /// Spellings of one word (folded) → the spelling of the region data.
    static let spellings: [String: String] = [
        "sumatera": "sumatra", "jogja": "yogyakarta", "yogya": "yogyakarta", "jogjakarta": "yogyakarta",
        "jogyakarta": "yogyakarta",
    ]

    /// Province abbreviations and short names (folded, spellings unified) → the folded body of
    /// the official name in the region data.
    static let abbreviations: [String: String] = [
        "nad": "aceh", "nanggroe aceh darussalam": "aceh",
        "sumut": "sumatra utara", "sumbar": "sumatra barat", "sumsel": "sumatra selatan",
        "babel": "kepulauan bangka belitung", "bangka belitung": "kepulauan bangka belitung",
        "kepri": "kepulauan riau",
        "dki": "daerah khusus ibukota jakarta", "dki jakarta": "daerah khusus ibukota jakarta",
        "jakarta": "daerah khusus ibukota jakarta", "daerah khusus ibu kota jakarta": "daerah khusus ibukota jakarta",
        "jabar": "jawa barat", "jateng": "jawa tengah", "jatim": "jawa timur",
        "diy": "daerah istimewa yogyakarta", "di yogyakarta": "daerah istimewa yogyakarta",
        "ntb": "nusa tenggara barat", "ntt": "nusa tenggara timur",
        "kalbar": "kalimantan barat", "kalteng": "kalimantan tengah", "kalsel": "kalimantan selatan",
        "kaltim": "kalimantan timur", "kaltara": "kalimantan utara",
        "sulut": "sulawesi utara", "sulteng": "sulawesi tengah", "sulsel": "sulawesi selatan",
        "sultra": "sulawesi tenggara", "sulbar": "sulawesi barat",
        "malut": "maluku utara", "pabar": "papua barat",
    ]
}
