from __future__ import annotations

from rawi.ingest import RawInput, read_document

BODY = "".join(
    f"<p>قال المتحدث باسم الجيش في بيان إن القوات نفذت عملية في المنطقة رقم {i} وأسفرت عن نتائج.</p>"
    for i in range(6)
)


def page(head: str = "", top: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>غارات على مواقع | موقع المرفأ</title>
{head}</head><body><header><nav><ul><li><a href="/">الرئيسية</a></li><li>اقتصاد</li></ul></nav></header>
<main><article>{top}<h1>غارات أمريكية على مواقع الحوثيين في اليمن</h1>{BODY}
<div class="share">شارك: فيسبوك | تويتر</div></article>
<aside class="related"><h3>اقرأ أيضاً</h3><ul><li><a href="/x">ارتفاع أسعار الذهب اليوم</a></li></ul></aside>
</main><footer>© 2024 موقع المرفأ - جميع الحقوق محفوظة</footer></body></html>"""


def read(html: str, url: str | None = None) -> object:
    return read_document(RawInput(source="p.html", raw=html.encode(), kind="html", url=url))


def test_article_text_headline_first_without_furniture() -> None:
    doc = read(page('<meta property="article:published_time" content="2024-01-12T18:45:00+03:00">'))
    assert doc.text.startswith("غارات أمريكية على مواقع الحوثيين في اليمن")  # type: ignore[attr-defined]
    assert "المنطقة رقم 5" in doc.text  # type: ignore[attr-defined]
    for furniture in ("الرئيسية", "شارك", "أسعار الذهب", "جميع الحقوق"):
        assert furniture not in doc.text  # type: ignore[attr-defined]
    assert doc.published.iso() == "2024-01-12"  # type: ignore[attr-defined]
    assert doc.outlet == "موقع المرفأ"  # type: ignore[attr-defined]


def test_date_from_json_ld_time_url_and_visible_line() -> None:
    ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-05-22"}</script>'
    assert read(page(ld)).published.iso() == "2023-05-22"  # type: ignore[attr-defined]
    t = '<time datetime="2022-08-05T10:00">5 أغسطس</time>'
    assert read(page(top=t)).published.iso() == "2022-08-05"  # type: ignore[attr-defined]
    url = "https://site.example/news/2021/10/03/story"
    assert read(page(), url=url).published.iso() == "2021-10-03"  # type: ignore[attr-defined]
    line = '<p class="dateline">بيروت | الجمعة 2 آب 2024 | 10:12 صباحاً</p>'
    assert read(page(top=line)).published.iso() == "2024-08-02"  # type: ignore[attr-defined]
