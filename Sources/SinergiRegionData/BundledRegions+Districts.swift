// swift-format-ignore-file
// districts.csv of graphs/regions-id, byte for byte (written by graphs/regions-id/make_swift.py; do not edit).
// Source: the MIT-licensed areaid 1.1.2 by harigro (graphs/regions-id/ATTRIBUTION.md).

extension BundledRegions {
    /// The text of `graphs/regions-id/districts.csv`.
    public static let districtsCSV: String = #"""
id,regency_id,name
1,1,Arongan Lambalek
2,1,Bubon
3,1,Johan Pahlawan
4,1,Kaway XVI
5,1,Meureubo
6,1,Pante Ceureumen (Pantai Ceuremen)
7,1,Panton Reu
8,1,Samatiga
9,1,Sungai Mas
10,1,Woyla
11,1,Woyla Barat
12,1,Woyla Timur
13,2,Babah Rot
14,2,Blang Pidie
15,2,Jeumpa
16,2,Kuala Batee
17,2,Lembah Sabil
18,2,Manggeng
19,2,Setia
20,2,Susoh
21,2,Tangan-Tangan
22,3,Baitussalam
23,3,Blank Bintang
24,3,Darul Imarah
25,3,Darul Kamal
26,3,Darussalam
27,3,Indrapuri
28,3,Ingin Jaya
29,3,Kota Cot Glie (Kuta Cot Glie)
30,3,Kota Jantho
31,3,Kota Malaka (Kuta Malaka)
32,3,Krueng Barona Jaya
33,3,Kuta Baro
34,3,Lembah Seulawah
35,3,Leupung
36,3,Lhoknga (Lho'nga)
37,3,Lhoong
38,3,Mantasiek (Montasik)
39,3,Mesjid Raya
40,3,Peukan Bada
41,3,Pulo Aceh
42,3,Seulimeum
43,3,Simpang Tiga
44,3,Suka Makmur
45,4,Darul Hikmah
46,4,Indra Jaya
47,4,Jaya
48,4,Keude Panga
49,4,Krueng Sabee
50,4,Pasie Raya
51,4,Sampoiniet
52,4,Setia Bakti
53,4,Teunom
54,5,Bakongan
55,5,Bakongan Timur
56,5,Kluet Selatan
57,5,Kluet Tengah
58,5,Kluet Timur
59,5,Kluet Utara
60,5,Kota Bahagia
61,5,Labuhan Haji
62,5,Labuhan Haji Barat
63,5,Labuhan Haji Timur
64,5,Meukek
65,5,Pasie Raja
66,5,Sama Dua
67,5,Sawang
68,5,Tapak Tuan
69,5,Trumon
70,5,Trumon Tengah
71,5,Trumon Timur
72,6,Danau Paris
73,6,Gunung Meriah (Mariah)
74,6,Kota Baharu
75,6,Kuala Baru
76,6,Pulau Banyak
77,6,Pulau Banyak Barat
78,6,Simpang Kanan
79,6,Singkil
80,6,Singkil Utara
81,6,Singkohor
82,6,Suro Makmur
83,7,Banda Mulia
84,7,Bandar Pusaka
85,7,Bendahara
86,7,Karang Baru
87,7,Kejuruan Muda
88,7,Kota Kuala Simpang
89,7,Manyak Payed
90,7,Rantau
91,7,Sekerak
92,7,Seruway
93,7,Tamiang Hulu
94,7,Tenggulun
95,8,Atu Lintang
96,8,Bebesen
97,8,Bies
98,8,Bintang
99,8,Celala
100,8,Jagong Jeget
101,8,Kebayakan
102,8,Ketol
103,8,Kute Panang
104,8,Linge
105,8,Lut Tawar
106,8,Pegasing
107,8,Rusip Antara
108,8,Silih Nara
109,9,Babul Makmur
110,9,Babul Rahmah
111,9,Babussalam
112,9,Badar
113,9,Bambel
114,9,Bukit Tusam
115,9,Darul Hasanah
116,9,Deleng Pokhisen
117,9,Ketambe
118,9,Lawe Alas
119,9,Lawe Bulan
120,9,Lawe Sigala-Gala
121,9,Lawe Sumur
122,9,Leuser
123,9,Semadam
124,9,Tanah Alas
125,10,Banda Alam
126,10,Birem Bayeun
127,10,Darul Aman
128,10,Darul Falah
129,10,Darul Iksan (Ihsan)
130,10,Idi Rayeuk
131,10,Idi Timur
132,10,Idi Tunong
133,10,Indra Makmur
134,10,Julok
135,10,Madat
136,10,Nurussalam
137,10,Pante Bidari
138,10,Peudawa
139,10,Peunaron
140,10,Peureulak
141,10,Peureulak Barat
142,10,Peureulak Timur
143,10,Rantau Selamat
144,10,Ranto Peureulak
145,10,Serbajadi
146,10,Simpang Jernih
147,10,Simpang Ulim
148,10,Sungai Raya
149,11,Baktiya
150,11,Baktiya Barat
151,11,Banda Baro
152,11,Cot Girek
153,11,Dewantara
154,11,Geuredong Pase
155,11,Kuta Makmur
156,11,Langkahan
157,11,Lapang
158,11,Lhoksukon
159,11,Matangkuli
160,11,Meurah Mulia
161,11,Muara Batu
162,11,Nibong
163,11,Nisam
164,11,Nisam Antara
165,11,Paya Bakong
166,11,Pirak Timur
167,11,Samudera
168,11,Sawang
169,11,Seunuddon (Seunudon)
170,11,Simpang Kramat (Keramat)
171,11,Syamtalira Aron
172,11,Syamtalira Bayu
173,11,Tanah Jambo Aye
174,11,Tanah Luas
175,11,Tanah Pasir
176,12,Bandar
177,12,Bener Kelipah
178,12,Bukit
179,12,Gajah Putih
180,12,Mesidah
181,12,Permata
182,12,Pintu Rime Gayo
183,12,Syiah Utama
184,12,Timang Gajah
185,12,Wih Pesam
186,13,Ganda Pura
187,13,Jangka
188,13,Jeumpa
189,13,Jeunieb
190,13,Juli
191,13,Kota Juang
192,13,Kuala
193,13,Kuta Blang
194,13,Makmur
195,13,Pandrah
196,13,Peudada
197,13,Peulimbang (Plimbang)
198,13,Peusangan
199,13,Peusangan Selatan
200,13,Peusangan Siblah Krueng
201,13,Samalanga
202,13,Simpang Mamplam
203,14,Blang Jerango
204,14,Blang Kejeren
205,14,Blang Pegayon
206,14,Dabun Gelang (Debun Gelang)
207,14,Kuta Panjang
208,14,Pantan Cuaca
209,14,Pining (Pinding)
210,14,Putri Betung
211,14,Rikit Gaib
212,14,Terangun (Terangon)
213,14,Teripe/Tripe Jaya
214,15,Beutong
215,15,Beutong Ateuh Banggalang
216,15,Darul Makmur
217,15,Kuala
218,15,Kuala Pesisir
219,15,Seunagan
220,15,Seunagan Timur
221,15,Suka Makmue
222,15,Tadu Raya
223,15,Tripa Makmur
224,16,Batee
225,16,Delima
226,16,Geumpang
227,16,Glumpang Baro
228,16,Glumpang Tiga (Geulumpang Tiga)
229,16,Grong Grong
230,16,Indrajaya
231,16,Kembang Tanjong
232,16,Keumala
233,16,Kota Sigli
234,16,Mane
235,16,Mila
236,16,Muara Tiga
237,16,Mutiara
238,16,Mutiara Timur
239,16,Padang Tiji
240,16,Peukan Baro
241,16,Pidie
242,16,Sakti
243,16,Simpang Tiga
244,16,Tangse
245,16,Tiro/Truseb
246,16,Titeue
247,17,Bandar Baru
248,17,Bandar Dua
249,17,Jangka Buya
250,17,Meurah Dua
251,17,Meureudu
252,17,Panteraja
253,17,Trienggadeng
254,17,Ulim
255,18,Alapan (Alafan)
256,18,Salang
257,18,Simeuleu Barat
258,18,Simeuleu Tengah
259,18,Simeuleu Timur
260,18,Simeulue Cut
261,18,Teluk Dalam
262,18,Teupah Barat
263,18,Teupah Selatan
264,18,Teupah Tengah
265,19,Baiturrahman
266,19,Banda Raya
267,19,Jaya Baru
268,19,Kuta Alam
269,19,Kuta Raja
270,19,Lueng Bata
271,19,Meuraxa
272,19,Syiah Kuala
273,19,Ulee Kareng
274,20,Langsa Barat
275,20,Langsa Baro
276,20,Langsa Kota
277,20,Langsa Lama
278,20,Langsa Timur
279,21,Banda Sakti
280,21,Blang Mangat
281,21,Muara Dua
282,21,Muara Satu
283,22,Sukajaya
284,22,Sukakarya
285,23,Longkib
286,23,Penanggalan
287,23,Rundeng
288,23,Simpang Kiri
289,23,Sultan Daulat
290,24,Aek Kuasan
291,24,Aek Ledong
292,24,Aek Songsongan
293,24,Air Batu
294,24,Air Joman
295,24,Bandar Pasir Mandoge
296,24,Bandar Pulau
297,24,Buntu Pane
298,24,Kota Kisaran Barat
299,24,Kota Kisaran Timur
300,24,Meranti
301,24,Pulau Rakyat
302,24,Pulo Bandring
303,24,Rahuning
304,24,Rawang Panca Arga
305,24,Sei Dadap
306,24,Sei Kepayang
307,24,Sei Kepayang Barat
308,24,Sei Kepayang Timur
309,24,Setia Janji
310,24,Silau Laut
311,24,Simpang Empat
312,24,Tanjung Balai
313,24,Teluk Dalam
314,24,Tinggi Raja
315,25,Air Putih
316,25,Limapuluh
317,25,Medang Deras
318,25,Sei Balai
319,25,Sei Suka
320,25,Talawi
321,25,Tanjung Tiram
322,26,Berampu (Brampu)
323,26,Gunung Sitember
324,26,Lae Parira
325,26,Parbuluan
326,26,Pegagan Hilir
327,26,Sidikalang
328,26,Siempat Nempu
329,26,Siempat Nempu Hilir
330,26,Siempat Nempu Hulu
331,26,Silahi Sabungan
332,26,Silima Pungga-Pungga
333,26,Sitinjo
334,26,Sumbul
335,26,Tanah Pinem
336,26,Tiga Lingga
337,27,Bangun Purba
338,27,Batang Kuis
339,27,Beringin
340,27,Biru-Biru
341,27,Deli Tua
342,27,Galang
343,27,Gunung Meriah
344,27,Hamparan Perak
345,27,Kutalimbaru
346,27,Labuhan Deli
347,27,Lubuk Pakam
348,27,Namo Rambe
349,27,Pagar Merbau
350,27,Pancur Batu
351,27,Pantai Labu
352,27,Patumbak
353,27,Percut Sei Tuan
354,27,Sibolangit
355,27,Sinembah Tanjung Muda Hilir
356,27,Sinembah Tanjung Muda Hulu
357,27,Sunggal
358,27,Tanjung Morawa
359,28,Bakti Raja
360,28,Dolok Sanggul
361,28,Lintong Nihuta
362,28,Onan Ganjang
363,28,Pakkat
364,28,Paranginan
365,28,Parlilitan
366,28,Pollung
367,28,Sijama Polang
368,28,Tara Bintang
369,29,Barus Jahe
370,29,Brastagi (Berastagi)
371,29,Dolat Rayat
372,29,Juhar
373,29,Kabanjahe
374,29,Kuta Buluh
375,29,Laubaleng
376,29,Mardinding
377,29,Merdeka
378,29,Merek
379,29,Munte
380,29,Nama Teran
381,29,Payung
382,29,Simpang Empat
383,29,Tiga Binanga
384,29,Tiga Panah
385,29,Tiganderket
386,30,Bilah Barat
387,30,Bilah Hilir
388,30,Bilah Hulu
389,30,Panai Hilir
390,30,Panai Hulu
391,30,Panai Tengah
392,30,Pangkatan
393,30,Rantau Selatan
394,30,Rantau Utara
395,31,Kampung Rakyat
396,31,Kota Pinang
397,31,Sei/Sungai Kanan
398,31,Silangkitang
399,31,Torgamba
400,32,Aek Kuo
401,32,Aek Natas
402,32,Kualuh Hilir
403,32,Kualuh Hulu
404,32,Kualuh Leidong
405,32,Kualuh Selatan
406,32,Marbau
407,32,Na IX-X
408,33,Babalan
409,33,Bahorok
410,33,Batang Serangan
411,33,Besitang
412,33,Binjai
413,33,Brandan Barat
414,33,Gebang
415,33,Hinai
416,33,Kuala
417,33,Kutambaru
418,33,Padang Tualang
419,33,Pangkalan Susu
420,33,Pematang Jaya
421,33,Salapian
422,33,Sawit Seberang
423,33,Secanggang
424,33,Sei Binge (Bingai)
425,33,Sei Lepan
426,33,Selesai
427,33,Sirapit (Serapit)
428,33,Stabat
429,33,Tanjungpura
430,33,Wampu
431,34,Batahan
432,34,Batang Natal
433,34,Bukit Malintang
434,34,Huta Bargot
435,34,Kotanopan
436,34,Lembah Sorik Marapi
437,34,Lingga Bayu
438,34,Muara Batang Gadis
439,34,Muara Sipongi
440,34,Naga Juang
441,34,Natal
442,34,Pakantan
443,34,Panyabungan
444,34,Panyabungan Barat
445,34,Panyabungan Selatan
446,34,Panyabungan Timur
447,34,Panyabungan Utara
448,34,Puncak Sorik Marapi
449,34,Ranto Baek
450,34,Siabu
451,34,Sinunukan
452,34,Tambangan
453,34,Ulu Pungkut
454,35,Bawolato
455,35,Botomuzoi
456,35,Gido
457,35,Hili Serangkai (Hilisaranggu)
458,35,Hiliduho
459,35,Idano Gawo
460,35,Ma'u
461,35,Sogae Adu (Sogaeadu)
462,35,Somolo-Molo (Samolo)
463,35,Ulugawo
464,36,Lahomi (Gahori)
465,36,Lolofitu Moi
466,36,Mandrehe
467,36,Mandrehe Barat
468,36,Mandrehe Utara
469,36,Moro'o
470,36,Sirombu
471,36,Ulu Moro'o (Ulu Narwo)
472,37,Amandraya
473,37,Aramo
474,37,Boronadu
475,37,Fanayama
476,37,Gomo
477,37,Hibala
478,37,Hilimegai
479,37,Hilisalawa'ahe (Hilisalawaahe)
480,37,Huruna
481,37,Lahusa
482,37,Lolomatua
483,37,Lolowau
484,37,Maniamolo
485,37,Mazino
486,37,Mazo
487,37,O'o'u (Oou)
488,37,Onohazumba
489,37,Pulau-Pulau Batu
490,37,Pulau-Pulau Batu Barat
491,37,Pulau-Pulau Batu Timur
492,37,Pulau-Pulau Batu Utara
493,37,Sidua'ori
494,37,Simuk
495,37,Somambawa
496,37,Susua
497,37,Tanah Masa
498,37,Teluk Dalam
499,37,Toma
500,37,Ulunoyo
501,37,Ulususua
502,37,Umbunasi
503,38,Afulu
504,38,Alasa
505,38,Alasa Talumuzoi
506,38,Lahewa
507,38,Lahewa Timur
508,38,Lotu
509,38,Namohalu Esiwa
510,38,Sawo
511,38,Sitolu Ori
512,38,Tugala Oyo
513,38,Tuhemberua
514,39,Aek Nabara Barumun
515,39,Barumun
516,39,Barumun Selatan
517,39,Barumun Tengah
518,39,Batang Lubu Sutam
519,39,Huristak
520,39,Huta Raja Tinggi
521,39,Lubuk Barumun
522,39,Sihapas Barumun
523,39,Sosa
524,39,Sosopan
525,39,Ulu Barumun
526,40,Batang Onang
527,40,Dolok
528,40,Dolok Sigompulon
529,40,Halongonan
530,40,Hulu Sihapas
531,40,Padang Bolak
532,40,Padang Bolak Julu
533,40,Portibi
534,40,Simangambat
535,41,Kerajaan
536,41,Pagindar
537,41,Pergetteng Getteng Sengkut
538,41,Salak
539,41,Siempat Rube
540,41,Sitellu Tali Urang Jehe
541,41,Sitellu Tali Urang Julu
542,41,Tinada
543,42,Harian
544,42,Nainggolan
545,42,Onan Runggu
546,42,Palipi
547,42,Pangururan
548,42,Ronggur Nihuta
549,42,Sianjur Mula Mula
550,42,Simanindo
551,42,Sitio-tio
552,43,Bandar Khalifah
553,43,Bintang Bayu
554,43,Dolok Masihul
555,43,Dolok Merawan
556,43,Kotarih
557,43,Pantai Cermin
558,43,Pegajahan
559,43,Perbaungan
560,43,Sei Bamban
561,43,Sei Rampah
562,43,Serba Jadi
563,43,Silinda
564,43,Sipispis
565,43,Tanjung Beringin
566,43,Tebing Syahbandar
567,43,Tebing Tinggi
568,43,Teluk Mengkudu
569,44,Bandar
570,44,Bandar Huluan
571,44,Bandar Masilam
572,44,Bosar Maligas
573,44,Dolok Batu Nanggar
574,44,Dolok Panribuan
575,44,Dolok Pardamean
576,44,Dolok Silau
577,44,Girsang Sipangan Bolon
578,44,Gunung Malela
579,44,Gunung Maligas
580,44,Haranggaol Horison
581,44,Hatonduhan
582,44,Huta Bayu Raja
583,44,Jawa Maraja Bah Jambi
584,44,Jorlang Hataran
585,44,Panei
586,44,Panombeian Panei
587,44,Pematang Bandar
588,44,Pematang Sidamanik
589,44,Pematang Silima Huta
590,44,Purba
591,44,Raya
592,44,Raya Kahean
593,44,Siantar
594,44,Sidamanik
595,44,Silimakuta
596,44,Silou Kahean
597,44,Tanah Jawa
598,44,Tapian Dolok
599,44,Ujung Padang
600,45,Aek Bilah
601,45,Angkola Barat
602,45,Angkola Sangkunur
603,45,Angkola Selatan
604,45,Angkola Timur
605,45,Arse
606,45,Batang Angkola
607,45,Batang Toru
608,45,Marancar
609,45,Muara Batang Toru
610,45,Saipar Dolok Hole
611,45,Sayur Matinggi
612,45,Sipirok
613,45,Tano Tombangan Angkola
614,46,Andam Dewi
615,46,Badiri
616,46,Barus
617,46,Barus Utara
618,46,Kolang
619,46,Lumut
620,46,Manduamas
621,46,Pandan
622,46,Pasaribu Tobing
623,46,Pinangsori
624,46,Sarudik
625,46,Sibabangun
626,46,Sirandorung
627,46,Sitahuis
628,46,Sorkam
629,46,Sorkam Barat
630,46,Sosor Gadong
631,46,Suka Bangun
632,46,Tapian Nauli
633,46,Tukka
634,47,Adian Koting
635,47,Garoga
636,47,Muara
637,47,Pagaran
638,47,Pahae Jae
639,47,Pahae Julu
640,47,Pangaribuan
641,47,Parmonangan
642,47,Purbatua
643,47,Siatas Barita
644,47,Siborong-Borong
645,47,Simangumban
646,47,Sipahutar
647,47,Sipoholon
648,47,Tarutung
649,48,Ajibata
650,48,Balige
651,48,Bonatua Lunasi
652,48,Bor-Bor
653,48,Habinsaran
654,48,Laguboti
655,48,Lumban Julu
656,48,Nassau
657,48,Parmaksian
658,48,Pintu Pohan Meranti
659,48,Porsea
660,48,Siantar Narumonda
661,48,Sigumpar
662,48,Silaen
663,48,Tampahan
664,48,Uluan
665,49,Binjai Barat
666,49,Binjai Kota
667,49,Binjai Selatan
668,49,Binjai Timur
669,49,Binjai Utara
670,50,Gunungsitoli
671,50,Gunungsitoli Alo'oa
672,50,Gunungsitoli Barat
673,50,Gunungsitoli Idanoi
674,50,Gunungsitoli Selatan
675,50,Gunungsitoli Utara
676,51,Medan Amplas
677,51,Medan Area
678,51,Medan Barat
679,51,Medan Baru
680,51,Medan Belawan Kota
681,51,Medan Deli
682,51,Medan Denai
683,51,Medan Helvetia
684,51,Medan Johor
685,51,Medan Kota
686,51,Medan Labuhan
687,51,Medan Maimun
688,51,Medan Marelan
689,51,Medan Perjuangan
690,51,Medan Petisah
691,51,Medan Polonia
692,51,Medan Selayang
693,51,Medan Sunggal
694,51,Medan Tembung
695,51,Medan Timur
696,51,Medan Tuntungan
697,52,Padang Sidempuan Angkola Julu
698,52,Padang Sidempuan Batunadua
699,52,Padang Sidempuan Hutaimbaru
700,52,Padang Sidempuan Selatan
701,52,Padang Sidempuan Tenggara
702,52,Padang Sidempuan Utara (Padangsidimpuan)
703,53,Siantar Barat
704,53,Siantar Marihat
705,53,Siantar Marimbun
706,53,Siantar Martoba
707,53,Siantar Selatan
708,53,Siantar Sitalasari
709,53,Siantar Timur
710,53,Siantar Utara
711,54,Sibolga Kota
712,54,Sibolga Sambas
713,54,Sibolga Selatan
714,54,Sibolga Utara
715,55,Datuk Bandar
716,55,Datuk Bandar Timur
717,55,Sei Tualang Raso
718,55,Tanjung Balai Selatan
719,55,Tanjung Balai Utara
720,55,Teluk Nibung
721,56,Bajenis
722,56,Padang Hilir
723,56,Padang Hulu
724,56,Rambutan
725,56,Tebing Tinggi Kota
726,57,Ampek Nagari (IV Nagari )
727,57,Banuhampu
728,57,Baso
729,57,Candung
730,57,IV Angkat Candung (Ampek Angkek)
731,57,IV Koto (Ampek Koto)
732,57,Kamang Magek
733,57,Lubuk Basung
734,57,Malakak
735,57,Matur
736,57,Palembayan
737,57,Palupuh
738,57,Sungai Pua (Puar)
739,57,Tanjung Mutiara
740,57,Tanjung Raya
741,57,Tilatang Kamang
742,58,Asam Jujuhan
743,58,Koto Baru
744,58,Koto Besar
745,58,Koto Salak
746,58,Padang Laweh
747,58,Pulau Punjung
748,58,Sembilan Koto
749,58,Sitiung
750,58,Sungai Rumbai
751,58,Timpeh
752,58,Tiumang
753,59,Pagai Selatan
754,59,Pagai Utara
755,59,Siberut Barat
756,59,Siberut Barat Daya
757,59,Siberut Selatan
758,59,Siberut Tengah
759,59,Siberut Utara
760,59,Sikakap
761,59,Sipora Selatan
762,59,Sipora Utara
763,60,Akabiluru
764,60,Bukik Barisan
765,60,Guguak (Gugu)
766,60,Gunuang Omeh (Gunung Mas)
767,60,Harau
768,60,Kapur IX/Sembilan
769,60,Lareh Sago Halaban
770,60,Luak (Luhak)
771,60,Mungka
772,60,Pangkalan Koto Baru
773,60,Payakumbuh
774,60,Situjuah Limo/Lima Nagari
775,60,Suliki
776,61,2 X 11 Enam Lingkung
777,61,2 X 11 Kayu Tanam
778,61,Batang Anai
779,61,Batang Gasan
780,61,Enam Lingkung
781,61,IV Koto Aur Malintang
782,61,Lubuk Alung
783,61,Nan Sabaris
784,61,Padang Sago
785,61,Patamuan
786,61,Sintuk/Sintuak Toboh Gadang
787,61,Sungai Geringging/Garingging
788,61,Sungai Limau
789,61,Ulakan Tapakih/Tapakis
790,61,V Koto Kampung Dalam
791,61,V Koto Timur
792,61,VII Koto Sungai Sarik
793,62,Bonjol
794,62,Duo Koto (II Koto)
795,62,Lubuk Sikaping
796,62,Mapat Tunggul
797,62,Mapat Tunggul Selatan
798,62,Padang Gelugur
799,62,Panti
800,62,Rao
801,62,Rao Selatan
802,62,Rao Utara
803,62,Simpang Alahan Mati
804,62,Tigo Nagari (III Nagari)
805,63,Gunung Tuleh
806,63,Kinali
807,63,Koto Balingka
808,63,Lembah Melintang
809,63,Luhak Nan Duo
810,63,Pasaman
811,63,Ranah Batahan
812,63,Sasak Ranah Pasisir/Pesisie
813,63,Sei Beremas
814,63,Sungai Aur
815,63,Talamau
816,64,Airpura
817,64,Basa Ampek Balai Tapan
818,64,Batang Kapas
819,64,Bayang
820,64,IV Jurai
821,64,IV Nagari Bayang Utara
822,64,Koto XI Tarusan
823,64,Lengayang
824,64,Linggo Sari Baganti
825,64,Lunang
826,64,Pancung Soal
827,64,Ranah Ampek Hulu Tapan
828,64,Ranah Pesisir
829,64,Silaut
830,64,Sutera
831,65,IV Nagari
832,65,Kamang Baru
833,65,Koto VII
834,65,Kupitan
835,65,Lubuak Tarok
836,65,Sijunjung
837,65,Sumpur Kudus
838,65,Tanjung Gadang
839,66,Bukit Sundi
840,66,Danau Kembar
841,66,Gunung Talang
842,66,Hiliran Gumanti
843,66,IX Koto Sungai Lasi
844,66,Junjung Sirih
845,66,Kubung
846,66,Lembah Gumanti
847,66,Lembang Jaya
848,66,Pantai Cermin
849,66,Payung Sekaki
850,66,Tigo Lurah
851,66,X Koto Diatas
852,66,X Koto Singkarak
853,67,Koto Parik Gadang Diateh
854,67,Pauh Duo
855,67,Sangir
856,67,Sangir Balai Janggo
857,67,Sangir Batang Hari
858,67,Sangir Jujuan
859,67,Sungai Pagu
860,68,Batipuh
861,68,Batipuh Selatan
862,68,Lima Kaum
863,68,Lintau Buo
864,68,Lintau Buo Utara
865,68,Padang Ganting
866,68,Pariangan
867,68,Rambatan
868,68,Salimpaung
869,68,Sepuluh Koto (X Koto)
870,68,Sungai Tarab
871,68,Sungayang
872,68,Tanjung Baru
873,68,Tanjung Emas
874,69,Aur Birugo Tigo Baleh
875,69,Guguk Panjang (Guguak Panjang)
876,69,Mandiangin Koto Selayan
877,70,Bungus Teluk Kabung
878,70,Koto Tangah
879,70,Kuranji
880,70,Lubuk Begalung
881,70,Lubuk Kilangan
882,70,Nanggalo
883,70,Padang Barat
884,70,Padang Selatan
885,70,Padang Timur
886,70,Padang Utara
887,70,Pauh
888,71,Padang Panjang Barat
889,71,Padang Panjang Timur
890,72,Pariaman Selatan
891,72,Pariaman Tengah
892,72,Pariaman Timur
893,72,Pariaman Utara
894,73,Lamposi Tigo Nagari
895,73,Payakumbuh Barat
896,73,Payakumbuh Selatan
897,73,Payakumbuh Timur
898,73,Payakumbuh Utara
899,74,Barangin
900,74,Lembah Segar
901,74,Silungkang
902,74,Talawi
903,75,Lubuk Sikarah
904,75,Tanjung Harapan
905,76,Bantan
906,76,Bengkalis
907,76,Bukit Batu
908,76,Mandau
909,76,Pinggir
910,76,Rupat
911,76,Rupat Utara
912,76,Siak Kecil
913,77,Batang Tuaka
914,77,Concong
915,77,Enok
916,77,Gaung
917,77,Gaung Anak Serka
918,77,Kateman
919,77,Kempas
920,77,Kemuning
921,77,Keritang
922,77,Kuala Indragiri
923,77,Mandah
924,77,Pelangiran
925,77,Pulau Burung
926,77,Reteh
927,77,Sungai Batang
928,77,Tanah Merah
929,77,Teluk Belengkong
930,77,Tembilahan
931,77,Tembilahan Hulu
932,77,Tempuling
933,78,Batang Cenaku
934,78,Batang Gansal
935,78,Batang Peranap
936,78,Kelayang
937,78,Kuala Cenaku
938,78,Lirik
939,78,Lubuk Batu Jaya
940,78,Pasir Penyu
941,78,Peranap
942,78,Rakit Kulim
943,78,Rengat
944,78,Rengat Barat
945,78,Seberida
946,78,Sungai Lala
947,79,Bangkinang
948,79,Bangkinang Kota
949,79,Gunung Sahilan
950,79,Kampar
951,79,Kampar Kiri
952,79,Kampar Kiri Hilir
953,79,Kampar Kiri Hulu
954,79,Kampar Kiri Tengah
955,79,Kampar Timur
956,79,Kampar Utara
957,79,Koto Kampar Hulu
958,79,Kuok
959,79,Perhentian Raja
960,79,Rumbio Jaya
961,79,Salo
962,79,Siak Hulu
963,79,Tambang
964,79,Tapung
965,79,Tapung Hilir
966,79,Tapung Hulu
967,79,XIII Koto Kampar
968,80,Merbau
969,80,Pulaumerbau
970,80,Rangsang
971,80,Rangsang Barat
972,80,Rangsang Pesisir
973,80,Tasik Putri Puyu
974,80,Tebing Tinggi
975,80,Tebing Tinggi Barat
976,80,Tebing Tinggi Timur
977,81,Benai
978,81,Cerenti
979,81,Gunung Toar
980,81,Hulu Kuantan
981,81,Inuman
982,81,Kuantan Hilir
983,81,Kuantan Hilir Seberang
984,81,Kuantan Mudik
985,81,Kuantan Tengah
986,81,Logas Tanah Darat
987,81,Pangean
988,81,Pucuk Rantau
989,81,Sentajo Raya
990,81,Singingi
991,81,Singingi Hilir
992,82,Bandar Petalangan
993,82,Bandar Sei Kijang
994,82,Bunut
995,82,Kerumutan
996,82,Kuala Kampar
997,82,Langgam
998,82,Pangkalan Kerinci
999,82,Pangkalan Kuras
1000,82,Pangkalan Lesung
1001,82,Pelalawan
1002,82,Teluk Meranti
1003,82,Ukui
1004,83,Bagan Sinembah
1005,83,Bangko
1006,83,Bangko Pusaka (Pusako)
1007,83,Batu Hampar
1008,83,Kubu
1009,83,Kubu Babussalam
1010,83,Pasir Limau Kapas
1011,83,Pekaitan
1012,83,Pujud
1013,83,Rantau Kopar
1014,83,Rimba Melintang
1015,83,Simpang Kanan
1016,83,Sinaboi (Senaboi)
1017,83,Tanah Putih
1018,83,Tanah Putih Tanjung Melawan
1019,84,Bangun Purba
1020,84,Bonai Darussalam
1021,84,Kabun
1022,84,Kepenuhan
1023,84,Kepenuhan Hulu
1024,84,Kunto Darussalam
1025,84,Pagaran Tapah Darussalam
1026,84,Pendalian IV Koto
1027,84,Rambah
1028,84,Rambah Hilir
1029,84,Rambah Samo
1030,84,Rokan IV Koto
1031,84,Tambusai
1032,84,Tambusai Utara
1033,84,Tandun
1034,84,Ujung Batu
1035,85,Bunga Raya
1036,85,Dayun
1037,85,Kandis
1038,85,Kerinci Kanan
1039,85,Koto Gasib
1040,85,Lubuk Dalam
1041,85,Mempura
1042,85,Minas
1043,85,Pusako
1044,85,Sabak Auh
1045,85,Siak
1046,85,Sungai Apit
1047,85,Sungai Mandau
1048,85,Tualang
1049,86,Bukit Kapur
1050,86,Dumai Barat
1051,86,Dumai Kota
1052,86,Dumai Selatan
1053,86,Dumai Timur
1054,86,Medang Kampai
1055,86,Sungai Sembilan
1056,87,Bukit Raya
1057,87,Lima Puluh
1058,87,Marpoyan Damai
1059,87,Payung Sekaki
1060,87,Pekanbaru Kota
1061,87,Rumbai
1062,87,Rumbai Pesisir
1063,87,Sail
1064,87,Senapelan
1065,87,Sukajadi
1066,87,Tampan
1067,87,Tenayan Raya
1068,88,Bajubang
1069,88,Batin XXIV
1070,88,Maro Sebo Ilir
1071,88,Maro Sebo Ulu
1072,88,Mersam
1073,88,Muara Bulian
1074,88,Muara Tembesi
1075,88,Pemayung
1076,89,Bathin II Babeko
1077,89,Bathin II Pelayang
1078,89,Bathin III
1079,89,Bathin III Ulu
1080,89,Bungo Dani
1081,89,Jujuhan
1082,89,Jujuhan Ilir
1083,89,Limbur Lubuk Mengkuang
1084,89,Muko-Muko Batin VII
1085,89,Pasar Muara Bungo
1086,89,Pelepat
1087,89,Pelepat Ilir
1088,89,Rantau Pandan
1089,89,Rimbo Tengah
1090,89,Tanah Sepenggal
1091,89,Tanah Sepenggal Lintas
1092,89,Tanah Tumbuh
1093,90,Air Hangat
1094,90,Air Hangat Barat
1095,90,Air Hangat Timur
1096,90,Batang Merangin
1097,90,Bukitkerman
1098,90,Danau Kerinci
1099,90,Depati Tujuh
1100,90,Gunung Kerinci
1101,90,Gunung Raya
1102,90,Gunung Tujuh
1103,90,Kayu Aro
1104,90,Kayu Aro Barat
1105,90,Keliling Danau
1106,90,Sitinjau Laut
1107,90,Siulak
1108,90,Siulak Mukai
1109,91,Bangko
1110,91,Bangko Barat
1111,91,Batang Masumai
1112,91,Jangkat
1113,91,Lembah Masurai
1114,91,Margo Tabir
1115,91,Muara Siau
1116,91,Nalo Tantan
1117,91,Pamenang
1118,91,Pamenang Barat
1119,91,Pamenang Selatan
1120,91,Pangkalan Jambu
1121,91,Renah Pembarap
1122,91,Renah Pemenang
1123,91,Sungai Manau
1124,91,Sungai Tenang
1125,91,Tabir
1126,91,Tabir Barat
1127,91,Tabir Ilir
1128,91,Tabir Lintas
1129,91,Tabir Selatan
1130,91,Tabir Timur
1131,91,Tabir Ulu
1132,91,Tiang Pumpung
1133,92,Bahar Selatan
1134,92,Bahar Utara
1135,92,Jambi Luar Kota
1136,92,Kumpeh
1137,92,Kumpeh Ulu
1138,92,Maro Sebo
1139,92,Mestong
1140,92,Sekernan
1141,92,Sungai Bahar
1142,92,Sungai Gelam
1143,92,Taman Rajo
1144,93,Air Hitam
1145,93,Batang Asai
1146,93,Bathin VIII (Batin VIII)
1147,93,Cermin Nan Gadang
1148,93,Limun
1149,93,Mandiangin
1150,93,Pauh
1151,93,Pelawan
1152,93,Sarolangun
1153,93,Singkut
1154,94,Batang Asam
1155,94,Betara
1156,94,Bram Itam
1157,94,Kuala Betara
1158,94,Merlung
1159,94,Muara Papalik
1160,94,Pengabuan
1161,94,Renah Mendaluh
1162,94,Seberang Kota
1163,94,Senyerang
1164,94,Tebing Tinggi
1165,94,Tungkal Ilir
1166,94,Tungkal Ulu
1167,95,Berbak
1168,95,Dendang
1169,95,Geragai
1170,95,Kuala Jambi
1171,95,Mendahara
1172,95,Mendahara Ulu
1173,95,Muara Sabak Barat
1174,95,Muara Sabak Timur
1175,95,Nipah Panjang
1176,95,Rantau Rasau
1177,95,Sadu
1178,96,Muara Tabir
1179,96,Rimbo Bujang
1180,96,Rimbo Ilir
1181,96,Rimbo Ulu
1182,96,Serai Serumpun
1183,96,Sumay
1184,96,Tebo Ilir
1185,96,Tebo Tengah
1186,96,Tebo Ulu
1187,96,Tengah Ilir
1188,96,VII Koto
1189,96,VII Koto Ilir
1190,97,Danau Teluk
1191,97,Jambi Selatan
1192,97,Jambi Timur
1193,97,Jelutung
1194,97,Kota Baru
1195,97,Pasar Jambi
1196,97,Pelayangan
1197,97,Telanaipura
1198,98,Hamparan Rawang
1199,98,Koto Baru
1200,98,Kumun Debai
1201,98,Pesisir Bukit
1202,98,Pondok Tinggi
1203,98,Sungai Bungkal
1204,98,Sungai Penuh
1205,98,Tanah Kampung
1206,99,Air Kumbang
1207,99,Air Salek
1208,99,Banyuasin I
1209,99,Banyuasin II
1210,99,Banyuasin III
1211,99,Betung
1212,99,Makarti Jaya
1213,99,Muara Padang
1214,99,Muara Sugihan
1215,99,Muara Telang
1216,99,Pulau Rimau
1217,99,Rambutan
1218,99,Rantau Bayur
1219,99,Sembawa
1220,99,Suak Tapeh
1221,99,Sumber Marga Telang
1222,99,Talang Kelapa
1223,99,Tanjung Lago
1224,99,Tungkal Ilir
1225,100,Lintang Kanan
1226,100,Muara Pinang
1227,100,Pasemah Air Keruh
1228,100,Pendopo
1229,100,Pendopo Barat
1230,100,Saling
1231,100,Sikap Dalam
1232,100,Talang Padang
1233,100,Tebing Tinggi
1234,100,Ulu Musi
1235,101,Gumay Talang
1236,101,Gumay Ulu
1237,101,Jarai
1238,101,Kikim Barat
1239,101,Kikim Selatan
1240,101,Kikim Tengah
1241,101,Kikim Timur
1242,101,Kota Agung
1243,101,Lahat
1244,101,Merapi Barat
1245,101,Merapi Selatan
1246,101,Merapi Timur
1247,101,Muarapayang
1248,101,Mulak Ulu
1249,101,Pagar Gunung
1250,101,Pajar Bulan
1251,101,Pseksu
1252,101,Pulau Pinang
1253,101,Sukamerindu
1254,101,Tanjung Sakti Pumi
1255,101,Tanjung Sakti Pumu
1256,101,Tanjung Tebat
1257,102,Belida Darat
1258,102,Belimbing
1259,102,Benakat
1260,102,Gelumbang
1261,102,Gunung Megang
1262,102,Kelekar
1263,102,Lawang Kidul
1264,102,Lembak
1265,102,Lubai
1266,102,Lubai Ulu
1267,102,Muara Belida
1268,102,Muara Enim
1269,102,Rambang
1270,102,Rambang Dangku
1271,102,Semende Darat Laut
1272,102,Semende Darat Tengah
1273,102,Semende Darat Ulu
1274,102,Sungai Rotan
1275,102,Tanjung Agung
1276,102,Ujan Mas
1277,103,Babat Supat
1278,103,Babat Toman
1279,103,Batanghari Leko
1280,103,Bayung Lencir
1281,103,Keluang
1282,103,Lais
1283,103,Lalan (Sungai Lalan)
1284,103,Lawang Wetan
1285,103,Plakat Tinggi (Pelakat Tinggi)
1286,103,Sanga Desa
1287,103,Sekayu
1288,103,Sungai Keruh
1289,103,Sungai Lilin
1290,103,Tungkal Jaya
1291,104,BTS Ulu
1292,104,Jaya Loka
1293,104,Megang Sakti
1294,104,Muara Beliti
1295,104,Muara Kelingi
1296,104,Muara Lakitan
1297,104,Purwodadi
1298,104,Selangit
1299,104,Sukakarya
1300,104,Suku Tengah Lakitan Ulu Terawas
1301,104,Sumber Harta
1302,104,Tiang Pumpung Kepungut
1303,104,Tuah Negeri
1304,104,Tugumulyo
1305,105,Karang Dapo
1306,105,Karang Jaya
1307,105,Nibung
1308,105,Rawas Ilir
1309,105,Rawas Ulu
1310,105,Rupit
1311,105,Ulu Rawas
1312,106,Indralaya
1313,106,Indralaya Selatan
1314,106,Indralaya Utara
1315,106,Kandis
1316,106,Lubuk Keliat
1317,106,Muara Kuang
1318,106,Payaraman
1319,106,Pemulutan
1320,106,Pemulutan Barat
1321,106,Pemulutan Selatan
1322,106,Rambang Kuang
1323,106,Rantau Alai
1324,106,Rantau Panjang
1325,106,Sungai Pinang
1326,106,Tanjung Batu
1327,106,Tanjung Raja
1328,107,Air Sugihan
1329,107,Cengal
1330,107,Jejawi
1331,107,Kayu Agung
1332,107,Lempuing
1333,107,Lempuing Jaya
1334,107,Mesuji
1335,107,Mesuji Makmur
1336,107,Mesuji Raya
1337,107,Pampangan
1338,107,Pangkalan Lampam
1339,107,Pedamaran
1340,107,Pedamaran Timur
1341,107,Sirah Pulau Padang
1342,107,Sungai Menang
1343,107,Tanjung Lubuk
1344,107,Teluk Gelam
1345,107,Tulung Selapan
1346,108,Baturaja Barat
1347,108,Baturaja Timur
1348,108,Lengkiti
1349,108,Lubuk Batang
1350,108,Lubuk Raja
1351,108,Muara Jaya
1352,108,Pengandonan
1353,108,Peninjauan
1354,108,Semidang Aji
1355,108,Sinar Peninjauan
1356,108,Sosoh Buay Rayap
1357,108,Ulu Ogan
1358,109,Banding Agung
1359,109,Buana Pemaca
1360,109,Buay Pemaca
1361,109,Buay Pematang Ribu Ranau Tengah
1362,109,Buay Rawan
1363,109,Buay Runjung
1364,109,Buay Sandang Aji
1365,109,Kisam Ilir
1366,109,Kisam Tinggi
1367,109,Mekakau Ilir
1368,109,Muaradua
1369,109,Muaradua Kisam
1370,109,Pulau Beringin
1371,109,Runjung Agung
1372,109,Simpang
1373,109,Sindang Danau
1374,109,Sungai Are
1375,109,Tiga Dihaji
1376,109,Warkuk Ranau Selatan
1377,110,Belitang
1378,110,Belitang II
1379,110,Belitang III
1380,110,Belitang Jaya
1381,110,Belitang Madang Raya
1382,110,Belitang Mulya
1383,110,Buay Madang
1384,110,Buay Madang Timur
1385,110,Buay Pemuka Bangsa Raja
1386,110,Buay Pemuka Peliung
1387,110,Bunga Mayang
1388,110,Cempaka
1389,110,Jayapura
1390,110,Madang Suku I
1391,110,Madang Suku II
1392,110,Madang Suku III
1393,110,Martapura
1394,110,Semendawai Barat
1395,110,Semendawai Suku III
1396,110,Semendawai Timur
1397,111,Abab
1398,111,Penukal
1399,111,Penukal Utara
1400,111,Talang Ubi
1401,111,Tanah Abang
1402,112,Lubuk Linggau Barat Dua (II)
1403,112,Lubuk Linggau Barat Satu (I)
1404,112,Lubuk Linggau Selatan Dua (II)
1405,112,Lubuk Linggau Selatan Satu (I)
1406,112,Lubuk Linggau Timur Dua (II)
1407,112,Lubuk Linggau Timur Satu (I)
1408,112,Lubuk Linggau Utara Dua (II)
1409,112,Lubuk Linggau Utara Satu (I)
1410,113,Dempo Selatan
1411,113,Dempo Tengah
1412,113,Dempo Utara
1413,113,Pagar Alam Selatan
1414,113,Pagar Alam Utara
1415,114,Alang-Alang Lebar
1416,114,Bukit Kecil
1417,114,Gandus
1418,114,Ilir Barat I
1419,114,Ilir Barat II
1420,114,Ilir Timur I
1421,114,Ilir Timur II
1422,114,Kalidoni
1423,114,Kemuning
1424,114,Kertapati
1425,114,Plaju
1426,114,Sako
1427,114,Seberang Ulu I
1428,114,Seberang Ulu II
1429,114,Sematang Borang
1430,114,Sukarami
1431,115,Cambai
1432,115,Prabumulih Barat
1433,115,Prabumulih Selatan
1434,115,Prabumulih Timur
1435,115,Prabumulih Utara
1436,115,Rambang Kapak Tengah
1437,116,Air Nipis
1438,116,Bunga Mas
1439,116,Kedurang
1440,116,Kedurang Ilir
1441,116,Kota Manna
1442,116,Manna
1443,116,Pasar Manna
1444,116,Pino
1445,116,Pinoraya
1446,116,Seginim
1447,116,Ulu Manna
1448,117,Bang Haji
1449,117,Karang Tinggi
1450,117,Merigi Kelindang
1451,117,Merigi Sakti
1452,117,Pagar Jati
1453,117,Pematang Tiga
1454,117,Pondok Kelapa
1455,117,Pondok Kubang
1456,117,Taba Penanjung
1457,117,Talang Empat
1458,118,Air Besi
1459,118,Air Napal
1460,118,Air Padang
1461,118,Arga Makmur
1462,118,Arma Jaya
1463,118,Batik Nau
1464,118,Enggano
1465,118,Giri Mulia
1466,118,Hulu Palik
1467,118,Kerkap
1468,118,Ketahun
1469,118,Lais
1470,118,Napal Putih
1471,118,Padang Jaya
1472,118,Putri Hijau
1473,118,Tanjung Agung Palik
1474,118,Ulok Kupai
1475,119,Kaur Selatan
1476,119,Kaur Tengah
1477,119,Kaur Utara
1478,119,Kelam Tengah
1479,119,Kinal
1480,119,Luas
1481,119,Lungkang Kule
1482,119,Maje
1483,119,Muara Sahung
1484,119,Nasal
1485,119,Padang Guci Hilir
1486,119,Padang Guci Hulu
1487,119,Semidang Gumai (Gumay)
1488,119,Tanjung Kemuning
1489,119,Tetap (Muara Tetap)
1490,120,Bermani Ilir
1491,120,Kebawetan
1492,120,Kepahiang
1493,120,Merigi
1494,120,Muara Kemumu
1495,120,Seberang Musi
1496,120,Tebat Karai
1497,120,Ujan Mas
1498,121,Amen
1499,121,Bingin Kuning
1500,121,Lebong Atas
1501,121,Lebong Sakti
1502,121,Lebong Selatan
1503,121,Lebong Tengah
1504,121,Lebong Utara
1505,121,Pelabai
1506,121,Pinang Belapis
1507,121,Rimbo Pengadang
1508,121,Topos
1509,121,Uram Jaya
1510,122,Air Dikit
1511,122,Air Majunto
1512,122,Air Rami
1513,122,Ipuh (Muko-Muko Selatan)
1514,122,Kota Mukomuko (Mukomuko Utara)
1515,122,Lubuk Pinang
1516,122,Malin Deman
1517,122,Penarik
1518,122,Pondok Suguh
1519,122,Selagan Raya
1520,122,Sungai Rumbai
1521,122,Teramang Jaya
1522,122,Teras Terunjam
1523,122,V Koto
1524,122,XIV Koto
1525,123,Bermani Ulu
1526,123,Bermani Ulu Raya
1527,123,Binduriang
1528,123,Curup
1529,123,Curup Selatan
1530,123,Curup Tengah
1531,123,Curup Timur
1532,123,Curup Utara
1533,123,Kota Padang
1534,123,Padang Ulak Tanding
1535,123,Selupu Rejang
1536,123,Sindang Beliti Ilir
1537,123,Sindang Beliti Ulu
1538,123,Sindang Daratan
1539,123,Sindang Kelingi
1540,124,Air Periukan
1541,124,Ilir Talo
1542,124,Lubuk Sandi
1543,124,Seluma
1544,124,Seluma Barat
1545,124,Seluma Selatan
1546,124,Seluma Timur
1547,124,Seluma Utara
1548,124,Semidang Alas
1549,124,Semidang Alas Maras
1550,124,Sukaraja
1551,124,Talo
1552,124,Talo Kecil
1553,124,Ulu Talo
1554,125,Gading Cempaka
1555,125,Kampung Melayu
1556,125,Muara Bangka Hulu
1557,125,Ratu Agung
1558,125,Ratu Samban
1559,125,Selebar
1560,125,Singaran Pati
1561,125,Sungai Serut
1562,125,Teluk Segara
1563,126,Air Hitam
1564,126,Balik Bukit
1565,126,Bandar Negeri Suoh
1566,126,Batu Brak
1567,126,Batu Ketulis
1568,126,Belalau
1569,126,Gedung Surian
1570,126,Kebun Tebu
1571,126,Lumbok Seminung
1572,126,Pagar Dewa
1573,126,Sekincau
1574,126,Sukau
1575,126,Sumber Jaya
1576,126,Suoh
1577,126,Way Tenong
1578,127,Bakauheni
1579,127,Candipuro
1580,127,Jati Agung
1581,127,Kalianda
1582,127,Katibung
1583,127,Ketapang
1584,127,Merbau Mataram
1585,127,Natar
1586,127,Palas
1587,127,Penengahan
1588,127,Rajabasa
1589,127,Sidomulyo
1590,127,Sragi
1591,127,Tanjung Bintang
1592,127,Tanjung Sari
1593,127,Way Panji
1594,127,Way Sulan
1595,128,Anak Ratu Aji
1596,128,Anak Tuha
1597,128,Bandar Mataram
1598,128,Bandar Surabaya
1599,128,Bangun Rejo
1600,128,Bekri
1601,128,Bumi Nabung
1602,128,Bumi Ratu Nuban
1603,128,Gunung Sugih
1604,128,Kalirejo
1605,128,Kota Gajah
1606,128,Padang Ratu
1607,128,Pubian
1608,128,Punggur
1609,128,Putra Rumbia
1610,128,Rumbia
1611,128,Selagai Lingga
1612,128,Sendang Agung
1613,128,Seputih Agung
1614,128,Seputih Banyak
1615,128,Seputih Mataram
1616,128,Seputih Raman
1617,128,Seputih Surabaya
1618,128,Terbanggi Besar
1619,128,Terusan Nunyai
1620,128,Trimurjo
1621,128,Way Pangubuan
1622,128,Way Seputih
1623,129,Bandar Sribawono
1624,129,Batanghari
1625,129,Batanghari Nuban
1626,129,Braja Slebah
1627,129,Bumi Agung
1628,129,Gunung Pelindung
1629,129,Jabung
1630,129,Labuhan Maringgai
1631,129,Labuhan Ratu
1632,129,Marga Sekampung
1633,129,Margatiga
1634,129,Mataram Baru
1635,129,Melinting
1636,129,Metro Kibang
1637,129,Pasir Sakti
1638,129,Pekalongan
1639,129,Purbolinggo
1640,129,Raman Utara
1641,129,Sekampung
1642,129,Sekampung Udik
1643,129,Sukadana
1644,129,Waway Karya
1645,129,Way Bungur (Purbolinggo Utara)
1646,129,Way Jepara
1647,130,Abung Barat
1648,130,Abung Kunang
1649,130,Abung Pekurun
1650,130,Abung Selatan
1651,130,Abung Semuli
1652,130,Abung Surakarta
1653,130,Abung Tengah
1654,130,Abung Timur
1655,130,Abung Tinggi
1656,130,Blambangan Pagar
1657,130,Bukit Kemuning
1658,130,Bunga Mayang
1659,130,Hulu Sungkai
1660,130,Kotabumi
1661,130,Kotabumi Selatan
1662,130,Kotabumi Utara
1663,130,Muara Sungkai
1664,130,Sungkai Barat
1665,130,Sungkai Jaya
1666,130,Sungkai Selatan
1667,130,Sungkai Tengah
1668,130,Sungkai Utara
1669,130,Tanjung Raja
1670,131,Mesuji
1671,131,Mesuji Timur
1672,131,Panca Jaya
1673,131,Rawa Jitu Utara
1674,131,Simpang Pematang
1675,131,Tanjung Raya
1676,131,Way Serdang
1677,132,Gedong Tataan
1678,132,Kedondong
1679,132,Marga Punduh
1680,132,Negeri Katon
1681,132,Padang Cermin
1682,132,Punduh Pidada
1683,132,Tegineneng
1684,132,Way Khilau
1685,132,Way Lima
1686,133,Bengkunat
1687,133,Bengkunat Belimbing
1688,133,Karya Penggawa
1689,133,Krui Selatan
1690,133,Lemong
1691,133,Ngambur
1692,133,Pesisir Selatan
1693,133,Pesisir Tengah
1694,133,Pesisir Utara
1695,133,Pulau Pisang
1696,133,Way Krui
1697,134,Adi Luwih
1698,134,Ambarawa
1699,134,Banyumas
1700,134,Gading Rejo
1701,134,Pagelaran
1702,134,Pagelaran Utara
1703,134,Pardasuka
1704,134,Pringsewu
1705,134,Sukoharjo
1706,135,Air Naningan
1707,135,Bandar Negeri Semuong
1708,135,Bulok
1709,135,Cukuh Balak
1710,135,Gisting
1711,135,Gunung Alip
1712,135,Kelumbayan
1713,135,Kelumbayan Barat
1714,135,Kota Agung (Kota Agung Pusat)
1715,135,Kota Agung Barat
1716,135,Kota Agung Timur
1717,135,Limau
1718,135,Pematang Sawa
1719,135,Pugung
1720,135,Pulau Panggung
1721,135,Semaka
1722,135,Sumberejo
1723,135,Talang Padang
1724,135,Ulubelu
1725,135,Wonosobo
1726,136,Banjar Agung
1727,136,Banjar Baru
1728,136,Banjar Margo
1729,136,Dente Teladas
1730,136,Gedung Aji
1731,136,Gedung Aji Baru
1732,136,Gedung Meneng
1733,136,Menggala
1734,136,Menggala Timur
1735,136,Meraksa Aji
1736,136,Penawar Aji
1737,136,Penawar Tama
1738,136,Rawa Pitu
1739,136,Rawajitu Selatan
1740,136,Rawajitu Timur
1741,137,Gunung Agung
1742,137,Gunung Terang
1743,137,Lambu Kibang
1744,137,Pagar Dewa
1745,137,Tulang Bawang Tengah
1746,137,Tulang Bawang Udik
1747,137,Tumijajar
1748,137,Way Kenanga
1749,138,Bahuga
1750,138,Banjit
1751,138,Baradatu
1752,138,Blambangan Umpu
1753,138,Buay Bahuga
1754,138,Bumi Agung
1755,138,Gunung Labuhan
1756,138,Kasui
1757,138,Negara Batin
1758,138,Negeri Agung
1759,138,Negeri Besar
1760,138,Pakuan Ratu
1761,138,Rebang Tangkas
1762,138,Way Tuba
1763,139,Bumi Waras
1764,139,Enggal
1765,139,Kedamaian
1766,139,Kedaton
1767,139,Kemiling
1768,139,Labuhan Ratu
1769,139,Langkapura
1770,139,Panjang
1771,139,Rajabasa
1772,139,Sukabumi
1773,139,Sukarame
1774,139,Tanjung Karang Barat
1775,139,Tanjung Karang Pusat
1776,139,Tanjung Karang Timur
1777,139,Tanjung Senang
1778,139,Telukbetung Barat
1779,139,Telukbetung Selatan
1780,139,Telukbetung Timur
1781,139,Telukbetung Utara
1782,139,Way Halim
1783,140,Metro Barat
1784,140,Metro Pusat
1785,140,Metro Selatan
1786,140,Metro Timur
1787,140,Metro Utara
1788,141,Bakam
1789,141,Belinyu
1790,141,Mendo Barat
1791,141,Merawang
1792,141,Pemali
1793,141,Puding Besar
1794,141,Riau Silip
1795,141,Sungai Liat
1796,142,Jebus
1797,142,Kelapa
1798,142,Mentok (Muntok)
1799,142,Parittiga
1800,142,Simpang Teritip
1801,142,Tempilang
1802,143,Air Gegas
1803,143,Kepulauan Pongok
1804,143,Lepar Pongok
1805,143,Payung
1806,143,Pulau Besar
1807,143,Simpang Rimba
1808,143,Toboali
1809,143,Tukak Sadai
1810,144,Koba
1811,144,Lubuk Besar
1812,144,Namang
1813,144,Pangkalan Baru
1814,144,Simpang Katis
1815,144,Sungai Selan
1816,145,Badau
1817,145,Membalong
1818,145,Selat Nasik
1819,145,Sijuk
1820,145,Tanjung Pandan
1821,146,Damar
1822,146,Dendang
1823,146,Gantung
1824,146,Kelapa Kampit
1825,146,Manggar
1826,146,Simpang Pesak
1827,146,Simpang Renggiang
1828,147,Bukit Intan
1829,147,Gabek
1830,147,Gerunggang
1831,147,Girimaya
1832,147,Pangkal Balam
1833,147,Rangkui
1834,147,Taman Sari
1835,148,Bintan Pesisir
1836,148,Bintan Timur
1837,148,Bintan Utara
1838,148,Gunung Kijang
1839,148,Mantang
1840,148,Seri/Sri Kuala Lobam
1841,148,Tambelan
1842,148,Teluk Bintan
1843,148,Teluk Sebong
1844,148,Toapaya
1845,149,Belat
1846,149,Buru
1847,149,Durai
1848,149,Karimun
1849,149,Kundur
1850,149,Kundur Barat
1851,149,Kundur Utara
1852,149,Meral
1853,149,Meral Barat
1854,149,Moro
1855,149,Tebing
1856,149,Ungar
1857,150,Jemaja
1858,150,Jemaja Timur
1859,150,Palmatak
1860,150,Siantan
1861,150,Siantan Selatan
1862,150,Siantan Tengah
1863,150,Siantan Timur
1864,151,Lingga
1865,151,Lingga Timur
1866,151,Lingga Utara
1867,151,Selayar
1868,151,Senayang
1869,151,Singkep
1870,151,Singkep Barat
1871,151,Singkep Pesisir
1872,151,Singkep Selatan
1873,152,Bunguran Barat
1874,152,Bunguran Selatan
1875,152,Bunguran Tengah
1876,152,Bunguran Timur
1877,152,Bunguran Timur Laut
1878,152,Bunguran Utara
1879,152,Midai
1880,152,Pulau Laut
1881,152,Pulau Tiga
1882,152,Serasan
1883,152,Serasan Timur
1884,152,Subi
1885,153,Batam Kota
1886,153,Batu Aji
1887,153,Batu Ampar
1888,153,Belakang Padang
1889,153,Bengkong
1890,153,Bulang
1891,153,Galang
1892,153,Lubuk Baja
1893,153,Nongsa
1894,153,Sagulung
1895,153,Sei/Sungai Beduk
1896,153,Sekupang
1897,154,Bukit Bestari
1898,154,Tanjung Pinang Barat
1899,154,Tanjung Pinang Kota
1900,154,Tanjung Pinang Timur
1901,155,Kepulauan Seribu Selatan
1902,155,Kepulauan Seribu Utara
1903,156,Cengkareng
1904,156,Grogol Petamburan
1905,156,Kalideres
1906,156,Kebon Jeruk
1907,156,Kembangan
1908,156,Palmerah
1909,156,Taman Sari
1910,156,Tambora
1911,157,Cempaka Putih
1912,157,Gambir
1913,157,Johar Baru
1914,157,Kemayoran
1915,157,Menteng
1916,157,Sawah Besar
1917,157,Senen
1918,157,Tanah Abang
1919,158,Cilandak
1920,158,Jagakarsa
1921,158,Kebayoran Baru
1922,158,Kebayoran Lama
1923,158,Mampang Prapatan
1924,158,Pancoran
1925,158,Pasar Minggu
1926,158,Pesanggrahan
1927,158,Setia Budi
1928,158,Tebet
1929,159,Cakung
1930,159,Cipayung
1931,159,Ciracas
1932,159,Duren Sawit
1933,159,Jatinegara
1934,159,Kramat Jati
1935,159,Makasar
1936,159,Matraman
1937,159,Pasar Rebo
1938,159,Pulo Gadung
1939,160,Cilincing
1940,160,Kelapa Gading
1941,160,Koja
1942,160,Pademangan
1943,160,Penjaringan
1944,160,Tanjung Priok
1945,161,Arjasari
1946,161,Baleendah
1947,161,Banjaran
1948,161,Bojongsoang
1949,161,Cangkuang
1950,161,Cicalengka
1951,161,Cikancung
1952,161,Cilengkrang
1953,161,Cileunyi
1954,161,Cimaung
1955,161,Cimeunyan
1956,161,Ciparay
1957,161,Ciwidey
1958,161,Dayeuhkolot
1959,161,Ibun
1960,161,Katapang
1961,161,Kertasari
1962,161,Kutawaringin
1963,161,Majalaya
1964,161,Margaasih
1965,161,Margahayu
1966,161,Nagreg
1967,161,Pacet
1968,161,Pameungpeuk
1969,161,Pangalengan
1970,161,Paseh
1971,161,Pasirjambu
1972,161,Ranca Bali
1973,161,Rancaekek
1974,161,Solokan Jeruk
1975,161,Soreang
1976,162,Batujajar
1977,162,Cihampelas
1978,162,Cikalong Wetan
1979,162,Cililin
1980,162,Cipatat
1981,162,Cipeundeuy
1982,162,Cipongkor
1983,162,Cisarua
1984,162,Gununghalu
1985,162,Lembang
1986,162,Ngamprah
1987,162,Padalarang
1988,162,Parongpong
1989,162,Rongga
1990,162,Saguling
1991,162,Sindangkerta
1992,163,Babelan
1993,163,Bojongmangu
1994,163,Cabangbungin
1995,163,Cibarusah
1996,163,Cibitung
1997,163,Cikarang Barat
1998,163,Cikarang Pusat
1999,163,Cikarang Selatan
2000,163,Cikarang Timur
2001,163,Cikarang Utara
2002,163,Karangbahagia
2003,163,Kedung Waringin
2004,163,Muara Gembong
2005,163,Pebayuran
2006,163,Serang Baru
2007,163,Setu
2008,163,Sukakarya
2009,163,Sukatani
2010,163,Sukawangi
2011,163,Tambelang
2012,163,Tambun Selatan
2013,163,Tambun Utara
2014,163,Tarumajaya
2015,164,Babakan Madang
2016,164,Bojonggede
2017,164,Caringin
2018,164,Cariu
2019,164,Ciampea
2020,164,Ciawi
2021,164,Cibinong
2022,164,Cibungbulang
2023,164,Cigombong
2024,164,Cigudeg
2025,164,Cijeruk
2026,164,Cileungsi
2027,164,Ciomas
2028,164,Cisarua
2029,164,Ciseeng
2030,164,Citeureup
2031,164,Dramaga
2032,164,Gunung Putri
2033,164,Gunung Sindur
2034,164,Jasinga
2035,164,Jonggol
2036,164,Kemang
2037,164,Klapanunggal
2038,164,Leuwiliang
2039,164,Leuwisadeng
2040,164,Megamendung
2041,164,Nanggung
2042,164,Pamijahan
2043,164,Parung
2044,164,Parung Panjang
2045,164,Ranca Bungur
2046,164,Rumpin
2047,164,Sukajaya
2048,164,Sukamakmur
2049,164,Sukaraja
2050,164,Tajurhalang
2051,164,Tamansari
2052,164,Tanjungsari
2053,164,Tenjo
2054,164,Tenjolaya
2055,165,Banjarsari
2056,165,Baregbeg
2057,165,Ciamis
2058,165,Cidolog
2059,165,Cihaurbeuti
2060,165,Cijeungjing
2061,165,Cikoneng
2062,165,Cimaragas
2063,165,Cipaku
2064,165,Cisaga
2065,165,Jatinagara
2066,165,Kawali
2067,165,Lakbok
2068,165,Lumbung
2069,165,Pamarican
2070,165,Panawangan
2071,165,Panjalu
2072,165,Panumbangan
2073,165,Purwadadi
2074,165,Rajadesa
2075,165,Rancah
2076,165,Sadananya
2077,165,Sindangkasih
2078,165,Sukadana
2079,165,Sukamantri
2080,165,Tambaksari
2081,166,Agrabinta
2082,166,Bojongpicung
2083,166,Campaka
2084,166,Campaka Mulya
2085,166,Cianjur
2086,166,Cibeber
2087,166,Cibinong
2088,166,Cidaun
2089,166,Cijati
2090,166,Cikadu
2091,166,Cikalongkulon
2092,166,Cilaku
2093,166,Cipanas
2094,166,Ciranjang
2095,166,Cugenang
2096,166,Gekbrong
2097,166,Haurwangi
2098,166,Kadupandak
2099,166,Karangtengah
2100,166,Leles
2101,166,Mande
2102,166,Naringgul
2103,166,Pacet
2104,166,Pagelaran
2105,166,Pasirkuda
2106,166,Sindangbarang
2107,166,Sukaluyu
2108,166,Sukanagara
2109,166,Sukaresmi
2110,166,Takokak
2111,166,Tanggeung
2112,166,Warungkondang
2113,167,Arjawinangun
2114,167,Astanajapura
2115,167,Babakan
2116,167,Beber
2117,167,Ciledug
2118,167,Ciwaringin
2119,167,Depok
2120,167,Dukupuntang
2121,167,Gebang
2122,167,Gegesik
2123,167,Gempol
2124,167,Greged (Greget)
2125,167,Gunung Jati (Cirebon Utara)
2126,167,Jamblang
2127,167,Kaliwedi
2128,167,Kapetakan
2129,167,Karangsembung
2130,167,Karangwareng
2131,167,Kedawung
2132,167,Klangenan
2133,167,Lemahabang
2134,167,Losari
2135,167,Mundu
2136,167,Pabedilan
2137,167,Pabuaran
2138,167,Palimanan
2139,167,Pangenan
2140,167,Panguragan
2141,167,Pasaleman
2142,167,Plered
2143,167,Plumbon
2144,167,Sedong
2145,167,Sumber
2146,167,Suranenggala
2147,167,Susukan
2148,167,Susukan Lebak
2149,167,Talun (Cirebon Selatan)
2150,167,Tengah Tani
2151,167,Waled
2152,167,Weru
2153,168,Banjarwangi
2154,168,Banyuresmi
2155,168,Bayongbong
2156,168,Blubur Limbangan
2157,168,Bungbulang
2158,168,Caringin
2159,168,Cibalong
2160,168,Cibatu
2161,168,Cibiuk
2162,168,Cigedug
2163,168,Cihurip
2164,168,Cikajang
2165,168,Cikelet
2166,168,Cilawu
2167,168,Cisewu
2168,168,Cisompet
2169,168,Cisurupan
2170,168,Garut Kota
2171,168,Kadungora
2172,168,Karangpawitan
2173,168,Karangtengah
2174,168,Kersamanah
2175,168,Leles
2176,168,Leuwigoong
2177,168,Malangbong
2178,168,Mekarmukti
2179,168,Pakenjeng
2180,168,Pameungpeuk
2181,168,Pamulihan
2182,168,Pangatikan
2183,168,Pasirwangi
2184,168,Peundeuy
2185,168,Samarang
2186,168,Selaawi
2187,168,Singajaya
2188,168,Sucinaraja
2189,168,Sukaresmi
2190,168,Sukawening
2191,168,Talegong
2192,168,Tarogong Kaler
2193,168,Tarogong Kidul
2194,168,Wanaraja
2195,169,Anjatan
2196,169,Arahan
2197,169,Balongan
2198,169,Bangodua
2199,169,Bongas
2200,169,Cantigi
2201,169,Cikedung
2202,169,Gabuswetan
2203,169,Gantar
2204,169,Haurgeulis
2205,169,Indramayu
2206,169,Jatibarang
2207,169,Juntinyuat
2208,169,Kandanghaur
2209,169,Karangampel
2210,169,Kedokan Bunder
2211,169,Kertasemaya
2212,169,Krangkeng
2213,169,Kroya
2214,169,Lelea
2215,169,Lohbener
2216,169,Losarang
2217,169,Pasekan
2218,169,Patrol
2219,169,Sindang
2220,169,Sliyeg
2221,169,Sukagumiwang
2222,169,Sukra
2223,169,Trisi/Terisi
2224,169,Tukdana
2225,169,Widasari
2226,170,Banyusari
2227,170,Batujaya
2228,170,Ciampel
2229,170,Cibuaya
2230,170,Cikampek
2231,170,Cilamaya Kulon
2232,170,Cilamaya Wetan
2233,170,Cilebar
2234,170,Jatisari
2235,170,Jayakerta
2236,170,Karawang Barat
2237,170,Karawang Timur
2238,170,Klari
2239,170,Kotabaru
2240,170,Kutawaluya
2241,170,Lemahabang
2242,170,Majalaya
2243,170,Pakisjaya
2244,170,Pangkalan
2245,170,Pedes
2246,170,Purwasari
2247,170,Rawamerta
2248,170,Rengasdengklok
2249,170,Talagasari
2250,170,Tegalwaru
2251,170,Telukjambe Barat
2252,170,Telukjambe Timur
2253,170,Tempuran
2254,170,Tirtajaya
2255,170,Tirtamulya
2256,171,Ciawigebang
2257,171,Cibeureum
2258,171,Cibingbin
2259,171,Cidahu
2260,171,Cigandamekar
2261,171,Cigugur
2262,171,Cilebak
2263,171,Cilimus
2264,171,Cimahi
2265,171,Ciniru
2266,171,Cipicung
2267,171,Ciwaru
2268,171,Darma
2269,171,Garawangi
2270,171,Hantara
2271,171,Jalaksana
2272,171,Japara
2273,171,Kadugede
2274,171,Kalimanggis
2275,171,Karangkancana
2276,171,Kramat Mulya
2277,171,Kuningan
2278,171,Lebakwangi
2279,171,Luragung
2280,171,Maleber
2281,171,Mandirancan
2282,171,Nusaherang
2283,171,Pancalang
2284,171,Pasawahan
2285,171,Selajambe
2286,171,Sindangagung
2287,171,Subang
2288,172,Argapura
2289,172,Banjaran
2290,172,Bantarujeg
2291,172,Cigasong
2292,172,Cikijing
2293,172,Cingambul
2294,172,Dawuan
2295,172,Jatitujuh
2296,172,Jatiwangi
2297,172,Kadipaten
2298,172,Kasokandel
2299,172,Kertajati
2300,172,Lemahsugih
2301,172,Leuwimunding
2302,172,Ligung
2303,172,Maja
2304,172,Majalengka
2305,172,Malausma
2306,172,Palasah
2307,172,Panyingkiran
2308,172,Rajagaluh
2309,172,Sindang
2310,172,Sindangwangi
2311,172,Sukahaji
2312,172,Sumberjaya
2313,172,Talaga
2314,173,Cigugur
2315,173,Cijulang
2316,173,Cimerak
2317,173,Kalipucang
2318,173,Langkaplancar
2319,173,Mangunjaya
2320,173,Padaherang
2321,173,Pangandaran
2322,173,Parigi
2323,173,Sidamulih
2324,174,Babakancikao
2325,174,Bojong
2326,174,Bungursari
2327,174,Campaka
2328,174,Cibatu
2329,174,Darangdan
2330,174,Jatiluhur
2331,174,Kiarapedes
2332,174,Maniis
2333,174,Pasawahan
2334,174,Plered
2335,174,Pondoksalam
2336,174,Purwakarta
2337,174,Sukasari
2338,174,Sukatani
2339,174,Tegal Waru
2340,174,Wanayasa
2341,175,Binong
2342,175,Blanakan
2343,175,Ciasem
2344,175,Ciater
2345,175,Cibogo
2346,175,Cijambe
2347,175,Cikaum
2348,175,Cipeundeuy
2349,175,Cipunagara
2350,175,Cisalak
2351,175,Compreng
2352,175,Dawuan
2353,175,Jalancagak
2354,175,Kalijati
2355,175,Kasomalang
2356,175,Legonkulon
2357,175,Pabuaran
2358,175,Pagaden
2359,175,Pagaden Barat
2360,175,Pamanukan
2361,175,Patokbeusi
2362,175,Purwadadi
2363,175,Pusakajaya
2364,175,Pusakanagara
2365,175,Sagalaherang
2366,175,Serangpanjang
2367,175,Subang
2368,175,Sukasari
2369,175,Tambakdahan
2370,175,Tanjungsiang
2371,176,Bantargadung
2372,176,Bojong Genteng
2373,176,Caringin
2374,176,Ciambar
2375,176,Cibadak
2376,176,Cibitung
2377,176,Cicantayan
2378,176,Cicurug
2379,176,Cidadap
2380,176,Cidahu
2381,176,Cidolog
2382,176,Ciemas
2383,176,Cikakak
2384,176,Cikembar
2385,176,Cikidang
2386,176,Cimanggu
2387,176,Ciracap
2388,176,Cireunghas
2389,176,Cisaat
2390,176,Cisolok
2391,176,Curugkembar
2392,176,Geger Bitung
2393,176,Gunungguruh
2394,176,Jampang Kulon
2395,176,Jampang Tengah
2396,176,Kabandungan
2397,176,Kadudampit
2398,176,Kalapa Nunggal
2399,176,Kalibunder
2400,176,Kebonpedes
2401,176,Lengkong
2402,176,Nagrak
2403,176,Nyalindung
2404,176,Pabuaran
2405,176,Parakan Salak
2406,176,Parung Kuda
2407,176,Pelabuhanratu
2408,176,Purabaya
2409,176,Sagaranten
2410,176,Simpenan
2411,176,Sukabumi
2412,176,Sukalarang
2413,176,Sukaraja
2414,176,Surade
2415,176,Tegalbuleud
2416,176,Waluran
2417,176,Warungkiara
2418,177,Buahdua
2419,177,Cibugel
2420,177,Cimalaka
2421,177,Cimanggung
2422,177,Cisarua
2423,177,Cisitu
2424,177,Conggeang
2425,177,Darmaraja
2426,177,Ganeas
2427,177,Jatigede
2428,177,Jatinangor
2429,177,Jatinunggal
2430,177,Pamulihan
2431,177,Paseh
2432,177,Rancakalong
2433,177,Situraja
2434,177,Sukasari
2435,177,Sumedang Selatan
2436,177,Sumedang Utara
2437,177,Surian
2438,177,Tanjungkerta
2439,177,Tanjungmedar
2440,177,Tanjungsari
2441,177,Tomo
2442,177,Ujungjaya
2443,177,Wado
2444,178,Bantarkalong
2445,178,Bojongasih
2446,178,Bojonggambir
2447,178,Ciawi
2448,178,Cibalong
2449,178,Cigalontang
2450,178,Cikalong
2451,178,Cikatomas
2452,178,Cineam
2453,178,Cipatujah
2454,178,Cisayong
2455,178,Culamega
2456,178,Gunung Tanjung
2457,178,Jamanis
2458,178,Jatiwaras
2459,178,Kadipaten
2460,178,Karang Jaya
2461,178,Karangnunggal
2462,178,Leuwisari
2463,178,Mangunreja
2464,178,Manonjaya
2465,178,Padakembang
2466,178,Pagerageung
2467,178,Pancatengah
2468,178,Parungponteng
2469,178,Puspahiang
2470,178,Rajapolah
2471,178,Salawu
2472,178,Salopa
2473,178,Sariwangi
2474,178,Singaparna
2475,178,Sodonghilir
2476,178,Sukahening
2477,178,Sukaraja
2478,178,Sukarame
2479,178,Sukaratu
2480,178,Sukaresik
2481,178,Tanjungjaya
2482,178,Taraju
2483,179,Andir
2484,179,Antapani (Cicadas)
2485,179,Arcamanik
2486,179,Astana Anyar
2487,179,Babakan Ciparay
2488,179,Bandung Kidul
2489,179,Bandung Kulon
2490,179,Bandung Wetan
2491,179,Batununggal
2492,179,Bojongloa Kaler
2493,179,Bojongloa Kidul
2494,179,Buahbatu (Margacinta)
2495,179,Cibeunying Kaler
2496,179,Cibeunying Kidul
2497,179,Cibiru
2498,179,Cicendo
2499,179,Cidadap
2500,179,Cinambo
2501,179,Coblong
2502,179,Gedebage
2503,179,Kiaracondong
2504,179,Lengkong
2505,179,Mandalajati
2506,179,Panyileukan
2507,179,Rancasari
2508,179,Regol
2509,179,Sukajadi
2510,179,Sukasari
2511,179,Sumur Bandung
2512,179,Ujung Berung
2513,180,Banjar
2514,180,Langensari
2515,180,Pataruman
2516,180,Purwaharja
2517,181,Bantar Gebang
2518,181,Bekasi Barat
2519,181,Bekasi Selatan
2520,181,Bekasi Timur
2521,181,Bekasi Utara
2522,181,Jati Sampurna
2523,181,Jatiasih
2524,181,Medan Satria
2525,181,Mustika Jaya
2526,181,Pondok Gede
2527,181,Pondok Melati
2528,181,Rawalumbu
2529,182,Bogor Barat - Kota
2530,182,Bogor Selatan - Kota
2531,182,Bogor Tengah - Kota
2532,182,Bogor Timur - Kota
2533,182,Bogor Utara - Kota
2534,182,Tanah Sereal
2535,183,Cimahi Selatan
2536,183,Cimahi Tengah
2537,183,Cimahi Utara
2538,184,Harjamukti
2539,184,Kejaksan
2540,184,Kesambi
2541,184,Lemahwungkuk
2542,184,Pekalipan
2543,185,Beji
2544,185,Bojongsari
2545,185,Cilodong
2546,185,Cimanggis
2547,185,Cinere
2548,185,Cipayung
2549,185,Limo
2550,185,Pancoran Mas
2551,185,Sawangan
2552,185,Sukmajaya
2553,185,Tapos
2554,186,Baros
2555,186,Cibeureum
2556,186,Cikole
2557,186,Citamiang
2558,186,Gunung Puyuh
2559,186,Lembursitu
2560,186,Warudoyong
2561,187,Bungursari
2562,187,Cibeureum
2563,187,Cihideung
2564,187,Cipedes
2565,187,Indihiang
2566,187,Kawalu
2567,187,Mangkubumi
2568,187,Purbaratu
2569,187,Tamansari
2570,187,Tawang
2571,188,Banjarmangu
2572,188,Banjarnegara
2573,188,Batur
2574,188,Bawang
2575,188,Kalibening
2576,188,Karangkobar
2577,188,Madukara
2578,188,Mandiraja
2579,188,Pagedongan
2580,188,Pagentan
2581,188,Pandanarum
2582,188,Pejawaran
2583,188,Punggelan
2584,188,Purwonegoro
2585,188,Purworejo Klampok
2586,188,Rakit
2587,188,Sigaluh
2588,188,Susukan
2589,188,Wanadadi (Wonodadi)
2590,188,Wanayasa
2591,189,Ajibarang
2592,189,Banyumas
2593,189,Baturaden
2594,189,Cilongok
2595,189,Gumelar
2596,189,Jatilawang
2597,189,Kalibagor
2598,189,Karanglewas
2599,189,Kebasen
2600,189,Kedung Banteng
2601,189,Kembaran
2602,189,Kemranjen
2603,189,Lumbir
2604,189,Patikraja
2605,189,Pekuncen
2606,189,Purwojati
2607,189,Purwokerto Barat
2608,189,Purwokerto Selatan
2609,189,Purwokerto Timur
2610,189,Purwokerto Utara
2611,189,Rawalo
2612,189,Sokaraja
2613,189,Somagede
2614,189,Sumbang
2615,189,Sumpiuh
2616,189,Tambak
2617,189,Wangon
2618,190,Bandar
2619,190,Banyuputih
2620,190,Batang
2621,190,Bawang
2622,190,Blado
2623,190,Gringsing
2624,190,Kandeman
2625,190,Limpung
2626,190,Pecalungan
2627,190,Reban
2628,190,Subah
2629,190,Tersono
2630,190,Tulis
2631,190,Warungasem
2632,190,Wonotunggal
2633,191,Banjarejo
2634,191,Blora kota
2635,191,Bogorejo
2636,191,Cepu
2637,191,Japah
2638,191,Jati
2639,191,Jepon
2640,191,Jiken
2641,191,Kedungtuban
2642,191,Kradenan
2643,191,Kunduran
2644,191,Ngawen
2645,191,Randublatung
2646,191,Sambong
2647,191,Todanan
2648,191,Tunjungan
2649,192,Ampel
2650,192,Andong
2651,192,Banyudono
2652,192,Boyolali
2653,192,Cepogo
2654,192,Juwangi
2655,192,Karanggede
2656,192,Kemusu
2657,192,Klego
2658,192,Mojosongo
2659,192,Musuk
2660,192,Ngemplak
2661,192,Nogosari
2662,192,Sambi
2663,192,Sawit
2664,192,Selo
2665,192,Simo
2666,192,Teras
2667,192,Wonosegoro
2668,193,Banjarharjo
2669,193,Bantarkawung
2670,193,Brebes
2671,193,Bulakamba
2672,193,Bumiayu
2673,193,Jatibarang
2674,193,Kersana
2675,193,Ketanggungan
2676,193,Larangan
2677,193,Losari
2678,193,Paguyangan
2679,193,Salem
2680,193,Sirampog
2681,193,Songgom
2682,193,Tanjung
2683,193,Tonjong
2684,193,Wanasari
2685,194,Adipala
2686,194,Bantarsari
2687,194,Binangun
2688,194,Cilacap Selatan
2689,194,Cilacap Tengah
2690,194,Cilacap Utara
2691,194,Cimanggu
2692,194,Cipari
2693,194,Dayeuhluhur
2694,194,Gandrungmangu
2695,194,Jeruklegi
2696,194,Kampung Laut
2697,194,Karangpucung
2698,194,Kawunganten
2699,194,Kedungreja
2700,194,Kesugihan
2701,194,Kroya
2702,194,Majenang
2703,194,Maos
2704,194,Nusawungu
2705,194,Patimuan
2706,194,Sampang
2707,194,Sidareja
2708,194,Wanareja
2709,195,Bonang
2710,195,Demak
2711,195,Dempet
2712,195,Gajah
2713,195,Guntur
2714,195,Karang Tengah
2715,195,Karanganyar
2716,195,Karangawen
2717,195,Kebonagung
2718,195,Mijen
2719,195,Mranggen
2720,195,Sayung
2721,195,Wedung
2722,195,Wonosalam
2723,196,Brati
2724,196,Gabus
2725,196,Geyer
2726,196,Godong
2727,196,Grobogan
2728,196,Gubug
2729,196,Karangrayung
2730,196,Kedungjati
2731,196,Klambu
2732,196,Kradenan
2733,196,Ngaringan
2734,196,Penawangan
2735,196,Pulokulon
2736,196,Purwodadi
2737,196,Tanggungharjo
2738,196,Tawangharjo
2739,196,Tegowanu
2740,196,Toroh
2741,196,Wirosari
2742,197,Bangsri
2743,197,Batealit
2744,197,Donorojo
2745,197,Jepara
2746,197,Kalinyamatan
2747,197,Karimunjawa
2748,197,Kedung
2749,197,Keling
2750,197,Kembang
2751,197,Mayong
2752,197,Mlonggo
2753,197,Nalumsari
2754,197,Pakis Aji
2755,197,Pecangaan
2756,197,Tahunan
2757,197,Welahan
2758,198,Colomadu
2759,198,Gondangrejo
2760,198,Jaten
2761,198,Jatipuro
2762,198,Jatiyoso
2763,198,Jenawi
2764,198,Jumantono
2765,198,Jumapolo
2766,198,Karanganyar
2767,198,Karangpandan
2768,198,Kebakkramat
2769,198,Kerjo
2770,198,Matesih
2771,198,Mojogedang
2772,198,Ngargoyoso
2773,198,Tasikmadu
2774,198,Tawangmangu
2775,199,Adimulyo
2776,199,Alian/Aliyan
2777,199,Ambal
2778,199,Ayah
2779,199,Bonorowo
2780,199,Buayan
2781,199,Buluspesantren
2782,199,Gombong
2783,199,Karanganyar
2784,199,Karanggayam
2785,199,Karangsambung
2786,199,Kebumen
2787,199,Klirong
2788,199,Kutowinangun
2789,199,Kuwarasan
2790,199,Mirit
2791,199,Padureso
2792,199,Pejagoan
2793,199,Petanahan
2794,199,Poncowarno
2795,199,Prembun
2796,199,Puring
2797,199,Rowokele
2798,199,Sadang
2799,199,Sempor
2800,199,Sruweng
2801,200,Boja
2802,200,Brangsong
2803,200,Cepiring
2804,200,Gemuh
2805,200,Kaliwungu
2806,200,Kaliwungu Selatan
2807,200,Kangkung
2808,200,Kendal
2809,200,Limbangan
2810,200,Ngampel
2811,200,Pagerruyung
2812,200,Patean
2813,200,Patebon
2814,200,Pegandon
2815,200,Plantungan
2816,200,Ringinarum
2817,200,Rowosari
2818,200,Singorojo
2819,200,Sukorejo
2820,200,Weleri
2821,201,Bayat
2822,201,Cawas
2823,201,Ceper
2824,201,Delanggu
2825,201,Gantiwarno
2826,201,Jatinom
2827,201,Jogonalan
2828,201,Juwiring
2829,201,Kalikotes
2830,201,Karanganom
2831,201,Karangdowo
2832,201,Karangnongko
2833,201,Kebonarum
2834,201,Kemalang
2835,201,Klaten Selatan
2836,201,Klaten Tengah
2837,201,Klaten Utara
2838,201,Manisrenggo
2839,201,Ngawen
2840,201,Pedan
2841,201,Polanharjo
2842,201,Prambanan
2843,201,Trucuk
2844,201,Tulung
2845,201,Wedi
2846,201,Wonosari
2847,202,Bae
2848,202,Dawe
2849,202,Gebog
2850,202,Jati
2851,202,Jekulo
2852,202,Kaliwungu
2853,202,Kudus Kota
2854,202,Mejobo
2855,202,Undaan
2856,203,Bandongan
2857,203,Borobudur
2858,203,Candimulyo
2859,203,Dukun
2860,203,Grabag
2861,203,Kajoran
2862,203,Kaliangkrik
2863,203,Mertoyudan
2864,203,Mungkid
2865,203,Muntilan
2866,203,Ngablak
2867,203,Ngluwar
2868,203,Pakis
2869,203,Salam
2870,203,Salaman
2871,203,Sawangan
2872,203,Secang
2873,203,Srumbung
2874,203,Tegalrejo
2875,203,Tempuran
2876,203,Windusari
2877,204,Batangan
2878,204,Cluwak
2879,204,Dukuhseti
2880,204,Gabus
2881,204,Gembong
2882,204,Gunungwungkal
2883,204,Jaken
2884,204,Jakenan
2885,204,Juwana
2886,204,Kayen
2887,204,Margorejo
2888,204,Margoyoso
2889,204,Pati
2890,204,Pucakwangi
2891,204,Sukolilo
2892,204,Tambakromo
2893,204,Tayu
2894,204,Tlogowungu
2895,204,Trangkil
2896,204,Wedarijaksa
2897,204,Winong
2898,205,Bojong
2899,205,Buaran
2900,205,Doro
2901,205,Kajen
2902,205,Kandangserang
2903,205,Karanganyar
2904,205,Karangdadap
2905,205,Kedungwuni
2906,205,Kesesi
2907,205,Lebakbarang
2908,205,Paninggaran
2909,205,Petungkriono/Petungkriyono
2910,205,Siwalan
2911,205,Sragi
2912,205,Talun
2913,205,Tirto
2914,205,Wiradesa
2915,205,Wonokerto
2916,205,Wonopringgo
2917,206,Ampelgading
2918,206,Bantarbolang
2919,206,Belik
2920,206,Bodeh
2921,206,Comal
2922,206,Moga
2923,206,Pemalang
2924,206,Petarukan
2925,206,Pulosari
2926,206,Randudongkal
2927,206,Taman
2928,206,Ulujami
2929,206,Warungpring
2930,206,Watukumpul
2931,207,Bobotsari
2932,207,Bojongsari
2933,207,Bukateja
2934,207,Kaligondang
2935,207,Kalimanah
2936,207,Karanganyar
2937,207,Karangjambu
2938,207,Karangmoncol
2939,207,Karangreja
2940,207,Kejobong
2941,207,Kemangkon
2942,207,Kertanegara
2943,207,Kutasari
2944,207,Mrebet
2945,207,Padamara
2946,207,Pengadegan
2947,207,Purbalingga
2948,207,Rembang
2949,208,Bagelen
2950,208,Banyuurip
2951,208,Bayan
2952,208,Bener
2953,208,Bruno
2954,208,Butuh
2955,208,Gebang
2956,208,Grabag
2957,208,Kaligesing
2958,208,Kemiri
2959,208,Kutoarjo
2960,208,Loano
2961,208,Ngombol
2962,208,Pituruh
2963,208,Purwodadi
2964,208,Purworejo
2965,209,Bulu
2966,209,Gunem
2967,209,Kaliori
2968,209,Kragan
2969,209,Lasem
2970,209,Pamotan
2971,209,Pancur
2972,209,Rembang
2973,209,Sale
2974,209,Sarang
2975,209,Sedan
2976,209,Sluke
2977,209,Sulang
2978,209,Sumber
2979,210,Ambarawa
2980,210,Bancak
2981,210,Bandungan
2982,210,Banyubiru
2983,210,Bawen
2984,210,Bergas
2985,210,Bringin
2986,210,Getasan
2987,210,Jambu
2988,210,Kaliwungu
2989,210,Pabelan
2990,210,Pringapus
2991,210,Sumowono
2992,210,Suruh
2993,210,Susukan
2994,210,Tengaran
2995,210,Tuntang
2996,210,Ungaran Barat
2997,210,Ungaran Timur
2998,211,Gemolong
2999,211,Gesi
3000,211,Gondang
3001,211,Jenar
3002,211,Kalijambe
3003,211,Karangmalang
3004,211,Kedawung
3005,211,Masaran
3006,211,Miri
3007,211,Mondokan
3008,211,Ngrampal
3009,211,Plupuh
3010,211,Sambirejo
3011,211,Sambung Macan
3012,211,Sidoharjo
3013,211,Sragen
3014,211,Sukodono
3015,211,Sumberlawang
3016,211,Tangen
3017,211,Tanon
3018,212,Baki
3019,212,Bendosari
3020,212,Bulu
3021,212,Gatak
3022,212,Grogol
3023,212,Kartasura
3024,212,Mojolaban
3025,212,Nguter
3026,212,Polokarto
3027,212,Sukoharjo
3028,212,Tawangsari
3029,212,Weru
3030,213,Adiwerna
3031,213,Balapulang
3032,213,Bojong
3033,213,Bumijawa
3034,213,Dukuhturi
3035,213,Dukuhwaru
3036,213,Jatinegara
3037,213,Kedung Banteng
3038,213,Kramat
3039,213,Lebaksiu
3040,213,Margasari
3041,213,Pagerbarang
3042,213,Pangkah
3043,213,Slawi
3044,213,Surodadi
3045,213,Talang
3046,213,Tarub
3047,213,Warurejo
3048,214,Bansari
3049,214,Bejen
3050,214,Bulu
3051,214,Candiroto
3052,214,Gemawang
3053,214,Jumo
3054,214,Kaloran
3055,214,Kandangan
3056,214,Kedu
3057,214,Kledung
3058,214,Kranggan
3059,214,Ngadirejo
3060,214,Parakan
3061,214,Pringsurat
3062,214,Selopampang
3063,214,Temanggung
3064,214,Tembarak
3065,214,Tlogomulyo
3066,214,Tretep
3067,214,Wonoboyo
3068,215,Baturetno
3069,215,Batuwarno
3070,215,Bulukerto
3071,215,Eromoko
3072,215,Girimarto
3073,215,Giritontro
3074,215,Giriwoyo
3075,215,Jatipurno
3076,215,Jatiroto
3077,215,Jatisrono
3078,215,Karangtengah
3079,215,Kismantoro
3080,215,Manyaran
3081,215,Ngadirojo
3082,215,Nguntoronadi
3083,215,Paranggupito
3084,215,Pracimantoro
3085,215,Puhpelem
3086,215,Purwantoro
3087,215,Selogiri
3088,215,Sidoharjo
3089,215,Slogohimo
3090,215,Tirtomoyo
3091,215,Wonogiri
3092,215,Wuryantoro
3093,216,Garung
3094,216,Kalibawang
3095,216,Kalikajar
3096,216,Kaliwiro
3097,216,Kejajar
3098,216,Kepil
3099,216,Kertek
3100,216,Leksono
3101,216,Mojotengah
3102,216,Sapuran
3103,216,Selomerto
3104,216,Sukoharjo
3105,216,Wadaslintang
3106,216,Watumalang
3107,216,Wonosobo
3108,217,Magelang Selatan
3109,217,Magelang Tengah
3110,217,Magelang Utara
3111,218,Pekalongan Barat
3112,218,Pekalongan Selatan
3113,218,Pekalongan Timur
3114,218,Pekalongan Utara
3115,219,Argomulyo
3116,219,Sidomukti
3117,219,Sidorejo
3118,219,Tingkir
3119,220,Banyumanik
3120,220,Candisari
3121,220,Gajah Mungkur
3122,220,Gayamsari
3123,220,Genuk
3124,220,Gunungpati
3125,220,Mijen
3126,220,Ngaliyan
3127,220,Pedurungan
3128,220,Semarang Barat
3129,220,Semarang Selatan
3130,220,Semarang Tengah
3131,220,Semarang Timur
3132,220,Semarang Utara
3133,220,Tembalang
3134,220,Tugu
3135,221,Banjarsari
3136,221,Jebres
3137,221,Laweyan
3138,221,Pasar Kliwon
3139,221,Serengan
3140,222,Margadana
3141,222,Tegal Barat
3142,222,Tegal Selatan
3143,222,Tegal Timur
3144,223,Bambang Lipuro
3145,223,Banguntapan
3146,223,Bantul
3147,223,Dlingo
3148,223,Imogiri
3149,223,Jetis
3150,223,Kasihan
3151,223,Kretek
3152,223,Pajangan
3153,223,Pandak
3154,223,Piyungan
3155,223,Pleret
3156,223,Pundong
3157,223,Sanden
3158,223,Sedayu
3159,223,Sewon
3160,223,Srandakan
3161,224,Gedang Sari
3162,224,Girisubo
3163,224,Karangmojo
3164,224,Ngawen
3165,224,Nglipar
3166,224,Paliyan
3167,224,Panggang
3168,224,Patuk
3169,224,Playen
3170,224,Ponjong
3171,224,Purwosari
3172,224,Rongkop
3173,224,Sapto Sari
3174,224,Semanu
3175,224,Semin
3176,224,Tanjungsari
3177,224,Tepus
3178,224,Wonosari
3179,225,Galur
3180,225,Girimulyo
3181,225,Kalibawang
3182,225,Kokap
3183,225,Lendah
3184,225,Nanggulan
3185,225,Panjatan
3186,225,Pengasih
3187,225,Samigaluh
3188,225,Sentolo
3189,225,Temon
3190,225,Wates
3191,226,Berbah
3192,226,Cangkringan
3193,226,Depok
3194,226,Gamping
3195,226,Godean
3196,226,Kalasan
3197,226,Minggir
3198,226,Mlati
3199,226,Moyudan
3200,226,Ngaglik
3201,226,Ngemplak
3202,226,Pakem
3203,226,Prambanan
3204,226,Seyegan
3205,226,Sleman
3206,226,Tempel
3207,226,Turi
3208,227,Danurejan
3209,227,Gedong Tengen
3210,227,Gondokusuman
3211,227,Gondomanan
3212,227,Jetis
3213,227,Kotagede
3214,227,Kraton
3215,227,Mantrijeron
3216,227,Mergangsan
3217,227,Ngampilan
3218,227,Pakualaman
3219,227,Tegalrejo
3220,227,Umbulharjo
3221,227,Wirobrajan
3222,228,Arosbaya
3223,228,Bangkalan
3224,228,Blega
3225,228,Burneh
3226,228,Galis
3227,228,Geger
3228,228,Kamal
3229,228,Klampis
3230,228,Kokop
3231,228,Konang
3232,228,Kwanyar
3233,228,Labang
3234,228,Modung
3235,228,Sepulu
3236,228,Socah
3237,228,Tanah Merah
3238,228,Tanjungbumi
3239,228,Tragah
3240,229,Bangorejo
3241,229,Banyuwangi
3242,229,Cluring
3243,229,Gambiran
3244,229,Genteng
3245,229,Giri
3246,229,Glagah
3247,229,Glenmore
3248,229,Kabat
3249,229,Kalibaru
3250,229,Kalipuro
3251,229,Licin
3252,229,Muncar
3253,229,Pesanggaran
3254,229,Purwoharjo
3255,229,Rogojampi
3256,229,Sempu
3257,229,Siliragung
3258,229,Singojuruh
3259,229,Songgon
3260,229,Srono
3261,229,Tegaldlimo
3262,229,Tegalsari
3263,229,Wongsorejo
3264,230,Bakung
3265,230,Binangun
3266,230,Doko
3267,230,Gandusari
3268,230,Garum
3269,230,Kademangan
3270,230,Kanigoro
3271,230,Kesamben
3272,230,Nglegok
3273,230,Panggungrejo
3274,230,Ponggok
3275,230,Sanan Kulon
3276,230,Selopuro
3277,230,Selorejo
3278,230,Srengat
3279,230,Sutojayan
3280,230,Talun
3281,230,Udanawu
3282,230,Wates
3283,230,Wlingi
3284,230,Wonodadi
3285,230,Wonotirto
3286,231,Balen
3287,231,Baureno
3288,231,Bojonegoro
3289,231,Bubulan
3290,231,Dander
3291,231,Gayam
3292,231,Gondang
3293,231,Kalitidu
3294,231,Kanor
3295,231,Kapas
3296,231,Kasiman
3297,231,Kedewan
3298,231,Kedungadem
3299,231,Kepoh Baru
3300,231,Malo
3301,231,Margomulyo
3302,231,Ngambon
3303,231,Ngasem
3304,231,Ngraho
3305,231,Padangan
3306,231,Purwosari
3307,231,Sekar
3308,231,Sugihwaras
3309,231,Sukosewu
3310,231,Sumberrejo
3311,231,Tambakrejo
3312,231,Temayang
3313,231,Trucuk
3314,232,Binakal
3315,232,Bondowoso
3316,232,Botolinggo
3317,232,Cermee
3318,232,Curahdami
3319,232,Grujugan
3320,232,Jambe Sari Darus Sholah
3321,232,Klabang
3322,232,Maesan
3323,232,Pakem
3324,232,Prajekan
3325,232,Pujer
3326,232,Sempol
3327,232,Sukosari
3328,232,Sumber Wringin
3329,232,Taman Krocok
3330,232,Tamanan
3331,232,Tapen
3332,232,Tegalampel
3333,232,Tenggarang
3334,232,Tlogosari
3335,232,Wonosari
3336,232,Wringin
3337,233,Balong Panggang
3338,233,Benjeng
3339,233,Bungah
3340,233,Cerme
3341,233,Driyorejo
3342,233,Duduk Sampeyan
3343,233,Dukun
3344,233,Gresik
3345,233,Kebomas
3346,233,Kedamean
3347,233,Manyar
3348,233,Menganti
3349,233,Panceng
3350,233,Sangkapura
3351,233,Sidayu
3352,233,Tambak
3353,233,Ujung Pangkah
3354,233,Wringin Anom
3355,234,Ajung
3356,234,Ambulu
3357,234,Arjasa
3358,234,Balung
3359,234,Bangsalsari
3360,234,Gumuk Mas
3361,234,Jelbuk
3362,234,Jenggawah
3363,234,Jombang
3364,234,Kalisat
3365,234,Kaliwates
3366,234,Kencong
3367,234,Ledokombo
3368,234,Mayang
3369,234,Mumbulsari
3370,234,Pakusari
3371,234,Panti
3372,234,Patrang
3373,234,Puger
3374,234,Rambipuji
3375,234,Semboro
3376,234,Silo
3377,234,Sukorambi
3378,234,Sukowono
3379,234,Sumber Baru
3380,234,Sumber Jambe
3381,234,Sumber Sari
3382,234,Tanggul
3383,234,Tempurejo
3384,234,Umbulsari
3385,234,Wuluhan
3386,235,Bandar Kedung Mulyo
3387,235,Bareng
3388,235,Diwek
3389,235,Gudo
3390,235,Jogoroto
3391,235,Jombang
3392,235,Kabuh
3393,235,Kesamben
3394,235,Kudu
3395,235,Megaluh
3396,235,Mojoagung
3397,235,Mojowarno
3398,235,Ngoro
3399,235,Ngusikan
3400,235,Perak
3401,235,Peterongan
3402,235,Plandaan
3403,235,Ploso
3404,235,Sumobito
3405,235,Tembelang
3406,235,Wonosalam
3407,236,Badas
3408,236,Banyakan
3409,236,Gampengrejo
3410,236,Grogol
3411,236,Gurah
3412,236,Kandangan
3413,236,Kandat
3414,236,Kayen Kidul
3415,236,Kepung
3416,236,Kras
3417,236,Kunjang
3418,236,Mojo
3419,236,Ngadiluwih
3420,236,Ngancar
3421,236,Ngasem
3422,236,Pagu
3423,236,Papar
3424,236,Pare
3425,236,Plemahan
3426,236,Plosoklaten
3427,236,Puncu
3428,236,Purwoasri
3429,236,Ringinrejo
3430,236,Semen
3431,236,Tarokan
3432,236,Wates
3433,237,Babat
3434,237,Bluluk
3435,237,Brondong
3436,237,Deket
3437,237,Glagah
3438,237,Kalitengah
3439,237,Karang Geneng
3440,237,Karangbinangun
3441,237,Kedungpring
3442,237,Kembangbahu
3443,237,Lamongan
3444,237,Laren
3445,237,Maduran
3446,237,Mantup
3447,237,Modo
3448,237,Ngimbang
3449,237,Paciran
3450,237,Pucuk
3451,237,Sambeng
3452,237,Sarirejo
3453,237,Sekaran
3454,237,Solokuro
3455,237,Sugio
3456,237,Sukodadi
3457,237,Sukorame
3458,237,Tikung
3459,237,Turi
3460,238,Candipuro
3461,238,Gucialit
3462,238,Jatiroto
3463,238,Kedungjajang
3464,238,Klakah
3465,238,Kunir
3466,238,Lumajang
3467,238,Padang
3468,238,Pasirian
3469,238,Pasrujambe/Pasujambe
3470,238,Pronojiwo
3471,238,Randuagung
3472,238,Ranuyoso
3473,238,Rowokangkung
3474,238,Senduro
3475,238,Sukodono
3476,238,Sumbersuko
3477,238,Tekung
3478,238,Tempeh
3479,238,Tempursari
3480,238,Yosowilangun
3481,239,Balerejo
3482,239,Dagangan
3483,239,Dolopo
3484,239,Geger
3485,239,Gemarang
3486,239,Jiwan
3487,239,Kare
3488,239,Kebonsari
3489,239,Madiun
3490,239,Mejayan
3491,239,Pilangkenceng
3492,239,Saradan
3493,239,Sawahan
3494,239,Wonoasri
3495,239,Wungu
3496,240,Barat
3497,240,Bendo
3498,240,Karangrejo
3499,240,Karas
3500,240,Kartoharjo (Kertoharjo)
3501,240,Kawedanan
3502,240,Lembeyan
3503,240,Magetan
3504,240,Maospati
3505,240,Ngariboyo
3506,240,Nguntoronadi
3507,240,Panekan
3508,240,Parang
3509,240,Plaosan
3510,240,Poncol
3511,240,Sidorejo
3512,240,Sukomoro
3513,240,Takeran
3514,241,Ampelgading
3515,241,Bantur
3516,241,Bululawang
3517,241,Dampit
3518,241,Dau
3519,241,Donomulyo
3520,241,Gedangan
3521,241,Gondanglegi
3522,241,Jabung
3523,241,Kalipare
3524,241,Karangploso
3525,241,Kasembon
3526,241,Kepanjen
3527,241,Kromengan
3528,241,Lawang
3529,241,Ngajung (Ngajum)
3530,241,Ngantang
3531,241,Pagak
3532,241,Pagelaran
3533,241,Pakis
3534,241,Pakisaji
3535,241,Poncokusumo
3536,241,Pujon
3537,241,Singosari
3538,241,Sumbermanjing Wetan
3539,241,Sumberpucung
3540,241,Tajinan
3541,241,Tirtoyudo
3542,241,Tumpang
3543,241,Turen
3544,241,Wagir
3545,241,Wajak
3546,241,Wonosari
3547,242,Bangsal
3548,242,Dawar Blandong
3549,242,Dlanggu
3550,242,Gedeg
3551,242,Gondang
3552,242,Jatirejo
3553,242,Jetis
3554,242,Kemlagi
3555,242,Kutorejo
3556,242,Mojoanyar
3557,242,Mojosari
3558,242,Ngoro
3559,242,Pacet
3560,242,Pungging
3561,242,Puri
3562,242,Sooko
3563,242,Trawas
3564,242,Trowulan
3565,243,Bagor
3566,243,Baron
3567,243,Berbek
3568,243,Gondang
3569,243,Jatikalen
3570,243,Kertosono
3571,243,Lengkong
3572,243,Loceret
3573,243,Nganjuk
3574,243,Ngetos
3575,243,Ngluyu
3576,243,Ngronggot
3577,243,Pace
3578,243,Patianrowo
3579,243,Prambon
3580,243,Rejoso
3581,243,Sawahan
3582,243,Sukomoro
3583,243,Tanjunganom
3584,243,Wilangan
3585,244,Bringin
3586,244,Geneng
3587,244,Gerih
3588,244,Jogorogo
3589,244,Karanganyar
3590,244,Karangjati
3591,244,Kasreman
3592,244,Kedunggalar
3593,244,Kendal
3594,244,Kwadungan
3595,244,Mantingan
3596,244,Ngawi
3597,244,Ngrambe
3598,244,Padas
3599,244,Pangkur
3600,244,Paron
3601,244,Pitu
3602,244,Sine
3603,244,Widodaren
3604,245,Arjosari
3605,245,Bandar
3606,245,Donorojo
3607,245,Kebon Agung
3608,245,Nawangan
3609,245,Ngadirojo
3610,245,Pacitan
3611,245,Pringkuku
3612,245,Punung
3613,245,Sudimoro
3614,245,Tegalombo
3615,245,Tulakan
3616,246,Batumarmar
3617,246,Galis
3618,246,Kadur
3619,246,Larangan
3620,246,Pademawu
3621,246,Pakong
3622,246,Palenga'an
3623,246,Pamekasan
3624,246,Pasean
3625,246,Pegantenan
3626,246,Proppo
3627,246,Tlanakan
3628,246,Waru
3629,247,Bangil
3630,247,Beji
3631,247,Gempol
3632,247,Gondang Wetan
3633,247,Grati
3634,247,Kejayan
3635,247,Kraton
3636,247,Lekok
3637,247,Lumbang
3638,247,Nguling
3639,247,Pandaan
3640,247,Pasrepan
3641,247,Pohjentrek
3642,247,Prigen
3643,247,Purwodadi
3644,247,Purwosari
3645,247,Puspo
3646,247,Rejoso
3647,247,Rembang
3648,247,Sukorejo
3649,247,Tosari
3650,247,Tutur
3651,247,Winongan
3652,247,Wonorejo
3653,248,Babadan
3654,248,Badegan
3655,248,Balong
3656,248,Bungkal
3657,248,Jambon
3658,248,Jenangan
3659,248,Jetis
3660,248,Kauman
3661,248,Mlarak
3662,248,Ngebel
3663,248,Ngrayun
3664,248,Ponorogo
3665,248,Pudak
3666,248,Pulung
3667,248,Sambit
3668,248,Sampung
3669,248,Sawoo
3670,248,Siman
3671,248,Slahung
3672,248,Sooko
3673,248,Sukorejo
3674,249,Bantaran
3675,249,Banyu Anyar
3676,249,Besuk
3677,249,Dringu
3678,249,Gading
3679,249,Gending
3680,249,Kota Anyar
3681,249,Kraksaan
3682,249,Krejengan
3683,249,Krucil
3684,249,Kuripan
3685,249,Leces
3686,249,Lumbang
3687,249,Maron
3688,249,Paiton
3689,249,Pajarakan
3690,249,Pakuniran
3691,249,Sukapura
3692,249,Sumber
3693,249,Sumberasih
3694,249,Tegal Siwalan
3695,249,Tiris
3696,249,Tongas
3697,249,Wonomerto
3698,250,Banyuates
3699,250,Camplong
3700,250,Jrengik
3701,250,Karang Penang
3702,250,Kedungdung
3703,250,Ketapang
3704,250,Omben
3705,250,Pangarengan
3706,250,Robatal
3707,250,Sampang
3708,250,Sokobanah
3709,250,Sreseh
3710,250,Tambelangan
3711,250,Torjun
3712,251,Balongbendo
3713,251,Buduran
3714,251,Candi
3715,251,Gedangan
3716,251,Jabon
3717,251,Krembung
3718,251,Krian
3719,251,Porong
3720,251,Prambon
3721,251,Sedati
3722,251,Sidoarjo
3723,251,Sukodono
3724,251,Taman
3725,251,Tanggulangin
3726,251,Tarik
3727,251,Tulangan
3728,251,Waru
3729,251,Wonoayu
3730,252,Arjasa
3731,252,Asembagus
3732,252,Banyuglugur
3733,252,Banyuputih
3734,252,Besuki
3735,252,Bungatan
3736,252,Jangkar
3737,252,Jatibanteng
3738,252,Kapongan
3739,252,Kendit
3740,252,Mangaran
3741,252,Mlandingan
3742,252,Panarukan
3743,252,Panji
3744,252,Situbondo
3745,252,Suboh
3746,252,Sumbermalang
3747,253,Ambunten
3748,253,Arjasa
3749,253,Batang Batang
3750,253,Batuan
3751,253,Batuputih
3752,253,Bluto
3753,253,Dasuk
3754,253,Dungkek
3755,253,Ganding
3756,253,Gapura
3757,253,Gayam
3758,253,Gili Ginting
3759,253,Guluk Guluk
3760,253,Kalianget
3761,253,Kangayan
3762,253,Kota Sumenep
3763,253,Lenteng
3764,253,Manding
3765,253,Masalembu
3766,253,Nonggunong
3767,253,Pasongsongan
3768,253,Pragaan
3769,253,Ra'as
3770,253,Rubaru
3771,253,Sapeken
3772,253,Saronggi
3773,253,Talango
3774,254,Bendungan
3775,254,Dongko
3776,254,Durenan
3777,254,Gandusari
3778,254,Kampak
3779,254,Karangan
3780,254,Munjungan
3781,254,Panggul
3782,254,Pogalan
3783,254,Pule
3784,254,Suruh
3785,254,Trenggalek
3786,254,Tugu
3787,254,Watulimo
3788,255,Bancar
3789,255,Bangilan
3790,255,Grabagan
3791,255,Jatirogo
3792,255,Jenu
3793,255,Kenduruan
3794,255,Kerek
3795,255,Merakurak
3796,255,Montong
3797,255,Palang
3798,255,Parengan
3799,255,Plumpang
3800,255,Rengel
3801,255,Semanding
3802,255,Senori
3803,255,Singgahan
3804,255,Soko
3805,255,Tambakboyo
3806,255,Tuban
3807,255,Widang
3808,256,Bandung
3809,256,Besuki
3810,256,Boyolangu
3811,256,Campur Darat
3812,256,Gondang
3813,256,Kalidawir
3814,256,Karang Rejo
3815,256,Kauman
3816,256,Kedungwaru
3817,256,Ngantru
3818,256,Ngunut
3819,256,Pagerwojo
3820,256,Pakel
3821,256,Pucanglaban
3822,256,Rejotangan
3823,256,Sendang
3824,256,Sumbergempol
3825,256,Tanggung Gunung
3826,256,Tulungagung
3827,257,Batu
3828,257,Bumiaji
3829,257,Junrejo
3830,258,Kepanjen Kidul
3831,258,Sanan Wetan
3832,258,Sukorejo
3833,259,Kediri Kota
3834,259,Mojoroto
3835,259,Pesantren
3836,260,Kartoharjo
3837,260,Manguharjo
3838,260,Taman
3839,261,Blimbing
3840,261,Kedungkandang
3841,261,Klojen
3842,261,Lowokwaru
3843,261,Sukun
3844,262,Magersari
3845,262,Prajurit Kulon
3846,263,Bugul Kidul
3847,263,Gadingrejo
3848,263,Panggungrejo
3849,263,Purworejo
3850,264,Kademangan
3851,264,Kanigaran
3852,264,Kedopok (Kedopak)
3853,264,Mayangan
3854,264,Wonoasih
3855,265,Asemrowo
3856,265,Benowo
3857,265,Bubutan
3858,265,Bulak
3859,265,Dukuh Pakis
3860,265,Gayungan
3861,265,Genteng
3862,265,Gubeng
3863,265,Gununganyar
3864,265,Jambangan
3865,265,Karangpilang
3866,265,Kenjeran
3867,265,Krembangan
3868,265,Lakarsantri
3869,265,Mulyorejo
3870,265,Pabean Cantikan
3871,265,Pakal
3872,265,Rungkut
3873,265,Sambikerep
3874,265,Sawahan
3875,265,Semampir
3876,265,Simokerto
3877,265,Sukolilo
3878,265,Sukomanunggal
3879,265,Tambaksari
3880,265,Tandes
3881,265,Tegalsari
3882,265,Tenggilis Mejoyo
3883,265,Wiyung
3884,265,Wonocolo
3885,265,Wonokromo
3886,266,Banjarsari
3887,266,Bayah
3888,266,Bojongmanik
3889,266,Cibadak
3890,266,Cibeber
3891,266,Cigemblong
3892,266,Cihara
3893,266,Cijaku
3894,266,Cikulur
3895,266,Cileles
3896,266,Cilograng
3897,266,Cimarga
3898,266,Cipanas
3899,266,Cirinten
3900,266,Curugbitung
3901,266,Gunung Kencana
3902,266,Kalanganyar
3903,266,Lebakgedong
3904,266,Leuwidamar
3905,266,Maja
3906,266,Malingping
3907,266,Muncang
3908,266,Panggarangan
3909,266,Rangkasbitung
3910,266,Sajira
3911,266,Sobang
3912,266,Wanasalam
3913,266,Warunggunung
3914,267,Angsana
3915,267,Banjar
3916,267,Bojong
3917,267,Cadasari
3918,267,Carita
3919,267,Cibaliung
3920,267,Cibitung
3921,267,Cigeulis
3922,267,Cikeudal (Cikedal)
3923,267,Cikeusik
3924,267,Cimanggu
3925,267,Cimanuk
3926,267,Cipeucang
3927,267,Cisata
3928,267,Jiput
3929,267,Kaduhejo
3930,267,Karang Tanjung
3931,267,Koroncong
3932,267,Labuan
3933,267,Majasari
3934,267,Mandalawangi
3935,267,Mekarjaya
3936,267,Menes
3937,267,Munjul
3938,267,Pagelaran
3939,267,Pandeglang
3940,267,Panimbang
3941,267,Patia
3942,267,Picung
3943,267,Pulosari
3944,267,Saketi
3945,267,Sindangresmi
3946,267,Sobang
3947,267,Sukaresmi
3948,267,Sumur
3949,268,Anyar
3950,268,Bandung
3951,268,Baros
3952,268,Binuang
3953,268,Bojonegara
3954,268,Carenang (Cerenang)
3955,268,Cikande
3956,268,Cikeusal
3957,268,Cinangka
3958,268,Ciomas
3959,268,Ciruas
3960,268,Gunungsari
3961,268,Jawilan
3962,268,Kibin
3963,268,Kopo
3964,268,Kragilan
3965,268,Kramatwatu
3966,268,Lebak Wangi
3967,268,Mancak
3968,268,Pabuaran
3969,268,Padarincang
3970,268,Pamarayan
3971,268,Petir
3972,268,Pontang
3973,268,Pulo Ampel
3974,268,Tanara
3975,268,Tirtayasa
3976,268,Tunjung Teja
3977,268,Waringin Kurung
3978,269,Balaraja
3979,269,Cikupa
3980,269,Cisauk
3981,269,Cisoka
3982,269,Curug
3983,269,Gunung Kaler
3984,269,Jambe
3985,269,Jayanti
3986,269,Kelapa Dua
3987,269,Kemiri
3988,269,Kosambi
3989,269,Kresek
3990,269,Kronjo
3991,269,Legok
3992,269,Mauk
3993,269,Mekar Baru
3994,269,Pagedangan
3995,269,Pakuhaji
3996,269,Panongan
3997,269,Pasar Kemis
3998,269,Rajeg
3999,269,Sepatan
4000,269,Sepatan Timur
4001,269,Sindang Jaya
4002,269,Solear
4003,269,Sukadiri
4004,269,Sukamulya
4005,269,Teluknaga
4006,269,Tigaraksa
4007,270,Cibeber
4008,270,Cilegon
4009,270,Citangkil
4010,270,Ciwandan
4011,270,Gerogol
4012,270,Jombang
4013,270,Pulomerak
4014,270,Purwakarta
4015,271,Cipocok Jaya
4016,271,Curug
4017,271,Kasemen
4018,271,Serang
4019,271,Taktakan
4020,271,Walantaka
4021,272,Batuceper
4022,272,Benda
4023,272,Cibodas
4024,272,Ciledug
4025,272,Cipondoh
4026,272,Jatiuwung
4027,272,Karang Tengah
4028,272,Karawaci
4029,272,Larangan
4030,272,Neglasari
4031,272,Periuk
4032,272,Pinang (Penang)
4033,272,Tangerang
4034,273,Ciputat
4035,273,Ciputat Timur
4036,273,Pamulang
4037,273,Pondok Aren
4038,273,Serpong
4039,273,Serpong Utara
4040,273,Setu
4041,274,Abiansemal
4042,274,Kuta
4043,274,Kuta Selatan
4044,274,Kuta Utara
4045,274,Mengwi
4046,274,Petang
4047,275,Bangli
4048,275,Kintamani
4049,275,Susut
4050,275,Tembuku
4051,276,Banjar
4052,276,Buleleng
4053,276,Busungbiu
4054,276,Gerokgak
4055,276,Kubutambahan
4056,276,Sawan
4057,276,Seririt
4058,276,Sukasada
4059,276,Tejakula
4060,277,Belah Batuh (Blahbatuh)
4061,277,Gianyar
4062,277,Payangan
4063,277,Sukawati
4064,277,Tampak Siring
4065,277,Tegallalang
4066,277,Ubud
4067,278,Jembrana
4068,278,Melaya
4069,278,Mendoyo
4070,278,Negara
4071,278,Pekutatan
4072,279,Abang
4073,279,Bebandem
4074,279,Karang Asem
4075,279,Kubu
4076,279,Manggis
4077,279,Rendang
4078,279,Selat
4079,279,Sidemen
4080,280,Banjarangkan
4081,280,Dawan
4082,280,Klungkung
4083,280,Nusapenida
4084,281,Baturiti
4085,281,Kediri
4086,281,Kerambitan
4087,281,Marga
4088,281,Penebel
4089,281,Pupuan
4090,281,Salemadeg Barat
4091,281,Salemadeg Timur
4092,281,Selemadeg
4093,281,Tabanan
4094,282,Denpasar Barat
4095,282,Denpasar Selatan
4096,282,Denpasar Timur
4097,282,Denpasar Utara
4098,283,Ambalawi
4099,283,Belo
4100,283,Bolo
4101,283,Donggo
4102,283,Lambitu
4103,283,Lambu
4104,283,Langgudu
4105,283,Madapangga
4106,283,Monta
4107,283,Palibelo
4108,283,Parado
4109,283,Sanggar
4110,283,Sape
4111,283,Soromandi
4112,283,Tambora
4113,283,Wawo
4114,283,Wera
4115,283,Woha
4116,284,Dompu
4117,284,Hu'u
4118,284,Kempo
4119,284,Kilo
4120,284,Manggalewa
4121,284,Pajo
4122,284,Pekat
4123,284,Woja
4124,285,Batu Layar
4125,285,Gerung
4126,285,Gunungsari
4127,285,Kediri
4128,285,Kuripan
4129,285,Labuapi
4130,285,Lembar
4131,285,Lingsar
4132,285,Narmada
4133,285,Sekotong
4134,286,Batukliang
4135,286,Batukliang Utara
4136,286,Janapria
4137,286,Jonggat
4138,286,Kopang
4139,286,Praya
4140,286,Praya Barat
4141,286,Praya Barat Daya
4142,286,Praya Tengah
4143,286,Praya Timur
4144,286,Pringgarata
4145,286,Pujut
4146,287,Aikmel
4147,287,Jerowaru
4148,287,Keruak
4149,287,Labuhan Haji
4150,287,Masbagik
4151,287,Montong Gading
4152,287,Pringgabaya
4153,287,Pringgasela
4154,287,Sakra
4155,287,Sakra Barat
4156,287,Sakra Timur
4157,287,Sambalia (Sambelia)
4158,287,Selong
4159,287,Sembalun
4160,287,Sikur
4161,287,Suela (Suwela)
4162,287,Sukamulia
4163,287,Suralaga
4164,287,Terara
4165,287,Wanasaba
4166,288,Bayan
4167,288,Gangga
4168,288,Kayangan
4169,288,Pemenang
4170,288,Tanjung
4171,289,Alas
4172,289,Alas Barat
4173,289,Batulanteh
4174,289,Buer
4175,289,Empang
4176,289,Labangka
4177,289,Labuhan Badas
4178,289,Lantung
4179,289,Lape (Lape Lopok)
4180,289,Lenangguar
4181,289,Lopok
4182,289,Lunyuk
4183,289,Maronge
4184,289,Moyo Hilir
4185,289,Moyo Hulu
4186,289,Moyo Utara
4187,289,Orong Telu
4188,289,Plampang
4189,289,Rhee
4190,289,Ropang
4191,289,Sumbawa
4192,289,Tarano
4193,289,Unter Iwes (Unterwiris)
4194,289,Utan
4195,290,Brang Ene
4196,290,Brang Rea
4197,290,Jereweh
4198,290,Maluk
4199,290,Poto Tano
4200,290,Sateluk (Seteluk)
4201,290,Sekongkang
4202,290,Taliwang
4203,291,Asakota
4204,291,Mpunda
4205,291,Raba
4206,291,Rasanae Barat
4207,291,Rasanae Timur
4208,292,Ampenan
4209,292,Cakranegara
4210,292,Mataram
4211,292,Sandubaya (Sandujaya)
4212,292,Sekarbela
4213,292,Selaparang (Selaprang)
4214,293,Alor Barat Daya
4215,293,Alor Barat Laut
4216,293,Alor Selatan
4217,293,Alor Tengah Utara
4218,293,Alor Timur
4219,293,Alor Timur Laut
4220,293,Kabola
4221,293,Lembur
4222,293,Mataru
4223,293,Pantar
4224,293,Pantar Barat
4225,293,Pantar Barat Laut
4226,293,Pantar Tengah
4227,293,Pantar Timur
4228,293,Pulau Pura
4229,293,Pureman
4230,293,Teluk Mutiara
4231,294,Atambua Barat
4232,294,Atambua Kota
4233,294,Atambua Selatan
4234,294,Kakuluk Mesak
4235,294,Lamaknen
4236,294,Lamaknen Selatan
4237,294,Lasiolat
4238,294,Nanaet Duabesi
4239,294,Raihat
4240,294,Raimanuk
4241,294,Tasifeto Barat
4242,294,Tasifeto Timur
4243,295,Detukeli
4244,295,Detusoko
4245,295,Ende
4246,295,Ende Selatan
4247,295,Ende Tengah
4248,295,Ende Timur
4249,295,Ende Utara
4250,295,Kelimutu
4251,295,Kota Baru
4252,295,Lepembusu Kelisoke
4253,295,Lio Timur
4254,295,Maukaro
4255,295,Maurole
4256,295,Nangapanda
4257,295,Ndona
4258,295,Ndona Timur
4259,295,Ndori
4260,295,Pulau Ende
4261,295,Wewaria
4262,295,Wolojita
4263,295,Wolowaru
4264,296,Adonara
4265,296,Adonara Barat
4266,296,Adonara Tengah
4267,296,Adonara Timur
4268,296,Demon Pagong
4269,296,Ile Boleng
4270,296,Ile Bura
4271,296,Ile Mandiri
4272,296,Kelubagolit
4273,296,Larantuka
4274,296,Lewolema
4275,296,Solor Barat
4276,296,Solor Selatan
4277,296,Solor Timur
4278,296,Tanjung Bunga
4279,296,Titehena
4280,296,Witihama
4281,296,Wotan Ulumando
4282,296,Wulanggitang
4283,297,Amabi Oefeto
4284,297,Amabi Oefeto Timur
4285,297,Amarasi
4286,297,Amarasi Barat
4287,297,Amarasi Selatan
4288,297,Amarasi Timur
4289,297,Amfoang Barat Daya
4290,297,Amfoang Barat Laut
4291,297,Amfoang Selatan
4292,297,Amfoang Tengah
4293,297,Amfoang Timur
4294,297,Amfoang Utara
4295,297,Fatuleu
4296,297,Fatuleu Barat
4297,297,Fatuleu Tengah
4298,297,Kupang Barat
4299,297,Kupang Tengah
4300,297,Kupang Timur
4301,297,Nekamese
4302,297,Semau
4303,297,Semau Selatan
4304,297,Sulamu
4305,297,Taebenu
4306,297,Takari
4307,298,Atadei
4308,298,Buyasuri
4309,298,Ile Ape
4310,298,Ile Ape Timur
4311,298,Lebatukan
4312,298,Naga Wutung
4313,298,Nubatukan
4314,298,Omesuri
4315,298,Wulandoni
4316,299,Botin Leobele
4317,299,Io Kufeu
4318,299,Kobalima
4319,299,Kobalima Timur
4320,299,Laenmanen
4321,299,Malaka Barat
4322,299,Malaka Tengah
4323,299,Malaka Timur
4324,299,Rinhat
4325,299,Sasitamean
4326,299,Weliman
4327,299,Wewiku
4328,300,Cibal
4329,300,Cibal Barat
4330,300,Langke Rembong
4331,300,Lelak
4332,300,Rahong Utara
4333,300,Reok
4334,300,Reok Barat
4335,300,Ruteng
4336,300,Satar Mese
4337,300,Satar Mese Barat
4338,300,Wae Rii
4339,301,Boleng
4340,301,Komodo
4341,301,Kuwus
4342,301,Lembor
4343,301,Lembor Selatan
4344,301,Macang Pacar
4345,301,Mbeliling
4346,301,Ndoso
4347,301,Sano Nggoang
4348,301,Welak
4349,302,Borong
4350,302,Elar
4351,302,Elar Selatan
4352,302,Kota Komba
4353,302,Lamba Leda
4354,302,Poco Ranaka
4355,302,Poco Ranaka Timur
4356,302,Rana Mese
4357,302,Sambi Rampas
4358,303,Aesesa
4359,303,Aesesa Selatan
4360,303,Boawae
4361,303,Keo Tengah
4362,303,Mauponggo
4363,303,Nangaroro
4364,303,Wolowae
4365,304,Aimere
4366,304,Bajawa
4367,304,Bajawa Utara
4368,304,Golewa
4369,304,Golewa Barat
4370,304,Golewa Selatan
4371,304,Inerie
4372,304,Jerebuu
4373,304,Riung
4374,304,Riung Barat
4375,304,Soa
4376,304,Wolomeze (Riung Selatan)
4377,305,Landu Leko
4378,305,Lobalain
4379,305,Ndao Nuse
4380,305,Pantai Baru
4381,305,Rote Barat
4382,305,Rote Barat Daya
4383,305,Rote Barat Laut
4384,305,Rote Selatan
4385,305,Rote Tengah
4386,305,Rote Timur
4387,306,Hawu Mehara
4388,306,Raijua
4389,306,Sabu Barat
4390,306,Sabu Liae
4391,306,Sabu Tengah
4392,306,Sabu Timur
4393,307,Alok
4394,307,Alok Barat
4395,307,Alok Timur
4396,307,Bola
4397,307,Doreng
4398,307,Hewokloang
4399,307,Kangae
4400,307,Kewapante
4401,307,Koting
4402,307,Lela
4403,307,Magepanda
4404,307,Mapitara
4405,307,Mego
4406,307,Nelle (Maumerei)
4407,307,Nita
4408,307,Paga
4409,307,Palue
4410,307,Talibura
4411,307,Tana Wawo
4412,307,Waiblama
4413,307,Waigete
4414,308,Kota Waikabubak
4415,308,Lamboya
4416,308,Lamboya Barat
4417,308,Loli
4418,308,Tana Righu
4419,308,Wanokaka
4420,309,Kodi
4421,309,Kodi Balaghar
4422,309,Kodi Bangedo
4423,309,Kodi Utara
4424,309,Kota Tambolaka
4425,309,Loura (Laura)
4426,309,Wewewa Barat
4427,309,Wewewa Selatan
4428,309,Wewewa Tengah (Wewera Tengah)
4429,309,Wewewa Timur
4430,309,Wewewa Utara
4431,310,Katiku Tana
4432,310,Katikutana Selatan
4433,310,Mamboro
4434,310,Umbu Ratu Nggay
4435,310,Umbu Ratu Nggay Barat
4436,311,Haharu
4437,311,Kahaunguweti (Kahaungu Eti)
4438,311,Kambata Mapambuhang
4439,311,Kambera
4440,311,Kanatang
4441,311,Karera
4442,311,Katala Hamu Lingu
4443,311,Kota Waingapu
4444,311,Lewa
4445,311,Lewa Tidahu
4446,311,Mahu
4447,311,Matawai Lappau (La Pawu)
4448,311,Ngadu Ngala
4449,311,Nggaha Oriangu
4450,311,Paberiwai
4451,311,Pahunga Lodu
4452,311,Pandawai
4453,311,Pinupahar (Pirapahar)
4454,311,Rindi
4455,311,Tabundung
4456,311,Umalulu
4457,311,Wula Waijelu
4458,312,Amanatun Selatan
4459,312,Amanatun Utara
4460,312,Amanuban Barat
4461,312,Amanuban Selatan
4462,312,Amanuban Tengah
4463,312,Amanuban Timur
4464,312,Batu Putih
4465,312,Boking
4466,312,Fatukopa
4467,312,Fatumnasi
4468,312,Fautmolo
4469,312,Kie (Ki'e)
4470,312,Kok Baun
4471,312,Kolbano
4472,312,Kot Olin
4473,312,Kota Soe
4474,312,Kualin
4475,312,Kuanfatu
4476,312,Kuatnana
4477,312,Mollo Barat
4478,312,Mollo Selatan
4479,312,Mollo Tengah
4480,312,Mollo Utara
4481,312,Noebana
4482,312,Noebeba
4483,312,Nunbena
4484,312,Nunkolo
4485,312,Oenino
4486,312,Polen
4487,312,Santian
4488,312,Tobu
4489,312,Toianas
4490,313,Biboki Anleu
4491,313,Biboki Feotleu
4492,313,Biboki Moenleu
4493,313,Biboki Selatan
4494,313,Biboki Tan Pah
4495,313,Biboki Utara
4496,313,Bikomi Nilulat
4497,313,Bikomi Selatan
4498,313,Bikomi Tengah
4499,313,Bikomi Utara
4500,313,Insana
4501,313,Insana Barat
4502,313,Insana Fafinesu
4503,313,Insana Tengah
4504,313,Insana Utara
4505,313,Kota Kefamenanu
4506,313,Miomafo Barat
4507,313,Miomafo Tengah
4508,313,Miomafo Timur
4509,313,Musi
4510,313,Mutis
4511,313,Naibenu
4512,313,Noemuti
4513,313,Noemuti Timur
4514,314,Alak
4515,314,Kelapa Lima
4516,314,Kota Lama
4517,314,Kota Raja
4518,314,Maulafa
4519,314,Oebobo
4520,315,Bengkayang
4521,315,Capkala
4522,315,Jagoi Babang
4523,315,Ledo
4524,315,Lembah Bawang
4525,315,Lumar
4526,315,Monterado
4527,315,Samalantan
4528,315,Sanggau Ledo
4529,315,Seluas
4530,315,Siding
4531,315,Sungai Betung
4532,315,Sungai Raya
4533,315,Sungai Raya Kepulauan
4534,315,Suti Semarang
4535,315,Teriak
4536,315,Tujuh Belas
4537,316,Badau
4538,316,Batang Lupar
4539,316,Bika
4540,316,Boyan Tanjung
4541,316,Bunut Hilir
4542,316,Bunut Hulu
4543,316,Embaloh Hilir
4544,316,Embaloh Hulu
4545,316,Empanang
4546,316,Hulu Gurung
4547,316,Jongkong (Jengkong)
4548,316,Kalis
4549,316,Mentebah
4550,316,Pengkadan (Batu Datu)
4551,316,Puring Kencana
4552,316,Putussibau Selatan
4553,316,Putussibau Utara
4554,316,Seberuang
4555,316,Selimbau
4556,316,Semitau
4557,316,Silat Hilir
4558,316,Silat Hulu
4559,316,Suhaid
4560,317,Kepulauan Karimata
4561,317,Pulau Maya (Pulau Maya Karimata)
4562,317,Seponti
4563,317,Simpang Hilir
4564,317,Sukadana
4565,317,Teluk Batang
4566,318,Air Upas
4567,318,Benua Kayong
4568,318,Delta Pawan
4569,318,Hulu Sungai
4570,318,Jelai Hulu
4571,318,Kendawangan
4572,318,Manis Mata
4573,318,Marau
4574,318,Matan Hilir Selatan
4575,318,Matan Hilir Utara
4576,318,Muara Pawan
4577,318,Nanga Tayap
4578,318,Pemahan
4579,318,Sandai
4580,318,Simpang Dua
4581,318,Simpang Hulu
4582,318,Singkup
4583,318,Sungai Laur
4584,318,Sungai Melayu Rayak
4585,318,Tumbang Titi
4586,319,Batu Ampar
4587,319,Kuala Mandor B
4588,319,Kubu
4589,319,Rasau Jaya
4590,319,Sungai Ambawang
4591,319,Sungai Kakap
4592,319,Sungai Raya
4593,319,Teluk Pakedai
4594,319,Terentang
4595,320,Air Besar
4596,320,Banyuke Hulu
4597,320,Jelimpo
4598,320,Kuala Behe
4599,320,Mandor
4600,320,Mempawah Hulu
4601,320,Menjalin
4602,320,Menyuke
4603,320,Meranti
4604,320,Ngabang
4605,320,Sebangki
4606,320,Sengah Temila
4607,320,Sompak
4608,321,Belimbing
4609,321,Belimbing Hulu
4610,321,Ella Hilir
4611,321,Menukung
4612,321,Nanga Pinoh
4613,321,Pinoh Selatan
4614,321,Pinoh Utara
4615,321,Sayan
4616,321,Sokan
4617,321,Tanah Pinoh
4618,321,Tanah Pinoh Barat
4619,322,Anjongan
4620,322,Mempawah Hilir
4621,322,Mempawah Timur
4622,322,Sadaniang
4623,322,Segedong
4624,322,Sei/Sungai Kunyit
4625,322,Sei/Sungai Pinyuh
4626,322,Siantan
4627,322,Toho
4628,323,Galing
4629,323,Jawai
4630,323,Jawai Selatan
4631,323,Paloh
4632,323,Pemangkat
4633,323,Sajad
4634,323,Sajingan Besar
4635,323,Salatiga
4636,323,Sambas
4637,323,Sebawi
4638,323,Sejangkung
4639,323,Selakau
4640,323,Selakau Timur
4641,323,Semparuk
4642,323,Subah
4643,323,Tangaran
4644,323,Tebas
4645,323,Tekarang
4646,323,Teluk Keramat
4647,324,Balai
4648,324,Beduai (Beduwai)
4649,324,Bonti
4650,324,Entikong
4651,324,Jangkang
4652,324,Kapuas (Sanggau Kapuas)
4653,324,Kembayan
4654,324,Meliau
4655,324,Mukok
4656,324,Noyan
4657,324,Parindu
4658,324,Sekayam
4659,324,Tayan Hilir
4660,324,Tayan Hulu
4661,324,Toba
4662,325,Belitang
4663,325,Belitang Hilir
4664,325,Belitang Hulu
4665,325,Nanga Mahap
4666,325,Nanga Taman
4667,325,Sekadau Hilir
4668,325,Sekadau Hulu
4669,326,Ambalau
4670,326,Binjai Hulu
4671,326,Dedai
4672,326,Kayan Hilir
4673,326,Kayan Hulu
4674,326,Kelam Permai
4675,326,Ketungau Hilir
4676,326,Ketungau Hulu
4677,326,Ketungau Tengah
4678,326,Sepauk
4679,326,Serawai (Nanga Serawai)
4680,326,Sintang
4681,326,Sungai Tebelian
4682,326,Tempunak
4683,327,Pontianak Barat
4684,327,Pontianak Kota
4685,327,Pontianak Selatan
4686,327,Pontianak Tenggara
4687,327,Pontianak Timur
4688,327,Pontianak Utara
4689,328,Singkawang Barat
4690,328,Singkawang Selatan
4691,328,Singkawang Tengah
4692,328,Singkawang Timur
4693,328,Singkawang Utara
4694,329,Dusun Hilir
4695,329,Dusun Selatan
4696,329,Dusun Utara
4697,329,Gunung Bintang Awai
4698,329,Jenamas
4699,329,Karau Kuala
4700,330,Awang
4701,330,Benua Lima
4702,330,Dusun Tengah
4703,330,Dusun Timur
4704,330,Karusen Janang
4705,330,Paju Epat
4706,330,Paku
4707,330,Patangkep Tutui
4708,330,Pematang Karau
4709,330,Raren Batuah
4710,331,Gunung Purei
4711,331,Gunung Timang
4712,331,Lahei
4713,331,Lahei Barat
4714,331,Montallat (Montalat)
4715,331,Teweh Baru
4716,331,Teweh Selatan
4717,331,Teweh Tengah
4718,331,Teweh Timur
4719,332,Damang Batu
4720,332,Kahayan Hulu Utara
4721,332,Kurun
4722,332,Manuhing
4723,332,Manuhing Raya
4724,332,Mihing Raya
4725,332,Miri Manasa
4726,332,Rungan
4727,332,Rungan Barat
4728,332,Rungan Hulu
4729,332,Sepang (Sepang Simin)
4730,332,Tewah
4731,333,Basarang
4732,333,Bataguh
4733,333,Dadahup
4734,333,Kapuas Barat
4735,333,Kapuas Hilir
4736,333,Kapuas Hulu
4737,333,Kapuas Kuala
4738,333,Kapuas Murung
4739,333,Kapuas Tengah
4740,333,Kapuas Timur
4741,333,Mandau Talawang
4742,333,Mantangai
4743,333,Pasak Talawang
4744,333,Pulau Petak
4745,333,Selat
4746,333,Tamban Catur
4747,333,Timpah
4748,334,Bukit Raya
4749,334,Kamipang
4750,334,Katingan Hilir
4751,334,Katingan Hulu
4752,334,Katingan Kuala
4753,334,Katingan Tengah
4754,334,Marikit
4755,334,Mendawai
4756,334,Petak Malai
4757,334,Pulau Malan
4758,334,Sanaman Mantikei (Senamang Mantikei)
4759,334,Tasik Payawan
4760,334,Tewang Sanggalang Garing (Sangalang)
4761,335,Arut Selatan
4762,335,Arut Utara
4763,335,Kotawaringin Lama
4764,335,Kumai
4765,335,Pangkalan Banteng
4766,335,Pangkalan Lada
4767,336,Antang Kalang
4768,336,Baamang
4769,336,Bukit Santuei
4770,336,Cempaga
4771,336,Cempaga Hulu
4772,336,Kota Besi
4773,336,Mentawa Baru Ketapang
4774,336,Mentaya Hilir Selatan
4775,336,Mentaya Hilir Utara
4776,336,Mentaya Hulu
4777,336,Parenggean
4778,336,Pulau Hanaut
4779,336,Seranau
4780,336,Telaga Antang
4781,336,Telawang
4782,336,Teluk Sampit
4783,336,Tualan Hulu
4784,337,Batang Kawa
4785,337,Belantikan Raya
4786,337,Bulik
4787,337,Bulik Timur
4788,337,Delang
4789,337,Lamandau
4790,337,Menthobi Raya
4791,337,Sematu Jaya
4792,338,Barito Tuhup Raya
4793,338,Laung Tuhup
4794,338,Murung
4795,338,Permata Intan
4796,338,Seribu Riam
4797,338,Sumber Barito
4798,338,Sungai Babuat
4799,338,Tanah Siang
4800,338,Tanah Siang Selatan
4801,338,Uut Murung
4802,339,Banama Tingang
4803,339,Jabiren Raya
4804,339,Kahayan Hilir
4805,339,Kahayan Kuala
4806,339,Kahayan Tengah
4807,339,Maliku
4808,339,Pandih Batu
4809,339,Sebangau Kuala
4810,340,Batu Ampar
4811,340,Danau Seluluk
4812,340,Danau Sembuluh
4813,340,Hanau
4814,340,Seruyan Hilir
4815,340,Seruyan Hilir Timur
4816,340,Seruyan Hulu
4817,340,Seruyan Raya
4818,340,Seruyan Tengah
4819,340,Suling Tambun
4820,341,Balai Riam
4821,341,Jelai
4822,341,Pantai Lunci
4823,341,Permata Kecubung
4824,341,Sukamara
4825,342,Bukit Batu
4826,342,Jekan Raya
4827,342,Pahandut
4828,342,Rakumpit
4829,342,Sebangau
4830,343,Awayan
4831,343,Batu Mandi
4832,343,Halong
4833,343,Juai
4834,343,Lampihong
4835,343,Paringin
4836,343,Paringin Selatan
4837,343,Tebing Tinggi
4838,344,Aluh-Aluh
4839,344,Aranio
4840,344,Astambul
4841,344,Beruntung Baru
4842,344,Gambut
4843,344,Karang Intan
4844,344,Kertak Hanyar
4845,344,Martapura Barat
4846,344,Martapura Kota
4847,344,Martapura Timur
4848,344,Mataraman
4849,344,Pengaron
4850,344,Peramasan
4851,344,Sambung Makmur
4852,344,Sei/Sungai Pinang
4853,344,Sei/Sungai Tabuk
4854,344,Simpang Empat
4855,344,Tatah Makmur
4856,344,Telaga Bauntung
4857,345,Alalak
4858,345,Anjir Muara
4859,345,Anjir Pasar
4860,345,Bakumpai
4861,345,Barambai
4862,345,Belawang
4863,345,Cerbon
4864,345,Jejangkit
4865,345,Kuripan
4866,345,Mandastana
4867,345,Marabahan
4868,345,Mekar Sari
4869,345,Rantau Badauh
4870,345,Tabukan
4871,345,Tabunganen
4872,345,Tamban
4873,345,Wanaraya
4874,346,Angkinang
4875,346,Daha Barat
4876,346,Daha Selatan
4877,346,Daha Utara
4878,346,Kalumpang (Kelumpang)
4879,346,Kandangan
4880,346,Loksado
4881,346,Padang Batung
4882,346,Simpur
4883,346,Sungai Raya
4884,346,Telaga Langsat
4885,347,Barabai
4886,347,Batang Alai Selatan
4887,347,Batang Alai Timur
4888,347,Batang Alai Utara
4889,347,Batu Benawa
4890,347,Hantakan
4891,347,Haruyan
4892,347,Labuan Amas Selatan
4893,347,Labuan Amas Utara
4894,347,Limpasu
4895,347,Pandawan
4896,348,Amuntai Selatan
4897,348,Amuntai Tengah
4898,348,Amuntai Utara
4899,348,Babirik
4900,348,Banjang
4901,348,Danau Panggang
4902,348,Haur Gading
4903,348,Paminggir
4904,348,Sungai Pandan
4905,348,Sungai Tabukan
4906,349,Hampang
4907,349,Kelumpang Barat
4908,349,Kelumpang Hilir
4909,349,Kelumpang Hulu
4910,349,Kelumpang Selatan
4911,349,Kelumpang Tengah
4912,349,Kelumpang Utara
4913,349,Pamukan Barat
4914,349,Pamukan Selatan
4915,349,Pamukan Utara
4916,349,Pulau Laut Barat
4917,349,Pulau Laut Kepulauan
4918,349,Pulau Laut Selatan
4919,349,Pulau Laut Tanjung Selayar
4920,349,Pulau Laut Tengah
4921,349,Pulau Laut Timur
4922,349,Pulau Laut Utara
4923,349,Pulau Sebuku
4924,349,Pulau Sembilan
4925,349,Sampanahan
4926,349,Sungai Durian
4927,350,Banua Lawas
4928,350,Bintang Ara
4929,350,Haruai
4930,350,Jaro
4931,350,Kelua (Klua)
4932,350,Muara Harus
4933,350,Muara Uya
4934,350,Murung Pudak
4935,350,Pugaan
4936,350,Tanjung
4937,350,Tanta
4938,350,Upau
4939,351,Angsana
4940,351,Batulicin
4941,351,Karang Bintang
4942,351,Kuranji
4943,351,Kusan Hilir
4944,351,Kusan Hulu
4945,351,Mantewe
4946,351,Satui
4947,351,Simpang Empat
4948,351,Sungai Loban
4949,352,Bajuin
4950,352,Bati-Bati
4951,352,Batu Ampar
4952,352,Bumi Makmur
4953,352,Jorong
4954,352,Kintap
4955,352,Kurau
4956,352,Panyipatan
4957,352,Pelaihari
4958,352,Takisung
4959,352,Tambang Ulang
4960,353,Bakarangan
4961,353,Binuang
4962,353,Bungur
4963,353,Candi Laras Selatan
4964,353,Candi Laras Utara
4965,353,Hatungun
4966,353,Lokpaikat
4967,353,Piani
4968,353,Salam Babaris
4969,353,Tapin Selatan
4970,353,Tapin Tengah
4971,353,Tapin Utara
4972,354,Banjar Baru Selatan
4973,354,Banjar Baru Utara
4974,354,Cempaka
4975,354,Landasan Ulin
4976,354,Liang Anggang
4977,355,Banjarmasin Barat
4978,355,Banjarmasin Selatan
4979,355,Banjarmasin Tengah
4980,355,Banjarmasin Timur
4981,355,Banjarmasin Utara
4982,356,Batu Putih
4983,356,Biatan
4984,356,Biduk-Biduk
4985,356,Derawan (Pulau Derawan)
4986,356,Gunung Tabur
4987,356,Kelay
4988,356,Maratua
4989,356,Sambaliung
4990,356,Segah
4991,356,Tabalar
4992,356,Talisayan
4993,356,Tanjung Redeb
4994,356,Teluk Bayur
4995,357,Barong Tongkok
4996,357,Bentian Besar
4997,357,Bongan
4998,357,Damai
4999,357,Jempang
5000,357,Linggang Bigung
5001,357,Long Iram
5002,357,Melak
5003,357,Mook Manaar Bulatn
5004,357,Muara Lawa
5005,357,Muara Pahu
5006,357,Nyuatan
5007,357,Penyinggahan
5008,357,Sekolaq Darat
5009,357,Siluq Ngurai
5010,357,Tering
5011,358,Anggana
5012,358,Kembang Janggut
5013,358,Kenohan
5014,358,Kota Bangun
5015,358,Loa Janan
5016,358,Loa Kulu
5017,358,Marang Kayu
5018,358,Muara Badak
5019,358,Muara Jawa
5020,358,Muara Kaman
5021,358,Muara Muntai
5022,358,Muara Wis
5023,358,Samboja (Semboja)
5024,358,Sanga-Sanga
5025,358,Sebulu
5026,358,Tabang
5027,358,Tenggarong
5028,358,Tenggarong Seberang
5029,359,Batu Ampar
5030,359,Bengalon
5031,359,Busang
5032,359,Kaliorang
5033,359,Karangan
5034,359,Kaubun
5035,359,Kongbeng
5036,359,Long Mesangat (Mesengat)
5037,359,Muara Ancalong
5038,359,Muara Bengkal
5039,359,Muara Wahau
5040,359,Rantau Pulung
5041,359,Sandaran
5042,359,Sangatta Selatan
5043,359,Sangatta Utara
5044,359,Sangkulirang
5045,359,Telen
5046,359,Teluk Pandan
5047,360,Laham
5048,360,Long Apari
5049,360,Long Bagun
5050,360,Long Hubung
5051,360,Long Pahangai
5052,361,Batu Engau
5053,361,Batu Sopang
5054,361,Kuaro
5055,361,Long Ikis
5056,361,Long Kali
5057,361,Muara Komam
5058,361,Muara Samu
5059,361,Pasir Belengkong
5060,361,Tanah Grogot
5061,361,Tanjung Harapan
5062,362,Babulu
5063,362,Penajam
5064,362,Sepaku
5065,362,Waru
5066,363,Balikpapan Barat
5067,363,Balikpapan Kota
5068,363,Balikpapan Selatan
5069,363,Balikpapan Tengah
5070,363,Balikpapan Timur
5071,363,Balikpapan Utara
5072,364,Bontang Barat
5073,364,Bontang Selatan
5074,364,Bontang Utara
5075,365,Loa Janan Ilir
5076,365,Palaran
5077,365,Samarinda Ilir
5078,365,Samarinda Kota
5079,365,Samarinda Seberang
5080,365,Samarinda Ulu
5081,365,Samarinda Utara
5082,365,Sambutan
5083,365,Sungai Kunjang
5084,365,Sungai Pinang
5085,366,Peso
5086,366,Peso Hilir/Ilir
5087,366,Pulau Bunyu
5088,366,Sekatak
5089,366,Tanjung Palas
5090,366,Tanjung Palas Barat
5091,366,Tanjung Palas Tengah
5092,366,Tanjung Palas Timur
5093,366,Tanjung Palas Utara
5094,366,Tanjung Selor
5095,367,Bahau Hulu
5096,367,Kayan Hilir
5097,367,Kayan Hulu
5098,367,Kayan Selatan
5099,367,Malinau Barat
5100,367,Malinau Kota
5101,367,Malinau Selatan
5102,367,Malinau Selatan Hilir
5103,367,Malinau Selatan Hulu
5104,367,Malinau Utara
5105,367,Mentarang
5106,367,Mentarang Hulu
5107,367,Pujungan
5108,367,Sungai Boh
5109,367,Sungai Tubu
5110,368,Krayan
5111,368,Krayan Selatan
5112,368,Lumbis
5113,368,Lumbis Ogong
5114,368,Nunukan
5115,368,Nunukan Selatan
5116,368,Sebatik
5117,368,Sebatik Barat
5118,368,Sebatik Tengah
5119,368,Sebatik Timur
5120,368,Sebatik Utara
5121,368,Sebuku
5122,368,Sei Menggaris
5123,368,Sembakung
5124,368,Sembakung Atulai
5125,368,Tulin Onsoi
5126,369,Betayau
5127,369,Muruk Rian
5128,369,Sesayap
5129,369,Sesayap Hilir
5130,369,Tana Lia
5131,370,Tarakan Barat
5132,370,Tarakan Tengah
5133,370,Tarakan Timur
5134,370,Tarakan Utara
5135,371,Bilalang
5136,371,Bolaang
5137,371,Bolaang Timur
5138,371,Dumoga
5139,371,Dumoga Barat
5140,371,Dumoga Tengah
5141,371,Dumoga Tenggara
5142,371,Dumoga Timur
5143,371,Dumoga Utara
5144,371,Lolak
5145,371,Lolayan
5146,371,Passi Barat
5147,371,Passi Timur
5148,371,Poigar
5149,371,Sang Tombolang
5150,372,Bolaang Uki
5151,372,Pinolosian
5152,372,Pinolosian Tengah
5153,372,Pinolosian Timur
5154,372,Posigadan
5155,373,Kotabunan
5156,373,Modayag
5157,373,Modayag Barat
5158,373,Nuangan
5159,373,Tutuyan
5160,374,Bintauna
5161,374,Bolang Itang Barat
5162,374,Bolang Itang Timur
5163,374,Kaidipang
5164,374,Pinogaluman
5165,374,Sangkub
5166,375,Kendahe
5167,375,Kepulauan Marore
5168,375,Manganitu
5169,375,Manganitu Selatan
5170,375,Nusa Tabukan
5171,375,Tabukan Selatan
5172,375,Tabukan Selatan Tengah
5173,375,Tabukan Selatan Tenggara
5174,375,Tabukan Tengah
5175,375,Tabukan Utara
5176,375,Tahuna
5177,375,Tahuna Barat
5178,375,Tahuna Timur
5179,375,Tamako
5180,375,Tatoareng
5181,376,Biaro
5182,376,Siau Barat
5183,376,Siau Barat Selatan
5184,376,Siau Barat Utara
5185,376,Siau Tengah
5186,376,Siau Timur
5187,376,Siau Timur Selatan
5188,376,Tagulandang
5189,376,Tagulandang Selatan
5190,376,Tagulandang Utara
5191,377,Beo
5192,377,Beo Selatan
5193,377,Beo Utara
5194,377,Damao (Damau)
5195,377,Essang
5196,377,Essang Selatan
5197,377,Gemeh
5198,377,Kabaruan
5199,377,Kalongan
5200,377,Lirung
5201,377,Melonguane
5202,377,Melonguane Timur
5203,377,Miangas
5204,377,Moronge
5205,377,Nanusa
5206,377,Pulutan
5207,377,Rainis
5208,377,Salibabu
5209,377,Tampan Amma
5210,378,Eris
5211,378,Kakas
5212,378,Kakas Barat
5213,378,Kawangkoan
5214,378,Kawangkoan Barat
5215,378,Kawangkoan Utara
5216,378,Kombi
5217,378,Langowan Barat
5218,378,Langowan Selatan
5219,378,Langowan Timur
5220,378,Langowan Utara
5221,378,Lembean Timur
5222,378,Mandolang
5223,378,Pineleng
5224,378,Remboken
5225,378,Sonder
5226,378,Tombariri
5227,378,Tombariri Timur
5228,378,Tombulu
5229,378,Tompaso
5230,378,Tompaso Barat
5231,378,Tondano Barat
5232,378,Tondano Selatan
5233,378,Tondano Timur
5234,378,Tondano Utara
5235,379,Amurang
5236,379,Amurang Barat
5237,379,Amurang Timur
5238,379,Kumelembuai
5239,379,Maesaan
5240,379,Modoinding
5241,379,Motoling
5242,379,Motoling Barat
5243,379,Motoling Timur
5244,379,Ranoyapo
5245,379,Sinonsayang
5246,379,Suluun Tareran
5247,379,Tareran
5248,379,Tatapaan
5249,379,Tenga
5250,379,Tompaso Baru
5251,379,Tumpaan
5252,380,Belang
5253,380,Pasan
5254,380,Pusomaen
5255,380,Ratahan
5256,380,Ratahan Timur
5257,380,Ratatotok
5258,380,Silian Raya
5259,380,Tombatu
5260,380,Tombatu Timur
5261,380,Tombatu Utara
5262,380,Touluaan
5263,380,Touluaan Selatan
5264,381,Airmadidi
5265,381,Dimembe
5266,381,Kalawat
5267,381,Kauditan
5268,381,Kema
5269,381,Likupang Barat
5270,381,Likupang Selatan
5271,381,Likupang Timur
5272,381,Talawaan
5273,381,Wori
5274,382,Aertembaga (Bitung Timur)
5275,382,Girian
5276,382,Lembeh Selatan (Bitung Selatan)
5277,382,Lembeh Utara
5278,382,Madidir (Bitung Tengah)
5279,382,Maesa
5280,382,Matuari (Bitung Barat)
5281,382,Ranowulu (Bitung Utara)
5282,383,Kotamobagu Barat
5283,383,Kotamobagu Selatan
5284,383,Kotamobagu Timur
5285,383,Kotamobagu Utara
5286,384,Bunaken
5287,384,Bunaken Kepulauan
5288,384,Malalayang
5289,384,Mapanget
5290,384,Paal Dua
5291,384,Sario
5292,384,Singkil
5293,384,Tikala
5294,384,Tuminiting
5295,384,Wanea
5296,384,Wenang
5297,385,Tomohon Barat
5298,385,Tomohon Selatan
5299,385,Tomohon Tengah
5300,385,Tomohon Timur
5301,385,Tomohon Utara
5302,386,Balantak
5303,386,Balantak Selatan
5304,386,Balantak Utara
5305,386,Batui
5306,386,Batui Selatan
5307,386,Bualemo (Boalemo)
5308,386,Bunta
5309,386,Kintom
5310,386,Lamala
5311,386,Lobu
5312,386,Luwuk
5313,386,Luwuk Selatan
5314,386,Luwuk Timur
5315,386,Luwuk Utara
5316,386,Mantoh
5317,386,Masama
5318,386,Moilong
5319,386,Nambo
5320,386,Nuhon
5321,386,Pagimana
5322,386,Simpang Raya
5323,386,Toili
5324,386,Toili Barat
5325,387,Buko
5326,387,Buko Selatan
5327,387,Bulagi
5328,387,Bulagi Selatan
5329,387,Bulagi Utara
5330,387,Liang
5331,387,Peling Tengah
5332,387,Tinangkung
5333,387,Tinangkung Selatan
5334,387,Tinangkung Utara
5335,387,Totikum (Totikung)
5336,387,Totikum Selatan
5337,388,Banggai
5338,388,Banggai Selatan
5339,388,Banggai Tengah
5340,388,Banggai Utara
5341,388,Bangkurung
5342,388,Bokan Kepulauan
5343,388,Labobo
5344,389,Biau
5345,389,Bokat
5346,389,Bukal
5347,389,Bunobogu
5348,389,Gadung
5349,389,Karamat
5350,389,Lakea (Lipunoto)
5351,389,Momunu
5352,389,Paleleh
5353,389,Paleleh Barat
5354,389,Tiloan
5355,390,Balaesang
5356,390,Balaesang Tanjung
5357,390,Banawa
5358,390,Banawa Selatan
5359,390,Banawa Tengah
5360,390,Dampelas
5361,390,Labuan
5362,390,Panembani
5363,390,Rio Pakava
5364,390,Sindue
5365,390,Sindue Tobata
5366,390,Sindue Tombusabora
5367,390,Sirenja
5368,390,Sojol
5369,390,Sojol Utara
5370,390,Tanantovea
5371,391,Bahodopi
5372,391,Bumi Raya
5373,391,Bungku Barat
5374,391,Bungku Pesisir
5375,391,Bungku Selatan
5376,391,Bungku Tengah
5377,391,Bungku Timur
5378,391,Menui Kepulauan
5379,391,Petasia Barat
5380,391,Wita Ponda
5381,392,Bungku Utara
5382,392,Lembo
5383,392,Lembo Raya
5384,392,Mamosalato
5385,392,Mori Atas
5386,392,Mori Utara
5387,392,Petasia
5388,392,Petasia Timur
5389,392,Soyo Jaya
5390,393,Ampibabo
5391,393,Balinggi
5392,393,Bolano
5393,393,Bolano Lambunu
5394,393,Kasimbar
5395,393,Mepanga
5396,393,Moutong
5397,393,Ongka Malino
5398,393,Palasa
5399,393,Parigi
5400,393,Parigi Barat
5401,393,Parigi Selatan
5402,393,Parigi Tengah
5403,393,Parigi Utara
5404,393,Sausu
5405,393,Sidoan
5406,393,Siniu
5407,393,Taopa
5408,393,Tinombo
5409,393,Tinombo Selatan
5410,393,Tomini
5411,393,Toribulu
5412,393,Torue
5413,394,Lage
5414,394,Lore Barat
5415,394,Lore Piore
5416,394,Lore Selatan
5417,394,Lore Tengah
5418,394,Lore Timur
5419,394,Lore Utara
5420,394,Pamona Barat
5421,394,Pamona Puselemba
5422,394,Pamona Selatan
5423,394,Pamona Tenggara
5424,394,Pamona Timur
5425,394,Pamona Utara
5426,394,Poso Kota
5427,394,Poso Kota Selatan
5428,394,Poso Kota Utara
5429,394,Poso Pesisir
5430,394,Poso Pesisir Selatan
5431,394,Poso Pesisir Utara
5432,395,Dolo
5433,395,Dolo Barat
5434,395,Dolo Selatan
5435,395,Gumbasa
5436,395,Kinovaro
5437,395,Kinovaru
5438,395,Kulawi
5439,395,Kulawi Selatan
5440,395,Lindu
5441,395,Marawola
5442,395,Marawola Barat
5443,395,Nokilalaki
5444,395,Palolo
5445,395,Pipikoro
5446,395,Sigi Biromaru
5447,395,Tanambulava
5448,396,Ampana Kota
5449,396,Ampana Tete
5450,396,Batudaka
5451,396,Ratolindo
5452,396,Talatako
5453,396,Togean
5454,396,Tojo
5455,396,Tojo Barat
5456,396,Ulubongka
5457,396,Una Una
5458,396,Walea Besar
5459,396,Walea Kepulauan
5460,397,Baolan
5461,397,Basidondo
5462,397,Dako Pamean
5463,397,Dampal Selatan
5464,397,Dampal Utara
5465,397,Dondo
5466,397,Galang
5467,397,Lampasio
5468,397,Ogodeide
5469,397,Tolitoli Utara
5470,398,Mantikulore
5471,398,Palu Barat
5472,398,Palu Selatan
5473,398,Palu Timur
5474,398,Palu Utara
5475,398,Tatanga
5476,398,Tawaeli
5477,398,Ulujadi
5478,399,Bantaeng
5479,399,Bissappu
5480,399,Eremerasa
5481,399,Gantarang Keke (Gantareng Keke)
5482,399,Pajukukang
5483,399,Sinoa
5484,399,Tompobulu
5485,399,Uluere
5486,400,Balusu
5487,400,Barru
5488,400,Mallusetasi
5489,400,Pujananting
5490,400,Soppeng Riaja
5491,400,Tanete Riaja
5492,400,Tanete Rilau
5493,401,Ajangale
5494,401,Amali
5495,401,Awangpone
5496,401,Barebbo
5497,401,Bengo
5498,401,Bontocani
5499,401,Cenrana
5500,401,Cina
5501,401,Dua Boccoe
5502,401,Kahu
5503,401,Kajuara
5504,401,Lamuru
5505,401,Lappariaja
5506,401,Libureng
5507,401,Mare
5508,401,Palakka
5509,401,Patimpeng
5510,401,Ponre
5511,401,Salomekko
5512,401,Sibulue
5513,401,Tanete Riattang
5514,401,Tanete Riattang Barat
5515,401,Tanete Riattang Timur
5516,401,Tellu Limpoe
5517,401,Tellu Siattinge
5518,401,Tonra
5519,401,Ulaweng
5520,402,Bonto Bahari
5521,402,Bontotiro
5522,402,Bulukumba (Bulukumpa)
5523,402,Gantorang/Gantarang (Gangking)
5524,402,Hero Lange-Lange (Herlang)
5525,402,Kajang
5526,402,Kindang
5527,402,Rilau Ale
5528,402,Ujung Bulu
5529,402,Ujung Loe
5530,403,Alla
5531,403,Anggeraja
5532,403,Baraka
5533,403,Baroko
5534,403,Bungin
5535,403,Buntu Batu
5536,403,Cendana
5537,403,Curio
5538,403,Enrekang
5539,403,Maiwa
5540,403,Malua
5541,403,Masalle
5542,404,Bajeng
5543,404,Bajeng Barat
5544,404,Barombong
5545,404,Biringbulu
5546,404,Bontolempangang
5547,404,Bontomarannu
5548,404,Bontonompo
5549,404,Bontonompo Selatan
5550,404,Bungaya
5551,404,Manuju
5552,404,Pallangga
5553,404,Parangloe
5554,404,Parigi
5555,404,Pattallassang
5556,404,Somba Opu (Upu)
5557,404,Tinggimoncong
5558,404,Tombolo Pao
5559,404,Tompobulu
5560,405,Arungkeke
5561,405,Bangkala
5562,405,Bangkala Barat
5563,405,Batang
5564,405,Binamu
5565,405,Bontoramba
5566,405,Kelara
5567,405,Rumbia
5568,405,Tamalatea
5569,405,Tarowang
5570,405,Turatea
5571,406,Benteng
5572,406,Bontoharu
5573,406,Bontomanai
5574,406,Bontomatene
5575,406,Bontosikuyu
5576,406,Buki
5577,406,Pasilambena
5578,406,Pasimarannu
5579,406,Pasimassunggu
5580,406,Pasimasunggu Timur
5581,406,Takabonerate
5582,407,Bajo
5583,407,Bajo Barat
5584,407,Basse Sangtempe Utara
5585,407,Bassesang Tempe (Bastem)
5586,407,Belopa
5587,407,Belopa Utara
5588,407,Bua
5589,407,Bua Ponrang (Bupon)
5590,407,Kamanre
5591,407,Lamasi
5592,407,Lamasi Timur
5593,407,Larompong
5594,407,Larompong Selatan
5595,407,Latimojong
5596,407,Ponrang
5597,407,Ponrang Selatan
5598,407,Suli
5599,407,Suli Barat
5600,407,Walenrang
5601,407,Walenrang Barat
5602,407,Walenrang Timur
5603,407,Walenrang Utara
5604,408,Angkona
5605,408,Burau
5606,408,Kalaena
5607,408,Malili
5608,408,Mangkutana
5609,408,Nuha
5610,408,Tomoni
5611,408,Tomoni Timur
5612,408,Towuti
5613,408,Wasuponda
5614,408,Wotu
5615,409,Baebunta
5616,409,Bone-Bone
5617,409,Limbong
5618,409,Malangke
5619,409,Malangke Barat
5620,409,Mappedeceng
5621,409,Masamba
5622,409,Rampi
5623,409,Sabbang
5624,409,Seko
5625,409,Sukamaju
5626,409,Tana Lili
5627,410,Bantimurung
5628,410,Bontoa (Maros Utara)
5629,410,Camba
5630,410,Cenrana
5631,410,Lau
5632,410,Mallawa
5633,410,Mandai
5634,410,Maros Baru
5635,410,Marusu
5636,410,Moncongloe
5637,410,Simbang
5638,410,Tanralili
5639,410,Tompu Bulu
5640,410,Turikale
5641,411,Balocci
5642,411,Bungoro
5643,411,Labakkang
5644,411,Liukang Kalmas (Kalukuang Masalima)
5645,411,Liukang Tangaya
5646,411,Liukang Tupabbiring
5647,411,Liukang Tupabbiring Utara
5648,411,Mandalle
5649,411,Marang (Ma Rang)
5650,411,Minasa Tene
5651,411,Pangkajene
5652,411,Segeri
5653,411,Tondong Tallasa
5654,412,Batulappa
5655,412,Cempa
5656,412,Duampanua
5657,412,Lanrisang
5658,412,Lembang
5659,412,Mattiro Bulu
5660,412,Mattiro Sompe
5661,412,Paleteang
5662,412,Patampanua
5663,412,Suppa
5664,412,Tiroang
5665,412,Watang Sawitto
5666,413,Baranti
5667,413,Dua Pitue
5668,413,Kulo
5669,413,Maritengngae
5670,413,Panca Lautan (Lautang)
5671,413,Panca Rijang
5672,413,Pitu Raise/Riase
5673,413,Pitu Riawa
5674,413,Tellu Limpoe
5675,413,Watang Pulu
5676,413,Wattang Sidenreng (Watang Sidenreng)
5677,414,Bulupoddo
5678,414,Pulau Sembilan
5679,414,Sinjai Barat
5680,414,Sinjai Borong
5681,414,Sinjai Selatan
5682,414,Sinjai Tengah
5683,414,Sinjai Timur
5684,414,Sinjai Utara
5685,414,Tellu Limpoe
5686,415,Citta
5687,415,Donri-Donri
5688,415,Ganra
5689,415,Lalabata
5690,415,Lili Rilau
5691,415,Liliraja (Lili Riaja)
5692,415,Mario Riawa
5693,415,Mario Riwawo
5694,416,Galesong
5695,416,Galesong Selatan
5696,416,Galesong Utara
5697,416,Mangara Bombang
5698,416,Mappakasunggu
5699,416,Patallassang
5700,416,Polombangkeng Selatan (Polobangkeng)
5701,416,Polombangkeng Utara (Polobangkeng)
5702,416,Sanrobone
5703,417,Bittuang
5704,417,Bonggakaradeng
5705,417,Gandang Batu Sillanan
5706,417,Kurra
5707,417,Makale
5708,417,Makale Selatan
5709,417,Makale Utara
5710,417,Malimbong Balepe
5711,417,Mappak
5712,417,Masanda
5713,417,Mengkendek
5714,417,Rano
5715,417,Rantetayo
5716,417,Rembon
5717,417,Saluputti
5718,417,Sangalla (Sanggala)
5719,417,Sangalla Selatan
5720,417,Sangalla Utara
5721,417,Simbuang
5722,418,Awan Rante Karua
5723,418,Balusu
5724,418,Bangkelekila
5725,418,Baruppu
5726,418,Buntao
5727,418,Buntu Pepasan
5728,418,Dende' Piongan Napo
5729,418,Kapalla Pitu (Kapala Pitu)
5730,418,Kesu
5731,418,Nanggala
5732,418,Rantebua
5733,418,Rantepao
5734,418,Rindingallo
5735,418,Sa'dan
5736,418,Sanggalangi
5737,418,Sesean
5738,418,Sesean Suloara
5739,418,Sopai
5740,418,Tallunglipu
5741,418,Tikala
5742,418,Tondon
5743,419,Belawa
5744,419,Bola
5745,419,Gilireng
5746,419,Keera
5747,419,Majauleng
5748,419,Maniangpajo
5749,419,Pammana
5750,419,Penrang
5751,419,Pitumpanua
5752,419,Sabangparu
5753,419,Sajoanging
5754,419,Takkalalla
5755,419,Tanasitolo
5756,419,Tempe
5757,420,Biring Kanaya
5758,420,Bontoala
5759,420,Makassar
5760,420,Mamajang
5761,420,Manggala
5762,420,Mariso
5763,420,Panakkukang
5764,420,Rappocini
5765,420,Tallo
5766,420,Tamalanrea
5767,420,Tamalate
5768,420,Ujung Pandang
5769,420,Ujung Tanah
5770,420,Wajo
5771,421,Bara
5772,421,Mungkajang
5773,421,Sendana
5774,421,Telluwanua
5775,421,Wara
5776,421,Wara Barat
5777,421,Wara Selatan
5778,421,Wara Timur
5779,421,Wara Utara
5780,422,Bacukiki
5781,422,Bacukiki Barat
5782,422,Soreang
5783,422,Ujung
5784,423,Kabaena
5785,423,Kabaena Barat
5786,423,Kabaena Selatan
5787,423,Kabaena Tengah
5788,423,Kabaena Timur
5789,423,Kabaena Utara
5790,423,Kepulauan Masaloka Raya
5791,423,Lentarai Jaya S. (Lantari Jaya)
5792,423,Mata Oleo
5793,423,Mata Usu
5794,423,Poleang
5795,423,Poleang Barat
5796,423,Poleang Selatan
5797,423,Poleang Tengah
5798,423,Poleang Tenggara
5799,423,Poleang Timur
5800,423,Poleang Utara
5801,423,Rarowatu
5802,423,Rarowatu Utara
5803,423,Rumbia
5804,423,Rumbia Tengah
5805,423,Tontonunu (Tontonuwu)
5806,424,Kapontori
5807,424,Lasalimu
5808,424,Lasalimu Selatan
5809,424,Pasar Wajo
5810,424,Siontapia (Siontapina)
5811,424,Wabula
5812,424,Wolowa
5813,425,Batauga
5814,425,Batu Atas
5815,425,Kadatua
5816,425,Lapandewa
5817,425,Sampolawa
5818,425,Siompu
5819,425,Siompu Barat
5820,426,Gu
5821,426,Lakudo
5822,426,Mawasangka
5823,426,Mawasangka Tengah
5824,426,Mawasangka Timur
5825,426,Sangia Wambulu
5826,426,Talaga Raya
5827,427,Bonegunu
5828,427,Kambowa
5829,427,Kulisusu (Kalingsusu/Kalisusu)
5830,427,Kulisusu Barat
5831,427,Kulisusu Utara
5832,427,Wakorumba Utara
5833,428,Baula
5834,428,Iwoimendaa
5835,428,Kolaka
5836,428,Latambaga
5837,428,Polinggona
5838,428,Pomalaa
5839,428,Samaturu
5840,428,Tanggetada
5841,428,Toari
5842,428,Watubangga
5843,428,Wolo
5844,428,Wundulako
5845,429,Aere
5846,429,Dangia
5847,429,Ladongi
5848,429,Lalolae
5849,429,Lambandia
5850,429,Loea
5851,429,Mowewe
5852,429,Poli Polia
5853,429,Tinondo
5854,429,Tirawuta
5855,429,Ueesi
5856,429,Uluiwoi
5857,430,Batu Putih
5858,430,Katoi
5859,430,Kodeoha
5860,430,Lambai
5861,430,Lasusua
5862,430,Ngapa
5863,430,Pakue
5864,430,Pakue Tengah
5865,430,Pakue Utara
5866,430,Porehu
5867,430,Rante Angin
5868,430,Tiwu
5869,430,Tolala
5870,430,Watunohu
5871,430,Wawo
5872,431,Abuki
5873,431,Amonggedo
5874,431,Anggaberi
5875,431,Asinua
5876,431,Besulutu
5877,431,Bondoala
5878,431,Kapoiala (Kapoyala)
5879,431,Konawe
5880,431,Lalonggasumeeto
5881,431,Lambuya
5882,431,Latoma
5883,431,Meluhu
5884,431,Onembute
5885,431,Pondidaha
5886,431,Puriala
5887,431,Routa
5888,431,Sampara
5889,431,Soropia
5890,431,Tongauna
5891,431,Uepai (Uwepai)
5892,431,Unaaha
5893,431,Wawotobi
5894,431,Wonggeduku
5895,432,Wawonii Barat
5896,432,Wawonii Selatan
5897,432,Wawonii Tengah
5898,432,Wawonii Tenggara
5899,432,Wawonii Timur
5900,432,Wawonii Timur Laut
5901,432,Wawonii Utara
5902,433,Andoolo
5903,433,Angata
5904,433,Baito
5905,433,Basala
5906,433,Benua
5907,433,Buke
5908,433,Kolono
5909,433,Konda
5910,433,Laeya
5911,433,Lainea
5912,433,Lalembuu
5913,433,Landono
5914,433,Laonti
5915,433,Moramo
5916,433,Moramo Utara
5917,433,Mowila
5918,433,Palangga
5919,433,Palangga Selatan
5920,433,Ranomeeto
5921,433,Ranomeeto Barat
5922,433,Tinanggea
5923,433,Wolasi
5924,434,Andowia
5925,434,Asera
5926,434,Langgikima
5927,434,Lasolo
5928,434,Lembo
5929,434,Molawe
5930,434,Motui
5931,434,Oheo
5932,434,Sawa
5933,434,Wiwirano
5934,435,Batalaiwaru (Batalaiworu)
5935,435,Batukara
5936,435,Bone (Bone Tondo)
5937,435,Duruka
5938,435,Kabangka
5939,435,Kabawo
5940,435,Katobu
5941,435,Kontu Kowuna
5942,435,Kontunaga
5943,435,Lasalepa
5944,435,Lohia
5945,435,Maligano
5946,435,Marobo
5947,435,Napabalano
5948,435,Parigi
5949,435,Pasi Kolaga
5950,435,Pasir Putih
5951,435,Tongkuno
5952,435,Tongkuno Selatan
5953,435,Towea
5954,435,Wakorumba Selatan
5955,435,Watopute
5956,436,Barangka
5957,436,Kusambi
5958,436,Lawa
5959,436,Maginti
5960,436,Napano Kusambi
5961,436,Sawerigadi
5962,436,Tiworo Kepulauan
5963,436,Tiworo Selatan
5964,436,Tiworo Tengah
5965,436,Tiworo Utara
5966,436,Wadaga
5967,437,Binongko
5968,437,Kaledupa
5969,437,Kaledupa Selatan
5970,437,Togo Binongko
5971,437,Tomia
5972,437,Tomia Timur
5973,437,Wangi-Wangi
5974,437,Wangi-Wangi Selatan
5975,438,Batupoaro
5976,438,Betoambari
5977,438,Bungi
5978,438,Kokalukuna
5979,438,Lea-Lea
5980,438,Murhum
5981,438,Sora Walio (Sorowalio)
5982,438,Wolio
5983,439,Abeli
5984,439,Baruga
5985,439,Kadia
5986,439,Kambu
5987,439,Kendari
5988,439,Kendari Barat
5989,439,Mandonga
5990,439,Poasia
5991,439,Puuwatu
5992,439,Wua-Wua
5993,440,Botumoita
5994,440,Dulupi
5995,440,Mananggu
5996,440,Paguyaman
5997,440,Paguyaman Pantai
5998,440,Tilamuta
5999,440,Wonosari
6000,441,Bone
6001,441,Bone Raya
6002,441,Bonepantai
6003,441,Botu Pingge
6004,441,Bulango Selatan
6005,441,Bulango Timur
6006,441,Bulango Ulu
6007,441,Bulango Utara
6008,441,Bulawa
6009,441,Kabila
6010,441,Kabila Bone
6011,441,Pinogu
6012,441,Suwawa
6013,441,Suwawa Selatan
6014,441,Suwawa Tengah
6015,441,Suwawa Timur
6016,441,Tapa
6017,441,Tilongkabila
6018,442,Asparaga
6019,442,Batudaa
6020,442,Batudaa Pantai
6021,442,Bilato
6022,442,Biluhu
6023,442,Boliohuto (Boliyohuto)
6024,442,Bongomeme
6025,442,Dungaliyo
6026,442,Limboto
6027,442,Limboto Barat
6028,442,Mootilango
6029,442,Pulubala
6030,442,Tabongo
6031,442,Telaga
6032,442,Telaga Biru
6033,442,Telaga Jaya
6034,442,Tibawa
6035,442,Tilango
6036,442,Tolangohula
6037,443,Anggrek
6038,443,Atinggola
6039,443,Biau
6040,443,Gentuma Raya
6041,443,Kwandang
6042,443,Monano
6043,443,Ponelo Kepulauan
6044,443,Sumalata
6045,443,Sumalata Timur
6046,443,Tolinggula
6047,443,Tomolito
6048,444,Buntulia
6049,444,Dengilo
6050,444,Duhiadaa
6051,444,Lemito
6052,444,Marisa
6053,444,Paguat
6054,444,Patilanggio
6055,444,Popayato
6056,444,Popayato Barat
6057,444,Popayato Timur
6058,444,Randangan
6059,444,Taluditi (Taluduti)
6060,444,Wanggarasi
6061,445,Dumbo Raya
6062,445,Dungingi
6063,445,Hulonthalangi
6064,445,Kota Barat
6065,445,Kota Selatan
6066,445,Kota Tengah
6067,445,Kota Timur
6068,445,Kota Utara
6069,445,Sipatana
6070,446,Banggae
6071,446,Banggae Timur
6072,446,Malunda
6073,446,Pamboang
6074,446,Sendana
6075,446,Tammeredo Sendana
6076,446,Tubo (Tubo Sendana)
6077,446,Ulumunda
6078,447,Aralle
6079,447,Balla
6080,447,Bambang
6081,447,Buntumalangka
6082,447,Mamasa
6083,447,Mambi
6084,447,Mehalaan
6085,447,Messawa
6086,447,Nosu
6087,447,Pana
6088,447,Rantebulahan Timur
6089,447,Sesenapadang
6090,447,Sumarorong
6091,447,Tabang
6092,447,Tabulahan
6093,447,Tanduk Kalua
6094,447,Tawalian
6095,448,Bonehau
6096,448,Kalukku
6097,448,Kalumpang
6098,448,Kep. Bala Balakang
6099,448,Mamuju
6100,448,Papalang
6101,448,Sampaga
6102,448,Simboro dan Kepulauan
6103,448,Tapalang
6104,448,Tapalang Barat
6105,448,Tommo
6106,449,Budong-Budong
6107,449,Karossa
6108,449,Pangale
6109,449,Tobadak
6110,449,Topoyo
6111,450,Bambaira
6112,450,Bambalamotu
6113,450,Baras
6114,450,Bulu Taba
6115,450,Dapurang
6116,450,Duripoku
6117,450,Lariang
6118,450,Pasangkayu
6119,450,Pedongga
6120,450,Sarjo
6121,450,Sarudu
6122,450,Tikke Raya
6123,451,Alu (Allu)
6124,451,Anreapi
6125,451,Balanipa
6126,451,Binuang
6127,451,Bulo
6128,451,Campalagian
6129,451,Limboro
6130,451,Luyo
6131,451,Mapilli
6132,451,Matakali
6133,451,Matangnga
6134,451,Polewali
6135,451,Tapango
6136,451,Tinambung
6137,451,Tubbi Taramanu (Tutar/Tutallu)
6138,451,Wonomulyo
6139,452,Airbuaya
6140,452,Batabual
6141,452,Fena Leisela
6142,452,Lilialy
6143,452,Lolong Guba
6144,452,Namlea
6145,452,Teluk Kaiely
6146,452,Waeapo
6147,452,Waelata
6148,452,Waplau
6149,453,Ambalau
6150,453,Fena Fafan
6151,453,Kepala Madan
6152,453,Leksula
6153,453,Namrole
6154,453,Waesama
6155,454,Aru Selatan
6156,454,Aru Selatan Timur
6157,454,Aru Selatan Utara
6158,454,Aru Tengah
6159,454,Aru Tengah Selatan
6160,454,Aru Tengah Timur
6161,454,Aru Utara
6162,454,Aru Utara Timur Batuley
6163,454,Pulau-Pulau Aru
6164,454,Sir-Sir
6165,455,Damer
6166,455,Dawelor Dawera
6167,455,Kepulauan Romang
6168,455,Kisar Utara
6169,455,Mdona Hyera/Hiera
6170,455,Moa Lakor
6171,455,Pulau Lakor
6172,455,Pulau Letti (Leti Moa Lakor)
6173,455,Pulau Masela
6174,455,Pulau Pulau Babar
6175,455,Pulau Pulau Terselatan
6176,455,Pulau Wetang
6177,455,Pulau-Pulau Babar Timur
6178,455,Wetar
6179,455,Wetar Barat
6180,455,Wetar Timur
6181,455,Wetar Utara
6182,456,Amahai
6183,456,Banda
6184,456,Kota Masohi
6185,456,Leihitu
6186,456,Leihitu Barat
6187,456,Nusa Laut
6188,456,Pulau Haruku
6189,456,Salahutu
6190,456,Saparua
6191,456,Saparua Timur
6192,456,Seram Utara
6193,456,Seram Utara Barat
6194,456,Seram Utara Timur Kobi
6195,456,Seram Utara Timur Seti
6196,456,Tehoru
6197,456,Teluk Elpaputih
6198,456,Telutih
6199,456,Teon Nila Serua
6200,457,Hoat Sorbay
6201,457,Kei Besar
6202,457,Kei Besar Selatan
6203,457,Kei Besar Selatan Barat
6204,457,Kei Besar Utara Barat
6205,457,Kei Besar Utara Timur
6206,457,Kei Kecil
6207,457,Kei Kecil Barat
6208,457,Kei Kecil Timur
6209,457,Kei Kecil Timur Selatan
6210,457,Manyeuw
6211,458,Kormomolin
6212,458,Molu Maru
6213,458,Nirunmas
6214,458,Selaru
6215,458,Tanimbar Selatan
6216,458,Tanimbar Utara
6217,458,Wer Maktian
6218,458,Wer Tamrian
6219,458,Wuar Labobar
6220,458,Yaru
6221,459,Amalatu
6222,459,Elpaputih
6223,459,Huamual
6224,459,Huamual Belakang
6225,459,Inamosol
6226,459,Kairatu
6227,459,Kairatu Barat
6228,459,Kepulauan Manipa
6229,459,Seram Barat
6230,459,Taniwel
6231,459,Taniwel Timur
6232,460,Bula
6233,460,Bula Barat
6234,460,Gorom Timur
6235,460,Kian Darat
6236,460,Kilmury
6237,460,Pulau Gorom
6238,460,Pulau Panjang
6239,460,Seram Timur
6240,460,Siritaun Wida Timur
6241,460,Siwalalat
6242,460,Teluk Waru
6243,460,Teor
6244,460,Tutuk Tolu
6245,460,Wakate
6246,460,Werinama
6247,461,Baguala
6248,461,Leitimur Selatan
6249,461,Nusaniwe (Nusanive)
6250,461,Sirimau
6251,461,Teluk Ambon
6252,462,Kur Selatan
6253,462,Pulau Dullah Selatan
6254,462,Pulau Dullah Utara
6255,462,Pulau Tayando Tam
6256,462,Pulau-Pulau Kur
6257,463,Ibu
6258,463,Ibu Selatan
6259,463,Ibu Utara
6260,463,Jailolo
6261,463,Jailolo Selatan
6262,463,Loloda
6263,463,Sahu
6264,463,Sahu Timur
6265,464,Bacan
6266,464,Bacan Barat
6267,464,Bacan Barat Utara
6268,464,Bacan Selatan
6269,464,Bacan Timur
6270,464,Bacan Timur Selatan
6271,464,Bacan Timur Tengah
6272,464,Gane Barat
6273,464,Gane Barat Selatan
6274,464,Gane Barat Utara
6275,464,Gane Timur
6276,464,Gane Timur Selatan
6277,464,Gane Timur Tengah
6278,464,Kasiruta Barat
6279,464,Kasiruta Timur
6280,464,Kayoa
6281,464,Kayoa Barat
6282,464,Kayoa Selatan
6283,464,Kayoa Utara
6284,464,Kepulauan Botanglomang
6285,464,Kepulauan Joronga
6286,464,Makian Barat (Pulau Makian)
6287,464,Mandioli Selatan
6288,464,Mandioli Utara
6289,464,Obi
6290,464,Obi Barat
6291,464,Obi Selatan
6292,464,Obi Timur
6293,464,Obi Utara
6294,464,Pulau Makian
6295,465,Patani
6296,465,Patani Barat
6297,465,Patani Utara
6298,465,Pulau Gebe
6299,465,Weda
6300,465,Weda Selatan
6301,465,Weda Tengah
6302,465,Weda Utara
6303,466,Kota Maba
6304,466,Maba
6305,466,Maba Selatan
6306,466,Maba Tengah
6307,466,Maba Utara
6308,466,Wasile
6309,466,Wasile Selatan
6310,466,Wasile Tengah
6311,466,Wasile Timur
6312,466,Wasile Utara
6313,467,Galela
6314,467,Galela Barat
6315,467,Galela Selatan
6316,467,Galela Utara
6317,467,Kao
6318,467,Kao Barat
6319,467,Kao Teluk
6320,467,Kao Utara
6321,467,Loloda Kepulauan
6322,467,Loloda Utara
6323,467,Malifut
6324,467,Tobelo
6325,467,Tobelo Barat
6326,467,Tobelo Selatan
6327,467,Tobelo Tengah
6328,467,Tobelo Timur
6329,467,Tobelo Utara
6330,468,Mangoli Barat
6331,468,Mangoli Selatan
6332,468,Mangoli Tengah
6333,468,Mangoli Timur
6334,468,Mangoli Utara
6335,468,Mangoli Utara Timur
6336,468,Sanana
6337,468,Sanana Utara
6338,468,Sulabesi Barat
6339,468,Sulabesi Selatan
6340,468,Sulabesi Tengah
6341,468,Sulabesi Timur
6342,469,Morotai Jaya
6343,469,Morotai Selatan
6344,469,Morotai Selatan Barat
6345,469,Morotai Timur
6346,469,Morotai Utara
6347,470,Lede
6348,470,Tabona
6349,470,Taliabu Barat
6350,470,Taliabu Barat Laut
6351,470,Taliabu Selatan
6352,470,Taliabu Timur
6353,470,Taliabu Timur Selatan
6354,470,Taliabu Utara
6355,471,Moti (Pulau Moti)
6356,471,Pulau Batang Dua
6357,471,Pulau Hiri
6358,471,Pulau Ternate
6359,471,Ternate Selatan (Kota)
6360,471,Ternate Tengah (Kota)
6361,471,Ternate Utara (Kota)
6362,472,Oba
6363,472,Oba Selatan
6364,472,Oba Tengah
6365,472,Oba Utara
6366,472,Tidore
6367,472,Tidore (Pulau Tidore)
6368,472,Tidore Selatan
6369,472,Tidore Timur
6370,472,Tidore Utara
6371,473,Agats
6372,473,Akat
6373,473,Atsy / Atsj
6374,473,Ayip
6375,473,Betcbamu
6376,473,Der Koumur
6377,473,Fayit
6378,473,Jetsy
6379,473,Joerat
6380,473,Kolf Braza
6381,473,Kopay
6382,473,Pantai Kasuari
6383,473,Pulau Tiga
6384,473,Safan
6385,473,Sawa Erma
6386,473,Sirets
6387,473,Suator
6388,473,Suru-suru
6389,473,Unir Sirau
6390,474,Aimando Padaido
6391,474,Andey
6392,474,Biak Barat
6393,474,Biak Kota
6394,474,Biak Timur
6395,474,Biak Utara
6396,474,Bondifuar
6397,474,Bruyadori
6398,474,Numfor Barat
6399,474,Numfor Timur
6400,474,Oridek
6401,474,Orkeri
6402,474,Padaido
6403,474,Poiru
6404,474,Samofa
6405,474,Swandiwe
6406,474,Warsa
6407,474,Yawosi
6408,474,Yendidori
6409,475,Ambatkwi (Ambatkui)
6410,475,Arimop
6411,475,Bomakia
6412,475,Firiwage
6413,475,Fofi
6414,475,Iniyandit
6415,475,Jair
6416,475,Kawagit
6417,475,Ki
6418,475,Kombay
6419,475,Kombut
6420,475,Kouh
6421,475,Mandobo
6422,475,Manggelum
6423,475,Mindiptana
6424,475,Ninati
6425,475,Sesnuk
6426,475,Subur
6427,475,Waropko
6428,475,Yaniruma
6429,476,Bowobado
6430,476,Kapiraya
6431,476,Tigi
6432,476,Tigi Barat
6433,476,Tigi Timur
6434,477,Dogiyai
6435,477,Kamu
6436,477,Kamu Selatan
6437,477,Kamu Timur
6438,477,Kamu Utara (Ikrar/Ikrat)
6439,477,Mapia
6440,477,Mapia Barat
6441,477,Mapia Tengah
6442,477,Piyaiye (Sukikai)
6443,477,Sukikai Selatan
6444,478,Agisiga
6445,478,Biandoga
6446,478,Hitadipa
6447,478,Homeyo
6448,478,Sugapa
6449,478,Tomosiga
6450,478,Ugimba
6451,478,Wandai
6452,479,Airu
6453,479,Demta
6454,479,Depapre
6455,479,Ebungfau (Ebungfa)
6456,479,Gresi Selatan
6457,479,Kaureh
6458,479,Kemtuk
6459,479,Kemtuk Gresi
6460,479,Nambluong
6461,479,Nimbokrang
6462,479,Nimboran
6463,479,Ravenirara
6464,479,Sentani
6465,479,Sentani Barat
6466,479,Sentani Timur
6467,479,Unurum Guay
6468,479,Waibu
6469,479,Yapsi
6470,479,Yokari
6471,480,Asologaima (Asalogaima)
6472,480,Asolokobal
6473,480,Asotipo
6474,480,Bolakme
6475,480,Bpiri
6476,480,Bugi
6477,480,Hubikiak
6478,480,Hubikosi (Hobikosi)
6479,480,Ibele
6480,480,Itlay Hisage
6481,480,Koragi
6482,480,Kurulu
6483,480,Libarek
6484,480,Maima
6485,480,Molagalome
6486,480,Muliama
6487,480,Musatfak
6488,480,Napua
6489,480,Pelebaga
6490,480,Piramid
6491,480,Pisugi
6492,480,Popugoba
6493,480,Siepkosi
6494,480,Silo Karno Doga
6495,480,Taelarek
6496,480,Tagime
6497,480,Tagineri
6498,480,Trikora
6499,480,Usilimo
6500,480,Wadangku
6501,480,Walaik
6502,480,Walelagama
6503,480,Wame
6504,480,Wamena
6505,480,Welesi
6506,480,Wesaput
6507,480,Wita Waya
6508,480,Wollo (Wolo)
6509,480,Wouma
6510,480,Yalengga
6511,481,Arso
6512,481,Arso Timur
6513,481,Senggi
6514,481,Skanto
6515,481,Towe
6516,481,Waris
6517,481,Web
6518,482,Angkaisera
6519,482,Kepulauan Ambai
6520,482,Kosiwo
6521,482,Poom
6522,482,Pulau Kurudu
6523,482,Pulau Yerui
6524,482,Raimbawi
6525,482,Teluk Ampimoi
6526,482,Windesi
6527,482,Wonawa
6528,482,Yapen Barat
6529,482,Yapen Selatan
6530,482,Yapen Timur
6531,482,Yapen Utara
6532,483,Awina
6533,483,Ayumnati
6534,483,Balingga
6535,483,Balingga Barat
6536,483,Bruwa
6537,483,Buguk Gona
6538,483,Dimba
6539,483,Gamelia
6540,483,Gelok Beam
6541,483,Goa Balim
6542,483,Gollo
6543,483,Guna
6544,483,Gupura
6545,483,Karu
6546,483,Kelulome
6547,483,Kolawa
6548,483,Kuly Lanny
6549,483,Kuyawage
6550,483,Lannyna
6551,483,Makki
6552,483,Melagi
6553,483,Melagineri
6554,483,Milimbo
6555,483,Mokoni
6556,483,Muara
6557,483,Nikogwe
6558,483,Niname
6559,483,Nogi
6560,483,Pirime
6561,483,Poga
6562,483,Tiom
6563,483,Tiom Ollo
6564,483,Tiomneri
6565,483,Wano Barat
6566,483,Wereka
6567,483,Wiringgambut
6568,483,Yiginua
6569,483,Yiluk
6570,483,Yugungwi
6571,484,Benuki
6572,484,Mamberamo Hilir/Ilir
6573,484,Mamberamo Hulu
6574,484,Mamberamo Tengah
6575,484,Mamberamo Tengah Timur
6576,484,Rufaer
6577,484,Sawai
6578,484,Waropen Atas
6579,485,Eragayam
6580,485,Ilugwa
6581,485,Kelila
6582,485,Kobakma
6583,485,Megabilis (Megambilis)
6584,486,Assue
6585,486,Bamgi
6586,486,Citakmitak
6587,486,Edera
6588,486,Haju
6589,486,Kaibar
6590,486,Minyamur
6591,486,Nambioman Bapai (Mambioman)
6592,486,Obaa
6593,486,Passue
6594,486,Passue Bawah
6595,486,Syahcame
6596,486,Ti Zain
6597,486,Venaha
6598,486,Yakomi
6599,487,Animha
6600,487,Elikobal
6601,487,Ilyawab
6602,487,Jagebob
6603,487,Kaptel
6604,487,Kimaam
6605,487,Kurik
6606,487,Malind
6607,487,Merauke
6608,487,Muting
6609,487,Naukenjerai
6610,487,Ngguti
6611,487,Okaba
6612,487,Semangga
6613,487,Sota
6614,487,Tabonji
6615,487,Tanah Miring
6616,487,Tubang
6617,487,Ulilin
6618,487,Waan
6619,488,Agimuga
6620,488,Alama
6621,488,Amar
6622,488,Hoya
6623,488,Iwaka
6624,488,Jila
6625,488,Jita
6626,488,Kuala Kencana
6627,488,Kwamki Narama
6628,488,Mimika Barat
6629,488,Mimika Barat Jauh
6630,488,Mimika Barat Tengah
6631,488,Mimika Baru
6632,488,Mimika Tengah
6633,488,Mimika Timur
6634,488,Mimika Timur Jauh
6635,488,Tembagapura
6636,488,Wania
6637,489,Dipa
6638,489,Makimi
6639,489,Menou
6640,489,Moora
6641,489,Nabire
6642,489,Nabire Barat
6643,489,Napan
6644,489,Siriwo
6645,489,Teluk Kimi
6646,489,Teluk Umar
6647,489,Uwapa
6648,489,Wanggar
6649,489,Wapoga
6650,489,Yaro (Yaro Kabisay)
6651,489,Yaur
6652,490,Alama
6653,490,Dal
6654,490,Embetpen
6655,490,Gearek
6656,490,Geselma (Geselema)
6657,490,Inikgal
6658,490,Iniye
6659,490,Kegayem
6660,490,Kenyam
6661,490,Kilmid
6662,490,Kora
6663,490,Koroptak
6664,490,Krepkuri
6665,490,Mam
6666,490,Mapenduma
6667,490,Mbua (Mbuga)
6668,490,Mbua Tengah
6669,490,Mbulmu Yalma
6670,490,Mebarok
6671,490,Moba
6672,490,Mugi
6673,490,Nenggeagin
6674,490,Nirkuri
6675,490,Paro
6676,490,Pasir Putih
6677,490,Pija
6678,490,Wosak
6679,490,Wusi
6680,490,Wutpaga
6681,490,Yal
6682,490,Yenggelo
6683,490,Yigi
6684,491,Aradide
6685,491,Bibida
6686,491,Bogobaida
6687,491,Dumadama
6688,491,Ekadide
6689,491,Kebo
6690,491,Paniai Barat
6691,491,Paniai Timur
6692,491,Siriwo
6693,491,Yatamo
6694,492,Aboy
6695,492,Alemsom
6696,492,Awinbon
6697,492,Batani
6698,492,Batom
6699,492,Bime
6700,492,Borme
6701,492,Eipumek
6702,492,Iwur (Okiwur)
6703,492,Jetfa
6704,492,Kalomdol
6705,492,Kawor
6706,492,Kiwirok
6707,492,Kiwirok Timur
6708,492,Mofinop
6709,492,Murkim
6710,492,Nongme
6711,492,Ok Aom
6712,492,Okbab
6713,492,Okbape
6714,492,Okbemtau
6715,492,Okbibab
6716,492,Okhika
6717,492,Oklip
6718,492,Oksamol
6719,492,Oksebang
6720,492,Oksibil
6721,492,Oksop
6722,492,Pamek
6723,492,Pepera
6724,492,Serambakon
6725,492,Tarup
6726,492,Teiraplu
6727,492,Weime
6728,493,Agadugume
6729,493,Beoga
6730,493,Doufu
6731,493,Gome
6732,493,Ilaga
6733,493,Pogoma
6734,493,Sinak
6735,493,Wangbe
6736,494,Dagai
6737,494,Dokome
6738,494,Fawi
6739,494,Gubume
6740,494,Gurage
6741,494,Ilamburawi
6742,494,Ilu
6743,494,Irimuli
6744,494,Kalome
6745,494,Kiyage
6746,494,Lumo
6747,494,Mewoluk
6748,494,Molanikime
6749,494,Muara
6750,494,Mulia
6751,494,Nioga
6752,494,Nume
6753,494,Pagaleme
6754,494,Taganombak
6755,494,Tingginambut
6756,494,Torere
6757,494,Waegi
6758,494,Wanwi
6759,494,Yambi
6760,494,Yamo
6761,494,Yamoneri
6762,495,Apawer Hulu
6763,495,Bonggo
6764,495,Bonggo Timur
6765,495,Pantai Barat
6766,495,Pantai Timur
6767,495,Pantai Timur Bagian Barat
6768,495,Sarmi
6769,495,Sarmi Selatan
6770,495,Sarmi Timur
6771,495,Tor Atas
6772,496,Kepulauan Aruri
6773,496,Supiori Barat
6774,496,Supiori Selatan
6775,496,Supiori Timur
6776,496,Supiori Utara
6777,497,Airgaram
6778,497,Anawi
6779,497,Aweku
6780,497,Bewani
6781,497,Biuk
6782,497,Bogonuk
6783,497,Bokondini
6784,497,Bokoneri
6785,497,Danime
6786,497,Dow
6787,497,Dundu (Ndundu)
6788,497,Egiam
6789,497,Geya
6790,497,Gika
6791,497,Gilubandu (Gilumbandu/Gilimbandu)
6792,497,Goyage
6793,497,Gundagi (Gudage)
6794,497,Kai
6795,497,Kamboneri
6796,497,Kanggime (Kanggima )
6797,497,Karubaga
6798,497,Kembu
6799,497,Kondaga (Konda)
6800,497,Kuari
6801,497,Kubu
6802,497,Li Anogomma
6803,497,Nabunage
6804,497,Nelawi
6805,497,Numba
6806,497,Nunggawi (Munggawi)
6807,497,Panaga
6808,497,Poganeri
6809,497,Tagime
6810,497,Tagineri
6811,497,Telenggeme
6812,497,Timori
6813,497,Umagi
6814,497,Wakuwo
6815,497,Wari (Taiyeve)
6816,497,Wenam
6817,497,Wina
6818,497,Wonoki (Woniki)
6819,497,Wugi
6820,497,Wunin (Wumin)
6821,497,Yuko
6822,497,Yuneri
6823,498,Demba
6824,498,Inggerus
6825,498,Kirihi
6826,498,Masirei
6827,498,Oudate
6828,498,Risei Sayati
6829,498,Soyoi Mambai
6830,498,Urei Faisei
6831,498,Wapoga
6832,498,Waropen Bawah
6833,498,Wonti
6834,499,Amuma
6835,499,Anggruk
6836,499,Bomela
6837,499,Dekai
6838,499,Dirwemna (Diruwena)
6839,499,Duram
6840,499,Endomen
6841,499,Hereapini (Hereanini)
6842,499,Hilipuk
6843,499,Hogio (Hugio)
6844,499,Holuon
6845,499,Kabianggama (Kabianggema)
6846,499,Kayo
6847,499,Kona
6848,499,Koropun (Korupun)
6849,499,Kosarek
6850,499,Kurima
6851,499,Kwelemdua (Kwelamdua)
6852,499,Kwikma
6853,499,Langda
6854,499,Lolat
6855,499,Mugi
6856,499,Musaik
6857,499,Nalca
6858,499,Ninia
6859,499,Nipsan
6860,499,Obio
6861,499,Panggema
6862,499,Pasema
6863,499,Pronggoli (Proggoli)
6864,499,Puldama
6865,499,Samenage
6866,499,Sela
6867,499,Seredela (Seredala)
6868,499,Silimo
6869,499,Soba
6870,499,Sobaham
6871,499,Soloikma
6872,499,Sumo
6873,499,Suntamon
6874,499,Suru Suru
6875,499,Talambo
6876,499,Tangma
6877,499,Ubahak
6878,499,Ubalihi
6879,499,Ukha
6880,499,Walma
6881,499,Werima
6882,499,Wusuma
6883,499,Yahuliambut
6884,499,Yogosem
6885,500,Abenaho
6886,500,Apalapsili
6887,500,Benawa
6888,500,Elelim
6889,500,Welarek
6890,501,Abepura
6891,501,Heram
6892,501,Jayapura Selatan
6893,501,Jayapura Utara
6894,501,Muara Tami
6895,502,Arguni
6896,502,Bomberay
6897,502,Fakfak
6898,502,Fakfak Barat
6899,502,Fakfak Tengah
6900,502,Fakfak Timur
6901,502,Fakfak Timur Tengah
6902,502,Furwagi
6903,502,Karas
6904,502,Kayauni
6905,502,Kokas
6906,502,Kramongmongga
6907,502,Mbahamdandara
6908,502,Pariwari
6909,502,Teluk Patipi
6910,502,Tomage
6911,502,Wartutin
6912,503,Buruway
6913,503,Kaimana
6914,503,Kambraw (Kamberau)
6915,503,Teluk Arguni Atas
6916,503,Teluk Arguni Bawah (Yerusi)
6917,503,Teluk Etna
6918,503,Yamor
6919,504,Manokwari Barat
6920,504,Manokwari Selatan
6921,504,Manokwari Timur
6922,504,Manokwari Utara
6923,504,Masni
6924,504,Prafi
6925,504,Sidey
6926,504,Tanah Rubuh
6927,504,Warmare
6928,505,Dataran Isim
6929,505,Momi Waren
6930,505,Neney
6931,505,Oransbari
6932,505,Ransiki
6933,505,Tahota
6934,506,Aifat
6935,506,Aifat Selatan
6936,506,Aifat Timur
6937,506,Aifat Timur Jauh
6938,506,Aifat Timur Selatan
6939,506,Aifat Timur Tengah
6940,506,Aifat Utara
6941,506,Aitinyo
6942,506,Aitinyo Barat
6943,506,Aitinyo Raya
6944,506,Aitinyo Tengah
6945,506,Aitinyo Utara
6946,506,Ayamaru
6947,506,Ayamaru Barat
6948,506,Ayamaru Jaya
6949,506,Ayamaru Selatan
6950,506,Ayamaru Selatan Jaya
6951,506,Ayamaru Tengah
6952,506,Ayamaru Timur
6953,506,Ayamaru Timur Selatan
6954,506,Ayamaru Utara
6955,506,Ayamaru Utara Timur
6956,506,Mare
6957,506,Mare Selatan
6958,507,Anggi
6959,507,Anggi Gida
6960,507,Catubouw
6961,507,Didohu
6962,507,Hingk
6963,507,Membey
6964,507,Minyambaouw
6965,507,Sururey
6966,507,Taige
6967,507,Testega
6968,508,Ayau
6969,508,Batanta Selatan
6970,508,Batanta Utara
6971,508,Kepulauan Ayau
6972,508,Kepulauan Sembilan
6973,508,Kofiau
6974,508,Kota Waisai
6975,508,Meos Mansar
6976,508,Misool (Misool Utara)
6977,508,Misool Barat
6978,508,Misool Selatan
6979,508,Misool Timur
6980,508,Salawati Barat
6981,508,Salawati Tengah
6982,508,Salawati Utara (Samate)
6983,508,Supnin
6984,508,Teluk Mayalibit
6985,508,Tiplol Mayalibit
6986,508,Waigeo Barat
6987,508,Waigeo Barat Kepulauan
6988,508,Waigeo Selatan
6989,508,Waigeo Timur
6990,508,Waigeo Utara
6991,508,Warwabomi
6992,509,Aimas
6993,509,Beraur
6994,509,Klabot
6995,509,Klamono
6996,509,Klaso
6997,509,Klawak
6998,509,Klayili
6999,509,Makbon
7000,509,Mariat
7001,509,Maudus
7002,509,Mayamuk
7003,509,Moisegen
7004,509,Salawati
7005,509,Salawati Selatan
7006,509,Sayosa
7007,509,Seget
7008,509,Segun
7009,510,Fokour
7010,510,Inanwatan (Inawatan)
7011,510,Kais (Matemani Kais)
7012,510,Kokoda
7013,510,Kokoda Utara
7014,510,Konda
7015,510,Matemani
7016,510,Moswaren
7017,510,Saifi
7018,510,Sawiat
7019,510,Seremuk
7020,510,Teminabuan
7021,510,Wayer
7022,511,Abun
7023,511,Amberbaken
7024,511,Amberbaken Barat
7025,511,Ases
7026,511,Bamusbama
7027,511,Bikar
7028,511,Fef
7029,511,Ireres
7030,511,Kasi
7031,511,Kebar
7032,511,Kebar Selatan
7033,511,Kebar Timur
7034,511,Kwesefo
7035,511,Kwoor
7036,511,Manekar
7037,511,Mawabuan
7038,511,Miyah
7039,511,Miyah Selatan
7040,511,Moraid
7041,511,Mpur
7042,511,Mubrani
7043,511,Sausapor
7044,511,Selemkai
7045,511,Senopi
7046,511,Syujak
7047,511,Tinggouw
7048,511,Tobouw
7049,511,Wilhem Roumbouts
7050,511,Yembun
7051,512,Aranday
7052,512,Aroba
7053,512,Babo
7054,512,Bintuni
7055,512,Biscoop
7056,512,Dataran Beimes
7057,512,Fafurwar (Irorutu)
7058,512,Kaitaro
7059,512,Kamundan
7060,512,Kuri
7061,512,Manimeri
7062,512,Masyeta
7063,512,Mayado
7064,512,Merdey
7065,512,Moskona Barat
7066,512,Moskona Selatan
7067,512,Moskona Timur
7068,512,Moskona Utara
7069,512,Sumuri (Simuri)
7070,512,Tembuni
7071,512,Tomu
7072,512,Tuhiba
7073,512,Wamesa (Idoor)
7074,512,Weriagar
7075,513,Kuri Wamesa
7076,513,Naikere (Wasior Barat)
7077,513,Nikiwar
7078,513,Rasiei
7079,513,Roon
7080,513,Roswar
7081,513,Rumberpon
7082,513,Soug Jaya
7083,513,Teluk Duairi (Wasior Utara)
7084,513,Wamesa
7085,513,Wasior
7086,513,Windesi
7087,513,Wondiboy (Wasior Selatan)
7088,514,Klaurung
7089,514,Maladum Mes
7090,514,Malaimsimsa
7091,514,Sorong
7092,514,Sorong Barat
7093,514,Sorong Kepulauan
7094,514,Sorong Kota
7095,514,Sorong Manoi
7096,514,Sorong Timur
7097,514,Sorong Utara

"""#
}
