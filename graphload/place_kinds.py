"""A place named by its kind before it: "in the Caspian resort of Avaza", "the Romanian port city of Constanta",
"im kirgisischen Kurort Tscholpon-Ata", "in der tadschikischen Stadt Chudschand". Where the kind phrase begins
(for "in X" readings) and the country adjective inside it (for LOCATED_IN)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .spans import TokMention

if TYPE_CHECKING:
    from .relations import SentenceRelations

# the kind noun right before "of <Place>" (English) or right before the place (German)
KINDS_EN = frozenset({"resort", "city", "town", "village", "port", "capital", "spa", "hamlet", "enclave", "oasis"})
KINDS_DE = frozenset({"kurort", "stadt", "hafenstadt", "küstenstadt", "grenzstadt", "badeort", "urlaubsort", "ferienort",
                      "kleinstadt", "oasenstadt", "bergdorf", "dorf", "skiort", "ort", "gemeinde", "metropole",
                      "großstadt", "industriestadt", "provinzstadt", "kreisstadt", "universitätsstadt"})
ARTICLES = frozenset({"the", "der", "die", "dem", "den", "des"})
MAX_MODIFIERS = 3  # "the Kyrgyz resort village of", "der kroatischen Küstenstadt"


@dataclass(slots=True)
class KindPhrase:
    """"in the Kazakh city of X": ``lead`` the token before the phrase ("in"), ``first`` its first modifier."""

    lead: int
    first: int


def kind_phrase(words: list[str], lowers: list[str], start: int, lo: int) -> KindPhrase | None:
    """The kind phrase naming the place that begins at token ``start`` (not before token ``lo``), else None."""
    k = start - 1
    if lowers[start] in KINDS_DE and words[start][:1].isupper():
        pass  # a name that holds its kind noun: "Kurort Bad Gleichenberg"
    elif k - 1 >= lo and lowers[k] == "of" and lowers[k - 1] in KINDS_EN:
        k -= 2
    elif k >= lo and lowers[k] in KINDS_DE and words[k][:1].isupper():
        k -= 1
    else:
        return None
    end = k
    while k >= lo and end - k < MAX_MODIFIERS and lowers[k] not in ARTICLES and words[k].replace("-", "").isalpha() \
            and lowers[k] not in ("in", "im", "at", "to", "nach"):
        k -= 1  # modifiers: "Caspian", "Black Sea", "Romanian port", "kirgisischen"
    first = k + 1
    if k >= lo and lowers[k] in ARTICLES:
        k -= 1
    return KindPhrase(k, first) if k >= lo else None


def kind_country(self: SentenceRelations, pl: TokMention) -> TokMention | None:
    """The country adjective of the kind phrase naming a place: "the Kazakh city of X", "der kroatischen Küstenstadt X"."""
    if pl.start - 2 < self.sent.start or pl.source == "anaphora":
        return None
    kind = kind_phrase(self.doc.words, self.doc.lowers, pl.start, self.sent.start)
    if kind is None:
        return None
    kb_at = self.ctx.finder.kb_at
    adj = next((kb_at[k] for k in range(kind.first, pl.start) if k in kb_at), None)
    return adj if adj is not None and adj.label == "Country" else None


def kind_place_after(self: SentenceRelations, k: int) -> TokMention | None:
    """"in the Kyrgyz resort village of X", "in der kroatischen Küstenstadt X": the place the kind phrase after
    "in" at token ``k`` names (not the country adjective that opens it)."""
    lowers = self.doc.lowers
    if k + 2 >= self.sent.end or (lowers[k + 1] not in ARTICLES and lowers[k] != "im"):
        return None
    for m in self.mentions:
        if m.label == "Place" and k + 2 <= m.start <= k + 7:
            kind = kind_phrase(self.doc.words, lowers, m.start, k)
            if kind is not None and kind.lead == k:
                return m
    return None
