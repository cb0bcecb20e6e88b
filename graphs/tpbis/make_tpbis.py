#!/usr/bin/env python3
"""Write graphs/tpbis.jsonl: the hand-built TPBIS stakeholder registry.

One job: turn the facts written out by hand below (read from the five seed
articles in ../shared/seeds/, one fact per line, each with its `source`) into
a self-contained Sinergi registry in the APOC JSON-lines shape of
docs/registry-format.md.

Usage (from the repository root, after graphs/regions-id/make_registry.py):

    python3 graphs/tpbis/make_tpbis.py [OUTPUT]

OUTPUT defaults to graphs/tpbis.jsonl. The script reads graphs/regions.jsonl
and copies, byte for byte, all province and regency nodes, their PART_OF
regency->province relationships, and every district/village node (with its
PART_OF chain) that a fact below refers to, so the output has no dangling
reference. Standard library only; deterministic output.

Conventions:
- `source` = the seed file a fact comes from; `seeAlso` = other seeds that
  repeat it. Facts added only to illustrate analyses carry `synthetic: true`
  and no `source` (see SYNTHETIC below).
- Region references are written as region("regency/148", "Kabupaten Bintan"):
  the script checks the name against regions.jsonl, so a wrong id fails loudly.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GRAPHS = os.path.dirname(HERE)
REGIONS = os.path.join(GRAPHS, "regions.jsonl")
DEFAULT_OUTPUT = os.path.join(GRAPHS, "tpbis.jsonl")

# The five seed articles (../shared/seeds/).
S000 = "000_b2a2dd638427583a.txt"  # PLM Kalimantan Utara, Tanjung Selor, 26 Jul 2022 (Radar Tarakan)
S001 = "001_0a59bb427b1d0313.txt"  # PLM Kepulauan Riau, CK Hotel Tanjungpinang, 9 Aug 2022
S002 = "002_6adf388b9f476a6b.txt"  # PLM Jambi, Kota Jambi, 2 Aug 2022 (wahananews)
S003 = "003_728e5c6bfc05aa85.txt"  # SHM Sumatera Utara, Medan, 8 Aug 2023 (Sumut Pos)
S004 = "004_02918bd067f965d4.txt"  # Bimtek SPP-TIK Bengkulu, Mercure Hotel, 11 May 2022


class Ref:
    """A reference to a region node, checked against regions.jsonl by name."""

    def __init__(self, key, name):
        self.key = key
        self.name = name


def region(key, name):
    return Ref(key, name)


def D(text):
    """A date value in the registry's JSON encoding."""
    return {"$date": text}


NODES = []  # (key, labels, properties)
RELS = []  # (type, start, end, properties)


def N(key, labels, **properties):
    NODES.append((key, labels, properties))


def R(rel_type, start, end, **properties):
    RELS.append((rel_type, start, end, properties))


# ---------------------------------------------------------------------------
# National stakeholders
# ---------------------------------------------------------------------------
N("perpusnas", ["Stakeholder", "Perpusnas"], name="Perpustakaan Nasional Republik Indonesia", shortName="Perpusnas", nameEn="National Library of Indonesia", level="national", tpbisSince=2018, source=S000, seeAlso=[S001, S002, S003, S004])
N("bappenas", ["Stakeholder", "Bappenas"], name="Kementerian Perencanaan Pembangunan Nasional/Badan Perencanaan Pembangunan Nasional", shortName="Bappenas", nameEn="Ministry of National Development Planning", nameAsPrinted="Kementerian Perencanaan Pembangunan Nasional (Bappenas)", level="national", source=S004, seeAlso=[S000])
N("kemendes", ["Stakeholder", "Kemendes"], name="Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi", shortName="Kemendes", nameEn="Ministry of Villages, Development of Disadvantaged Regions and Transmigration", nameAsPrinted="Kementerian Desa", level="national", source=S000)

# People at national level
N("person/muhammad-syarif-bando", ["Stakeholder", "Person"], name="Muhammad Syarif Bando", role="Kepala Perpustakaan Nasional RI", roleEn="Head of the National Library", source=S004)

