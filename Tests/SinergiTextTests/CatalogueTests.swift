// Both catalogues have every key, with the same placeholders, and real translations.
import Testing

@testable import SinergiText

@Suite struct CatalogueTests {
    @Test func everyKeyHasTextInEveryLanguage() {
        for key in MessageKey.allCases {
            for language in Language.allCases {
                #expect(!key.template(language).isEmpty, "\(key.rawValue) is empty in \(language)")
            }
        }
    }

    @Test func placeholdersAreTheSameInEveryLanguage() {
        for key in MessageKey.allCases {
            let english = MessageTemplate.placeholders(key.template(.en))
            let indonesian = MessageTemplate.placeholders(key.template(.id))
            #expect(english == indonesian, "\(key.rawValue): en \(english.sorted()) id \(indonesian.sorted())")
        }
    }

    /// A text left in English in the Indonesian catalogue is a missing translation, except
    /// names the programme writes the same in both languages (listed here, on purpose).
    @Test func indonesianTextsAreTranslations() {
        let sameInBothLanguages: Set<MessageKey> = [
            .kindMasterTrainer, .kindPLM, .kindSHM, .synergyRoleBappeda, .synergyRoleDPMPD, .verbatim, .valueFolder,
            .valueFormat, .valueNumber, .valueLabel,
            .valueModel, .valueProbability, .valueProgram, .valueCSV, .queryErrorLine, .schemaLabel, .queryMilliseconds,
            .kindShortPerpusnas, .kindShortBappenas, .kindShortKemendes, .kindShortBappeda, .kindShortDPMPD,
            .kindShortMasterTrainer, .kindShortBimtek, .kindShortPLM, .kindShortSHM, .briefStatus, .briefDiagram,
            .historySummaryNoPlace, .valueEpsilon, .located,
        ]
        for key in MessageKey.allCases where !sameInBothLanguages.contains(key) {
            #expect(key.template(.en) != key.template(.id), "\(key.rawValue) is not translated")
        }
        for key in sameInBothLanguages {
            #expect(key.template(.en) == key.template(.id), "\(key.rawValue) is listed as the same but differs")
        }
    }

    /// An Indonesian text with English words in it is a translation left half done (option
    /// names, values the user types, placeholders and quoted names do not count).
    @Test func indonesianTextsHaveNoEnglishWords() throws {
        let english: Set<String> = ["the", "and", "default", "with", "which", "not", "of", "or", "is", "to"]
        let ignored = try Regex(#"\b[A-Z][A-Z_]+\b|\{[^}]*\}|--?[A-Za-z][A-Za-z-]*|'[^']*'|`[^`]*`|"[^"]*""#)
        for key in MessageKey.allCases {
            let text = key.template(.id).replacing(ignored, with: " ")
            let words = text.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }
            let found = words.filter { english.contains($0) }
            #expect(found.isEmpty, "\(key.rawValue): English words \(found) in '\(key.template(.id))'")
        }
    }

    @Test func keysAreDottedAndUnique() {
        let raws = MessageKey.allCases.map(\.rawValue)
        #expect(Set(raws).count == raws.count)
        for raw in raws { #expect(raw.contains("."), "\(raw) has no area") }
    }

    @Test func vocabularyReadsLabelsAndTypes() {
        #expect(Vocabulary.kind("RegencyLibraryOffice", .id) == "Dinas Perpustakaan Kabupaten/Kota")
        #expect(Vocabulary.kind("RegencyLibraryOffice", .en) == "regency/city library office")
        #expect(Vocabulary.relationship("PARTNERS_WITH", .id) == "bermitra dengan")
        #expect(Vocabulary.relationshipNoun("PARTNERS_WITH", .id) == "kemitraan")
        #expect(Vocabulary.kind("Unknown_Label", .id) == "Unknown_Label")
    }
}
