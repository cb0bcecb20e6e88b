#!/usr/bin/env python3
"""Embed the map viewer's JavaScript and CSS into the sinergi program.

One job: write ``Sources/SinergiFormats/HTML/MapViewerAssets.swift``, holding ``map.js`` and
``map.css`` of this folder, byte for byte, as Swift raw string literals, so that
``sinergi export --format html`` writes one self-contained file and needs no files beside the
program. The .js and .css files stay the source; ``MapViewerAssetsTests`` fails when the
Swift file differs from them.

Usage (from the repository root):

    python3 Sources/SinergiFormats/HTML/Viewer/make_swift.py

Standard library only; deterministic.
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "MapViewerAssets.swift")


def literal(name, doc, path):
    with open(os.path.join(HERE, path), encoding="utf-8", newline="") as f:
        text = f.read()
    if '"##' in text or "\r" in text:
        raise SystemExit(f"{path}: holds '\"##' or a carriage return; the Swift literal needs another delimiter")
    if text.endswith("\n"):
        text = text[:-1]
    return f"    /// {doc}\n    static let {name}: String = ##\"\"\"\n{text}\n\"\"\"##\n"


def main():
    body = (
        "// swift-format-ignore-file\n"
        "// map.js and map.css of Sources/SinergiFormats/HTML/Viewer, byte for byte (written by\n"
        "// Sources/SinergiFormats/HTML/Viewer/make_swift.py; do not edit here, edit those files).\n\n"
        "/// The map viewer's script and style sheet, inlined into every HTML map.\n"
        "enum MapViewerAssets {\n"
        + literal("script", "The text of `Viewer/map.js`.", "map.js")
        + "\n"
        + literal("style", "The text of `Viewer/map.css`.", "map.css")
        + "}\n"
    )
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(body)


if __name__ == "__main__":
    main()