# ---------------------------------------------------------------------------
# Provincial library offices (Dinas Perpustakaan Provinsi)
# ---------------------------------------------------------------------------
N("kaltara/dinas-perpustakaan", ["Stakeholder", "ProvincialLibraryOffice"], name="Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Utara", nameAsPrinted="Dinas Perpustakaan dan Kearsipan Kaltara", nameEn="North Kalimantan Provincial Library and Archives Office", level="province", source=S000)
N("jambi/dinas-perpustakaan", ["Stakeholder", "ProvincialLibraryOffice"], name="Dinas Perpustakaan dan Arsip Daerah Provinsi Jambi", nameEn="Jambi Provincial Library and Archives Office", level="province", programPartnerSince=2022, source=S002)
N("kepri/dinas-perpustakaan", ["Stakeholder", "ProvincialLibraryOffice"], name="Dinas Perpustakaan dan Kearsipan Daerah Provinsi Kepulauan Riau", nameEn="Riau Islands Provincial Library and Archives Office", level="province", source=S001)
N("bengkulu/dinas-perpustakaan", ["Stakeholder", "ProvincialLibraryOffice"], name="Dinas Perpustakaan dan Kearsipan Provinsi Bengkulu", nameEn="Bengkulu Provincial Library and Archives Office", level="province", source=S004)
N("sumut/dinas-perpustakaan", ["Stakeholder", "ProvincialLibraryOffice"], name="Dinas Perpustakaan dan Arsip Provinsi Sumatera Utara", nameAsPrinted="Dinas Perpustakaan dan Arsip Sumut", nameEn="North Sumatra Provincial Library and Archives Office", level="province", source=S003)

# Provincial SHM groups named by 003 (seats of every provincial SHM)
N("sumut/tim-sinergi", ["Stakeholder", "SynergyTeam"], name="Tim Sinergi Provinsi Sumatera Utara", nameEn="North Sumatra Provincial Synergy Team", level="province", source=S003)
N("sumut/fasilitator-daerah", ["Stakeholder", "Facilitator"], name="Fasilitator Daerah / PIC Provinsi Sumatera Utara", nameEn="North Sumatra regional facilitators / provincial PIC", level="province", source=S003)

# ---------------------------------------------------------------------------
# Regency/city library offices. The articles name the regencies, not the
# offices' official names: names use the generic form "Dinas Perpustakaan
# Kabupaten/Kota X".
# ---------------------------------------------------------------------------
N("kepri/bintan/dinas-perpustakaan", ["Stakeholder", "RegencyLibraryOffice"], name="Dinas Perpustakaan Kabupaten Bintan", nameEn="Bintan Regency Library Office", level="regency", tpbisBeneficiary=True, source=S001)
N("kepri/karimun/dinas-perpustakaan", ["Stakeholder", "RegencyLibraryOffice"], name="Dinas Perpustakaan Kabupaten Karimun", nameEn="Karimun Regency Library Office", level="regency", tpbisBeneficiary=True, source=S001)
N("kepri/natuna/dinas-perpustakaan", ["Stakeholder", "RegencyLibraryOffice"], name="Dinas Perpustakaan Kabupaten Natuna", nameEn="Natuna Regency Library Office", level="regency", tpbisBeneficiary=True, source=S001)
N("kepri/lingga/dinas-perpustakaan", ["Stakeholder", "RegencyLibraryOffice"], name="Dinas Perpustakaan Kabupaten Lingga", nameEn="Lingga Regency Library Office", level="regency", tpbisBeneficiary=True, source=S001)
N("kepri/tanjungpinang/dinas-perpustakaan", ["Stakeholder", "RegencyLibraryOffice"], name="Dinas Perpustakaan Kota Tanjungpinang", nameEn="Tanjungpinang City Library Office", level="regency", tpbisBeneficiary=True, source=S001)
N("kepri/batam/dinas-perpustakaan", ["Stakeholder", "RegencyLibraryOffice"], name="Dinas Perpustakaan Kota Batam", nameEn="Batam City Library Office", level="regency", tpbisBeneficiary=True, source=S001)
N("jambi/kota-jambi/dinas-perpustakaan", ["Stakeholder", "RegencyLibraryOffice"], name="Dinas Perpustakaan Kota Jambi", nameEn="Jambi City Library Office", level="regency", source=S002)
N("jambi/muarojambi/dinas-perpustakaan", ["Stakeholder", "RegencyLibraryOffice"], name="Dinas Perpustakaan Kabupaten Muaro Jambi", nameAsPrinted="Kabupaten Muarojambi", nameEn="Muaro Jambi Regency Library Office", level="regency", source=S002)
N("jambi/batanghari/dinas-perpustakaan", ["Stakeholder", "RegencyLibraryOffice"], name="Dinas Perpustakaan Kabupaten Batanghari", nameEn="Batanghari Regency Library Office", level="regency", source=S002)
N("jambi/sungaipenuh/dinas-perpustakaan", ["Stakeholder", "RegencyLibraryOffice"], name="Dinas Perpustakaan Kota Sungai Penuh", nameAsPrinted="Sungaipenuh", nameEn="Sungai Penuh City Library Office", level="regency", note="the article writes 'Sungaipenuh' in a list of regencies; taken as Kota Sungai Penuh (not Kabupaten Kerinci, whose capital it was)", source=S002)

