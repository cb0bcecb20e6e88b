// Spreadsheet columns as people name them — "nama", "jenis", "kabupaten/kota", "tanggal",
// "pihak 1", "mitra", "pertemuan" — turned into the admin-import headers the readers
// understand ("name", ":KIND", ":REGION(Regency)", "date:date", ":START", ":END", ":EVENT"),
// from a built-in table in Indonesian and English and from the user's mapping file.
import SinergiSchema
import SinergiText

/// Maps header cells to admin-import headers.
///
/// A header that already is admin-import syntax (it has a `:`) is kept. Others are looked up,
/// folded (case, spaces, punctuation do not matter: `Kabupaten/Kota` = `kabupaten kota`),
/// first in the user's mapping, then in the built-in table for the kind of file; a header in
/// neither stays a property of that name (string), and the planner refuses it when it looks
/// like a misspelling of a known property.
///
/// ```swift
/// HeaderMapping().header(for: "Kabupaten/Kota", in: .nodes)   // ":REGION(Regency)"
/// HeaderMapping().header(for: "Pihak 1", in: .relationships)  // ":START"
/// ```
public struct HeaderMapping: Sendable {
    /// The kind of file a header belongs to (the same word means different things in each).
    public enum FileKind: Sendable {
        case nodes, relationships
    }

    /// The user's own mapping: folded column name → header.
    public var custom: [String: String] = [:]

    public init() {}

    /// A mapping with the user's own entries (`column` → `meaning`).
    public init(custom entries: [(column: String, meaning: String)]) {
        for e in entries { custom[NameSuggestions.fold(e.column)] = e.meaning }
    }

    /// The admin-import header for a header cell.
    /// - Complexity: O(n) in the length of the header.
    public func header(for text: String, in kind: FileKind) -> String {
        if text.unicodeScalars.contains(":") { return text }
        let folded = NameSuggestions.fold(text)
        if let mine = custom[folded] {
            // The meaning may itself be a word of the table ("nama").
            if mine.unicodeScalars.contains(":") { return mine }
            return Self.table(kind)[NameSuggestions.fold(mine)] ?? mine
        }
        return Self.table(kind)[folded] ?? text
    }

    /// True when the header was mapped (by the user or the table), so its property is named
    /// by the program rather than typed by hand.
    public func maps(_ text: String, in kind: FileKind) -> Bool { header(for: text, in: kind) != text }

    /// Reads a mapping file: CSV rows `column,meaning` (a first row `column,meaning` or
    /// `kolom,arti` is a header). Problems are reported as `FILE:LINE`.
    /// - Complexity: O(n) in the length of the text.
    public static func read(_ text: String, file: String) -> (mapping: HeaderMapping, problems: [ImportDiagnostic]) {
        let (records, issues) = CSVReader.read(text, delimiter: CSVDialect.detect(text))
        var problems = issues.map { ImportDiagnostic(file: file, line: $0.line, message: $0.message) }
        var entries: [(String, String)] = []
        for (i, record) in records.enumerated() {
            let cells = record.fields.map(\.text)
            if i == 0, let first = cells.first.map(NameSuggestions.fold), ["column", "kolom"].contains(first) {
                continue
            }
            guard cells.count == 2, !cells[0].isEmpty, !cells[1].isEmpty else {
                problems.append(ImportDiagnostic(file: file, line: record.line, .importMappingRow))
                continue
            }
            if let near = misspeltMeaning(cells[1]) {
                problems.append(
                    ImportDiagnostic(
                        file: file, line: record.line,
                        message: Message(.importMappingUnknownMeaning, ["meaning": .text(cells[1])]).suggesting([near]))
                )
                continue
            }
            entries.append((cells[0], cells[1]))
        }
        return (HeaderMapping(custom: entries), problems)
    }

    /// The known meaning `meaning` looks like a misspelling of (`nmae` → `nama`), or nil when it
    /// is known (a word of the table, a property the schema knows, admin-import syntax) or near
    /// nothing — then it names a property of the user's own.
    static func misspeltMeaning(_ meaning: String) -> String? {
        if meaning.unicodeScalars.contains(":") { return nil }
        if tableWords.contains(NameSuggestions.fold(meaning)) || TPBISSchema.knownProperties.contains(meaning) {
            return nil
        }
        return NameSuggestions.nearest(to: meaning, among: knownMeanings, limit: 1).first
    }

    /// The folded words of both tables.
    static let tableWords: Set<String> = Set(nodeTable.keys).union(relationshipTable.keys)
    /// What a mapping's meaning may be named after, sorted: the tables' words and the schema's properties.
    static let knownMeanings: [String] = tableWords.union(TPBISSchema.knownProperties).sorted()

    static func table(_ kind: FileKind) -> [String: String] {
        kind == .nodes ? nodeTable : relationshipTable
    }

    /// Words for both kinds of file.
    static let common: [(String, [String])] = [
        ("note", ["catatan", "keterangan", "ket", "note", "notes"]),
        ("source", ["sumber", "source"]),
        ("position", ["jabatan", "position", "jabatan peserta"]),
        ("role", ["peran", "role", "peran dalam kegiatan"]),
        // A spreadsheet's own row number carries nothing to keep.
        (":IGNORE", ["no", "no urut", "nomor urut"]),
    ]

