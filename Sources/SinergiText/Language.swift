// The languages Sinergi speaks, and how a run chooses one.
import Foundation

/// A language of Sinergi's interface: every text a person reads exists in each of them.
///
/// The query language's keywords, labels and property names are the same in every
/// language; only what people read (help, errors, warnings, summaries, report columns,
/// diagram legends, next steps) changes.
public enum Language: String, CaseIterable, Sendable, Hashable {
    /// English.
    case en
    /// Bahasa Indonesia, as the TPBIS programme writes it (see the glossary in `docs/panduan.md`).
    case id

    /// The language a run uses: the `--lang` value when given, else `SINERGI_LANG`, else the
    /// POSIX locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`) when it starts with `id`
    /// (`id_ID.UTF-8`, `id`), else English.
    ///
    /// An unknown `--lang` or `SINERGI_LANG` value is not guessed: it returns nil so the caller
    /// can report it (the locale variables are only consulted, never refused).
    ///
    /// - Complexity: O(1).
    public static func resolve(option: String?, environment: [String: String]) -> Language? {
        if let option { return Language(code: option) }
        if let chosen = environment["SINERGI_LANG"], !chosen.isEmpty { return Language(code: chosen) }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[variable], !value.isEmpty else { continue }
            // The first locale variable that is set decides, as POSIX says.
            return value.lowercased().hasPrefix("id") ? .id : .en
        }
        return .en
    }

    /// The language named by a code: `en`, `id`, also `english`/`indonesia`/`bahasa`, any case,
    /// and locale forms such as `id_ID.UTF-8`. Nil for anything else.
    ///
    /// - Complexity: O(n) in the length of `code`.
    public init?(code: String) {
        let c = code.trimmingCharacters(in: .whitespaces).lowercased()
        switch c {
        case "en", "eng", "english", "inggris": self = .en
        case "id", "ind", "indonesia", "indonesian", "bahasa", "bahasa indonesia": self = .id
        default:
            if c.hasPrefix("id_") || c.hasPrefix("id-") || c.hasPrefix("id.") {
                self = .id
            } else if c.hasPrefix("en_") || c.hasPrefix("en-") || c.hasPrefix("en.") {
                self = .en
            } else {
                return nil
            }
        }
    }
}
