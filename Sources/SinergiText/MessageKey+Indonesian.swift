// Katalog bahasa Indonesia: satu templat untuk setiap kunci pesan.
// The Indonesian catalogue, in the programme's own terms (shared/GLOSSARY-ID.md).

extension MessageKey {
    /// The Indonesian template.
    var indonesian: String {
        switch self {
        case .errorPrefix: return "galat: "
        case .warningPrefix: return "peringatan: "
        case .hintPrefix: return "saran: "
        case .didYouMean: return "maksud Anda '{name}'?"
        case .didYouMeanOneOf: return "maksud Anda salah satu dari {names}?"
        case .registryUnchanged: return "Registri tidak diubah."
        case .unknownLanguage: return "bahasa '{value}' tidak dikenal (pilihan: en atau id)"

        case .kindPerpusnas: return "Perpustakaan Nasional Republik Indonesia (Perpusnas)"
        case .kindBappenas: return "Kementerian PPN/Bappenas"
        case .kindKemendes: return "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi (Kemendes)"
        case .kindProvincialLibraryOffice: return "Dinas Perpustakaan Provinsi"
        case .kindRegencyLibraryOffice: return "Dinas Perpustakaan Kabupaten/Kota"
        case .kindBappeda: return "Badan Perencanaan Pembangunan Daerah (Bappeda)"
        case .kindDPMPD: return "Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa (DPMPD)"
        case .kindVillageLibrary: return "Perpustakaan Desa/Kelurahan"
        case .kindVillageGovernment: return "Pemerintah Desa"
        case .kindSynergyTeam: return "Tim Sinergi Provinsi"
        case .kindFacilitator: return "Fasilitator Daerah / PIC Provinsi"
        case .kindMasterTrainer: return "Master Trainer"
        case .kindPartner: return "Mitra (CSR, perguruan tinggi, komunitas)"
        case .kindPatron: return "pemustaka terdampak"
        case .kindStakeholder: return "pemangku kepentingan"
        case .kindPerson: return "perorangan"
        case .kindRegion: return "wilayah"
        case .kindProvince: return "provinsi"
        case .kindRegency: return "kabupaten/kota"
        case .kindDistrict: return "kecamatan"
        case .kindVillage: return "desa/kelurahan"
        case .kindEvent: return "kegiatan"
        case .kindBimtek: return "Bimbingan Teknis (Bimtek)"
        case .kindPLM: return "Peer Learning Meeting (PLM)"
        case .kindSHM: return "Stakeholder Meeting (SHM)"

        case .relationshipLOCATED_IN: return "berada di"
        case .relationshipPART_OF: return "bagian dari"
        case .relationshipPARTNERS_WITH: return "bermitra dengan"
        case .relationshipCOORDINATES: return "membina"
        case .relationshipMENTORS: return "mendampingi"
        case .relationshipFUNDS: return "mendanai"
        case .relationshipREPLICATED_FROM: return "mereplikasi dari"
        case .relationshipATTENDED: return "hadir di"
        case .relationshipMEMBER_OF: return "anggota"
        case .relationshipNounLOCATED_IN: return "wilayah"
        case .relationshipNounPART_OF: return "wilayah"
        case .relationshipNounPARTNERS_WITH: return "kemitraan"
        case .relationshipNounCOORDINATES: return "pembinaan"
        case .relationshipNounMENTORS: return "pendampingan"
        case .relationshipNounFUNDS: return "pendanaan"
        case .relationshipNounREPLICATED_FROM: return "replikasi"
        case .relationshipNounATTENDED: return "kehadiran"
        case .relationshipNounMEMBER_OF: return "keanggotaan"
        }
    }
}
