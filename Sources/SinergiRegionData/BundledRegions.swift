// Indonesia's regions, bundled into the program: the four CSV files of graphs/regions-id
// as text, so `sinergi init` can write a registry of regions without data files beside it.

/// The region CSV files of `graphs/regions-id` (34 provinces, 514 regencies and cities,
/// 7,097 districts, 82,503 villages; the 2018–2022 division), byte for byte.
///
/// The files in `graphs/regions-id` are the source; `graphs/regions-id/make_swift.py`
/// writes the `BundledRegions+*.swift` files from them and a test checks they agree.
///
/// ```swift
/// BundledRegions.provincesCSV.hasPrefix("id,name,iso_code\n")  // true
/// ```
public enum BundledRegions {
    /// The texts in loading order: provinces, regencies, districts, villages.
    ///
    /// - Complexity: O(1).
    public static var all: [String] { [provincesCSV, regenciesCSV, districtsCSV, villagesCSV] }
}
