#!/usr/bin/env python3
"""Convert the Indonesian region CSVs in this folder into a Sinergi registry.

One job: read provinces.csv, regencies.csv, districts.csv and villages.csv
(areaid 1.1.2 by harigro, MIT; see ATTRIBUTION.md) and write
``graphs/regions.jsonl``: every province, regency, district and village as a
node record, then one PART_OF relationship per child (village -> district ->
regency -> province), in the APOC JSON-lines shape of docs/registry-format.md.

Usage (from the repository root):

    python3 graphs/regions-id/make_registry.py [OUTPUT]

OUTPUT defaults to graphs/regions.jsonl (next to this folder). Standard library
only; the output is byte-for-byte deterministic (rows are written in id order).
The script refuses to write anything if a row is malformed, an id repeats, a
parent is missing or the counts differ from the documented ones.
"""

import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUTPUT = os.path.join(os.path.dirname(HERE), "regions.jsonl")

# Documented sizes of the data set (README.md in this folder).
EXPECTED = {"province": 34, "regency": 514, "district": 7097, "village": 82503}

LABELS = {
    "province": ["Region", "Province"],
    "regency": ["Region", "Regency"],
    "district": ["Region", "District"],
    "village": ["Region", "Village"],
}


class DataError(Exception):
    """A problem in the input CSVs, reported as FILE:LINE: message."""


def read_csv(name, header):
    """Return the rows of one CSV as lists of strings, checking the header.

    The csv module handles the quoted names with commas
    ("Koja (Utara, Selatan)", "Pulau Ku,U (Kuu)").
    """
    path = os.path.join(HERE, name)
    rows = []
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle, strict=True)
        first = next(reader, None)
        if first != header:
            raise DataError(f"{name}:1: header {first!r}, expected {header!r}")
        for row in reader:
            line = reader.line_num
            if len(row) != len(header):
                raise DataError(f"{name}:{line}: {len(row)} fields, expected {len(header)}")
            if any(field.strip() == "" for field in row):
                raise DataError(f"{name}:{line}: empty field in {row!r}")
            rows.append((line, row))
    return rows


def parse_id(name, line, text):
    """A positive integer id; anything else is a data error."""
    if not text.isdigit() or int(text) <= 0:
        raise DataError(f"{name}:{line}: {text!r} is not a positive integer id")
    return int(text)


def index_by_id(name, rows):
    """Map id -> (line, row), refusing duplicate ids; sorted by id."""
    table = {}
    for line, row in rows:
        ident = parse_id(name, line, row[0])
        if ident in table:
            raise DataError(f"{name}:{line}: duplicate id {ident}")
        table[ident] = (line, row)
    return dict(sorted(table.items()))


def regency_kind(name, line, regency_name):
    """'Kabupaten' or 'Kota' from the name's prefix ('Kota Adm. …' is a Kota)."""
    if regency_name.startswith("Kabupaten "):
        return "Kabupaten"
    if regency_name.startswith("Kota "):
        return "Kota"
    raise DataError(f"{name}:{line}: regency name {regency_name!r} starts with neither Kabupaten nor Kota")


