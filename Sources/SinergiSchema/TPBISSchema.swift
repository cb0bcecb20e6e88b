// The TPBIS schema: the one place that names the programme's labels, relationship types,
// properties and their rules. The importers check against it, `sinergi check` validates
// with it, the algorithms and procedures take their defaults from it (docs/schema.md).
import SinergiText

/// Labels, relationship types, properties and the rules of a TPBIS registry.
///
/// The engine itself is schema-optional: any property graph loads and queries. This type is
/// what the programme's data means: importers refuse what breaks it (unless told
/// `--schema none`), `sinergi check` reports what breaks it, and the commands and procedures
/// use its names instead of spelling `"PARTNERS_WITH"` themselves.
///
/// ```swift
/// TPBISSchema.Relationship.partnersWith          // "PARTNERS_WITH"
/// TPBISSchema.family(ofKind: "Bappeda")          // "Stakeholder"
/// TPBISSchema.requiredProperties(ofLabel: "Event")  // ["name", "date"]
/// ```
public enum TPBISSchema {
    /// Label names.
    public enum Label {
        public static let stakeholder = "Stakeholder"
        public static let region = "Region"
        public static let event = "Event"
        public static let person = "Person"
        public static let province = "Province"
        public static let regency = "Regency"
        public static let district = "District"
        public static let village = "Village"
        public static let perpusnas = "Perpusnas"
        public static let provincialLibraryOffice = "ProvincialLibraryOffice"
        public static let regencyLibraryOffice = "RegencyLibraryOffice"
        public static let bappeda = "Bappeda"
        public static let dpmpd = "DPMPD"
        public static let villageLibrary = "VillageLibrary"
        public static let shm = "SHM"
    }

    /// Relationship type names.
    public enum Relationship {
        public static let locatedIn = "LOCATED_IN"
        public static let partOf = "PART_OF"
        public static let partnersWith = "PARTNERS_WITH"
        public static let coordinates = "COORDINATES"
        public static let mentors = "MENTORS"
        public static let funds = "FUNDS"
        public static let replicatedFrom = "REPLICATED_FROM"
        public static let attended = "ATTENDED"
        public static let memberOf = "MEMBER_OF"
        public static let commits = "COMMITS"
    }

    /// Property names with a meaning in the schema.
    public enum Property {
        public static let name = "name"
        public static let date = "date"
        public static let level = "level"
        public static let roleModel = "roleModel"
        public static let note = "note"
        public static let event = "event"
        public static let kind = "kind"
        public static let since = "since"
        public static let until = "until"
        public static let document = "document"
        public static let documentNumber = "documentNumber"
        public static let signed = "signed"
        public static let status = "status"
        public static let budgetSource = "budgetSource"
        public static let what = "what"
        public static let due = "due"
        public static let reviewedAt = "reviewedAt"
        public static let role = "role"
        public static let position = "position"
        public static let onBehalfOf = "onBehalfOf"
        public static let seat = "seat"
        public static let seatGroup = "seatGroup"
        public static let followUpOf = "followUpOf"
        public static let roleModelOf = "roleModelOf"
        public static let venue = "venue"
        public static let city = "city"
    }

    /// Stakeholder kinds (each Stakeholder carries `Stakeholder` plus one of these).
    public static let stakeholderKinds: [String] = [
        "Perpusnas", "Bappenas", "Kemendes", "ProvincialLibraryOffice", "RegencyLibraryOffice", "Bappeda", "DPMPD",
        "VillageLibrary", "VillageGovernment", "SynergyTeam", "Facilitator", "MasterTrainer", "Partner", "Patron",
        "Person",
    ]
    /// Region levels (each Region carries `Region` plus one of these), from the top.
    public static let regionLevels: [String] = ["Province", "Regency", "District", "Village"]
    /// Event kinds (each Event carries `Event` plus one of these).
    public static let eventKinds: [String] = ["Bimtek", "PLM", "SHM"]
    /// The family labels and their kinds.
    public static let families: [(family: String, kinds: [String])] = [
        ("Stakeholder", stakeholderKinds), ("Region", regionLevels), ("Event", eventKinds),
    ]
    /// Every label the schema knows.
    public static let labels: Set<String> = Set(
        ["Stakeholder", "Region", "Event"] + stakeholderKinds + regionLevels + eventKinds)

