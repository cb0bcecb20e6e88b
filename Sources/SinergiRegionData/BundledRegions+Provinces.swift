// swift-format-ignore-file
// provinces.csv of graphs/regions-id, byte for byte (written by graphs/regions-id/make_swift.py; do not edit).
// Source: the MIT-licensed areaid 1.1.2 by harigro (graphs/regions-id/ATTRIBUTION.md).

extension BundledRegions {
    /// The text of `graphs/regions-id/provinces.csv`.
    public static let provincesCSV: String = #"""
id,name,iso_code
1,Aceh,ID-AC
2,Sumatra Utara,ID-SU
3,Sumatra Barat,ID-SB
4,Riau,ID-RI
5,Jambi,ID-JA
6,Sumatra Selatan,ID-SS
7,Bengkulu,ID-BE
8,Lampung,ID-LA
9,Kepulauan Bangka Belitung,ID-BB
10,Kepulauan Riau,ID-KR
11,Daerah Khusus Ibukota Jakarta,ID-JB
12,Jawa Barat,ID-JB
13,Jawa Tengah,ID-JT
14,Daerah Istimewa Yogyakarta,ID-YO
15,Jawa Timur,ID-JI
16,Banten,ID-BT
17,Bali,ID-BA
18,Nusa Tenggara Barat,ID-NB
19,Nusa Tenggara Timur,ID-NT
20,Kalimantan Barat,ID-KB
21,Kalimantan Tengah,ID-KT
22,Kalimantan Selatan,ID-KS
23,Kalimantan Timur,ID-KI
24,Kalimantan Utara,ID-KU
25,Sulawesi Utara,ID-SA
26,Sulawesi Tengah,ID-ST
27,Sulawesi Selatan,ID-SN
28,Sulawesi Tenggara,ID-SG
29,Gorontalo,ID-GO
30,Sulawesi Barat,ID-SR
31,Maluku,ID-MA
32,Maluku Utara,ID-MU
33,Papua,ID-PA
34,Papua Barat,ID-PB

"""#
}