    static let nodeWords: [(String, [String])] = [
        (":ID", ["kunci", "key", "id", "kode"]),
        (
            ":KIND",
            ["jenis", "kind", "jenis instansi", "jenis lembaga", "jenis pemangku kepentingan", "kategori", "tipe"]
        ),
        (":LABEL", ["label", "labels"]),
        ("name", ["nama", "name", "nama instansi", "nama lembaga", "nama kegiatan", "nama pertemuan", "nama peserta"]),
        ("level", ["tingkat", "level"]),
        (":REGION(Province)", ["provinsi", "province", "prov"]),
        (
            ":REGION(Regency)",
            ["kabupaten", "kota", "kabupaten kota", "kab kota", "kab", "kota kabupaten", "regency", "city"]
        ),
        (":REGION(District)", ["kecamatan", "district", "kec"]),
        (":REGION(Village)", ["desa", "kelurahan", "desa kelurahan", "village", "kel"]),
        ("roleModel:boolean", ["role model", "rolemodel", "sebagai role model"]),
        ("date:date", ["tanggal", "date", "tanggal kegiatan", "tanggal pelaksanaan"]),
        ("venue", ["tempat", "venue", "lokasi", "tempat kegiatan"]),
        ("city", ["kota kegiatan"]),
    ]

    static let relationshipWords: [(String, [String])] = [
        ("key", ["kunci", "key", "id", "kode"]),
        (":TYPE", ["jenis hubungan", "hubungan", "relationship", "type", "tipe hubungan", "relasi", "jenis relasi"]),
        (
            ":START",
            ["dari", "from", "pihak 1", "pihak pertama", "pihak", "pemangku kepentingan", "stakeholder", "instansi 1"]
        ),
        (":END", ["ke", "to", "pihak 2", "pihak kedua", "mitra", "partner", "instansi 2"]),
        (":START_REGION", ["wilayah 1", "wilayah pihak 1", "wilayah dari", "daerah 1"]),
        (":END_REGION", ["wilayah 2", "wilayah pihak 2", "wilayah mitra", "daerah 2"]),
        (":START_REGION(Province)", ["provinsi 1", "provinsi pihak 1"]),
        (":END_REGION(Province)", ["provinsi 2", "provinsi pihak 2", "provinsi mitra"]),
        (":START_REGION(Regency)", ["kabupaten 1", "kabupaten kota 1", "kabupaten pihak 1", "kota 1"]),
        (
            ":END_REGION(Regency)",
            ["kabupaten 2", "kabupaten kota 2", "kabupaten pihak 2", "kota 2", "kabupaten mitra"]
        ),
        (":REGION", ["wilayah", "daerah", "region"]),
        (":REGION(Province)", ["provinsi", "province"]),
        (":REGION(Regency)", ["kabupaten", "kota", "kabupaten kota", "kab kota", "regency"]),
        ("kind", ["jenis", "jenis kemitraan", "kind", "bentuk kerja sama", "bentuk kemitraan", "bentuk kerjasama"]),
        (":EVENT", ["pertemuan", "kegiatan", "acara", "event", "meeting", "forum", "pada pertemuan"]),
        ("since:date", ["sejak", "mulai", "since", "tanggal mulai", "berlaku sejak"]),
        ("until:date", ["sampai", "hingga", "until", "berakhir", "tanggal berakhir", "berlaku sampai"]),
        ("document", ["dokumen", "jenis dokumen", "document"]),
        (
            "documentNumber",
            ["nomor dokumen", "no dokumen", "document number", "nomor mou", "nomor pks", "nomor surat"]
        ),
        ("signed:date", ["tanggal tanda tangan", "tanggal penandatanganan", "ditandatangani", "signed"]),
        ("status", ["status", "status kemitraan", "status rtl"]),
        ("budgetSource", ["sumber anggaran", "sumber dana", "budget source", "anggaran"]),
        ("what", ["rencana", "rencana tindak lanjut", "rtl", "komitmen", "what", "rencana kegiatan"]),
        ("due:date", ["tenggat", "batas waktu", "tenggat waktu", "due", "target waktu"]),
        ("seat:int", ["nomor peserta", "kursi", "nomor kursi", "seat"]),
        ("seatGroup", ["kelompok peserta", "kelompok kursi", "kelompok", "seat group"]),
    ]

    static let nodeTable: [String: String] = build(common + nodeWords)
    static let relationshipTable: [String: String] = build(common + relationshipWords)

    static func build(_ words: [(String, [String])]) -> [String: String] {
        var map: [String: String] = [:]
        for (header, names) in words { for n in names { map[NameSuggestions.fold(n)] = header } }
        return map
    }

    /// The built-in column names for documentation: header → the words that map to it.
    public static func documentation(_ kind: FileKind) -> [(header: String, words: [String])] {
        (common + (kind == .nodes ? nodeWords : relationshipWords)).map { ($0.0, $0.1) }
    }
}
