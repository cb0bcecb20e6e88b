// The analyst questions of `sinergi-bench --questions`: what TPBIS analysts and
// organizers ask of the national registry (aggregations, top-k, DISTINCT, OPTIONAL
// MATCH, multi-hop joins, UNWIND look-ups, string and list functions, full results
// as CSV and JSON, writes of 10,000 entities), each written once for Sinergi and
// once for Kùzu the way a user of that system would write it. Kùzu has one table
// per specific label and a `key` primary-key column where Sinergi has registry
// keys (`elementId`), so "a stakeholder" is a label union there.

import SinergiGraph

/// One question, in both query languages.
struct AnalystQuestion {
    /// How the answer is produced.
    enum Output: String {
        /// Rows in memory.
        case rows
        /// The rows written as a CSV file.
        case csv
        /// The rows written as a JSON file.
        case json
    }

    /// The name `--only` selects.
    var name: String
    /// What the analyst asks, in a few words.
    var title: String
    /// The statement for Sinergi.
    var sinergi: String
    /// The same question for Kùzu.
    var kuzu: String
    /// True when the row order is part of the answer (ORDER BY), else rows are compared as a multiset.
    var ordered: Bool
    /// Parameters (the same for both).
    var parameters: [String: Value] = [:]
    /// Rows, CSV or JSON.
    var output: Output = .rows
    /// True for a statement that changes the graph (each run starts from the unchanged registry).
    var isWrite = false
}

extension AnalystQuestion {
    /// Kùzu's tables of stakeholders (Sinergi's `Stakeholder` label).
    static let stakeholderTables =
        "Perpusnas:Bappenas:Kemendes:ProvincialLibraryOffice:Bappeda:DPMPD:SynergyTeam:Facilitator:"
        + "RegencyLibraryOffice:VillageLibrary:VillageGovernment"

