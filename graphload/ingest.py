"""Finding and reading documents: files, folders and globs to normalised Documents.

Bytes are decoded as UTF-8 when they are (BOM or not), else with the encoding
charset-normalizer detects; ftfy then repairs mojibake. HTML pages are reduced
to their article text with trafilatura. Every bad file becomes an
:class:`~graphload.errors.InputError` (or a :class:`Skipped` in
:func:`iter_documents`) with a one-line reason saying what to do.
"""

from __future__ import annotations

import glob
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import ftfy
from ftfy.badness import is_bad

from .dates import document_date
from .errors import ConfigError, InputError
from .htmltext import html_article, looks_html
from .language import detect_language
from .models import Document

DEFAULT_MAX_BYTES = 5_000_000
SUFFIXES = (".txt", ".md", ".html", ".htm")
_GLOB_CHARS = re.compile(r"[*?\[]")
_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, explain=False)


@dataclass
class SourceFile:
    """A file to read: its absolute ``location`` and ``source`` relative to its input root."""

    location: str | Path  # kept as found: a string from folder walks (cheap for 100,000 files)
    source: str

    @property
    def path(self) -> Path:
        """The location as a Path."""
        return Path(self.location)


@dataclass
class Skipped:
    """A path that was not read, with a one-line reason saying what to do."""

    source: str
    reason: str


# ----------------------------------------------------------------- discovery


def _hidden(rel: str) -> bool:
    """True if any part of a relative path starts with a dot."""
    return any(part.startswith(".") for part in Path(rel).parts if part not in (".", ".."))


def _walk(root: Path, shown: str) -> Iterator[SourceFile | Skipped]:
    """Files with a known suffix under ``root``, sorted, hidden entries skipped."""
    errors: list[OSError] = []
    found: list[SourceFile] = []
    top = str(root)
    for dirpath, dirnames, filenames in os.walk(top, onerror=errors.append):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        rel = os.path.relpath(dirpath, top).replace(os.sep, "/")
        prefix = "" if rel == "." else rel + "/"
        for name in filenames:
            if not name.startswith(".") and name.lower().endswith(SUFFIXES):
                found.append(SourceFile(os.path.join(dirpath, name), prefix + name))
    yield from sorted(found, key=lambda f: f.source)
    for err in errors:
        yield Skipped(str(err.filename or shown), f"cannot list folder ({err.strerror}): check its permissions")
    if not found and not errors:
        yield Skipped(shown, f"folder has no {', '.join(SUFFIXES)} files: nothing to read")


def _glob(pattern: str) -> Iterator[SourceFile | Skipped]:
    """Files matching a glob pattern; ``source`` is relative to the pattern's fixed prefix."""
    parts = Path(pattern).parts
    fixed = [p for p in parts[: next(i for i, p in enumerate(parts) if _GLOB_CHARS.search(p))]]
    root = Path(os.path.abspath(Path(*fixed) if fixed else "."))
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield Skipped(pattern, "no files match this pattern: check it (and quote it so the shell does not expand it)")
        return
    for m in matches:
        path = Path(os.path.abspath(m))
        rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
        if _hidden(rel):
            continue
        if path.is_dir():
            inner = [s for s in _walk(path, m) if isinstance(s, SourceFile)]
            yield from (SourceFile(s.location, f"{rel}/{s.source}") for s in inner)
        elif path.name.lower().endswith(SUFFIXES):
            yield SourceFile(path, rel)


def _one(arg: str) -> Iterator[SourceFile | Skipped]:
    """Expand one command-line path: a file, a folder or a glob pattern."""
    path = Path(os.path.abspath(arg))
    if path.is_dir():
        yield from _walk(path, arg)
    elif path.exists():
        yield SourceFile(path, path.name)
    elif _GLOB_CHARS.search(arg):
        yield from _glob(arg)
    elif path.is_symlink():
        yield Skipped(arg, f"broken symbolic link (its target {os.readlink(path)} does not exist): fix or remove it")
    else:
        yield Skipped(arg, "no such file or folder: check the path")


def discover(paths: Iterable[str | Path]) -> Iterator[SourceFile | Skipped]:
    """Files to read from files, folders (recursive) and glob patterns, in order.

    Inside folders only ``.txt``, ``.md``, ``.html`` and ``.htm`` files are
    taken (hidden files and folders skipped); a file named explicitly is read
    whatever its suffix. A file reached twice is yielded once.

    >>> [s.source for s in discover(["data/seeds"])][:1]
    ['000_ad2d8637457e9167.txt']
    """
    seen: set[str] = set()
    for arg in paths:
        for item in _one(str(arg)):
            if isinstance(item, SourceFile):
                key = str(item.location)
                if key in seen:
                    continue
                seen.add(key)
            yield item