# ---------------------------------------------------------------------------
# People named in the articles
# ---------------------------------------------------------------------------
N("person/zainal-arifin-paliwang", ["Stakeholder", "Person"], name="Zainal Arifin Paliwang", nameAsPrinted="Drs. H. Zainal Arifin Paliwang, S.H, M.Hum", role="Gubernur Kalimantan Utara", roleEn="Governor of North Kalimantan", source=S000)
N("person/syahrullah-mursalin", ["Stakeholder", "Person"], name="Syahrullah Mursalin", role="Staf Ahli Gubernur Bidang Aparatur Pelayanan Publik dan Kemasyarakatan", roleEn="Governor's expert staff for apparatus, public service and community affairs (North Kalimantan)", source=S000)
N("person/herry-andrianto", ["Stakeholder", "Person"], name="Herry Andrianto", nameAsPrinted="Herry Andrianto, S.E.,M.M", role="Kepala Dinas Perpustakaan dan Kearsipan Daerah Provinsi Kepri", roleEn="Head of the Riau Islands Provincial Library and Archives Office", source=S001)
N("person/rismarini", ["Stakeholder", "Person"], name="Rismarini", nameAsPrinted="Rismarini, S.Sos.,M.M", role="Kepala Bidang Pembinaan Perpustakaan Provinsi Kepri", roleEn="Head of Library Development, Riau Islands Provincial Library Office", source=S001)
N("person/syamsul-rizal", ["Stakeholder", "Person"], name="Syamsul Rizal", role="Kepala Dinas Perpustakaan dan Arsip Daerah Provinsi Jambi", roleEn="Head of the Jambi Provincial Library and Archives Office", source=S002)
N("person/dwi-endah-purwanti", ["Stakeholder", "Person"], name="Dwi Endah Purwanti", role="Kepala Dinas Perpustakaan dan Arsip Sumut", roleEn="Head of the North Sumatra Provincial Library and Archives Office", source=S003)
N("person/meri-sasdi", ["Stakeholder", "Person"], name="Meri Sasdi", nameAsPrinted="H Meri Sasdi MPd", role="Kepala Dinas Perpustakaan dan Kearsipan Provinsi Bengkulu", roleEn="Head of the Bengkulu Provincial Library and Archives Office", source=S004)
N("person/rohidin-mersyah", ["Stakeholder", "Person"], name="Rohidin Mersyah", nameAsPrinted="Dr drh H Rohidin Mersyah MMA", role="Gubernur Bengkulu", roleEn="Governor of Bengkulu", source=S004)

