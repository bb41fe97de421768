"""Tests of graphload.ingest: discovery, decoding, HTML, language, title and every bad-input case."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from graphload.errors import ConfigError, InputError
from graphload.ingest import (
    Skipped,
    SourceFile,
    detect_language,
    discover,
    document_id,
    iter_documents,
    normalise_text,
    read_document,
    title_of,
)
from graphload.models import Document

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
GERMAN = ("Der kasachische Außenminister begrüßte den Generalsekretär in Almaty. "
          "Die Gespräche über Klimaschutz dauerten lange.")
ARTICLE_HTML = """<!DOCTYPE html><html><head><title>Guterres visits Astana | UN News</title>
<script>trackingCode("SECRET-SCRIPT");</script><style>.x{color:red}</style></head><body>
<header><ul><li><a href="/">Home</a></li><li><a href="/t">HEADERMENU Topics and regions</a></li></ul></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">NAVMENU News archive and press releases</a></li></ul></nav>
<div class="menu"><ul><li><a href="/a">MENUITEM Subscribe to our newsletter</a></li></ul></div>
<main><article><h1>Guterres visits Astana</h1>
<p>ASTANA, 3 July 2024 – UN Secretary-General António Guterres met President Kassym-Jomart Tokayev in Astana.</p>
<p>The two discussed cooperation between Kazakhstan and the United Nations, including the SCO summit.</p>
<script>alert("INLINE-SCRIPT")</script></article></main>
<footer>FOOTERTEXT Copyright United Nations</footer></body></html>"""
NAV_ONLY_HTML = """<html><head><title>Menu</title><script>var s = "a long script string nobody should read";</script>
</head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News and press releases archive</a></li>
<li><a href="/about">About the United Nations</a></li></ul></nav><footer>Copyright 2024</footer></body></html>"""


def _src(path: Path) -> SourceFile:
    return SourceFile(path.resolve(), path.name)


def _read(path: Path, **kw) -> Document:
    return read_document(_src(path), **kw)


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


# ------------------------------------------------------------- bad inputs


def _random_high_bytes() -> bytes:
    rng = random.Random(1)
    return bytes(rng.randrange(0x80, 0x100) for _ in range(400))


@pytest.mark.parametrize(
    "name, data, reason_part",
    [
        ("empty.txt", b"", "empty file: nothing to read"),
        ("blank.txt", b"  \n\r\n\t \n", "empty file (only whitespace"),
        ("image.txt", PNG + bytes(range(256)), "binary file (looks like PNG image), not text"),
        ("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (looks like PDF document)"),
        ("nul.txt", b"Hello\x00\x00\x00world\x00\x01\x02", "binary file (looks like binary data with NUL bytes)"),
        ("noise.txt", _random_high_bytes(), "cannot decode the bytes"),
        ("nav.html", NAV_ONLY_HTML, "no article text found in HTML page"),
        ("scripts.htm", "<html><body><script>x()</script><style>p{}</style></body></html>", "no article text found"),
    ],
)
def test_ingest_bad_file_raises_input_error_naming_file(tmp_path, name, data, reason_part):
    path = _write(tmp_path, name, data)
    with pytest.raises(InputError) as info:
        _read(path)
    assert info.value.path == name
    assert reason_part in info.value.reason
    assert str(info.value).startswith(f"{name}: ")
    assert "\n" not in str(info.value)


def test_ingest_over_size_limit_names_limit_and_option(tmp_path):
    path = _write(tmp_path, "big.txt", "word " * 600)  # 3000 bytes
    with pytest.raises(InputError) as info:
        _read(path, max_bytes=1000)
    assert info.value.reason == "file is 3 kB, over the 1 kB limit: raise it with --max-bytes"
    assert _read(path, max_bytes=3000).chars == len(("word " * 600).strip())


def test_ingest_max_bytes_must_be_positive(tmp_path):
    with pytest.raises(ConfigError, match="--max-bytes"):
        _read(_write(tmp_path, "a.txt", "Some text here."), max_bytes=0)


def test_ingest_unreadable_paths(tmp_path):
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a folder, not a file"):
        read_document(SourceFile(folder, "folder.txt"))
    with pytest.raises(InputError, match="file not found"):
        read_document(SourceFile(dangling, "dangling.txt"))
    skipped = list(discover([str(dangling), str(tmp_path / "nope.txt")]))
    assert [type(s) for s in skipped] == [Skipped, Skipped]
    assert "broken symbolic link" in skipped[0].reason
    assert skipped[1].reason == "no such file or folder: check the path"


def test_ingest_iter_documents_never_raises_for_bad_files(tmp_path):
    _write(tmp_path, "a_good.txt", "The Secretary-General met the President of Kazakhstan in Astana.")
    _write(tmp_path, "b_empty.txt", b"")
    _write(tmp_path, "c_image.txt", PNG)
    _write(tmp_path, "d_nav.html", NAV_ONLY_HTML)
    (tmp_path / "e_dangling.md").symlink_to(tmp_path / "gone.md")
    out = list(iter_documents([tmp_path]))
    assert [type(o).__name__ for o in out] == ["Document", "Skipped", "Skipped", "Skipped", "Skipped"]
    assert [Path(o.source).name for o in out[1:]] == ["b_empty.txt", "c_image.txt", "d_nav.html", "e_dangling.md"]


# ------------------------------------------------------------- decoding and normalisation


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-8-sig", "utf-16"])
def test_ingest_decodes_legacy_and_bom_encodings(tmp_path, encoding):
    doc = _read(_write(tmp_path, "de.txt", GERMAN.encode(encoding)))
    assert "Außenminister" in doc.text and "Generalsekretär" in doc.text
    assert doc.text == GERMAN
    assert doc.language == "de"


def test_ingest_decodes_single_latin1_word(tmp_path):
    assert _read(_write(tmp_path, "w.txt", "Außenminister".encode("latin-1"))).text == "Außenminister"


def test_ingest_normalises_but_keeps_curly_quotes(tmp_path):
    raw = "Title line of the text\r\n\r\n\r\n\r\nHe said “yes” – it’s done.   \r\nCafe\u0301 here."
    doc = _read(_write(tmp_path, "q.txt", raw))
    assert doc.text == "Title line of the text\n\nHe said “yes” – it’s done.\nCafé here."
    assert doc.chars == len(doc.text)
    assert normalise_text(doc.text) == doc.text


def test_ingest_repairs_mojibake():
    assert normalise_text("Der AuÃŸenminister sagte â€œjaâ€\x9d.") == "Der Außenminister sagte “ja”."


def test_ingest_same_text_same_id(tmp_path):
    a = _read(_write(tmp_path, "a.txt", GERMAN.encode("utf-8")))
    b = _read(_write(tmp_path, "sub/b.txt", (GERMAN.replace(". ", ".  \r\n") + "\r\n\r\n").encode("cp1252")))
    c = _read(_write(tmp_path, "c.txt", GERMAN + " Anders."))
    assert a.id == document_id(normalise_text(GERMAN))
    assert a.id.startswith("doc:") and len(a.id) == 16
    assert b.text == GERMAN.replace(". ", ".\n")
    assert a.id != b.id  # a line break is a difference in the text
    d = _read(_write(tmp_path, "d.txt", GERMAN.encode("cp1252")))
    assert d.id == a.id
    assert c.id != a.id


# ------------------------------------------------------------- seeds, language, title, date


@pytest.mark.parametrize(
    "stem, language, title, date",
    [
        ("000_ad2d8637457e9167", "en", "Activities of Secretary-General in Kazakhstan, 29 November - 2 December", None),
        ("001_591cf0109e884bf5", "en", "Readout of the Secretary-General's meeting with H.E. Mr. Nursultan Nazarbayev, "
         "President of the Republic of Kazakhstan, ahead of OSCE Summit in Astana, Kazakhstan", "2010-11-30"),
        ("002_09fa6fb60c717af9", "en", "Kyrgyzstan Crisis Shows Value of United Nations Cooperation with Regional "
         "Bodies, Secretary-General Tells Ministerial Meeting on Security in Europe", "2010-07-19"),
        ("004_72c9dbd4c87b5424", "de", "Besuch des UN-Generalsekretärs stärkt Partnerschaft mit Kasachstan", None),
    ],
)
def test_ingest_seed_documents(stem, language, title, date):
    doc = _read(SEEDS / f"{stem}.txt")
    assert (doc.language, doc.title, doc.date) == (language, title, date)
    assert doc.source == f"{stem}.txt" and doc.path == str((SEEDS / f"{stem}.txt").resolve())


def test_ingest_mojibake_seed_keeps_body_intact():
    path = SEEDS / "001_591cf0109e884bf5.txt"
    raw = path.read_text(encoding="utf-8")
    doc = _read(path)
    body_start = raw.index("Readout of")
    assert doc.text.endswith(raw[body_start:].strip()[-200:])
    assert "The Secretary-General met today, 30 November 2010, with H.E. Mr. Nursultan Nazarbayev" in doc.text
    assert "Âé" not in doc.title


def test_ingest_long_first_line_title_is_shortened():
    doc = _read(SEEDS / "003_af52a0a4b4611f5f.txt")
    assert doc.title.startswith("ASTANA – UN Secretary-General António Guterres emphasized")
    assert len(doc.title) <= 201 and doc.title.endswith("…")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In progress at UNHQ\n\nSG/T/2759\n\nActivities of the Secretary-General in Kazakhstan\nBody.",
         "Activities of the Secretary-General in Kazakhstan"),
        ("Âé¶¹´«Ã½\n\nAstana\nKazakhstan\n\nReadout of the meeting with the President\n",
         "Readout of the meeting with the President"),
        ("# Markdown heading of the note\n\nText.", "Markdown heading of the note"),
        ("19 July 2010\nStatement by the Secretary-General on Kyrgyzstan\n",
         "Statement by the Secretary-General on Kyrgyzstan"),
        ("Astana\n\n", "Astana"),
        ("%%%% ---- 1234\n", ""),
    ],
)
def test_ingest_title_of(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (GERMAN, "de"),
        ("The Secretary-General met the President of Kazakhstan in Astana to discuss regional cooperation.", "en"),
        ("Le Secrétaire général a rencontré le Président du Kazakhstan à Astana.", "fr"),
        ("Генеральный секретарь встретился с президентом Казахстана в Астане.", "ru"),
        ("12345 -- 678", "und"),
    ],
)
def test_ingest_detect_language(text, expected):
    assert detect_language(text) == expected


def test_ingest_other_language_is_kept(tmp_path):
    doc = _read(_write(tmp_path, "fr.txt", "Le Secrétaire général a rencontré le Président du Kazakhstan à Astana."))
    assert doc.language == "fr" and doc.text.startswith("Le Secrétaire")


# ------------------------------------------------------------- HTML


@pytest.mark.parametrize("name", ["page.html", "page.htm", "sniffed.txt"])
def test_ingest_html_article_without_scripts_nav_menus(tmp_path, name):
    doc = _read(_write(tmp_path, name, ARTICLE_HTML))
    assert "António Guterres met President Kassym-Jomart Tokayev in Astana." in doc.text
    assert "including the SCO summit." in doc.text
    junk_words = ("SECRET-SCRIPT", "INLINE-SCRIPT", "NAVMENU", "MENUITEM", "HEADERMENU", "FOOTERTEXT", "color:red", "<p>")
    for junk in junk_words:
        assert junk not in doc.text
    assert doc.title == "Guterres visits Astana"
    assert (doc.language, doc.date) == ("en", "2024-07-03")


def test_ingest_html_meta_date_and_og_title(tmp_path):
    html = ARTICLE_HTML.replace(
        "<title>", '<meta property="og:title" content="OG title of the story">'
        '<meta property="article:published_time" content="2024-07-04"><title>')
    doc = _read(_write(tmp_path, "meta.html", html))
    assert doc.date == "2024-07-04"
    assert doc.title == "OG title of the story"


def test_ingest_xhtml_with_encoding_declaration(tmp_path):
    xhtml = '<?xml version="1.0" encoding="utf-8"?>\n' + ARTICLE_HTML.replace("<!DOCTYPE html>", "")
    doc = _read(_write(tmp_path, "x.xhtml.txt", xhtml))
    assert "including the SCO summit." in doc.text and "NAVMENU" not in doc.text


def test_ingest_html_layout_table_text_without_pipes(tmp_path):
    html = ("<html><body><table><tr><td>Menu</td><td><p>Guterres met Tokayev in Astana on Wednesday. "
            "They talked at length.</p></td></tr></table></body></html>")
    doc = _read(_write(tmp_path, "t.html", html))
    assert "Guterres met Tokayev in Astana on Wednesday. They talked at length." in doc.text.split("\n")
    assert "|" not in doc.text


def test_ingest_html_falls_back_to_paragraphs(tmp_path, monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    doc = _read(_write(tmp_path, "f.html", ARTICLE_HTML))
    assert doc.text.startswith("Guterres visits Astana\n\nASTANA, 3 July 2024 – UN Secretary-General")
    assert "NAVMENU" not in doc.text and "SECRET-SCRIPT" not in doc.text
    with pytest.raises(InputError, match="no article text found in HTML page"):
        _read(_write(tmp_path, "n.html", NAV_ONLY_HTML))


# ------------------------------------------------------------- discovery


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    for rel in ["b.txt", "a.md", "sub/c.html", "sub/deep/d.htm", "sub/e.TXT", "notes.pdf",
                "data.json", ".hidden.txt", ".git/x.txt", "sub/.cache/y.txt"]:
        _write(root, rel, f"Text of {rel} for the reader.")
    return root


def test_ingest_discover_folder_sorted_recursive_relative(tmp_path):
    root = _tree(tmp_path)
    found = list(discover([root]))
    assert [f.source for f in found] == ["a.md", "b.txt", "sub/c.html", "sub/deep/d.htm", "sub/e.TXT"]
    assert all(isinstance(f, SourceFile) and f.path.is_absolute() and f.path.exists() for f in found)


def test_ingest_discover_glob_and_explicit_file(tmp_path, monkeypatch):
    root = _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    globbed = list(discover(["docs/**/*.txt"]))
    assert [f.source for f in globbed] == ["b.txt"]
    globbed = list(discover(["docs/sub/**/*.htm*"]))
    assert [f.source for f in globbed] == ["c.html", "deep/d.htm"]
    globbed = list(discover(["docs/s*"]))  # a matched folder is walked
    assert [f.source for f in globbed] == ["sub/c.html", "sub/deep/d.htm", "sub/e.TXT"]
    explicit = list(discover(["docs/notes.pdf", "docs/b.txt", str(root / "b.txt")]))
    expected = [("notes.pdf", root / "notes.pdf"), ("b.txt", root / "b.txt")]
    assert [(f.source, f.path) for f in explicit] == expected
    assert read_document(explicit[0]).text == "Text of notes.pdf for the reader."


def test_ingest_discover_reports_empty_folder_and_unmatched_glob(tmp_path):
    (tmp_path / "empty").mkdir()
    out = list(discover([tmp_path / "empty", str(tmp_path / "*.nothing")]))
    assert all(isinstance(o, Skipped) for o in out)
    assert "folder has no .txt, .md, .html, .htm files" in out[0].reason
    assert out[1].reason.startswith("no files match this pattern")


def test_ingest_iter_documents_seeds():
    docs = list(iter_documents([SEEDS]))
    assert len(docs) == 5 and all(isinstance(d, Document) for d in docs)
    assert [d.language for d in docs] == ["en", "en", "en", "en", "de"]
    assert len({d.id for d in docs}) == 5
    assert os.path.basename(docs[0].path) == docs[0].source
