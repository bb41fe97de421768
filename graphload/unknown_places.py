"""Places the gazetteer does not know, read from the words that announce a place.

Only capitals and large cities are in the knowledge base, so "travelled to <Town>", "in the city of
<Town>", "in der Provinz <Region>" or "<Town>, 3 May –" name a place nobody listed. The finder looks
only at the few cue words (their PLACE_CUE flag bit), then at one or two capitalised
words after them; a known mention, title, head noun or not-name word is never taken.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .dates import DATE_WORDS
from .models import make_id
from .spans import TokMention, is_name_word
from .wordfacts import PLACE_CUE

if TYPE_CHECKING:
    from .entities import MentionFinder

# a cue word -> the words one of which must stand right before it ("" : any word)
TRAVEL_PREPS = {
    "to": {"travelled", "traveled", "travels", "travel", "travelling", "traveling", "flew", "fly", "went", "headed", "on"},
    "in": {"arrived", "arrives", "stop", "stopped", "held", "hosted", "convened"},
    "nach": {"reist", "reiste", "reisten", "weiter", "flog", "fliegt", "gereist", "weitergereist"},
    "visited": {""},
}
ON_LEADS = {"travelled", "traveled", "travels", "travel", "travelling", "traveling", "flew", "fly", "continued"}  # "travelled on to X"
# a site noun before its name is part of the name too ("den Truppenübungsplatz Pabradė", "im Landgut Lohn")
SITE_NOUNS = {"Landgut", "Truppenübungsplatz", "Feldlager", "Militärstützpunkt", "Stützpunkt", "Kaserne",
              "Luftwaffenstützpunkt", "Marinestützpunkt", "Kongresszentrum", "Gedenkstätte", "Flüchtlingslager",
              "Hotel", "Festung"}  # "im Hotel Metropol", "in der Festung Samuil"
# administrative regions of the former Soviet Union: "das Gebiet Chatlon", "des Gebiets Samarkand", "Osh region",
# "Krasnodar Krai"; over a known city's name they name its region, a place of its own
REGION_NOUNS = {"Gebiet", "Gebiets", "Oblast"}
REGION_SUFFIXES = {"region", "oblast", "krai", "Oblast", "Krai", "District"}  # "Shusha District"
KIND_NOUNS = {"Stadt", "Hafenstadt", "Provinz", "Region", "Kleinstadt", "Ortschaft", "Kurort", "Küstenstadt", "Grenzstadt",
              "Oasenstadt", "Badeort", "Ferienort", "Urlaubsort", "Skiort"} | SITE_NOUNS | REGION_NOUNS
KIND_AKA = {"Provinz", "Region"} | SITE_NOUNS | REGION_NOUNS
ADJECTIVE_ENDS = ("e", "en", "er", "es", "em")  # "die westmongolische Provinz", "der südlichen Region"
COMMON_NOUN_ENDS = ("en", "ung", "heit", "keit", "schaft", "ion")  # "in der Kaserne Soldaten": no name
KIND_ARTICLES = {"der", "die", "in", "im", "den", "dem", "das", "ins", "des"}
OF_NOUNS = {"city", "town", "province", "port", "village", "resort"}  # "in the city of X"
PARTICLES_AFTER = {"statt", "teil"}  # "findet in X statt", "nahm an ... in X teil"
# "the X refugee camp", "in Y province": lower-case kind nouns after the name (kinds of camp in between)
# "the Otan Korgaushylar monument", "the Galkynysh gas field": sites named the same way
SUFFIX_NOUNS = {"camp", "province", "governorate", "state", "district", "county", "monument", "memorial",
                "field"} | REGION_SUFFIXES
CAMP_KINDS = {"refugee", "refugees", "transit", "displacement", "idp", "settlement"}
# the lower-case words between a name and its kind noun; a kind noun listed here needs one ("gas field")
KIND_MODIFIERS = {"camp": CAMP_KINDS, "field": {"gas", "oil", "condensate", "oilfield"}}
NOT_STATES = {"Gulf", "Member", "Arab", "Baltic", "Nordic", "Western", "Eastern", "Island", "Sovereign", "Nation",
              "Coastal", "Host", "Observer", "Party", "Partner", "Donor", "Frontline", "Caribbean", "Pacific"}
# last words of a newspaper's or broadcaster's name that may open a dateline before the place or date
PRESS_ENDS = ("zeitung", "funk", "spiegel", "welle", "nachrichten", "rundschau", "kurier", "anzeiger", "times", "post",
              "news", "herald", "tribune", "journal", "gazette", "presse", "tagesschau", "heute")
TRAVEL_GAP = 4  # "travelled the next day to X", "travelled with the delegation to X"


def _free_word(finder: MentionFinder, i: int) -> bool:
    """Token ``i`` could begin or continue an unknown place name."""
    if i >= len(finder.doc.words) or i in finder.kb_at or not finder.capital[i]:
        return False
    word = finder.doc.words[i]
    return (is_name_word(word) and word not in finder.lexicons.not_names and word not in finder.head_of
            and finder.doc.lowers[i] not in finder.gaz.titles and word not in finder.lex.honorifics
            and word.upper() != word)


def _span_at(finder: MentionFinder, i: int, stop_at: int | None = None) -> tuple[int, int] | None:
    """One or two free capitalised words from ``i``, not running into a third name word."""
    if not _free_word(finder, i) or finder.sent_of[i] in finder.headlines:
        return None
    e = i + 1 if stop_at == i + 1 or not _free_word(finder, i + 1) else i + 2
    if e < len(finder.doc.words) and finder.capital[e] and is_name_word(finder.doc.words[e]) and e != stop_at:
        return None  # "visited John Smith Jones": a longer name, likely a person or body
    return i, e


def _add_place(finder: MentionFinder, span: tuple[int, int] | None, kind_noun: bool = False, suffix: int = 0) -> None:
    """Register an unknown place mention over ``span``; ``kind_noun``: the mention starts one word earlier, at
    its kind ("in die Provinz X": the name is X, the span covers "Provinz X" so the place follows the article);
    ``suffix``: it ends that many words later ("the X refugee camp": the name is X, the span covers the camp)."""
    if span is None:
        return
    s, e = span
    if any(k in finder.kb_at for k in range(s, e + suffix)):
        return
    name = finder.doc.text(s, e)
    s -= kind_noun
    props = {"head": finder.doc.words[e - 1], "canonical": name, "unknown_place": True}
    e += suffix
    surface = finder.doc.text(s, e)
    if (kind_noun and finder.doc.words[s] in KIND_AKA) or suffix:
        props["aka"] = surface  # "Provinz X", "X refugee camp" is a name of the place too
    m = TokMention(s, e, "Place", make_id("Place", name), surface, "chunk", finder.sent_of[s], props=props)
    finder.mentions.append(m)
    for k in range(s, e):
        finder.kb_at[k] = m


def _region_of_city(finder: MentionFinder, s: int, e: int, at: int) -> bool:
    """Over ``s:e`` a region named after the known one-word city at ``at`` ("Osh region", "des Gebiets
    Samarkand"): the city's mention gives way to the region's; False when no such city stands there."""
    city = finder.kb_at.get(at)
    if (city is None or city.label != "Place" or city.start != at or city.end != at + 1
            or (city.source != "kb" and not city.props.get("unknown_place"))  # "travelled to Grodno region"
            or e > len(finder.doc) or (s > 0 and finder.capital[s - 1] and finder.sent_of[s - 1] == finder.sent_of[s]
                                       and is_name_word(finder.doc.words[s - 1]))):
        return False
    finder.mentions.remove(city)
    surface = finder.doc.text(s, e)
    name = surface if e - 1 != at else f"{city.surface} region"  # "Osh region"; "des Gebiets Samarkand"
    props = {"head": finder.doc.words[at], "canonical": name, "unknown_place": True, "aka": surface}
    m = TokMention(s, e, "Place", make_id("Place", f"{city.eid.split(':', 1)[1]} region"), surface, "chunk",
                   finder.sent_of[s], props=props)
    finder.mentions.append(m)
    for k in range(s, e):
        finder.kb_at[k] = m
    return True


def _after_travel(finder: MentionFinder, cues: list[int]) -> None:
    """"travelled (on) to X", "arrived in X", "reist weiter nach X", "visited X"."""
    lowers, capital, last = finder.doc.lowers, finder.capital, len(finder.doc) - 1
    for k in cues:
        if k == last or not capital[k + 1]:
            continue  # a place name is capitalised
        leads = TRAVEL_PREPS[lowers[k]]
        prev = lowers[k - 1] if k > 0 else ""
        if "" in leads or (prev in leads and (prev != "on" or (k > 1 and lowers[k - 2] in ON_LEADS))) \
                or (prev == "together" and k > 1 and lowers[k - 2] in leads) or _after_named_site(finder, k) \
                or (lowers[k] == "to" and _travel_before(lowers, k)):
            span = _span_at(finder, k + 1)
            if span is not None and lowers[k] == "visited" and span[1] - span[0] > 1:
                continue  # "visited" + two names is as often a person as a town
            _add_place(finder, span)


def _travel_before(lowers: list[str], k: int) -> bool:
    """"travelled the next day to X": a travel verb a few words before "to", no clause break between."""
    for j in range(k - 2, max(k - 2 - TRAVEL_GAP, -1), -1):
        if lowers[j] in ON_LEADS:
            return True
        if lowers[j] in (",", ";", "and", "to"):
            return False
    return False


def _before_kind(finder: MentionFinder, cues: list[int]) -> None:
    """"the Farchana refugee camp", "in Ouaddai province", "Upper Nile state": one or two free capitalised
    words right before a lower-case kind noun name a place."""
    words, lowers = finder.doc.words, finder.doc.lowers
    for k in cues:
        mods = KIND_MODIFIERS.get(words[k])
        e = k - (mods is not None and k > 1 and lowers[k - 1] in mods)
        if e == k and words[k] == "field":
            continue  # "in the field": a site only as "the X gas field"
        s = e - 1
        region = words[k] in REGION_SUFFIXES
        if (region or words[k] == "district") and _region_of_city(finder, s, k + 1, s):
            continue
        if s < 1 or not _free_word(finder, s) or (words[k] == "state" and words[s] in NOT_STATES):
            continue
        if _free_word(finder, s - 1):
            if region:
                continue  # "the Great Lakes region": a one-word name only
            s -= 1
        if s > 0 and finder.capital[s - 1] and is_name_word(words[s - 1]) and finder.sent_of[s - 1] == finder.sent_of[s]:
            continue  # a longer capitalised run: a name of something else
        _add_place(finder, (s, e), suffix=k + 1 - e)


def _after_named_site(finder: MentionFinder, k: int) -> bool:
    """"the Hall of Nations in X", "the Joint Commission's office ... Commission in X": "in" right after a
    named venue or body (not an event: "the Summit in X" is handled as HELD_IN) is followed by where it is."""
    m = finder.kb_at.get(k - 1)
    return finder.doc.lowers[k] == "in" and m is not None and m.end == k and m.label in ("Place", "Organization")


def _kind_article(doc, k: int) -> bool:
    """An article right before the kind noun at ``k``, or before one German adjective ("in die Provinz", "die
    westmongolische Provinz")."""
    if doc.lowers[k - 1] in KIND_ARTICLES:
        return True
    return k > 1 and doc.lowers[k - 2] in KIND_ARTICLES and doc.words[k - 1].islower() \
        and doc.words[k - 1].endswith(ADJECTIVE_ENDS)


def _after_kind_noun(finder: MentionFinder, kinds: list[int], ofs: list[int]) -> None:
    """"in der Stadt X", "in die Provinz X", "the city of X", "the town of X"."""
    doc = finder.doc
    for k in kinds:
        if doc.words[k] in REGION_NOUNS and _region_of_city(finder, k, k + 2, k + 1):
            continue
        if k > 0 and _kind_article(doc, k) and not (
                doc.words[k] in SITE_NOUNS and k + 1 < len(doc) and doc.lowers[k + 1].endswith(COMMON_NOUN_ENDS)):
            _add_place(finder, _span_at(finder, k + 1), kind_noun=True)
    for k in ofs:
        if k > 0 and _the_before(doc.words, doc.lowers, k) and k + 1 < len(doc) and doc.lowers[k + 1] == "of":
            _add_place(finder, _span_at(finder, k + 2))


def _the_before(words: list[str], lowers: list[str], k: int) -> bool:
    """"the city of", "the Romanian port city of", "the Kyrgyz resort village of": "the" and at most two modifiers."""
    j = k - 1
    while j > 0 and k - j < 3 and lowers[j] != "the" and words[j].isalpha():
        j -= 1
    return lowers[j] == "the"


def _before_particle(finder: MentionFinder, particles: list[int]) -> None:
    """"Das Forum findet 2026 in X statt", "nahm an der Konferenz in X Y teil"."""
    lowers = finder.doc.lowers
    for k in particles:
        for width in (1, 2):
            if k - width - 1 >= 0 and lowers[k - width - 1] in ("in", "im"):
                span = _span_at(finder, k - width, stop_at=k)
                if span is not None and span[1] == k:
                    _add_place(finder, span)
                    break


def _dateline(finder: MentionFinder) -> None:
    """"X, 7. November 2025 (dpa) –", "X, Country, 3 May —", "ENTEBBE, Uganda, Jan 18 (Reuters) -": the place
    that opens one of the first sentences (an upper-case one also where the text names it again)."""
    doc = finder.doc
    for sent in finder.sents[:3]:
        s = sent.start
        while s < sent.end and not doc.words[s].strip():
            s += 1
        span = _span_at(finder, s) or _caps_span(finder, s)
        if span is None or span[1] + 1 >= sent.end or doc.words[span[1]] != "," \
                or doc.lowers[span[1] - 1].endswith(PRESS_ENDS):
            continue  # "Süddeutsche Zeitung, Luxemburg, 20. April", "Deutschlandfunk, 9. Januar": the source
        j = span[1] + 1
        country = finder.kb_at.get(j)
        named = country is not None and country.label == "Country" and country.start == j
        if named:
            j = country.end + 1 if country.end < sent.end and doc.words[country.end] == "," else sent.end
        if j < sent.end and (doc.words[j][:1].isdigit() or (named and doc.words[j].rstrip(".") in DATE_WORDS)):
            _add_place(finder, span)
            if doc.words[s].isupper():
                _later_uses(finder, finder.kb_at[s])


def _caps_span(finder: MentionFinder, s: int) -> tuple[int, int] | None:
    """"ENTEBBE, Uganda, ...": one upper-case word of letters before a comma and a country."""
    word = finder.doc.words[s]
    if s in finder.kb_at or len(word) < 3 or not word.isalpha() or not word.isupper() or s + 2 >= len(finder.doc):
        return None
    country = finder.kb_at.get(s + 2)
    ok = finder.doc.words[s + 1] == "," and country is not None and country.label == "Country"
    return (s, s + 1) if ok else None


def _later_uses(finder: MentionFinder, m: TokMention) -> None:
    """The dateline's "ENTEBBE" is "Entebbe" in the text: those uses name the same place."""
    name = m.surface.capitalize()
    m.props["canonical"] = name
    for k in finder.doc.positions([name]):
        if k not in finder.kb_at:
            use = TokMention(k, k + 1, "Place", m.eid, name, "chunk", finder.sent_of[k], props=dict(m.props))
            finder.mentions.append(use)
            finder.kb_at[k] = use


CUES = {**{w: 0 for w in TRAVEL_PREPS}, **{w: 1 for w in KIND_NOUNS}, **{w: 2 for w in OF_NOUNS},
        **{w: 3 for w in PARTICLES_AFTER}, **{w: 4 for w in SUFFIX_NOUNS}}  # cue word -> its kind (PLACE_CUE flag bit)


def find_unknown_places(finder: MentionFinder) -> None:
    """Add Place mentions for unknown names the text announces as places."""
    by_kind: list[list[int]] = [[], [], [], [], []]
    words = finder.doc.words
    for k in finder.doc.where(PLACE_CUE):
        kind = CUES.get(words[k])  # the flag bit also marks the company nouns of unknown_orgs
        if kind is not None:
            by_kind[kind].append(k)
    _after_travel(finder, by_kind[0])
    _after_kind_noun(finder, by_kind[1], by_kind[2])
    _before_particle(finder, by_kind[3])
    _before_kind(finder, by_kind[4])
    _dateline(finder)