    /// The family label a kind belongs to (`Bappeda` → `Stakeholder`), nil for a family or an unknown label.
    /// - Complexity: O(1) on average.
    public static func family(ofKind label: String) -> String? { familyOfKind[label] }

    private static let familyOfKind: [String: String] = {
        var map: [String: String] = [:]
        for (family, kinds) in families { for k in kinds { map[k] = family } }
        return map
    }()

    /// Every relationship type the schema knows.
    public static let relationshipTypes: Set<String> = [
        Relationship.locatedIn, Relationship.partOf, Relationship.partnersWith, Relationship.coordinates,
        Relationship.mentors, Relationship.funds, Relationship.replicatedFrom, Relationship.attended,
        Relationship.memberOf, Relationship.commits,
    ]
    /// The types that place nodes in the region tree (left out of the stakeholder network by default).
    public static let regionTypes: [String] = [Relationship.locatedIn, Relationship.partOf]
    /// Types read both ways: `a PARTNERS_WITH b` is the same partnership as `b PARTNERS_WITH a`.
    public static let symmetricTypes: Set<String> = [Relationship.partnersWith]

    /// Properties a node with the label must have.
    public static func requiredProperties(ofLabel label: String) -> [String] { requiredNodeProperties[label] ?? [] }

    private static let requiredNodeProperties: [String: [String]] = [
        "Stakeholder": ["name"], "Region": ["name"], "Event": ["name", "date"], "Person": ["name"],
    ]

    /// Properties a relationship of the type must have.
    public static func requiredProperties(ofType type: String) -> [String] {
        requiredRelationshipProperties[type] ?? []
    }

    private static let requiredRelationshipProperties: [String: [String]] = ["COMMITS": ["what"]]

    /// Labels the endpoints of a relationship type must carry (start, end); nil means any.
    public static func endpoints(of type: String) -> (start: String?, end: String?)? { endpointRules[type] }

    private static let endpointRules: [String: (start: String?, end: String?)] = [
        "LOCATED_IN": (nil, "Region"), "PART_OF": ("Region", "Region"), "ATTENDED": (nil, "Event"),
        "REPLICATED_FROM": ("Stakeholder", "Stakeholder"), "PARTNERS_WITH": ("Stakeholder", "Stakeholder"),
        "MEMBER_OF": ("Stakeholder", nil), "COMMITS": ("Stakeholder", "Event"),
    ]

    /// Properties whose values name other nodes by key, and the label the named node must carry
    /// (nil: any node). Checked on nodes and relationships alike.
    public static let referenceProperties: [(property: String, label: String?)] = [
        ("onBehalfOf", "Stakeholder"), ("followUpOf", "Event"), ("roleModelOf", nil), ("event", "Event"),
        ("reviewedAt", "Event"),
    ]

    /// The label the node named by a reference property must carry; nil when the property
    /// is no reference, `.some(nil)` when any node will do.
    public static func referencedLabel(_ property: String) -> String?? {
        referenceProperties.first { $0.property == property }.map { $0.label }
    }

    /// Properties that hold dates.
    public static let dateProperties: Set<String> = ["date", "since", "until", "signed", "due"]

    /// Properties that hold yes/no.
    public static let booleanProperties: Set<String> = ["roleModel", "synthetic"]

    /// The values a property may take on a relationship type or node label, with the
    /// words people write for them (Indonesian and English, folded) → the value stored.
    public static func allowedValues(of property: String, on owner: String) -> [String: String]? {
        allowed[owner + "." + property]
    }

    /// Every (owner.property) with allowed values, for documentation and `check`.
    public static var enumeratedProperties: [String] { allowed.keys.sorted() }

    /// The stored values of an enumerated property, in documentation order.
    public static func values(of property: String, on owner: String) -> [String] {
        canonicalOrder[owner + "." + property] ?? []
    }

    private static let canonicalOrder: [String: [String]] = [
        "PARTNERS_WITH.status": ["agreed", "signed", "active", "ended"],
        "PARTNERS_WITH.document": ["MoU", "PKS", "SK", "letter"],
        "PARTNERS_WITH.budgetSource": ["APBN", "APBD", "APBDes", "Dana Desa", "CSR", "other"],
        "COMMITS.status": ["planned", "in progress", "done", "dropped"],
        "ATTENDED.role": ["organizer", "opener", "speaker", "participant", "official", "delegate"],
        "ATTENDED.seatGroup": ["synergy team", "stakeholder", "facilitator", "role model", "patron"],
        "Stakeholder.level": levels,
        "Event.level": levels,
    ]

