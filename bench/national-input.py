#!/usr/bin/env python3
"""Writes a national input folder (contract section 1) for the national-scale benchmark (issue 9, item 7).

63 provinces (their real names), each with 19-20 departments, 8-14 districts and 120-200 communes (tiers
`department`, `district`, `commune`; about 20 / 11 / 160), scored 2018-2024 on PAR with an item tree of 8 domains
and 25 criteria per province, tier and year; the national table of provinces (`Việt Nam`, tier `province`, PAR
TOTAL and RANK of all 63, tables.csv 63 members); targets and a few plan files. About 2.3 million score rows.

Standard library only; deterministic: the same --seed gives the same bytes, and `--provinces N` writes the first
N provinces exactly as the full run writes them (the national table then holds only their rows: a partial table).
Every row is valid (no quarantine) unless --with-broken-file is given, which adds one score file,
scores/zz-broken/broken.csv, with an unknown unit, an unknown item code and a score above its maximum:
the run then quarantines that file (and only that file) and exits 3.

What the data exercises:
- methodology: 2018-2021 and 2022-2024 trees; in 2022 criteria 3.2 and 3.3 swap (`prev_code`), the maximum of
  domain 2 falls 9 -> 8 (criteria 2.1 4.5 -> 3.5) and that of domain 7 rises 15 -> 16 (7.4 3.5 -> 4.5); domain 8
  (survey, 4 criteria) is of kind `survey`; maxima add up (domains 100).
- units: in every ninth province (3rd, 12th, ...) two communes merge on 1/1/2021 into a new commune that reuses the
  first one's name (`successor_id`, valid_to 2020); in every twentieth province (5th, 25th, 45th) two districts
  merge in 2023 the same way.
- score files: one per province and year, scores/<province>/<year>.csv, all three tiers, every criterion (the
  domains are derived) plus a published TOTAL (reconciles exactly: maxima add up to 100) and RANK (the computed
  one); every seventh province writes `;` files with decimal commas; every third province has `provenance`
  (`synthetic`) and `source` columns; every fourth a `self_score` column; in every tenth province (2nd, 12th, ...)
  the commune rows name the unit (NFC name) instead of its id. National: scores/national/<year>.csv.
- targets.csv: four per province (a department and a commune; 2024 and 2025); plans/: one plan file for the
  Sở TT&TT of the first five provinces (2024).

Usage: bench/national-input.py OUT_DIR [--provinces N | --pick 2,3,5,7] [--seed S] [--with-broken-file]
(--pick 2,3,5,7 is a small variant with every feature above: names, both mergers, `;`, provenance, self_score.)
Prints the counts (units, methodology rows, score files, score rows) at the end.
"""
import argparse
import csv
import pathlib
import random
import shutil
import sys
import unicodedata

PROVINCES = [
    "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang",
    "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận",
    "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang",
    "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
    "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận",
    "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng",
    "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh",
    "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
]
CITIES = 5  # the first five are centrally governed cities ("thành phố"), the others provinces ("tỉnh")
YEARS = list(range(2018, 2025))

