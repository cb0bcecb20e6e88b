// The spreadsheets organizers fill, as empty CSV templates with the Indonesian column names
// the importer reads as they are: peserta (stakeholders), pertemuan (the meetings),
// kehadiran (attendance sheet),
// kemitraan (partnerships), rtl (rencana tindak lanjut: commitments) and delegasi (the
// delegates an institution sends). Every header is one the header mapping knows, so a filled
// template imports with the command each template names.
import SinergiText

/// One template: its name, the columns and the import that reads it back.
///
/// ```swift
/// let t = SpreadsheetTemplate.named("kemitraan")!
/// t.headers.first                              // "pihak 1"
/// t.csv(delimiter: ";", bom: true).prefix(3)   // [0xEF, 0xBB, 0xBF]
/// ```
public struct SpreadsheetTemplate: Sendable, Equatable {
    /// The name `sinergi template` takes (Indonesian, as organizers call the sheet).
    public var name: String
    /// Other names it answers to (English).
    public var aliases: [String]
    /// The header row, in the order an organizer fills it.
    public var headers: [String]
    /// What the sheet records, for the list.
    public var purpose: MessageKey
    /// The import option that reads the sheet (`--nodes`, `--attendance`, …).
    public var importOption: String
    /// True when the import needs `--event` (the sheet has no `pertemuan` column).
    public var needsEvent: Bool

    /// Every template, in the order `sinergi template` lists them.
    public static let all: [SpreadsheetTemplate] = [
        SpreadsheetTemplate(
            name: "peserta", aliases: ["stakeholders", "pemangku-kepentingan"],
            headers: [
                "kunci", "jenis", "nama", "provinsi", "kabupaten/kota", "kecamatan", "desa", "sebagai role model",
                "catatan",
            ], purpose: .templatePeserta, importOption: "--nodes", needsEvent: false),
        SpreadsheetTemplate(
            name: "pertemuan", aliases: ["meetings", "kegiatan"],
            headers: [
                "kunci", "jenis", "nama", "tanggal", "tempat", "kota kegiatan", "provinsi", "kabupaten/kota", "catatan",
            ],
            purpose: .templatePertemuan, importOption: "--nodes", needsEvent: false),
        SpreadsheetTemplate(
            name: "kehadiran", aliases: ["attendance", "daftar-hadir"],
            headers: [
                "no", "nama", "jabatan", "instansi", "jenis instansi", "kabupaten/kota", "peran",
                "kelompok peserta", "nomor peserta", "tanda tangan",
            ], purpose: .templateKehadiran, importOption: "--attendance", needsEvent: true),
        SpreadsheetTemplate(
            name: "kemitraan", aliases: ["partnerships"],
            headers: [
                "pihak 1", "kabupaten/kota 1", "pihak 2", "kabupaten/kota 2", "jenis kemitraan", "dokumen",
                "nomor dokumen", "tanggal penandatanganan", "status", "sumber anggaran", "sejak", "sampai",
                "pertemuan", "catatan",
            ], purpose: .templateKemitraan, importOption: "--partnerships", needsEvent: false),
        SpreadsheetTemplate(
            name: "rtl", aliases: ["commitments", "rencana-tindak-lanjut"],
            headers: [
                "pihak", "kabupaten/kota 1", "rencana tindak lanjut", "tenggat", "status", "pertemuan", "catatan",
            ], purpose: .templateRTL, importOption: "--commitments", needsEvent: false),
        SpreadsheetTemplate(
            name: "delegasi", aliases: ["delegates", "utusan"],
            headers: ["nama", "jabatan", "instansi", "jenis instansi", "kabupaten/kota", "peran", "pertemuan"],
            purpose: .templateDelegasi, importOption: "--attendance", needsEvent: false),
    ]

    /// The template called `name` (or one of its aliases; case and punctuation do not matter).
    ///
    /// - Complexity: O(t) for t templates.
    public static func named(_ name: String) -> SpreadsheetTemplate? {
        let folded = NameSuggestions.fold(name)
        return all.first { t in ([t.name] + t.aliases).contains { NameSuggestions.fold($0) == folded } }
    }

    /// Every name and alias, for suggestions.
    public static var names: [String] { all.flatMap { [$0.name] + $0.aliases } }

    /// The template as a CSV file: the header row alone, fields separated by `delimiter`, after
    /// a UTF-8 byte-order mark when `bom` (what Excel needs to read the file as UTF-8; `;` is
    /// what Excel expects where the decimal separator is a comma, as in Indonesia).
    ///
    /// - Complexity: O(h) in the length of the headers.
    public func csv(delimiter: Character = ",", bom: Bool = false) -> [UInt8] {
        let fields = headers.map { CSVField($0) }
        let text = CSVWriter.document([fields], delimiter: delimiter)
        return (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
    }
}
