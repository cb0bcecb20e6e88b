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
