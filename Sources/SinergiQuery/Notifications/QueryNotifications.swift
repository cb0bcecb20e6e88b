// The notifications stage: after a statement parsed and bound, every label, relationship
// type and property key it names is compared with the names the registry has seen. A read
// of an unknown name warns with the nearest known one (Neo4j's UnknownLabelWarning); a
// write of a new name warns, and a write of a new name one typo away from a known one is
// refused so the typo never reaches the registry. It runs beside the engine, before it:
// nothing here plans or executes.

import SinergiGraph
import SinergiText

/// What the notifications stage found in one statement.
public struct QueryCheck: Sendable, Equatable {
    /// The notifications, in source order (one per name and kind of name).
    public var notifications: [QueryNotification]
    /// The names the statement may add to the registry (new labels, types and keys it writes).
    public var written: QueryVocabulary

    /// True when a notification refuses the statement.
    public var refuses: Bool { notifications.contains(where: \.refuses) }
}

/// Checks the names a statement uses against the names a registry knows.
///
/// ```swift
/// let check = QueryNotifications.check(
///     "MATCH (o:RegencyLibaryOffice) RETURN o", known: QueryVocabulary(graph))
/// check.notifications[0].code         // .unknownLabel
/// check.notifications[0].suggestions  // ["RegencyLibraryOffice"]
/// ```
public enum QueryNotifications {
    /// The notifications for `source`, one statement.
    ///
    /// - Parameters:
    ///   - known: the names the registry has seen (`QueryVocabulary(graph)`), plus those earlier
    ///     statements of the same script write.
    ///   - declared: names a schema declares; writing one for the first time is no news, and a
    ///     new name near one of them is a misspelling too.
    ///   - allowed: names the user asked to write although they look misspelt (`--allow`).
    /// - Returns: nothing for a statement that does not parse or bind (the engine reports that),
    ///   and for schema commands.
    /// - Complexity: O(n log n) in the length of the statement, plus O(c · L²) per unknown name
    ///   for the c known names of its kind (`NameSuggestions`).
    public static func check(
        _ source: String, known: QueryVocabulary, declared: QueryVocabulary = .init(),
        allowed: Set<String> = [], procedures: ProcedureRegistry = .standard
    ) -> QueryCheck {
        var parser = Parser(source)
        let statement: Statement
        do throws(QueryError) {
            if try parser.schemaCommandIfAny() != nil { return QueryCheck(notifications: [], written: .init()) }
            statement = try parser.parseSingleStatement()
            _ = try Binder.bind(statement.query, procedures: procedures, parameters: nil)
        } catch {
            return QueryCheck(notifications: [], written: .init())
        }
        let walk = QueryNameUses.of(statement, source: source)
        var result = check(walk.uses, known: known, declared: declared, allowed: allowed)
        // Under a schema every node has a kind: one written without a label is no stakeholder
        // and no region (check reports it), so say so before it is written.
        if !declared.labels.isEmpty, let first = walk.unlabelledWrites.first {
            result.notifications.append(
                QueryNotification(
                    code: .unlabelledNode, subject: .label, name: "", suggestions: [], location: first,
                    message: Message(.queryUnlabelledNode)))
            result.notifications.sort { $0.location < $1.location }
        }
        return result
    }

    static func check(
        _ uses: [QueryNameUse], known: QueryVocabulary, declared: QueryVocabulary, allowed: Set<String>
    ) -> QueryCheck {
        var written = QueryVocabulary()
        var out: [QueryNotification] = []
        var reported: Set<[String]> = []
        func first(_ use: QueryNameUse) -> Bool { reported.insert(["\(use.subject)", use.name]).inserted }
        for use in uses where use.writes && !known[use.subject].contains(use.name) {
            written[use.subject].insert(use.name)
            guard first(use), !allowed.contains(use.name), !declared[use.subject].contains(use.name) else { continue }
            let candidates = known[use.subject].union(declared[use.subject]).sorted()
            if let near = NameSuggestions.misspelling(of: use.name, among: candidates) {
                out.append(notification(use, refused: true, suggestions: [near]))
            } else {
                out.append(notification(use, refused: false, suggestions: []))
            }
        }
        for use in uses where !use.writes {
            guard !known[use.subject].contains(use.name), !written[use.subject].contains(use.name), first(use)
            else { continue }
            let near = NameSuggestions.nearest(to: use.name, among: known[use.subject].sorted(), limit: 1)
            out.append(notification(use, refused: false, suggestions: near))
        }
        out.sort { $0.location < $1.location }
        return QueryCheck(notifications: out, written: written)
    }

    private static func notification(_ use: QueryNameUse, refused: Bool, suggestions: [String])
        -> QueryNotification
    {
        let code: QueryNotificationCode
        let key: MessageKey
        switch (use.subject, use.writes, refused) {
        case (.label, false, _): (code, key) = (.unknownLabel, .queryUnknownLabel)
        case (.relationshipType, false, _): (code, key) = (.unknownRelationshipType, .queryUnknownType)
        case (.property, false, _): (code, key) = (.unknownProperty, .queryUnknownProperty)
        case (.label, true, false): (code, key) = (.newLabel, .queryNewLabel)
        case (.relationshipType, true, false): (code, key) = (.newRelationshipType, .queryNewType)
        case (.property, true, false): (code, key) = (.newProperty, .queryNewProperty)
        case (.label, true, true): (code, key) = (.misspeltLabel, .queryMisspeltLabel)
        case (.relationshipType, true, true): (code, key) = (.misspeltRelationshipType, .queryMisspeltType)
        case (.property, true, true): (code, key) = (.misspeltProperty, .queryMisspeltProperty)
        }
        // A refusal names the known name in its sentence; a warning ends with "did you mean".
        let message =
            refused
            ? Message(key, ["name": .text(use.name), "near": .text(suggestions.first ?? "")])
            : Message(key, ["name": .text(use.name)]).suggesting(suggestions)
        return QueryNotification(
            code: code, subject: use.subject, name: use.name, suggestions: suggestions, location: use.location,
            message: message)
    }
}
