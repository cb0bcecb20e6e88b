// Labels and relationship types as people read them, from the catalogue.

/// The names people read for the schema's labels and relationship types.
///
/// Queries keep the labels (`RegencyLibraryOffice`) and types (`PARTNERS_WITH`); reports,
/// legends and briefs show what a person calls them ("Dinas Perpustakaan Kabupaten/Kota",
/// "bermitra dengan"). A name the catalogue does not know is returned as it is.
public enum Vocabulary {
    /// The catalogue's keys by their raw value. `MessageKey(rawValue:)` compares the text with
    /// every case in turn (about 1,700 of them), which an import or a report asking for a name
    /// per row cannot afford.
    private static let keys: [String: MessageKey] = Dictionary(
        uniqueKeysWithValues: MessageKey.allCases.map { ($0.rawValue, $0) })

    /// The catalogue entry named `raw`, if there is one.
    /// - Complexity: O(length of `raw`).
    private static func entry(_ raw: String) -> MessageKey? { keys[raw] }

    /// What a person calls a node of this label (`RegencyLibraryOffice` → "Dinas Perpustakaan
    /// Kabupaten/Kota" in Indonesian); the label itself when the catalogue has no entry.
    ///
    /// - Complexity: O(1) on average.
    public static func kind(_ label: String, _ language: Language) -> String {
        entry("kind." + label)?.template(language) ?? label
    }

    /// A relationship type as a phrase (`PARTNERS_WITH` → "bermitra dengan"), or the type itself.
    ///
    /// - Complexity: O(1) on average.
    public static func relationship(_ type: String, _ language: Language) -> String {
        entry("relationship." + type)?.template(language) ?? type
    }

    /// A relationship type as a noun (`PARTNERS_WITH` → "kemitraan"), or the type itself.
    ///
    /// - Complexity: O(1) on average.
    public static func relationshipNoun(_ type: String, _ language: Language) -> String {
        entry("relationshipNoun." + type)?.template(language) ?? type
    }

    /// What a person calls a node of this label in a few words, under a name in a diagram or
    /// in a legend (`RegencyLibraryOffice` → "Dinas Perpustakaan Kab/Kota"); the label itself
    /// when the catalogue has no entry.
    ///
    /// - Complexity: O(1) on average.
    public static func kindShort(_ label: String, _ language: Language) -> String {
        entry("kindShort." + label)?.template(language) ?? label
    }

    /// A report column's header as people read it (`missingStakeholders` → "Pemangku
    /// kepentingan belum tercatat"); the identifier itself when the catalogue has no entry.
    ///
    /// - Complexity: O(1) on average.
    public static func column(_ identifier: String, _ language: Language) -> String {
        entry("column." + identifier)?.template(language) ?? identifier
    }
}
