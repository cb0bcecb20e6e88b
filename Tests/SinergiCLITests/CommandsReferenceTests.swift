// docs/commands.md (English) and docs/perintah.md (Indonesian) are generated from the program's
// own help texts; this test keeps them current.
import Foundation
import SinergiCLI
import Testing

@Suite struct CommandsReferenceTests {
    static func reference(language: String) -> String {
        var text: String
        if language == "id" {
            text = """
                # Rujukan perintah

                Dihasilkan dari `sinergi --help --lang id` dan `--help --lang id` setiap subperintah; uji
                [`CommandsReferenceTests`](../Tests/SinergiCLITests/CommandsReferenceTests.swift) gagal bila halaman
                ini berbeda dari program. Buat ulang dengan
                `SINERGI_UPDATE_GOLDEN=1 swift test --filter CommandsReferenceTests`. Versi bahasa Inggris:
                [commands.md](commands.md). Sumber: [`Sources/SinergiCLI/`](../Sources/SinergiCLI/).

                Kode keluar: 0 berhasil, 1 galat data, kueri, atau berkas, 64 galat penggunaan. Data ditulis ke
                keluaran standar; pesan, peringatan, dan statistik ke galat standar, sebagai `galat: …` /
                `peringatan: …`. Bahasa Indonesia dipilih dengan `--lang id`, `SINERGI_LANG=id`, atau `LANG`
                yang diawali `id` (misalnya `id_ID.UTF-8`).

                Laporan perintah algoritme (`gaps`, `spread`, `reach`, `centrality`, `path`) ditulis dalam bahasa
                itu: judul kolom, jenis pemangku kepentingan ("Dinas Perpustakaan Kabupaten/Kota"), jenis relasi
                ("bermitra dengan"), dan langkah berikutnya. Format `table` menampilkan nilai apa adanya (tanpa tanda
                kutip) dan menyesuaikan lebar terminal (atau `COLUMNS`; 100 kolom bila bukan terminal): sel yang
                panjang, seperti alasan sebuah rekomendasi, dilipat ke baris berikutnya. `-o BERKAS` menulis baris
                ke berkas, dengan format menurut ekstensinya (`.csv`, `.md`, `.json`, …) bila `--format` tidak
                diberikan. JSON dan JSON lines memakai nama kolom tetap (`nextStep`, `missingStakeholders`) untuk
                program lain. `sinergi query` tetap menampilkan nilai dalam sintaks kueri (`'Jambi'`, `null`).

                ## sinergi

                ```text

                """
        } else {
            text = """
                # Command reference

                Generated from `sinergi --help` and each subcommand's `--help`; the test
                [`CommandsReferenceTests`](../Tests/SinergiCLITests/CommandsReferenceTests.swift) fails when this page and
                the program disagree. Regenerate with `SINERGI_UPDATE_GOLDEN=1 swift test --filter CommandsReferenceTests`.
                In Indonesian: [perintah.md](perintah.md). Sources: [`Sources/SinergiCLI/`](../Sources/SinergiCLI/).

                Exit codes: 0 success, 1 a data, query or I/O error, 64 a usage error. Data goes to standard output;
                messages, warnings and statistics to standard error, as `error: …` / `warning: …`. Every message and
                help text is also in Indonesian: `--lang id`, `SINERGI_LANG=id`, or a `LANG` starting with `id`.

                The reports of the algorithm commands (`gaps`, `spread`, `reach`, `centrality`, `path`) are written in
                that language: column headers, stakeholder kinds ("regency/city library office"), relationship types
                ("partners with") and next steps. The `table` format shows plain values (no literal quotes) fitted
                to the terminal's width (or `COLUMNS`; 100 columns off a terminal): long cells, such as a
                recommendation's reason, wrap onto further lines. `-o FILE` writes the rows into a file, in the
                format of its extension (`.csv`, `.md`, `.json`, …) unless `--format` says otherwise. JSON and JSON
                lines keep fixed column names (`nextStep`, `missingStakeholders`) for programs. `sinergi query` keeps
                the query language's literal style (`'Jambi'`, `null`).

                ## sinergi

                ```text

                """
        }
        let lang = ["--lang", language]
        text += GoldenTranscript.capture(["--help"] + lang)
        text += "```\n"
        for command in SinergiCommand.subcommands {
            text += "\n## sinergi \(command.spec.name)\n\n```text\n"
            text += GoldenTranscript.capture([command.spec.name, "--help"] + lang)
            text += "```\n"
        }
        return text
    }

    @Test(arguments: [("en", "docs/commands.md"), ("id", "docs/perintah.md")])
    func commandsPageMatchesTheHelpTexts(_ language: String, _ path: String) throws {
        let page = GoldenTranscript.repositoryRoot.appendingPathComponent(path)
        let expected = Self.reference(language: language)
        if ProcessInfo.processInfo.environment["SINERGI_UPDATE_GOLDEN"] == "1" {
            try expected.write(to: page, atomically: true, encoding: .utf8)
            return
        }
        let actual = try String(contentsOf: page, encoding: .utf8)
        #expect(actual == expected, "\(path) is stale; regenerate it")
    }
}
