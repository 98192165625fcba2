"""Dates written in Arabic news: every regional month naming, Eastern digits, Hijri.

Works on the normalised view of a text and reports spans in the original.
Month names come from ``lexicons/months.tsv``; Hijri dates are converted with
hijridate. Precision is kept: "أكتوبر 2021" is a month, "2021" a year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import chain

from hijridate import Hijri

from rawi.arabic import normalize_with_map
from rawi.document import PartialDate
from rawi.lexicons import LEXICON_DIR, month_table, read_tsv


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # offsets into the original text
    end: int
    text: str
    date: PartialDate
    calendar: str  # gregorian | hijri (the date itself is always Gregorian)


_SPACE_RUN = re.compile(r"\s+")
_DAY = r"(?P<{n}>[0-3]?\d)"
_YEAR = r"(?P<{n}>(?:1[3-9]|20|21)\d\d)"


@cache
def _ordinals() -> dict[str, int]:
    """الأول، السادس، الحادي والعشرين ... (normal form) -> day of the month."""
    rows = read_tsv(LEXICON_DIR / "day_ordinals.tsv", ("ordinal", "day"))
    return {normalize_with_map(r.fields["ordinal"]).text: int(r.fields["day"]) for r in rows}


@cache
def _month_context() -> dict[str, tuple[str, str]]:
    """Words that make a year-less month name a date (normal form) -> (position, year rule)."""
    rows = read_tsv(LEXICON_DIR / "month_context.tsv", ("word", "position", "year"))
    return {normalize_with_map(r.fields["word"]).text: (r.fields["position"], r.fields["year"]) for r in rows}


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _pattern() -> re.Pattern[str]:
    names = sorted(month_table(), key=len, reverse=True)
    month = "(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + ")"
    # "أيلول/سبتمبر", "تشرين الثاني (نوفمبر)": a month given in two namings
    month_pair = rf"(?P<{{n}}>{month})(?:\s*[/(\-]\s*{month}\s*\)?)?"
    era = r"(?:\s*(?P<{n}>ه|هـ|م)(?![\w]))?"

    def year(i: int) -> str:  # an optional year after a day and month
        return rf"(?:\s*,?\s*(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?{_YEAR.format(n=f'y{i}')}{era.format(n=f'e{i}')})?"

    ordinal = "(?P<o10>" + _alternatives(list(_ordinals())) + ")"
    context = _month_context()
    after = _alternatives([w for w, (pos, _) in context.items() if pos == "after"])
    before = _alternatives([w for w, (pos, _) in context.items() if pos == "before"])
    parts = [
        # السادس من مايو (2023)
        rf"{ordinal}\s+(?:من\s+)?{month_pair.format(n='m10')}{year(10)}",
        # بين 6 و10 مارس (2023): a span of days is a month
        rf"[0-3]?\d\s*(?:و|-|–|الي|حتي)\s*[0-3]?\d\s*(?:من\s+)?{month_pair.format(n='m11')}{year(11)}",
        # 13 سبتمبر 2024 / 19 شعبان 1444هـ
        rf"{_DAY.format(n='d1')}\s*(?:من\s+)?{month_pair.format(n='m1')}\s*,?\s*(?:(?:من\s+)?(?:عام|سنه)\s+)?{_YEAR.format(n='y1')}{era.format(n='e1')}",
        # سبتمبر 13, 2024
        rf"{month_pair.format(n='m2')}\s+{_DAY.format(n='d2')}\s*,\s*{_YEAR.format(n='y2')}{era.format(n='e2')}",
        # أكتوبر 2021 / شهر أكتوبر من عام 2021
        rf"{month_pair.format(n='m3')}\s*,?\s*(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?{_YEAR.format(n='y3')}{era.format(n='e3')}",
        # 4 مايو (year-less)
        rf"{_DAY.format(n='d4')}\s*(?:من\s+)?{month_pair.format(n='m4')}",
        # 2024-09-13 / 13/09/2024 / 13-9-2024
        rf"{_YEAR.format(n='y5')}[-/.](?P<m5>[01]?\d)[-/.]{_DAY.format(n='d5')}(?:t[0-9:.+\-z]*)?",
        rf"{_DAY.format(n='d6')}[-/.](?P<m6>[01]?\d)[-/.]{_YEAR.format(n='y6')}",
        # عامي 2021 و2022: a span of years begins in the first
        rf"(?:(?<=عامي\s)|(?<=سنتي\s)){_YEAR.format(n='y14')}\s*(?:و|-|–|الي|حتي)\s*(?:1[3-9]|20|21)\d\d",
        # عام 2001 / سنة 2001 / 1444هـ
        rf"(?:(?<=عام\s)|(?<=سنه\s)|(?<=العام\s)){_YEAR.format(n='y7')}{era.format(n='e7')}",
        rf"{_YEAR.format(n='y8')}\s*(?P<e8>ه|هـ)(?!\w)",
        # العاشر من الشهر الجاري / 15 من الشهر الماضي: a day of a month the publication gives
        rf"(?:{ordinal.replace('o10', 'o14')}|{_DAY.format(n='d14')})\s+(?:من\s+)?"
        rf"(?:الشهر\s+(?P<r14>الجاري|الحالي|الماضي|المنصرم|الفائت|المقبل|القادم)|(?P<r15>هذا)\s+الشهر)",
        # يونيو الماضي / أواخر جويلية: a month of a year the context gives
        rf"{month_pair.format(n='m12')}\s+(?P<q12>{after})(?!\w)",
        rf"(?P<b13>{before})\s+{month_pair.format(n='m13')}(?:\s+(?P<q13>{after})(?!\w)|{year(13)})",
        rf"{_YEAR.format(n='y9')}",
    ]
    # After a number only another digit or a slash continues the word: "عام 2001حيث" (a
    # missing space) is still the year 2001.
    return re.compile(
        r"(?<![\w/])(?:" + "|".join(f"(?:{p})" for p in parts) + r")(?:(?<=\d)(?![0-9/])|(?<!\d)(?![\w/]))"
    )


def _any_prefix(words: set[str]) -> str:
    """A regex matching where a text begins with one of ``words``, as a tree of their
    letters (ا(?:ب|ذار|...)|ت(?:شرين|موز)|...): each place is looked at letter by letter
    rather than word by word."""
    if "" in words:
        return ""
    rests: dict[str, set[str]] = {}
    for word in words:
        rests.setdefault(word[0], set()).add(word[1:])
    branches = [re.escape(first) + _any_prefix(rest) for first, rest in sorted(rests.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


@cache
def _date_beginnings() -> re.Pattern[str]:
    """Where a date of _pattern may begin, but at the text's start: after a character that
    is no letter, digit or slash (the pattern's own lookbehind), at a digit or at the first
    word of a month name, an ordinal day or a word that places a month (مطلع، أواخر)."""
    context = _month_context()
    phrases = [*month_table(), *_ordinals(), *(w for w, (pos, _) in context.items() if pos == "before")]
    return re.compile(r"[^\w/](?=\d|" + _any_prefix({phrase.split(" ")[0] for phrase in phrases}) + ")")


MONTH_SHIFTS = {
    "الجاري": 0,
    "الحالي": 0,
    "هذا": 0,
    "الماضي": -1,
    "المنصرم": -1,
    "الفائت": -1,
    "المقبل": 1,
    "القادم": 1,
}


def _month_of(name: str) -> tuple[int, str]:
    key = _SPACE_RUN.sub(" ", name.strip())
    return month_table()[key]


def _year_of(month: int, day: int | None, rule: str, reference: PartialDate) -> int:
    """The year of a year-less date, from the publication date and the word that places it."""
    ref = (reference.month or 12, reference.day or 31)
    if rule == "current":
        return reference.year
    if rule in ("last-year", "next-year"):  # أغسطس من العام الماضي
        return reference.year + (1 if rule == "next-year" else -1)
    if rule == "past":  # "مارس الماضي" written in March is last year's
        return reference.year if month < ref[0] else reference.year - 1
    if rule == "future":
        return reference.year if month > ref[0] else reference.year + 1
    return reference.year - 1 if (month, day or 1) > ref else reference.year


def _make(year: int, month: int | None, day: int | None, calendar: str) -> PartialDate | None:
    if calendar == "hijri":
        if not 1343 <= year <= 1500:
            return None
        try:
            g = Hijri(year, month or 1, day or 1).to_gregorian()
        except (ValueError, OverflowError):
            return None
        if day is None and month is None:
            return PartialDate(g.year)
        if day is None:
            return PartialDate(g.year, g.month)
        return PartialDate(g.year, g.month, g.day)
    if not 1900 <= year <= 2100:
        return None
    if month is not None and day is not None:
        try:
            date(year, month, day)
        except ValueError:
            return None
    if month is not None and not 1 <= month <= 12:
        return None
    return PartialDate(year, month, day)


def find_dates(
    text: str, *, reference: PartialDate | None = None, bare_years: bool = False
) -> list[DateMention]:
    """Every date in ``text``. Year-less dates take the reference year (the
    publication date), moved back a year if that would put them after it. Bare
    four-digit numbers count as years only when ``bare_years`` is set."""
    view = normalize_with_map(text)
    found: list[DateMention] = []
    for m in _matches_from(_pattern(), _date_beginnings(), view.text):
        g = {k: v for k, v in m.groupdict().items() if v is not None}
        calendar = "gregorian"
        month: int | None = None
        day: int | None = None
        year: int | None = None
        rule = "nearest"  # which year a year-less date belongs to
        shift: int | None = None  # months from the publication's (الشهر الماضي: -1)
        for key, value in g.items():
            kind = key[0]
            if kind == "m":
                month, calendar = (int(value), calendar) if key in ("m5", "m6") else _month_of(value)
            elif kind == "d":
                day = int(value)
            elif kind == "o":
                day = _ordinals()[_SPACE_RUN.sub(" ", value)]
            elif kind == "y":
                year = int(value)
            elif kind == "e" and value.startswith("ه"):
                calendar = "hijri"
            elif kind in "qb":
                rule = _month_context()[value][1]
            elif kind == "r":
                shift = MONTH_SHIFTS[value]
        if "y9" in g and not bare_years:
            continue
        if shift is not None:
            if reference is None or reference.month is None:
                continue
            months = reference.year * 12 + reference.month - 1 + shift
            year, month = months // 12, months % 12 + 1
        if year is None:
            if reference is None or month is None or calendar != "gregorian":
                continue
            year = _year_of(month, day, rule, reference)
        if calendar == "gregorian" and year >= 1300 and year < 1900 and month is None:
            continue
        made = _make(year, month, day, calendar)
        if made is None:
            continue
        start, end = view.to_original(m.start(), m.end())
        found.append(DateMention(start, end, text[start:end], made, calendar))
    return found


@cache
def _relative() -> tuple[re.Pattern[str], dict[str, tuple[str, int]]]:
    from rawi.arabic import name_key
    from rawi.lexicons import LEXICON_DIR, read_tsv

    table = {
        name_key(r.fields["phrase"]): (r.fields["unit"], int(r.fields["offset"]))
        for r in read_tsv(LEXICON_DIR / "relative_dates.tsv", ("phrase", "unit", "offset"))
    }
    alternatives = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(table, key=len, reverse=True))
    # اليوم التالي، في اليوم نفسه، مطلع الأسبوع المقبل: another day than the one the phrase names
    other_day = r"(?!\s+(?:التالي|السابق|نفسه|ذاته|الموالي|المقبل|القادم)(?!\w))"
    # قبل يومين من الانتخابات: counted from another day than publication
    counted_from = r"(?!\s+(?:من|علي)\s)"
    # في ذلك اليوم: that day, told before, not the day of publication
    that = r"(?<!ذلك\s)(?<!تلك\s)"
    return re.compile(
        rf"{that}(?<!\w)(?:[وف]?(?:ب|ل)?)({alternatives})(?!\w){other_day}{counted_from}"
    ), table


@cache
def _relative_beginnings() -> re.Pattern[str]:
    """Where a phrase of _relative may begin, but at the text's start: after a character
    that is no letter or digit, at its first word (clitics allowed)."""
    firsts = {phrase.split(" ")[0] for phrase in _relative()[1]}
    return re.compile(r"\W(?=[وف]?(?:ب|ل)?" + _any_prefix(firsts) + ")")


def _matches_from(
    pattern: re.Pattern[str], beginnings: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text``, as finditer gives them, ``pattern`` being tried
    only at the text's start and where ``beginnings`` (one character before a match may
    begin) says a match may begin: a few places in a report. Tried at every character, the
    date patterns cost about a fifth of extraction."""
    end = 0
    for at in chain((0,), (place.end() for place in beginnings.finditer(text))):
        if at < end:
            continue
        m = pattern.match(text, at)
        if m is not None:
            end = m.end()
            yield m


NIGHT_JOINS = frozenset({"-", "–", "/"})


def relative_dates(text: str, reference: PartialDate) -> list[DateMention]:
    """أمس، الأسبوع الماضي، يوم الخميس ... resolved against ``reference`` (a full date)."""
    if reference.day is None or reference.month is None:
        return []
    pattern, table = _relative()
    view = normalize_with_map(text)
    ref = date(reference.year, reference.month, reference.day)
    found: list[DateMention] = []
    weekday_end: int | None = None  # where the last weekday named ends, in the normal view
    for m in _matches_from(pattern, _relative_beginnings(), view.text):
        unit, offset = table[_SPACE_RUN.sub(" ", m.group(1))]
        if unit == "day":
            d = ref + timedelta(days=offset)
            made = PartialDate(d.year, d.month, d.day) if abs(offset) < 7 else PartialDate(d.year, d.month)
        elif unit == "span":  # هذا الأسبوع، خلال الأيام الماضية: no one day, the month
            d = ref + timedelta(days=offset)
            made = PartialDate(d.year, d.month)
        elif unit == "weekday":
            if weekday_end is not None and view.text[weekday_end : m.start(1)].strip() in NIGHT_JOINS:
                continue  # ليل السبت - الأحد، ليلة الخميس/الجمعة: dated by the day it begins
            weekday_end = m.end(1)
            d = ref - timedelta(days=(ref.weekday() - offset) % 7)
            made = PartialDate(d.year, d.month, d.day)
        elif unit == "month":
            month = ref.month + offset
            year = ref.year + (month - 1) // 12
            made = PartialDate(year, (month - 1) % 12 + 1)
        else:
            made = PartialDate(ref.year + offset)
        start, end = view.to_original(m.start(1), m.end(1))
        found.append(DateMention(start, end, text[start:end], made, "relative"))
    return found


def parse_date(text: str) -> PartialDate | None:
    """The most precise Gregorian date written in a short text (a date line), or None.

    Where a line gives the Hijri and the Gregorian date, the Gregorian is kept."""
    mentions = find_dates(text, bare_years=False)
    if not mentions:
        return None
    rank = {"day": 3, "month": 2, "year": 1}
    best = max(mentions, key=lambda d: (rank[d.date.precision], d.calendar == "gregorian"))
    return best.date


_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])(?:[/-](0?[1-9]|[12]\d|3[01]))?(?:/|$|[-_.])")


def date_from_url(url: str) -> PartialDate | None:
    """The date many news sites put in their article paths (/2024/09/13/...)."""
    m = _URL_DATE.search(url)
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    return PartialDate(int(year), int(month), int(day) if day else None)
