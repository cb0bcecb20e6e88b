// The keys of the message catalogue: one case per text a person reads.

/// A stable key of the message catalogue.
///
/// Every key has a template in every language (`MessageKey+English.swift`,
/// `MessageKey+Indonesian.swift`); the compiler refuses a key that one catalogue lacks, and
/// `CatalogueTests` refuses templates whose placeholders differ between languages. Raw values
/// are dotted, grouped by area (`cli.`, `registry.`, `import.`, `query.`, `kind.`, …) and never
/// change once released: tests and scripts may name them.
///
/// To add a text: add a case here in its area, then its English and Indonesian templates
/// (Indonesian as the programme writes it: `shared/GLOSSARY-ID.md`).
public enum MessageKey: String, CaseIterable, Sendable, Hashable {
    // MARK: Framing shared by every command
    /// The prefix of an error line.
    case errorPrefix = "frame.error"
    /// The prefix of a warning line.
    case warningPrefix = "frame.warning"
    /// The prefix of a hint line.
    case hintPrefix = "frame.hint"
    /// A suggestion of one name.
    case didYouMean = "frame.didYouMean"
    /// A suggestion of several names.
    case didYouMeanOneOf = "frame.didYouMeanOneOf"
    /// Said after a refused write.
    case registryUnchanged = "frame.registryUnchanged"
    /// `--lang` or `SINERGI_LANG` names no language Sinergi speaks.
    case unknownLanguage = "frame.unknownLanguage"

    // MARK: Stakeholder kinds as people read them (labels stay as they are in queries)
    case kindPerpusnas = "kind.Perpusnas"
    case kindBappenas = "kind.Bappenas"
    case kindKemendes = "kind.Kemendes"
    case kindProvincialLibraryOffice = "kind.ProvincialLibraryOffice"
    case kindRegencyLibraryOffice = "kind.RegencyLibraryOffice"
    case kindBappeda = "kind.Bappeda"
    case kindDPMPD = "kind.DPMPD"
    case kindVillageLibrary = "kind.VillageLibrary"
    case kindVillageGovernment = "kind.VillageGovernment"
    case kindSynergyTeam = "kind.SynergyTeam"
    case kindFacilitator = "kind.Facilitator"
    case kindMasterTrainer = "kind.MasterTrainer"
    case kindPartner = "kind.Partner"
    case kindPatron = "kind.Patron"
    case kindStakeholder = "kind.Stakeholder"
    case kindPerson = "kind.Person"
    case kindRegion = "kind.Region"
    case kindProvince = "kind.Province"
    case kindRegency = "kind.Regency"
    case kindDistrict = "kind.District"
    case kindVillage = "kind.Village"
    case kindEvent = "kind.Event"
    case kindBimtek = "kind.Bimtek"
    case kindPLM = "kind.PLM"
    case kindSHM = "kind.SHM"

    // MARK: Relationship types as phrases ("bermitra dengan") and as nouns ("kemitraan")
    case relationshipLOCATED_IN = "relationship.LOCATED_IN"
    case relationshipPART_OF = "relationship.PART_OF"
    case relationshipPARTNERS_WITH = "relationship.PARTNERS_WITH"
    case relationshipCOORDINATES = "relationship.COORDINATES"
    case relationshipMENTORS = "relationship.MENTORS"
    case relationshipFUNDS = "relationship.FUNDS"
    case relationshipREPLICATED_FROM = "relationship.REPLICATED_FROM"
    case relationshipATTENDED = "relationship.ATTENDED"
    case relationshipMEMBER_OF = "relationship.MEMBER_OF"
    case relationshipNounLOCATED_IN = "relationshipNoun.LOCATED_IN"
    case relationshipNounPART_OF = "relationshipNoun.PART_OF"
    case relationshipNounPARTNERS_WITH = "relationshipNoun.PARTNERS_WITH"
    case relationshipNounCOORDINATES = "relationshipNoun.COORDINATES"
    case relationshipNounMENTORS = "relationshipNoun.MENTORS"
    case relationshipNounFUNDS = "relationshipNoun.FUNDS"
    case relationshipNounREPLICATED_FROM = "relationshipNoun.REPLICATED_FROM"
    case relationshipNounATTENDED = "relationshipNoun.ATTENDED"
    case relationshipNounMEMBER_OF = "relationshipNoun.MEMBER_OF"
}

extension MessageKey {
    /// The template of this key in `language`.
    ///
    /// - Complexity: O(1).
    public func template(_ language: Language) -> String {
        switch language {
        case .en: return english
        case .id: return indonesian
        }
    }
}
