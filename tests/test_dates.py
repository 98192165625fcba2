from __future__ import annotations

import pytest

from rawi.dates import date_from_url, find_dates, parse_date
from rawi.document import PartialDate


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("الجمعة سبتمبر 13, 2024", "2024-09-13"),  # the seed's date line
        ("الجمعة، 5 أغسطس 2022 - 01:40 م", "2022-08-05"),
        ("بيروت - الجمعة 2 آب 2024 | 10:12 صباحاً", "2024-08-02"),  # Levantine
        ("الثلاثاء، 10 كانون الأول 2024", "2024-12-10"),
        ("السبت ٣ شباط ٢٠٢٤ - ٠٨:٢٠ مساءً", "2024-02-03"),  # Eastern digits
        ("الجمعة 1 تشرين الثاني/نوفمبر 2019", "2019-11-01"),  # combined naming
        ("13 شتنبر 2024", "2024-09-13"),  # Moroccan
        ("5 جانفي 2023", "2023-01-05"),  # Algerian / Tunisian
        ("22 جويلية 2021", "2021-07-22"),
        ("9 نونبر 2022", "2022-11-09"),
        ("السبت 19 شعبان 1444هـ - 11 مارس 2023م", "2023-03-11"),  # Gregorian preferred
        ("12 يونيه 2023", "2023-06-12"),  # Egyptian spelling
        ("2024-01-12T18:45:00+03:00", "2024-01-12"),
        ("13/09/2024", "2024-09-13"),
    ],
)
def test_date_lines(line: str, iso: str) -> None:
    found = parse_date(line)
    assert found is not None and found.iso() == iso


def test_hijri_dates_are_converted() -> None:
    (hijri,) = find_dates("في 1 رمضان 1445 هـ")
    assert hijri.calendar == "hijri"
    assert hijri.date == PartialDate(2024, 3, 11)


def test_precision_is_kept() -> None:
    (month,) = find_dates("التقوا سراً في طهران في أكتوبر 2021 واتفقوا")
    assert month.date.iso() == "2021-10" and month.date.precision == "month"
    assert month.text == "أكتوبر 2021"
    (year,) = find_dates("منذ عام 2009 على الأقل")
    assert year.date.iso() == "2009"


def test_year_less_dates_take_the_publication_year() -> None:
    (d,) = find_dates("نشرت صحيفة التلغراف تقريراً في 4 مايو", reference=PartialDate(2024, 9, 13))
    assert d.date.iso() == "2024-05-04"
    # a year-less date after the publication date belongs to the year before
    (d,) = find_dates("في 20 ديسمبر", reference=PartialDate(2024, 1, 5))
    assert d.date.iso() == "2023-12-20"
    assert find_dates("في 4 مايو") == []  # no reference, no guess


def test_no_dates_from_plain_numbers_or_nonsense() -> None:
    assert find_dates("قتل 2000 شخص") == []
    assert find_dates("31 فبراير 2024") == []
    assert parse_date("لا تاريخ هنا") is None


def test_date_from_url() -> None:
    assert date_from_url("https://x.example/arab/2024/01/12/yemen") == PartialDate(2024, 1, 12)
    assert date_from_url("https://x.example/news/123") is None


def test_relative_dates_against_the_publication_date() -> None:
    from rawi.dates import relative_dates

    found = {
        d.text: d.date.iso()
        for d in relative_dates(
            "أعلن التنظيم مساء أمس الخميس، بعد غارات الأسبوع الماضي والشهر الماضي.", PartialDate(2019, 11, 1)
        )
    }
    assert found["أمس"] == "2019-10-31"
    assert found["الخميس"] == "2019-10-31"  # the latest Thursday on or before Friday 1 November
    assert found["الأسبوع الماضي"] == "2019-10"
    assert found["الشهر الماضي"] == "2019-10"
    assert relative_dates("أمس", PartialDate(2019, 11)) == []  # no day to count from


def test_a_span_of_days_gives_the_month() -> None:
    from rawi.dates import relative_dates

    text = "تبادلا الاتهامات خلال الأيام الماضية، وتكررت الحوادث هذا الأسبوع وفي وقت سابق من الأسبوع."
    found = {d.text: d.date.iso() for d in relative_dates(text, PartialDate(2022, 8, 2))}
    assert found == {
        "الأيام الماضية": "2022-07",
        "هذا الأسبوع": "2022-08",
        "في وقت سابق من الأسبوع": "2022-07",
    }
    assert relative_dates("مطلع الأسبوع المقبل", PartialDate(2022, 8, 2)) == []  # not a past span


def test_a_year_joined_to_the_next_word() -> None:
    (d,) = find_dates("وإسقاط حكم حركة طالبان عام 2001حيث وفرت طهران")
    assert d.date.iso() == "2001"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("في الأول من أبريل الجاري", "2024-04-01"),  # an ordinal day
        ("منذ السادس من مايو", "2023-05-06"),  # after the publication: last year
        ("في الحادي والعشرين من آذار 2023", "2023-03-21"),
        ("المحادثات التي جرت بين 6 و10 مارس الجاري", "2024-03"),  # a span of days is a month
        ("في يونيو الماضي", "2023-06"),  # "last June", written in April
        ("في أبريل الماضي", "2023-04"),  # the same month last year
        ("في مايو المقبل", "2024-05"),
        ("في أواخر جويلية", "2023-07"),  # a month still to come is last year's
        ("مطلع أكتوبر الجاري", "2024-10"),
        ("شهر أكتوبر من عام 2021", "2021-10"),
    ],
)
def test_year_less_months_and_ordinal_days(text: str, iso: str) -> None:
    (d,) = find_dates(text, reference=PartialDate(2024, 4, 14))
    assert d.date.iso() == iso