# ---------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------
N("event/bimtek-bengkulu-2022", ["Event", "Bimtek"], name="Bimtek Strategi Pengembangan Perpustakaan dan Teknologi Informasi dan Komunikasi (SPP-TIK) Provinsi Bengkulu 2022", nameEn="Technical guidance on library development strategy and ICT, Bengkulu 2022", date=D("2022-05-11"), venue="Mercure Hotel", city="Bengkulu", programme="TPBIS", seriesStart=D("2022-04-28"), seriesEnd=D("2022-05-21"), seriesLocations=32, seriesVillages=96, seriesRegencies=168, seriesProvinces=34, source=S004)
N("event/plm-kaltara-2022", ["Event", "PLM"], name="Peer Learning Meeting (PLM) TPBIS Provinsi Kalimantan Utara 2022", nameEn="Provincial Peer Learning Meeting, North Kalimantan 2022", date=D("2022-07-26"), venue="Hotel Luminor", city="Tanjung Selor", programme="TPBIS", seriesLocations=33, seriesProvinces=34, expansionVillageLibraries2022=96, expansionRegencies2022=136, expansionProvinces2022=34, source=S000)
N("event/plm-jambi-2022", ["Event", "PLM"], name="Peer Learning Meeting (PLM) TPBIS Provinsi Jambi 2022", nameEn="Provincial Peer Learning Meeting, Jambi 2022", date=D("2022-08-02"), city="Kota Jambi", programme="TPBIS", participants=16, seriesLocations=33, seriesProvinces=34, seriesWaves=5, provincesPerWave="6–7", sessionsBy=["Master Trainer", "Fasilitator Daerah", "narasumber lokal"], expansionVillageLibraries2022=96, expansionRegencies2022=136, expansionProvinces2022=34, source=S002)
N("event/plm-kepri-2022", ["Event", "PLM"], name="Peer Learning Meeting (PLM) TPBIS Provinsi Kepulauan Riau 2022", nameEn="Provincial Peer Learning Meeting, Riau Islands 2022", date=D("2022-08-09"), venue="CK Hotel Tanjungpinang", city="Tanjungpinang", programme="TPBIS", villages=24, regencies=6, features=["lapak mini (stalls showing the beneficiary libraries' work)"], source=S001)
N("event/shm-nasional-2023", ["Event", "SHM"], name="Stakeholder Meeting (SHM) Nasional TPBIS 2023", nameEn="National Stakeholder Meeting 2023", date=D("2023-06-21"), city="Jakarta", programme="TPBIS", level="national", source=S003)
N("event/shm-sumut-2023", ["Event", "SHM"], name="Stakeholder Meeting (SHM) TPBIS Provinsi Sumatera Utara 2023", nameEn="Provincial Stakeholder Meeting, North Sumatra 2023", date=D("2023-08-08"), city="Medan", programme="TPBIS", level="province", followUpOf="event/shm-nasional-2023", note="the article prints the date as Selasa (8/8/2013); 8 Aug 2023 is a Tuesday inside the 2023 SHM series (26 Jul – 10 Aug 2023), so the year is recorded as 2023", seats=30, seatsSynergyTeam=5, seatsProvincialStakeholders=18, seatsFacilitators=2, seatsRoleModelVillage=1, seatsRoleModelRegencyLibraryOffice=1, seatsRoleModelRegencyBappeda=1, seatsRoleModelRegencyDPMPD=1, seatsImpactedLibraryUser=1, seriesStart=D("2023-07-26"), seriesEnd=D("2023-08-10"), seriesProvinces=33, seriesWaves=4, provincesPerWave="8–9", beneficiaryProvincialLibraries=33, beneficiaryRegencyLibraries=296, beneficiaryVillageLibraries=1696, selfReplicatingVillageLibraries=1396, selfReplicatingProvinces=27, selfReplicationAsOf="2023-06", source=S003)

# ---------------------------------------------------------------------------
# LOCATED_IN: stakeholders and events -> regions (ids from graphs/regions-id/*.csv)
# ---------------------------------------------------------------------------
R("LOCATED_IN", "kaltara/dinas-perpustakaan", region("province/24", "Kalimantan Utara"), source=S000)
R("LOCATED_IN", "jambi/dinas-perpustakaan", region("province/5", "Jambi"), source=S002)
R("LOCATED_IN", "kepri/dinas-perpustakaan", region("province/10", "Kepulauan Riau"), source=S001)
R("LOCATED_IN", "bengkulu/dinas-perpustakaan", region("province/7", "Bengkulu"), source=S004)
R("LOCATED_IN", "sumut/dinas-perpustakaan", region("province/2", "Sumatra Utara"), source=S003)
R("LOCATED_IN", "sumut/tim-sinergi", region("province/2", "Sumatra Utara"), source=S003)
R("LOCATED_IN", "sumut/fasilitator-daerah", region("province/2", "Sumatra Utara"), source=S003)
R("LOCATED_IN", "kepri/bintan/dinas-perpustakaan", region("regency/148", "Kabupaten Bintan"), source=S001)
R("LOCATED_IN", "kepri/karimun/dinas-perpustakaan", region("regency/149", "Kabupaten Karimun"), source=S001)
R("LOCATED_IN", "kepri/natuna/dinas-perpustakaan", region("regency/152", "Kabupaten Natuna"), source=S001)
R("LOCATED_IN", "kepri/lingga/dinas-perpustakaan", region("regency/151", "Kabupaten Lingga"), source=S001)
R("LOCATED_IN", "kepri/tanjungpinang/dinas-perpustakaan", region("regency/154", "Kota Tanjung Pinang"), source=S001)
R("LOCATED_IN", "kepri/batam/dinas-perpustakaan", region("regency/153", "Kota Batam"), source=S001)
R("LOCATED_IN", "jambi/kota-jambi/dinas-perpustakaan", region("regency/97", "Kota Jambi"), source=S002)
R("LOCATED_IN", "jambi/muarojambi/dinas-perpustakaan", region("regency/92", "Kabupaten Muaro Jambi"), source=S002)
R("LOCATED_IN", "jambi/batanghari/dinas-perpustakaan", region("regency/88", "Kabupaten Batanghari"), source=S002)
R("LOCATED_IN", "jambi/sungaipenuh/dinas-perpustakaan", region("regency/98", "Kota Sungai Penuh"), source=S002)
R("LOCATED_IN", "person/zainal-arifin-paliwang", region("province/24", "Kalimantan Utara"), source=S000)
R("LOCATED_IN", "person/syahrullah-mursalin", region("province/24", "Kalimantan Utara"), source=S000)
R("LOCATED_IN", "person/rohidin-mersyah", region("province/7", "Bengkulu"), source=S004)
R("LOCATED_IN", "event/bimtek-bengkulu-2022", region("regency/125", "Kota Bengkulu"), source=S004)
R("LOCATED_IN", "event/plm-kaltara-2022", region("district/5094", "Tanjung Selor"), source=S000)
R("LOCATED_IN", "event/plm-jambi-2022", region("regency/97", "Kota Jambi"), source=S002)
R("LOCATED_IN", "event/plm-kepri-2022", region("regency/154", "Kota Tanjung Pinang"), source=S001)
R("LOCATED_IN", "event/shm-nasional-2023", region("province/11", "Daerah Khusus Ibukota Jakarta"), source=S003)
R("LOCATED_IN", "event/shm-sumut-2023", region("regency/51", "Kota Medan"), source=S003)

