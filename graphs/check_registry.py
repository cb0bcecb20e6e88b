#!/usr/bin/env python3
"""Check a snapshot registry file in graphs/ and print its counts.

One job: validate the JSON-lines files written by regions-id/make_registry.py
and tpbis/make_tpbis.py against docs/registry-format.md and the TPBIS schema
summary in graphs/README.md, independently of the scripts that wrote them.

Usage (from the repository root):

    python3 graphs/check_registry.py graphs/regions.jsonl
    python3 graphs/check_registry.py --regions graphs/regions.jsonl graphs/tpbis.jsonl

Checks, per file:
- every line is one JSON object written compactly (separators "," and ":",
  non-ASCII kept as UTF-8), key order type,id,labels,properties for nodes and
  type,id,label,properties,start,end for relationships, start/end = {id,labels};
- snapshot only: all nodes, then all relationships;
- node keys unique, relationship keys unique, every endpoint a node defined
  earlier, start/end labels equal to that node's labels;
- property values are encodable registry values (no null, dates valid);
- schema: Region, Stakeholder and Event nodes have `name`, Events a `date`;
  labels and relationship types come from the TPBIS vocabulary;
- provenance: every record that is not a region record (Region node, PART_OF
  between Regions) carries a `source` naming a seed article or
  `synthetic: true`, never both;
- with --regions FILE: every region record is identical to the one in FILE.
Exit status 0 when all is well, 1 with FILE:LINE messages otherwise.
"""

import datetime
import json
import re
import sys
from collections import Counter

NODE_KEYS = ["type", "id", "labels", "properties"]
REL_KEYS = ["type", "id", "label", "properties", "start", "end"]
END_KEYS = ["id", "labels"]
SEED = re.compile(r"^[0-9]{3}_[0-9a-f]{16}\.txt$")

STAKEHOLDER_KINDS = {
    "Perpusnas", "Bappenas", "Kemendes", "ProvincialLibraryOffice", "RegencyLibraryOffice", "Bappeda",
    "DPMPD", "VillageLibrary", "VillageGovernment", "SynergyTeam", "Facilitator", "MasterTrainer",
    "Partner", "Patron", "Person",
}
REGION_KINDS = {"Province", "Regency", "District", "Village"}
EVENT_KINDS = {"Bimtek", "PLM", "SHM"}
REL_TYPES = {
    "LOCATED_IN", "PART_OF", "PARTNERS_WITH", "COORDINATES", "MENTORS", "FUNDS", "REPLICATED_FROM",
    "ATTENDED", "MEMBER_OF",
}


def value_problem(value):
    """None if `value` is a storable registry value, else what is wrong."""
    if value is None:
        return "null is not stored"
    if isinstance(value, (bool, int, float, str)):
        return None
    if isinstance(value, list):
        for item in value:
            problem = value_problem(item)
            if problem:
                return problem
        return None
    if isinstance(value, dict):
        if any(key.startswith("$") for key in value):
            if list(value) == ["$date"]:
                try:
                    datetime.date.fromisoformat(value["$date"])
                except (TypeError, ValueError):
                    return f"bad date {value['$date']!r}"
                return None
            if list(value) == ["$map"] and isinstance(value["$map"], dict):
                return value_problem(list(value["$map"].values()))
            if list(value) == ["$double"] and value["$double"] in ("NaN", "Infinity", "-Infinity"):
                return None
            return f"unknown wrapped value {value!r}"
        return value_problem(list(value.values()))
    return f"unsupported value {value!r}"