def dumps(record):
    """Compact JSON, UTF-8 text kept as is (no \\u escapes)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def node(kind, ident, properties):
    return {
        "type": "node",
        "id": f"{kind}/{ident}",
        "labels": LABELS[kind],
        "properties": properties,
    }


def part_of(child_kind, child_id, parent_kind, parent_id):
    child_key = f"{child_kind}/{child_id}"
    parent_key = f"{parent_kind}/{parent_id}"
    return {
        "type": "relationship",
        "id": f"part_of/{child_key}",
        "label": "PART_OF",
        "properties": {},
        "start": {"id": child_key, "labels": LABELS[child_kind]},
        "end": {"id": parent_key, "labels": LABELS[parent_kind]},
    }


def build():
    """Return (node records, relationship records) for the whole data set."""
    provinces = index_by_id("provinces.csv", read_csv("provinces.csv", ["id", "name", "iso_code"]))
    regencies = index_by_id(
        "regencies.csv", read_csv("regencies.csv", ["id", "province_id", "name", "capital", "bsni_code"])
    )
    districts = index_by_id("districts.csv", read_csv("districts.csv", ["id", "regency_id", "name"]))
    villages = index_by_id("villages.csv", read_csv("villages.csv", ["id", "district_id", "name", "postal_code"]))

    nodes = []
    relationships = []

    # ISO codes are kept as found: DKI Jakarta carries ID-JB like Jawa Barat.
    for ident, (_line, row) in provinces.items():
        nodes.append(node("province", ident, {"name": row[1], "code": row[2], "regionId": ident}))

    for ident, (line, row) in regencies.items():
        parent = parse_id("regencies.csv", line, row[1])
        if parent not in provinces:
            raise DataError(f"regencies.csv:{line}: province {parent} does not exist")
        kind = regency_kind("regencies.csv", line, row[2])
        nodes.append(
            node(
                "regency",
                ident,
                {"name": row[2], "capital": row[3], "bsniCode": row[4], "kind": kind, "regionId": ident},
            )
        )
        relationships.append(part_of("regency", ident, "province", parent))

    for ident, (line, row) in districts.items():
        parent = parse_id("districts.csv", line, row[1])
        if parent not in regencies:
            raise DataError(f"districts.csv:{line}: regency {parent} does not exist")
        nodes.append(node("district", ident, {"name": row[2], "regionId": ident}))
        relationships.append(part_of("district", ident, "regency", parent))

    for ident, (line, row) in villages.items():
        parent = parse_id("villages.csv", line, row[1])
        if parent not in districts:
            raise DataError(f"villages.csv:{line}: district {parent} does not exist")
        # Postal codes stay strings (leading zeros would matter).
        nodes.append(node("village", ident, {"name": row[2], "postalCode": row[3], "regionId": ident}))
        relationships.append(part_of("village", ident, "district", parent))

    counts = {"province": len(provinces), "regency": len(regencies), "district": len(districts),
              "village": len(villages)}
    if counts != EXPECTED:
        raise DataError(f"counts {counts} differ from the documented {EXPECTED}")
    return nodes, relationships


def verify(nodes, relationships):
    """Keys unique, every relationship endpoint an existing node."""
    keys = set()
    for record in nodes:
        if record["id"] in keys:
            raise DataError(f"duplicate node key {record['id']}")
        keys.add(record["id"])
    rel_keys = set()
    for record in relationships:
        if record["id"] in rel_keys:
            raise DataError(f"duplicate relationship key {record['id']}")
        rel_keys.add(record["id"])
        for end in ("start", "end"):
            if record[end]["id"] not in keys:
                raise DataError(f"{record['id']}: {end} {record[end]['id']} does not exist")
    expected_rels = EXPECTED["regency"] + EXPECTED["district"] + EXPECTED["village"]
    if len(relationships) != expected_rels:
        raise DataError(f"{len(relationships)} PART_OF relationships, expected {expected_rels}")


def main(argv):
    if len(argv) > 2 or (len(argv) == 2 and argv[1] in ("-h", "--help")):
        print(__doc__.strip(), file=sys.stderr)
        return 64
    output = argv[1] if len(argv) == 2 else DEFAULT_OUTPUT
    try:
        nodes, relationships = build()
        verify(nodes, relationships)
    except DataError as error:
        print(f"make_registry.py: {error}", file=sys.stderr)
        return 1
    temporary = output + ".tmp"
    with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
        for record in nodes:
            handle.write(dumps(record) + "\n")
        for record in relationships:
            handle.write(dumps(record) + "\n")
    os.replace(temporary, output)
    by_kind = {}
    for record in nodes:
        by_kind[record["labels"][1]] = by_kind.get(record["labels"][1], 0) + 1
    summary = ", ".join(f"{count} {label}" for label, count in by_kind.items())
    print(f"wrote {output}: {summary}; {len(relationships)} PART_OF", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
