"""What each document brought to a Graph: the by-document index that makes removing one cheap."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .graph import Graph
    from .models import Entity


class _Index:
    """What each document brought to a :class:`Graph`, so removing one touches only its own parts.

    ``docs`` maps a document id to its relation keys, mentioned entity ids and
    entity variants; ``tally`` counts per entity how many documents give each
    name, form and QID. Valid while the graph's dicts are the ones it was built
    with (:meth:`owns`); code that swaps them (the cross-document linking) ends it.
    """

    __slots__ = ("dicts", "docs", "tally", "variants")

    def __init__(self, graph: Graph):
        self.dicts = (graph.documents, graph.entities, graph.relations, graph.mentions)
        self.docs: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple]] = {}
        self.tally: dict[str, _Tally] = {}
        self.variants: dict[tuple, list] = {}  # interned (id, name, forms, qid) -> [itself, documents]

    def owns(self, graph: Graph) -> bool:
        """Whether the graph still holds the dicts this index describes."""
        d = self.dicts
        return (d[0] is graph.documents and d[1] is graph.entities
                and d[2] is graph.relations and d[3] is graph.mentions)

    def count_in(self, mine: Entity, ent: Entity) -> tuple:
        """Count one document's view of an entity into ``mine``; returns the interned variant."""
        forms = tuple(dict.fromkeys(f for f in (*ent.aliases, ent.name) if f))
        key = (ent.id, ent.name, forms, ent.qid)
        slot = self.variants.get(key)
        if slot is None:
            slot = self.variants[key] = [key, 0]
        slot[1] += 1
        tally = self.tally.get(ent.id)
        if tally is None:
            tally = self.tally[ent.id] = _Tally()
        tally.add(mine, slot[0])
        return slot[0]

    def count_out(self, entities: dict[str, Entity], variant: tuple) -> None:
        """Undo :meth:`count_in`; an entity no document gives any more leaves the graph."""
        slot = self.variants[variant]
        slot[1] -= 1
        if not slot[1]:
            del self.variants[variant]
        ent_id = variant[0]
        tally = self.tally[ent_id]
        if tally.remove(entities[ent_id], variant):
            del self.tally[ent_id]
            del entities[ent_id]


class _Tally:
    """Per entity: documents giving it, and how many give each name, form and QID."""

    __slots__ = ("docs", "forms", "names", "qids")

    def __init__(self):
        self.docs = 0
        self.names: dict[str, int] = {}
        self.forms: dict[str, int] = {}
        self.qids: dict[str, int] = {}

    def add(self, mine: Entity, variant: tuple) -> None:
        """Count a variant in and update the entity's name, aliases and QID."""
        _, name, forms, qid = variant
        self.docs += 1
        fresh = False
        for form in forms:
            n = self.forms.get(form, 0)
            self.forms[form] = n + 1
            fresh = fresh or not n
        if fresh:
            mine.aliases = sorted(self.forms)
        mine.name = _bump(self.names, name, mine.name if self.docs > 1 else None)
        if qid:
            mine.qid = _bump(self.qids, qid, mine.qid)

    def remove(self, mine: Entity, variant: tuple) -> bool:
        """Count a variant out; True when no document gives the entity any more."""
        _, name, forms, qid = variant
        self.docs -= 1
        if not self.docs:
            return True
        gone = False
        for form in forms:
            gone = _drop(self.forms, form) or gone
        if gone:
            mine.aliases = sorted(self.forms)
        if _drop(self.names, name) or name == mine.name:
            mine.name = _best(self.names)
        if qid and (_drop(self.qids, qid) or qid == mine.qid):
            mine.qid = _best(self.qids) if self.qids else None
        return False


def _bump(counts: dict[str, int], value: str, current: str | None) -> str:
    """Count ``value`` once more; the most counted value wins (ties: the smallest)."""
    n = counts[value] = counts.get(value, 0) + 1
    if current is None or current not in counts or current == value:
        return value if current is None or current not in counts else current
    m = counts[current]
    return value if n > m or (n == m and value < current) else current


def _drop(counts: dict[str, int], value: str) -> bool:
    """Count ``value`` once less; True when it is no longer counted at all."""
    n = counts[value] - 1
    if n:
        counts[value] = n
        return False
    del counts[value]
    return True


def _best(counts: dict[str, int]) -> str:
    """The most counted value, the smallest among ties."""
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
