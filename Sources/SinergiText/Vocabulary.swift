// Labels and relationship types as people read them, from the catalogue.

/// The names people read for the schema's labels and relationship types.
///
/// Queries keep the labels (`RegencyLibraryOffice`) and types (`PARTNERS_WITH`); reports,
/// legends and briefs show what a person calls them ("Dinas Perpustakaan Kabupaten/Kota",
/// "bermitra dengan"). A name the catalogue does not know is returned as it is.
public enum Vocabulary {
    /// What a person calls a node of this label (`RegencyLibraryOffice` → "Dinas Perpustakaan
    /// Kabupaten/Kota" in Indonesian); the label itself when the catalogue has no entry.
    ///
    /// - Complexity: O(1) on average.
    public static func kind(_ label: String, _ language: Language) -> String {
        MessageKey(rawValue: "kind." + label)?.template(language) ?? label
    }

    /// A relationship type as a phrase (`PARTNERS_WITH` → "bermitra dengan"), or the type itself.
    ///
    /// - Complexity: O(1) on average.
    public static func relationship(_ type: String, _ language: Language) -> String {
        MessageKey(rawValue: "relationship." + type)?.template(language) ?? type
    }

    /// A relationship type as a noun (`PARTNERS_WITH` → "kemitraan"), or the type itself.
    ///
    /// - Complexity: O(1) on average.
    public static func relationshipNoun(_ type: String, _ language: Language) -> String {
        MessageKey(rawValue: "relationshipNoun." + type)?.template(language) ?? type
    }

    /// What a person calls a node of this label in a few words, under a name in a diagram or
    /// in a legend (`RegencyLibraryOffice` → "Dinas Perpustakaan Kab/Kota"); the label itself
    /// when the catalogue has no entry.
    ///
    /// - Complexity: O(1) on average.
    public static func kindShort(_ label: String, _ language: Language) -> String {
        MessageKey(rawValue: "kindShort." + label)?.template(language) ?? label
    }

    /// A report column's header as people read it (`missingStakeholders` → "Pemangku
    /// kepentingan belum tercatat"); the identifier itself when the catalogue has no entry.
    ///
    /// - Complexity: O(1) on average.
    public static func column(_ identifier: String, _ language: Language) -> String {
        MessageKey(rawValue: "column." + identifier)?.template(language) ?? identifier
    }
}