# ---------------------------------------------------------------------------
# MEMBER_OF: people -> their offices
# ---------------------------------------------------------------------------
R("MEMBER_OF", "person/muhammad-syarif-bando", "perpusnas", position="Kepala Perpustakaan Nasional RI", source=S004)
R("MEMBER_OF", "person/herry-andrianto", "kepri/dinas-perpustakaan", position="Kepala Dinas", source=S001)
R("MEMBER_OF", "person/rismarini", "kepri/dinas-perpustakaan", position="Kepala Bidang Pembinaan Perpustakaan", source=S001)
R("MEMBER_OF", "person/syamsul-rizal", "jambi/dinas-perpustakaan", position="Kepala Dinas", source=S002)
R("MEMBER_OF", "person/dwi-endah-purwanti", "sumut/dinas-perpustakaan", position="Kepala Dinas", source=S003)
R("MEMBER_OF", "person/meri-sasdi", "bengkulu/dinas-perpustakaan", position="Kepala Dinas", source=S004)

# ---------------------------------------------------------------------------
# ATTENDED: stakeholder -> event, with role organizer / opener / speaker /
# participant / official (present in an official capacity, no stated function)
# ---------------------------------------------------------------------------
R("ATTENDED", "perpusnas", "event/bimtek-bengkulu-2022", role="organizer", source=S004)
R("ATTENDED", "person/meri-sasdi", "event/bimtek-bengkulu-2022", role="official", note="photographed with the participants at the Mercure Hotel", source=S004)

R("ATTENDED", "perpusnas", "event/plm-kaltara-2022", role="organizer", source=S000)
R("ATTENDED", "person/syahrullah-mursalin", "event/plm-kaltara-2022", role="opener", onBehalfOf="person/zainal-arifin-paliwang", source=S000)
R("ATTENDED", "kaltara/dinas-perpustakaan", "event/plm-kaltara-2022", role="participant", source=S000)

R("ATTENDED", "perpusnas", "event/plm-jambi-2022", role="organizer", source=S002)
R("ATTENDED", "person/syamsul-rizal", "event/plm-jambi-2022", role="opener", source=S002)
R("ATTENDED", "jambi/dinas-perpustakaan", "event/plm-jambi-2022", role="participant", source=S002)
R("ATTENDED", "jambi/kota-jambi/dinas-perpustakaan", "event/plm-jambi-2022", role="participant", note="participants came from Kota Jambi; the article does not name their institution", source=S002)
R("ATTENDED", "jambi/muarojambi/dinas-perpustakaan", "event/plm-jambi-2022", role="participant", note="participants came from Kabupaten Muarojambi; the article does not name their institution", source=S002)
R("ATTENDED", "jambi/batanghari/dinas-perpustakaan", "event/plm-jambi-2022", role="participant", note="participants came from Batanghari; the article does not name their institution", source=S002)
R("ATTENDED", "jambi/sungaipenuh/dinas-perpustakaan", "event/plm-jambi-2022", role="participant", note="participants came from Sungaipenuh; the article does not name their institution", source=S002)

