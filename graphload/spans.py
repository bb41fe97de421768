"""Shared spans and word lists of mention finding: mentions, titles, name tokens."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .models import label_of_id
from .text import DIGRAPH_INITIALS

PARTICLES = frozenset({"de", "van", "von", "der", "al", "bin", "da", "dos", "la", "le", "del", "di", "ibn", "zu", "ó", "ní", "uí"})  # "ó": Irish "Ciarán Ó Dálaigh"
OWNER_PREPS = frozenset({"of", "for", "für", "der", "des", "von", "vom", "to", "bei"})
ARTICLES = frozenset({"the", "der", "die", "das", "den", "dem", "des"})
SKIP_IN_NAMES = frozenset({"[", "]"})
INDEFINITE = frozenset({"a", "an", "ein", "eine", "einer", "einem", "einen", "eines"})
EVENT_HEADS_EN = {"gipfel": "Summit", "gipfels": "Summit", "gipfeltreffen": "Summit", "gipfeltreffens": "Summit",
                  "konferenz": "Conference", "treffen": "Meeting", "treffens": "Meeting", "tagung": "Meeting",
                  "sitzung": "Session", "dialog": "Dialogue", "dialogs": "Dialogue", "forum": "Forum", "forums": "Forum"}


@dataclass(slots=True)
class TokMention:
    """An entity mention over a token range."""

    start: int
    end: int
    label: str
    eid: str | None
    surface: str
    source: str  # kb | adj | chunk | title | name | surname | role | pronoun | anaphora
    sent: int = 0
    nested: bool = False  # inside a longer name, as a complement ("Council of OSCE")
    props: dict = field(default_factory=dict)


@dataclass(slots=True)
class TitleSpan:
    """A post such as "Kazakh Foreign Minister" or "Secretary General of OSCE"."""

    start: int
    end: int
    head: str  # the head as written
    title: str  # modifiers + head as written
    owner: str | None  # org or country id the post belongs to
    chair: bool
    sent: int
    person: str | None = None  # person id once attached
    person_mention: TokMention | None = None
    unowned_complement: bool = False  # "Direktor des X-Büros": an "of X" the finder could not name
    anaphor: bool = False  # "the prime minister" in lower case: only ever the one holder the text named
    former: bool = False  # a past post marked before an owner adjective ("the former Kenyan president")
    then: bool = False  # a post held at the time the text narrates ("the then foreign minister", "die damalige")


FORMER = frozenset({"former", "ehemaliger", "ehemalige", "ehemaligen", "früherer", "frühere", "früheren", "ex"})
# "the then foreign minister", "der damalige Außenminister": the holder at the time the text speaks of
THEN = frozenset({"then", "damalige", "damaliger", "damaligen", "damaligem", "seinerzeitige", "seinerzeitigen",
                  "seinerzeitiger"})


def is_former(t: TitleSpan) -> bool:
    """A past post ("former Foreign Minister X", "der frühere Präsident"): it gives no HOLDS_OFFICE."""
    return t.former or any(w.lower().rstrip("-") in FORMER for w in t.title.split())


def is_name_token(tok) -> bool:
    """A capitalised word that can be part of a personal name."""
    return is_name_word(tok.text)


ARABIC_ARTICLES = frozenset({"al-", "el-"})  # a lower-case article joined to a family name


@lru_cache(maxsize=1 << 16)
def is_name_word(t: str) -> bool:
    """A capitalised word that can be part of a personal name (an initial counts)."""
    if (len(t) == 2 and t[0].isupper() and t[1] == ".") or t in DIGRAPH_INITIALS:
        return True  # initial ("A.", "Zh.")
    if t[:3] in ARABIC_ARTICLES and t[3:4].isupper():
        t = t[3:]  # "Samir al-Qudah", "Ahmed el-Sayed"
    return t[:1].isupper() and any(c.islower() for c in t) and t.replace("-", "").replace("'", "").isalpha()



def is_initial(t: str) -> bool:
    """An initial standing for a first name or patronymic ("N.", "Zh.")."""
    return (len(t) == 2 and t.endswith(".")) or t in DIGRAPH_INITIALS


def label_of(eid: str) -> str:
    """Kind label of an entity id ("person:x" -> "Person")."""
    return label_of_id(eid)
