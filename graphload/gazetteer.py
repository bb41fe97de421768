"""Phrase matchers over the knowledge base's surface forms and the title lexicon."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer

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
    lower_matcher: PhraseMatcher | None = None  # long names matched case-insensitively
    lowered: dict[str, str] = field(default_factory=dict)  # lower-cased long name -> entity id


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


def _pattern_tokenizer(nlp) -> Tokenizer:
    """A second tokenizer with the same rules and vocab, for the patterns.

    Tokenizing thousands of patterns with the pipeline's own tokenizer leaves it
    several times slower on running text afterwards (measured: 0.4 vs 8 µs/word),
    so patterns go through a twin that is thrown away.
    """
    t = nlp.tokenizer
    return Tokenizer(nlp.vocab, rules=t.rules, prefix_search=t.prefix_search, suffix_search=t.suffix_search,
                     infix_finditer=t.infix_finditer, token_match=t.token_match, url_match=t.url_match)


def build_gazetteer(nlp, kb: KnowledgeBase, lex: LanguageLexicon, exclude: frozenset[str] = frozenset()) -> Gazetteer:
    """Compile the knowledge base and title lexicon for ``nlp``'s tokenizer."""
    surface = {form: eid for form, eid in _preferred(kb).items() if form not in exclude}
    for form, eid in list(surface.items()):
        ent = kb.get(eid)
        if ent.label in ("Place", "Country") and len(form) > 3 and form.upper() not in surface:
            surface[form.upper()] = eid  # datelines: "ASTANA –"
    adjectives = {a: c for a, c in kb.adjectives.items() if a not in surface}
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    patterns = _pattern_tokenizer(nlp)
    matcher.add("KB", list(patterns.pipe(sorted(surface))))
    matcher.add(ADJ_KEY, list(patterns.pipe(sorted(adjectives))))
    titles: dict[str, list[tuple[str, ...]]] = {}
    for head in lex.title_heads + sorted(lex.chair_heads):
        words = tuple(t.lower_ for t in patterns(head))
        titles.setdefault(words[0], []).append(words)
    for lst in titles.values():
        lst.sort(key=len, reverse=True)
    suffixes = sorted({h.lower() for h in lex.title_heads if " " not in h}, key=len, reverse=True)
    lowered = {}
    for form, eid in surface.items():
        if form.count(" ") >= 2 and kb.get(eid).label in ("Organization", "Event", "Place"):
            lowered.setdefault(form.lower(), eid)
    lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    lower_matcher.add("KB", list(patterns.pipe(sorted(lowered))))
    return Gazetteer(matcher, surface, adjectives, titles, suffixes, lower_matcher, lowered)
