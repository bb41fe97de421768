"""Where a capitalised name begins and ends, how an event is named, and which event names of one document are one event."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .spans import ARTICLES, EVENT_HEADS_EN, TokMention

if TYPE_CHECKING:
    from .entities import MentionFinder

ORDINAL = re.compile(r"^(\d+(st|nd|rd|th|\.)|(\w+-)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                     r"eleventh|twelfth|twentieth|thirtieth|fortieth|fiftieth))$")


YEAR_RANGE = ("19", "20")


def edition(lowers: list[str], m: TokMention) -> tuple[str | None, str | None]:
    """The year or ordinal written right before an event's name: "the 2027 G7 summit" -> ("2027", None),
    "the 21st Summit of La Francophonie" -> (None, "21st")."""
    prev = lowers[m.start - 1] if m.start > 0 else ""
    if len(prev) == 4 and prev.isdigit() and prev[:2] in YEAR_RANGE:
        return prev, None
    return None, (prev if ORDINAL.match(prev) and prev[:1].isdigit() else None)


def conjunct_end(lowers: list[str], k: int, e: int) -> int:
    """"X Holdings and the Y Corporation", "X-Ausschuss und der Y-Kammer": a conjunction and an article after the
    head ``k`` begin another name."""
    for t in range(k, e - 1):
        if lowers[t] in ("and", "und") and lowers[t + 1] in ARTICLES:
            return t
    return e


NAME_RANKS = ("-level",)  # "High-level Political Forum", "Ministerial-level Meeting": part of the name


def name_start(words: list[str], s: int, head_end: int) -> int:
    """First word of a name: past "Abu Dhabi-based" and a lower-case adjective ("kirgisischen Ministerium"), not
    past a rank the name begins with ("High-level Meeting on X")."""
    t = s
    for k in range(s, head_end - 1):
        if "-" in words[k] and words[k].rpartition("-")[2].islower() and not words[k].endswith(NAME_RANKS):
            t = k + 1
    while t < head_end - 1 and words[t][:1].islower():
        t += 1
    return t


SESSION_NOUNS = frozenset({"session"})  # "the 81st session of the General Assembly": a gathering when numbered


def event_noun_start(words: list[str], lowers: list[str], k: int, event_nouns: set[str]) -> int | None:
    """Start of "<event noun> of" ending at the "of" at ``k`` ("the meeting of the X", "the 58th session of
    the X" with its ordinal), None when the word before ``k`` names no gathering."""
    if k < 1:
        return None
    if words[k - 1] in event_nouns:
        return k - 1
    return k - 2 if k >= 2 and words[k - 1] in SESSION_NOUNS and ORDINAL.match(lowers[k - 2]) else None


def purpose_start(lowers: list[str], capital: list[bool], kb_at: dict, run_start: int, seg_start: int,
                  kind: str | None) -> int:
    """"Debt Swaps for Nature Dialogue", "Financing for Development Conference": an event named through one
    "for" from capitalised words of no known entity starts at the run's start, not after the "for"."""
    if kind != "Event" or seg_start - run_start < 2 or lowers[seg_start - 1] != "for":
        return seg_start
    if any(k in kb_at or not capital[k] for k in range(run_start, seg_start - 1)):
        return seg_start
    return run_start


def unify_event_variants(events: list[TokMention]) -> None:
    """"Tashkent Connectivity Forum" in a headline and "Tashkent International Connectivity Forum" in the text:
    a name of three or more words that all stand, in order, in an event name at most two words longer with the
    same first and last word is that event, as is one of four or more words one last word shorter ("... Follow-up")."""
    names = [(ev, ev.surface.split()) for ev in events]
    for m, short in names:
        if len(short) < 3:
            continue  # "PIF Meeting" is no short form of "PIF Foreign Ministers Meeting"
        for ev, full in names:
            if ev.eid != m.eid and ((len(short) < len(full) <= len(short) + 2 and full[0] == short[0]
                                     and full[-1] == short[-1] and _in_order(short, full))
                                    or (len(short) >= 4 and len(full) == len(short) + 1 and full[:-1] == short)):
                m.eid, m.props["canonical"] = ev.eid, ev.props.get("canonical", ev.surface)
                break


def _in_order(short: list[str], full: list[str]) -> bool:
    """Every word of ``short`` occurs in ``full``, in the same order."""
    rest = iter(full)
    return all(word in rest for word in short)


def unify_numbered_events(events: list[TokMention]) -> None:
    """"Second Dushanbe Water Process Conference" in the text and "Dushanbe Water Process Conference" in
    its headline: the same event without its number."""
    numbered = {}
    for m in events:
        first, _, rest = m.props.get("canonical", m.surface).partition(" ")
        if rest and ORDINAL.match(first.lower()):
            numbered.setdefault(rest, m)
    for m in events if numbered else ():
        ev = numbered.get(m.props.get("canonical", m.surface))
        if ev is not None:
            m.eid, m.props["canonical"] = ev.eid, ev.props.get("canonical", ev.surface)


def unify_compound_events(events: list[TokMention]) -> None:
    """"vor der Abrüstungskonferenz ... die Abrüstungskonferenz der Vereinten Nationen": a one-word
    event that begins a longer event name of the same document is that event."""
    for m in events:
        name = m.props.get("canonical", m.surface)
        if " " in name:
            continue
        for ev in events:
            first, _, rest = ev.surface.partition(" ")
            if ev.eid != m.eid and ((rest and degenitive_head(first) == name) or _hyphen_tail(name, first)):
                m.eid, m.props["canonical"] = ev.eid, ev.props.get("canonical", ev.surface)
                break


def _hyphen_tail(name: str, longer: str) -> bool:
    """"Balkan-Gipfel" (a headline) ends "EU-Westbalkan-Gipfel": a hyphenated compound ending the longer one."""
    return "-" in name and len(longer) > len(name) + 1 and longer.lower().endswith(name.lower())


def unify_org_events(events: list[TokMention]) -> None:
    """"the summit of the European Political Community" and "the EPC summit": one body's gathering under one
    head noun, in lower case, is one event (named as it was first)."""
    first: dict = {}
    for m in sorted((m for m in events if m.props.get("org_head")), key=lambda m: m.start):
        ev = first.setdefault(m.props["org_head"], m)
        if ev is not m:
            m.eid, m.props["canonical"] = ev.eid, ev.props.get("canonical", ev.surface)


def unify_compound_heads(events: list[TokMention]) -> None:
    """"IAEO-Generalkonferenz" over "Generalkonferenz der IAEO", "Minenräumungskonferenz" over "Konferenz über
    humanitäre Minenräumung": a one-word German compound that ends in a longer event's head noun and begins with
    one of its words (or its acronym) is that event, when just one event fits."""
    for m in events:
        name = m.props.get("canonical", m.surface)
        if " " in name or len(name) < 8:
            continue
        fits = {ev.eid: ev for ev in events if ev.eid != m.eid and " " in ev.surface and _compound_of(name, ev)}
        if len(fits) == 1:
            ev = next(iter(fits.values()))
            m.eid, m.props["canonical"] = ev.eid, ev.props.get("canonical", ev.surface)


def _compound_of(name: str, ev: TokMention) -> bool:
    """``name`` is the modifier of one of ``ev``'s words (or of its acronym) joined to ``ev``'s head noun."""
    head = (ev.props.get("head") or "").lower()
    low = name.lower()
    if len(head) < 4 or not low.endswith(head) or len(low) == len(head):
        return False
    modifier = low[:-len(head)].rstrip("-")
    modifier = modifier[:-1] if modifier.endswith("s") and not name[:len(modifier)].isupper() else modifier
    words = [w.lower() for w in ev.surface.split() + (ev.props.get("aka") or "").split()]
    return len(modifier) >= 3 and any(w == modifier for w in words)


def unify_known_events(mentions: list[TokMention], events: list[TokMention]) -> None:
    """"the 29th Conference of the Parties (COP29)": a named event whose bracketed short form is an event the
    knowledge base knows is that event (its id, not one made from the long name)."""
    known = {m.surface: m.eid for m in mentions if m.label == "Event" and m.source != "chunk"}
    for ev in events if known else ():
        kb_id = known.get(ev.props.get("aka") or "")
        if kb_id is None or ev.eid == kb_id:
            continue
        old = ev.eid
        for m in events:
            if m.eid == old:
                m.eid, m.props["known"] = kb_id, True


def degenitive_head(name: str) -> str:
    """"Zukunftsgipfels" -> "Zukunftsgipfel": German genitive -s on a one-word event name."""
    if " " not in name and name.endswith("s") and name.lower()[:-1].endswith(tuple(EVENT_HEADS_EN)):
        return name[:-1]
    return name


def apposition_aliases(doc, mentions: list[TokMention]) -> None:
    """"MONUSCO, the United Nations ... Mission" and "Commission for Europe (ECE)" name one body: the chunk takes
    the known body's id."""
    orgs = sorted((m for m in mentions if m.label == "Organization" and not m.nested), key=lambda m: m.start)
    for a, b in zip(orgs, orgs[1:]):
        between = doc.lowers[a.end:b.start]
        if between == [",", "the"] and b.source == "chunk" and a.source != "chunk":
            chunk, known = b, a
        elif between == ["("] and a.source == "chunk" and b.source != "chunk":
            chunk, known = a, b
        else:
            continue
        if between == ["("] and _names_inside(mentions, chunk, known.eid):
            continue  # "Ständigen Rat der Organisation für ... in Europa (OSZE)": the bracket names the inner body
        chunk.props["canonical"] = chunk.surface
        chunk.eid = known.eid


def _names_inside(mentions: list[TokMention], chunk: TokMention, eid: str | None) -> bool:
    """Whether the chunk's name holds a nested mention of ``eid`` that ends it ("Rat der <OSZE's full name>")."""
    return any(m.eid == eid and m.nested and chunk.start < m.start and m.end == chunk.end for m in mentions)


def ministers_meeting(word: str, titles: dict) -> bool:
    """"(Treffen der) EU-Außenminister", "G7-Finanzminister": a bloc's ministers, whose meeting is a named event."""
    prefix, _, post = word.rpartition("-")
    return bool(prefix) and prefix.isupper() and post.lower() in titles


def adjective_ministers(words: list[str], i: int, titles: dict) -> bool:
    """"Treffen der nordischen Außenminister": an event noun, "der", a lower-case regional adjective and a post."""
    return i + 3 < len(words) and words[i + 1] == "der" and words[i + 2].endswith(("ischen", "sprachigen")) \
        and words[i + 2].islower() and words[i + 3][:1].isupper() and words[i + 3].lower() in titles


# Who meets does not name the meeting: "G20 Leaders' Summit" is the "G20 Summit" of the same text.
LEADER_MODIFIERS = {"leaders", "leaders'", "leaders’", "'", "’"}


def event_aka(self: MentionFinder, s: int, e: int, ordinal: bool) -> str | None:
    """Another written form of an event: its acronym in brackets ("(COP29)") or its numbered name."""
    words = self.doc.words
    if e + 2 < len(words) and words[e] == "(" and words[e + 2] == ")" and words[e + 1][:1].isupper():
        return words[e + 1]
    return f"{words[s - 1]} {self.doc.text(s, e)}" if ordinal else None


def unify_events(self: MentionFinder) -> None:
    """"the 30th OSCE Ministerial Council ... attended the Ministerial Council": a name that ends an
    event's name in the same document is that event, whatever its head noun says."""
    events = [m for m in self.mentions if m.label == "Event" and m.source == "chunk"]
    for m in self.mentions:
        if m.label != "Organization" or m.source != "chunk":
            continue
        name = m.props.get("canonical", m.surface)
        for ev in events:
            full = ev.props.get("canonical", ev.surface)
            if full == name or full.endswith(" " + name):
                m.label, m.eid, m.props["canonical"] = "Event", ev.eid, full
                break
    unify_compound_events(events)
    unify_org_events(events)
    unify_compound_heads(events)
    unify_event_variants(events)
    unify_numbered_events(events)
    unify_known_events(self.mentions, events)


def event_name(self: MentionFinder, s: int, e: int, head_end: int) -> str:
    """Canonical event name: "OSCE Summit" for "Summit of the OSCE" and "OSCE Summit"."""
    doc = self.doc
    orgs = [self.kb_at[k] for k in range(s, e) if k in self.kb_at and self.kb_at[k].label == "Organization"]
    words = [t.text for t in doc[s:head_end] if not (t.i in self.kb_at and self.kb_at[t.i].label == "Organization")]
    if not orgs or not words:
        return degenitive_head(doc.text(s, e))
    # only "<ORG> Summit" and "Summit of (the) <ORG>" become "<ORG> Summit"
    prefix_form = head_end == e and all(k in self.kb_at for k in range(s, orgs[0].end)) and orgs[0].start == s
    suffix_form = orgs[-1].end == e and head_end < e and all(
        self.doc.lowers[k] in self.lex.connectors or k in self.kb_at for k in range(head_end, orgs[-1].start))
    if not (prefix_form or suffix_form) or "-" in orgs[0].eid:  # "OSCE Summit", not "BERLIN-PROCESS Summit"
        return doc.text(s, e)
    words = [w for w in words[:-1] if w.lower() not in LEADER_MODIFIERS] + words[-1:]  # "G20 Leaders' Summit"
    base = EVENT_HEADS_EN.get(words[-1].lower())
    if base:
        words[-1] = base
    org = orgs[0].eid.split(":", 1)[1].upper()
    return f"{org} {' '.join(words)}".strip()
