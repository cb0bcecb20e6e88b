// What an import does when a row means an entity that exists already: the one policy of
// every importer (CSV, JSON lines, GraphML, attendance sheets).

/// What to do when an imported node or relationship exists already — the same key, or the
/// same identity (a keyless row naming a stakeholder that is there; a relationship with the
/// same ends, type and meeting).
public enum ImportConflictPolicy: String, Sendable, CaseIterable {
    /// Report an error (the default): nothing is imported.
    case error
    /// Replace the existing entity's labels (or type) and properties.
    case replace
    /// Keep the existing entity and skip the imported row.
    case skip
}
