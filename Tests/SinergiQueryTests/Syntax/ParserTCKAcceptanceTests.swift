// Runs the parser over every query in the TCK feature files: queries of
// scenarios that do not expect a compile-time SyntaxError must parse; for the
// ones that do, the number the parser already rejects is reported (many of
// those errors are semantic and belong to the binder).

import Testing

@testable import SinergiQuery

@Suite("Parser accepts the TCK queries")
struct ParserTCKAcceptanceTests {
    static let requiredFolders =
        [
            "match", "match-where", "return", "return-orderby", "return-skip-limit", "with", "with-where",
            "with-orderBy", "with-skip-limit", "unwind", "union", "create", "merge", "set", "remove", "delete", "call",
        ].map { "clauses/" + $0 }
        + [
            "aggregation", "boolean", "comparison", "conditional", "graph", "list", "literals", "map",
            "mathematical", "null", "path", "pattern", "precedence", "string", "typeConversion", "quantifier",
            "existentialSubqueries",
        ].map { "expressions/" + $0 }

    static let otherFolders = ["expressions/temporal", "useCases/countingSubgraphMatches", "useCases/triadicSelection"]

    struct Figures: CustomStringConvertible {
        var valid = 0
        var validAccepted = 0
        var failures: [String] = []
        var invalid = 0
        var invalidRejected = 0
        var rejectedByCode: [String: (total: Int, rejected: Int)] = [:]

        var description: String {
            var text = "valid queries accepted: \(validAccepted)/\(valid); "
            text += "compile-time SyntaxError queries rejected by the parser: \(invalidRejected)/\(invalid)"
            for (code, counts) in rejectedByCode.sorted(by: { $0.key < $1.key }) {
                text += "\n  \(code): \(counts.rejected)/\(counts.total)"
            }
            return text
        }
    }

    static func measure(_ folders: [String]) throws -> Figures {
        var figures = Figures()
        for query in try SyntaxTCKQueries.load(folders: folders) {
            var error: QueryError?
            do { _ = try Parser.parse(query.text) } catch let e { error = e }
            if let code = query.expectedSyntaxError {
                figures.invalid += 1
                var counts = figures.rejectedByCode[code] ?? (0, 0)
                counts.total += 1
                if error != nil {
                    figures.invalidRejected += 1
                    counts.rejected += 1
                }
                figures.rejectedByCode[code] = counts
            } else {
                figures.valid += 1
                if let error {
                    figures.failures.append("\(query.origin)\n\(error.render(source: query.text))")
                } else {
                    figures.validAccepted += 1
                }
            }
        }
        return figures
    }

    @Test("every valid query in the required folders parses")
    func requiredFolders() throws {
        let figures = try Self.measure(Self.requiredFolders)
        print("TCK required folders: \(figures)")
        // The vendored TCK's figures: a loader that misses a file (CRLF line ends did) fails here.
        #expect(figures.valid == 3152 && figures.invalid == 585, "\(figures)")
        #expect(
            figures.failures.isEmpty,
            "\(figures.failures.count) valid queries rejected:\n\(figures.failures.prefix(20).joined(separator: "\n\n"))"
        )
    }

    @Test("every valid query in the other folders parses")
    func otherFolders() throws {
        let figures = try Self.measure(Self.otherFolders)
        print("TCK other folders: \(figures)")
        #expect(figures.valid == 1097 && figures.invalid == 0, "\(figures)")
        #expect(
            figures.failures.isEmpty,
            "\(figures.failures.count) valid queries rejected:\n\(figures.failures.prefix(20).joined(separator: "\n\n"))"
        )
    }

    @Test("parse-time TCK error codes are raised by the parser with the right code")
    func parseTimeCodes() throws {
        let parserCodes: Set<String> = [
            "InvalidNumberLiteral", "InvalidUnicodeLiteral", "InvalidUnicodeCharacter", "IntegerOverflow",
            "FloatingPointOverflow", "InvalidRelationshipPattern", "UnexpectedSyntax", "InvalidClauseComposition",
            "InvalidParameterUse",
        ]
        var mismatches: [String] = []
        var checked = 0
        for query in try SyntaxTCKQueries.load(folders: Self.requiredFolders) {
            guard let code = query.expectedSyntaxError, parserCodes.contains(code) else { continue }
            checked += 1
            do {
                _ = try Parser.parse(query.text)
                mismatches.append("\(query.origin): accepted, expected \(code)")
            } catch {
                if error.code.rawValue != code {
                    mismatches.append("\(query.origin): got \(error.code.rawValue), expected \(code)")
                }
            }
        }
        #expect(checked == 46, "the vendored TCK has 46 queries expecting a parse-time code")
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }
}
