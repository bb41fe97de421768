"""Where a capitalised name begins and ends, and which event names of one document are one event."""

from __future__ import annotations

from .spans import ARTICLES, TokMention


def conjunct_end(lowers: list[str], k: int, e: int) -> int:
    """"X Holdings and the Y Corporation", "X-Ausschuss und der Y-Kammer": a conjunction and an article after the
    head ``k`` begin another name."""
    for t in range(k, e - 1):
        if lowers[t] in ("and", "und") and lowers[t + 1] in ARTICLES:
            return t
    return e


def name_start(words: list[str], s: int, head_end: int) -> int:
    """First word of a name: past "Abu Dhabi-based" and a lower-case adjective ("kirgisischen Ministerium")."""
    t = s
    for k in range(s, head_end - 1):
        if "-" in words[k] and words[k].rpartition("-")[2].islower():
            t = k + 1
    while t < head_end - 1 and words[t][:1].islower():
        t += 1
    return t


def unify_event_variants(events: list[TokMention]) -> None:
    """"Tashkent Connectivity Forum" in a headline and "Tashkent International Connectivity Forum" in the text:
    a name of three or more words that all stand, in order, in an event name at most two words longer with the
    same first and last word is that event."""
    names = [(ev, ev.surface.split()) for ev in events]
    for m, short in names:
        if len(short) < 3:
            continue  # "PIF Meeting" is no short form of "PIF Foreign Ministers Meeting"
        for ev, full in names:
            if (ev.eid != m.eid and len(short) < len(full) <= len(short) + 2 and full[0] == short[0]
                    and full[-1] == short[-1] and _in_order(short, full)):
                m.eid, m.props["canonical"] = ev.eid, ev.props.get("canonical", ev.surface)
                break


def _in_order(short: list[str], full: list[str]) -> bool:
    """Every word of ``short`` occurs in ``full``, in the same order."""
    rest = iter(full)
    return all(word in rest for word in short)
