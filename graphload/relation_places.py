"""Where an event was held and where a place lies, read from the words right after its name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .relation_dateline import dateline_held_in
from .relation_groups import opening_place
from .relation_rules import APPOSITION_LEADS, HELD_WORDS
from .place_kinds import kind_country, kind_phrase, kind_place_after
from .spans import TokMention

if TYPE_CHECKING:
    from .relations import SentenceRelations


WHERE = {"where", "wo"}
ARTICLE_WORDS = {"the", "der", "die", "dem", "den"}
VERB_GAP = {"fand", "findet", "fanden", "finden", "stattfand", "stattfindet", "held", "took", "place", ",", "is", "was", "were",
            "being", "be", "will", "been", "has", "had",  # "the conference is being held at X"
            "anschließend", "danach", "dann", "später", "zunächst", "later", "then", "subsequently"}  # "fand dann im X statt"
# "the Conference, which was held at", "opened today in", "the next summit will be held in",
# "der Gipfel wird in X stattfinden"
HELD_GAP = HELD_WORDS | {"was", "were", "is", "being", "wurde", "will", "be", "to", "wird", "today", "yesterday",
                         "here", "formally", "officially", "continues", "continued", "resumed", "heute", "ist", "fand",
                         "findet", "fanden", "finden", "tagte", "tagt", "tagten", "hatte", "hat", "had", "has", "taken"} \
    | {"next", "year", "nächsten", "kommenden", "jahr"} \
    | {"on", "am", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
       "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"}  # "ist am Freitag in Davos zu Ende gegangen"
GENERIC_ARTICLES = frozenset({"a", "an", "einem", "einer"})
PURPOSE = {"for", "zum", "zur", "für", "attend"}  # "in X for the summit", "in X, to attend the conference"
TIME_GAP = {",", "on", "late", "early", "last", "this", "today", "yesterday", "am", "heute", "gestern", "next", "week",
            "month", "morning", "afternoon", "evening", "night"}
# "arrived in Jakarta on Wednesday afternoon, 5 January, to attend", "to travel to Suva next month to attend"
TRAVEL_VERBS = {"travelled", "traveled", "flew", "went", "came", "returned", "headed", "travels", "flies", "goes",
                "travel", "fly", "go", "head", "travelling", "traveling", "flying", "going", "heading"}
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
            "twentieth", "annual"}


def _purpose_place(self: SentenceRelations, ev: TokMention) -> TokMention | None:
    """"gathered in the Samoan capital on Monday for the 54th X Meeting", "arrived in X, Y, on Monday, to attend the Z"."""
    lowers, words, kb_at = self.doc.lowers, self.doc.words, self.ctx.finder.kb_at
    k = ev.start - 1
    generic = ev.props.get("generic", False)  # "for a trilateral summit", "zu einem Gipfeltreffen"
    while k > self.sent.start and (lowers[k] in ARTICLE_WORDS or lowers[k] in ORDINALS or words[k][:1].isdigit()
                                   or (generic and lowers[k] in GENERIC_ARTICLES)):
        k -= 1
    if not (lowers[k] in PURPOSE or (generic and lowers[k] == "zu")) or (lowers[k] == "attend" and lowers[k - 1] != "to"):
        return None
    j = k - 1 - (lowers[k] == "attend")
    while j > self.sent.start and k - j < 14:
        m = kb_at.get(j)
        if m is not None and m.label in ("Place", "Country"):
            lead = m.start - 1 - (lowers[m.start - 1] in ARTICLE_WORDS)  # "in the Samoan capital"
            kind = kind_phrase(words, lowers, m.start, self.sent.start) if lowers[lead] not in ("in", "im", "at") else None
            lead = kind.lead if kind is not None else lead  # "in the Caspian resort of Avaza", "im Kurort X"
            if lowers[lead] in ("in", "im", "at") or (lowers[lead] == "to" and lowers[lead - 1] in TRAVEL_VERBS):
                return m  # "travelled to Kinshasa on Monday to attend the X"
            j = m.start - 1
        elif m is None and (lowers[j] in TIME_GAP or words[j][:1].isdigit() or words[j][:1].isupper()):
            j -= 1
        else:
            return None
    return None


GATHER_VERBS = {"gekommen", "zusammengekommen", "angereist", "versammelt", "eingetroffen", "zusammengetroffen"}
OPENING_DASHES = {"–", "—", "-"}


def _fronted_purpose(self: SentenceRelations, ev: TokMention) -> TokMention | None:
    """"Zum 16. Petersberger Klimadialog sind Minister aus 40 Ländern in Berlin zusammengekommen": the place of
    the gathering a sentence opens with, after "in"/"nach", when a verb of gathering follows."""
    lowers, words, k = self.doc.lowers, self.doc.words, ev.start - 1
    while k > self.sent.start and ev.start - k < 4 and (words[k][:1].isdigit() or words[k].islower()) \
            and lowers[k] not in ("zum", "zur"):
        k -= 1  # "Zur vierten X", "Zum 16. X"
    if lowers[k] not in ("zum", "zur") or (k > self.sent.start and lowers[k - 1] not in OPENING_DASHES):
        return None
    if GATHER_VERBS.isdisjoint(lowers[ev.end:self.sent.end]):
        return None
    after = sorted((m for m in self.mentions if m.start > ev.end and m.label in ("Place", "Country")), key=lambda m: m.start)
    return next((m for m in after if lowers[m.start - 1] in ("in", "nach") and not m.nested), None)


def _where_place(self: SentenceRelations, ev: TokMention, verb_last: bool = True) -> TokMention | None:
    """"travelled to Astana, where he co-chaired the X Meeting": the place before ", where" hosts the event
    (with ``verb_last``, also past a German clause-final verb: "aus Évian angereist, wo")."""
    lowers, kb_at = self.doc.lowers, self.ctx.finder.kb_at
    for w in range(ev.start - 1, max(self.sent.start + 1, ev.start - 9), -1):
        if lowers[w] in WHERE and lowers[w - 1] == ",":
            if any(m.label in ("Place", "Country", "Event") and w < m.start < ev.start for m in self.mentions):
                return None
            place = kb_at.get(w - 2)
            if place is None and lowers[w - 2] in AREA_WORDS:
                place = kb_at.get(w - 3)  # "travel to Mary province, where"
            if place is None and verb_last and w - 3 > self.sent.start and self.doc.words[w - 2].islower():
                place = kb_at.get(w - 3)  # "aus Évian angereist, wo er am Gipfel teilgenommen hatte"
            if place is not None and place.label == "Country" and place.start >= 2 and lowers[place.start - 1] == ",":
                place = kb_at.get(place.start - 2) or place  # "Samarkand, Uzbekistan, where"
            return place if place is not None and place.label in ("Place", "Country") else None
    return None


def _anaphor_held_in(self: SentenceRelations) -> None:
    """"Das Treffen fand in X statt", "eröffnete das Treffen im Palais des Nations": an event noun, then "in"."""
    lowers, kb_at = self.doc.lowers, self.ctx.finder.kb_at
    for place in [m for m in self.mentions if m.label in ("Place", "Country") and m.start - 2 >= self.sent.start]:
        _place_named_event(self, place)
        k = place.start - 1 - (lowers[place.start - 1] in ARTICLE_WORDS)
        if lowers[k] not in ("in", "im") and (lowers[k] != "at" or place.label != "Place"):
            continue  # "the meeting, held at the X Centre": a venue, not "at Country"
        j = k - 1
        while j > self.sent.start and lowers[j] in VERB_GAP:
            j = clause_opening(lowers, j, self.sent.start) - 1  # "the forum, hosted by X and Y, is being held at"
        if j < self.sent.start or j in kb_at:
            continue
        ev = self.ctx.resolver.event_anaphor(j, self.ctx.events)
        if ev is not None and not place.nested:
            self.emit("HELD_IN", ev, place, 0.75)
            _venue_city(self, ev, place)  # "the conference, held at the X Palace in Dushanbe"


def _place_named_event(self: SentenceRelations, place: TokMention) -> None:
    """"the Hague summit", "the Santo Domingo summit": a city's name before an event noun that stands for the
    event reported says where it was held."""
    k = place.end
    if place.label != "Place" or k >= self.sent.end or k in self.ctx.finder.kb_at or place.nested \
            or self.doc.lowers[k] not in EVENT_NOUNS:
        return
    ev = self.ctx.resolver.event_anaphor(k, self.ctx.events)
    if ev is not None:
        self.emit("HELD_IN", ev, place, 0.75)


EVENT_NOUNS = {"summit", "conference", "meeting", "talks", "forum", "gathering", "gipfel", "konferenz", "treffen"}
NOT_THIS = {"nächste", "nächsten", "kommende", "kommenden", "next", "last", "vergangene", "vergangenen", "letzte", "letzten"}


def _opening_held_in(self: SentenceRelations) -> None:
    """"In Baku hat am Mittwoch das Außenministertreffen der BSEC begonnen", "In Tashkent, the X Forum opened":
    the first event the sentence names after its opening place, unless another place or its own "in" follows."""
    place = opening_place(self)
    if place is None:
        return
    lowers = self.doc.lowers
    after = sorted((m for m in self.mentions if m.start >= place.end), key=lambda m: m.start)
    for m in after:
        if m.label in ("Place", "Country") and not m.nested:
            return
        if m.label == "Event":
            own_place = m.end < self.sent.end and lowers[m.end] in ("in", "im")
            if not own_place and lowers[m.start - 1] not in NOT_THIS and not place.nested:
                self.emit("HELD_IN", m, place, 0.75)
            return


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
DAY_PARTS = {"morning", "afternoon", "evening"}
CLAUSE_PARTICIPLES = {"co-hosted", "hosted", "organized", "organised", "co-organized", "co-organised", "convened",
                      "co-convened", "sponsored", "co-sponsored", "chaired", "co-chaired"}
CLAUSE_REACH = 15  # words of ", co-hosted by X and Y," skipped before "was held at"


MONTH_LEADS = {"im", "in", "ende", "anfang", "mitte", "early", "late", "mid"}  # "findet im Februar in X statt"
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember"}


CHAIR_NOUNS = {"vorsitz", "präsidentschaft", "ratspräsidentschaft", "chairmanship", "presidency"}


def interlude_at(lowers: list[str], k: int) -> int:
    """Length of a month's time ("im Februar", "Ende Oktober", "in July") or a chair ("unter polnischem Vorsitz",
    "under the Maltese chairmanship") starting at ``k`` between an event and its place; 0 when none."""
    if lowers[k] in MONTH_LEADS and k + 1 < len(lowers) and lowers[k + 1] in MONTHS:
        return 3 if k + 2 < len(lowers) and len(lowers[k + 2]) == 4 and lowers[k + 2].isdigit() else 2  # "im Mai 2025"
    if lowers[k] in ("unter", "under"):
        return next((n + 1 for n in (2, 3) if k + n < len(lowers) and lowers[k + n] in CHAIR_NOUNS), 0)
    return 0


def past_interlude(lowers: list[str], k: int, end: int) -> int:
    """The word after a gap word at ``k`` and the time or participle clause it opens ("held on Tuesday at",
    "took place in the afternoon in", ", co-hosted by Fiji and Switzerland, was held at")."""
    k += 1
    if k + 1 < end and lowers[k - 1] != "," and lowers[k] == "on" and lowers[k + 1] in WEEKDAYS:
        return k + 2
    if k + 2 < end and lowers[k] == "in" and lowers[k + 1] == "the" and lowers[k + 2] in DAY_PARTS:
        return k + 3
    if lowers[k - 1] == "," and k < end and lowers[k] in CLAUSE_PARTICIPLES and k + 1 < end and lowers[k + 1] == "by":
        j = next((j for j in range(k + 2, min(end, k + CLAUSE_REACH)) if lowers[j] == ","), None)
        return j + 1 if j is not None else k
    return k


def clause_opening(lowers: list[str], j: int, start: int) -> int:
    """The comma that opens ", hosted by X and co-organized by Y," when ``j`` is the comma closing it, else ``j``."""
    if lowers[j] != ",":
        return j
    for k in range(j - 3, max(start, j - CLAUSE_REACH) - 1, -1):
        if lowers[k] == "," and lowers[k + 1] in CLAUSE_PARTICIPLES and lowers[k + 2] == "by":
            return k
        if lowers[k] == ",":
            return j
    return j


HELD_VERBS = {"fand", "findet", "fanden", "finden", "tagte", "tagt", "tagten", "begann", "beginnt"}
EVENT_LEADS = ARTICLE_WORDS | {"das", "ein", "eine", "einer"}


def _verb_second_place(self: SentenceRelations, ev: TokMention) -> TokMention | None:
    """"Am Abend fand in Warschau ein Treffen des Weimarer Dreiecks statt", "tagte in Ohrid der Rat": the place
    between a German verb of meeting and the event it introduces."""
    lowers, k = self.doc.lowers, ev.start - 1
    while k > self.sent.start and (lowers[k] in EVENT_LEADS or lowers[k] in ORDINALS or lowers[k][:1].isdigit()):
        k -= 1
    m = self.ctx.finder.kb_at.get(k)
    if m is None or m.end != k + 1 or m.label not in ("Place", "Country") or m.start - 2 < self.sent.start:
        return None
    return m if lowers[m.start - 1] in ("in", "im") and lowers[m.start - 2] in HELD_VERBS else None


def held_in(self: SentenceRelations) -> None:
    """HELD_IN from "<event> (held) in <place>"."""
    doc = self.doc
    events = [m for m in self.mentions if m.label == "Event"]
    if self.ctx.events:
        _anaphor_held_in(self)
        _where_held(self)
        if events:  # the opening place holds one of the sentence's events
            _opening_held_in(self)
    for ev in events:
        where = _where_place(self, ev) or _purpose_place(self, ev) or _fronted_purpose(self, ev) \
            or _verb_second_place(self, ev)
        if where is not None and not (ev.end < self.sent.end and doc.lowers[ev.end] in ("in", "im")):
            self.emit("HELD_IN", ev, where, 0.75)  # not "..., where he attended the X in Riga"
        k = ev.end
        if k < self.sent.end and doc.words[k] == "(":
            while k < self.sent.end and doc.words[k] not in (")", "):"):
                k += 1
            k += 1
        while k < self.sent.end:  # past gap words, times, chairs and participle clauses to the place
            skip = interlude_at(doc.lowers, k)
            if skip:
                k += skip
            elif doc.words[k] == "," or doc.lowers[k] in HELD_GAP:
                k = past_interlude(doc.lowers, k, self.sent.end)
            else:
                break
        if k == ev.end and k + 1 < self.sent.end and len(doc.words[k]) == 4 and doc.words[k].isdigit():
            k += 1  # "am Westbalkan-Forum 2026 in Sarajevo": the edition's year, then the place
        if k < self.sent.end and doc.lowers[k] in ("in", "im", "at"):
            nxt = kind_place_after(self, k) or self.ctx.finder.kb_at.get(k + 1) or self.ctx.finder.kb_at.get(k + 2)
            if nxt is not None and nxt.source == "adj":  # "in der nordmazedonischen Stadt Ohrid": the town
                nxt = self.ctx.finder.kb_at.get(nxt.end + 1)
            if nxt is not None and nxt.label in ("Place", "Country") and not nxt.nested:
                if doc.lowers[k] != "at" or nxt.label == "Place":  # "held at the X Centre", not "at Country"
                    self.emit("HELD_IN", ev, nxt, 0.8)
                    _venue_city(self, ev, nxt)
    dateline_held_in(self)



WHERE_ARTICLES = {"the", "das", "der", "die"}


def _where_held(self: SentenceRelations) -> None:
    """"at the Congress Hall, where the summit was held", "im Palais, wo das Treffen stattfand": the place
    hosts the event the noun after ", where" stands for."""
    lowers, end = self.doc.lowers, self.sent.end
    for place in [m for m in self.mentions if m.label in ("Place", "Country") and m.end + 4 < end]:
        k = place.end
        if lowers[k] != "," or lowers[k + 1] not in WHERE or lowers[k + 2] not in WHERE_ARTICLES \
                or HELD_WORDS.isdisjoint(lowers[k + 4:k + 7]):
            continue
        ev = self.ctx.resolver.event_anaphor(k + 3, self.ctx.events)
        if ev is not None and not place.nested:
            self.emit("HELD_IN", ev, place, 0.75)


def _venue_city(self: SentenceRelations, ev: TokMention, venue: TokMention) -> None:
    """"held at the X Centre in Diamniadio" (or "..., Abuja"): the event was held in the city too."""
    lowers, k = self.doc.lowers, venue.end
    if k + 1 < self.sent.end and lowers[k] in ("in", "im"):
        city = self.ctx.finder.kb_at.get(k + 1)
        if city is not None and city.start == k + 1 and city.label == "Place":
            self.emit("HELD_IN", ev, city, 0.75)
    elif (city := _comma_city(self, venue)) is not None:
        self.emit("HELD_IN", ev, city, 0.75)


CITY_KINDS = frozenset({"city", "capital"})
AREA_WORDS = frozenset({"region", "province", "oblast", "krai", "district", "county", "governorate", "state",
                        "provinz", "gebiet", "bezirk"})


def _is_site(self: SentenceRelations, pl: TokMention) -> bool:
    """A building or site, not a town: a KB building, or a name the KB does not know of two or more words
    ("Port of Mombasa", "X Conference Centre"), the towns of note being known."""
    ent = self.ctx.kb.get(pl.eid)
    if ent is not None:
        return ent.props.get("kind") == "building"
    if self.doc.lowers[pl.end - 1] in AREA_WORDS:
        return False  # "the chairman of the Sughd region": an area, not a site in the town
    return pl.end - pl.start >= 2 or self.ctx.finder.head_of.get(self.doc.words[pl.start]) == "Place"


def _comma_city(self: SentenceRelations, site: TokMention) -> TokMention | None:
    """"State House, Nairobi", "the X Conference Centre, Abuja": the known city after a site's comma."""
    k = site.end
    if k + 1 >= self.sent.end or self.doc.words[k] != "," or not _is_site(self, site):
        return None
    city = self.ctx.finder.kb_at.get(k + 1)
    if city is None or city.start != k + 1 or city.label != "Place":
        return None
    ent = self.ctx.kb.get(city.eid)
    return city if ent is not None and ent.props.get("kind") in CITY_KINDS else None


