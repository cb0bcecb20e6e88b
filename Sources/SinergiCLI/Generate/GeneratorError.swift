// The errors ProgrammeGenerator reports instead of crashing.

import SinergiGraph

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
    case infeasible(String)
    /// The graph refused a node or relationship (a generator bug, reported, not trapped).
    case graph(GraphError)

    public var description: String {
        switch self {
        case .unknownProvince(let name):
            return "no province '\(name)'; give a name (Kepulauan Riau), an ISO code (ID-KR), a slug (kepri) or an id"
        case .ambiguousProvince(let name, let candidates):
            return "'\(name)' names several provinces (\(candidates.joined(separator: ", "))); give the name instead"
        case .provinceNeedsProvinceScale(let name):
            return "a province ('\(name)') can only be given with the province scale"
        case .infeasible(let why): return "the programme parameters do not fit the regions: \(why)"
        case .graph(let error): return "internal error while building the graph: \(error)"
        }
    }
}
