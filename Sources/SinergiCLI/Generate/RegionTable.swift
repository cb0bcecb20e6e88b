// Indonesia's administrative regions as the generator reads them: provinces, regencies
// and cities, districts and villages, with their parent links resolved to array positions.
//
// Loading and checking the CSV files is in `RegionTable+Loading.swift`.

/// The four region levels of `graphs/regions-id/`, each sorted by id, with every child
/// linked to its parent's position and every parent to its children's positions.
///
/// Positions (`Int` indexes into `provinces`, `regencies`, `districts`, `villages`) are
/// what the generator works with; `id` is the running number from the CSV files that
/// node keys use (`province/<id>`, `regency/<id>`, …).
///
/// ```swift
/// let table = try RegionTable(directory: "graphs/regions-id")
/// table.provinces.count                        // 34
/// table.regencyPositions(inProvince: 9).count  // regencies of Kepulauan Riau
/// ```
public struct RegionTable: Sendable {
    /// A province (`provinces.csv`: id, name, iso_code).
    public struct Province: Equatable, Sendable {
        public var id: Int
        public var name: String
        /// The ISO 3166-2 code as found (DKI Jakarta carries `ID-JB` like Jawa Barat).
        public var isoCode: String
    }

    /// A regency or city (`regencies.csv`: id, province_id, name, capital, bsni_code).
    public struct Regency: Equatable, Sendable {
        public var id: Int
        /// Position of the parent in `provinces`.
        public var province: Int
        public var name: String
        public var capital: String
        public var bsniCode: String
        /// `Kabupaten` or `Kota`, from the name's prefix.
        public var kind: String
    }

    /// A district (`districts.csv`: id, regency_id, name).
    public struct District: Equatable, Sendable {
        public var id: Int
        /// Position of the parent in `regencies`.
        public var regency: Int
        public var name: String
    }

    /// A village (`villages.csv`: id, district_id, name, postal_code).
    public struct Village: Equatable, Sendable {
        public var id: Int
        /// Position of the parent in `districts`.
        public var district: Int
        public var name: String
        /// Kept as text: leading zeros matter.
        public var postalCode: String
    }

    /// Provinces sorted by id.
    public let provinces: [Province]
    /// Regencies and cities sorted by id.
    public let regencies: [Regency]
    /// Districts sorted by id.
    public let districts: [District]
    /// Villages sorted by id.
    public let villages: [Village]

    let regenciesByProvince: [[Int]]
    let districtsByRegency: [[Int]]
    let villagesByDistrict: [[Int]]
    let villagesByRegency: [[Int]]
    /// The regency position of every village.
    let regencyOfVillage: [Int]

    /// A table from rows already checked: ids ascending and unique, parents valid positions.
    init(provinces: [Province], regencies: [Regency], districts: [District], villages: [Village]) {
        self.provinces = provinces
        self.regencies = regencies
        self.districts = districts
        self.villages = villages
        var byProvince = Array(repeating: [Int](), count: provinces.count)
        for (i, r) in regencies.enumerated() { byProvince[r.province].append(i) }
        var byRegency = Array(repeating: [Int](), count: regencies.count)
        for (i, d) in districts.enumerated() { byRegency[d.regency].append(i) }
        var byDistrict = Array(repeating: [Int](), count: districts.count)
        var villagesOfRegency = Array(repeating: [Int](), count: regencies.count)
        var regencyOfVillage = [Int]()
        regencyOfVillage.reserveCapacity(villages.count)
        for (i, v) in villages.enumerated() {
            byDistrict[v.district].append(i)
            let r = districts[v.district].regency
            villagesOfRegency[r].append(i)
            regencyOfVillage.append(r)
        }
        self.regenciesByProvince = byProvince
        self.districtsByRegency = byRegency
        self.villagesByDistrict = byDistrict
        self.villagesByRegency = villagesOfRegency
        self.regencyOfVillage = regencyOfVillage
    }

    /// Positions of the regencies of the province at `province`, ascending.
    /// - Complexity: O(1).
    public func regencyPositions(inProvince province: Int) -> [Int] { regenciesByProvince[province] }

    /// Positions of the districts of the regency at `regency`, ascending.
    /// - Complexity: O(1).
    public func districtPositions(inRegency regency: Int) -> [Int] { districtsByRegency[regency] }

    /// Positions of the villages of the district at `district`, ascending.
    /// - Complexity: O(1).
    public func villagePositions(inDistrict district: Int) -> [Int] { villagesByDistrict[district] }

    /// Positions of the villages of the regency at `regency`, ascending.
    /// - Complexity: O(1).
    public func villagePositions(inRegency regency: Int) -> [Int] { villagesByRegency[regency] }

    /// The regency position of the village at `village`.
    /// - Complexity: O(1).
    public func regencyPosition(ofVillage village: Int) -> Int { regencyOfVillage[village] }

    /// The province position of the village at `village`.
    /// - Complexity: O(1).
    public func provincePosition(ofVillage village: Int) -> Int { regencies[regencyOfVillage[village]].province }
}