def _where_site(self: SentenceRelations, pl: TokMention) -> TokMention | None:
    """"travelled to Mombasa, where he toured the Port of Mombasa": a site in the clause lies in the place."""
    if not _is_site(self, pl):
        return None
    where = _where_place(self, pl, verb_last=False)  # not "reist nach X weiter, wo sie ... des Gebiets X trifft"
    return where if where is not None and where.label == "Place" and where.eid != pl.eid else None


def _capital_of(self: SentenceRelations, pl: TokMention) -> None:
    """"Banjul, the Gambian capital" and "the Kyrgyz capital Bishkek" lie in the Gambia and Kyrgyzstan (a bare
    "the Gambian capital" states no location)."""
    k, cap = pl.end, None
    if k + 2 < self.sent.end and self.doc.words[k] == "," and self.doc.lowers[k + 1] in APPOSITION_LEADS:
        cap = self.ctx.finder.kb_at.get(k + 2)
    elif pl.start > self.sent.start and pl.source != "anaphora":  # "in der kirgisischen Hauptstadt Bischkek"
        cap = self.ctx.finder.kb_at.get(pl.start - 1)
        cap = cap if cap is not None and cap.end == pl.start else None
    if cap is not None and cap.props.get("capital_of") and self.ctx.consistent_location(pl.eid, cap.props["capital_of"]):
        self.emit("LOCATED_IN", pl, cap.props["capital_of"], 0.85)


