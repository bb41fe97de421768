"""Phrase matchers over the knowledge base's surface forms and the title lexicon."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher

from .kb import KnowledgeBase
from .lexicons import LanguageLexicon

# When one surface form names things of several kinds, prefer this order.
LABEL_PRIORITY = {"Country": 0, "Organization": 1, "Person": 2, "Place": 3, "Event": 4}
ADJ_KEY = "ADJ"


@dataclass
class Gazetteer:
    """Compiled matchers for one language."""

    matcher: PhraseMatcher
    surface: dict[str, str]  # surface form -> entity id (preferred reading)
    adjectives: dict[str, str]  # adjective form -> country id
    titles: dict[str, list[tuple[str, ...]]]  # first lower-cased word -> title head word tuples
    title_suffixes: list[str] = field(default_factory=list)  # lower-cased one-word heads for compounds


def _preferred(kb: KnowledgeBase) -> dict[str, str]:
    """Map every surface form to one entity id, by label priority then population/order."""
    best: dict[str, tuple[int, str]] = {}
    for form, eid in kb.surface_forms():
        ent = kb.get(eid)
        if ent is None or not form.strip():
            continue
        rank = LABEL_PRIORITY.get(ent.label, 9)
        if form not in best or rank < best[form][0]:
            best[form] = (rank, eid)
    return {form: eid for form, (_, eid) in best.items()}


def build_gazetteer(nlp, kb: KnowledgeBase, lex: LanguageLexicon) -> Gazetteer:
    """Compile the knowledge base and title lexicon for ``nlp``'s tokenizer."""
    surface = _preferred(kb)
    for form, eid in list(surface.items()):
        ent = kb.get(eid)
        if ent.label in ("Place", "Country") and len(form) > 3 and form.upper() not in surface:
            surface[form.upper()] = eid  # datelines: "ASTANA –"
    adjectives = {a: c for a, c in kb.adjectives.items() if a not in surface}
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    forms = sorted(surface)
    matcher.add("KB", list(nlp.tokenizer.pipe(forms)))
    matcher.add(ADJ_KEY, list(nlp.tokenizer.pipe(sorted(adjectives))))
    titles: dict[str, list[tuple[str, ...]]] = {}
    for head in lex.title_heads + sorted(lex.chair_heads):
        words = tuple(t.lower_ for t in nlp.tokenizer(head))
        titles.setdefault(words[0], []).append(words)
    for lst in titles.values():
        lst.sort(key=len, reverse=True)
    suffixes = sorted({h.lower() for h in lex.title_heads if " " not in h}, key=len, reverse=True)
    return Gazetteer(matcher, surface, adjectives, titles, suffixes)
