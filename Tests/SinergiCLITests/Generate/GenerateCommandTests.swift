// `sinergi generate`'s reading of --province: the generator's own forms and the spellings
// people type (Sumatera for Sumatra, Sumut, "Provinsi …"), with the nearest names otherwise.
import Testing

@testable import SinergiCLI

@Suite struct GenerateCommandTests {
    @Test func provincesAreReadAsPeopleWriteThem() throws {
        let regions = try GeneratorFixtures.regions()
        for typed in ["Sumatera Utara", "sumatra utara", "Sumut", "Provinsi Sumatera Utara", "ID-SU", "2"] {
            #expect(try GenerateCommand.provinceName(typed, in: regions) == "Sumatra Utara", "\(typed)")
        }
        #expect(try GenerateCommand.provinceName("Kepri", in: regions) == "Kepulauan Riau")
        #expect(throws: CLIError.self) { try GenerateCommand.provinceName("Sumatera Utar", in: regions) }
    }
}
