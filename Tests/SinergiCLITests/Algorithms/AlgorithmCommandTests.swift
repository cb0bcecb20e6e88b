// The algorithm commands (reach, path, gaps, spread, centrality) on graphs/tpbis.jsonl,
// compared word for word with golden transcripts, plus their usage and data errors.
// Regenerate with SINERGI_UPDATE_GOLDEN=1 (help texts are covered by HelpAndErrorTests).
import Foundation
import SinergiCLI
import Testing

@Suite(.serialized) struct AlgorithmCommandTests {
    static let registry = ["-r", "graphs/tpbis.jsonl"]

    @Test func gapsOnTheTPBISRegistry() {
        GoldenTranscript.check("gaps-tpbis", ["gaps"] + Self.registry)
        GoldenTranscript.check(
            "gaps-tpbis-province-markdown",
            ["gaps"] + Self.registry + ["--province", "Kepulauan Riau", "--format", "markdown"])
        // The whole triangle: Bintan's Bappeda and DPMPD do not partner each other.
        GoldenTranscript.check(
            "gaps-tpbis-province-bappeda-dpmpd",
            ["gaps"] + Self.registry + ["--province", "Kepulauan Riau", "--bappeda-dpmpd", "--format", "markdown"])
        GoldenTranscript.check("gaps-tpbis-unconnected", ["gaps"] + Self.registry + ["--kind", "unconnected"])
        GoldenTranscript.check(
            "gaps-tpbis-fragile", ["gaps"] + Self.registry + ["--kind", "fragile", "--format", "csv"])
        GoldenTranscript.check(
            "gaps-tpbis-fragile-top",
            ["gaps"] + Self.registry + ["--kind", "fragile", "--top", "3", "--province", "Jambi"])
        GoldenTranscript.check(
            "gaps-tpbis-unconnected-partnerships",
            ["gaps"] + Self.registry + ["--kind", "unconnected", "--types", "PARTNERS_WITH", "--province", "jambi"])
        GoldenTranscript.check("gaps-tpbis-components", ["gaps"] + Self.registry + ["--kind", "components"])
        GoldenTranscript.check(
            "gaps-tpbis-recommend", ["gaps"] + Self.registry + ["--kind", "recommend", "--k", "3", "--format", "jsonl"])
        // in one province the greedy runs among its groups: the reasons say pick 1, 2, 3, 4
        GoldenTranscript.check(
            "gaps-tpbis-recommend-province",
            ["gaps"] + Self.registry + ["--kind", "recommend", "--province", "Jambi", "--format", "csv"])
        // the office the unconnected report lists has no path through stakeholders either
        GoldenTranscript.check(
            "path-tpbis-unconnected-office",
            ["path"] + Self.registry + ["--from", "jambi/kota-jambi/dinas-perpustakaan", "--to", "perpusnas"])
        GoldenTranscript.check(
            "path-tpbis-through-meetings",
            ["path"] + Self.registry + [
                "--from", "jambi/kota-jambi/dinas-perpustakaan", "--to", "perpusnas", "--label", "*",
            ])
    }

    @Test func reachAndPathOnTheTPBISRegistry() {
        GoldenTranscript.check(
            "reach-tpbis", ["reach"] + Self.registry + ["--from", "kepri/dinas-perpustakaan", "--hops", "1"])
        GoldenTranscript.check(
            "reach-tpbis-by-regency",
            ["reach"] + Self.registry + [
                "--from", "perpusnas", "--types", "FUNDS,COORDINATES,MENTORS", "--direction", "outgoing", "--by",
                "regency",
            ])
        GoldenTranscript.check(
            "reach-tpbis-by-label",
            ["reach"] + Self.registry + [
                "--from", "kepri/bintan/dinas-perpustakaan", "--from", "jambi/dinas-perpustakaan", "--by", "label",
                "--format", "tsv", "--quiet",
            ])
        GoldenTranscript.check(
            "path-tpbis",
            ["path"] + Self.registry + ["--from", "kepri/bintan/toapaya-utara/perpustakaan-desa", "--to", "perpusnas"])
        GoldenTranscript.check(
            "path-tpbis-none",
            ["path"] + Self.registry + [
                "--from", "jambi/dinas-perpustakaan", "--to", "perpusnas", "--types", "PARTNERS_WITH",
            ])
    }

