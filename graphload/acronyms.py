"""Names defined by a bracketed acronym ("the Nordic-Baltic Eight (NB8)") and later bare uses of it: one mixin
of the finder."""

from __future__ import annotations

from .models import make_id
from .spans import ARTICLES, TokMention
from .wordfacts import OPEN_PAREN

# lower-case words inside a name the acronym after it vouches for ("Group of States against Corruption")
ACRONYM_LINKS = frozenset({"of", "for", "and", "the", "on", "in", "against", "through", "to", "de", "du", "la",
                           "für", "der", "des", "und", "von", "vom", "zur", "zum", "gegen", "über", "in", "im"})
# last words of acronym-defined names that are no body: "Sustainable Development Goals (SDGs)", "SIDS"
NOT_BODIES = frozenset({"Goals", "Goal", "Agenda", "Act", "Treaty", "Agreement", "Strategy", "Plan", "Framework",
                        "Declaration", "Protocol", "Countries", "States", "Index", "Product", "Weapons", "Rights",
                        "Law", "Charter", "Accord", "Deal", "Contributions", "Corridor", "Zone", "System", "Area",
                        "Ziele", "Abkommen", "Vertrag", "Vertrags", "Staaten", "Länder", "Waffen", "Zone"})
_GERMAN_ADJ_ENDINGS = ("e", "en", "er", "es", "em")  # "für auswärtige Angelegenheiten", "chemischer Waffen"


def is_acronym(word: str) -> bool:
    """"NB8", "EDA", "IKRK", "CoE": two or more capitals, letters and digits only, short."""
    return 2 <= len(word) <= 10 and word[0].isupper() and word.isalnum() and sum(c.isupper() for c in word) >= 2


def initials_match(acronym: str, words: list[str]) -> bool:
    """The acronym's capitals appear, in order, among the initials of the words and their hyphen parts."""
    initials = [p[0].upper() for w in words for p in w.split("-") if p]
    letters = [c for c in acronym if c.isupper()]
    k = 0
    for c in initials:
        if k < len(letters) and c == letters[k]:
            k += 1
    return k == len(letters) and initials[:1] == letters[:1]


class AcronymRules:
    """"Eidgenössisches Departement für auswärtige Angelegenheiten (EDA) ... der Vorsteher des EDA"."""

    def _acronym_names(self) -> None:
        """Give an unknown name before "(ACRONYM)" its whole span and its acronym, and the acronym's later uses."""
        doc, words = self.doc, self.doc.words
        defined: dict[str, TokMention] = {}
        for p in doc.where(OPEN_PAREN):
            if p < 1 or p + 2 >= len(doc) or words[p + 2] != ")" or not is_acronym(words[p + 1]):
                continue
            m = self._acronym_definition(p, words[p + 1])
            if m is not None and words[p + 1] not in defined and p + 1 not in self.kb_at:
                defined[words[p + 1]] = m
        for acronym, m in defined.items():
            for k in doc.positions([acronym]):
                if k not in self.kb_at:
                    self._add_acronym_use(k, m)

    def _acronym_definition(self, p: int, acronym: str) -> TokMention | None:
        """The mention the bracketed acronym at ``p + 1`` names, made or widened here; None when none."""
        last = self.kb_at.get(p - 1)
        if last is not None and last.source not in ("chunk", "adj"):
            return last if last.label == "Organization" else None
        if last is not None and last.label == "Event" and last.end == p and last.props.get("aka") == acronym:
            return last  # "Conference of the Parties to the ... (COP29)": the event took its short name already
        start = self._vouched_start(self._acronym_start(p), p, acronym)
        if start is None:
            return None
        if last is not None and last.source == "chunk":
            if last.label != "Organization" or last.end != p:
                return last if last.label == "Event" else None
            if last.start <= start:
                last.props.setdefault("aka", acronym)
                return last
        known = self.kb_at.get(p + 1)
        eid = known.eid if known is not None and known.label == "Organization" else None
        return self._acronym_mention(start, p, eid, acronym)

    def _vouched_start(self, start: int, p: int, acronym: str) -> int | None:
        """The first capitalised word from ``start`` whose name the acronym's letters spell out, else ``start``
        when the name has a head noun ("Initiative für Nichtverbreitung und Abrüstung (NPDI)"), else None."""
        words = self.doc.words
        if words[p - 1] in NOT_BODIES and not any(self._head_kind(k) == "Organization" for k in range(start, p)):
            return None
        for k in range(start, p):
            if self.capital[k] and initials_match(acronym, words[k:p]):
                return k
        if start >= p or not any(k in self.head_at for k in range(start, p)):
            return None
        first = [k for k in range(start, p) if self.capital[k] and words[k][0] == acronym[0]]
        return first[0] if first else start

    def _acronym_start(self, p: int) -> int:
        """First word of the capitalised name that ends before the bracket at ``p`` (same sentence)."""
        words, lowers = self.doc.words, self.doc.lowers
        sent, k, start = self.sent_of[p], p - 1, p
        while k >= 0 and self.sent_of[k] == sent:
            m = self.kb_at.get(k)
            if m is not None and not (m.label == "Organization" or m.source in ("adj", "chunk")):
                break
            if lowers[k] in ("and", "und") and lowers[k + 1] in ARTICLES:
                break  # "X-Ausschuss und der Y-Kammer (Z)": the acronym names the last of two bodies
            if self.capital[k] and self.alnum0[k] and words[k] not in self.lexicons.not_names:
                if lowers[k] in self.gaz.titles or (k in self.head_at and self._head_kind(k) == "Event" and k < p - 1):
                    break
                start = k
            elif not (lowers[k] in ACRONYM_LINKS or (self.lang == "de" and words[k].isalpha() and words[k].islower()
                                                      and words[k].endswith(_GERMAN_ADJ_ENDINGS))):
                break
            k -= 1
        return start

    def _acronym_mention(self, s: int, e: int, eid: str | None, acronym: str) -> TokMention:
        surface = self.doc.text(s, e)
        kind = self._head_kind(e - 1) if e - 1 in self.head_at else None
        kind = kind if kind in ("Event", "Organization") else "Organization"
        m = TokMention(s, e, kind, eid or make_id(kind, surface), surface, "chunk", self.sent_of[s],
                       props={"canonical": surface, "aka": acronym, "head": self.doc.words[e - 1]})
        for k in range(s, e):
            inner = self.kb_at.get(k)
            if inner is not None and inner in self.mentions:
                self.mentions.remove(inner)
            self.kb_at[k] = m
        self.mentions.append(m)
        return m

    def _add_acronym_use(self, k: int, m: TokMention) -> None:
        use = TokMention(k, k + 1, m.label, m.eid, self.doc.words[k], "chunk", self.sent_of[k],
                         props={"canonical": m.props.get("canonical", m.surface)})
        self.kb_at[k] = use
        self.mentions.append(use)