# ----------------------------------------------------------------- decoding

_MAGIC = [
    (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"), (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"), (b"\x7fELF", "executable"),
    (b"\xd0\xcf\x11\xe0", "old Office document"), (b"RIFF", "audio/video or WebP file"),
    (b"7z\xbc\xaf", "7-Zip archive"), (b"Rar!", "RAR archive"), (b"SQLite format 3", "SQLite database"),
    (b"OggS", "Ogg audio"), (b"\xfd7zXZ", "xz archive"),
]
_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
]
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))


def _human(n: int) -> str:
    """Byte count for messages: '7.2 MB', '5 MB', '300 bytes'."""
    if n < 1000:
        return f"{n} bytes"
    value, unit = (n / 1e6, "MB") if n >= 1e6 else (n / 1e3, "kB")
    return f"{value:.1f}".rstrip("0").rstrip(".") + f" {unit}"


def _binary_kind(data: bytes) -> str | None:
    """What a binary file looks like ('PNG image', 'binary data'), or None for text."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:8192]
    if b"\x00" in head:
        return "binary data with NUL bytes"
    controls = len(head) - len(head.translate(None, _CONTROL))
    return "binary data with control characters" if controls > 0.05 * len(head) else None


def _mixed_script_words(text: str) -> int:
    """Words mixing ASCII letters with non-Latin letters: a sign of a wrong decoding."""
    count = 0
    for word in re.findall(r"\w+", text[:20000]):
        if word.isascii() or not re.search(r"[A-Za-z]", word):
            continue
        if any(c.isalpha() and not c.isascii() and not unicodedata.name(c, "").startswith("LATIN") for c in word):
            count += 1
    return count


def _decode(data: bytes, source: str) -> str:
    """Bytes to str: BOM, strict UTF-8, else the charset-normalizer guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        reason = "cannot decode the bytes: not UTF-8 and no known text encoding fits; re-save it as UTF-8"
        raise InputError(source, reason)
    text = str(best)
    if best.encoding not in ("cp1252", "cp1250", "latin_1", "iso8859_15") and _mixed_script_words(text):
        western = data.decode("cp1252", errors="replace")
        if not _mixed_script_words(western) and "\ufffd" not in western:
            return western
    return text


