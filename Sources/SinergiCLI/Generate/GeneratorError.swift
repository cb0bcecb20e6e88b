// The errors ProgrammeGenerator reports instead of crashing.

import SinergiGraph
import SinergiText

/// Why `ProgrammeGenerator.generate` could not build a registry.
public enum GeneratorError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No province matches the name, ISO code, slug or id given for `--province`.
    case unknownProvince(String)
    /// Several provinces match (`ID-JB` is both DKI Jakarta and Jawa Barat in the data).
    case ambiguousProvince(String, candidates: [String])
    /// A province was given for a scale other than `province`.
    case provinceNeedsProvinceScale(String)
    /// The parameters ask for more than the regions hold (e.g. 296 regency beneficiaries
    /// in a table of five regencies).
    case infeasible(Message)
    /// The graph refused a node or relationship (a generator bug, reported, not trapped).
    case graph(GraphError)

    /// The English text (`GenerateCommand.message` gives it in every language).
    public var description: String { GenerateCommand.message(self).description }
}
