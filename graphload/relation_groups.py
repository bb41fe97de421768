"""Groups of actors in one relation: coordinated subjects, "both countries", companions, counterparts.

Every function here starts from a trigger hit or a mention a rule already found, so sentences without a
trigger cost nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .spans import TitleSpan, TokMention

if TYPE_CHECKING:
    from .relation_rules import Hit
    from .relations import SentenceRelations

JOINERS = {"and", "und", ",", "sowie"}
GAP_WORDS = {"the", "of", "der", "die", "das", "dem", "den", "des", "von", "'s", "’s", "'", "’",
             "counterpart", "counterparts", "amtskollege", "amtskollegen", "amtskollegin"}  # "A and his ... counterpart, B"
POSSESSIVE_DETS = frozenset({"his", "her", "their", "sein", "seine", "seinem", "seinen", "ihre", "ihrem", "ihren"})
LIST_ARTICLES = {"the", "die", "der", "den"}
BRACKETS = {"(", ")"}
AS_WELL_AS = ("as", "well", "as")  # "A, as well as B": a joiner of three words
# "A and his Thai counterpart B", "A und seine thailändische Amtskollegin B": words that still join two persons
COUNTERPART_GAP = {"his", "her", "their", "counterpart", "counterparts", "sein", "seine", "seinem", "seinen",
                   "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer", "amtskollege", "amtskollegin", "amtskollegen"}


def _title_tokens(self: SentenceRelations) -> set[int]:
    return {k for t in self.ctx.titles_in(self.sent) for k in range(t.start, t.end)}


SINCE = frozenset({"seit", "since"})


def joined(self: SentenceRelations, a: int, b: int, label: str, need_joiner: bool = True, limit: int = 8) -> bool:
    """Tokens ``a``..``b`` only join two mentions of ``label``: "and", commas, articles, titles
    ("and Prime Minister"), and for persons the countries of their titles ("of Latvia", "italienischen")."""
    lowers, kb_at = self.doc.lowers, self.ctx.finder.kb_at
    words = lowers[a:b]
    triple = _as_well_as(words)
    if need_joiner and not triple and not any(w in JOINERS for w in words):
        return False
    titled = _title_tokens(self) if label == "Person" and b - a > 1 else set()
    if len(words) > 8 and sum(1 for k in range(a, b) if k not in titled and k not in kb_at) > 8:
        return False  # a long title ("the Secretary-General of the Indian Ocean Rim Association") still joins
    complement = False  # "A, the President of the session, and B": the title's lower-case complement
    for k, w in zip(range(a, b), words):
        m = kb_at.get(k)
        complement = (complement or k in titled) and w != ","
        if w in JOINERS or w in GAP_WORDS or k in titled or k - a in triple or complement:
            continue
        if label == "Person" and ((m is not None and m.label in ("Country", "Organization")) or w in COUNTERPART_GAP):
            continue
        if label != "Person" and (w in BRACKETS or (m is not None and m.label == label and lowers[k - 1] == "(")):
            continue  # "members of the South Asian Association ... (SAARC) and BIMSTEC": the acronym in brackets
        if label == "Organization" and (w in SINCE or (w.isdigit() and lowers[k - 1] in SINCE)):
            continue  # "seit 1992 Mitglied der UNO und seit 1998 der WTO"
        return False
    return True


def _as_well_as(words: list[str]) -> set[int]:
    """Positions of "as well as" in ``words`` (empty when the phrase is not there)."""
    if "well" not in words:
        return set()
    for k in range(len(words) - 2):
        if tuple(words[k:k + 3]) == AS_WELL_AS:
            return {k, k + 1, k + 2}
    return set()


def chain(self: SentenceRelations, first: TokMention, cands: list[TokMention], stop: int) -> list[TokMention]:
    """"Estonia and Latvia hosted", "hosted by X and Y": ``first`` and every mention of its kind joined to it
    ("nahmen sie teil": every person the plural pronoun stands for)."""
    out = [m for m in self.persons if m.start == first.start] if first.props.get("group") else [first]
    for m in sorted(cands, key=lambda c: c.start):
        if m.start <= out[-1].start or m.label != first.label or m.eid == first.eid:
            continue
        if m.start >= stop or not joined(self, out[-1].end, m.start, first.label):
            break
        out.append(m)
    return out


def coordinated_before(self: SentenceRelations, last: TokMention) -> list[TokMention]:
    """"A and B are members": every mention of ``last``'s kind joined to it by "and" or a comma before it."""
    out, cur = [last], last
    pool = self.persons if last.label == "Person" else self.mentions
    while True:
        k = cur.start - 1
        if k > self.sent.start and self.doc.lowers[k] in LIST_ARTICLES and last.label == "Country":
            k -= 1  # "Egypt, Iran and the United Arab Emirates joined"
        prev = []
        if k >= self.sent.start and self.doc.lowers[k] in JOINERS:
            prev = [m for m in pool if m.end in (k, k - 1) and m.label == last.label and m.start >= self.sent.start
                    and self.doc.lowers[m.start] not in POSSESSIVE_DETS]  # "praised his counterpart, B": not A
        if not prev and last.label == "Person":
            prev = _titled_before(self, cur)
        if not prev:
            return out
        cur = max(prev, key=lambda m: m.end)
        if not joined(self, cur.end, out[-1].start, last.label):  # "A and Foreign Minister B of Y attended"
            return out
        out.append(cur)


