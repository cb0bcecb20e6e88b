// Nothing lost, shown with real processes and files: an existing registry (or the one named
// by -r) is never replaced without --force, other outputs are; a missing registry says how
// to create one.
import Foundation
import SinergiTestSupport
import Testing

@Suite struct NothingLostTests {
    @Test func exportNeverReplacesARegistryWithoutForce() throws {
        let work = try ScratchFolder()
        try work.copy("graphs/tpbis.jsonl", as: "tpbis.jsonl")
        try work.copy("graphs/tpbis.jsonl", as: "work-copy.jsonl")
        try work.write("work-copy.jsonl", "")
        // An empty file is not a registry by its content: the copy is written.
        #expect(work.sinergi(["export", "-r", "tpbis.jsonl", "-o", "work-copy.jsonl"]).status == 0)
        let copy = try #require(work.bytes("work-copy.jsonl"))
        #expect(copy.count > 100_000)
        // Now it is a registry: a second export refuses and leaves it as it was.
        try work.write(
            "other.jsonl",
            #"{"type":"node","id":"x","labels":["Partner","Stakeholder"],"properties":{"name":"X"}}"# + "\n")
        let refused = work.sinergi(["export", "-r", "other.jsonl", "-o", "work-copy.jsonl"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "error: work-copy.jsonl is a registry; it is not replaced without --force (choose another file, or add --force)\n"
        )
        #expect(work.bytes("work-copy.jsonl") == copy)
        // The registry the command reads, under another spelling, is refused too.
        let same = work.sinergi(["export", "-r", "tpbis.jsonl", "--format", "dot", "-o", "./tpbis.jsonl"])
        #expect(same.status == 1)
        #expect(same.stderr.contains("is the registry this command reads (-r)"))
        let indonesian = work.sinergi(["export", "-r", "other.jsonl", "-o", "work-copy.jsonl"], language: "id")
        #expect(indonesian.stderr.hasPrefix("galat: work-copy.jsonl adalah sebuah registri"), "\(indonesian)")
        // --force replaces it.
        #expect(work.sinergi(["export", "-r", "other.jsonl", "-o", "work-copy.jsonl", "--force"]).status == 0)
        #expect(work.read("work-copy.jsonl")?.contains(#""id":"x""#) == true)
        // Other outputs are replaced, as Graphviz replaces its pictures.
        try work.write("kepri.dot", "old diagram\n")
        #expect(
            work.sinergi([
                "export", "-r", "tpbis.jsonl", "--format", "dot", "--region", "Kepulauan Riau", "-o", "kepri.dot",
            ]).status == 0)
        #expect(work.read("kepri.dot")?.contains("digraph \"sinergi\"") == true)
    }

    @Test func aMissingRegistrySaysHowToCreateOne() throws {
        let work = try ScratchFolder()
        let run = work.sinergi(["stats", "-r", "baru.jsonl"])
        #expect(run.status == 1)
        #expect(
            run.stderr
                == "error: baru.jsonl: no such registry file\n"
                + "hint: create it with 'sinergi init -r baru.jsonl' (every region of Indonesia) or "
                + "'sinergi init -r baru.jsonl --province NAME'\n")
        let id = work.sinergi(["query", "-r", "baru.jsonl", "MATCH (n) RETURN n"], language: "id")
        #expect(id.status == 1)
        #expect(
            id.stderr.contains("galat: baru.jsonl: berkas registri tidak ada\nsaran: buat dengan 'sinergi init"),
            "\(id)")
        #expect(!FileManager.default.fileExists(atPath: work.path("baru.jsonl")))
    }
}

@Suite struct CreatingARegistryTests {
    @Test func aWritingQueryCreatesAMissingRegistryOnlyWithCreate() throws {
        let work = try ScratchFolder()
        let refused = work.sinergi(["query", "-r", "baru.jsonl", "CREATE (:Stakeholder:Partner {name: 'Komunitas'})"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr.hasPrefix("error: baru.jsonl: no such registry file\nhint: create it with 'sinergi init"))
        #expect(!FileManager.default.fileExists(atPath: work.path("baru.jsonl")))
        // With --create, a read leaves no file behind; a write creates it.
        let read = work.sinergi(["query", "-r", "baru.jsonl", "--create", "-q", "MATCH (n) RETURN count(n) AS n"])
        #expect(read.status == 0)
        #expect(read.stdout.contains("| 0 |"), "\(read)")
        #expect(!FileManager.default.fileExists(atPath: work.path("baru.jsonl")))
        let write = work.sinergi([
            "query", "-r", "baru.jsonl", "--create", "-q",
            "CREATE (:Stakeholder:Partner {name: 'Komunitas'}); MATCH (n) RETURN count(n) AS n",
        ])
        #expect(write.status == 0, "\(write)")
        #expect(write.stdout.contains("| 1 |"), "\(write)")
        let shell = work.sinergi(
            ["shell", "-r", "lain.jsonl", "--create"], input: "CREATE (:Stakeholder:Partner {name: 'X'});\n")
        #expect(shell.status == 0, "\(shell)")
        #expect(work.read("lain.jsonl")?.contains(#""name":"X""#) == true)
    }
}