# "Galle, in southern Sri Lanka", "Khujand, im nördlichen Tadschikistan": a part of the country named after "in"
DIRECTIONS = frozenset({"northern", "southern", "eastern", "western", "central", "north-eastern", "north-western",
                        "south-eastern", "south-western", "northeastern", "northwestern", "southeastern",
                        "southwestern", "nördlichen", "südlichen", "östlichen", "westlichen", "zentralen"})
PLACE_KINDS = {"town", "city", "village", "port", "camp", "settlement", "district", "region", "province", "state"}
INDEFINITE = {"a", "an", "ein", "eine", "einer"}


def _kind_apposition(lowers: list[str], k: int) -> bool:
    """"Malakal, in Upper Nile state", "Adre, a border town in Ouaddai province": the apposition after a place's
    comma says where it is (an indefinite one only when it names the kind of place)."""
    if lowers[k] in ("in", "im"):
        return True
    return lowers[k] in INDEFINITE and any(w in PLACE_KINDS for w in lowers[k + 1:k + 4])



def _owns_title(self: SentenceRelations, country) -> bool:
    """"In Yerevan, Armenian Prime Minister X": the country word opens a post, not the place's location."""
    titles = self.ctx.titles_by_sent.get(self.sent.index, ())
    return any(t.start <= country.start and country.end < t.end for t in titles)


