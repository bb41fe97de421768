"""Score an extracted graph against gold annotations (the format of data/eval/gold).

Entities match when their kind agrees and a normalised name or alias is shared;
relations match on type and matched ends (MET_WITH in either direction), counted
once per document. Returns plain data; the CLI renders it.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .errors import GraphFormatError
from .models import ENTITY_LABELS, fold

ARTICLE = re.compile(r"^(the|der|die|das|den|dem|des) ")


def norm(name: str) -> str:
    """Normalised name for matching: folded, punctuation to spaces, no leading article.

    >>> norm("Die Vereinten Nationen")
    'vereinten nationen'
    """
    s = re.sub(r"[^0-9a-z]+", " ", fold(str(name))).strip()
    return ARTICLE.sub("", s)


@dataclass
class Counts:
    """True positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        """Add another count in place."""
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        """tp / (tp + fp)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocScore:
    """Scores of one gold document."""

    doc: str
    found: bool
    entities: Counts
    relations: Counts
    missed: list = field(default_factory=list)
    spurious: list = field(default_factory=list)


@dataclass
class Scores:
    """Overall, per-type and per-document scores."""

    entities: Counts
    relations: Counts
    entity_types: dict[str, Counts]
    relation_types: dict[str, Counts]
    docs: list[DocScore]


def _names(attrs: dict) -> set[str]:
    out = {norm(attrs.get("name", ""))} | {norm(a) for a in attrs.get("aliases") or []}
    out.discard("")
    return out


def _doc_index(g: nx.MultiDiGraph) -> dict[str, str]:
    return {Path(a.get("source", "")).stem: n for n, a in g.nodes(data=True) if a.get("label") == "Document"}


def _match_entities(g, sys_ents: set[str], gold: dict) -> dict[str, str]:
    gold_names = {e["key"]: {norm(x) for x in e["names"]} for e in gold["entities"]}
    gold_kind = {e["key"]: e["type"] for e in gold["entities"]}
    match, used = {}, set()
    for sid in sorted(sys_ents, key=lambda i: (-len(_names(g.nodes[i])), i)):
        names, kind = _names(g.nodes[sid]), g.nodes[sid].get("label")
        for key in gold_names:
            if key not in used and gold_kind[key] == kind and gold_names[key] & names:
                match[sid] = key
                used.add(key)
                break
    return match


def score_document(g: nx.MultiDiGraph, doc_id: str | None, gold: dict, stem: str, ent_types, rel_types) -> DocScore:
    """Score one document of the graph against its gold annotation."""
    sys_ents, sys_edges = set(), []
    if doc_id:
        sys_ents = {v for _, v, a in g.out_edges(doc_id, data=True) if a.get("type") == "MENTIONS"}
        sys_edges = [(u, v, a) for u, v, a in g.edges(data=True) if a.get("doc") == doc_id and a.get("type") != "MENTIONS"]
    sys_ents = {i for i in sys_ents if g.nodes[i].get("label") in ENTITY_LABELS}
    match = _match_entities(g, sys_ents, gold)
    ents = Counts(len(match), len(sys_ents) - len(match), len(gold["entities"]) - len(match))
    for e in gold["entities"]:
        ent_types[e["type"]].fn += 1
    for sid in sys_ents:
        kind = g.nodes[sid]["label"]
        if sid in match:
            ent_types[kind].tp += 1
            ent_types[kind].fn -= 1
        else:
            ent_types[kind].fp += 1

    def key(t, a, b):
        return (t, *sorted((a, b))) if t == "MET_WITH" else (t, a, b)

    gold_rel = {key(r["type"], r["from"], r["to"]) for r in gold["relations"]}
    sys_rel = {key(a["type"], match.get(u, f"?{u}"), match.get(v, f"?{v}")) for u, v, a in sys_edges}
    for k in gold_rel & sys_rel:
        rel_types[k[0]].tp += 1
    for k in sys_rel - gold_rel:
        rel_types[k[0]].fp += 1
    for k in gold_rel - sys_rel:
        rel_types[k[0]].fn += 1
    rels = Counts(len(gold_rel & sys_rel), len(sys_rel - gold_rel), len(gold_rel - sys_rel))
    return DocScore(stem, doc_id is not None, ents, rels, sorted(gold_rel - sys_rel), sorted(sys_rel - gold_rel))


def evaluate(g: nx.MultiDiGraph, gold_dir: str | Path) -> Scores:
    """Precision, recall and F1 of entities and relations, overall, per type and per document."""
    gold_files = sorted(Path(gold_dir).glob("*.json"))
    if not gold_files:
        raise GraphFormatError(f"{gold_dir}: no gold *.json files; pass a folder like data/eval/gold")
    docs = _doc_index(g)
    ent_types, rel_types = defaultdict(Counts), defaultdict(Counts)
    out = Scores(Counts(), Counts(), ent_types, rel_types, [])
    for path in gold_files:
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise GraphFormatError(f"{path}: not a gold JSON file ({exc})") from None
        ds = score_document(g, docs.get(path.stem), gold, path.stem, ent_types, rel_types)
        out.entities.add(ds.entities)
        out.relations.add(ds.relations)
        out.docs.append(ds)
    return out
