// The query issue's benchmarks: three questions the TPBIS users ask, written in
// the query language and run in-process through `QueryEngine.execute` on the
// loaded registry. The peers' script runs the same questions on Kùzu.

import Foundation
import SinergiGraph
import SinergiQuery

/// The query benchmarks and their texts.
enum QueryBenchmarks {
    /// Q1: distinct stakeholders within three hops (any type, any direction) of one provincial office.
    static func reachCount(officeName: String) -> String {
        "MATCH (o:ProvincialLibraryOffice {name: \(quoted(officeName))})-[*1..3]-(s:Stakeholder) "
            + "RETURN count(DISTINCT s) AS stakeholders"
    }

    /// Q2: regencies whose library office lacks a partnership with its Bappeda or its DPMPD.
    static let synergyGaps = """
        MATCH (r:Regency)<-[:LOCATED_IN]-(l:RegencyLibraryOffice), (r)<-[:LOCATED_IN]-(b:Bappeda), \
        (r)<-[:LOCATED_IN]-(d:DPMPD) \
        WHERE NOT EXISTS { MATCH (l)-[:PARTNERS_WITH]-(b) } OR NOT EXISTS { MATCH (l)-[:PARTNERS_WITH]-(d) } \
        RETURN count(DISTINCT r) AS regencies
        """

    /// Q2 written with pattern predicates instead of EXISTS subqueries.
    static let synergyGapsPatternPredicate = """
        MATCH (r:Regency)<-[:LOCATED_IN]-(l:RegencyLibraryOffice), (r)<-[:LOCATED_IN]-(b:Bappeda), \
        (r)<-[:LOCATED_IN]-(d:DPMPD) \
        WHERE NOT (l)-[:PARTNERS_WITH]-(b) OR NOT (l)-[:PARTNERS_WITH]-(d) \
        RETURN count(DISTINCT r) AS regencies
        """

    /// Q3: village libraries per province, most first.
    static let librariesPerProvince = """
        MATCH (v:VillageLibrary)-[:LOCATED_IN]->(:Village)-[:PART_OF]->(:District)-[:PART_OF]->(:Regency)\
        -[:PART_OF]->(p:Province) \
        RETURN p.name AS province, count(*) AS libraries ORDER BY libraries DESC, province
        """

    /// The benchmarks, reading and running on `subject.graph`.
    static func all(_ subject: BenchSubject) -> [Benchmark] {
        let q1 = reachCount(officeName: subject.officeName)
        return [
            Benchmark(name: "q1-reach-count", group: "query") { try run(q1, subject) },
            Benchmark(name: "q2-synergy-gaps", group: "query") { try run(synergyGaps, subject) },
            Benchmark(name: "q2-synergy-gaps-pattern", group: "query") {
                try run(synergyGapsPatternPredicate, subject)
            },
            Benchmark(name: "q3-libraries-per-province", group: "query") { try run(librariesPerProvince, subject) },
        ]
    }

    /// Runs one statement; the answer is the first row (and the row count when there are several).
    static func run(_ source: String, _ subject: BenchSubject) throws -> String {
        let result = try QueryEngine.execute(source, on: &subject.graph)
        let first = result.rows.first.map { row in row.map(describe).joined(separator: " ") } ?? "no rows"
        return result.rows.count == 1 ? first : "\(result.rows.count) rows, first: \(first)"
    }

    static func describe(_ value: Value) -> String {
        switch value {
        case .int(let i): return String(i)
        case .string(let s): return s
        case .double(let d): return String(d)
        default: return "\(value)"
        }
    }

    /// A string literal in the query language.
    static func quoted(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
