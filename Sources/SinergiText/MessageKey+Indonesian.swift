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

        case .queryAbstract: return "Jalankan pernyataan bahasa kueri berbasis openCypher pada sebuah registri."
        case .queryDiscussion:
            return """
                Pernyataan diambil dari argumen, dari --file, atau dari masukan standar; pisahkan beberapa
                pernyataan dengan ';'. Baris hasil ditulis ke keluaran standar (atau ke --output, dalam format
                sesuai ekstensi berkasnya); jumlah baris, waktu, dan perubahan ditulis ke galat standar.
                Pernyataan yang mengubah registri disimpan sebagai satu transaksi; pernyataan yang gagal tidak
                mengubah registri sama sekali, dan galatnya menyebut barisnya (baris di berkas, bila memakai
                --file). Dengan --single-transaction seluruh skrip menjadi satu transaksi: semua pernyataan
                diterapkan, atau tidak satu pun. Kode keluar 1 bila ada pernyataan yang gagal.
                Label, jenis relasi, atau properti yang belum pernah ada di registri mendapat peringatan di galat
                standar dengan nama terdekat dan tanda ^ di bawahnya (juga dengan --quiet); penulisan yang akan
                menambah nama baru yang hanya berbeda satu salah ketik dari nama yang sudah ada ditolak, kecuali
                --allow menyebut nama itu.
                CREATE INDEX [nama] [IF NOT EXISTS] FOR (n:Label) ON (n.properti) membuat indeks yang disimpan
                registri dan dipakai MATCH untuk pencarian kesamaan; DROP INDEX nama dan SHOW INDEXES
                mengelolanya. Lihat docs/query-language.md.
                """
        case .queryHelpStatements: return "Pernyataan yang dijalankan."
        case .queryHelpFile: return "Baca pernyataan dari sebuah berkas."
        case .queryHelpParam: return "Sebuah parameter, nilainya dalam sintaks literal: -p name='Kepri' -p hops=3."
        case .queryHelpBail: return "Berhenti pada pernyataan pertama yang gagal."
        case .queryHelpCreate: return "Izinkan pernyataan yang menulis membuat registri bila berkasnya belum ada."
        case .queryHelpSingleTransaction:
            return
                "Terapkan seluruh skrip sebagai satu transaksi: semua pernyataan, atau tidak satu pun bila ada yang gagal."
        case .queryHelpQuiet: return "Jangan tulis jumlah baris, waktu, atau perubahan ke galat standar."
        case .queryHelpMaxRows:
            return "Hentikan pernyataan yang operatornya menampung lebih banyak baris (bawaan: 10000000)."
        case .queryHelpTimeout: return "Hentikan pernyataan yang berjalan lebih lama (bawaan: tanpa batas)."
        case .queryArgumentAndFile: return "berikan pernyataan sebagai argumen atau dengan --file, tidak keduanya"
        case .queryNoStatement: return "tidak ada pernyataan untuk dijalankan"
        case .queryRegistryKeptChanging:
            return "registri terus berubah selama pernyataan ini berjalan; silakan coba lagi"
        case .queryParameterShape:
            return "parameter '{text}' harus berbentuk nama=nilai (nilai sebagai literal, misalnya 'Kepri' atau 3)"
        case .queryParameterNoName: return "parameter '{text}' tidak bernama"
        case .queryParameterNotALiteral: return "parameter '{name}': '{literal}' bukan literal: {reason}"
        case .queryParameterNotOneValue: return "parameter '{name}': '{literal}' bukan satu nilai"
        case .queryRows: return "{n} baris"
        case .queryNodesCreated: return "{n} simpul dibuat"
        case .queryNodesDeleted: return "{n} simpul dihapus"
        case .queryRelationshipsCreated: return "{n} relasi dibuat"
        case .queryRelationshipsDeleted: return "{n} relasi dihapus"
        case .queryPropertiesSet: return "{n} properti diisi"
        case .queryPropertiesRemoved: return "{n} properti dihapus"
        case .queryLabelsAdded: return "{n} label ditambahkan"
        case .queryLabelsRemoved: return "{n} label dihapus"
        case .queryIndexesAdded: return "{n} indeks ditambahkan"
        case .queryIndexesRemoved: return "{n} indeks dihapus"
        case .queryCommitted: return "disimpan sebagai transaksi {transaction}"
        case .queryMilliseconds: return "({ms} ms)"
        case .queryErrorLine: return "{message} ({code})"
        case .queryErrorAtPlace: return "pada baris {line}, kolom {column}"
        case .queryErrorAtFilePlace: return "pada baris {line}, kolom {column} berkas {file} (pernyataan ke-{number})"
        case .queryErrorInStatement: return "pada pernyataan ke-{number} berkas {file}, yang dimulai di baris {line}"
        case .queryScriptNotApplied:
            return "pernyataan ke-{number} (baris {line}) gagal, sehingga tidak satu pun pernyataan skrip diterapkan"
        case .queryWroteFile: return "{file} ditulis"
        case .optionFormatOrExtension:
            return "Format keluaran: {formats} (bawaan: sesuai ekstensi berkas --output, selain itu {default})."
        case .optionOutputRows: return "Tulis baris hasil ke berkas ini, bukan ke keluaran standar."
        case .optionOutputReport:
            return "Tulis laporan ke berkas ini, bukan ke keluaran standar (formatnya sesuai ekstensi berkas)."
        case .usageFormatFromExtension:
            return
                "format tidak dapat ditentukan dari nama '{file}'; berikan --format ({formats})"

        case .shellAbstract: return "Buka prompt interaktif pada sebuah registri: pernyataan diakhiri ';'."
        case .shellDiscussion:
            return """
                Pernyataan boleh lebih dari satu baris dan diakhiri ';'. Perintah diawali ':' —
                  :help                 daftar ini
                  :param nama => nilai  isi sebuah parameter (nilai dalam sintaks literal)
                  :params               tampilkan parameter
                  :format F             table, csv, tsv, json, jsonl atau markdown
                  :schema               label, jenis relasi, dan properti, beserta jumlahnya
                  :quit                 keluar (juga Ctrl-D, atau akhir masukan)
                Di terminal: Kiri/Kanan, Home/End (Ctrl-A/Ctrl-E), Backspace/Delete, Ctrl-K, Ctrl-U, Ctrl-W
                menyunting baris; Atas/Bawah memanggil kembali pernyataan sebelumnya, juga dari sesi terdahulu
                (~/.sinergi_history, atau --history); Ctrl-R mencarinya; Ctrl-L membersihkan layar; Ctrl-C
                membatalkan baris yang sedang diketik atau pernyataan yang sedang berjalan, dan shell tetap terbuka.
                Bila masukan standar bukan terminal, tidak ada prompt maupun sapaan, dan pernyataan terakhir
                tanpa ';' tetap dijalankan.
                """
        case .shellHelpHistory: return "Simpan riwayat pernyataan di berkas ini."
        case .shellBanner:
            return
                "shell sinergi {version} pada {path}: {nodes} simpul, {relationships} relasi. "
                + ":help untuk bantuan, :quit untuk keluar."
        case .shellCommandList:
            return """
                :help                 tampilkan daftar ini
                :param nama => nilai  isi sebuah parameter, misalnya :param province => 'Kepulauan Riau'
                :params               tampilkan parameter
                :format F             format keluaran: table, csv, tsv, json, jsonl, markdown
                :schema               label, jenis relasi, dan properti, beserta jumlahnya
                :quit                 keluar dari shell (juga Ctrl-D)
                """
        case .shellParamShape: return "gunakan :param nama => nilai"
        case .shellFormatNeeds: return ":format memerlukan salah satu dari {formats}"
        case .shellUnknownCommand: return "perintah {name} tidak dikenal (:help menampilkan daftar perintah)"
        case .shellSearchPrompt: return "(cari-riwayat)'{query}': "
        case .shellCancelled: return "pernyataan dibatalkan; registri tidak diubah"
        case .shellTooLateToCancel: return "Ctrl-C datang setelah pernyataan selesai bekerja"
        case .schemaLabel: return "label"
        case .schemaNodes: return "simpul"
        case .schemaType: return "jenis relasi"
        case .schemaRelationships: return "relasi"
        case .schemaReadsAs: return "dibaca sebagai"
        case .schemaProperties: return "properti (berapa yang memilikinya)"

        case .generateAbstract:
            return "Buat registri TPBIS sintetis pada wilayah yang nyata, selalu sama untuk satu benih acak."
        case .generateDiscussion:
            return """
                national: seluruh 34 provinsi, 514 kabupaten/kota, 7.097 kecamatan, dan 82.503 desa/kelurahan,
                dengan perpustakaan desa dan pemerintah desa di setiap desa, Dinas Perpustakaan, Bappeda, dan
                DPMPD di setiap kabupaten/kota, penerima manfaat program, garis replikasi, dan celah sinergi
                (sekitar 257.000 simpul dan 550.000 relasi). program: hanya pemangku kepentingan program dan wilayahnya.
                province: satu provinsi serinci skala nasional (--province, bawaan Kepulauan Riau). Setiap fakta
                rekaan memuat synthetic: true; modelnya dijelaskan di docs/generator.md.
                """
        case .generateHelpScale: return "province, program atau national."
        case .generateHelpSeed: return "Benih acak (bawaan: 42)."
        case .generateHelpProvince: return "Untuk --scale province: nama, slug, kode ISO, atau id provinsi."
        case .generateHelpRegions: return "Berkas CSV wilayah (bawaan: graphs/regions-id)."
        case .generateHelpOutput: return "Tulis registri ke berkas ini (bawaan: keluaran standar)."
        case .generateHelpForce: return "Timpa berkas keluaran yang sudah ada."
        case .generateHelpQuiet: return "Jangan tampilkan kemajuan maupun ringkasan di galat standar."
        case .generateSeedRange: return "--seed memerlukan bilangan bulat dari 0 sampai {maximum}, bukan '{value}'"
        case .generateWrote:
            return "{path} ditulis: {nodes} simpul, {relationships} relasi (dibuat dalam {seconds} detik)"
        case .generateUnknownProvince:
            return
                "tidak ada provinsi '{name}'; sebutkan nama (Kepulauan Riau), kode ISO (ID-KR), slug (kepri), atau id-nya"
        case .generateAmbiguousProvince: return "'{name}' menunjuk beberapa provinsi ({names}); sebutkan namanya"
        case .generateInfeasible: return "parameter program tidak sesuai dengan data wilayah: {detail}"
        case .generateInternal: return "terjadi kesalahan internal saat menyusun graf: {detail}"

        case .progressSeconds: return "{seconds} detik"
        case .progressReading: return "membaca {path}"
        case .progressGenerating: return "membuat registri skala {scale}"
        case .progressWriting: return "menulis {path}"
        case .progressStatement: return "menjalankan pernyataan"
        case .progressStatementOf: return "menjalankan pernyataan ke-{number} dari {total}"
        case .progressComputing: return "menghitung"

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
        case .importNodeExists:
            return
                "simpul '{key}' sudah ada di registri dengan nilai lain: {differences} (gunakan --on-conflict replace atau skip)"
        case .importRelationshipExists:
            return
                "relasi '{key}' sudah ada di registri dengan nilai lain: {differences} (gunakan --on-conflict replace atau skip)"
        case .importDifference: return "{name} {there} di registri, {here} di berkas"
        case .importMappingUnknownMeaning: return "'{meaning}' bukan arti kolom yang dikenal pengimpor"
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

        case .ioCannotRead: return "tidak dapat dibaca: {reason}"
        case .ioCannotOpenForWriting: return "tidak dapat dibuka untuk ditulis: {reason}"
        case .ioCannotCreate: return "tidak dapat dibuat: {reason}"
        case .ioCannotWrite: return "tidak dapat ditulis: {reason}"
        case .ioCannotSync: return "tidak dapat disimpan ke disk (fsync): {reason}"
        case .ioCannotCutTail: return "sisa tulisan yang belum tersimpan tidak dapat dipotong: {reason}"
        case .ioCannotReplace: return "tidak dapat menggantikan {registry}: {reason}"
        case .ioCannotSyncFolder: return "daftar berkas folder ini tidak dapat disimpan ke disk (fsync): {reason}"
        case .ioCannotLock: return "tidak dapat dikunci: {reason}"
        case .ioCannotExamine: return "tidak dapat diperiksa: {reason}"
        case .ioNotCommitted: return "{failure}; transaksi tidak tersimpan dan registri tidak diubah"
        case .ioNotCommittedTailLeft:
            return
                "{failure}; transaksi tidak tersimpan: baris yang tertulis sebagian di akhir registri diabaikan dan dihapus oleh penulisan berikutnya"
        case .ioNotReplaced: return "{failure}; registri tidak diubah"
        case .ioReasonDiskFull: return "disk penuh"
        case .ioReasonQuota: return "kuota disk sudah habis"
        case .ioReasonInputOutput: return "disk melaporkan galat baca/tulis"
        case .ioReasonReadOnly: return "sistem berkas hanya dapat dibaca"
        case .ioReasonPermission: return "akses ditolak"
        case .ioReasonNotFound: return "berkas atau folder tidak ada"
        case .ioReasonNotAFile: return "itu folder, bukan berkas"
        case .ioReasonNothingWritten: return "sistem tidak menulis apa pun"
        case .ioReasonOther: return "galat sistem: {text} (errno {code})"
        case .standardOutputCannotWrite: return "keluaran tidak dapat ditulis: {reason}"

        case .kindShortPerpusnas: return "Perpusnas"
        case .kindShortBappenas: return "Bappenas"
        case .kindShortKemendes: return "Kemendes"
        case .kindShortProvincialLibraryOffice: return "Dinas Perpustakaan Provinsi"
        case .kindShortRegencyLibraryOffice: return "Dinas Perpustakaan Kab/Kota"
        case .kindShortBappeda: return "Bappeda"
        case .kindShortDPMPD: return "DPMPD"
        case .kindShortVillageLibrary: return "Perpustakaan Desa"
        case .kindShortVillageGovernment: return "Pemerintah Desa"
        case .kindShortSynergyTeam: return "Tim Sinergi"
        case .kindShortFacilitator: return "Fasilitator"
        case .kindShortMasterTrainer: return "Master Trainer"
        case .kindShortPartner: return "Mitra"
        case .kindShortPatron: return "pemustaka terdampak"
        case .kindShortStakeholder: return "pemangku kepentingan"
        case .kindShortPerson: return "perorangan"
        case .kindShortRegion: return "wilayah"
        case .kindShortProvince: return "provinsi"
        case .kindShortRegency: return "kabupaten/kota"
        case .kindShortDistrict: return "kecamatan"
        case .kindShortVillage: return "desa/kelurahan"
        case .kindShortEvent: return "kegiatan"
        case .kindShortBimtek: return "Bimtek"
        case .kindShortPLM: return "PLM"
        case .kindShortSHM: return "SHM"

        case .diagramLegend: return "Keterangan"
        case .diagramRoleModel: return "Role Model"
        case .diagramGap: return "celah sinergi"
        case .diagramRecommended: return "kemitraan yang disarankan"
        case .diagramBundle: return "garis dari kotak: ×N anggotanya"
        case .diagramBundleTooltip: return "{count} hubungan"
        case .diagramSince: return "sejak {year}"
        case .diagramUntil: return "hingga {year}"
        case .diagramLeftOut: return "Tidak digambar: {what}."
        case .diagramSfdpNote:
            return "{count} simpul: digambar dengan sfdp, bukan dot (dot lambat di atas {limit} simpul)"
        case .diagramBoxesNeedGraphviz:
            return
                "Graphviz belum terpasang: berkas DOT ditulis tanpa kotak wilayah, yang ditata sfdp saat berkas ditulis (pasang Graphviz, lalu ekspor lagi)"
        case .diagramSfdpNoteBoxes:
            return
                "{count} simpul: digambar dengan sfdp, bukan dot (dot lambat di atas {limit} simpul); sfdp tidak menggambar kotak wilayah"

        case .diagramBadChoice: return "opsi '{option}' harus {choices}, bukan '{value}'"
        case .diagramBadAspect:
            return "--aspect memerlukan LEBAR:TINGGI (misalnya 16:9 atau 4:3) atau none, bukan '{value}'"
        case .diagramBadSize: return "--size memerlukan LEBARxTINGGI dalam piksel (misalnya 1920x1080), bukan '{value}'"
        case .diagramSizeOrAspect: return "pilih --size atau --aspect, jangan keduanya"
        case .diagramEmptyList: return "{option} memerlukan paling sedikit satu nama"
        case .diagramUnknownKind: return "{option}: tidak ada jenis atau tingkat '{value}'"
        case .diagramNoHighlightNode: return "tidak ada simpul '{key}' untuk disorot"
        case .diagramLarge:
            return
                "diagram berisi {count} simpul (lebih dari {limit}); diagram akan sulit dibaca. Pilih sebagian dengan --region, --around, --query atau --levels."
        case .gapNotRegistered: return "belum tercatat: {roles}"
        case .gapNotPartnered: return "belum bermitra: {pairs}"
        case .gapStepPartner: return "jalin kemitraan {a} dengan {b}"
        case .gapStepInvite: return "undang {roles} ke SHM berikutnya"
        case .gapStepRegister: return "catat Dinas Perpustakaan, Bappeda dan DPMPD"
        case .outputWrongExtension:
            return "'{file}' tidak cocok dengan {format}, yang menulis berkas {extensions}; {hint}"
        case .outputTryName: return "beri nama '{name}'"
        case .outputTryRender: return "tambahkan --render untuk menggambar, atau beri nama berkas DOT '{name}'"
        case .renderCannotRead: return "{file}: berkas tidak dapat dibaca"
        case .renderTooLarge:
            return
                "diagram berisi {count} simpul, lebih dari {limit}: Graphviz akan berjalan bermenit-menit dan gambarnya tidak terbaca. Gambar sebagian (--region, --levels, --kinds), atau tambahkan --any-size."
        case .renderNeedsOutput: return "--render memerlukan --output <berkas.svg|png|pdf>"
        case .renderDrew: return "{file} digambar dengan {engine} ({count} simpul)"
        case .renderSmallText:
            return
                "teks digambar {points} pt agar muat, terlalu kecil untuk dibaca di proyektor; gambar sebagian (--region, --levels, --kinds) atau perbesar --size"
        case .optionClusterBy:
            return
                "Diagram: kelompokkan simpul per province (provinsi), regency (kabupaten/kota) atau none (bawaan: province)."
        case .optionTitle: return "Diagram: judul di atas gambar."
        case .optionLevels: return "Diagram: hanya gambar tingkat ini (national, province, regency, district, village)."
        case .optionKinds: return "Diagram: hanya gambar jenis ini (label, dipisah koma)."
        case .optionLeaveOut: return "Diagram: jangan gambar jenis atau tingkat ini (misalnya village,Event)."
        case .optionHighlight: return "Diagram: gaps menandai celah sinergi dan kemitraan yang akan menutupnya."
        case .optionRankdir: return "Diagram: arah garis: LR, TB, RL atau BT (bawaan: LR)."
        case .optionEdgeLabels: return "Diagram: tulis hubungan, jenis dan tahunnya pada setiap garis."
        case .optionNoBundle: return "Diagram: gambar setiap hubungan sendiri-sendiri (tanpa garis dari kotak)."
        case .optionNoLegend: return "Diagram: tanpa keterangan."
        case .optionSize: return "Gambar: LEBARxTINGGI dalam piksel (bawaan: 1920x1080)."
        case .optionAspect:
            return "Gambar: LEBAR:TINGGI (misalnya 4:3), atau none untuk ukuran asli Graphviz (bawaan: 16:9)."
        case .optionEngine: return "Gambar: dot atau sfdp (bawaan: menurut ukuran)."
        case .optionAnySize: return "Tetap gambar diagram berisi lebih dari 10.000 simpul."
        case .valueLevels: return "tingkat"
        case .valueKinds: return "jenis"
        case .valueHighlight: return "apa"
        case .valuePixels: return "piksel"
        case .valueRatio: return "rasio"
        case .renderAbstract: return "Gambar berkas DOT dengan Graphviz menjadi SVG, PNG atau PDF."
        case .renderDiscussion:
            return """
                Memakai mesin yang disebut atribut layout berkas itu (DOT Sinergi selalu menyebutnya), atau dot
                untuk diagram kecil dan sfdp untuk diagram besar (di atas 400 simpul); --engine mengalahkan
                keduanya, dan mesin yang berjalan adalah mesin yang dilaporkan. sfdp disetel untuk graf besar
                (overlap=prism, garis lurus). Ukuran diperiksa lebih dulu: lebih dari 10.000 simpul ditolak
                kecuali dengan --any-size. Gambar memenuhi kanvas DOT itu (kanvas Sinergi: 16:9, 1920 x 1080
                piksel) kecuali --size atau --aspect menyebut lain; Graphviz berhenti bila sinergi dihentikan.
                Graphviz adalah program tambahan: pasang dengan 'apt-get install graphviz' atau
                'brew install graphviz'.
                """
        case .renderFileHelp: return "Berkas DOT."
        case .renderOutputHelp: return "Gambar yang ditulis (.svg, .png atau .pdf)."
        case .graphvizNotInstalled:
            return "Graphviz belum terpasang: pasang dengan `apt-get install graphviz` atau `brew install graphviz`"
        case .graphvizFailed: return "{program} gagal dengan status keluar {status}{detail}"
        case .graphvizCrashed: return "{program} dihentikan oleh sinyal {signal}{detail}"
        case .graphvizCannotWrite: return "tidak dapat menulis {path}: {detail}"
        case .graphvizCannotRun: return "tidak dapat menjalankan {program}: {detail}"
        case .graphvizCannotRead: return "keluaran Graphviz {path} tidak dapat dibaca"
        case .optionRender: return "Jalankan Graphviz untuk menggambar --output (.svg, .png, .pdf)."
        // MARK: Algorithms
        case .scopeSameRegency: return "kabupaten/kota yang sama"
        case .scopeSameProvince: return "provinsi yang sama"
        case .scopeNational: return "tingkat nasional"
        case .recommendPlaceSameRegency: return "keduanya berada di {regency}"
        case .recommendPlaceSameProvince:
            return "belum ada pemangku kepentingan yang terhubung di kabupaten/kotanya; keduanya berada di {province}"
        case .recommendPlaceNational:
            return
                "belum ada pemangku kepentingan yang terhubung di kabupaten/kota maupun provinsinya, sehingga kemitraan dijalin dengan tingkat nasional"
        case .recommendGroupAlone: return "satu pemangku kepentingan yang berdiri sendiri"
        case .recommendGroup: return "kelompok {count} pemangku kepentingan"
        case .recommendReason:
            return
                "Jalin kemitraan antara {stakeholder} dan {partner}: {place}. Kemitraan ini menghubungkan {group} yang belum memiliki jalur ke Perpusnas atau Dinas Perpustakaan provinsinya; {why}."
        case .recommendWhyLargest: return "tidak ada kelompok belum terhubung yang lebih besar"
        case .recommendWhyNext:
            return "setelah kemitraan di atas terjalin, tidak ada kelompok belum terhubung tersisa yang lebih besar"
        case .unconnectedNoStakeholders: return "belum ada pemangku kepentingan yang tercatat"
        case .unconnectedNoPath: return "belum ada jalur ke Perpusnas atau Dinas Perpustakaan provinsinya"
        case .fragileBridge: return "kemitraan (jembatan)"
        case .fragileArticulationPoint: return "pemangku kepentingan (titik artikulasi)"
        case .calibrationNoHistory:
            return
                "tidak ada data untuk memperkirakan: tidak ada relasi {type} yang memiliki tahun (catat `since` pada setiap replikasi dan `cohort` pada pemangku kepentingan yang bergabung dengan program)"
        case .calibrationNoExposedReplication:
            return
                "tidak ada data untuk memperkirakan: tidak satu pun dari {replications} replikasi (yang terakhir pada {last}) didahului relasi dengan pemangku kepentingan yang sudah ikut program pada tahun sebelumnya (catat `cohort` pada Role Model dan penerima manfaat, atau ikuti jenis relasi lain)"
        case .algorithmsNoProvince: return "tidak ada provinsi '{name}' di {registry}"
        case .algorithmsNoLabel: return "tidak ada simpul berlabel '{label}' di {registry}"
        case .algorithmsEveryType: return "semua jenis relasi"
        case .algorithmsStakeholderNetwork: return "semua jenis relasi kecuali LOCATED_IN dan PART_OF"
        case .algorithmsOptionAppliesTo: return "--{option} hanya berlaku untuk --{choice} {kinds}"
        case .algorithmsInPlace: return "di {place}"
        case .algorithmsInRegistry: return "di registri"
        case .spreadLineageSummary: return "{roleModels} Role Model, {replicators} replikator{place}"
        case .spreadLineageUnmarked:
            return "; {count} lainnya tidak bertanda roleModel: true (ditiru pihak lain, atau diminta)"
        case .spreadByProvinceSummary: return "{replicators} replikator di {provinces} provinsi"
        case .spreadByCohortSummary: return "{replicators} replikator dalam {years} tahun angkatan{place}"
        case .modelIndependentCascade: return "kaskade independen"
        case .modelLinearThreshold: return "ambang linier"
        case .spreadEstimatedNote:
            return
                "; p = {p} per relasi, diperkirakan dari replikasi {first}–{last} (selang kepercayaan 95% {lower}–{upper})"
        case .spreadNoSeeds:
            return "tidak ada titik awal: beri --seed-node, atau tandai Role Model dengan roleModel: true di {registry}"
        case .spreadForecastSummary:
            return
                "perkiraan sebaran {spread} simpul (selang kepercayaan 95% {lower}–{upper}) dari {seeds} titik awal; {model}, {runs} kali simulasi, benih acak {seed}"
        case .algorithmsTopListed: return "; {top} yang memutus paling banyak dari {total} ditampilkan"
        case .spreadNoCandidates: return "tidak ada kandidat: tidak tersisa simpul berlabel {label}{place}"
        case .spreadBestSeedsRRSummary:
            return
                "{seeds} titik awal dari {candidates} kandidat {label} menjangkau rata-rata {spread} simpul (paling sedikit {lowerBound}); dengan peluang {confidence}% itu paling sedikit {guarantee}% dari jangkauan terbesar yang dapat dicapai {seeds} kandidat (1 − 1/e − ε, ε = {epsilon}); {model}, {sets} himpunan jangkauan balik, benih acak {seed}"
        case .spreadBestSeedsCELFSummary:
            return
                "{seeds} titik awal dari {candidates} kandidat {label} menjangkau rata-rata {spread} simpul; {model}, pemilihan serakah dengan CELF, {runs} kali simulasi, benih acak {seed}"
        case .calibrationEveryLink: return "setiap relasi"
        case .calibrationSummary:
            return
                "p = {p} per relasi per tahun (selang kepercayaan 95% {lower}–{upper}), diperkirakan dari {adoptions} replikasi {population} pada {first}–{last} melalui {network}; {unexplained} tanpa relasi terpapar tidak dihitung"
        case .calibrationFit:
            return
                "; pemeriksaan: dengan perkiraan dari {from}–{to}, ramalan untuk {year} adalah {expected} (95% {lower}–{upper}) dan yang terjadi {observed} ({unexplained} lainnya tanpa relasi terpapar)"
        case .calibrationNoFit: return "; tidak ada angkatan sebelumnya untuk memeriksa kecocokan"
        case .calibrationSummaryByType:
            return
                "{count} peluang per relasi per tahun, satu untuk setiap jenis relasi yang terpapar, diperkirakan dari {adoptions} replikasi {population} pada {first}–{last} melalui {network}; {unexplained} tanpa relasi terpapar tidak dihitung"
        case .algorithmsTopAdopters: return "; {top} yang paling mungkin dari {total} pengadopsi ditampilkan"
        case .synergyRoleLibraryOffice: return "Dinas Perpustakaan"
        case .synergyRoleBappeda: return "Bappeda"
        case .synergyRoleDPMPD: return "DPMPD"
        case .algorithmsNone: return "tidak ada"
        case .synergySummary:
            return
                "{listed} kabupaten/kota dengan celah sinergi ditampilkan ({partnerships} kemitraan dan {stakeholders} pemangku kepentingan belum ada); {complete} dari {total} kabupaten/kota sudah {definition}"
        case .synergyUnregistered: return "; {count} belum mencatat satu pun dari ketiganya (--all menampilkannya)"
        case .synergyStepPartner: return "jalin kemitraan {a} dengan {b}"
        case .synergyStepRegisterAll: return "catat Dinas Perpustakaan, Bappeda dan DPMPD"
        case .synergyStepInvite: return "undang {roles} ke SHM berikutnya"
        case .unconnectedSummary:
            return
                "{regencies} kabupaten/kota dan {villages} desa belum terhubung dengan Perpusnas atau Dinas Perpustakaan provinsinya: {withoutPath} memiliki pemangku kepentingan tetapi tanpa jalur"
        case .unconnectedEmptyNotListed:
            return " ditampilkan, {count} tanpa pemangku kepentingan yang tercatat (--all menampilkannya)"
        case .unconnectedEmptyListed: return ", {count} tanpa pemangku kepentingan yang tercatat"
        case .fragileSummary:
            return
                "{bridges} kemitraan (jembatan) dan {points} pemangku kepentingan (titik artikulasi) akan memecah jaringan {network}"
        case .componentsMore: return "… ({count} lainnya)"
        case .componentsSummary:
            return
                "{components} komponen di antara {stakeholders} pemangku kepentingan melalui {network}: yang terbesar berisi {largest}, {isolates} pemangku kepentingan tanpa relasi"
        case .recommendSummary:
            return "{partnerships} kemitraan baru akan menghubungkan {stakeholders} pemangku kepentingan dengan program"
        case .algorithmsTopRegions: return "; {top} wilayah teratas dari {total} ditampilkan"
        case .algorithmsThroughLabel: return "melalui simpul {label}"
        case .reachSummary: return "{nodes} simpul dalam {hops} langkah dari {sources} titik awal melalui {network}"
        case .pathNone: return "tidak ada jalur dari '{from}' ke '{to}' melalui {network}"
        case .pathSummary: return "{hops} langkah dari '{from}' ke '{to}'"
        case .pathWeightTotal: return ", jumlah {weight} {total}"
        case .csvUnterminatedQuote: return "tanda kutip yang dibuka tidak pernah ditutup"
        case .csvTextAfterQuote: return "ada teks yang tidak diharapkan setelah tanda kutip penutup"
        case .csvEmptyColumnName: return "nama kolom kosong"
        case .csvGroupNotAllowed: return "ruang id '({group})' hanya boleh pada :ID, :START_ID dan :END_ID"
        case .csvUnknownRegionLevel:
            return
                "tingkat wilayah '{level}' pada kolom '{column}' tidak dikenal (pilihan: Province, Regency, District atau Village)"
        case .csvUnknownType: return "jenis nilai '{type}' pada kolom '{column}' tidak dikenal"
        case .csvNoPropertyName: return "kolom '{column}' tidak memiliki nama properti"
        case .csvColumnNotInNodeFile: return "kolom '{column}' tidak boleh ada di berkas simpul"
        case .csvColumnNotInRelationshipFile: return "kolom '{column}' tidak boleh ada di berkas relasi"
        case .csvEmptyFile: return "berkas kosong; seharusnya ada baris judul kolom"
        case .csvSeveralColumns: return "ada lebih dari satu kolom {column}"
        case .csvFieldCount: return "seharusnya {expected} kolom, ternyata {found}"
        case .csvTwoValues: return "dua nilai untuk properti '{property}' (kolom '{first}' dan '{second}')"
        case .csvEmptyNodeID: return "id simpul kosong pada kolom '{column}'"
        case .csvDuplicateNodeID: return "id simpul '{id}' ganda (pertama di {place})"
        case .csvIDInTwoSpaces:
            return "id simpul '{id}' dipakai di ruang id '{first}' dan '{second}'; kunci simpul Sinergi berlaku global"
        case .csvEmptyType: return "jenis relasi kosong pada kolom '{column}'"
        case .csvEmptyEnd: return "sel kosong pada kolom '{column}': relasi memerlukan kedua ujungnya"
        case .csvDuplicateRelationshipKey: return "kunci relasi '{key}' ganda (pertama di {place})"
        case .csvMissingEnd:
            return
                "kolom {end} (kunci salah satu ujung) tidak ada, begitu pula kolom yang menyebut namanya seperti '{names}'"
        case .csvMissingType:
            return "berkas tidak memiliki kolom :TYPE (jenis hubungan); tambahkan kolom itu, atau berikan --type JENIS"
        case .csvMissingEvent:
            return "pertemuannya tidak disebut: tambahkan kolom 'pertemuan', atau berikan --event NAMA"
        case .csvBadInteger: return "bilangan bulat '{value}' pada kolom '{column}' tidak sah"
        case .csvBadFloat: return "bilangan pecahan '{value}' pada kolom '{column}' tidak sah"
        case .csvBadBoolean: return "nilai ya/tidak '{value}' pada kolom '{column}' tidak sah"
        case .csvBadTemporal: return "nilai {kind} '{value}' pada kolom '{column}' tidak sah"
        case .csvBadJSON: return "json pada kolom '{column}' tidak sah: {detail}"
        case .jsonNullNotStored: return "null tidak disimpan"
        case .attendanceMissingColumn: return "daftar hadir memerlukan kolom '{column}'"
        case .attendanceNoName: return "baris ini tidak memiliki nama (kolom '{column}')"
        case .attendanceNoInstitution:
            return
                "baris ini tidak menyebut instansi (kolom '{column}'): tulis dinas atau lembaga yang diwakili peserta"
        case .graphmlNotGraphML: return "seharusnya <graphml>, ternyata <{found}>"
        case .graphmlKeyWithoutID: return "<key> tanpa id"
        case .graphmlUnknownAttrType: return "attr.type '{type}' pada kunci '{key}' tidak dikenal"
        case .graphmlBadDefault: return "{detail} pada nilai bawaan kunci '{key}'"
        case .graphmlDuplicateKeyID: return "id kunci '{key}' ganda"
        case .graphmlNoGraph: return "tidak ada elemen <graph>"
        case .graphmlSeveralGraphs: return "ada lebih dari satu <graph>; hanya satu yang didukung"
        case .graphmlDataWithoutKey: return "<data> tanpa kunci"
        case .graphmlUnknownKey: return "kunci '{key}' tidak dikenal"
        case .graphmlBadLabels: return "label '{text}' tidak sah"
        case .graphmlBadData: return "{detail} pada kunci '{key}'"
        case .graphmlBadValue: return "nilai {kind} '{value}' tidak sah"
        case .graphmlNodeWithoutID: return "<node> tanpa id"
        case .graphmlNestedGraph: return "graf bersarang tidak didukung"
        case .graphmlPort: return "port tidak didukung"
        case .graphmlDuplicateNode: return "id simpul '{id}' ganda (pertama di baris {line})"
        case .graphmlEdgeWithoutEnds: return "<edge> tanpa source dan target"
        case .graphmlDuplicateEdge: return "id edge '{id}' ganda (pertama di baris {line})"
        case .graphmlEmptyType: return "jenis relasi kosong"
        case .graphmlHyperedge: return "hyperedge tidak didukung"
        case .graphmlUnexpected: return "<{element}> tidak diharapkan di dalam <graph>"
        case .importDuplicateKey: return "kunci '{key}' diberikan dua kali (pertama di {place})"
        case .importNodeSameAs:
            return
                "'{name}' sudah ada di registri sebagai '{key}' (jenis, nama dan wilayah sama) dengan nilai lain: {differences} (gunakan --on-conflict replace atau skip)"
        case .importRowRepeats: return "baris ini mengulang baris {line} (jenis, nama dan wilayah sama)"
        case .importRowNamesSeveral:
            return
                "'{name}' menyebut beberapa pemangku kepentingan di registri: {nodes}; berikan kunci atau kolom wilayah"
        case .importRelationshipSameAs:
            return
                "{type} dari '{start}' ke '{end}' ini sudah ada di registri sebagai '{key}' (ujung, jenis dan {properties} sama) dengan nilai lain: {differences} (gunakan --on-conflict replace atau skip)"
        case .importRelationshipRepeats: return "baris ini mengulang baris {line} (ujung, jenis dan {properties} sama)"
        case .importNoLabel:
            return
                "baris ini tidak memiliki jenis: isi kolom '{column}' (misalnya Bappeda, Dinas Perpustakaan Kabupaten), atau berikan kolom :LABEL"
        case .importUnknownLabel:
            return
                "label '{label}' pada kolom '{column}' tidak dikenal (tidak ada dalam skema TPBIS; --allow {allow} tetap memakainya, --schema none menerima label apa pun)"
        case .importUnknownKind: return "kolom '{column}' berisi '{value}', yang tidak dikenal"
        case .importUnknownType:
            return
                "jenis relasi '{type}' pada kolom '{column}' tidak dikenal (tidak ada dalam skema TPBIS; --allow {allow} tetap memakainya)"
        case .importNearLabel:
            return "label '{label}' belum ada di registri dan tampaknya salah ketik (--allow {allow} tetap memakainya)"
        case .importNearType:
            return
                "jenis relasi '{type}' belum ada di registri dan tampaknya salah ketik (--allow {allow} tetap memakainya)"
        case .importNearColumn:
            return
                "kolom '{column}' menyebut properti yang belum ada di registri dan tampaknya salah ketik (--allow {allow} tetap memakainya)"
        case .importEmptyType: return "jenis relasi kosong pada kolom '{column}'"
        case .importMissingProperty: return "{owner} memerlukan '{property}', tetapi baris ini tidak memilikinya"
        case .importNotADate:
            return "kolom '{column}' berisi '{value}', yang bukan tanggal (tulis 2023-08-08 atau 08/08/2023)"
        case .importNotABoolean:
            return "kolom '{column}' berisi '{value}', yang bukan ya atau tidak (tulis ya atau tidak)"
        case .importUnknownValue: return "kolom '{column}' berisi '{value}', yang bukan salah satu dari {choices}"
        case .importWrongStart: return "{type} seharusnya berawal di {label}, bukan di '{node}'"
        case .importWrongEnd: return "{type} seharusnya berakhir di {label}, bukan di '{node}'"
        case .importUnknownNodeID: return "id simpul '{id}' pada kolom '{column}' tidak dikenal"
        case .importEndpointMissing:
            return
                "tidak ada pemangku kepentingan, pertemuan atau orang bernama '{name}' di registri maupun di berkas (kolom '{column}')"
        case .importEndpointMissingWithin:
            return
                "tidak ada pemangku kepentingan, pertemuan atau orang bernama '{name}' di {region} (kolom '{column}')"
        case .importEndpointAmbiguous:
            return "'{name}' (kolom '{column}') menyebut lebih dari satu: {nodes}; berikan kuncinya, atau kolom wilayah"
        case .importUnknownEvent: return "tidak ada pertemuan '{name}' di registri (kolom '{column}')"
        case .importUnknownReference: return "tidak ada simpul '{name}' di registri (kolom '{column}')"
        case .importReferenceAmbiguous:
            return "'{name}' (kolom '{column}') menyebut lebih dari satu: {nodes}; berikan kuncinya"
        case .importRegionMissing: return "tidak ada {level} bernama '{name}' di registri (kolom '{column}')"
        case .importRegionMissingWithin: return "tidak ada {level} bernama '{name}' di {parent} (kolom '{column}')"
        case .importRegionAmbiguous:
            return
                "'{name}' (kolom '{column}') menyebut beberapa wilayah: {regions}; tambahkan provinsinya, atau tulis kunci wilayahnya"
        case .importNoRegions:
            return
                "registri belum memiliki wilayah untuk menempatkan '{name}'; buat dengan 'sinergi init' (berisi wilayah Indonesia)"
        case .importNothing:
            return
                "tidak ada yang diimpor: sebutkan berkas, atau berkas CSV --nodes, --partnerships, --commitments, --attendance atau --relationships"
        case .importCannotRead: return "{path}: berkas tidak dapat dibaca"
        case .importNotUTF8:
            return "{place}: berkas bukan UTF-8 (di Excel: Simpan Sebagai, 'CSV UTF-8 (Comma delimited)')"
        case .importMappingRow: return "baris pemetaan memerlukan dua sel: nama kolom seperti tertulis, dan artinya"
        case .importSummary:
            return "diimpor ke {path}: {counts}"
        case .importCommitted: return "{summary} (transaksi {tx})"
        case .importNothingChanged: return "{summary} (tidak ada yang berubah)"
        case .importDryRunSummary:
            return "uji coba, tidak ada yang ditulis: {counts}"
        case .importReportCreate: return "buat    {place}: {what}"
        case .importReportReplace: return "ganti   {place}: {what}"
        case .importReportSkip: return "lewati  {place}: {what}"
        case .importReportMatch: return "dikenal {place}: {what}"
        case .importReportNode: return "simpul {key} ({labels})"
        case .importReportNamedNode: return "simpul {key} ({labels}) '{name}'"
        case .importReportLocation: return "{key} LOCATED_IN (berada di) '{region}'"
        case .importReportRelationship: return "relasi {type} {key}: {start} → {end}"
        case .checkAbstract: return "Periksa sebuah registri: berkasnya, dan isinya menurut skema TPBIS."
        case .checkDiscussion:
            return """
                Masalah berkas (baris yang rusak, ujung relasi yang tidak ada, kunci ganda) adalah galat.
                Temuan skema (label atau jenis relasi yang tidak dikenal, properti wajib yang tidak ada, nilai di
                luar pilihan, rujukan ke simpul yang tidak ada, relasi antara jenis simpul yang salah, kemitraan
                yang tercatat dua kali) adalah peringatan, masing-masing sebagai BERKAS:BARIS dengan nama terdekat
                yang dikenal. Skemanya dijelaskan di docs/schema.md.
                """
        case .checkHelpStrict: return "Keluar dengan kode 1 bila ada peringatan, bukan hanya galat."
        case .checkNoProblems: return "{path}: {nodes} simpul, {relationships} relasi, tidak ada masalah"
        case .checkWarnings: return "{path}: {nodes} simpul, {relationships} relasi, {warnings} peringatan"
        case .schemaNoLabel: return "simpul '{key}' tidak memiliki label"
        case .schemaUnknownLabel: return "simpul '{key}' memiliki label '{label}' yang tidak dikenal"
        case .schemaMissingFamily: return "simpul '{key}' berjenis {label} tetapi tidak berlabel {family}"
        case .schemaMissingProperty: return "{owner} '{key}' tidak memiliki '{property}'"
        case .schemaDanglingReference:
            return "'{key}': '{property}' merujuk simpul '{target}' yang tidak ada (rujukan menggantung)"
        case .schemaReferenceWrongKind: return "'{key}': '{property}' merujuk '{target}', yang bukan {label}"
        case .schemaUnknownType: return "relasi '{key}' memiliki jenis '{type}' yang tidak dikenal"
        case .schemaWrongStart: return "{type} '{key}' seharusnya berawal di {label}, bukan di '{node}'"
        case .schemaWrongEnd: return "{type} '{key}' seharusnya berakhir di {label}, bukan di '{node}'"
        case .schemaNotADate: return "'{key}': '{property}' berisi {value}, yang bukan tanggal"
        case .schemaUnknownValue: return "'{key}': '{property}' bernilai '{value}', bukan salah satu dari {choices}"
        case .schemaEndsBeforeStart: return "'{key}': until {until} lebih awal daripada since {since}"
        case .schemaLikelyDuplicate:
            return "relasi '{key}' mengulang '{other}' (ujung, jenis, pertemuan dan dokumen sama)"
        case .relationshipCOMMITS: return "berkomitmen di"
        case .relationshipNounCOMMITS: return "rencana tindak lanjut (komitmen)"
        case .importAbstract:
            return
                "Impor spreadsheet (CSV), daftar hadir, JSON lines APOC atau GraphML ke sebuah registri, sebagai satu transaksi."
        case .importDiscussion:
            return """
                Spreadsheet diimpor apa adanya: kolom boleh dinamai seperti biasa (nama, jenis, kabupaten, tanggal,
                pihak 1, mitra, pertemuan; lihat docs/formats.md) atau dengan judul kolom neo4j-admin import (:ID,
                :LABEL, since:date), dipisah ',' atau ';', tanggal dengan hari lebih dulu (08/08/2023), ya/tidak.
                Pemangku kepentingan dikenali dari kuncinya, atau dari jenis, nama dan wilayahnya; ujung kemitraan
                dari kunci, atau dari nama di wilayahnya; relasi tanpa kunci dianggap sama dengan relasi yang
                ujung, jenis dan pertemuannya sama. Setiap berkas diperiksa menurut skema TPBIS (--schema none
                untuk graf lain) dan isi registri sebelum apa pun ditulis: jenis, relasi, kolom atau wilayah yang
                salah ketik ditolak sebagai BERKAS:BARIS dengan nama terdekat yang dikenal, perintah keluar dengan
                kode 1 dan registri tidak diubah. --dry-run menampilkan apa yang akan dibuat, diganti dan dilewati.
                Baris yang sudah ada di registri dengan nilai yang sama dianggap sudah ada, sehingga spreadsheet
                yang diimpor lagi hanya mencatat baris barunya; registri lain (berkas .jsonl-nya, beserta jurnalnya)
                masuk seperti keadaannya pada transaksi terakhirnya.
                """
        case .importHelpFile:
            return "Berkas JSON lines, GraphML atau CSV yang diimpor (jenis berkas CSV dibaca dari judul kolomnya)."
        case .importHelpNodes:
            return
                "Berkas CSV pemangku kepentingan, pertemuan atau wilayah, satu per baris (misalnya nama, jenis, kabupaten)."
        case .importHelpPartnerships:
            return
                "Berkas CSV kemitraan: pihak 1, pihak 2 (kunci, atau nama dengan wilayahnya), jenis, dokumen, status."
        case .importHelpCommitments:
            return "Berkas CSV rencana tindak lanjut: pihak, rencana, tenggat, status, pertemuan."
        case .importHelpAttendance:
            return "Daftar hadir: nama, jabatan, instansi, kabupaten/kota, peran, kelompok peserta."
        case .importHelpRelationships:
            return "Berkas CSV relasi (:START_ID, :END_ID, :TYPE, atau pihak 1, pihak 2, jenis hubungan)."
        case .importHelpEvent:
            return
                "Pertemuan untuk baris --attendance dan --commitments yang tidak memiliki kolom pertemuan (kunci atau nama)."
        case .importHelpType: return "Jenis relasi untuk berkas --relationships yang tidak memiliki kolom :TYPE."
        case .importHelpOnConflict:
            return
                "Bila baris sudah ada (kunci sama, atau jenis, nama dan wilayah sama): error, replace atau skip (bawaan: error)."
        case .importHelpSchema: return "tpbis: periksa menurut skema TPBIS (bawaan); none: graf apa pun."
        case .importHelpAllow: return "Terima nama label, jenis relasi atau kolom ini walaupun tampak salah ketik."
        case .importHelpMapping:
            return "Berkas CSV berisi baris 'kolom,arti' untuk kolom Anda (misalnya 'Nama Lengkap,nama')."
        case .importHelpDelimiter: return "Pemisah CSV: , ; tab atau | (bawaan: dikenali dari judul kolom)."
        case .importHelpDedup:
            return
                "Properti pembeda relasi yang ujung dan jenisnya sama (bawaan: event; none: tidak pernah dianggap sama)."
        case .importHelpDryRun:
            return "Periksa semuanya dan tampilkan apa yang akan dibuat, diganti dan dilewati; tidak mengubah apa pun."
        case .importHelpCreate: return "Buat registri bila belum ada."
        case .importCounts:
            return "{nodes} simpul dan {relationships} relasi dibuat, {replaced} diganti, {skipped} dilewati"
        case .importCountsMatched:
            return
                "{nodes} simpul dan {relationships} relasi dibuat, {replaced} diganti, {skipped} dilewati, {matched} sudah ada"
        case .queryMissingParameter:
            return
                "parameter ${name} tidak diberikan: berikan dengan -p {name}=NILAI (di shell: :param {name} => NILAI)"

        // MARK: The HTML map
        case .mapTitle: return "Peta pemangku kepentingan"
        case .mapSearchPlaceholder: return "Cari pemangku kepentingan, wilayah, atau kunci…"
        case .mapZoomIn: return "Perbesar"
        case .mapZoomOut: return "Perkecil"
        case .mapFit: return "Tampilkan seluruh peta"
        case .mapHelp:
            return
                "Seret untuk menggeser, gulir untuk memperbesar, klik pemangku kepentingan untuk melihat rincian dan mitranya."
        case .mapKinds: return "Jenis"
        case .mapProvince: return "Provinsi"
        case .mapAllProvinces: return "Semua provinsi"
        case .mapRelationships: return "Hubungan"
        case .mapYear: return "Tahun"
        case .mapAllYears: return "Semua tahun"
        case .mapInYear: return "Hubungan yang berlaku pada tahun {year}"
        case .mapShown: return "{shown} dari {total} ditampilkan"
        case .mapHighlights: return "Sorotan"
        case .mapNoMatch: return "Tidak ada yang cocok dengan “{q}”."
        case .mapCloseMatch: return "nama yang mirip (salah ketik?)"
        case .mapClose: return "Tutup"
        case .mapProperties: return "Properti"
        case .mapKey: return "kunci"
        case .mapPartnerships: return "Kemitraan"
        case .mapOtherLinks: return "Hubungan lain"
        case .mapNone: return "tidak ada"
        case .mapNeedsGraphviz:
            return
                "--format html menata peta dengan Graphviz, yang belum terpasang: pasang dengan `apt-get install graphviz` atau `brew install graphviz`"
        case .mapLayoutUnreadable: return "tata letak peta dari Graphviz tidak dapat dibaca"
        case .mapWrote:
            return
                "peta {file} ditulis: {count} simpul, ditata oleh {engine}; dapat dibuka di peramban apa pun, tanpa jaringan"

        // MARK: The SHM brief and region names
        case .valueWhen: return "tanggal|pertemuan"
        case .briefAbstract:
            return "Tulis brief SHM sebuah provinsi, kabupaten/kota, atau tingkat nasional (Markdown atau HTML)."
        case .briefDiscussion:
            return """
                Brief yang dibawa penyelenggara ke Stakeholder Meeting berikutnya: pemangku kepentingan, kegiatan
                dan pesertanya, kemitraan, komitmen (COMMITS dari pemangku kepentingan ke pertemuan: what, due,
                status), celah sinergi dengan langkah berikutnya, replikasi dibandingkan dengan angka program,
                serta diagram wilayah dengan celah yang disorot.
                --since TANGGAL (atau kunci sebuah pertemuan) menandai apa yang berubah sejak saat itu. markdown
                menulis diagram sebagai SVG di samping berkas; html adalah satu halaman mandiri yang dapat dicetak
                ke PDF dari peramban. Teks mengikuti bahasa yang dipilih (--lang id atau en).
                """
        case .briefHelpRegion:
            return "Provinsi atau kabupaten/kota (nama seperti biasa ditulis, atau kunci); bawaan: nasional."
        case .briefHelpSince:
            return "Tandai apa yang berubah sejak tanggal ini (YYYY-MM-DD) atau pertemuan ini (kunci kegiatan)."
        case .briefHelpOutput: return "Berkas yang ditulis (.md atau .html); bawaan: keluaran standar."
        case .briefHelpNoDiagram: return "Tanpa diagram."
        case .briefTitle: return "Brief SHM: {place}"
        case .briefNation: return "Nasional"
        case .briefIntro: return "Disusun oleh Sinergi dari registri {file}."
        case .briefSinceIntro: return "Perubahan ditandai sejak {since}."
        case .briefSummary: return "Ringkasan"
        case .briefSummaryStakeholders: return "{count} pemangku kepentingan di {regencies} kabupaten/kota."
        case .briefSummaryPartnerships: return "{count} kemitraan."
        case .briefSummaryEvents: return "{count} kegiatan, {attendance} kehadiran tercatat."
        case .briefSummaryCommitments: return "{count} komitmen, {done} selesai."
        case .briefSummaryGaps: return "{count} kabupaten/kota memiliki celah sinergi."
        case .briefSummaryNoGaps:
            return "Tidak ada kabupaten/kota dengan pemangku kepentingan tercatat yang memiliki celah sinergi."
        case .briefSummaryChanges: return "Sejak itu: {partnerships} kemitraan baru, {commitments} komitmen baru."
        case .briefStakeholders: return "Pemangku kepentingan"
        case .briefNoStakeholders: return "Belum ada pemangku kepentingan yang tercatat di wilayah ini."
        case .briefKind: return "Jenis"
        case .briefCount: return "Jumlah"
        case .briefName: return "Nama"
        case .briefRegency: return "Kabupaten/kota"
        case .briefMoreRows: return "… dan {count} lainnya."
        case .briefAttendance: return "Kegiatan dan kehadiran"
        case .briefNoEvents: return "Belum ada kegiatan yang tercatat untuk wilayah ini."
        case .briefEvent: return "Kegiatan"
        case .briefDate: return "Tanggal"
        case .briefParticipants: return "Peserta dari wilayah ini"
        case .briefWho: return "Siapa"
        case .briefAndMore: return "dan {count} lainnya"
        case .briefSeats: return "{event}: {count} dari {seats} orang peserta SHM provinsi sudah tercatat."
        case .briefPartnerships: return "Kemitraan"
        case .briefNoPartnerships: return "Belum ada kemitraan yang tercatat."
        case .briefPartner: return "Mitra"
        case .briefPartnershipKind: return "Bentuk kemitraan"
        case .briefSince: return "Sejak"
        case .briefUntil: return "Sampai"
        case .briefChange: return "Perubahan"
        case .briefNew: return "baru"
        case .briefCommitments: return "Komitmen (rencana tindak lanjut)"
        case .briefNoCommitments:
            return
                "Belum ada komitmen yang tercatat. Catat setiap komitmen sebagai hubungan COMMITS dari pemangku kepentingan ke pertemuan tempat komitmen dibuat (what, due, status)."
        case .briefWhat: return "Apa"
        case .briefDue: return "Tenggat"
        case .briefStatus: return "Status"
        case .briefDone: return "selesai"
        case .briefStatusPlanned: return "direncanakan"
        case .briefStatusInProgress: return "berjalan"
        case .briefStatusDropped: return "batal"
        case .briefReviewedAt: return "ditinjau pada {event}"
        case .briefGaps: return "Celah sinergi dan langkah berikutnya"
        case .briefNoGapsText:
            return
                "Setiap kabupaten/kota di sini yang memiliki pemangku kepentingan tercatat sudah lengkap: Dinas Perpustakaan, Bappeda dan DPMPD tercatat, dan Dinas Perpustakaan bermitra dengan keduanya."
        case .briefGapLine: return "**{regency}**: {notes}. Langkah berikutnya: {steps}."
        case .briefUnregistered:
            return
                "{count} kabupaten/kota lainnya belum mencatat satu pun dari ketiganya (Dinas Perpustakaan, Bappeda, DPMPD): catat lebih dahulu."
        case .briefReplication: return "Replikasi"
        case .briefReplicators:
            return
                "{count} replikasi tercatat di sini (REPLICATED_FROM); {models} Role Model di sini telah direplikasi."
        case .briefReplicationFigure:
            return
                "Registri mencatat {count} dari {figure} replikasi mandiri yang dilaporkan program hingga Juni 2023 (perpustakaan desa di 27 provinsi)."
        case .briefRoleModel: return "Role Model"
        case .briefDirect: return "Direplikasi langsung oleh"
        case .briefAll: return "Seluruhnya (termasuk melalui yang lain)"
        case .briefGenerations: return "Generasi"
        case .briefDiagram: return "Diagram"
        case .briefDiagramCaption:
            return
                "Pemangku kepentingan dan kemitraan wilayah ini ({count} simpul); celah sinergi dan kemitraan yang disarankan berwarna merah jingga."
        case .briefDiagramNeedsFile:
            return
                "diagram digambar di samping berkas brief: berikan -o BERKAS.md (atau --format html), atau --no-diagram"
        case .briefNoGraphviz: return "brief tanpa diagram: Graphviz belum terpasang (apt-get install graphviz)"
        case .briefWrote: return "brief SHM {place} ditulis ke {file}"
        case .briefSinceNoDate: return "--since {key}: simpul itu tidak memiliki tanggal"
        case .briefBadSince:
            return "--since memerlukan tanggal (YYYY-MM-DD) atau kunci sebuah pertemuan, bukan '{value}'"
        case .briefMonths:
            return "Januari,Februari,Maret,April,Mei,Juni,Juli,Agustus,September,Oktober,November,Desember"
        case .regionUnknown: return "tidak ada provinsi atau kabupaten/kota bernama '{name}' dalam registri"
        case .regionAmbiguous: return "'{name}' menunjuk beberapa wilayah ({keys}); berikan kuncinya"
        case .jsonCommitBadTime:
            return """
                "time" pada rekaman commit harus berupa tanggal dan jam beserta selisih zonanya, misalnya \
                "2026-12-02T08:23:45+07:00", bukan '{value}'
                """
        case .jsonExpectedBoolean: return "seharusnya true atau false, bukan {found}"
        case .historyNoSuchTransaction:
            return """
                {path} tidak memiliki transaksi {tx}: transaksi terakhirnya adalah {last}
                """
        case .historyNoTransactions:
            return """
                {path} tidak memiliki transaksi {tx}: registri ini belum memiliki transaksi, hanya snapshot
                """
        case .historyFoldedByCompaction:
            return """
                {path} tidak menyimpan keadaannya per {point}: registri dipadatkan pada transaksi {tx}, yang melebur \
                riwayat sebelumnya menjadi satu snapshot
                """
        case .historyFoldedByCompactionOn:
            return """
                {path} tidak menyimpan keadaannya per {point}: registri dipadatkan pada {time} (transaksi {tx}), yang \
                melebur riwayat sebelumnya menjadi satu snapshot
                """
        case .historyHintLog: return "'sinergi log -r REGISTRI' menampilkan daftar transaksi beserta nomornya."
        case .historyHintGitShow:
            return """
                Jika registri disimpan di git, salinan berkas yang lebih lama menyimpan riwayat itu: git log -- \
                REGISTRI, lalu git show COMMIT:REGISTRI > lama.jsonl.
                """
        case .optionAuthor:
            return """
                Siapa yang menulis: dicatat bersama transaksi (bawaan: SINERGI_AUTHOR, user.name dari git, nama login).
                """
        case .optionMessage:
            return """
                Alasan perubahan: satu baris yang dicatat bersama transaksi dan ditampilkan di log.
                """
        case .historyEmptyOption: return "--{name} memerlukan nilai yang tidak kosong"
        case .historyBadSinergiDate:
            return """
                SINERGI_DATE harus berupa tanggal dan jam beserta selisih zonanya, misalnya 2026-12-02T08:23:45+07:00, \
                bukan '{value}'
                """
        case .historyBadPoint:
            return """
                --{name} menerima nomor transaksi atau tanggal, misalnya 12, 2023-08-08 atau 2023-08-08T17:00+07:00, \
                bukan '{value}'
                """
        case .valuePoint: return "tx-atau-tanggal"
        case .historyAuthorNotRecorded: return "(penulis tidak tercatat)"
        case .historyTimeNotRecorded: return "(waktu tidak tercatat)"
        case .historyVerbAdded: return "ditambahkan"
        case .historyVerbRemoved: return "dihapus"
        case .historyVerbChanged: return "diubah"
        case .historyPlaceProvince: return "Provinsi {name}"
        case .historySummaryInPlace: return "{count} {what} {verb} di {place}"
        case .historySummaryNoPlace: return "{count} {what} {verb}"
        case .historySummaryInRegions: return "{count} {what} {verb} di {regions} wilayah"
        case .historyNounStakeholder: return "{count|pemangku kepentingan|pemangku kepentingan}"
        case .historyNounPerson: return "{count|orang|orang}"
        case .historyNounEvent: return "{count|kegiatan|kegiatan}"
        case .historyNounRegion: return "{count|wilayah|wilayah}"
        case .historyNounOtherNode: return "{count|entri|entri}"
        case .historyNounPartnership: return "{count|kemitraan|kemitraan}"
        case .historyNounAttendance: return "{count|kehadiran|kehadiran}"
        case .historyNounCoordination: return "{count|hubungan koordinasi|hubungan koordinasi}"
        case .historyNounMentoring: return "{count|hubungan pendampingan|hubungan pendampingan}"
        case .historyNounFunding: return "{count|hubungan pendanaan|hubungan pendanaan}"
        case .historyNounReplication: return "{count|replikasi|replikasi}"
        case .historyNounMembership: return "{count|keanggotaan|keanggotaan}"
        case .historyNounLocation: return "{count|lokasi|lokasi}"
        case .historyNounRegionLink: return "{count|hubungan wilayah|hubungan wilayah}"
        case .historyNounOtherLink: return "{count|hubungan|hubungan}"
        case .logAbstract:
            return """
                Tampilkan transaksi registri: siapa yang menulis, kapan, mengapa, dan apa yang berubah.
                """
        case .logDiscussion:
            return """
                Yang terbaru lebih dulu. Setiap transaksi menampilkan nomor, waktu, penulis, dan pesannya, lalu apa yang\
                 diubahnya dalam istilah program (pemangku kepentingan, kemitraan, kehadiran…) dan di mana. Nomor itu \
                yang dipakai oleh --as-of, diff --from/--to, dan undo.
                """
        case .logHelpSince:
            return """
                Hanya transaksi pada atau sesudah titik ini: nomor transaksi atau tanggal (sejak awal hari itu).
                """
        case .logHelpUntil:
            return """
                Hanya transaksi pada atau sebelum titik ini: nomor transaksi atau tanggal (sampai akhir hari itu).
                """
        case .logHelpAuthor:
            return """
                Hanya transaksi yang nama penulisnya memuat nama ini (huruf besar/kecil tidak berpengaruh).
                """
        case .logHelpRegion:
            return """
                Hanya transaksi yang mengubah sesuatu di wilayah ini (provinsi, kabupaten/kota, kecamatan, atau desa, \
                sebagaimana biasa ditulis).
                """
        case .logHeader: return "transaksi {tx} · {time} · {author}"
        case .logCreated: return "registri dibuat: {nodes} simpul, {relationships} relasi"
        case .logCompacted:
            return """
                dipadatkan: riwayat sebelum transaksi ini dilebur menjadi satu snapshot ({nodes} simpul, {relationships}\
                 relasi)
                """
        case .logNoChange: return "tidak ada perubahan pada pemangku kepentingan atau relasi"
        case .logNothingMatches: return "tidak ada transaksi {path} yang cocok"
        case .logNoTransactions: return "{path} belum memiliki transaksi, hanya snapshot"
        case .logUnknownRegion: return "tidak ada wilayah bernama '{name}' di {path}"
        case .logAuthorsAre: return "penulis dalam log ini: {names}"
        case .diffAbstract:
            return """
                Tampilkan perbedaan dua registri, atau dua titik pada satu registri: pemangku kepentingan dan relasi \
                yang ditambahkan, dihapus, dan diubah.
                """
        case .diffDiscussion:
            return """
                Entitas dibandingkan menurut kuncinya. Entitas yang diubah menampilkan setiap properti dengan nilai lama\
                 dan barunya. Dengan -r, --from dan --to menunjuk titik dalam riwayat registri (nomor transaksi atau \
                tanggal; --to bawaannya sekarang). Ringkasan ditulis ke standard error; kode keluar 0 baik ada maupun \
                tidak ada perbedaan. 'sinergi git-setup' membuat git diff menampilkan ini untuk registri.
                """
        case .diffHelpOld: return "Registri yang lebih lama."
        case .diffHelpNew: return "Registri yang lebih baru."
        case .diffHelpRegistry: return "Satu registri yang riwayatnya dibandingkan (dengan --from dan --to)."
        case .diffHelpFrom: return "Titik yang lebih lama dalam riwayat registri: nomor transaksi atau tanggal."
        case .diffHelpTo: return "Titik yang lebih baru (bawaan: registri saat ini)."
        case .diffHelpGit:
            return """
                Dipanggil git sebagai pengolah diff: tujuh argumen yang diberikan git (lihat 'sinergi git-setup').
                """
        case .diffNeedsInputs: return "sebutkan dua registri, atau satu registri dengan -r dan --from"
        case .diffBothInputs: return "berikan dua registri atau -r dengan --from, bukan keduanya"
        case .diffToWithoutFrom: return "--from dan --to memerlukan -r REGISTRI"
        case .diffGitArguments:
            return """
                --git menerima tujuh argumen yang diberikan git kepada pengolah diff, bukan {count}
                """
        case .diffAbsent: return "(tidak ada)"
        case .diffSummary: return "{added} ditambahkan, {removed} dihapus, {changed} diubah"
        case .diffNoDifference: return "tidak ada perbedaan"
        case .diffLabels: return "label"
        case .diffHeader: return "registri {path}"
        case .gitSetupAbstract:
            return """
                Membuat git menampilkan dan menggabungkan registri dalam istilah program: menulis .gitattributes dan \
                konfigurasi git repositori.
                """
        case .gitSetupDiscussion:
            return """
                Jalankan sekali di repositori yang menyimpan registri. Perintah ini menambahkan '<pola> diff=sinergi \
                merge=sinergi' ke .gitattributes (disimpan di git, sehingga setiap klon memilikinya) dan mengatur \
                diff.sinergi.command, merge.sinergi.name, dan merge.sinergi.driver di .git/config repositori (setiap \
                klon menjalankan git-setup sekali). Setelah itu git diff, git show --ext-diff, dan git log -p \
                --ext-diff menampilkan pemangku kepentingan dan relasi yang ditambahkan, dihapus, dan diubah, bukan \
                baris mentah, dan git merge menggabungkan transaksi dua cabang dalam satu jurnal melalui 'sinergi \
                merge' (kunci tidak pernah bertabrakan); konflik yang sebenarnya menghentikan penggabungan dengan \
                laporan kedua nilainya. Perintah ini juga menambahkan '<pola>.lock' dan '<pola>.sinergi-cache' ke \
                .gitignore: berkas kunci dan citra biner di samping registri tidak pernah disimpan di git.
                """
        case .gitSetupHelpPattern:
            return """
                Berkas mana yang merupakan registri, sebagai pola .gitattributes (bawaan: *.jsonl).
                """
        case .gitSetupHelpProgram: return "Program sinergi yang dijalankan git (bawaan: lokasi program ini)."
        case .gitSetupDone:
            return """
                git sekarang menampilkan dan menggabungkan {pattern} melalui sinergi: .gitattributes berisi '{line}', \
                diff.sinergi.command adalah '{command}', merge.sinergi.driver adalah '{driver}'; .gitignore \
                mengecualikan {ignored}
                """
        case .gitSetupNotARepository: return "folder ini tidak berada di dalam repositori git (kata git: {reason})"
        case .gitSetupNoGit: return "git tidak dapat dijalankan: {reason}"
        case .gitSetupCannotWrite: return "{path} tidak dapat ditulis: {reason}"
        case .valueSize: return "ukuran"
        case .queryHelpMaxMemory:
            return "Hentikan pernyataan yang memerlukan memori lebih banyak, misalnya 512M atau 4G (bawaan: 2G)."
        case .usageMemoryAmount:
            return "opsi '--{name}' memerlukan jumlah memori seperti 512M atau 4G, bukan '{value}'"
        case .queryUnknownLabel: return "label '{name}' tidak ada di registri: pola ini tidak cocok dengan apa pun"
        case .queryUnknownType:
            return "jenis relasi '{name}' tidak ada di registri: pola ini tidak cocok dengan apa pun"
        case .queryUnknownProperty: return "properti '{name}' tidak ada di registri: nilainya selalu null"
        case .queryNewLabel: return "label '{name}' belum ada di registri; pernyataan ini menambahkannya"
        case .queryUnlabelledNode:
            return
                "simpul ini tidak berlabel, sehingga ditulis bukan sebagai jenis pemangku kepentingan atau wilayah mana pun ('sinergi check' melaporkannya); beri label, misalnya (:Bappeda {name: …})"
        case .queryNewType: return "jenis relasi '{name}' belum ada di registri; pernyataan ini menambahkannya"
        case .queryNewProperty: return "properti '{name}' belum ada di registri; pernyataan ini menambahkannya"
        case .queryMisspeltLabel:
            return
                "label '{name}' belum ada di registri dan tampaknya salah ketik dari '{near}'; --allow {name} tetap menuliskannya"
        case .queryMisspeltType:
            return
                "jenis relasi '{name}' belum ada di registri dan tampaknya salah ketik dari '{near}'; --allow {name} tetap menuliskannya"
        case .queryMisspeltProperty:
            return
                "properti '{name}' belum ada di registri dan tampaknya salah ketik dari '{near}'; --allow {name} tetap menuliskannya"
        case .queryStatementNotRun: return "pernyataan {number} (baris {line}) tidak dijalankan"
        case .queryHelpAllow:
            return
                "Tulis label, jenis relasi atau properti ini walaupun tampak salah ketik dari nama yang sudah ada (boleh berulang)."
        case .templateAbstract:
            return
                "Menulis lembar kerja (CSV) kosong dengan kolom berbahasa Indonesia yang dibaca perintah import apa adanya."
        case .templateDiscussion:
            return """
                Tanpa nama, menampilkan daftar templat beserta perintah import yang membacanya kembali. Templat
                hanya berisi baris judul kolom: isi satu baris per data, lalu impor berkasnya apa adanya. Berkas
                yang sudah ada tidak ditimpa tanpa --force. Untuk Excel: --delimiter ';' (Excel berbahasa
                Indonesia memisahkan kolom dengan titik koma) dan --bom (agar hurufnya terbaca benar). Lihat
                docs/formats.md.
                """
        case .templateHelpName:
            return "Templat: peserta, pertemuan, kehadiran, kemitraan, rtl, atau delegasi (tanpa nama: daftarnya)."
        case .templateHelpOutput: return "Tulis ke berkas ini (bawaan: NAMA.csv; '-' untuk keluaran standar)."
        case .templateHelpForce: return "Timpa berkas bila sudah ada."
        case .csvHelpDelimiter:
            return "Pisahkan kolom dengan karakter ini: , ; tab | (bawaan ','; Excel berbahasa Indonesia membaca ';')."
        case .csvHelpBOM:
            return "Awali berkas dengan penanda urutan bita (BOM) UTF-8, agar Excel membaca hurufnya dengan benar."
        case .templateOutputWithoutName: return "--output memerlukan nama templat"
        case .templateUnknown: return "tidak ada templat bernama '{name}'"
        case .templateExists: return "{path} sudah ada (gunakan --force untuk menimpanya)"
        case .templateWrote: return "{path} ditulis: baris judul dengan {columns} kolom"
        case .templateNext: return "isi satu baris per data, lalu: {command}"
        case .templateListHeader:
            return "Templat lembar kerja yang diisi penyelenggara ('sinergi template NAMA' menulis NAMA.csv):"
        case .templatePeserta:
            return "pemangku kepentingan: instansi dengan jenis, nama, dan wilayahnya, satu baris per instansi"
        case .templateKehadiran: return "daftar hadir satu pertemuan, satu baris per peserta"
        case .templateKemitraan:
            return "kemitraan antara dua pemangku kepentingan, dengan dokumen, status, dan sumber anggaran"
        case .templateRTL:
            return "rencana tindak lanjut (RTL) yang disepakati di pertemuan: siapa, apa, tenggat, status"
        case .templateDelegasi: return "utusan setiap instansi ke pertemuan, dengan perannya"
        case .templatePertemuan:
            return "pertemuan (SHM, PLM, Bimtek) dengan tanggal dan tempatnya, satu baris per pertemuan"
        case .csvOptionNeedsCSV:
            return "{option} hanya berlaku untuk --format csv (atau berkas keluaran berakhiran .csv)"
        case .synergyDefinitionProgramme:
            return "memiliki sinergi program (Dinas Perpustakaan bermitra dengan Bappeda dan dengan DPMPD)"
        case .synergyDefinitionTriangle:
            return "memiliki sinergi lengkap Dinas Perpustakaan, Bappeda dan DPMPD, ketiganya saling bermitra"
        case .gapsHelpBappedaDPMPD:
            return "synergy: ikut menanyakan kemitraan Bappeda–DPMPD (bawaan: dua kemitraan Dinas Perpustakaan)."
        case .gapsNoRegions:
            return
                "{path} tidak memuat wilayah: celah sinergi dihitung per kabupaten/kota, dan registri ini tidak memiliki satu pun"
        case .gapsNoRegionsHint:
            return
                "mulailah dari registri berisi wilayah, 'sinergi init -r BARU.jsonl --province NAMA', lalu impor pemangku kepentingan ke dalamnya beserta kabupaten/kotanya: 'sinergi import -r BARU.jsonl --nodes peserta.csv' (lihat 'sinergi template peserta' dan docs/panduan.md)"
        // MARK: bahasa
        case .columnProvince: return "Provinsi"
        case .columnRegency: return "Kabupaten/Kota"
        case .columnVillage: return "Desa/Kelurahan"
        case .columnRegion: return "Wilayah"
        case .columnLevel: return "Tingkat"
        case .columnKey: return "Kunci"
        case .columnName: return "Nama"
        case .columnKind: return "Jenis"
        case .columnLabel: return "Jenis"
        case .columnCount: return "Jumlah"
        case .columnRegistered: return "Sudah tercatat"
        case .columnMissingStakeholders: return "Pemangku kepentingan belum tercatat"
        case .columnMissingPartnerships: return "Kemitraan belum terjalin"
        case .columnNextStep: return "Langkah berikutnya"
        case .columnStakeholders: return "Pemangku kepentingan"
        case .columnReason: return "Alasan"
        case .columnFragile: return "Titik rawan"
        case .columnCutOff: return "Akan terputus"
        case .columnComponentSize: return "Ukuran komponen"
        case .columnComponent: return "Komponen"
        case .columnSize: return "Ukuran"
        case .columnMembers: return "Anggota"
        case .columnRank: return "Peringkat"
        case .columnStakeholder: return "Pemangku kepentingan"
        case .columnPartner: return "Mitra"
        case .columnPartnerName: return "Nama mitra"
        case .columnGain: return "Tambahan terhubung"
        case .columnScope: return "Cakupan"
        case .columnRoleModel: return "Role Model"
        case .columnDirect: return "Replikator langsung"
        case .columnTransitive: return "Seluruh replikator"
        case .columnGenerations: return "Generasi"
        case .columnProvinces: return "Provinsi yang dijangkau"
        case .columnReplicators: return "Replikator"
        case .columnYear: return "Tahun"
        case .columnProbability: return "Peluang"
        case .columnExpectedAdopters: return "Perkiraan pengadopsi"
        case .columnAdopters: return "Pengadopsi"
        case .columnMarginalGain: return "Tambahan jangkauan"
        case .columnExpectedSpread: return "Perkiraan jangkauan"
        case .columnSeeds: return "Titik awal"
        case .columnLink: return "Relasi"
        case .columnLower95: return "Batas bawah 95%"
        case .columnUpper95: return "Batas atas 95%"
        case .columnExposures: return "Paparan"
        case .columnReplications: return "Replikasi"
        case .columnScore: return "Skor"
        case .columnHops: return "Langkah"
        case .columnStep: return "Urutan"
        case .columnVia: return "Dicapai melalui"
        case .columnCost: return "Biaya kumulatif"
        case .algorithmsNoNode: return "tidak ada simpul '{key}' di {registry}"
        case .centralityMeasureDegree: return "sentralitas derajat"
        case .centralityMeasureBetweenness: return "sentralitas keantaraan (betweenness)"
        case .centralityMeasurePageRank: return "PageRank (peringkat halaman)"
        case .centralityExact: return " (dihitung tepat)"
        case .centralitySampled: return " diperkirakan dari {samples} simpul poros (benih acak {seed})"
        case .centralityLabelled: return " berlabel {label}"
        case .centralitySummary:
            return "{measure} dari {nodes} simpul{labelled} melalui {network}; {top} teratas ditampilkan"
        case .algorithmsHelpTypes: return "Jenis relasi yang diikuti, dipisah koma (bawaan: {default})."
        case .algorithmsHelpDirection:
            return "Arah relasi yang diikuti: both, outgoing atau incoming (bawaan: {default})."
        case .algorithmsHelpThrough:
            return "Lewati hanya simpul berlabel ini; '*' untuk setiap simpul (bawaan: Stakeholder)."
        case .algorithmsHelpQuiet: return "Jangan tulis baris ringkasan ke galat standar."
        case .algorithmsDefaultTypes: return "semua jenis kecuali LOCATED_IN dan PART_OF"
        case .algorithmsDefaultDirectionCentrality: return "both; untuk pagerank: outgoing"
        case .algorithmsDefaultTypesGaps:
            return "PARTNERS_WITH; untuk unconnected dan recommend: semua kecuali LOCATED_IN dan PART_OF"
        case .whatRelationshipType: return "jenis relasi"
        case .valueRegion: return "wilayah"
        case .valueMethod: return "metode"
        case .valueEpsilon: return "e"
        case .reachAbstract:
            return
                "Daftar atau hitung siapa saja yang berada dalam sejumlah langkah dari satu atau beberapa pemangku kepentingan."
        case .reachDiscussion:
            return """
                Menelusuri relasi melebar (breadth-first) dari setiap simpul --from dan mencantumkan setiap simpul
                yang tercapai beserta jaraknya dalam langkah (simpul awal lebih dulu, pada 0 langkah), atau
                menghitungnya dengan --by. Bawaannya, semua jenis relasi kecuali LOCATED_IN dan PART_OF diikuti, ke
                dua arah, di antara pemangku kepentingan (pertemuan tidak menghubungkan; --label '*' melewati setiap
                simpul); --by province, regency dan village menempatkan simpul yang tercapai melalui LOCATED_IN dan
                PART_OF. Dalam kueri: CALL sinergi.reach(...).
                """
        case .reachHelpFrom: return "Kunci simpul awal (ulangi untuk beberapa simpul)."
        case .reachHelpHops: return "Jumlah langkah terjauh (bawaan: 3)."
        case .reachHelpBy:
            return "Hitung menurut label, province, regency atau village; none mencantumkan simpulnya (bawaan: none)."
        case .pathAbstract:
            return
                "Tampilkan jalur terpendek antara dua pemangku kepentingan, menurut jumlah langkah atau properti bobot."
        case .pathDiscussion:
            return """
                Mencetak satu baris per simpul pada jalur: urutannya, kunci, nama dan jenisnya, jenis relasi yang
                dilalui untuk mencapainya, dan biaya sejauh itu. Dengan --weight, setiap relasi berbiaya sebesar
                properti numeriknya (1 bila tidak ada) dan dicari jalur dengan biaya total terkecil (Dijkstra);
                tanpa --weight, jalur dengan langkah paling sedikit. Bawaannya, jalur berjalan di antara pemangku
                kepentingan (melalui simpul berlabel Stakeholder; hadir di pertemuan yang sama tidak menghubungkan),
                seperti yang dihitung gaps --kind unconnected; --label '*' melewati setiap simpul. Keluar dengan
                kode 1 bila keduanya tidak terhubung. Dalam kueri: CALL sinergi.path(...).
                """
        case .pathHelpFrom: return "Kunci simpul awal."
        case .pathHelpTo: return "Kunci simpul tujuan."
        case .pathHelpWeight: return "Properti numerik relasi yang diminimalkan (bawaan: jumlah langkah)."
        case .pathNoneThrough: return "tidak ada jalur dari '{from}' ke '{to}' melalui {network} lewat simpul {label}"
        case .gapsAbstract:
            return
                "Temukan celah sinergi: kemitraan dan pemangku kepentingan yang belum ada per kabupaten/kota, dan lainnya."
        case .gapsDiscussion:
            return """
                --kind synergy (bawaan) mencetak satu baris per kabupaten/kota yang sinergi programnya belum
                lengkap: Dinas Perpustakaan, Bappeda dan DPMPD tercatat, dan Dinas Perpustakaan bermitra
                (PARTNERS_WITH, ke arah mana pun) dengan Bappeda dan dengan DPMPD; --bappeda-dpmpd ikut menanyakan
                kemitraan Bappeda–DPMPD. Setiap baris menyebut apa yang sudah tercatat, pemangku kepentingan mana
                yang belum ada, dan kemitraan mana yang belum ada. Kabupaten/kota yang ketiganya belum tercatat
                hanya dihitung dalam ringkasan, kecuali dengan --all.
                --kind unconnected: kabupaten/kota dan desa yang tak satu pun pemangku kepentingannya memiliki jalur
                ke Perpusnas atau ke Dinas Perpustakaan Provinsinya (--all menambahkan yang belum memiliki pemangku
                kepentingan sama sekali).
                --kind fragile: kemitraan (jembatan) dan pemangku kepentingan (titik artikulasi) yang bila hilang
                memecah jaringan, beserta jumlah pemangku kepentingan yang akan terputus; --top yang paling banyak
                memutus.
                --kind components: kelompok-kelompok dalam jaringan kemitraan, termasuk pemangku kepentingan yang
                terpencil.
                --kind recommend: --k kemitraan yang akan menghubungkan paling banyak pemangku kepentingan dengan
                program.
                Ringkasan satu baris ditulis ke galat standar. Dalam kueri: CALL sinergi.gaps.synergy({{}}) dan lainnya.
                """
        case .gapsHelpKind: return "synergy, unconnected, fragile, components atau recommend (bawaan: synergy)."
        case .gapsHelpProvince: return "Hanya provinsi ini (nama atau kuncinya)."
        case .gapsHelpK: return "Jumlah kemitraan yang direkomendasikan (bawaan: 5)."
        case .gapsHelpTop: return "fragile: tampilkan n yang paling banyak memutus (bawaan: 20; 0 untuk semua)."
        case .gapsHelpAll:
            return "Tampilkan juga wilayah yang belum memiliki pemangku kepentingan tercatat (synergy, unconnected)."
        case .centralityAbstract:
            return "Urutkan pemangku kepentingan menurut derajat, keantaraan (betweenness) atau PageRank."
        case .centralityDiscussion:
            return """
                Memberi skor setiap simpul berlabel --label (bawaan: Stakeholder; '*' untuk setiap simpul) melalui
                semua jenis relasi kecuali LOCATED_IN dan PART_OF, lalu mencetak --top teratas; skor yang sama
                diurutkan menurut urutan registri. Derajat menghitung relasi; keantaraan menghitung jalur terpendek
                yang melewati sebuah simpul (tepat, atau diperkirakan dari --samples simpul poros yang dipilih dengan
                --random-seed); PageRank bawaannya mengikuti relasi ke arah depan. Skor dibulatkan sampai 6 desimal.
                Dalam kueri: CALL sinergi.centrality.degree({{}}) dan lainnya.
                """
        case .centralityHelpMeasure: return "degree, betweenness atau pagerank (bawaan: degree)."
        case .centralityHelpTop: return "Jumlah yang ditampilkan (bawaan: 20)."
        case .centralityHelpSamples:
            return "Betweenness: perkirakan dari sebanyak ini simpul poros (bawaan: dihitung tepat)."
        case .centralityHelpRandomSeed: return "Betweenness: benih acak yang memilih simpul poros (bawaan: 42)."
        case .centralityHelpLabel: return "Hanya simpul berlabel ini yang diikutkan (bawaan: Stakeholder)."
        case .centralityHelpNormalized: return "Degree dan betweenness: bagi dengan nilai terbesar yang mungkin."
        case .centralitySamplesNeedBetweenness:
            return "--samples dan --random-seed hanya berlaku untuk --measure betweenness"
        case .centralityNormalizedNeedsDegree:
            return "--normalized hanya berlaku untuk --measure degree dan betweenness"
        case .spreadAbstract:
            return "Telusuri replikasi program, dan perkirakan penyebarannya dari desa-desa titik awal."
        case .spreadDiscussion:
            return """
                --kind lineage (bawaan): per Role Model (roleModel: true), replikatornya yang langsung dan tidak
                langsung (REPLICATED_FROM), jumlah generasi, dan provinsi yang tercapai; --seed-node memilih yang lain.
                --kind province / cohort: replikator per provinsi / per tahun angkatan.
                --kind forecast: simulasi Monte Carlo (independent cascade atau linear threshold) dari simpul
                --seed-node (bawaan: para Role Model); satu baris per simpul yang mengadopsi dalam suatu simulasi,
                dengan peluang adopsinya (--top N menyimpan N yang paling mungkin; --by province atau regency
                menjumlahkannya per wilayah); perkiraan jangkauan dan selang kepercayaan 95%-nya ditulis di baris
                ringkasan.
                --kind best-seeds: --k kandidat (--candidates LABEL, bawaan VillageLibrary) yang contohnya akan
                menyebar paling jauh, dengan himpunan reverse-reachable yang dijamin mencapai 1 - 1/e - epsilon dari
                yang terbaik (--method rr, bawaan; --epsilon, bawaan 0.1) atau dengan CELF (--method celf).
                --kind calibrate: peluang sebuah hubungan meneruskan program dalam setahun, diperkirakan dengan
                kemungkinan maksimum (maximum likelihood) dari replikasi yang tercatat per tahun angkatan, beserta
                selang 95%-nya dan uji yang memperkirakan angkatan terakhir dari angkatan sebelumnya; --by-type
                memberi satu peluang per jenis relasi. --probability estimated memakai perkiraan itu dalam forecast
                dan best-seeds.
                --province membatasi Role Model, titik awal, kandidat, dan populasi berisiko pada satu provinsi;
                --exclude mengeluarkan simpul dari semuanya. --random-seed yang sama memberi angka yang sama di
                setiap mesin. Jaringannya semua jenis relasi kecuali LOCATED_IN dan PART_OF, ke dua arah, kecuali
                ditentukan lain. Dalam kueri: CALL sinergi.spread.lineage({{}}) dan lainnya.
                """
        case .spreadHelpKind: return "lineage, province, cohort, forecast, best-seeds atau calibrate (bawaan: lineage)."
        case .spreadHelpSeedNode: return "Titik awal (forecast) atau Role Model (lineage); ulangi untuk beberapa."
        case .spreadHelpProvince: return "Hanya Role Model, titik awal, dan kandidat di provinsi ini."
        case .spreadHelpExclude: return "Keluarkan simpul ini dari Role Model, titik awal, atau kandidat."
        case .spreadHelpCandidates: return "best-seeds: siapa yang boleh dipilih (bawaan: VillageLibrary)."
        case .spreadHelpBy: return "forecast, best-seeds: jumlahkan per province atau regency."
        case .spreadHelpTop: return "forecast: tampilkan hanya n pengadopsi yang paling mungkin."
        case .spreadHelpRuns: return "Jumlah simulasi (bawaan: 1000 untuk forecast, 200 untuk CELF)."
        case .spreadHelpRandomSeed: return "Benih acak simulasi (bawaan: 42)."
        case .spreadHelpModel: return "ic (independent cascade) atau lt (linear threshold) (bawaan: ic)."
        case .spreadHelpProbability:
            return "Independent cascade: peluang setiap hubungan, atau 'estimated' (bawaan: 0.1)."
        case .spreadHelpK: return "Jumlah titik awal yang dipilih best-seeds (bawaan: 5)."
        case .spreadHelpMethod: return "best-seeds: rr atau celf (bawaan: rr)."
        case .spreadHelpEpsilon: return "best-seeds dengan rr: kelonggaran jaminannya (bawaan: 0.1)."
        case .spreadHelpByType: return "calibrate: satu peluang per jenis relasi."
        case .algorithmsUnknownNodeID: return "tidak ada simpul {id}"
        case .algorithmsInvalidParameter: return "{name} tidak sah: {reason}"
        case .algorithmsInvalidPropertyValue: return "relasi '{key}', properti '{property}': {reason}"
        case .exportAbstract:
            return
                "Ekspor registri, atau sebagiannya, sebagai JSON lines, CSV, DOT, GraphML, GEXF, Cypher atau peta HTML."
        case .exportDiscussion:
            return """
                jsonl menulis snapshot yang dipadatkan (bentuk ekspor APOC). csv menulis berkas impor neo4j-admin ke
                folder yang disebut --output. dot menulis diagram Graphviz (lihat docs/diagrams.md); graphml dan gexf
                dapat dibuka di Gephi, yEd dan Cytoscape. html menulis satu peta interaktif yang lengkap dalam satu
                berkas (ditata oleh Graphviz; pencarian, saringan, rincian bila diklik) yang terbuka di peramban apa
                pun tanpa jaringan. Pilih sebagian dengan --query (setiap simpul, relasi dan jalur dalam baris
                hasilnya), --around KUNCI --hops N, atau --region NAMA (sebuah provinsi atau kabupaten/kota).
                Dengan --render, DOT digambar oleh Graphviz ke --output (.svg, .png atau .pdf).
                jsonl -o BERKAS menulis registri lengkap (termasuk indeks dan nomor urut kunci), salinan untuk
                dikerjakan. Registri yang sudah ada, dan registri yang disebut -r, tidak pernah ditimpa tanpa
                --force; berkas lain (DOT, SVG, GraphML, GEXF, berkas-berkas folder CSV) ditimpa, seperti Graphviz
                menimpa keluarannya.
                cypher menulis pernyataan yang membuat ulang registri di Neo4j, Memgraph atau FalkorDB (satu per
                baris; setiap kunci disimpan di sinergiKey). apoc menulis JSON lines milik APOC, tanggal dan waktu
                sebagai teks seperti tulisan apoc.export.json, dan mencetak panggilan apoc.import.json yang
                memulihkan jenisnya.
                """
        case .exportHelpOutput: return "Berkas (atau, untuk csv, folder) yang ditulis."
        case .exportHelpQuery: return "Ekspor apa yang dikembalikan pernyataan ini."
        case .exportHelpAround: return "Ekspor simpul-simpul di sekitar simpul ini."
        case .exportHelpHops: return "Bersama --around: seberapa jauh (bawaan: 2)."
        case .exportHelpRegion: return "Ekspor pemangku kepentingan provinsi atau kabupaten/kota ini."
        case .exportHelpForce: return "Timpa --output walaupun berkas itu sebuah registri."
        case .exportQueryWrites: return "--query hanya boleh membaca; pakai 'sinergi query' untuk mengubah registri"
        case .exportCSVNeedsFolder: return "--format csv memerlukan --output <{folder}>"
        case .exportWroteCSV: return "{nodes} berkas simpul dan {relationships} berkas relasi ditulis ke {folder}"
        case .exportNeo4jHint: return "muat ke Neo4j dengan: neo4j-admin database import full {arguments}"
        case .exportWroteCypher:
            return "{file} ditulis: {nodes} simpul dan {relationships} relasi sebagai pernyataan Cypher"
        case .exportCypherHint:
            return
                "jalankan di Neo4j dengan: cypher-shell -f {file}; di FalkorDB atau Memgraph, kirim tiap baris sebagai satu kueri"
        case .exportCypherMaps:
            return
                "{count} nilai properti berupa peta (map), yang tidak disimpan Neo4j dan FalkorDB sebagai properti; --format jsonl tetap menyimpannya"
        case .exportCypherZoned:
            return
                "{count} nilai berupa waktu atau tanggal-waktu dengan zona waktu, yang tidak dikenal FalkorDB (Neo4j dan Memgraph mengenalnya)"
        case .exportCypherKeyTaken:
            return
                "'{entity}' punya properti bernama '{property}', yang dipakai skrip Cypher untuk kunci registri; ganti dulu nama properti itu"
        case .exportWroteAPOC:
            return
                "{file} ditulis: {nodes} simpul dan {relationships} relasi sebagai JSON lines APOC (tanggal dan waktu sebagai teks)"
        case .exportAPOCHint: return "muat ke Neo4j (berkas di folder import-nya) dengan: {call}"
        case .optionQuietProgress:
            return "Jangan tampilkan kemajuan di galat standar (ringkasan dan peringatan tetap ditulis)."
        case .adminCSVLabelSemicolon: return "label '{label}' mengandung ';', pemisah label dalam :LABEL"
        case .adminCSVEmptyPropertyName: return "properti tanpa nama tidak dapat ditulis sebagai kolom CSV"
        case .diagramNoNode: return "tidak ada simpul '{key}' dalam registri"
        case .generateShareOutOfRange: return "{name} bernilai {value}, bukan bagian antara 0 dan 1"
        case .generateCohortsOutside: return "angkatan {first}–{last} berada di luar 1900–9000"
        case .generateCohortsTooFew: return "angkatan {first}–{last} mencakup kurang dari 3 tahun"
        case .generateVillagesOverRegencies:
            return "{villages} desa penerima manfaat untuk {regencies} kabupaten/kota penerima manfaat"
        case .generateTooFewVillages:
            return "{villages} desa penerima manfaat, tetapi desa di kabupaten/kota penerima manfaat lebih sedikit"
        case .generateNoRoleModel:
            return "Provinsi {province} tidak memiliki Role Model yang cukup lama untuk direplikasi"
        case .generateNoFreeVillage: return "tidak ada lagi desa yang tersisa di {province}"
        case .generateCannotSplit: return "{replicators} replikator tidak dapat dibagi ke {provinces} provinsi"
        case .regionTableCannotRead: return "berkas tidak dapat dibaca"
        case .regionTableRegencyName: return "nama kabupaten/kota '{name}' tidak diawali 'Kabupaten ' maupun 'Kota '"
        case .regionTableEmpty: return "berkas kosong; seharusnya berisi judul kolom {header}"
        case .regionTableHeader: return "judul kolom {found}, seharusnya {header}"
        case .regionTableFieldCount: return "{count} kolom, seharusnya {expected}"
        case .regionTableEmptyField: return "kolom {name} kosong"
        case .regionTableBadID: return "'{value}' bukan id berupa bilangan bulat positif"
        case .regionTableDuplicateID: return "id {id} ganda"
        case .regionTableBadParentID: return "{level}: '{value}' bukan id berupa bilangan bulat positif"
        case .regionTableNoParent: return "{level} {id} tidak ada"
        case .located: return "{place}: {message}"
        case .generateProvincialBeneficiaries:
            return "{wanted} provinsi penerima manfaat, padahal hanya {provinces} provinsi yang memiliki desa"
        case .generateRegencyBeneficiaries:
            return
                "{wanted} kabupaten/kota penerima manfaat di {provinces} provinsi penerima manfaat yang memiliki {regencies} kabupaten/kota berdesa"
        case .generateReplicatorsProvinces:
            return "{replicators} replikator di {wanted} provinsi; hanya {provinces} provinsi yang memiliki Role Model"
        case .generateReplicatorsDoNotFit:
            return "{replicators} replikator tidak muat di {provinces} provinsi dengan {villages} desa yang tersisa"
        // MARK: history
        case .historyBeforeCreation: return "{path} belum ada per {point}: registri ini dibuat oleh transaksi 1"
        case .historyBeforeCreationOn:
            return "{path} belum ada per {point}: registri ini dibuat pada {time} (transaksi 1)"
        case .optionAsOf:
            return """
                Baca registri sebagaimana keadaannya dahulu: tepat sesudah transaksi N, atau pada akhir suatu tanggal \
                (TTTT-BB-HH, menurut jam penulisnya). Tidak ada yang ditulis.
                """
        case .historyAsOf: return "per transaksi {tx} · {time} · {author}"
        case .historyAsOfSnapshot: return "per snapshot awal {path}, sebelum transaksi pertamanya"
        case .historyAsOfReadOnly:
            return """
                --as-of {point} menampilkan registri sebagaimana keadaannya dahulu: pernyataan yang mengubahnya \
                ditolak, dan tidak ada yang ditulis
                """
        case .historyPointTransaction: return "transaksi {tx}"
        case .undoAbstract: return "Batalkan sebuah transaksi: tulis transaksi baru yang membalikkannya."
        case .undoDiscussion:
            return """
                Transaksi baru itu membuat kembali apa yang dihapus oleh transaksi tersebut (dengan kunci, label, dan \
                properti yang sama), mengembalikan apa yang diubahnya, dan menghapus apa yang dibuatnya; transaksi ini \
                ditandatangani seperti setiap penulisan (--author, --message; pesan bawaannya 'pembatalan transaksi N'), \
                sehingga log menampilkan keduanya. Pembatalan ditolak, dan tidak ada yang ditulis, selama ada transaksi \
                yang lebih baru yang mengubah hasil kerja transaksi itu: pesan galatnya menyebutkan transaksi-transaksi \
                tersebut dan apa yang diubah masing-masing. Pembatalan dapat dibatalkan pula.
                """
        case .undoHelpTransaction: return "Nomor transaksi yang dibatalkan (lihat 'sinergi log')."
        case .undoHelpDryRun: return "Tampilkan apa yang akan diubah oleh pembatalan, tanpa menulis apa pun."
        case .valueTransaction: return "transaksi"
        case .undoBadTransaction: return "undo menerima nomor transaksi, misalnya 12, bukan '{value}'"
        case .undoMessage: return "pembatalan transaksi {tx}"
        case .undoNothing:
            return """
                transaksi {tx} tidak mengubah pemangku kepentingan atau relasi apa pun: tidak ada yang perlu dibatalkan, \
                dan tidak ada yang ditulis
                """
        case .undoDryRun:
            return """
                pembatalan transaksi {tx} akan menghasilkan {added} ditambahkan, {removed} dihapus, {changed} diubah \
                (--dry-run: tidak ada yang ditulis)
                """
        case .undoDone:
            return """
                transaksi {undo} membatalkan transaksi {tx}: {added} ditambahkan, {removed} dihapus, {changed} \
                diubah
                """
        case .undoRefused:
            return """
                transaksi {tx} pada {path} tidak dapat dibatalkan: {count|sebuah transaksi yang lebih baru|beberapa \
                transaksi yang lebih baru} mengubah hasil kerjanya
                """
        case .undoDependent: return "transaksi {tx} · {time} · {author}: {touched}"
        case .undoTouched: return "{name} [{key}] {verb}"
        case .undoTouchedProperties: return "{name} [{key}] {verb} ({properties})"
        case .undoHintLaterFirst:
            return """
                Batalkan dulu transaksi yang lebih baru, mulai dari yang terbaru ({order}), atau ubah entri itu secara \
                manual.
                """
        case .undoCreation: return "transaksi {tx} membuat {path}: transaksi ini tidak dapat dibatalkan"
        case .undoCompaction:
            return """
                transaksi {tx} memadatkan {path} dan melebur riwayat sebelumnya menjadi satu snapshot: transaksi ini \
                tidak dapat dibatalkan
                """
        case .undoChangedMeanwhile:
            return """
                {path} berubah ketika pembatalan transaksi {tx} sedang disiapkan ({key} tidak lagi seperti yang \
                ditinggalkan transaksi {tx}); tidak ada yang ditulis
                """
        case .undoHintAgain:
            return """
                Jalankan pembatalan sekali lagi: perintah ini membaca ulang transaksi-transaksi yang lebih baru.
                """
        case .historyAsOfWithCreate:
            return "--as-of membaca riwayat registri yang sudah ada; opsi ini tidak dapat dipakai bersama --create"
        // MARK: planners
        case .mapSfdpNoteBoxes:
            return """
                {count} simpul: ditata dengan sfdp, bukan dot (dot lambat di atas {limit} simpul); peta memberi kotak \
                pada setiap kabupaten/kota dan provinsi di sekitar tempat sfdp meletakkan pemangku kepentingannya
                """
        // MARK: history
        case .mergeAbstract:
            return "Gabungkan dua registri menurut kunci: transaksinya dalam satu jurnal, setiap konflik dilaporkan."
        case .mergeDiscussion:
            return """
                Menulis OURS ditambah transaksi THEIRS sejak riwayat yang dimiliki keduanya (untuk dua cabang dari satu \
                registri: registri saat keduanya berpisah), masing-masing dengan tanda tangan aslinya; registri tanpa \
                riwayat bersama digabungkan menurut kunci dalam satu transaksi. Satu kunci menunjuk satu entitas di \
                kedua pihak; kunci buatan (n12, r40) yang dibagikan kedua pihak setelah berpisah diganti di pihak \
                mereka. Konflik — satu properti diberi dua nilai, jenis atau ujung relasi diubah dengan dua cara, entitas \
                dihapus di satu pihak dan diubah atau dihubungkan di pihak lain — dilaporkan beserta kedua nilainya, dan \
                tidak ada yang ditulis sampai setiap konflik diselesaikan: --prefer ours|theirs untuk semuanya, atau \
                --resolve BERKAS, satu baris 'ours KUNCI', 'theirs KUNCI' atau 'theirs KUNCI PROPERTI'. Perubahan pada \
                properti yang berbeda dari satu entitas digabungkan. Bila keduanya tidak memiliki jurnal bersama \
                (salah satunya dipadatkan setelah berpisah), --base BERKAS menyebut registri saat keduanya berpisah, \
                dan perubahan mereka adalah yang diubah sejak registri itu. Sebagai merge driver git (sinergi \
                git-setup) perintah ini dijalankan sebagai 'merge --git PATH %A %B --base %O'.
                """
        case .mergeHelpOurs: return "OURS: registri yang menerima penggabungan (di git: cabang Anda)."
        case .mergeHelpTheirs: return "THEIRS: registri yang digabungkan ke OURS (di git: cabang yang Anda gabungkan)."
        case .mergeHelpOutput: return "Registri hasil penggabungan yang ditulis (boleh OURS, dengan --force)."
        case .mergeHelpPrefer:
            return "Selesaikan setiap konflik yang tidak disebut di --resolve dengan pihak ini: ours atau theirs."
        case .mergeHelpResolve:
            return
                "Berkas penyelesaian, satu per baris: 'ours KUNCI', 'theirs KUNCI' atau 'theirs KUNCI PROPERTI' (# memulai komentar)."
        case .mergeHelpForce: return "Ganti berkas keluaran bila sudah ada."
        case .mergeHelpDryRun: return "Laporkan apa yang akan dilakukan penggabungan, tanpa menulis apa pun."
        case .mergeHelpBase:
            return "Registri saat OURS dan THEIRS berpisah (di git: %O), bila keduanya tidak memiliki jurnal bersama."
        case .mergeHelpGit:
            return
                "Jalankan sebagai merge driver git untuk registri di PATH: tulis hasilnya menggantikan OURS, berhenti dengan laporan bila ada konflik."
        case .valueSide: return "pihak"
        case .mergeNeedsOutput: return "merge memerlukan -o BERKAS: tempat menulis registri hasil penggabungan"
        case .mergeOutputExists:
            return "{path} sudah ada; tambahkan --force untuk menggantinya, atau sebutkan berkas lain"
        case .mergeConflicts:
            return
                "{theirs} tidak dapat digabungkan ke {ours}: {count} konflik harus diselesaikan; tidak ada yang ditulis"
        case .mergeSideOurs: return "ours (pihak kita)"
        case .mergeSideTheirs: return "theirs (pihak mereka)"
        case .mergeFileOurs: return "{path} (ours, pihak kita)"
        case .mergeFileTheirs: return "{path} (theirs, pihak mereka)"
        case .mergeFileBase: return "{path} (saat kedua cabang berpisah)"
        case .mergeConflictProperty:
            return "{name} [{key}] {property}: ours {ours}, theirs {theirs} (sebelumnya: {base})"
        case .mergeConflictShape:
            return "{name} [{key}]: jenis atau ujungnya diubah di kedua pihak: ours {ours}, theirs {theirs}"
        case .mergeConflictRemovedChanged:
            return "{name} [{key}]: dihapus di {remover}, diubah di {changer} ({properties})"
        case .mergeConflictRemovedConnected:
            return "{name} [{key}]: dihapus di {remover}, diberi relasi baru di {changer}"
        case .mergeHint:
            return """
                pilih satu pihak: --prefer ours atau --prefer theirs untuk setiap konflik, atau --resolve BERKAS dengan \
                satu baris per konflik ('theirs {key}', 'ours {key} PROPERTI')
                """
        case .mergeHintGit:
            return """
                penggabungan berhenti dengan {path} seperti di cabang Anda. Selesaikan: git show :2:{path} > ours.jsonl \
                && git show :3:{path} > theirs.jsonl && sinergi merge ours.jsonl theirs.jsonl -o {path} --force \
                --prefer theirs (atau ours, atau --resolve BERKAS), lalu git add {path} dan git commit
                """
        case .mergeDone:
            return """
                {theirs} digabungkan ke {output}: {kept} dari {steps} transaksi pihak mereka ditulis ({range}), \
                {conflicts} konflik diselesaikan, {renamed} kunci diganti
                """
        case .mergeDryRun:
            return """
                --dry-run: {kept} dari {steps} transaksi pihak mereka akan ditulis, {conflicts} konflik diselesaikan, \
                {renamed} kunci diganti; tidak ada yang ditulis
                """
        case .mergeNothing: return "tidak ada yang digabungkan: {ours} sudah memuat semua isi {theirs}"
        case .mergeRenamed:
            return
                "kunci {from} milik pihak mereka menjadi {to} di registri gabungan (kedua pihak telah membagikan {from})"
        case .mergeMessage: return "penggabungan {path}"
        case .mergeResolveBadLine:
            return
                "{path}:{line}: penyelesaian ditulis 'ours KUNCI', 'theirs KUNCI' atau 'ours|theirs KUNCI PROPERTI', bukan '{text}'"
        case .mergeResolveNoConflict: return "{path}:{line}: tidak ada konflik tentang '{key}'"
        case .mergeResolveUnreadable: return "tidak dapat membaca {path}: {reason}"
        case .mergeTransactionLine: return "transaksi {tx} (pihak mereka {theirs}) · {time} · {author}"
        case .mergeTransactionSkipped:
            return "transaksi {theirs} pihak mereka · {time} · {author}: tidak ada yang tersisa setelah penyelesaian"
        case .mergeChangedMeanwhile:
            return
                "{path} berubah selama penggabungan berjalan (ada penulis lain yang menyimpan transaksi); tidak ada yang ditulis"
        case .mergeHintAgain: return "Jalankan penggabungan sekali lagi: kedua registri akan dibaca ulang."
        case .progressDrawing: return "menggambar {file} dengan Graphviz ({engine})"
        case .progressImporting: return "mengimpor ke {path}"
        case .progressMerging: return "menggabungkan {theirs} ke {ours}"
        // MARK: planners (boxed pictures)
        case .renderSfdpNoteBoxes:
            return """
                {count} simpul: ditata dengan sfdp, bukan dot (dot lambat di atas {limit} simpul), setiap \
                kabupaten/kota (atau provinsi) tersendiri; gambar memberi kotak pada masing-masing di tempat sfdp meletakkannya
                """
        case .renderLayoutUnreadable: return "tata letak gambar dari Graphviz tidak dapat dibaca"
        // MARK: lead
        case .algorithmsRuleZeroOrMore: return "harus 0 atau lebih"
        case .algorithmsRuleAtLeast: return "harus paling sedikit {least}"
        case .algorithmsRuleUnitInterval: return "harus di antara 0 dan 1"
        case .algorithmsRulePositive: return "harus lebih dari 0"
        case .algorithmsRuleFiniteNonNegative: return "harus bilangan terhingga ≥ 0"
        case .algorithmsRuleEpsilon: return "harus di atas 0 dan di bawah 1 − 1/e ≈ 0,632"
        case .algorithmsRuleOpenUnitInterval: return "harus di atas 0 dan di bawah 1"
        case .algorithmsRuleCalibrationModel: return "kalibrasi hanya menaksir peluang model independent cascade"
        case .algorithmsValueMissing: return "tidak ada"
        case .algorithmsValueNotFiniteNonNegative: return "bukan bilangan terhingga ≥ 0"
        case .algorithmsValueNotProbability: return "bukan peluang di antara 0 dan 1"
        }
    }
}
