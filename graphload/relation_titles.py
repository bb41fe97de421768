"""Title relations (HOLDS_OFFICE, CHAIRED): the owner of each named person's post, from the title, the knowledge
base or the sentence.

Free functions taking the :class:`~graphload.relations.SentenceRelations` (or its context) as first argument.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context_persons import is_role_word
from .office_titles import implied_owner
from .relation_groups import affiliation, affiliation_at, counterpart_ends, met_before
from .spans import is_former
from .title_holders import _offices_by_title

if TYPE_CHECKING:
    from .entities import TitleSpan, TokMention
    from .relations import RelationContext, SentenceRelations


# (KB fingerprint, title head, person) -> the owner of that office
_OWNER_CACHE: dict[tuple[str, str, str | None], str | None] = {}
_HOLDERS: dict[str, frozenset[str]] = {}  # KB fingerprint -> every person who held an office


def _office_holders(kb) -> frozenset[str]:
    """The ids of all persons the knowledge base gives an office."""
    if kb.fingerprint not in _HOLDERS:
        _HOLDERS[kb.fingerprint] = frozenset(term.person for o in kb.offices for term in o.holders)
    return _HOLDERS[kb.fingerprint]


def _sentence_country(self: SentenceRelations, t: TitleSpan) -> str | None:
    """A state post with no owner in the title belongs to the one country the sentence names."""
    if t.head.lower() not in self.ctx.lex.national_heads or "im" in self.ctx.doc.lowers[t.start:t.end]:
        return None  # "Staatssekretär im Auswärtigen Amt": the ministry's post, not the sentence's country
    visits = [h.start for h in self._hits if h.trigger.type == "VISITED" and h.start >= t.end]
    others = counterpart_ends(self)  # "Foreign Minister X and his French counterpart": not X's country
    # "Minister X and Indonesian Minister Y": a later title's country is Y's (an earlier one may be shared)
    later = [o for o in self.ctx.titles_in(self.sent) if o.start >= t.end]
    owned = [(o.start, o.end) for o in later] + met_before(self, t)
    theirs = {o.owner for o in later}  # "its foreign minister, X, while Rwanda's Minister ..., Y"
    words, lowers, lex = self.ctx.doc.words, self.ctx.doc.lowers, self.ctx.lex
    meets = [h.start for h in self._hits if h.trigger.type == "MET_WITH" and h.end <= t.start]
    if meets:  # "The Thai Prime Minister called on President X": the visitor's country is not the host's
        theirs |= {o.owner for o in self.ctx.titles_in(self.sent) if o.owner and o.end <= meets[0]}
    countries = {m.eid for m in self.mentions  # "Minister X arrived ... on a visit to Japan": not his country
                 if m.label == "Country" and not any(v < m.start or v == m.end for v in visits)  # "X hat Y besucht"
                 and m.end not in others
                 and not any(a <= m.start < b for a, b in owned) and m.eid not in theirs
                 and not (m.end < len(words) and is_role_word(lex, words[m.end], lowers[m.end]))  # "a Kazakh businesswoman"
                 and not affiliation_at(self, m) and not _dateline_country(self, m)
                 and not (m.source == "adj" and m.start >= t.end)}  # "X ... ein österreichisches Zentrum eröffnen"
    if len(countries) != 1:
        return None
    country, known = countries.pop(), office_owner(self.ctx, t)  # "President X asked to convey greetings to
    return country if known is None or known == country else None  # the Turkmen leaders": X's post is not theirs


def _dateline_country(self: SentenceRelations, m: TokMention) -> bool:
    """"SINGAPORE, April 27 - Prime Minister X": the dateline names where the text was written, no owner."""
    words = self.doc.words
    return m.start == self.sent.start and m.end < self.sent.end and words[m.end] == "," and words[m.start].isupper()


def _named_owner(self: SentenceRelations, t: TitleSpan) -> str | None:
    """The owner of this person's office in the knowledge base: an organization's post ("Secretary-General
    Ban Ki-moon") as it is, a state's post only if the sentence names the state (by name or adjective)."""
    owner = office_owner(self.ctx, t)
    if owner is None or self.ctx.label(owner) == "Organization" or any(m.eid == owner for m in self.mentions):
        return owner
    return None


def title_relations(self: SentenceRelations) -> None:
    """HOLDS_OFFICE and CHAIRED for the sentence's titles that name (or resolved to) a person."""
    for t in self.ctx.titles_by_sent.get(self.sent.index, ()):  # (titles_in, inlined)
        if t.person and t.person_mention is None and t.owner and not is_former(t):  # "the OSCE Secretary
            self.emit("CHAIRED" if t.chair else "HOLDS_OFFICE", t.person, t.owner, 0.7, t.title)  # General" (by date)
        if t.person_mention is None or not t.person:
            continue
        owner = t.owner or _named_owner(self, t) or affiliation(self, t) or _sentence_country(self, t) or implied_owner(self.ctx, t)
        if owner and is_former(t) and not held_on(self.ctx, t, owner, self.ctx.date_for(self.sent)):
            continue  # "Kenya's former president, X": a past post (unless the KB has X in it on this date)
        if t.chair:
            owner = owner or self.ctx.lexicons.default_chair_org.get(t.head.lower())
            if owner:
                self.emit("CHAIRED", t.person, owner, 0.85, t.title)
        elif owner:
            self.emit("HOLDS_OFFICE", t.person, owner, 0.9 if t.owner else 0.75, t.title)


def office_owner(self: RelationContext, t: TitleSpan) -> str | None:
    """The org or country of a known office this person holds under this title (KB)."""
    if t.person not in _office_holders(self.kb):
        return None  # most persons of a text hold no office the KB knows
    key = (self.kb.fingerprint, t.head, t.person)
    if key not in _OWNER_CACHE:
        owners = {o.org for o in _offices_by_title(self.kb, t.head, None)
                  if any(term.person == t.person for term in o.holders)}
        _OWNER_CACHE[key] = owners.pop() if len(owners) == 1 else None
    return _OWNER_CACHE[key]


def held_on(self: RelationContext, t: TitleSpan, owner: str, date: str | None) -> bool:
    """The KB has this person in the owner's office of this title on the date ("Ban Ki-moon, Former
    Secretary-General" on a 2010 page)."""
    if not date or t.person not in _office_holders(self.kb):
        return False
    return any(o.org == owner and o.holder_on(date) == t.person for o in _offices_by_title(self.kb, t.head, None))
