"""Names inside hyphenated compounds: "the EU-CELAC summit" (a gathering of two known bodies) and "the
Qatar-hosted talks" (a host named inside the word): one pass over the words that hold a hyphen (their HYPHEN
flag bit), so texts without such words cost nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .models import make_id
from .spans import TokMention, label_of
from .wordfacts import HYPHEN

if TYPE_CHECKING:
    from .entities import MentionFinder

HOSTED_SUFFIXES = ("-hosted", "–hosted")  # "the Qatar-hosted talks"
# "das EU-Mitglied Ungarn", "die Nato-Staaten Polen und Litauen": a member named after a body's member noun
MEMBER_SUFFIXES = ("-mitglied", "-mitglieder", "-mitgliedstaat", "-mitgliedstaaten", "-mitgliedsstaat",
                   "-mitgliedsstaaten", "-mitgliedsland", "-mitgliedsländer", "-staat", "-staaten", "-land", "-länder")
# "the Russia-led bloc", "a US-backed plan", "die US-geführte Koalition": the state or body named inside the word
NAMED_SUFFIXES = ("-led", "-backed", "-brokered", "-funded", "-sponsored", "-financed", "-mediated",
                  "-geführte", "-geführten", "-geführter", "-unterstützte", "-unterstützten", "-finanzierte",
                  "-finanzierten", "-vermittelte", "-vermittelten")
PREDICATE_LEADS = {",", "ist", "war", "wurde"}  # "Ungarn ist ein EU-Mitglied", "Ungarn, ein EU-Mitglied"
PARTS_KINDS = ("Organization", "Country")
HOST_KINDS = ("Country", "Organization", "Place")


def _label_of(eid: str | None) -> str | None:
    """The kind of a known entity id ("org:eu" -> Organization), None for no id."""
    return label_of(eid) if eid else None


def find_compound_names(finder: MentionFinder) -> None:
    """"the EU-CELAC summit", "the AU-EU meeting": two known bodies or states joined by a hyphen, then a lower-case
    event noun, name the gathering between them; "the Honduras-hosted meeting" names its host."""
    doc, surface = finder.doc, finder.gaz.surface
    for i in doc.where(HYPHEN):
        j = i + 1
        if i in finder.kb_at:
            continue
        if doc.lowers[i].endswith(HOSTED_SUFFIXES) or doc.lowers[i].endswith(NAMED_SUFFIXES):
            _compound_host(finder, i)
            continue
        if doc.lowers[i].endswith(MEMBER_SUFFIXES):
            _compound_body(finder, i)
            continue
        parts = doc.words[i].split("-")
        if j >= len(doc.words) or doc.words[j] not in finder.lex.event_nouns or not doc.words[j].islower():
            _compound_countries(finder, i, parts)
            continue
        if len(parts) < 2 or not all(_label_of(surface.get(p)) in PARTS_KINDS for p in parts):
            _compound_countries(finder, i, parts)
            continue
        name = f"{doc.words[i]} {doc.words[j].capitalize()}"
        ev = TokMention(i, j + 1, "Event", make_id("Event", name), doc.text(i, j + 1), "chunk", finder.sent_of[i],
                        props={"canonical": name, "head": doc.words[j]})
        finder.mentions.append(ev)
        finder.kb_at[i] = finder.kb_at[j] = ev


def _compound_countries(finder: MentionFinder, i: int, parts: list[str]) -> None:
    """"the Kyrgyz-Tajik border", "kirgisisch-tadschikische Grenze", "Russia-Belarus ties": every part of a word
    made only of states' names or adjectives names that state (a mention of the adjective kind) when it is no
    part of a capitalised name: a lower-case word follows it or it is one."""
    j = i + 1
    if len(parts) < 2 or len(parts) > 4 or not (parts[0][:1].islower() or (j < len(finder.doc) and finder.doc.words[j].islower())):
        return  # "das Österreichisch-Slowenische Wirtschaftsforum": part of a name
    adjectives, surface = finder.gaz.adjectives, finder.gaz.surface
    eids = [adjectives.get(p) or adjectives.get(p.capitalize()) or surface.get(p) for p in parts]
    if not all(eid and _label_of(eid) == "Country" for eid in eids):
        return
    for part, eid in zip(parts, eids):
        finder.mentions.append(TokMention(i, i + 1, "Country", eid, part, "adj", finder.sent_of[i],
                                          props={"compound": True}))


def _compound_host(finder: MentionFinder, i: int) -> None:
    """"the Qatar-hosted talks": the known state, place or body before "-hosted" is named here."""
    prefix = finder.doc.words[i].rsplit("-", 1)[0]
    eid = finder.gaz.surface.get(prefix) or finder.gaz.adjectives.get(prefix)
    if eid and _label_of(eid) in HOST_KINDS:
        m = TokMention(i, i + 1, _label_of(eid), eid, prefix, "kb", finder.sent_of[i], props={"compound": True})
        finder.mentions.append(m)
        finder.kb_at[i] = m


def _compound_body(finder: MentionFinder, i: int) -> None:
    """"das EU-Mitglied Ungarn", "Ungarn ist ein EU-Mitglied": the known body before the member noun is named
    here when a state follows or the word is a predicate ("ist ein", ", ein")."""
    nxt = finder.kb_at.get(i + 1)
    lead = finder.doc.lowers[i - 2:i]
    if (nxt is None or nxt.start != i + 1 or nxt.label != "Country") \
            and not (len(lead) == 2 and lead[0] in PREDICATE_LEADS and lead[1] in ("ein", "eine", "das")):
        return
    prefix = finder.doc.words[i].rsplit("-", 1)[0]
    eid = finder.gaz.surface.get(prefix)
    if eid and _label_of(eid) == "Organization":
        m = TokMention(i, i + 1, "Organization", eid, prefix, "kb", finder.sent_of[i], props={"compound": True})
        finder.mentions.append(m)
        finder.kb_at[i] = m
