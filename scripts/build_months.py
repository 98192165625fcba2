"""Write rawi/lexicons/months.tsv: every Arabic month naming rawi reads.

Gregorian month names come from the Unicode CLDR tables shipped with babel, for
every Arabic locale (Egyptian/Gulf يناير..., Levantine/Iraqi كانون الثاني...,
Moroccan شتنبر..., Algerian/Tunisian جانفي...). Spellings CLDR lacks but
outlets print, and the Hijri months, are listed below with where they are used.
Run: python scripts/build_months.py
"""

from __future__ import annotations

from pathlib import Path

import babel.localedata
from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "rawi" / "lexicons" / "months.tsv"

# Spellings seen in print that CLDR does not list: (name, month, region, note).
EXTRA_GREGORIAN = [
    ("إبريل", 4, "EG", "common Egyptian spelling"),
    ("ابريل", 4, "all", "hamza-less spelling"),
    ("اغسطس", 8, "all", "hamza-less spelling"),
    ("أغسطس", 8, "all", ""),
    ("أوغست", 8, "all", "transliteration"),
    ("يونيه", 6, "EG", "Egyptian spelling"),
    ("يوليه", 7, "EG", "Egyptian spelling"),
    ("نونبر", 11, "MA", ""),
    ("جويليه", 7, "DZ", "Algerian variant"),
    ("ماي", 5, "MA", ""),
    ("شتنبر", 9, "MA", ""),
    ("سبتمبر", 9, "all", ""),
    ("ديسمبر", 12, "all", ""),
    ("كانون ثاني", 1, "LB", "without article"),
    ("كانون أول", 12, "LB", "without article"),
    ("تشرين أول", 10, "LB", "without article"),
    ("تشرين ثاني", 11, "LB", "without article"),
]

HIJRI = [
    ("محرم", 1),
    ("المحرم", 1),
    ("صفر", 2),
    ("ربيع الأول", 3),
    ("ربيع الاول", 3),
    ("ربيع الآخر", 4),
    ("ربيع الثاني", 4),
    ("جمادى الأولى", 5),
    ("جمادى الاولى", 5),
    ("جمادى الأول", 5),
    ("جمادى الآخرة", 6),
    ("جمادى الثانية", 6),
    ("جمادى الاخرة", 6),
    ("رجب", 7),
    ("شعبان", 8),
    ("رمضان", 9),
    ("شوال", 10),
    ("ذو القعدة", 11),
    ("ذي القعدة", 11),
    ("ذو الحجة", 12),
    ("ذي الحجة", 12),
]


def main() -> None:
    rows: dict[tuple[str, str], set[str]] = {}
    for ident in babel.localedata.locale_identifiers():
        if not (ident == "ar" or ident.startswith("ar_") or ident.startswith("ary")):
            continue
        loc = Locale.parse(ident)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for month, name in loc.months[context][width].items():
                    if name.isdigit() or name.startswith("M"):
                        continue
                    region = ident.split("_")[1] if "_" in ident else ident
                    rows.setdefault((name, str(month)), set()).add(region)
    lines = [
        "# Month names rawi reads in dates. calendar: gregorian | hijri.",
        "# Gregorian rows with source=cldr come from Unicode CLDR via babel (Unicode licence),",
        "# regions = the CLDR locales using the name; source=curated rows are spellings seen in",
        "# print that CLDR lacks. Hijri rows are the standard month names. Built by",
        "# scripts/build_months.py; edit that script or add rows by hand (source=user).",
        "name\tmonth\tcalendar\tregions\tsource\tnote",
    ]
    for (name, month), regions in sorted(rows.items(), key=lambda r: (int(r[0][1]), r[0][0])):
        lines.append(f"{name}\t{month}\tgregorian\t{','.join(sorted(regions))}\tcldr\t")
    known = {name for name, _ in rows}
    for name, month, region, note in EXTRA_GREGORIAN:
        if name not in known:
            lines.append(f"{name}\t{month}\tgregorian\t{region}\tcurated\t{note}")
            known.add(name)
    for name, month in HIJRI:
        lines.append(f"{name}\t{month}\thijri\tall\tcurated\t")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 6} month names to {OUT}")


if __name__ == "__main__":
    main()