R("ATTENDED", "perpusnas", "event/plm-kepri-2022", role="organizer", source=S001)
R("ATTENDED", "person/rismarini", "event/plm-kepri-2022", role="speaker", speech="kata sambutan", onBehalfOf="person/herry-andrianto", source=S001)
R("ATTENDED", "kepri/dinas-perpustakaan", "event/plm-kepri-2022", role="participant", source=S001)
R("ATTENDED", "kepri/bintan/dinas-perpustakaan", "event/plm-kepri-2022", role="participant", note="regency/city libraries took part; the article names the six beneficiary regencies/cities", source=S001)
R("ATTENDED", "kepri/karimun/dinas-perpustakaan", "event/plm-kepri-2022", role="participant", note="regency/city libraries took part; the article names the six beneficiary regencies/cities", source=S001)
R("ATTENDED", "kepri/natuna/dinas-perpustakaan", "event/plm-kepri-2022", role="participant", note="regency/city libraries took part; the article names the six beneficiary regencies/cities", source=S001)
R("ATTENDED", "kepri/lingga/dinas-perpustakaan", "event/plm-kepri-2022", role="participant", note="regency/city libraries took part; the article names the six beneficiary regencies/cities", source=S001)
R("ATTENDED", "kepri/tanjungpinang/dinas-perpustakaan", "event/plm-kepri-2022", role="participant", note="regency/city libraries took part; the article names the six beneficiary regencies/cities", source=S001)
R("ATTENDED", "kepri/batam/dinas-perpustakaan", "event/plm-kepri-2022", role="participant", note="regency/city libraries took part; the article names the six beneficiary regencies/cities", source=S001)

R("ATTENDED", "perpusnas", "event/shm-nasional-2023", role="organizer", source=S003)

R("ATTENDED", "perpusnas", "event/shm-sumut-2023", role="organizer", source=S003)
R("ATTENDED", "person/dwi-endah-purwanti", "event/shm-sumut-2023", role="speaker", note="narasumber", source=S003)
R("ATTENDED", "sumut/tim-sinergi", "event/shm-sumut-2023", role="participant", seats=5, source=S003)
R("ATTENDED", "sumut/fasilitator-daerah", "event/shm-sumut-2023", role="participant", seats=2, source=S003)

# ---------------------------------------------------------------------------
# Programme support, from the articles
# ---------------------------------------------------------------------------
R("PARTNERS_WITH", "bappenas", "perpusnas", programme="TPBIS", kind="policy support", detail="put the programme into the government work plan (RKP) 2019 as a national priority activity", source=S004, seeAlso=[S000])
R("PARTNERS_WITH", "kemendes", "perpusnas", programme="TPBIS", kind="support", source=S000)
R("FUNDS", "perpusnas", "jambi/dinas-perpustakaan", programme="TPBIS", support="mitra program", year=2022, source=S002)
R("FUNDS", "perpusnas", "kepri/bintan/dinas-perpustakaan", programme="TPBIS", support="penerima manfaat", source=S001)
R("FUNDS", "perpusnas", "kepri/karimun/dinas-perpustakaan", programme="TPBIS", support="penerima manfaat", source=S001)
R("FUNDS", "perpusnas", "kepri/natuna/dinas-perpustakaan", programme="TPBIS", support="penerima manfaat", source=S001)
R("FUNDS", "perpusnas", "kepri/lingga/dinas-perpustakaan", programme="TPBIS", support="penerima manfaat", source=S001)
R("FUNDS", "perpusnas", "kepri/tanjungpinang/dinas-perpustakaan", programme="TPBIS", support="penerima manfaat", source=S001)
R("FUNDS", "perpusnas", "kepri/batam/dinas-perpustakaan", programme="TPBIS", support="penerima manfaat", source=S001)

# ---------------------------------------------------------------------------
# SYNTHETIC — added only to illustrate gap analysis and replication spread.
# Not in the articles. Real region ids and village names, invented facts.
# ---------------------------------------------------------------------------
# Regency Bappeda / DPMPD offices, so that "library office without a
# partnership with its Bappeda or DPMPD" has something to find: Bintan has
# both, Batam only Bappeda, Muaro Jambi only DPMPD, the others none.
N("kepri/bintan/bappeda", ["Stakeholder", "Bappeda"], name="Bappeda Kabupaten Bintan", nameEn="Bintan Regency Development Planning Agency", level="regency", synthetic=True)
N("kepri/bintan/dpmpd", ["Stakeholder", "DPMPD"], name="Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa Kabupaten Bintan", shortName="DPMPD Kabupaten Bintan", nameEn="Bintan Regency Village Community Empowerment Office", level="regency", synthetic=True)
N("kepri/batam/bappeda", ["Stakeholder", "Bappeda"], name="Bappeda Kota Batam", nameEn="Batam City Development Planning Agency", level="regency", synthetic=True)
N("jambi/muarojambi/dpmpd", ["Stakeholder", "DPMPD"], name="Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa Kabupaten Muaro Jambi", shortName="DPMPD Kabupaten Muaro Jambi", nameEn="Muaro Jambi Regency Village Community Empowerment Office", level="regency", synthetic=True)