DEPARTMENTS = [  # suffix, name, short name, unit_type
    ("SNV", "Sở Nội vụ", "SNV", "NOIVU"), ("STP", "Sở Tư pháp", "STP", "TUPHAP"),
    ("STC", "Sở Tài chính", "STC", "TAICHINH"), ("SKHDT", "Sở Kế hoạch và Đầu tư", "SKHĐT", "KHDT"),
    ("SCT", "Sở Công Thương", "SCT", "CONGTHUONG"),
    ("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "SNNPTNT", "NNPTNT"),
    ("SGTVT", "Sở Giao thông vận tải", "SGTVT", "GTVT"), ("SXD", "Sở Xây dựng", "SXD", "XAYDUNG"),
    ("STNMT", "Sở Tài nguyên và Môi trường", "STNMT", "TNMT"),
    ("STTTT", "Sở Thông tin và Truyền thông", "STTTT", "TTTT"),
    ("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "SLĐTBXH", "LDTBXH"),
    ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", "VHTTDL"),
    ("SKHCN", "Sở Khoa học và Công nghệ", "SKHCN", "KHCN"), ("SGDDT", "Sở Giáo dục và Đào tạo", "SGDĐT", "GDDT"),
    ("SYT", "Sở Y tế", "SYT", "YTE"), ("SNGV", "Sở Ngoại vụ", "SNGV", "NGOAIVU"),
    ("TTRA", "Thanh tra tỉnh", "TTr", "THANHTRA"), ("VPUBND", "Văn phòng UBND tỉnh", "VP UBND", "VPUBND"),
    ("BDT", "Ban Dân tộc", "BDT", "DANTOC"), ("BQLKKT", "Ban Quản lý Khu kinh tế", "BQL KKT", "BQLKKT"),
]

# Domains: code, name until 2021, name from 2022, kind, criteria maxima until 2021, criteria maxima from 2022.
DOMAINS = [
    ("1", "Công tác chỉ đạo, điều hành CCHC", "Công tác chỉ đạo, điều hành CCHC", "assessed",
     ["3.5", "3", "3.5"], ["3.5", "3", "3.5"]),
    ("2", "Xây dựng và tổ chức thực hiện văn bản QPPL", "Cải cách thể chế", "assessed",
     ["4.5", "4.5"], ["3.5", "4.5"]),
    ("3", "Cải cách thủ tục hành chính", "Cải cách thủ tục hành chính", "assessed",
     ["4", "4", "3.5", "3.5"], ["4", "3.5", "4", "3.5"]),  # 2022: 3.2 and 3.3 swap places (prev_code)
    ("4", "Cải cách tổ chức bộ máy", "Cải cách tổ chức bộ máy hành chính", "assessed",
     ["3", "3", "3"], ["3", "3", "3"]),
    ("5", "Xây dựng và nâng cao chất lượng đội ngũ CBCCVC", "Cải cách chế độ công vụ", "assessed",
     ["4.5", "4.5", "4"], ["4.5", "4.5", "4"]),
    ("6", "Cải cách tài chính công", "Cải cách tài chính công", "assessed",
     ["4.5", "4.5"], ["4.5", "4.5"]),
    ("7", "Hiện đại hóa hành chính", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "assessed",
     ["4", "4", "3.5", "3.5"], ["4", "4", "3.5", "4.5"]),
    ("8", "Điều tra xã hội học", "Khảo sát sự hài lòng của người dân, tổ chức", "survey",
     ["5", "5", "5", "5"], ["5", "5", "5", "5"]),
]
CRITERION_NAMES = ["Kế hoạch và triển khai", "Kiểm tra, theo dõi, đánh giá", "Tuyên truyền, sáng kiến",
                   "Kết quả thực hiện"]
RENAMED_2022 = {"3.2": "3.3", "3.3": "3.2"}  # the 2022 code -> its 2021 code

SYLLABLES = ("An Bình Châu Đông Hòa Hưng Khánh Lâm Long Minh Nam Ngọc Phong Phú Phước Quang Sơn Tân Thạnh Thanh "
             "Thuận Tiến Trung Tường Vinh Xuân Yên Hải Hiệp Lợi Mỹ Nghĩa Đức Thành Hồng Kim Lạc Cẩm Bảo Gia").split()
SOURCE = "bench/national-input.py (số liệu tổng hợp cho đo hiệu năng)"


def slug(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_text.lower()).split())


def halves(text):
    """'3.5' -> 7 (maxima are kept in half-points, scores in hundredths: exact sums, no float drift)."""
    return int(round(float(text) * 2))


def tree(year):
    """[(code, parent, name, max_halves, kind, prev_code)] for the year: 8 domains, 25 criteria."""
    items = []
    new = year >= 2022
    for code, old_name, new_name, kind, old_maxima, new_maxima in DOMAINS:
        maxima = new_maxima if new else old_maxima
        items.append((code, "", new_name if new else old_name, sum(halves(m) for m in maxima), kind, ""))
        for k, maximum in enumerate(maxima, start=1):
            child = f"{code}.{k}"
            prev = RENAMED_2022.get(child, "") if year == 2022 else ""
            name_code = RENAMED_2022.get(child, child) if new else child  # the item keeps its name when renumbered
            name = f"{CRITERION_NAMES[(int(name_code.split('.')[1]) - 1) % 4]} ({name_code})"
            items.append((child, code, name, halves(maximum), kind, prev))
    total = sum(m for c, p, _, m, _, _ in items if not p)
    assert total == 200, (year, total)
    for c, _, _, m, _, _ in items:
        if "." not in c:
            assert m == sum(mm for cc, pp, _, mm, _, _ in items if pp == c), (year, c)
    return items


TREES = {year: tree(year) for year in YEARS}
LEAVES = {year: [(c, m) for c, p, _, m, _, _ in TREES[year] if p] for year in YEARS}


def fmt_halves(h):
    return str(h // 2) if h % 2 == 0 else f"{h // 2}.5"


def fmt_cents(c, comma=False):
    text = f"{c // 100}.{c % 100:02d}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if comma else text


class Province:
    def __init__(self, number, name, seed):
        self.number, self.name = number, name
        self.code = f"P{number:02d}"
        self.slug = slug(name)
        self.rng = random.Random(f"{seed}-province-{number}")
        self.semicolon = number % 7 == 0
        self.provenance = number % 3 == 0
        self.self_score = number % 4 == 1
        self.names_for_communes = number % 10 == 2
        self.units = []  # dicts in units.csv order
        self._keys = set()
        self._make_units()

    def _place(self):
        while True:
            words = self.rng.sample(SYLLABLES, 2)
            place = " ".join(words)
            if place.lower() not in self._keys:
                self._keys.add(place.lower())
                return place

    def _unit(self, unit_id, tier, name, short, unit_type, aliases="", valid_to="", successor="", valid_from=2018):
        unit = dict(unit_id=unit_id, province=self.name, tier=tier, name=name, short_name=short,
                    unit_type=unit_type, aliases=aliases, valid_from=str(valid_from), valid_to=str(valid_to),
                    successor_id=successor)
        self.units.append(unit)
        return unit

    def _make_units(self):
        kind = "thành phố" if self.number <= CITIES else "tỉnh"
        departments = DEPARTMENTS if self.number % 4 else DEPARTMENTS[:-1]  # every fourth has no BQL KKT: 19
        for suffix, name, short, unit_type in departments:
            self._unit(f"{self.code}-{suffix}", "department", name, short, unit_type,
                       f"{name} {kind} {self.name}")
        districts = self.rng.randint(8, 14)
        merged_districts = self.number % 20 == 5
        for d in range(1, districts + 1):
            place = self._place()
            label = "Thành phố" if d == 1 else "Huyện"
            if merged_districts and d in (2, 3):
                successor = f"{self.code}-H-M1"
                self._unit(f"{self.code}-H-{d:02d}", "district", f"UBND {label.lower()} {place}", "",
                           "UBND_HUYEN", f"{label} {place}", 2022, successor)
                if d == 2:
                    first_place, first_label = place, label
            else:
                self._unit(f"{self.code}-H-{d:02d}", "district", f"UBND {label.lower()} {place}", "",
                           "UBND_HUYEN", f"{label} {place}")
        if merged_districts:  # the merged district keeps the first one's name (a name reused after a merger)
            self._unit(f"{self.code}-H-M1", "district", f"UBND {first_label.lower()} {first_place}", "",
                       "UBND_HUYEN", f"{first_label} {first_place}", valid_from=2023)
        communes = self.rng.randint(120, 200)
        merged_communes = self.number % 9 == 3
        for c in range(1, communes + 1):
            place = self._place()
            label = "Phường" if c % 6 == 0 else "Xã"
            if merged_communes and c in (1, 2):
                self._unit(f"{self.code}-X-{c:03d}", "commune", f"UBND {label.lower()} {place}", "",
                           "UBND_XA", f"{label} {place}", 2020, f"{self.code}-X-M1")
                if c == 1:
                    first_commune = (label, place)
            else:
                self._unit(f"{self.code}-X-{c:03d}", "commune", f"UBND {label.lower()} {place}", "",
                           "UBND_XA", f"{label} {place}")
        if merged_communes:
            label, place = first_commune
            self._unit(f"{self.code}-X-M1", "commune", f"UBND {label.lower()} {place}", "", "UBND_XA",
                       f"{label} {place}", valid_from=2021)

    def valid(self, unit, year):
        return int(unit["valid_from"]) <= year and (not unit["valid_to"] or year <= int(unit["valid_to"]))


def write_csv(path, header, rows, delimiter=","):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=delimiter, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--provinces", type=int, default=63)
    parser.add_argument("--pick", default="", help="comma-separated province numbers (1-63) instead of the first N")
    parser.add_argument("--seed", default="2026")
    parser.add_argument("--with-broken-file", action="store_true")
    args = parser.parse_args()
    if not 1 <= args.provinces <= 63:
        sys.exit("--provinces must be 1..63")
    out = args.out
    if out.exists():
        shutil.rmtree(out)
    (out / "reference").mkdir(parents=True)

    provinces = [Province(i + 1, name, args.seed) for i, name in enumerate(PROVINCES)]
    national_rng = random.Random(f"{args.seed}-national")
    chosen = provinces[:args.provinces]
    if args.pick:
        chosen = [provinces[int(n) - 1] for n in sorted({int(n) for n in args.pick.split(",")})]

    # units.csv: the provinces' units, then the national table of provinces
    unit_header = ["unit_id", "province", "tier", "name", "short_name", "unit_type", "aliases", "valid_from",
                   "valid_to", "successor_id"]
    unit_rows = [[u[h] for h in unit_header] for p in chosen for u in p.units]
    for p in chosen:
        kind = "thành phố" if p.number <= CITIES else "tỉnh"
        unit_rows.append([f"VN-{p.code}", "Việt Nam", "province", p.name, "", "UBND_TINH", f"{kind} {p.name}",
                          "2018", "", ""])
    write_csv(out / "reference/units.csv", unit_header, unit_rows)

    # methodology.csv: one tree per province, tier and year
    method_header = ["province", "tier", "year", "index", "code", "parent_code", "name", "max_points", "kind",
                     "prev_code"]
    method_rows = []
    for p in chosen:
        for tier in ("department", "district", "commune"):
            for year in YEARS:
                for code, parent, name, maximum, kind, prev in TREES[year]:
                    method_rows.append([p.name, tier, year, "PAR", code, parent, name, fmt_halves(maximum), kind,
                                        prev])
    write_csv(out / "reference/methodology.csv", method_header, method_rows)

    write_csv(out / "reference/tables.csv", ["province", "tier", "index", "year_from", "year_to", "members"],
              [["Việt Nam", "province", "PAR", "2018", "2024", "63"]])

    # scores: one file per province and year
    score_rows = 0
    files = 0
    for p in provinces:  # every province draws its numbers, so --provinces N is a prefix of the full input
        quality = {u["unit_id"]: p.rng.uniform(0.62, 0.95) for u in p.units}
        province_mean = {}
        for year in YEARS:
            rows, totals = [], {}
            for u in p.units:
                if not p.valid(u, year):
                    continue
                q = min(0.99, quality[u["unit_id"]] + 0.012 * (year - 2018) + p.rng.gauss(0, 0.03))
                unit_ref = u["name"] if (p.names_for_communes and u["tier"] == "commune") else u["unit_id"]
                cents = 0
                for code, maximum in LEAVES[year]:
                    max_cents = maximum * 50
                    attainment = min(1.0, max(0.25, q + p.rng.gauss(0, 0.09)))
                    score = max_cents if attainment >= 0.985 else int(round(attainment * max_cents))
                    cents += score
                    rows.append((u, unit_ref, code, score, max_cents))
                totals[u["unit_id"]] = (u, unit_ref, cents)  # max_total is 100: TOTAL = the sum
            # ranks per tier, ties at 2 decimals share the best rank
            ranks = {}
            for tier in ("department", "district", "commune"):
                values = sorted((c for u, _, c in totals.values() if u["tier"] == tier), reverse=True)
                first = {}
                for position, value in enumerate(values, start=1):
                    first.setdefault(value, position)
                for uid, (u, _, c) in totals.items():
                    if u["tier"] == tier:
                        ranks[uid] = first[c]
            province_mean[year] = sum(c for u, _, c in totals.values() if u["tier"] == "department") / max(
                1, sum(1 for u, _, _ in totals.values() if u["tier"] == "department"))
            if p not in chosen:
                continue
            header = ["province", "year", "unit", "index", "code", "score"]
            if p.self_score:
                header.append("self_score")
            if p.provenance:
                header += ["provenance", "source"]
            comma = p.semicolon
            out_rows = []

            def row(unit_ref, code, value, self_value=""):
                r = [p.name, year, unit_ref, "PAR", code, value]
                if p.self_score:
                    r.append(self_value)
                if p.provenance:
                    r += ["synthetic", SOURCE]
                out_rows.append(r)

            for u, unit_ref, code, score, max_cents in rows:
                self_value = ""
                if p.self_score:
                    self_value = fmt_cents(min(max_cents, score + p.rng.choice((0, 0, 25, 50, 100))), comma)
                row(unit_ref, code, fmt_cents(score, comma), self_value)
            for uid, (u, unit_ref, cents) in totals.items():
                row(unit_ref, "TOTAL", fmt_cents(cents, comma))
                row(unit_ref, "RANK", str(ranks[uid]))
            write_csv(out / "scores" / p.slug / f"{year}.csv", header, out_rows, ";" if comma else ",")
            score_rows += len(out_rows)
            files += 1
        p.province_mean = province_mean

    # the national table: TOTAL and RANK of every province (ranked among all 63; only the chosen ones written)
    for year in YEARS:
        values = {p.code: int(round(p.province_mean[year] * 0.9 + national_rng.uniform(500, 1500))) for p in
                  provinces}
        ordered = sorted(values.values(), reverse=True)
        first = {}
        for position, value in enumerate(ordered, start=1):
            first.setdefault(value, position)
        rows = []
        for p in chosen:
            rows.append(["Việt Nam", year, f"VN-{p.code}", "PAR", "TOTAL", fmt_cents(values[p.code]), "synthetic",
                         SOURCE])
            rows.append(["Việt Nam", year, p.name, "PAR", "RANK", str(first[values[p.code]]), "synthetic", SOURCE])
        write_csv(out / "scores/national" / f"{year}.csv",
                  ["province", "year", "unit", "index", "code", "score", "provenance", "source"], rows)
        score_rows += len(rows)
        files += 1

    # targets: a department and a commune per province, for 2024 (results known) and 2025 (the plan ahead)
    targets = []
    for p in chosen:
        dept, commune = f"{p.code}-STTTT", f"{p.code}-X-010"
        targets += [
            [p.name, dept, 2024, "PAR", "TOTAL", "rank_at_most", "5", "Kế hoạch CCHC 2024: top 5 sở, ngành"],
            [p.name, dept, 2024, "PAR", "7", "score_at_least", "13", "Kế hoạch CCHC 2024: chính quyền số"],
            [p.name, dept, 2025, "PAR", "TOTAL", "rank_improve", "", "Kế hoạch CCHC 2025: tăng hạng"],
            [p.name, commune, 2025, "PAR", "TOTAL", "increase_points", "1", "Kế hoạch CCHC 2025 của xã"],
        ]
    write_csv(out / "reference/targets.csv",
              ["province", "unit_id", "year", "index", "code", "kind", "value", "source"], targets)

    # plans: the Sở TT&TT of the first five provinces, 2024
    deadlines = ["Thường xuyên", "Quý II/2024", "30/6/2024", "Tháng 9/2024", "Năm 2024", "Trước ngày 15 hàng tháng",
                 "9/3; 9/6; 9/9; 9/12/2024", "2 lần/năm"]
    codes = ["1", "1.2", "3", "3.2", "5.1", "7", "7.4", ""]
    plan_files = 0
    for p in chosen[:5]:
        tasks = []
        for k, (deadline, code) in enumerate(zip(deadlines, codes)):
            done = "2024-06-20" if k == 2 else ""
            tasks.append([p.name, f"{p.code}-STTTT", 2024, "PAR", code, f"Nhiệm vụ {k + 1} của kế hoạch CCHC",
                          "Báo cáo kết quả", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", deadline, done])
        write_csv(out / "plans" / p.slug / f"{p.code}-STTTT-2024.csv",
                  ["province", "unit", "plan_year", "index", "code", "task", "output", "lead", "partners",
                   "deadline", "done_on"], tasks)
        plan_files += 1

    if args.with_broken_file:
        p = chosen[0]
        write_csv(out / "scores/zz-broken/broken.csv", ["province", "year", "unit", "index", "code", "score"], [
            [p.name, 2024, "Sở Không Tồn Tại", "PAR", "1.1", "1"],
            [p.name, 2024, f"{p.code}-SNV", "PAR", "9.9", "1"],
            [p.name, 2023, f"{p.code}-SNV", "PAR", "SELF", "1"],
            [p.name, 2024, f"{p.code}-STP", "PAR", "1.1", "99"],
        ])
        files += 1
        score_rows += 4

    units = len(unit_rows)
    unit_years = sum(1 for p in chosen for u in p.units for y in YEARS if p.valid(u, y))
    print(f"national input in {out}: {len(chosen)} provinces, {units} units ({unit_years} unit-years), "
          f"{len(method_rows)} methodology rows, {len(targets)} targets, {plan_files} plan files, "
          f"{files} score files, {score_rows} score rows"
          + (" (one deliberately broken file: scores/zz-broken/broken.csv)" if args.with_broken_file else ""))


if __name__ == "__main__":
    main()
