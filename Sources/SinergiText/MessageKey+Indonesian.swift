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
        case .verbatim: return "{text}"
        case .notePrefix: return "catatan: "
        case .withSuggestion: return "{message}; maksud Anda '{name}'?"
        case .withSuggestions: return "{message}; maksud Anda salah satu dari {names}?"

        case .helpOverview: return "IKHTISAR: "
        case .helpUsage: return "PENGGUNAAN: "
        case .helpArguments: return "ARGUMEN:"
        case .helpOptions: return "OPSI:"
        case .helpSubcommands: return "SUBPERINTAH:"
        case .helpExamples: return "CONTOH:"
        case .helpHelpOption: return "Tampilkan bantuan ini."
        case .helpVersionOption: return "Tampilkan versi program."
        case .helpLanguageOption: return "Bahasa pesan dan bantuan: en atau id (bawaan: SINERGI_LANG, lalu LANG)."
        case .helpSeeSubcommandHelp: return "Lihat '{program} help <subperintah>' untuk bantuan terperinci."
        case .helpSubcommandPlaceholder: return "<subperintah>"
        case .usageLine: return "Penggunaan: {usage}"
        case .usageSeeHelp: return "Lihat '{command} --help' untuk keterangan lebih lanjut."
        case .usageSeeRootHelp: return "Lihat 'sinergi --help' untuk daftar subperintah."
        case .usageUnknownOption: return "opsi '{name}' tidak dikenal"
        case .usageUnknownSubcommand: return "subperintah '{name}' tidak dikenal"
        case .usageFlagTakesNoValue: return "opsi '--{name}' tidak menerima nilai"
        case .usageMissingValue: return "nilai untuk '{name}' belum diberikan"
        case .usageGivenTwice: return "opsi '--{name}' diberikan lebih dari satu kali"
        case .usageMissingOption: return "opsi '--{name} <{value}>' wajib diisi"
        case .usageMissingArgument: return "argumen '<{name}>' wajib diisi"
        case .usageUnexpectedArgument: return "argumen '{value}' tidak diharapkan"
        case .usageWholeNumber: return "opsi '--{name}' memerlukan bilangan bulat, bukan '{value}'"
        case .usageAtLeast: return "opsi '--{name}' paling sedikit {minimum}, bukan {value}"
        case .usageNumberInRange: return "opsi '--{name}' memerlukan angka dari {low} sampai {high}, bukan '{value}'"
        case .usagePositiveNumber: return "opsi '--{name}' memerlukan angka positif, bukan '{value}'"
        case .usageOneOf: return "opsi '--{name}' harus salah satu dari: {choices}, bukan '{value}'"
        case .usageNeedsAValue: return "opsi '--{name}' memerlukan paling sedikit satu {what}"
        case .usageGoesWith: return "{option} hanya berlaku bersama {other}"
        case .usageGoesWithOneOf: return "{option} hanya berlaku untuk {others}"
        case .usageNotBoth: return "berikan {one} atau {other}, tidak keduanya"
        case .usageChooseOne: return "pilih salah satu dari {options}"
        case .cannotReadFile: return "{file}: berkas tidak dapat dibaca"
        case .cannotWriteFile: return "{file}: berkas tidak dapat ditulis"
        case .cannotCreateFolder: return "{folder}: folder tidak dapat dibuat"
        case .version: return "sinergi versi {version}"
        case .valueRegistry: return "registri"
        case .valueFile: return "berkas"
        case .valueFolder: return "folder"
        case .valuePath: return "jalur"
        case .valueFormat: return "format"
        case .valueStatement: return "pernyataan"
        case .valueStatements: return "pernyataan"
        case .valueKey: return "kunci"
        case .valueNumber: return "n"
        case .valueName: return "nama"
        case .valueLevel: return "tingkat"
        case .valueText: return "teks"
        case .valuePolicy: return "aturan"
        case .valueScale: return "skala"
        case .valueMeasure: return "ukuran"
        case .valueLabel: return "label"
        case .valueTypes: return "jenis"
        case .valueDirection: return "arah"
        case .valueGrouping: return "kelompok"
        case .valueKind: return "jenis"
        case .valueModel: return "model"
        case .valueProbability: return "p"
        case .valueSeconds: return "detik"
        case .valueParameter: return "nama=nilai"
        case .valueProgram: return "program"
        case .valueProperty: return "properti"
        case .valueLanguage: return "bahasa"
        case .valueCSV: return "csv"
        case .optionRegistry: return "Berkas registri (JSON lines, lihat docs/registry-format.md)."
        case .optionFormat: return "Format keluaran: {formats} (bawaan: {default})."

        case .rootAbstract:
            return "Sinergi — registri jejaring pemangku kepentingan dan kemitraan program TPBIS."
        case .rootDiscussion:
            return """
                Mencatat pemangku kepentingan dan kemitraan sebagai graf properti, menjawab pertanyaan dalam
                bahasa kueri berbasis openCypher, menemukan jangkauan, celah sinergi dan sebaran replikasi,
                serta menggambar diagram jejaring.
                """

        case .statsAbstract: return "Hitung simpul dan relasi sebuah registri, menurut label dan menurut jenis."
        case .statsNodes: return "simpul"
        case .statsRelationships: return "relasi"
        case .statsJournal: return "jurnal"
        case .statsJournalTransactions: return "{n} transaksi sejak pemadatan terakhir"
        case .statsLabels: return "label"
        case .statsTypes: return "jenis relasi"
        case .statsIndexes: return "indeks"
        case .statsIndex: return "{name} pada :{label}({property})"

        case .compactAbstract: return "Padatkan jurnal transaksi ke dalam snapshot baru, secara atomik."
        case .compactDiscussion:
            return """
                Berkas baru ditulis di samping registri, disimpan ke disk, lalu menggantikan berkas lama dengan
                satu kali penggantian nama, sehingga pembaca selalu melihat berkas lama atau berkas baru secara
                utuh. Registri yang sudah dipadatkan hanya berisi baris simpul dan relasi berbentuk APOC.
                """
        case .compactDone:
            return
                "registri {path} dipadatkan: {transactions} transaksi digabungkan, {nodes} simpul, "
                + "{relationships} relasi, {before} → {after} bita"

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
        case .jsonLineEndsExpecting: return "baris berakhir padahal {token} masih diharapkan"
        case .jsonExpectedToken: return "seharusnya ada {token} di sini"
        case .jsonEndsInObject: return "baris berakhir di tengah sebuah objek"
        case .jsonExpectedCommaOrBrace: return "seharusnya ada ',' atau '}}' di sini"
        case .jsonExpectedKey: return "seharusnya ada kunci dalam tanda kutip ganda"
        case .jsonEndsInString: return "baris berakhir di tengah sebuah teks"
        case .jsonExpectedString: return "seharusnya ada teks dalam tanda kutip ganda"
        case .jsonControlCharacter: return "karakter kendali di dalam teks harus di-escape"
        case .jsonInvalidUTF8: return "teks bukan UTF-8 yang sah"
        case .jsonLoneBackslash: return "teks berakhir dengan garis miring terbalik yang sendirian"
        case .jsonShortUnicodeEscape: return "escape \\u memerlukan 4 digit heksadesimal"
        case .jsonUnpairedSurrogate: return "surrogate UTF-16 tanpa pasangan dalam escape \\u"
        case .jsonInvalidUnicodeEscape: return "escape \\u tidak sah"
        case .jsonUnknownEscape: return "escape '{escape}' tidak dikenal"
        case .jsonExpectedInteger: return "seharusnya bilangan bulat"
        case .jsonEndsInList: return "baris berakhir di tengah sebuah daftar"
        case .jsonExpectedCommaOrBracket: return "seharusnya ada ',' atau ']' di sini"
        case .jsonTooDeep: return "daftar dan map bersarang terlalu dalam"
        case .jsonEndsExpectingValue: return "baris berakhir padahal sebuah nilai masih diharapkan"
        case .jsonNullInList: return "null di dalam daftar tidak dapat disimpan"
        case .jsonExpectedValue: return "seharusnya ada sebuah nilai di sini"
        case .jsonKeyInvalidUTF8: return "kunci bukan UTF-8 yang sah"
        case .jsonNullProperty: return "properti '{name}' bernilai null; null tidak disimpan"
        case .jsonDuplicateKey: return "kunci '{name}' muncul dua kali"
        case .jsonDollarKey: return "kunci map yang diawali '$' harus dibungkus sebagai {{\"$map\": …}}"
        case .jsonNotATemporal: return "'{text}' bukan {kind} yang sah"
        case .jsonNotASpecialDouble: return "'{text}' bukan NaN, Infinity atau -Infinity"
        case .jsonUnknownTag: return "nilai bertanda '{name}' tidak dikenal"
        case .jsonNumberNeedsDigits: return "bilangan memerlukan angka"
        case .jsonNotANumber: return "'{text}' bukan bilangan"
        case .jsonIntegerOutOfRange: return "bilangan bulat di luar rentang 64 bit"
        case .jsonFloatOutOfRange:
            return
                "'{text}' terlalu besar untuk bilangan pecahan 64 bit (tak hingga ditulis {{\"$double\":\"Infinity\"}})"
        case .jsonFloatUnderflow:
            return "'{text}' terlalu kecil untuk bilangan pecahan 64 bit: nilainya akan tersimpan sebagai 0"
        case .jsonEndpointWithoutId: return "ujung relasi tidak memiliki \"id\""
        case .jsonIdNotString: return "\"id\" harus berupa teks dalam tanda kutip ganda, bukan {found}"
        case .jsonTextAfterRecord: return "ada teks yang tidak diharapkan setelah rekaman"
        case .jsonTextAfterValue: return "ada teks yang tidak diharapkan setelah nilai"
        case .jsonNoType: return "rekaman tidak memiliki \"type\""
        case .jsonNodeNeedsId: return "rekaman simpul memerlukan \"id\" yang tidak kosong"
        case .jsonNodeNeedsLabels: return "simpul '{key}' memerlukan \"labels\" (daftar nama label, [] bila tidak ada)"
        case .jsonEmptyLabel: return "label tidak boleh kosong"
        case .jsonDuplicateLabel: return "label '{label}' muncul dua kali"
        case .jsonRelationshipNeedsId: return "rekaman relasi memerlukan \"id\" yang tidak kosong"
        case .jsonRelationshipNeedsLabel: return "relasi '{key}' memerlukan \"label\" (jenis relasinya)"
        case .jsonRelationshipNeedsEnd: return "relasi '{key}' memerlukan \"{end}\""
        case .jsonRecordNeedsTx: return "rekaman berjenis '{type}' memerlukan \"tx\""
        case .jsonDeleteNeedsKey: return "rekaman delete memerlukan \"node\" atau \"relationship\""
        case .jsonIndexNeedsLabelAndProperty:
            return "rekaman berjenis '{type}' memerlukan \"label\" dan \"property\" yang tidak kosong"
        case .jsonIndexNeedsName: return "rekaman berjenis '{type}' memerlukan \"name\" yang tidak kosong"
        case .jsonCommitNeedsLines: return "rekaman commit memerlukan \"lines\""
        case .jsonCommitBadKeys: return "\"keys\" pada rekaman commit harus bilangan bulat 0 atau lebih"
        case .jsonUnknownRecordType:
            return
                "jenis rekaman '{type}' tidak dikenal (pilihan: node, relationship, delete, index, dropIndex atau commit)"
        case .registryMissing: return "{path}: berkas registri tidak ada"
        case .registryMissingHint:
            return
                "buat dengan 'sinergi init -r {path}' (semua wilayah Indonesia) atau 'sinergi init -r {path} --province NAMA'"
        case .registryExists: return "{path}: registri sudah ada (gunakan --force untuk menggantinya)"
        case .registryTornTail:
            return
                "bagian akhir yang belum di-commit diabaikan ({reason}): penulisan sebelumnya terputus; penulisan berikutnya menghapusnya"
        case .registryTornLastLine: return "baris terakhir tidak lengkap"
        case .registryTransactionWithoutCommit: return "transaksi {tx} tidak memiliki rekaman commit"
        case .registryCutSnapshotLine:
            return
                "berkas berakhir di tengah baris ini: registri terpotong (salinan atau unduhan yang terhenti?); {nodes} simpul dan {relationships} relasi terbaca sebelumnya, sisanya hilang"
        case .registrySnapshotAfterJournal:
            return "rekaman snapshot setelah jurnal dimulai (rekaman jurnal memerlukan \"tx\")"
        case .registryCommitOfOtherTransaction:
            return "commit transaksi {tx}, padahal transaksi yang terbuka adalah {open}"
        case .registryCommitWithoutTransaction: return "commit transaksi {tx}, padahal tidak ada transaksi yang terbuka"
        case .registryCommitLineCount:
            return "commit transaksi {tx} menghitung {lines} baris, padahal {written} baris tertulis"
        case .registryTransactionOrder: return "transaksi {tx} tidak berada setelah transaksi {last}"
        case .registryTransactionInterleaved: return "transaksi {tx} dimulai sebelum transaksi {open} di-commit"
        case .registryNodeTwice: return "simpul '{key}' muncul dua kali"
        case .registryRelationshipTwice: return "relasi '{key}' muncul dua kali"
        case .registryUnknownStart: return "relasi '{key}' berawal di simpul '{node}' yang tidak ada"
        case .registryUnknownEnd: return "relasi '{key}' berakhir di simpul '{node}' yang tidak ada"
        case .registryDeleteUnknownNode: return "penghapusan simpul '{key}' yang tidak ada"
        case .registryDeleteUnknownRelationship: return "penghapusan relasi '{key}' yang tidak ada"
        case .registryDropUndeclaredIndex: return "penghapusan indeks :{label}({property}) yang tidak pernah dibuat"
        case .registryIndexTwice: return "indeks :{label}({property}) dibuat dua kali"
        case .graphDuplicateNodeKey: return "simpul dengan kunci '{key}' sudah ada"
        case .graphDuplicateRelationshipKey: return "relasi dengan kunci '{key}' sudah ada"
        case .graphUnknownNode: return "tidak ada simpul '{key}'"
        case .graphUnknownRelationship: return "tidak ada relasi '{key}'"
        case .graphNodeHasRelationships:
            return "simpul '{key}' masih memiliki {count} relasi; hapus relasi itu lebih dulu atau gunakan DETACH"
        case .graphUnstorableValue: return "properti '{key}' tidak dapat menyimpan nilai berjenis {type}"
        case .graphEmptyName: return "{what} tidak boleh kosong"
        case .outputIsTheRegistry:
            return "{path} adalah registri yang dibaca perintah ini (-r); berkas itu tidak diganti tanpa --force"
        case .outputIsARegistry:
            return
                "{path} adalah sebuah registri; berkas itu tidak diganti tanpa --force (pilih berkas lain, atau tambahkan --force)"
        case .outputCannotWrite: return "{path}: berkas tidak dapat ditulis"
        case .importJournalRecord: return "rekaman jurnal; padatkan registri lebih dulu (sinergi compact)"
        case .importNodeExists: return "simpul '{key}' sudah ada di registri (gunakan --on-conflict replace atau skip)"
        case .importRelationshipExists:
            return "relasi '{key}' sudah ada di registri (gunakan --on-conflict replace atau skip)"
        case .initUnknownProvince: return "tidak ada provinsi bernama '{name}' dalam data wilayah"
        case .initCreated:
            return
                "{path} dibuat: {provinces} provinsi, {regencies} kabupaten/kota, {districts} kecamatan dan {villages} desa/kelurahan ({nodes} simpul, {relationships} relasi)"
        case .initNext:
            return
                "langkah berikutnya, catat pemangku kepentingan: 'sinergi import -r {path} --nodes BERKAS.csv' (lihat docs/panduan.md)"
        case .initAbstract: return "Buat registri baru berisi wilayah Indonesia, siap untuk pemangku kepentingan."
        case .initHelpProvince: return "Hanya provinsi ini (ulangi untuk beberapa provinsi)."
        case .initHelpLevel:
            return "Tingkat wilayah terdalam yang dimuat: province, regency, district atau village (bawaan: village)."
        case .initHelpForce: return "Ganti berkas yang sudah ada."
        case .initDiscussion:
            return """
                Menulis setiap provinsi, kabupaten dan kota, kecamatan dan desa/kelurahan (pembagian wilayah
                2018–2022 yang dibawa sinergi, lihat graphs/regions-id), atau hanya wilayah provinsi yang disebut
                dengan --province, beserta PART_OF di antaranya, sehingga impor dan gaps dapat menempatkan
                pemangku kepentingan. Provinsi dikenali dari nama resmi maupun nama sehari-hari: 'Sumatera Utara',
                'Sumut', 'Kepri', 'DIY'. Berkas yang sudah ada tidak pernah diganti tanpa --force.
                """
        }
    }
}