# Village libraries: two role models and four replications.
N("kepri/bintan/malang-rapat/perpustakaan-desa", ["Stakeholder", "VillageLibrary"], name="Perpustakaan Desa Malang Rapat", level="village", roleModel=True, synthetic=True)
N("kepri/bintan/toapaya-utara/perpustakaan-desa", ["Stakeholder", "VillageLibrary"], name="Perpustakaan Desa Toapaya Utara", level="village", synthetic=True)
N("kepri/lingga/batu-berdaun/perpustakaan-desa", ["Stakeholder", "VillageLibrary"], name="Perpustakaan Desa Batu Berdaun", level="village", synthetic=True)
N("kepri/karimun/tulang/perpustakaan-desa", ["Stakeholder", "VillageLibrary"], name="Perpustakaan Desa Tulang", level="village", synthetic=True)
N("jambi/muarojambi/tunas-baru/perpustakaan-desa", ["Stakeholder", "VillageLibrary"], name="Perpustakaan Desa Tunas Baru", level="village", roleModel=True, synthetic=True)
N("jambi/muarojambi/suko-awin-jaya/perpustakaan-desa", ["Stakeholder", "VillageLibrary"], name="Perpustakaan Desa Suko Awin Jaya", level="village", synthetic=True)

R("LOCATED_IN", "kepri/bintan/bappeda", region("regency/148", "Kabupaten Bintan"), synthetic=True)
R("LOCATED_IN", "kepri/bintan/dpmpd", region("regency/148", "Kabupaten Bintan"), synthetic=True)
R("LOCATED_IN", "kepri/batam/bappeda", region("regency/153", "Kota Batam"), synthetic=True)
R("LOCATED_IN", "jambi/muarojambi/dpmpd", region("regency/92", "Kabupaten Muaro Jambi"), synthetic=True)
R("LOCATED_IN", "kepri/bintan/malang-rapat/perpustakaan-desa", region("village/24833", "Malang Rapat"), synthetic=True)
R("LOCATED_IN", "kepri/bintan/toapaya-utara/perpustakaan-desa", region("village/24868", "Toapaya Utara"), synthetic=True)
R("LOCATED_IN", "kepri/lingga/batu-berdaun/perpustakaan-desa", region("village/25046", "Batu Berdaun"), synthetic=True)
R("LOCATED_IN", "kepri/karimun/tulang/perpustakaan-desa", region("village/24891", "Tulang"), synthetic=True)
R("LOCATED_IN", "jambi/muarojambi/tunas-baru/perpustakaan-desa", region("village/16425", "Tunas Baru"), synthetic=True)
R("LOCATED_IN", "jambi/muarojambi/suko-awin-jaya/perpustakaan-desa", region("village/16422", "Suko Awin Jaya"), synthetic=True)

R("PARTNERS_WITH", "kepri/bintan/dinas-perpustakaan", "kepri/bintan/bappeda", kind="budget", since=D("2022-09-01"), synthetic=True)
R("PARTNERS_WITH", "kepri/bintan/dinas-perpustakaan", "kepri/bintan/dpmpd", kind="MoU", since=D("2023-02-15"), synthetic=True)
R("PARTNERS_WITH", "kepri/batam/dinas-perpustakaan", "kepri/batam/bappeda", kind="advocacy", since=D("2023-03-10"), synthetic=True)
R("PARTNERS_WITH", "jambi/muarojambi/dinas-perpustakaan", "jambi/muarojambi/dpmpd", kind="mentoring", since=D("2023-08-01"), synthetic=True)

R("COORDINATES", "kepri/dinas-perpustakaan", "kepri/bintan/dinas-perpustakaan", synthetic=True)
R("COORDINATES", "kepri/dinas-perpustakaan", "kepri/karimun/dinas-perpustakaan", synthetic=True)
R("COORDINATES", "kepri/dinas-perpustakaan", "kepri/natuna/dinas-perpustakaan", synthetic=True)
R("COORDINATES", "kepri/dinas-perpustakaan", "kepri/lingga/dinas-perpustakaan", synthetic=True)
R("COORDINATES", "kepri/dinas-perpustakaan", "kepri/tanjungpinang/dinas-perpustakaan", synthetic=True)
R("COORDINATES", "kepri/dinas-perpustakaan", "kepri/batam/dinas-perpustakaan", synthetic=True)

R("MENTORS", "kepri/bintan/dinas-perpustakaan", "kepri/bintan/malang-rapat/perpustakaan-desa", since=D("2022-06-01"), synthetic=True)
R("MENTORS", "jambi/muarojambi/dinas-perpustakaan", "jambi/muarojambi/tunas-baru/perpustakaan-desa", since=D("2022-09-01"), synthetic=True)

