from __future__ import annotations

import json
from pathlib import Path

from rawi.ingest import iter_inputs, read_document
from rawi.ingest.pasted import clean_pasted

PAGE = """الأفق نيوز
الرئيسية | أخبار عربية | عالم | اقتصاد | رياضة | فيديو
الجمعة، 5 أغسطس 2022 - 01:40 م

عالم

طالبان تنفي علمها بوجود الظواهري في كابل

كتب: قسم الشؤون الدولية

نفت حركة طالبان أن تكون على علم بوجود زعيم تنظيم القاعدة في كابل، وقالت إنها ستحقق في الأمر.
وقال المتحدث باسم الحركة إن الاتهامات الأمريكية لا أساس لها.

الوسوم: طالبان | القاعدة
Please follow and like us:
اقرأ أيضاً
- بيلوسي تصل إلى تايوان رغم تحذيرات بكين
- ارتفاع أسعار الذهب في التعاملات المسائية

اترك تعليقاً
لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *
الاسم *
جميع الحقوق محفوظة © 2022 الأفق نيوز
"""


def test_furniture_goes_and_article_stays() -> None:
    cleaned = clean_pasted(PAGE)
    text = "\n".join(cleaned.lines)
    assert cleaned.lines[0] == "طالبان تنفي علمها بوجود الظواهري في كابل"
    assert "نفت حركة طالبان أن تكون على علم" in text
    assert "لا أساس لها." in text
    for furniture in (
        "الرئيسية",
        "الوسوم",
        "Please follow",
        "بيلوسي",
        "الذهب",
        "اترك تعليقاً",
        "لن يتم نشر",
        "الاسم",
        "جميع الحقوق",
        "كتب:",
        "الجمعة",
    ):
        assert furniture not in text, furniture
    assert cleaned.published is not None and cleaned.published.iso() == "2022-08-05"
    assert cleaned.outlet == "الأفق نيوز"
    assert cleaned.title == "طالبان تنفي علمها بوجود الظواهري في كابل"


def test_a_sentence_quoting_a_cue_is_kept() -> None:
    body = (
        "وقال التقرير إن الموقع نشر في صفحته سياسة الخصوصية الجديدة التي تسمح بجمع "
        "البيانات الشخصية للمستخدمين في المنطقة دون موافقتهم الصريحة."
    )
    cleaned = clean_pasted("عنوان الخبر المهم عن الموضوع اليوم\n\n" + body)
    assert body in cleaned.lines


def test_seed_page(seed_path: Path) -> None:
    (item,) = list(iter_inputs([str(seed_path)]))
    doc = read_document(item)  # type: ignore[arg-type]
    assert doc.published is not None and doc.published.iso() == "2024-09-13"
    assert doc.text.startswith("الحرس الثوري الإيراني يمول أنشطة تنظيم القاعدة")
    assert doc.text.rstrip().endswith("هي حرب النظام مع الشعب الإيراني.")
    for furniture in ("Please follow and like us", "اترك تعليقاً", "لن يتم نشر", "يوتيوب", "تقارير\n"):
        assert furniture not in doc.text
    assert doc.outlet == "جريدة الأمة"


# Headlines of other articles that the dev pages list under "related"/"most read".
RELATED = {
    "dev-001": ["بيلوسي تصل إلى تايوان", "ارتفاع أسعار الذهب في التعاملات المسائية"],
    "dev-003": ["أسعار المحروقات ترتفع مجدداً في لبنان", "طقس حار يضرب المنطقة"],
    "dev-005": ["أمير منطقة الرياض يدشن"],
    "dev-006": ["ارتفاع مناسيب نهري دجلة والفرات"],
    "dev-007": ["الرباط تحتضن اجتماعاً وزارياً حول الهجرة"],
    "dev-009": ["أسعار الذهب اليوم في محلات الصاغة"],
    "dev-010": ["الليرة السورية تسجل تحسناً"],
    "dev-011": ["سوناطراك توقع اتفاقية جديدة"],
    "dev-013": ["ارتفاع صادرات النفط العراقي خلال تشرين الأول"],
}


def test_dev_corpus_keeps_every_evidence_and_drops_related(dev_dir: Path) -> None:
    for gold_path in sorted(dev_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        report = next(p for p in dev_dir.glob(gold["id"] + ".*") if not p.name.endswith(".gold.json"))
        (item,) = list(iter_inputs([str(report)]))
        doc = read_document(item)  # type: ignore[arg-type]
        flat = " ".join(doc.text.split())
        for event in gold["events"]:
            assert " ".join(event["evidence"].split()) in flat, (gold["id"], event["evidence"])
        for headline in RELATED.get(gold["id"], []):
            assert headline not in doc.text, (gold["id"], headline)
        assert doc.published is not None and doc.published.iso() == gold["published"], gold["id"]


def test_kept_lines_are_the_paragraphs() -> None:
    from rawi.ingest.pasted import line_spans, paragraph_spans

    lines = clean_pasted(PAGE).lines
    assert line_spans(lines) == paragraph_spans("\n\n".join(lines))
