"""Typed objects of the graph model (shared/design/graph-model.md).

Every stage passes these between each other; plain dicts appear only at the
file and database edges (``to_dict`` / ``from_dict``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Iterable


class Label(str, Enum):
    """Kind labels of nodes; every entity node also carries ``Entity``."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    COUNTRY = "Country"
    PLACE = "Place"
    EVENT = "Event"
    DOCUMENT = "Document"


class RelType(str, Enum):
    """The closed list of relationship types."""

    MET_WITH = "MET_WITH"
    HOLDS_OFFICE = "HOLDS_OFFICE"
    CHAIRED = "CHAIRED"
    HOSTED = "HOSTED"
    ATTENDED = "ATTENDED"
    ADDRESSED = "ADDRESSED"
    VISITED = "VISITED"
    HELD_IN = "HELD_IN"
    LOCATED_IN = "LOCATED_IN"
    MEMBER_OF = "MEMBER_OF"
    MENTIONS = "MENTIONS"


ENTITY_LABELS: tuple[str, ...] = tuple(l.value for l in Label if l is not Label.DOCUMENT)
ALL_LABELS: tuple[str, ...] = tuple(l.value for l in Label)
REL_TYPES: tuple[str, ...] = tuple(t.value for t in RelType)
ID_PREFIX = {
    "Person": "person",
    "Organization": "org",
    "Country": "country",
    "Place": "place",
    "Event": "event",
    "Document": "doc",
}
PREFIX_LABEL = {v: k for k, v in ID_PREFIX.items()}

# Which kinds may stand at each end of a relationship type (graph-model.md).
SIGNATURES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "MET_WITH": (frozenset({"Person"}), frozenset({"Person"})),
    "HOLDS_OFFICE": (frozenset({"Person"}), frozenset({"Organization", "Country"})),
    "CHAIRED": (frozenset({"Country", "Person"}), frozenset({"Organization"})),
    "HOSTED": (
        frozenset({"Country", "Place", "Person", "Organization"}),
        frozenset({"Event", "Person"}),
    ),
    "ATTENDED": (frozenset({"Person", "Country", "Organization"}), frozenset({"Event"})),
    "ADDRESSED": (frozenset({"Person"}), frozenset({"Event", "Organization"})),
    "VISITED": (frozenset({"Person"}), frozenset({"Place", "Country"})),
    "HELD_IN": (frozenset({"Event"}), frozenset({"Place", "Country"})),
    "LOCATED_IN": (frozenset({"Place"}), frozenset({"Place", "Country"})),
    "MEMBER_OF": (frozenset({"Country", "Organization"}), frozenset({"Organization"})),
}


# letters NFKD leaves whole: Turkish dotless i, Polish ł, Nordic ø/æ, Croatian/Vietnamese đ, Icelandic þ/ð
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
                               "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "þ": "th", "Þ": "Th", "ð": "d"})


def fold(text: str) -> str:
    """Lower-case ASCII fold of ``text`` (diacritics removed, ß -> ss, ł -> l, ı -> i).

    >>> fold("António Guterres")
    'antonio guterres'
    >>> fold("Cengiz Yıldırımoğlu, Łódź")
    'cengiz yildirimoglu, lodz'
    """
    if text.isascii():  # nothing to fold but the case (no per-character pass)
        return text.casefold()
    text = text.replace("ß", "ss").replace("ẞ", "SS").translate(_UNDECOMPOSED)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold()


@lru_cache(maxsize=65536)
def slugify(text: str) -> str:
    """Slug for node ids: lower-case ASCII words joined by ``-`` (remembered for the names seen most lately).

    >>> slugify("António Guterres")
    'antonio-guterres'
    """
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def make_id(label: str, name_or_code: str) -> str:
    """Node id of the model: ``person:antonio-guterres``, ``country:kz``.

    >>> make_id("Country", "KZ")
    'country:kz'
    """
    return f"{ID_PREFIX[label]}:{slugify(name_or_code)}"


def label_of_id(node_id: str) -> str:
    """The kind label encoded in a node id's prefix."""
    return PREFIX_LABEL[node_id.partition(":")[0]]