R("REPLICATED_FROM", "kepri/bintan/toapaya-utara/perpustakaan-desa", "kepri/bintan/malang-rapat/perpustakaan-desa", since=D("2023-01-10"), synthetic=True)
R("REPLICATED_FROM", "kepri/lingga/batu-berdaun/perpustakaan-desa", "kepri/bintan/malang-rapat/perpustakaan-desa", since=D("2023-03-20"), synthetic=True)
R("REPLICATED_FROM", "kepri/karimun/tulang/perpustakaan-desa", "kepri/bintan/toapaya-utara/perpustakaan-desa", since=D("2023-05-02"), synthetic=True)
R("REPLICATED_FROM", "jambi/muarojambi/suko-awin-jaya/perpustakaan-desa", "jambi/muarojambi/tunas-baru/perpustakaan-desa", since=D("2023-04-17"), synthetic=True)


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------
class BuildError(Exception):
    pass


def dumps(record):
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def load_regions(path):
    """Region node records by key, PART_OF relationship records by child key,
    and the parsed records in file order."""
    nodes = {}
    part_of = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            record = json.loads(line)
            if record["type"] == "node":
                nodes[record["id"]] = record
            elif record["type"] == "relationship" and record["label"] == "PART_OF":
                part_of[record["start"]["id"]] = record
            else:
                raise BuildError(f"{path}:{number}: unexpected record")
    return nodes, part_of


def build(regions_path):
    region_nodes, region_part_of = load_regions(regions_path)

    # Every region referenced by a fact, checked by name.
    referenced = set()
    for rel_type, start, end, _properties in RELS:
        for end_point in (start, end):
            if isinstance(end_point, Ref):
                record = region_nodes.get(end_point.key)
                if record is None:
                    raise BuildError(f"{rel_type} {start}: region {end_point.key} does not exist")
                if record["properties"]["name"] != end_point.name:
                    raise BuildError(
                        f"{end_point.key} is {record['properties']['name']!r}, not {end_point.name!r}"
                    )
                referenced.add(end_point.key)

    # Region context: all provinces and regencies, plus the PART_OF chain of
    # every referenced district/village up to its regency.
    def rank(key):
        kind, ident = key.split("/")
        return (["province", "regency", "district", "village"].index(kind), int(ident))

    keep = {key for key in region_nodes if key.startswith(("province/", "regency/"))}
    for key in referenced:
        while key not in keep:
            keep.add(key)
            key = region_part_of[key]["end"]["id"]
    region_keys = sorted(keep, key=rank)

    labels_of = {key: region_nodes[key]["labels"] for key in region_keys}
    node_records = [region_nodes[key] for key in region_keys]
    for key, labels, properties in NODES:
        if key in labels_of:
            raise BuildError(f"duplicate node key {key}")
        labels_of[key] = labels
        node_records.append({"type": "node", "id": key, "labels": labels, "properties": properties})

    rel_records = [region_part_of[key] for key in region_keys if not key.startswith("province/")]
    for rel_type, start, end, properties in RELS:
        start_key = start.key if isinstance(start, Ref) else start
        end_key = end.key if isinstance(end, Ref) else end
        for key in (start_key, end_key):
            if key not in labels_of:
                raise BuildError(f"{rel_type} {start_key} -> {end_key}: node {key} does not exist")
        rel_records.append(
            {
                "type": "relationship",
                "id": f"{rel_type.lower()}/{start_key}/{end_key}",
                "label": rel_type,
                "properties": properties,
                "start": {"id": start_key, "labels": labels_of[start_key]},
                "end": {"id": end_key, "labels": labels_of[end_key]},
            }
        )
    seen = set()
    for record in rel_records:
        if record["id"] in seen:
            raise BuildError(f"duplicate relationship key {record['id']}")
        seen.add(record["id"])
    return node_records, rel_records


def main(argv):
    if len(argv) > 2 or (len(argv) == 2 and argv[1] in ("-h", "--help")):
        print(__doc__.strip(), file=sys.stderr)
        return 64
    output = argv[1] if len(argv) == 2 else DEFAULT_OUTPUT
    try:
        nodes, relationships = build(REGIONS)
    except (BuildError, OSError, ValueError, KeyError) as error:
        print(f"make_tpbis.py: {error}", file=sys.stderr)
        return 1
    temporary = output + ".tmp"
    with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
        for record in nodes + relationships:
            handle.write(dumps(record) + "\n")
    os.replace(temporary, output)
    print(f"wrote {output}: {len(nodes)} nodes, {len(relationships)} relationships", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
