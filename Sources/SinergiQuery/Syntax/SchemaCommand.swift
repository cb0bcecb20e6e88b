// The syntax tree of the schema statements, which stand alone (no clauses around
// them): declaring, dropping and listing (label, property) equality indexes.

/// `CREATE INDEX …`, `DROP INDEX …` or `SHOW INDEXES`.
public enum SchemaCommand: Sendable, Equatable {
    /// `CREATE INDEX [name] [IF NOT EXISTS] FOR (n:Label) ON (n.property)`, or
    /// `CREATE INDEX ON :Label(property)`.
    case createIndex(name: String?, label: String, property: String, ifNotExists: Bool)
    /// `DROP INDEX name [IF EXISTS]`.
    case dropIndexNamed(String, ifExists: Bool)
    /// `DROP INDEX ON :Label(property)`.
    case dropIndexOn(label: String, property: String)
    /// `SHOW INDEX` / `SHOW INDEXES`.
    case showIndexes
}