    /// The questions, for the registry whose Kepulauan Riau office is called `officeName`.
    /// - Complexity: O(1) (a fixed list; the look-up keys are 1,000 strings).
    static func all(officeName: String) -> [AnalystQuestion] {
        let s = stakeholderTables
        let office = QueryBenchmarks.quoted(officeName)
        let keys = Value.list((1...1000).map { .string("village/\($0 * 80)/perpustakaan") })
        let q1 = "MATCH (o:ProvincialLibraryOffice {name: \(office)})-[*1..3]-(s:"
        let libraryList = "RETURN elementId(v) AS key, v.name AS name, v.cohort AS cohort ORDER BY key"
        let kuzuLibraryList = "RETURN v.key AS key, v.name AS name, v.cohort AS cohort ORDER BY key"
        return [
            // The three questions of the first benchmark.
            AnalystQuestion(
                name: "q1-reach-count", title: "stakeholders within 3 hops of the Kepri office",
                sinergi: q1 + "Stakeholder) RETURN count(DISTINCT s) AS stakeholders",
                kuzu: q1 + s + ") RETURN count(DISTINCT s) AS stakeholders", ordered: false),
            AnalystQuestion(
                name: "q2-synergy-gaps", title: "regencies whose library office lacks a Bappeda or DPMPD partner",
                sinergi: QueryBenchmarks.synergyGaps, kuzu: QueryBenchmarks.synergyGaps, ordered: false),
            AnalystQuestion(
                name: "q3-libraries-per-province", title: "village libraries per province (5 hops)",
                sinergi: QueryBenchmarks.librariesPerProvince, kuzu: QueryBenchmarks.librariesPerProvince,
                ordered: true),
            // Aggregation and top-k.
            same(
                "top-coordinators", "regency offices coordinating the most village libraries",
                "MATCH (o:RegencyLibraryOffice)-[:COORDINATES]->(v:VillageLibrary) "
                    + "RETURN o.name AS office, count(v) AS libraries ORDER BY libraries DESC, office LIMIT 20",
                ordered: true),
            same(
                "most-linked-libraries", "village libraries with the most relationships of any kind",
                "MATCH (v:VillageLibrary)-[r]-() RETURN v.name AS library, count(r) AS links "
                    + "ORDER BY links DESC, library LIMIT 20", ordered: true),
            same(
                "top-names", "the 10 greatest names of all nodes",
                "MATCH (n) RETURN n.name AS name ORDER BY name DESC LIMIT 10", ordered: true),
            same(
                "distinct-village-names", "DPMPD offices by the distinct names of the villages they coordinate",
                "MATCH (d:DPMPD)-[:COORDINATES]->(g:VillageGovernment) "
                    + "RETURN d.name AS dpmpd, count(DISTINCT g.name) AS names ORDER BY names DESC, dpmpd LIMIT 10",
                ordered: true),
            same(
                "funding-per-year", "Perpusnas grants to village libraries per year",
                "MATCH (:Perpusnas)-[f:FUNDS]->(v:VillageLibrary) RETURN f.year AS year, count(*) AS grants "
                    + "ORDER BY year", ordered: true),
            same(
                "beneficiary-cohorts", "beneficiary regency offices per cohort, with the first name",
                "MATCH (o:RegencyLibraryOffice) WHERE o.beneficiary = true "
                    + "RETURN o.cohort AS cohort, count(*) AS offices, min(o.name) AS first ORDER BY cohort",
                ordered: true),
            same(
                "replication-generations", "replicating libraries per generation and their distinct models",
                "MATCH (v:VillageLibrary)-[:REPLICATED_FROM]->(m:VillageLibrary) "
                    + "RETURN v.generation AS generation, count(*) AS libraries, count(DISTINCT m) AS models "
                    + "ORDER BY generation", ordered: true),
            same(
                "postal-codes", "the postal codes shared by the most villages",
                "MATCH (v:Village) RETURN v.postalCode AS code, count(*) AS villages ORDER BY villages DESC, code LIMIT 5",
                ordered: true),
            // String predicates and functions.
            same(
                "name-contains", "village libraries whose name contains 'Sari'",
                "MATCH (v:VillageLibrary) WHERE v.name CONTAINS 'Sari' RETURN count(*) AS libraries", ordered: false),
            same(
                "name-starts-with", "villages whose name starts with 'Suka'",
                "MATCH (v:Village) WHERE v.name STARTS WITH 'Suka' RETURN count(*) AS villages", ordered: false),
            same(
                "name-regex", "villages whose name matches 'Suka.*a'",
                "MATCH (v:Village) WHERE v.name =~ 'Suka.*a' RETURN count(*) AS villages", ordered: false),
            AnalystQuestion(
                name: "initials", title: "the commonest first letters of village names",
                sinergi: "MATCH (v:Village) RETURN toUpper(left(v.name, 1)) AS initial, count(*) AS villages "
                    + "ORDER BY villages DESC, initial LIMIT 5",
                kuzu: "MATCH (v:Village) RETURN upper(left(v.name, 1)) AS initial, count(*) AS villages "
                    + "ORDER BY villages DESC, initial LIMIT 5", ordered: true),
            same(
                "name-lengths", "mean and longest village library name",
                "MATCH (v:VillageLibrary) RETURN avg(size(v.name)) AS mean, max(size(v.name)) AS longest",
                ordered: false),
            // DISTINCT, lists, OPTIONAL MATCH.
            AnalystQuestion(
                name: "stakeholder-levels", title: "the levels stakeholders work at",
                sinergi: "MATCH (s:Stakeholder) RETURN DISTINCT s.level AS level ORDER BY level",
                kuzu: "MATCH (s:\(s)) RETURN DISTINCT s.level AS level ORDER BY level", ordered: true),
            same(
                "districts-per-regency", "regencies with the most districts (collect)",
                "MATCH (d:District)-[:PART_OF]->(r:Regency) WITH r, collect(d.name) AS districts "
                    + "RETURN r.name AS regency, size(districts) AS n ORDER BY n DESC, regency LIMIT 10",
                ordered: true),
            AnalystQuestion(
                name: "even-district-ids", title: "regencies by districts with an even region id (list filter)",
                sinergi: "MATCH (r:Regency)<-[:PART_OF]-(d:District) WITH r, collect(d.regionId) AS ids "
                    + "RETURN r.name AS regency, size([i IN ids WHERE i % 2 = 0]) AS even "
                    + "ORDER BY even DESC, regency LIMIT 5",
                kuzu: "MATCH (r:Regency)<-[:PART_OF]-(d:District) WITH r, collect(d.regionId) AS ids "
                    + "RETURN r.name AS regency, size(list_filter(ids, i -> i % 2 = 0)) AS even "
                    + "ORDER BY even DESC, regency LIMIT 5", ordered: true),
            same(
                "unmentored-libraries", "village libraries no facilitator mentors (OPTIONAL MATCH)",
                "MATCH (v:VillageLibrary) OPTIONAL MATCH (f:Facilitator)-[m:MENTORS]->(v) "
                    + "WITH v, count(m) AS mentors WHERE mentors = 0 RETURN count(v) AS unmentored", ordered: false),
            same(
                "city-districts", "cities (Kota) by their districts (OPTIONAL MATCH)",
                "MATCH (r:Regency) WHERE r.kind = 'Kota' OPTIONAL MATCH (r)<-[:PART_OF]-(d:District) "
                    + "RETURN r.name AS city, count(d) AS districts ORDER BY districts DESC, city LIMIT 5",
                ordered: true),
            // Multi-hop joins.
            same(
                "beneficiaries-per-regency", "regencies with the most beneficiary village libraries (4 hops)",
                "MATCH (v:VillageLibrary {beneficiary: true})-[:LOCATED_IN]->(:Village)-[:PART_OF]->(:District)"
                    + "-[:PART_OF]->(r:Regency) RETURN r.name AS regency, count(*) AS beneficiaries "
                    + "ORDER BY beneficiaries DESC, regency LIMIT 10", ordered: true),
            same(
                "library-government-pairs", "libraries partnered with the government of their own village (cycle)",
                "MATCH (v:VillageLibrary)-[:PARTNERS_WITH]-(g:VillageGovernment), "
                    + "(v)-[:LOCATED_IN]->(x:Village)<-[:LOCATED_IN]-(g) RETURN count(*) AS pairs", ordered: false),
            same(
                "role-model-copies", "role models with the most replicating libraries",
                "MATCH (v:VillageLibrary) WHERE v.roleModel = true MATCH (v)<-[:REPLICATED_FROM]-(c:VillageLibrary) "
                    + "RETURN v.name AS model, count(c) AS copies ORDER BY copies DESC, model LIMIT 10",
                ordered: true),
            same(
                "partnership-kinds", "partnerships by kind with the earliest date",
                "MATCH (a)-[p:PARTNERS_WITH]->(b) WHERE p.kind IS NOT NULL "
                    + "RETURN p.kind AS kind, count(*) AS partnerships, min(p.since) AS earliest ORDER BY kind",
                ordered: true),
            same(
                "meeting-attendance", "the best-attended stakeholder meetings",
                "MATCH (s)-[a:ATTENDED]->(e:SHM) RETURN e.name AS meeting, count(s) AS attendees, "
                    + "count(a.seats) AS seats ORDER BY attendees DESC, meeting LIMIT 5", ordered: true),
            // Look-ups without an index.
            same(
                "lookup-by-name", "every node called 'Perpustakaan Desa Sukamaju' (no label, no index)",
                "MATCH (n {name: 'Perpustakaan Desa Sukamaju'}) RETURN count(*) AS nodes", ordered: false),
            AnalystQuestion(
                name: "lookup-by-region-id", title: "the node with region id 40000 (no label, no index)",
                sinergi: "MATCH (n {regionId: 40000}) RETURN elementId(n) AS key",
                kuzu: "MATCH (n {regionId: 40000}) RETURN n.key AS key", ordered: false),
            AnalystQuestion(
                name: "unwind-key-lookups", title: "1,000 village libraries by key (UNWIND)",
                sinergi: "UNWIND $keys AS k MATCH (v:VillageLibrary) WHERE elementId(v) = k "
                    + "RETURN v.name AS name ORDER BY name",
                kuzu: "UNWIND $keys AS k MATCH (v:VillageLibrary) WHERE v.key = k RETURN v.name AS name ORDER BY name",
                ordered: true, parameters: ["keys": keys]),
            same(
                "unwind-property-lookups", "1,000 villages by region id (UNWIND, no index)",
                "UNWIND range(1, 1000) AS i MATCH (x:Village {regionId: i}) "
                    + "RETURN count(x) AS villages, sum(size(x.name)) AS letters", ordered: false),
            // Whole results.
            AnalystQuestion(
                name: "library-list", title: "all 82,503 village libraries by key (rows)",
                sinergi: "MATCH (v:VillageLibrary) " + libraryList, kuzu: "MATCH (v:VillageLibrary) " + kuzuLibraryList,
                ordered: true),
            AnalystQuestion(
                name: "library-list-csv", title: "all village libraries by key, written as CSV",
                sinergi: "MATCH (v:VillageLibrary) " + libraryList, kuzu: "MATCH (v:VillageLibrary) " + kuzuLibraryList,
                ordered: true, output: .csv),
            AnalystQuestion(
                name: "library-list-json", title: "all village libraries by key, written as JSON",
                sinergi: "MATCH (v:VillageLibrary) " + libraryList, kuzu: "MATCH (v:VillageLibrary) " + kuzuLibraryList,
                ordered: true, output: .json),
            // Writes of 10,000 entities in one statement.
            AnalystQuestion(
                name: "create-10k-nodes", title: "CREATE 10,000 partners",
                sinergi: "UNWIND range(1, 10000) AS i "
                    + "CREATE (p:Stakeholder:Partner {key: 'mitra/' + toString(i), name: 'Mitra ' + toString(i)}) "
                    + "RETURN count(p) AS created",
                kuzu: "UNWIND range(1, 10000) AS i "
                    + "CREATE (p:Partner {key: 'mitra/' + string(i), name: 'Mitra ' + string(i)}) "
                    + "RETURN count(p) AS created", ordered: false, isWrite: true),
            AnalystQuestion(
                name: "merge-10k-nodes", title: "MERGE 10,000 partners by key",
                sinergi: "UNWIND range(1, 10000) AS i MERGE (p:Partner {key: 'mitra/' + toString(i)}) "
                    + "RETURN count(p) AS partners",
                kuzu: "UNWIND range(1, 10000) AS i MERGE (p:Partner {key: 'mitra/' + string(i)}) "
                    + "RETURN count(p) AS partners", ordered: false, isWrite: true),
            same(
                "merge-10k-relationships", "MERGE a FUNDS from 10,000 village governments to their library",
                "MATCH (v:VillageLibrary)-[:PARTNERS_WITH]-(g:VillageGovernment) WITH v, g ORDER BY v.name, g.name "
                    + "LIMIT 10000 MERGE (g)-[f:FUNDS]->(v) RETURN count(f) AS funds", ordered: false, isWrite: true),
            same(
                "set-10k-properties", "SET the postal code of 10,000 villages",
                "MATCH (v:Village) WHERE v.regionId <= 10000 SET v.postalCode = '00000' RETURN count(v) AS changed",
                ordered: false, isWrite: true),
            same(
                "create-10k-relationships", "CREATE 10,000 grants from Perpusnas",
                "MATCH (p:Perpusnas), (v:VillageLibrary) WHERE v.cohort IS NULL WITH p, v ORDER BY v.name LIMIT 10000 "
                    + "CREATE (p)-[f:FUNDS {year: 2025}]->(v) RETURN count(f) AS grants", ordered: false,
                isWrite: true),
        ]
    }

    /// A question written the same way in both languages.
    static func same(
        _ name: String, _ title: String, _ text: String, ordered: Bool, isWrite: Bool = false
    ) -> AnalystQuestion {
        AnalystQuestion(name: name, title: title, sinergi: text, kuzu: text, ordered: ordered, isWrite: isWrite)
    }
}