def located_in(self: SentenceRelations) -> None:
    """LOCATED_IN from "<place>, <country>" and "<place> (– the building) in <place>"."""
    doc, kb_at = self.doc, self.ctx.finder.kb_at
    for pl in [m for m in self.mentions if m.label == "Place"]:
        _capital_of(self, pl)
        k = pl.end
        target = None
        if k + 1 < self.sent.end and doc.words[k] == ",":
            cand = kb_at.get(k + 1)
            if cand is not None and cand.label == "Country" and cand.start == k + 1 and not _owns_title(self, cand):
                target = cand
        comma = k < self.sent.end and doc.words[k] == ","
        if target is None and (not comma or (k + 1 < self.sent.end and (doc.lowers[k + 1] in APPOSITION_LEADS
                                                                         or _kind_apposition(doc.lowers, k + 1)))):
            # "Bellevue Palace, the presidential residence in Berlin": an apposition says where it is
            j = k
            if j < self.sent.end and doc.words[j] in ("–", "—", "-", ","):
                j += 1
                while j < self.sent.end and j - k < 7 and doc.lowers[j] not in ("in", "im", ",", "."):
                    if j in kb_at and kb_at[j].label in ("Place", "Country", "Person"):
                        break
                    j += 1
            if j < self.sent.end and doc.lowers[j] in ("in", "im"):
                at = j + 1 + (j + 2 < self.sent.end and doc.lowers[j + 1] in DIRECTIONS)
                cand = kb_at.get(at)
                if cand is not None and cand.start == at and cand.label in ("Place", "Country"):
                    target = cand
        if target is None and ((pl.end < self.sent.end and doc.words[pl.end] == ",") or self.sent.index in self.ctx.where_sents):
            target = _comma_city(self, pl) or _where_site(self, pl)
        target = target or kind_country(self, pl)  # "the Romanian port city of X", "im kirgisischen Kurort X"
        if target is not None and self.ctx.consistent_location(pl.eid, target.eid):
            self.emit("LOCATED_IN", pl, target, 0.85)
