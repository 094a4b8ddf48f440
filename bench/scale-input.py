#!/usr/bin/env python3
"""Makes an input folder with N times the bundled units: every province is copied N times under another name
("Lào Cai", "Lào Cai 2", …) with its units, methodology, scores and targets. For the memory and speed benchmarks.
Usage: bench/scale-input.py N OUT_DIR"""
import csv
import pathlib
import sys

FACTOR, OUT = int(sys.argv[1]), pathlib.Path(sys.argv[2])
DATA = pathlib.Path(__file__).resolve().parent.parent / "data"


def copies(province):
    return [(province if i == 0 else f"{province} {i + 1}", "" if i == 0 else f"-X{i + 1}") for i in range(FACTOR)]


def rewrite(source, target, row_copies):
    with open(source, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
        fields = reader.fieldnames
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        for row in rows:
            for copy in row_copies(row):
                writer.writerow(copy)


def scaled(row, id_fields, name_fields=()):
    """The row once per copy of its province; the national table (Việt Nam) is kept once."""
    if row["province"] == "Việt Nam":
        return [row]
    result = []
    for province, suffix in copies(row["province"]):
        copy = dict(row, province=province)
        for field in id_fields:
            if copy.get(field):
                copy[field] += suffix
        for field in name_fields:
            if copy.get(field) and suffix:
                copy[field] = "|".join(part + suffix for part in copy[field].split("|"))
        result.append(copy)
    return result


rewrite(DATA / "reference/units.csv", OUT / "reference/units.csv",
        lambda r: scaled(r, ["unit_id", "successor_id"], ["short_name", "aliases"]))
rewrite(DATA / "reference/methodology.csv", OUT / "reference/methodology.csv", lambda r: scaled(r, []))
rewrite(DATA / "reference/targets.csv", OUT / "reference/targets.csv", lambda r: scaled(r, ["unit_id"]))
for score_file in sorted((DATA / "scores").rglob("*.csv")):
    # score rows name units by id or by name; ids get the copy's suffix, names are unique within a province
    rewrite(score_file, OUT / "scores" / score_file.relative_to(DATA / "scores"),
            lambda r: [dict(c, unit=c["unit"] + s) if c["unit"][:4] in ("LCI-", "LSN-", "BKN-", "TQG-") else c
                       for c, s in zip(scaled(r, []), [s for _, s in copies(r["province"])]
                                       if r["province"] != "Việt Nam" else [""])])