def check(path, regions=None):
    errors = []
    labels_of = {}
    rel_keys = set()
    node_labels = Counter()
    rel_types = Counter()
    provenance = Counter()
    seen_relationship = False
    region_records_seen = 0

    def fail(number, message):
        errors.append(f"{path}:{number}: {message}")

    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            text = line.rstrip("\n")
            try:
                record = json.loads(text)
            except ValueError as error:
                fail(number, f"not JSON: {error}")
                continue
            if not isinstance(record, dict):
                fail(number, "not a JSON object")
                continue
            if json.dumps(record, ensure_ascii=False, separators=(",", ":")) != text:
                fail(number, "not written compactly (separators / escapes / spacing)")
            props = record.get("properties")
            kind = record.get("type")
            if kind == "node":
                if list(record) != NODE_KEYS:
                    fail(number, f"node keys {list(record)}, expected {NODE_KEYS}")
                    continue
                if seen_relationship:
                    fail(number, "node after a relationship")
                key, labels = record["id"], record["labels"]
                if not isinstance(key, str) or not key:
                    fail(number, "empty node key")
                    continue
                if key in labels_of:
                    fail(number, f"duplicate node key {key}")
                if not isinstance(labels, list) or not labels or not all(isinstance(x, str) and x for x in labels):
                    fail(number, f"{key}: bad labels {labels!r}")
                    continue
                labels_of[key] = labels
                for label in labels:
                    node_labels[label] += 1
                is_region = labels[0] == "Region"
                if is_region:
                    if len(labels) != 2 or labels[1] not in REGION_KINDS:
                        fail(number, f"{key}: region labels {labels}")
                elif labels[0] == "Stakeholder":
                    if len(labels) != 2 or labels[1] not in STAKEHOLDER_KINDS:
                        fail(number, f"{key}: stakeholder labels {labels}")
                elif labels[0] == "Event":
                    if len(labels) != 2 or labels[1] not in EVENT_KINDS:
                        fail(number, f"{key}: event labels {labels}")
                    if not isinstance(props, dict) or not (isinstance(props.get("date"), dict) and "$date" in props["date"]):
                        fail(number, f"{key}: Event without a date")
                else:
                    fail(number, f"{key}: unknown first label {labels[0]}")
                if not isinstance(props, dict) or not isinstance(props.get("name"), str) or not props["name"]:
                    fail(number, f"{key}: no name")
                    continue
                if regions is not None and is_region:
                    region_records_seen += 1
                    if regions.get(("node", key)) != text:
                        fail(number, f"{key}: differs from the region registry")
            elif kind == "relationship":
                seen_relationship = True
                if list(record) != REL_KEYS:
                    fail(number, f"relationship keys {list(record)}, expected {REL_KEYS}")
                    continue
                key, rel_type = record["id"], record["label"]
                if not isinstance(key, str) or not key:
                    fail(number, "empty relationship key")
                    continue
                if key in rel_keys:
                    fail(number, f"duplicate relationship key {key}")
                rel_keys.add(key)
                if rel_type not in REL_TYPES:
                    fail(number, f"{key}: unknown type {rel_type}")
                rel_types[rel_type] += 1
                ends_ok = True
                for end in ("start", "end"):
                    point = record[end]
                    if not isinstance(point, dict) or list(point) != END_KEYS:
                        fail(number, f"{key}: {end} must be {{id, labels}}")
                        ends_ok = False
                    elif point["id"] not in labels_of:
                        fail(number, f"{key}: {end} {point['id']} not defined earlier")
                        ends_ok = False
                    elif point["labels"] != labels_of[point["id"]]:
                        fail(number, f"{key}: {end} labels differ from the node's")
                if not isinstance(props, dict):
                    fail(number, f"{key}: properties must be an object")
                    continue
                is_region = (
                    ends_ok
                    and rel_type == "PART_OF"
                    and labels_of[record["start"]["id"]][0] == "Region"
                    and labels_of[record["end"]["id"]][0] == "Region"
                )
                if regions is not None and is_region:
                    region_records_seen += 1
                    if regions.get(("relationship", key)) != text:
                        fail(number, f"{key}: differs from the region registry")
            else:
                fail(number, f"unknown record type {kind!r} (a snapshot holds nodes and relationships only)")
                continue
            for name, value in props.items():
                problem = value_problem(value)
                if problem:
                    fail(number, f"{record['id']}.{name}: {problem}")
            if is_region:
                provenance["region"] += 1
                if "source" in props or "synthetic" in props:
                    fail(number, f"{record['id']}: region record with source/synthetic")
            else:
                has_source = "source" in props
                synthetic = props.get("synthetic") is True
                if has_source == synthetic:
                    fail(number, f"{record['id']}: needs exactly one of source / synthetic:true")
                elif has_source:
                    provenance["source"] += 1
                    sources = [props["source"]] + list(props.get("seeAlso", []))
                    for seed in sources:
                        if not isinstance(seed, str) or not SEED.match(seed):
                            fail(number, f"{record['id']}: {seed!r} is not a seed file name")
                else:
                    provenance["synthetic"] += 1
                if "synthetic" in props and props["synthetic"] is not True:
                    fail(number, f"{record['id']}: synthetic must be true when present")

    if regions is not None:
        node_regions = sum(1 for (kind, _key) in regions if kind == "node")
        print(f"  region records checked against the region registry: {region_records_seen} "
              f"(of {len(regions)} there, {node_regions} nodes)")
    print(f"{path}: {len(labels_of)} nodes, {len(rel_keys)} relationships")
    for label, count in sorted(node_labels.items()):
        print(f"  label {label}: {count}")
    for rel_type, count in sorted(rel_types.items()):
        print(f"  type {rel_type}: {count}")
    for kind, count in sorted(provenance.items()):
        print(f"  provenance {kind}: {count}")
    return errors


def load_region_lines(path):
    lines = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            text = line.rstrip("\n")
            record = json.loads(text)
            lines[(record["type"], record["id"])] = text
    return lines


def main(argv):
    args = argv[1:]
    regions = None
    if len(args) >= 2 and args[0] == "--regions":
        regions = load_region_lines(args[1])
        args = args[2:]
    if not args:
        print(__doc__.strip(), file=sys.stderr)
        return 64
    errors = []
    for path in args:
        errors += check(path, regions)
    for error in errors[:50]:
        print(error, file=sys.stderr)
    if errors:
        print(f"{len(errors)} problem(s)", file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