    @Test func spreadOnTheTPBISRegistry() {
        GoldenTranscript.check("spread-tpbis", ["spread"] + Self.registry)
        GoldenTranscript.check("spread-tpbis-province", ["spread"] + Self.registry + ["--kind", "province"])
        GoldenTranscript.check(
            "spread-tpbis-cohort", ["spread"] + Self.registry + ["--kind", "cohort", "--format", "json"])
        GoldenTranscript.check(
            "spread-tpbis-forecast",
            ["spread"] + Self.registry + [
                "--kind", "forecast", "--runs", "500", "--random-seed", "7", "--format", "csv",
            ])
        GoldenTranscript.check(
            "spread-tpbis-forecast-lt",
            ["spread"] + Self.registry + [
                "--kind", "forecast", "--model", "lt", "--seed-node", "kepri/dinas-perpustakaan", "--types",
                "COORDINATES,MENTORS,REPLICATED_FROM", "--direction", "outgoing", "--format", "csv",
            ])
        GoldenTranscript.check(
            "spread-tpbis-best-seeds",
            ["spread"] + Self.registry + [
                "--kind", "best-seeds", "--k", "3", "--method", "celf", "--runs", "100", "--candidates", "Stakeholder",
            ])
        GoldenTranscript.check(
            "spread-tpbis-best-seeds-rr",
            ["spread"] + Self.registry + ["--kind", "best-seeds", "--k", "2", "--exclude", "perpusnas"])
        GoldenTranscript.check(
            "spread-tpbis-best-seeds-by-province",
            ["spread"] + Self.registry + [
                "--kind", "best-seeds", "--k", "4", "--candidates", "Stakeholder", "--by", "province",
            ])
        GoldenTranscript.check(
            "spread-tpbis-forecast-top",
            ["spread"] + Self.registry + ["--kind", "forecast", "--top", "3", "--province", "Jambi"])
        GoldenTranscript.check(
            "spread-tpbis-forecast-by-regency",
            ["spread"] + Self.registry + ["--kind", "forecast", "--by", "regency", "--format", "csv"])
        // the registry records four replications, all in 2023, and no earlier cohort
        GoldenTranscript.check(
            "error-spread-calibrate-no-history", ["spread"] + Self.registry + ["--kind", "calibrate"])
    }

    /// Role models are counted one way: the lineage report and the forecast it seeds name the same number.
    @Test(arguments: [[], ["--province", "Jambi"], ["--province", "Kepulauan Riau"]])
    func lineageAndForecastCountTheSameRoleModels(_ place: [String]) throws {
        let lineage = GoldenTranscript.transcript(["spread"] + Self.registry + place)
        let forecast = GoldenTranscript.transcript(
            ["spread"] + Self.registry + ["--kind", "forecast", "--runs", "10"] + place)
        let models = try #require(try Regex("([0-9]+) role models?").firstMatch(in: lineage))
        let seeds = try #require(try Regex("from ([0-9]+) seeds?").firstMatch(in: forecast))
        #expect(models.output[1].substring == seeds.output[1].substring, "\(lineage)\n\(forecast)")
    }

    @Test func centralityOnTheTPBISRegistry() {
        GoldenTranscript.check("centrality-tpbis", ["centrality"] + Self.registry + ["--top", "5"])
        GoldenTranscript.check(
            "centrality-tpbis-betweenness",
            ["centrality"] + Self.registry + [
                "--measure", "betweenness", "--top", "5", "--samples", "16", "--random-seed", "7",
            ])
        GoldenTranscript.check(
            "centrality-tpbis-pagerank",
            ["centrality"] + Self.registry + ["--measure", "pagerank", "--top", "5", "--format", "markdown"])
    }

    @Test func stochasticOutputIsTheSameForTheSameSeed() {
        let forecast = ["spread"] + Self.registry + ["--kind", "forecast", "--runs", "300", "--random-seed", "5"]
        #expect(GoldenTranscript.transcript(forecast) == GoldenTranscript.transcript(forecast))
        let other = ["spread"] + Self.registry + ["--kind", "forecast", "--runs", "300", "--random-seed", "6"]
        #expect(GoldenTranscript.transcript(forecast) != GoldenTranscript.transcript(other))
    }

    @Test func dotDrawsTheAnswer() {
        let registry = GoldenTranscript.repositoryRoot.appendingPathComponent("graphs/tpbis.jsonl").path
        let dot = GoldenTranscript.capture(["gaps", "-r", registry, "--province", "Jambi", "--format", "dot"])
        #expect(dot.contains("digraph"))
        #expect(dot.contains("jambi/muarojambi/dpmpd"))
        #expect(!dot.contains("kepri/"))
        let path = GoldenTranscript.capture(
            [
                "path", "-r", registry, "--from", "kepri/bintan/toapaya-utara/perpustakaan-desa", "--to", "perpusnas",
                "--format", "dot",
            ])
        #expect(path.contains("REPLICATED_FROM") && path.contains("FUNDS"))
    }

    @Test func unknownKeysExit1() {
        GoldenTranscript.check("error-reach-unknown-key", ["reach"] + Self.registry + ["--from", "nobody"])
        GoldenTranscript.check(
            "error-path-unknown-key", ["path"] + Self.registry + ["--from", "perpusnas", "--to", "nowhere"])
        GoldenTranscript.check(
            "error-spread-unknown-key", ["spread"] + Self.registry + ["--kind", "forecast", "--seed-node", "nobody"])
        GoldenTranscript.check("error-gaps-unknown-province", ["gaps"] + Self.registry + ["--province", "Atlantis"])
        GoldenTranscript.check(
            "error-spread-misspelt-province",
            ["spread"] + Self.registry + ["--kind", "best-seeds", "--province", "Kepulauan Riaw"])
        GoldenTranscript.check(
            "error-spread-misspelt-label",
            ["spread"] + Self.registry + ["--kind", "best-seeds", "--candidates", "VilageLibrary"])
    }