def test_a_bare_month_name_is_no_date() -> None:
    assert find_dates("زار نيسان آب", reference=PartialDate(2024, 4, 14)) == []


def test_the_next_day_is_not_today() -> None:
    from rawi.dates import relative_dates

    assert relative_dates("وفي اليوم التالي للمداهمة أعلن", PartialDate(2019, 11, 1)) == []
    (today, friday) = relative_dates("فجر اليوم الجمعة", PartialDate(2019, 11, 1))
    assert today.date.iso() == friday.date.iso() == "2019-11-01"


def test_dates_are_sought_only_where_one_may_begin_yet_all_are_found() -> None:
    """The date patterns are tried only at a text's start and where a date may begin; that
    finds what trying them at every character finds (dates at the start, after a slash, a
    month glued to its year, dates inside longer words that are none)."""
    import random

    from rawi.arabic import normalize_with_map
    from rawi.dates import _date_beginnings, _matches_from, _pattern, _relative, _relative_beginnings

    pieces = [
        "13", "2024", "/", "-", ".", " ", "،", "\n", "(", ")", "مايو", "مارس", "مارسته", "السادس",
        "من", "عام", "سنة", "الماضي", "مطلع", "أواخر", "هـ", "م", "أكتوبر", "٢٠٢١", "و", "تشرين",
        "الثاني", "الحادي", "والعشرين", "2001حيث", "31", "09", "أمس", "وبالأمس", "اليوم",
        "الأسبوع", "التالي", "الخميس", "قبل", "يومين", "ف", "ب", "x",
    ]  # fmt: skip
    rng = random.Random(5)
    relative = _relative()[0]
    for _ in range(3000):
        text = normalize_with_map("".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))).text
        for pattern, beginnings in ((_pattern(), _date_beginnings()), (relative, _relative_beginnings())):
            everywhere = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in _matches_from(pattern, beginnings, text)] == everywhere


def test_a_span_of_two_years_begins_in_the_first() -> None:
    (d,) = find_dates("جرت المفاوضات خلال عامي 2017 و2018 في مسقط")
    assert d.date.iso() == "2017" and d.text == "2017 و2018"
    (d,) = find_dates("بين سنتي 2010 - 2011")
    assert d.date.iso() == "2010"


def test_a_month_of_last_or_next_year() -> None:
    reference = PartialDate(2022, 8, 5)
    (d,) = find_dates("اكتمل الانسحاب نهاية أغسطس من العام الماضي", reference=reference)
    assert d.date.iso() == "2021-08"
    (d,) = find_dates("تعقد القمة في مارس من العام المقبل", reference=reference)
    assert d.date.iso() == "2023-03"
    (d,) = find_dates("وقعت الحادثة في يناير من هذا العام", reference=reference)
    assert d.date.iso() == "2022-01"


def test_a_day_of_the_month_of_publication_or_the_one_before() -> None:
    reference = PartialDate(2022, 1, 5)
    (d,) = find_dates("في العاشر من الشهر الماضي", reference=reference)
    assert d.date.iso() == "2021-12-10"
    (d,) = find_dates("يوم 3 من الشهر الجاري", reference=reference)
    assert d.date.iso() == "2022-01-03"
    assert find_dates("في العاشر من الشهر الجاري") == []  # no publication date to count from


def test_a_count_of_days_from_another_day_is_not_from_publication() -> None:
    from rawi.dates import relative_dates

    assert relative_dates("قبل يومين من الانتخابات", PartialDate(2022, 8, 5)) == []
    (d,) = relative_dates("وقعت الهجمات قبل أسبوع", PartialDate(2022, 8, 5))
    assert d.date.iso() == "2022-07"


def test_more_namings_of_past_days_months_and_years() -> None:
    from rawi.dates import relative_dates

    text = "وقعت أمس الأول، وبعدها في الشهر المنصرم وفي العام الفائت، وتتكرر السنة الجارية."
    found = {d.text: d.date.iso() for d in relative_dates(text, PartialDate(2022, 8, 5))}
    assert found == {
        "أمس الأول": "2022-08-03",
        "الشهر المنصرم": "2022-07",
        "العام الفائت": "2021",
        "السنة الجارية": "2022",
    }


def test_hours_and_days_ago() -> None:
    from rawi.dates import relative_dates

    text = "أعلن الجيش قبل ساعات أن الوفد وصل منذ يومين بعد مفاوضات بدأت منذ أسبوع."
    found = {d.text: d.date.iso() for d in relative_dates(text, PartialDate(2022, 8, 5))}
    assert found == {"قبل ساعات": "2022-08-05", "منذ يومين": "2022-08-03", "منذ أسبوع": "2022-07"}


def test_a_night_from_one_day_into_the_next_is_dated_by_the_first() -> None:
    from rawi.dates import relative_dates

    found = [
        d.date.iso() for d in relative_dates("شنّت إيران ليل السبت - الأحد هجوماً", PartialDate(2024, 4, 14))
    ]
    assert found == ["2024-04-13"]
    found = [d.date.iso() for d in relative_dates("اجتمعوا السبت والأحد", PartialDate(2024, 4, 14))]
    assert found == ["2024-04-13", "2024-04-14"]  # two days, each its own
