"""Cross-document resolution over a merged Graph: one node per real-world thing.

Inside a document, :mod:`graphload.docresolve` already ties "Mr. Ban" to "Ban Ki-moon".
Across documents this pass merges what only the whole corpus can tell:

* a person known in some document only by one name ("Rutte") joins the single
  full-name person with that surname ("Mark Rutte"); when two full names share it
  (two different "Kim"s), nothing is merged and the node records the candidates;
* an event read without a year ("OSCE Summit") joins the single dated node of the
  same name ("OSCE Summit 2010").
"""

from __future__ import annotations

import re
from collections import defaultdict

from .graph import Graph
from .models import Relation

YEAR_SUFFIX = re.compile(r"^(?P<base>.+)-(?P<year>\d{4})$")


def link_across_documents(graph: Graph) -> Graph:
    """Merge surname-only persons and undated events into their unique full node."""
    merge_many(graph, dict(_surname_merges(graph) + _event_merges(graph)))
    return graph


def merge_many(graph: Graph, mapping: dict[str, str]) -> None:
    """Fold every entity ``old`` into ``mapping[old]``, changing only the mentions and relations it touches.

    The merges made are recorded in ``graph.merged`` (old id -> new id), so
    writers can tell which documents' edges they changed.
    """
    mapping = {old: new for old, new in mapping.items()
               if old != new and old in graph.entities and new in graph.entities}
    if not mapping:
        return
    graph._index = None  # the by-document index would no longer describe the dicts changed below
    for old, new in mapping.items():
        graph.entities[new].add_aliases(graph.entities[old].aliases + [graph.entities[old].name])
    _move_mentions(graph, mapping)
    _move_relations(graph, mapping)
    for old in mapping:
        del graph.entities[old]
    targets = set(mapping.values())
    counts: dict[str, int] = dict.fromkeys(targets, 0)
    for _, eid in graph.mentions:
        if eid in targets:
            counts[eid] += 1
    for eid, n in counts.items():
        graph.entities[eid].doc_count = n
    graph.merged.update(mapping)


def _move_mentions(graph: Graph, mapping: dict[str, str]) -> None:
    """Re-point mentions of merged entities, adding counts where a document names both."""
    mentions = graph.mentions
    moved = [(key, count) for key, count in mentions.items() if key[1] in mapping]
    for key, count in moved:
        del mentions[key]
    for (doc, eid), count in moved:
        new_key = (doc, mapping[eid])
        mentions[new_key] = mentions.get(new_key, 0) + count


def _move_relations(graph: Graph, mapping: dict[str, str]) -> None:
    """Re-point relations of merged entities; self-loops go, and of two equal facts the stronger stays."""
    relations = graph.relations
    moved = [(key, rel) for key, rel in relations.items() if rel.source in mapping or rel.target in mapping]
    for key, _ in moved:
        del relations[key]
    for _, rel in moved:
        rel = Relation(rel.type, mapping.get(rel.source, rel.source), mapping.get(rel.target, rel.target),
                       rel.doc, rel.evidence, rel.date, rel.confidence, rel.title)
        if rel.source == rel.target:
            continue
        key = rel.key
        other = relations.get(key)
        if other is None or _strength(rel) > _strength(other):
            relations[key] = rel


def _strength(rel: Relation) -> tuple:
    """Order of preference between two relations with the same key."""
    return rel.confidence, rel.title or "", rel.date or ""


def _surname_merges(graph: Graph) -> list[tuple[str, str]]:
    by_part: dict[str, set[str]] = defaultdict(set)
    singles = []
    for ent in graph.entities.values():
        if ent.label != "Person":
            continue
        parts = ent.name.split()
        if len(parts) == 1:
            singles.append(ent)
        else:
            by_part[parts[-1]].add(ent.id)
            by_part[parts[0]].add(ent.id)
    merges = []
    for ent in singles:
        candidates = by_part.get(ent.name, set()) - {ent.id}
        if len(candidates) == 1:
            merges.append((ent.id, next(iter(candidates))))
        elif len(candidates) > 1:
            ent.props["ambiguous_with"] = sorted(candidates)
    return merges


def _event_merges(graph: Graph) -> list[tuple[str, str]]:
    dated: dict[str, set[str]] = defaultdict(set)
    for ent in graph.entities.values():
        if ent.label == "Event":
            m = YEAR_SUFFIX.match(ent.id)
            if m:
                dated[m.group("base")].add(ent.id)
    return [(eid, next(iter(dated[eid]))) for eid in list(graph.entities)
            if graph.entities[eid].label == "Event" and len(dated.get(eid, ())) == 1]


def merge_entities(graph: Graph, old: str, new: str) -> None:
    """Fold entity ``old`` into ``new``: aliases, mentions and relations move over."""
    src, dst = graph.entities.get(old), graph.entities.get(new)
    if src is None or dst is None or old == new:
        return
    graph._index = None
    dst.add_aliases(src.aliases + [src.name])
    for (doc, eid), count in list(graph.mentions.items()):
        if eid == old:
            del graph.mentions[(doc, eid)]
            if (doc, new) in graph.mentions:
                graph.mentions[(doc, new)] += count
            else:
                graph.mentions[(doc, new)] = count
                dst.doc_count += 1
    for key, rel in list(graph.relations.items()):
        if old not in (rel.source, rel.target):
            continue
        del graph.relations[key]
        moved = Relation(rel.type, new if rel.source == old else rel.source, new if rel.target == old else rel.target,
                         rel.doc, rel.evidence, rel.date, rel.confidence, rel.title)
        if moved.source != moved.target:
            graph.relations[moved.key] = moved
    del graph.entities[old]
    graph.merged[old] = new