def _titled_before(self: SentenceRelations, cur: TokMention) -> list[TokMention]:
    """"Paraguayan President A, as well as Bolivian President B", "A, the President of X, and B": the person
    before ``cur`` when only titles, their countries and a joiner stand between (not an earlier trigger's object)."""
    before = [m for m in self.persons if m.end <= cur.start and m.start >= self.sent.start and m.eid != cur.eid
              and m.source != "pronoun"]  # "A and his counterpart B": "his" is A again
    if not before:
        return []
    prev = max(before, key=lambda m: m.end)
    if any(self.sent.start <= h.start and h.end <= prev.start for h in self._hits):
        return []  # "X met with A, and B attended": A is the meeting's object
    lead = min([t.start for t in self.ctx.titles_in(self.sent) if t.end == prev.start] + [prev.start]) - 1
    word = self.doc.lowers[lead] if lead >= self.sent.start else ""
    if word.isalpha() and word.islower() and word not in GAP_WORDS and not (word in JOINERS and prev.source == "pronoun"):
        return []  # "X praised President A, and B attended": A is an object ("A and his counterpart, B": a subject)
    return [prev] if joined(self, prev.end, cur.start, "Person") else []


def pair_anaphor(self: SentenceRelations, i: int) -> list[TokMention] | None:
    """"Both countries are members": the two countries named before in the sentence or, failing that,
    in the sentence before; None when no such phrase ends just before token ``i``."""
    lowers = self.doc.lowers
    for phrase in self.ctx.lex.pairs:
        s = i - len(phrase)
        if s >= self.sent.start and tuple(lowers[s:i]) == phrase:
            break
    else:
        return None
    here = [m for m in self.mentions if m.label == "Country" and m.end <= s]
    before = (self.ctx.mentions_by_sent or {}).get(self.sent.index - 1, [])
    for group in (here, [m for m in before if m.label == "Country" and not m.nested and m.eid]):
        distinct = {m.eid: m for m in group}
        if len(distinct) == 2:
            return list(distinct.values())
        if distinct and group is here:
            return []
    return principal_pair(self)


def principal_pair(self: SentenceRelations) -> list[TokMention]:
    """"Beide Länder sind Mitglieder der SOZ" after a sentence naming one or three states: the two states the
    document names most (each at least twice, a third less often), else none."""
    counts: dict[str, list[TokMention]] = {}
    for ms in (self.ctx.mentions_by_sent or {}).values():
        for m in ms:
            if m.label == "Country" and not m.nested and m.eid:
                counts.setdefault(m.eid, []).append(m)
    ranked = sorted(counts.values(), key=len, reverse=True) + [[]]
    if len(ranked) < 3 or len(ranked[1]) < 2 or len(ranked[1]) == len(ranked[2]):
        return []
    return [group[0] for group in ranked[:2]]


