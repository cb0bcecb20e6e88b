// How an import is checked: against which schema, what to do on a conflict, which new names
// the user accepts, and how relationships without keys are told apart.

/// The choices of one import, shared by every format.
public struct ImportOptions: Sendable {
    /// The schema rows are checked against.
    public enum Schema: String, Sendable, CaseIterable {
        /// The TPBIS schema: labels, types, required properties, allowed values (docs/schema.md).
        case tpbis
        /// Any property graph: only names that look like misspellings of names in the registry
        /// are refused.
        case none
    }

    /// What a row that exists already does.
    public var conflict: ImportConflictPolicy = .error
    /// The schema rows are checked against.
    public var schema: Schema = .tpbis
    /// Names (labels, types, property and column names) the user accepts although they look
    /// like misspellings of known ones (`--allow`).
    public var allowedNames: Set<String> = []
    /// True: a relationship row without a key is the same relationship as one with the same
    /// start, end, type and `identifyingProperties` (either way round for a symmetric type).
    public var deduplicate = true
    /// The properties besides start, end and type that tell relationships apart (`event`).
    public var identifyingProperties: [String] = ["event"]
    /// Add the family label a kind label implies (`Bappeda` → also `Stakeholder`), TPBIS only.
    public var addFamilyLabels = true

    /// The options of `sinergi import`'s defaults: TPBIS schema, errors on conflicts,
    /// relationships deduplicated by start, end, type and event.
    public init() {}

    /// Options for reading a file as it is (round trips, other tools' graphs): no schema, no
    /// deduplication, no family labels added.
    public static var verbatim: ImportOptions {
        var o = ImportOptions()
        o.schema = .none
        o.deduplicate = false
        o.addFamilyLabels = false
        return o
    }
}
