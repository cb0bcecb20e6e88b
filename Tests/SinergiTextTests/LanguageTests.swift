// How a run chooses its language: option, SINERGI_LANG, then the POSIX locale.
import Testing

@testable import SinergiText

@Suite struct LanguageTests {
    @Test func theOptionWinsThenSinergiLangThenTheLocale() {
        #expect(Language.resolve(option: "en", environment: ["SINERGI_LANG": "id", "LANG": "id_ID.UTF-8"]) == .en)
        #expect(Language.resolve(option: nil, environment: ["SINERGI_LANG": "id", "LANG": "en_US.UTF-8"]) == .id)
        #expect(Language.resolve(option: nil, environment: ["LANG": "id_ID.UTF-8"]) == .id)
        #expect(Language.resolve(option: nil, environment: ["LC_ALL": "id_ID", "LANG": "en_US"]) == .id)
        #expect(Language.resolve(option: nil, environment: ["LC_ALL": "C.UTF-8", "LANG": "id_ID"]) == .en)
        #expect(Language.resolve(option: nil, environment: ["LC_MESSAGES": "id", "LANG": "en"]) == .id)
        #expect(Language.resolve(option: nil, environment: [:]) == .en)
    }

    @Test func unknownChoicesAreNotGuessed() {
        #expect(Language.resolve(option: "jawa", environment: [:]) == nil)
        #expect(Language.resolve(option: nil, environment: ["SINERGI_LANG": "fr"]) == nil)
        #expect(Language(code: "Bahasa Indonesia") == .id)
        #expect(Language(code: "ID_id.utf8") == .id)
        #expect(Language(code: "en-GB") == .en)
    }
}