def companions(self: SentenceRelations, start: int, stop: int, kinds: set[str], adjacent: bool = False
               ) -> list[TokMention]:
    """Mentions after "together with", "gemeinsam mit", "along with" between ``start`` and ``stop``
    (right at ``start`` when ``adjacent``): they share the action."""
    lowers = self.doc.lowers
    for k in range(start, start + 2 if adjacent else stop):
        for phrase in self.ctx.lex.companions:
            end = k + len(phrase)
            if end <= stop and tuple(lowers[k:end]) == phrase:
                pool = self.persons if kinds == {"Person"} else self.mentions
                after = [m for m in pool if end <= m.start < stop and m.label in kinds]
                after.sort(key=lambda m: m.start)
                if not after or not joined(self, end, after[0].start, after[0].label, need_joiner=False):
                    return []
                return chain(self, after[0], after, stop)
    return []


def counterpart(self: SentenceRelations, hit: Hit) -> bool:
    """"her French counterpart X": X holds, for France, the post of the title named before (HOLDS_OFFICE)."""
    country = self.ctx.finder.kb_at.get(hit.start - 1)
    if country is None or country.label != "Country" or country.end != hit.start:
        return False
    skip = hit.end + (1 if hit.end < self.sent.end and self.doc.words[hit.end] == "," else 0)
    person = next((m for m in self.persons if m.start == skip and m.source != "pronoun"), None)
    own = next((t for t in self.ctx.titles_in(self.sent) if t.start == skip and t.person_mention is not None), None)
    if person is None and own is not None:  # "his Bangladeshi counterpart, Foreign Adviser X"
        person = own.person_mention
    titles = [t for t in self.ctx.titles_in(self.sent)
              if t.end <= country.start and t.person_mention is not None and not t.chair] \
        or _titled_earlier(self, country.start)
    if person is None or not (titles or own):
        return False
    self.emit("HOLDS_OFFICE", person, country, 0.75, (own or titles[-1]).head)
    return True


def _titled_earlier(self: SentenceRelations, i: int) -> list[TitleSpan]:
    """"Meanwhile, Qureshi held talks with his Tajik counterpart X": the post the text gave the named person
    before token ``i`` earlier in the document ("traf sie ... ihren dänischen Amtskollegen": a pronoun's too)."""
    names = {m.eid for m in self.persons if self.sent.start <= m.start and m.end <= i}
    return [t for t in self.ctx.finder.titles
            if t.person in names and t.person_mention is not None and not t.chair and t.end <= self.sent.start]


def counterpart_ends(self: SentenceRelations) -> set[int]:
    """End positions of the countries that name a counterpart's state, not the subject's."""
    return {h.start for h in self._hits if h.trigger.type == "HOLDS_OFFICE"}


def met_before(self: SentenceRelations, t: TitleSpan) -> list[tuple[int, int]]:
    """"Canadian Minister X met Economy Minister Y": the titles of the other side of a meeting before ``t``."""
    meets = [h.start for h in self._hits if h.trigger.type == "MET_WITH" and h.start < t.start]
    if not meets:
        return []
    return [(o.start, o.end) for o in self.ctx.titles_in(self.sent)
            if o.end <= meets[0] and o.person_mention is not None and o.person != t.person]


def lone_subject(self: SentenceRelations, m: TokMention) -> bool:
    """A person not joined to another by "and" or a comma before it (past its title)."""
    start = next((t.start for t in self.ctx.titles_in(self.sent) if t.end == m.start), m.start)
    return m.label == "Person" and start > self.sent.start and self.doc.lowers[start - 1] not in JOINERS


def members_before_particle(self: SentenceRelations, hit, org: TokMention) -> list[TokMention]:
    """"Dem GKR gehören A, B und C an": with a separable verb and an organization before it (a dative),
    the countries between the verb and its particle are the members."""
    words = hit.trigger.words
    if org.label != "Organization" or "..." not in words:
        return []
    particle = words[words.index("...") + 1]
    stop = next((k for k in range(hit.end, self.sent.end) if self.doc.lowers[k] == particle), self.sent.end)
    return [m for m in self.mentions if hit.end <= m.start and m.end <= stop and m.label == "Country"]


