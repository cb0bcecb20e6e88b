#!/usr/bin/env python3
"""Bundle the region CSVs in this folder into the sinergi program.

One job: write ``Sources/SinergiRegionData/BundledRegions+<Level>.swift``, each holding
one CSV file of this folder, byte for byte, as a Swift raw string literal, so that
``sinergi init`` (and the generator) need no data files beside the program. The CSVs
stay the source; ``BundledRegionsTests`` fails when the Swift files differ from them.

Usage (from the repository root):

    python3 graphs/regions-id/make_swift.py

Standard library only; deterministic.
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "Sources", "SinergiRegionData")
FILES = [("provinces", "Provinces"), ("regencies", "Regencies"), ("districts", "Districts"), ("villages", "Villages")]


def main():
    for stem, level in FILES:
        with open(os.path.join(HERE, stem + ".csv"), encoding="utf-8", newline="") as f:
            text = f.read()
        if '"#' in text or "\r" in text:
            raise SystemExit(f"{stem}.csv: holds '\"#' or a carriage return; the Swift literal needs another delimiter")
        body = (
            f"// swift-format-ignore-file\n"
            f"// {stem}.csv of graphs/regions-id, byte for byte (written by graphs/regions-id/make_swift.py; do not edit).\n"
            f"// Source: the MIT-licensed areaid 1.1.2 by harigro (graphs/regions-id/ATTRIBUTION.md).\n\n"
            f"extension BundledRegions {{\n"
            f"    /// The text of `graphs/regions-id/{stem}.csv`.\n"
            f"    public static let {stem}CSV: String = #\"\"\"\n"
            f"{text}\n\"\"\"#\n"
            f"}}\n"
        )
        path = os.path.join(OUT, f"BundledRegions+{level}.swift")
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            f.write(body)
        os.replace(tmp, path)
        print(f"wrote {os.path.relpath(path, ROOT)}")


if __name__ == "__main__":
    main()
