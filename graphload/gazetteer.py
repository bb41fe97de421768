"""Phrase matchers over the knowledge base's surface forms and the title lexicon."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .kb import KnowledgeBase
from .lexicons import LanguageLexicon
from .wordfacts import twin_tokenizer

# When one surface form names things of several kinds, prefer this order.
LABEL_PRIORITY = {"Country": 0, "Organization": 1, "Person": 2, "Place": 3, "Event": 4}
KB_KEY, ADJ_KEY = "KB", "ADJ"


@dataclass
class PhraseTable:
    """Phrases as word tuples, found the way spaCy's PhraseMatcher finds them: every occurrence, nested or not.

    >>> table = PhraseTable.build([(("New", "York"), "KB"), (("York",), "KB")])
    >>> table.matches(["in", "New", "York"], [1, 2])
    [('KB', 1, 3), ('KB', 2, 3)]
    """

    phrases: dict[tuple[str, ...], str]  # words -> key
    lengths: dict[str, tuple[int, ...]]  # first word -> the lengths of its longer phrases, longest first
    pairs: frozenset[tuple[str, str]] = frozenset()  # the first two words of the longer phrases
    singles: dict[str, str] = field(default_factory=dict)  # one-word phrases: word -> key

    @classmethod
    def build(cls, items: Iterable[tuple[tuple[str, ...], str]]) -> PhraseTable:
        """A table of (words, key) pairs; a later pair with the same words replaces an earlier one."""
        phrases = {words: key for words, key in items if words}
        lengths: dict[str, set[int]] = {}
        for words in phrases:
            lengths.setdefault(words[0], set()).add(len(words))
        return cls(phrases, {w: tuple(sorted(ls - {1}, reverse=True)) for w, ls in lengths.items()},
                   frozenset(words[:2] for words in phrases if len(words) > 1),
                   {words[0]: key for words, key in phrases.items() if len(words) == 1})

    def matches(self, words: list[str], starts: Iterable[int]) -> list[tuple[str, int, int]]:
        """``(key, start, end)`` of every phrase beginning at one of the token positions ``starts``."""
        phrases, lengths, pairs, singles = self.phrases, self.lengths, self.pairs, self.singles
        last, out = len(words) - 1, []
        for i in starts:
            word = words[i]
            key = singles.get(word)
            if key is not None:
                out.append((key, i, i + 1))
            if i < last and (word, words[i + 1]) in pairs:  # most first words begin no longer phrase here
                for length in lengths[word]:
                    if i + length > last + 1:
                        continue  # a slice cut short by the text's end is a shorter phrase, matched at its own length
                    key = phrases.get(tuple(words[i:i + length]))
                    if key is not None:
                        out.append((key, i, i + length))
        return out


@dataclass
class Gazetteer:
    """Compiled matchers for one language."""

    names: PhraseTable  # knowledge-base names (KB_KEY) and country adjectives (ADJ_KEY), exact words
    surface: dict[str, str]  # surface form -> entity id (preferred reading)
    adjectives: dict[str, str]  # adjective form -> country id
    titles: dict[str, list[tuple[str, ...]]]  # first lower-cased word -> title head word tuples
    title_suffixes: list[str] = field(default_factory=list)  # lower-cased one-word heads for compounds
    lowered_names: PhraseTable = field(default_factory=lambda: PhraseTable({}, {}))  # long names in any case
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


def build_gazetteer(nlp, kb: KnowledgeBase, lex: LanguageLexicon, exclude: frozenset[str] = frozenset()) -> Gazetteer:
    """Compile the knowledge base and title lexicon for ``nlp``'s tokenizer."""
    surface = {form: eid for form, eid in _preferred(kb).items() if form not in exclude}
    for form, eid in list(surface.items()):
        ent = kb.get(eid)
        if ent.label in ("Place", "Country") and len(form) > 3 and form.upper() not in surface:
            surface[form.upper()] = eid  # datelines: "ASTANA –"
    adjectives = {a: c for a, c in kb.adjectives.items() if a not in surface}
    patterns = twin_tokenizer(nlp)
    names = PhraseTable.build([*((_words(patterns, f), KB_KEY) for f in sorted(surface)),
                               *((_words(patterns, a), ADJ_KEY) for a in sorted(adjectives))])
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
    lowered_names = PhraseTable.build((tuple(w.lower() for w in _words(patterns, f)), KB_KEY) for f in sorted(lowered))
    return Gazetteer(names, surface, adjectives, titles, suffixes, lowered_names, lowered)


def _words(tokenizer, text: str) -> tuple[str, ...]:
    """The words of ``text`` as the extractor's tokenizer splits them."""
    return tuple(t.text for t in tokenizer(text))