LEAD_DASHES = {"–", "—", "-", ":"}  # "Ulm, 7. November 2025 (dpa) – In Ulm hat ..."
CITY_WORDS = {"der", "dem", "the", "stadt", "hauptstadt", "city", "of"}  # "In der Stadt Buchara", "In the city of X"
SIGHT_VERBS = {"besichtigt", "besichtigte", "besichtigten", "besucht", "besuchte", "besuchten", "visited", "visits",
               "toured", "tours"}


def opening_place(self: SentenceRelations) -> TokMention | None:
    """The place of a sentence that opens with "In (der Stadt) <place>" (after a dateline dash too)."""
    lowers, kb_at, k = self.doc.lowers, self.ctx.finder.kb_at, self.sent.start
    if lowers[k] not in ("in", "im"):
        if self.sent.index > 2:  # a dateline dash stands in a text's first sentences only
            return None
        k = next((j + 1 for j in range(k, min(self.sent.end - 2, k + 14)) if lowers[j] in LEAD_DASHES), None)
        if k is None or lowers[k] not in ("in", "im"):
            return None
    k += 1
    while k < min(self.sent.end, self.sent.start + 20) and lowers[k] in CITY_WORDS and k not in kb_at:
        k += 1
    place = kb_at.get(k)
    return place if place is not None and place.start == k and place.label in ("Place", "Country") else None


def opening_places(self: SentenceRelations, hit) -> list[TokMention]:
    """"In der Stadt Buchara besichtigt sie ein Zentrum", "In the city of X she visited a school": the opening
    place of a sightseeing verb right after it (its subject between at most)."""
    if self.doc.lowers[hit.start] not in SIGHT_VERBS:
        return []
    place = opening_place(self)
    return [place] if place is not None and place.end <= hit.start <= place.end + 2 else []


# "Staatssekretärin X vom ungarischen Aussenministerium": the country of the ministry after a name owns X's post
AFFILIATION_LEADS = {"vom", "von", "des", "der"}
AFFILIATION_BODIES = ("ministerium", "ministeriums", "regierung", "außenamt", "aussenamt", "außenamts", "aussenamts")


def mit_object(self: SentenceRelations, m: TokMention, i: int) -> bool:
    """German verb-final clause: "wo er mit X zusammentrifft und an Y teilnimmt": X, after "mit" and before
    a meeting verb that ends before ``i``, is that verb's object, not the subject of what follows."""
    lowers = self.doc.lowers
    if "mit" not in lowers[max(self.sent.start, m.start - 9):m.start]:  # "mit dem X-Minister für Y, NAME"
        return False
    return any(h.trigger.type == "MET_WITH" and m.end <= h.start and h.end <= i for h in self._hits)


def affiliation_at(self: SentenceRelations, m: TokMention) -> bool:
    """The country adjective of "vom ungarischen Aussenministerium": another person's ministry."""
    lowers = self.doc.lowers
    return (m.start > 0 and lowers[m.start - 1] in AFFILIATION_LEADS and m.end < len(lowers)
            and lowers[m.end].endswith(AFFILIATION_BODIES))


def affiliation(self: SentenceRelations, t: TitleSpan) -> str | None:
    """"Staatssekretärin X vom ungarischen Aussenministerium": the country whose ministry follows the name."""
    k = t.person_mention.end
    m = next((m for m in self.mentions if k < m.start <= k + 2 and m.label == "Country"), None)
    return m.eid if m is not None and affiliation_at(self, m) else None


def coordinated(self: SentenceRelations, subj: TokMention) -> list[TokMention]:
    """"A and B attended": every person joined to the subject by "and" or a comma ("They": the group it stands for)."""
    if subj.props.get("group"):
        return [m for m in self.persons if m.start == subj.start]
    return coordinated_before(self, subj)