def normalise_text(text: str) -> str:
    """The repair and normalisation a Document's text and id are made from.

    ftfy mojibake repair (curly quotes kept), NFC, ``\\n`` line endings,
    no trailing spaces, at most one blank line in a row, stripped ends.

    >>> normalise_text("Caf\\u00c3\\u00a9  \\r\\n\\r\\n\\r\\n\\r\\n\\u201cYes\\u201d")
    'Café\\n\\n“Yes”'
    """
    text = ftfy.fix_text(text.lstrip("\ufeff"), _FTFY_CONFIG)
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"\r\n?|[\u2028\u2029\x85]", "\n", text)
    text = re.sub(r"[^\S\n]+(?=\n|$)", "", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def document_id(normalised_text: str) -> str:
    """Document node id: ``doc:`` and 12 hex of the text's sha256.

    >>> document_id("Hello")
    'doc:185f8db32271'
    """
    return "doc:" + hashlib.sha256(normalised_text.encode("utf-8")).hexdigest()[:12]


# ----------------------------------------------------------------- title

_BOILERPLATE = re.compile(
    r"(?:in progress at unhq|for information media.*|not an official record.*|press releases?|"
    r"meetings coverage.*|skip to (?:main )?content|home|menu|share|print|department of public information.*)",
    re.I,
)
_DOC_CODE = re.compile(r"[A-Z]{1,6}(?:/[A-Z0-9.\-]+){1,5}")


_CHROME_OR_CODE = re.compile(rf"\s*(?:(?i:{_BOILERPLATE.pattern})|{_DOC_CODE.pattern})\s*")


_LONG_CHROME_STARTS = ("for ", "not ", "meet", "depa")  # the phrases above that go on ("for information media...")


def is_boilerplate_line(line: str) -> bool:
    """Website chrome or a document code ("In progress at UNHQ", "SG/SM/13017"), not article text."""
    core = line.strip()
    if len(core) > 20 and " " in core and core[:4].lower() not in _LONG_CHROME_STARTS:
        return False  # longer than any fixed phrase, spaced unlike a code, and begins no longer phrase
    return _CHROME_OR_CODE.fullmatch(line) is not None
_TITLE_MAX = 200


def _junk(line: str) -> bool:
    """True for mojibake or lines that are mostly not letters."""
    visible = [c for c in line if not c.isspace()]
    letters = sum(c.isalpha() for c in visible)
    return is_bad(line) or letters < 0.5 * len(visible)


def _shorten(line: str) -> str:
    """A title of at most ~200 characters: the first sentence, else cut at a word."""
    if len(line) <= _TITLE_MAX:
        return line
    m = re.match(rf"(.{{20,{_TITLE_MAX}}}?[.!?])\s", line)
    if m:
        return m.group(1)
    return line[:_TITLE_MAX].rsplit(" ", 1)[0].rstrip(",;:–- ") + "…"


def title_of(text: str) -> str:
    """The first meaningful line: not junk, boilerplate, a code, a date or under 3 words.

    >>> title_of("In progress at UNHQ\\n\\nSG/T/2759\\n\\nActivities of Secretary-General in Kazakhstan")
    'Activities of Secretary-General in Kazakhstan'
    """
    fallback = ""
    for raw in text.split("\n")[:40]:
        line = raw.strip().lstrip("#").strip(" *_")
        if not line or _junk(line):
            continue
        fallback = fallback or line
        if (_BOILERPLATE.fullmatch(line) or _DOC_CODE.fullmatch(line) or len(line.split()) < 3
                or (len(line) < 60 and document_date(line, "en"))):
            continue
        return _shorten(line)
    return _shorten(fallback)


# ----------------------------------------------------------------- reading


def _read_bytes(src: SourceFile, max_bytes: int) -> bytes:
    """The file's bytes, after checking it is a regular, non-empty file under the limit."""
    import stat

    try:
        st = src.path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise InputError(src.source, "is a folder, not a file: pass the folder itself to read the files in it")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(src.source, "not a regular file (device, pipe or socket): pass a text file")
        if st.st_size > max_bytes:
            raise InputError(src.source, f"file is {_human(st.st_size)}, over the {_human(max_bytes)} limit: "
                                         "raise it with --max-bytes")
        with open(src.path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(src.source, "file not found (or a broken symbolic link): check the path") from None
    except PermissionError:
        raise InputError(src.source, "permission denied: make the file readable") from None
    except OSError as exc:
        raise InputError(src.source, f"cannot read the file ({exc.strerror or exc}): check it") from None
    if len(data) > max_bytes:
        raise InputError(src.source, f"file is over the {_human(max_bytes)} limit: raise it with --max-bytes")
    if not data:
        raise InputError(src.source, "empty file: nothing to read")
    return data


def read_document(src: SourceFile, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read, decode, repair and normalise one file into a :class:`Document`.

    Raises :class:`~graphload.errors.InputError` naming the file when it is
    empty, binary, over ``max_bytes``, undecodable, unreadable, or an HTML
    page without article text.
    """
    if max_bytes <= 0:
        raise ConfigError(f"--max-bytes must be a positive number of bytes, not {max_bytes}")
    data = _read_bytes(src, max_bytes)
    kind = _binary_kind(data)
    if kind:
        raise InputError(src.source, f"binary file (looks like {kind}), not text: pass .txt, .md or .html files")
    raw = _decode(data, src.source)
    title, date = "", None
    if looks_html(src.path, raw):
        raw, title, date = html_article(raw, src.source)
    text = normalise_text(raw)
    if not text:
        raise InputError(src.source, "empty file (only whitespace or invisible characters): nothing to read")
    language = detect_language(text)
    return Document(
        id=document_id(text), source=src.source, text=text, title=_shorten(title) if title else title_of(text),
        language=language, date=date or document_date(text, language), chars=len(text), path=str(src.path),
    )


def iter_documents(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | Skipped]:
    """Documents of every readable file under ``paths``; bad files come as :class:`Skipped`.

    >>> docs = [d for d in iter_documents(["data/seeds"]) if not isinstance(d, Skipped)]
    >>> sorted({d.language for d in docs})
    ['de', 'en']
    """
    for item in discover(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            yield read_document(item, max_bytes)
        except InputError as exc:
            yield Skipped(item.source, exc.reason)
