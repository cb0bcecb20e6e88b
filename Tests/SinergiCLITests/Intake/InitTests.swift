// `sinergi init`, with real processes and files: the bundled regions equal graphs/regions-id,
// a whole-country registry equals graphs/regions.jsonl, provinces are found by the names
// people use, and an existing file is never replaced without --force.
import Foundation
import SinergiCLI
import SinergiFormats
import SinergiGraph
import SinergiRegionData
import SinergiRegistry
import SinergiTestSupport
import Testing

@Suite struct InitTests {
    @Test func theBundledRegionsAreTheRegionFilesByteForByte() throws {
        let folder = ScratchFolder.repositoryRoot.appendingPathComponent("graphs/regions-id")
        for (name, text) in zip(["provinces", "regencies", "districts", "villages"], BundledRegions.all) {
            let file = try String(contentsOf: folder.appendingPathComponent(name + ".csv"), encoding: .utf8)
            #expect(
                file == text, "\(name).csv differs from BundledRegions; run python3 graphs/regions-id/make_swift.py")
        }
    }

    @Test func theWholeCountryIsGraphsRegionsJsonl() throws {
        let work = try ScratchFolder()
        let run = work.sinergi(["init", "-r", "indonesia.jsonl"])
        #expect(run.status == 0, "\(run)")
        #expect(
            run.stderr
                == "created indonesia.jsonl: 34 provinces, 514 regencies and cities, 7,097 districts and 82,503 "
                + "villages (90,148 nodes, 90,114 relationships)\n"
                + "hint: next, record the stakeholders: 'sinergi import -r indonesia.jsonl --nodes FILE.csv' "
                + "(see docs/tutorial.md)\n")
        // The same nodes, properties and relationships in the same order: written the same way,
        // the bytes agree (graphs/regions.jsonl itself keeps its writer's key order).
        let expected = try Registry(
            path: ScratchFolder.repositoryRoot.appendingPathComponent("graphs/regions.jsonl").path
        )
        .load(useCache: false)
        // After the snapshot, init's one signed transaction: who created the registry, when.
        let written = work.bytes("indonesia.jsonl") ?? []
        let snapshot = JSONLineEncoder.snapshot(of: expected.graph)
        #expect(Array(written.prefix(snapshot.count)) == snapshot)
        let trailer = String(decoding: written.dropFirst(snapshot.count), as: UTF8.self)
        #expect(trailer.hasPrefix(#"{"tx":1,"type":"commit","lines":0,"author":"#), "\(trailer)")
        #expect(trailer.hasSuffix(#""compacted":true}"# + "\n") && trailer.filter { $0 == "\n" }.count == 1)
    }

    @Test func provincesAreFoundByTheNamesPeopleUse() throws {
        let work = try ScratchFolder()
        let sumut = work.sinergi(["init", "-r", "sumut.jsonl", "--province", "Sumatera Utara", "--level", "regency"])
        #expect(sumut.status == 0, "\(sumut)")
        let graph = try Registry(path: work.path("sumut.jsonl")).load(useCache: false).graph
        #expect(graph.nodeCount(withLabel: "Province") == 1)
        #expect(graph.nodeCount(withLabel: "Regency") == 33)
        #expect(graph.nodeCount(withLabel: "District") == 0)
        let two = work.sinergi(
            ["init", "-r", "two.jsonl", "--province", "Kepri", "--province", "prov. jambi"], language: "id")
        #expect(two.status == 0, "\(two)")
        #expect(two.stderr.hasPrefix("two.jsonl dibuat: 2 provinsi, 18 kabupaten/kota,"), "\(two)")
        let typo = work.sinergi(["init", "-r", "x.jsonl", "--province", "Sumatera Utar"])
        #expect(typo.status == 1)
        #expect(
            typo.stderr
                == "error: no province named 'Sumatera Utar' in the region data; did you mean 'Sumatra Utara'?\n")
        let typoID = work.sinergi(["init", "-r", "x.jsonl", "--province", "Sumatera Utar"], language: "id")
        #expect(
            typoID.stderr
                == "galat: tidak ada provinsi bernama 'Sumatera Utar' dalam data wilayah; maksud Anda 'Sumatra Utara'?\n"
        )
        #expect(!FileManager.default.fileExists(atPath: work.path("x.jsonl")))
    }

    @Test func anExistingFileIsNotReplacedWithoutForce() throws {
        let work = try ScratchFolder()
        try work.write("r.jsonl", "")
        let refused = work.sinergi(["init", "-r", "r.jsonl", "--province", "Kepri", "--level", "province"])
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: r.jsonl: a registry exists already (use --force to replace it)\n")
        #expect(work.read("r.jsonl") == "")
        let forced = work.sinergi(["init", "-r", "r.jsonl", "--province", "Kepri", "--level", "province", "--force"])
        #expect(forced.status == 0)
        #expect(work.read("r.jsonl")?.contains("Kepulauan Riau") == true)
    }
}