    /// The levels of government an institution or a meeting belongs to.
    private static let levels = ["national", "province", "regency", "village"]

    /// The words of `levels` in spreadsheets: "tingkat kabupaten", "pusat", "desa".
    private static let levelWords: [String: [String]] = [
        "national": ["national", "nasional", "pusat", "tingkat nasional", "tingkat pusat"],
        "province": ["province", "provinsi", "prov", "tingkat provinsi", "provincial"],
        "regency": [
            "regency", "kabupaten", "kota", "kabupaten kota", "kab kota", "kab", "tingkat kabupaten",
            "tingkat kabupaten kota", "city",
        ],
        "village": ["village", "desa", "kelurahan", "desa kelurahan", "tingkat desa"],
    ]

    private static let allowed: [String: [String: String]] = {
        let words: [String: [String: [String]]] = [
            "PARTNERS_WITH.status": [
                "agreed": ["agreed", "disepakati", "sepakat", "kesepakatan"],
                "signed": ["signed", "ditandatangani", "tanda tangan", "sudah ditandatangani"],
                "active": ["active", "aktif", "berjalan", "berlaku"],
                "ended": ["ended", "berakhir", "selesai", "tidak berlaku"],
            ],
            "PARTNERS_WITH.document": [
                "MoU": ["mou", "nota kesepahaman", "memorandum of understanding"],
                "PKS": ["pks", "perjanjian kerja sama", "perjanjian kerjasama", "cooperation agreement"],
                "SK": ["sk", "surat keputusan", "decree"],
                "letter": ["letter", "surat"],
            ],
            "PARTNERS_WITH.budgetSource": [
                "APBN": ["apbn"], "APBD": ["apbd"], "APBDes": ["apbdes", "apb desa"],
                "Dana Desa": ["dana desa", "dd", "village fund"], "CSR": ["csr"],
                "other": ["other", "lainnya", "lain lain"],
            ],
            "COMMITS.status": [
                "planned": ["planned", "direncanakan", "rencana", "belum dimulai"],
                "in progress": ["in progress", "berjalan", "dalam proses", "proses", "sedang berjalan"],
                "done": ["done", "selesai", "tercapai", "terlaksana"],
                "dropped": ["dropped", "batal", "dibatalkan", "tidak terlaksana"],
            ],
            "ATTENDED.role": [
                "organizer": ["organizer", "penyelenggara"], "opener": ["opener", "pembuka"],
                "speaker": ["speaker", "narasumber", "pembicara"], "participant": ["participant", "peserta"],
                "official": ["official", "undangan resmi"], "delegate": ["delegate", "utusan", "perwakilan"],
            ],
            // DOMAIN.md's seat groups of a provincial SHM, in the words of the attendance sheets.
            "ATTENDED.seatGroup": [
                "synergy team": ["synergy team", "tim sinergi", "tim sinergi provinsi"],
                "stakeholder": ["stakeholder", "pemangku kepentingan", "pemangku kepentingan provinsi"],
                "facilitator": ["facilitator", "fasilitator", "fasilitator daerah"],
                "role model": ["role model", "percontohan", "model"],
                "patron": ["patron", "pemustaka", "pemustaka terdampak", "impacted library user"],
            ],
            "Stakeholder.level": levelWords,
            "Event.level": levelWords,
        ]
        var out: [String: [String: String]] = [:]
        for (owner, values) in words {
            var map: [String: String] = [:]
            for (stored, spellings) in values {
                map[NameSuggestions.fold(stored)] = stored
                for s in spellings { map[NameSuggestions.fold(s)] = stored }
            }
            out[owner] = map
        }
        return out
    }()

    /// Property names the schema gives a meaning to, by label or type: what a column of an
    /// import is compared with to catch a misspelling (`nmae` → `name`).
    public static let knownProperties: Set<String> = [
        "name", "date", "level", "roleModel", "note", "event", "kind", "since", "until", "document", "documentNumber",
        "signed", "status", "budgetSource", "what", "due", "reviewedAt", "role", "position", "onBehalfOf", "seat",
        "seatGroup", "followUpOf", "roleModelOf", "venue", "city", "source", "synthetic", "code", "regionId",
        "capital", "postalCode",
    ]
}