    /// An algorithm's refusal of a property value is a catalogue message in the run's language:
    /// 'kind' is text on partnerships, so it is no weight.
    @Test func anUnusableWeightIsRefusedInTheRunsLanguage() {
        let path =
            ["path"] + Self.registry + [
                "--from", "kepri/bintan/dinas-perpustakaan", "--to", "jambi/dinas-perpustakaan",
            ]
        GoldenTranscript.check("error-path-unusable-weight", path + ["--weight", "kind"])
        GoldenTranscript.check("id/error-path-unusable-weight", path + ["--weight", "kind", "--lang", "id"])
        // the total cost is written as the run's language writes decimals (1,0), as the table is
        GoldenTranscript.check(
            "id/path-weighted-total",
            ["path"] + Self.registry + [
                "--from", "jambi/dinas-perpustakaan", "--to", "perpusnas", "--weight", "seats", "--lang", "id",
            ])
    }

    @Test func badOptionValuesExit64() {
        GoldenTranscript.check("error-reach-missing-from", ["reach"] + Self.registry)
        GoldenTranscript.check(
            "error-reach-bad-hops", ["reach"] + Self.registry + ["--from", "perpusnas", "--hops", "-1"])
        GoldenTranscript.check(
            "error-reach-bad-direction", ["reach"] + Self.registry + ["--from", "perpusnas", "--direction", "up"])
        GoldenTranscript.check("error-gaps-bad-kind", ["gaps"] + Self.registry + ["--kind", "holes"])
        GoldenTranscript.check("error-gaps-k-without-recommend", ["gaps"] + Self.registry + ["--k", "3"])
        GoldenTranscript.check(
            "error-gaps-bappeda-dpmpd-without-synergy",
            ["gaps"] + Self.registry + ["--kind", "fragile", "--bappeda-dpmpd"])
        GoldenTranscript.check(
            "error-spread-bad-model", ["spread"] + Self.registry + ["--kind", "forecast", "--model", "sir"])
        GoldenTranscript.check(
            "error-spread-bad-runs", ["spread"] + Self.registry + ["--kind", "forecast", "--runs", "0"])
        GoldenTranscript.check(
            "error-spread-runs-with-rr", ["spread"] + Self.registry + ["--kind", "best-seeds", "--runs", "10"])
        GoldenTranscript.check(
            "error-spread-top-with-lineage", ["spread"] + Self.registry + ["--top", "3"])
        GoldenTranscript.check(
            "error-centrality-bad-measure", ["centrality"] + Self.registry + ["--measure", "closeness"])
        GoldenTranscript.check(
            "error-centrality-samples-without-betweenness", ["centrality"] + Self.registry + ["--samples", "8"])
        GoldenTranscript.check("error-centrality-bad-format", ["centrality"] + Self.registry + ["--format", "xml"])
    }

    @Test func queryAndShellReachTheProcedures() {
        GoldenTranscript.check(
            "query-tpbis-sinergi-reach",
            ["query"] + Self.registry + [
                "--quiet",
                "CALL sinergi.reach('kepri/dinas-perpustakaan', {maxHops: 1, types: ['COORDINATES']}) YIELD node, hops "
                    + "RETURN node.name AS name, hops ORDER BY hops, name",
            ])
        let registry = GoldenTranscript.repositoryRoot.appendingPathComponent("graphs/tpbis.jsonl").path
        let shell = GoldenTranscript.transcript(
            ["shell", "-r", registry],
            input: "CALL sinergi.gaps.synergy({}) YIELD regency, missingStakeholders "
                + "WHERE size(missingStakeholders) < 3 RETURN count(regency) AS gaps;\n")
        #expect(shell.contains("| 9    |"), "\(shell)")
        // {bappedaDPMPD: true} asks for the triangle, as gaps --bappeda-dpmpd: Bintan is a gap too.
        let triangle = GoldenTranscript.transcript(
            [
                "query", "-r", registry, "-q", "--format", "csv",
                "CALL sinergi.gaps.synergy({bappedaDPMPD: true}) "
                    + "YIELD regency, missingStakeholders, missingPartnerships WHERE size(missingStakeholders) < 3 "
                    + "RETURN count(regency) AS gaps, [p IN collect(missingPartnerships) WHERE size(p) > 0] AS pairs",
            ])
        #expect(triangle.contains("--- stdout\ngaps,pairs\n10,[Bappeda–DPMPD]\n"), "\(triangle)")
        let wrong = GoldenTranscript.transcript(
            [
                "query", "-r", registry, "-q",
                "CALL sinergi.gaps.synergy({bappedaDPMPD: 'ya'}) YIELD regency RETURN regency",
            ])
        #expect(wrong.contains("exit: 1\n") && wrong.contains("bappedaDPMPD"), "\(wrong)")
    }
}
