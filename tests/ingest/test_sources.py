from __future__ import annotations

from pathlib import Path

from rawi.errors import InputError
from rawi.ingest import iter_inputs, read_document

ARTICLE = "عنوان الخبر عن الاجتماع في طهران\n\nقال المتحدث إن الاجتماع عقد في طهران أمس بحضور الوفود.\n"


def test_folders_are_walked_recursively_and_gold_files_skipped(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a" / "b" / "two.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    (tmp_path / "a" / "one.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "a" / "notes.png").write_bytes(b"\x89PNG")
    names = sorted(Path(i.source).name for i in iter_inputs([str(tmp_path)]))
    assert names == ["one.txt", "two.html"]


def test_globs_and_missing_paths(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"r{n}.txt").write_text(ARTICLE, encoding="utf-8")
    items = list(iter_inputs([str(tmp_path / "r*.txt"), str(tmp_path / "missing.txt")]))
    assert len(items) == 4
    assert isinstance(items[-1], InputError) and "no such file" in str(items[-1])


def test_json_lines_records_and_a_bad_line(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"url": "https://x.example/2024/05/04/a", "text": "' + ARTICLE.replace("\n", "\\n") + '"}\n'
        "this is not json\n"
        '{"url": "https://x.example/b", "html": "<html><body><article><p>'
        + "قال المتحدث إن الاجتماع عقد في طهران أمس بحضور الوفود المشاركة من عدة دول. "
        * 3
        + '</p></article></body></html>", "published": "2024-05-04"}\n'
        '{"url": "https://x.example/c"}\n',
        encoding="utf-8",
    )
    items = list(iter_inputs([str(feed)]))
    assert [type(i).__name__ for i in items] == ["RawInput", "InputError", "RawInput", "InputError"]
    assert "feed.jsonl#2" in str(items[1])
    assert 'neither "html" nor "text"' in str(items[3])
    first = read_document(items[0])  # type: ignore[arg-type]
    assert first.published is not None and first.published.iso() == "2024-05-04"  # from the URL
    second = read_document(items[2])  # type: ignore[arg-type]
    assert second.format == "html" and second.published.iso() == "2024-05-04"  # type: ignore[union-attr]