def append_unique(items: list[str], new: Iterable[str]) -> None:
    """Append the non-empty strings of ``new`` not yet in ``items``, keeping order.

    >>> names = ["Astana"]; append_unique(names, ["Nur-Sultan", "Astana", ""]); names
    ['Astana', 'Nur-Sultan']
    """
    seen = set(items)
    for item in new:
        if item and item not in seen:
            items.append(item)
            seen.add(item)


def evidence_hash(evidence: str) -> str:
    """Short stable hash of an evidence sentence (part of a relationship's key)."""
    return hashlib.sha256(evidence.encode("utf-8")).hexdigest()[:16]


@dataclass
class Document:
    """One source text, read and normalised."""

    id: str
    source: str
    text: str
    title: str = ""
    language: str = "und"
    date: str | None = None
    chars: int = 0
    path: str = ""

    def node_attrs(self) -> dict:
        """Node attributes of the Document (no text body)."""
        return {
            "id": self.id,
            "label": Label.DOCUMENT.value,
            "name": self.title or self.source,
            "source": self.source,
            "title": self.title,
            "language": self.language,
            "date": self.date,
            "chars": self.chars,
        }

    def to_dict(self) -> dict:
        """Plain dict with every field (for caches and workers)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Document":
        """Inverse of :meth:`to_dict`."""
        return cls(**data)


@dataclass
class Mention:
    """A surface form of an entity found in a document."""

    text: str
    label: str
    start: int
    end: int
    entity_id: str | None = None
    sentence: int = 0
    source: str = "kb"  # kb | gazetteer | pattern | model | coref


@dataclass
class Entity:
    """One real-world thing: a node of the graph."""

    id: str
    label: str
    name: str
    aliases: list[str] = field(default_factory=list)
    doc_count: int = 0
    qid: str | None = None
    props: dict = field(default_factory=dict)

    def add_aliases(self, names: Iterable[str]) -> None:
        """Add surface forms, keeping order and dropping exact duplicates."""
        append_unique(self.aliases, names)

    def node_attrs(self) -> dict:
        """Node attributes for the networkx mirror and the JSON file."""
        attrs = {
            "id": self.id,
            "label": self.label,
            "name": self.name,
            "aliases": list(self.aliases),
            "doc_count": self.doc_count,
        }
        if self.qid:
            attrs["qid"] = self.qid
        attrs.update(self.props)
        return attrs

    def to_dict(self) -> dict:
        """Plain dict with every field."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Entity":
        """Inverse of :meth:`to_dict`."""
        return cls(**data)


@dataclass(slots=True)
class Relation:
    """A typed relationship read from one sentence of one document."""

    type: str
    source: str
    target: str
    doc: str
    evidence: str
    date: str | None = None
    confidence: float = 0.8
    title: str | None = None

    @property
    def key(self) -> str:
        """Identity of the fact-per-source: type, ends, doc and evidence hash."""
        return f"{self.type}|{self.source}|{self.target}|{self.doc}|{evidence_hash(self.evidence)}"

    def edge_attrs(self) -> dict:
        """Edge attributes for the networkx mirror and the JSON file."""
        attrs = {
            "type": self.type,
            "doc": self.doc,
            "evidence": self.evidence,
            "date": self.date,
            "confidence": round(float(self.confidence), 3),
        }
        if self.title:
            attrs["title"] = self.title
        return attrs

    def to_dict(self) -> dict:
        """Plain dict with every field."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Relation":
        """Inverse of :meth:`to_dict`."""
        return cls(**data)


@dataclass
class DocResult:
    """Everything extracted from one document, ready to merge into a Graph."""

    document: Document
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: dict[str, int] = field(default_factory=dict)  # entity id -> count
    relations: list[Relation] = field(default_factory=list)

    def to_dict(self) -> dict:
        """Plain dict (JSON-safe) for the extraction cache and worker transport."""
        return {
            "document": self.document.to_dict(),
            "entities": [e.to_dict() for e in self.entities.values()],
            "mentions": dict(self.mentions),
            "relations": [r.to_dict() for r in self.relations],
        }

    @classmethod
    def from_dict(cls, data: dict) -> "DocResult":
        """Inverse of :meth:`to_dict`."""
        ents = [Entity.from_dict(e) for e in data["entities"]]
        return cls(
            document=Document.from_dict(data["document"]),
            entities={e.id: e for e in ents},
            mentions=dict(data["mentions"]),
            relations=[Relation.from_dict(r) for r in data["relations"]],
        )
