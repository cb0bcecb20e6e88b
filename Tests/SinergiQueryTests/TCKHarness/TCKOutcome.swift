// What running one scenario came to: passed, failed with a reason (and a
// short category for grouping failures), or not run (the harness
// or engine lacks something the scenario needs, or it is on skipped.txt).

/// The result of one scenario.
enum TCKStatus: Equatable, Sendable {
    case passed
    /// `category` groups failures (e.g. `SyntaxError.UnexpectedSyntax raised unexpectedly`);
    /// `detail` is the full explanation.
    case failed(category: String, detail: String)
    case notRun(reason: String)

    var isPassed: Bool { self == .passed }
}

/// One scenario's status, with what is needed to report it.
struct TCKOutcome: Sendable {
    var id: String
    var folder: String
    var name: String
    /// `features/<file>:<line>` of the scenario (or outline) header.
    var location: String
    var status: TCKStatus
}
