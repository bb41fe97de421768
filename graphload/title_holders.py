"""Titles with no name ("the Secretary-General", "die Ministerin"): the person each one means, from the text or the KB.

Free functions taking the :class:`~graphload.docresolve.DocResolver` as first argument.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .counterparts import counterpart_holder
from .spans import TitleSpan, TokMention, is_former

if TYPE_CHECKING:
    from .docresolve import DocResolver
    from .kb import KnowledgeBase


# bare posts that name any minister: "die Ministerin" is the text's own (unowned) one, not "Serbiens Ministerin Y"
GENERIC_POSTS = frozenset({"minister", "ministerin"})
AS_WORDS = {"als", "as"}  # ", die als Vorsitzende der OSZE": the relative clause's person holds the post
RELATIVES = {"die", "der", "who"}
STAFF_NOUNS = frozenset({"office", "spokesman", "spokeswoman", "spokesperson", "residence", "aide", "aides", "adviser",
                         "advisor", "press", "website", "entourage", "camp", "büro", "amt", "sprecher", "sprecherin",
                         "residenz", "berater", "beraterin", "umfeld"})  # "the president's office said"
GENITIVE_ARTICLES = frozenset({"des", "der"})
# chairs a person holds (not "the Chairmanship", which a state holds)
PERSON_CHAIRS = {"chairman-in-office", "chairperson-in-office", "chairwoman-in-office", "chairman", "chairperson",
                 "chairwoman", "chair", "vorsitzender", "vorsitzende", "vorsitzenden"}
_OFFICE_CACHE: dict[tuple[str, str, str | None], list] = {}  # (KB fingerprint, title, language) -> offices


def _offices_by_title(kb: KnowledgeBase, title: str, lang: str | None) -> list:
    """Memoised :meth:`KnowledgeBase.offices_by_title` (it scans every office)."""
    key = (kb.fingerprint, title, lang)
    if key not in _OFFICE_CACHE:
        _OFFICE_CACHE[key] = kb.offices_by_title(title, lang)
    return _OFFICE_CACHE[key]


LESSER_RANKS = frozenset({"deputy", "vice", "assistant", "under", "associate", "stellvertretende", "stellvertretender",
                          "vize"})
_RANK_PREFIXES = tuple(LESSER_RANKS)
ROLE_SYNONYMS = {"premier": "prime minister", "pm": "prime minister",  # "the Indian premier", "PM X"
                 "chief diplomat": "foreign minister", "head of diplomacy": "foreign minister",  # "the Kyrgyz chief
                 "chefdiplomat": "außenminister", "chefdiplomatin": "außenministerin"}  # diplomat", "der Chefdiplomat"
# owned role nouns that stand for any of several posts of that owner: "the Kazakh leader" (its president or prime
# minister, whichever the text named), "the EU envoy" (its special representative or envoy named before)
LEADER_ROLES = frozenset({"leader", "staatschef", "staatschefin", "staatsoberhaupt"})
TOP_POSTS = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "amir",
                       "sultan", "head of state", "präsident", "präsidentin", "staatspräsident", "staatspräsidentin",
                       "ministerpräsident", "ministerpräsidentin", "premierminister", "premierministerin",
                       "bundeskanzler", "bundeskanzlerin", "kanzler", "kanzlerin", "könig", "königin"})
ENVOY_ROLES = frozenset({"envoy", "gesandter", "gesandte", "gesandten"})
GENERIC_ROLES = LEADER_ROLES | ENVOY_ROLES


def _lesser_rank(named: str, role: str) -> bool:
    """The named post is a deputy's of the role's ("Deputy Secretary-General X ... the Secretary-General",
    "Vizekanzler X ... der Kanzler"): not the same post."""
    cut = named.rfind(role)
    prefix = named[:cut].rstrip(" -") if cut > 0 else ""
    last = prefix.split()[-1] if prefix else ""
    return (last in LESSER_RANKS or last.endswith("vize")) and not role.startswith(_RANK_PREFIXES)


def _role_words(t: TitleSpan) -> str:
    """A role's post in lower case, "premier" read as "prime minister"."""
    title = t.title.lower()
    return ROLE_SYNONYMS.get(title, title)


def _same_post(named: str, role: str) -> bool:
    """A role noun repeats a post the text gave a name: the same head, or its compound's last part
    ("Bundesaußenministerin X ... die Ministerin", "UN-Generalsekretär X ... der Generalsekretär")."""
    if named != role and _lesser_rank(named, role):
        return False
    if named == role or (len(role) >= 6 and named.endswith(role)):
        return True
    if role.startswith("vize") and named.startswith("vize"):  # "Vizeaußenministerin X ... die Vizeministerin"
        return len(role) >= 10 and named.endswith(role[4:])
    return " " not in role and role in named.split()  # "Minister of Foreign Affairs X ... the Rwandan minister"


def _headline_holder(t: TitleSpan, later: list[TitleSpan]) -> str | None:
    """"Kanzlerin wirbt ..." over "Bundeskanzlerin X": the one person named later with that very post."""
    head = t.head.lower()
    people = {s.person for s in later if s.head.lower().endswith(head)}
    return people.pop() if len(people) == 1 else None


def roles(self: DocResolver) -> None:
    """A title with no name ("the Secretary-General") resolves to a person when unambiguous."""
    seen: list[TitleSpan] = []
    named = [t for t in self.f.titles if t.person and not is_former(t)]  # "former Minister X ... the Minister"
    for t in self.f.titles:
        if t.person:
            if not is_former(t):
                seen.append(t)
            continue
        if _plural(self, t) or _staff_possessor(self, t):
            continue  # "Die Außenminister Deutschlands und der fünf ...": several people, no one holder
        person = _relative_as(self, t)
        if person:
            pass
        elif t.chair:
            person = _chair_holder(self, t, seen)
        else:
            person = _role_person(self, t, seen, [s for s in named if s.start > t.start and s.owner == t.owner])
        if person:
            t.person = person
            m = TokMention(t.start, t.end, "Person", person, self.doc.text(t.start, t.end), "role", t.sent)
            self.f.mentions.append(m)


def _staff_possessor(self: DocResolver, t: TitleSpan) -> bool:
    """"the Israeli prime minister's office said": a post that only owns the speaking office or aide."""
    lowers, e = self.doc.lowers, t.end
    if e + 1 < len(lowers) and lowers[e] in ("'s", "’s"):
        return lowers[e + 1] in STAFF_NOUNS
    k = max(t.start - 3, 1)  # "das Büro des israelischen Ministerpräsidenten"
    return any(lowers[j] in GENITIVE_ARTICLES and lowers[j - 1] in STAFF_NOUNS for j in range(k, t.start))


def _relative_as(self: DocResolver, t: TitleSpan) -> str | None:
    """"X, die als amtierende Vorsitzende der OSZE ...", "X, who as chair of the AU ...": X holds the post."""
    lowers, k = self.doc.lowers, t.start
    while k > 0 and self.doc.words[k - 1] in self.f.lex.title_modifiers:
        k -= 1
    if k < 4 or lowers[k - 1] not in AS_WORDS or lowers[k - 2] not in RELATIVES or lowers[k - 3] != ",":
        return None
    ends = {k - 3, k - 4} if self.doc.words[k - 4].islower() else {k - 3}  # "traf X zusammen, die als ..."
    return next((m.eid for m in self.f.mentions if m.label == "Person" and m.end in ends and m.eid), None)


PLURAL_LEADS = frozenset({"both", "two", "beide", "beiden", "zwei"})  # "the two foreign ministers": not one holder


def _plural(self: DocResolver, t: TitleSpan) -> bool:
    """A German title after plural "die" ("die Außenminister", "die Präsidentinnen"; not "die Ministerin",
    "die Sonderbeauftragte"), or any after "both", "two", "beiden" ("die beiden Minister": a pair)."""
    if t.start >= 1 and self.doc.lowers[t.start - 1] in PLURAL_LEADS:
        return True
    if self.lang != "de" or t.start < 1 or self.doc.lowers[t.start - 1] != "die":
        return False
    head = t.head.lower()  # not the span's last word ("die damalige Bundeskanzlerin im Kanzleramt")
    return head.endswith("innen") or not head.endswith(("in", "e"))


def _role_person(self: DocResolver, t: TitleSpan, seen: list[TitleSpan], later: list[TitleSpan] = ()) -> str | None:
    """The person a title with no name means: the text's holder of the post before it, else the one named
    after it for the same owner ("ASEAN-Generalsekretär" in a headline) or a bare title in the headline
    ("Kanzlerin wirbt ..." before "Bundeskanzlerin X"), else the KB holder by date."""
    person = _text_holder(self, t, seen)
    if t.owner and not any(s.owner == t.owner and s.person == person for s in seen):  # "the Thai Prime Minister"
        person = counterpart_holder(self.f, t, seen, _same_post, _role_words(t)) or person
    if t.anaphor:  # "the president" in lower case: the one holder named before, never the KB's
        role = _role_words(t)
        return person if person and len({s.person for s in seen if _same_post(s.title.lower(), role)}) == 1 else None
    if person is None and t.owner and later:
        person = _text_holder(self, t, later, strict=True)
    if person is None and t.sent == 0 and later:
        person = _headline_holder(t, later)
    if person is None and _role_words(t) in GENERIC_ROLES:
        return None  # "the Kazakh leader", "die Staatschefin": only a holder the text named, never the KB's
    return (person if person is not None else _kb_holder(self, t)) or None  # "": the text is ambiguous


def _chair_holder(self: DocResolver, t: TitleSpan, seen: list[TitleSpan]) -> str | None:
    """"the Chairperson-in-Office": the one person the text named before with that chair (never the KB's)."""
    head = t.head.lower()
    if head not in PERSON_CHAIRS or not _is_definite(self, t):
        return None
    people = {s.person for s in seen
              if s.chair and s.head.lower() == head and (t.owner is None or s.owner in (None, t.owner))}
    return people.pop() if len(people) == 1 else None


def _text_holder(self: DocResolver, t: TitleSpan, seen: list[TitleSpan], strict: bool = False) -> str | None:
    """The person the text names for this post (the latest when a definite role is ambiguous); "" when
    several are named, None when none is."""
    key, head, role = _title_key(self, t), ROLE_SYNONYMS.get(t.head.lower(), t.head.lower()), _role_words(t)
    owners = {s.person: s.owner for s in seen if s.owner} if t.owner else {}  # "Österreichs X" is not Slovak
    same = [s for s in seen if (_title_key(self, s) & key or _same_post(s.head.lower(), head)
                                or (t.owner and s.owner == t.owner and _alike(self, s, t))
                                or _stands_for(self, head, s, t))
            and (t.owner is None or s.owner == t.owner
                 or (s.owner is None and s.sent != t.sent and owners.get(s.person, t.owner) == t.owner))
            and not _lesser_rank(s.title.lower(), role)]  # "Deputy Prime Minister X ... the premier": not X
    bare = t.owner is None and _is_definite(self, t) and not strict
    if bare and head in GENERIC_POSTS and any(s.owner is None for s in same) and any(s.owner for s in same):
        same = [s for s in same if s.owner is None]  # "die Ministerin": the text's own, not "Serbiens Ministerin"
    exact = [s for s in same if s.head.lower() == head]  # ("President X hosts Brazilian President": another one)  # "die Präsidentin": not the Bundespräsidentin
    same = exact or same
    owned = [s for s in same if t.owner and s.owner == t.owner]  # "the Rwandan minister": Rwanda's one
    same = owned or same
    people = {s.person for s in same}
    if len(people) == 1:
        person = people.pop()
        if bare:  # "the Foreign Minister" meant this person while the text named no other one
            self._bare_roles.setdefault(head, person)
        return person
    if len(people) > 1:  # the person the bare role meant before, else the one named most, the latest of those
        return (self._bare_roles.get(head) if self._bare_roles.get(head) in people else _salient(self, same, t.start)) \
            if bare else ""
    return None


def _salient(self: DocResolver, same: list[TitleSpan], before: int) -> str:
    """Of several holders of a post, the one the text named most often before ``before`` (the latest on a tie):
    "the President" of a press release is its own head of state, not one it passes greetings from."""
    counts = dict.fromkeys((s.person for s in same), 0)
    for m in self.f.mentions:
        if m.start < before and m.eid in counts and m.label == "Person":
            counts[m.eid] += 1
    top = max(counts.values())
    return next(s.person for s in reversed(same) if counts[s.person] == top)


def _stands_for(self: DocResolver, role: str, s: TitleSpan, t: TitleSpan) -> bool:
    """A generic role noun names this post (of its owner, if it has one): "the Kazakh leader" its president,
    "the EU envoy" its special representative, "die Staatschefin" the president named before."""
    if t.owner is not None and s.owner != t.owner:
        return False
    if role in LEADER_ROLES:
        return s.head.lower() in TOP_POSTS
    return role in ENVOY_ROLES and s.head.lower() in self.f.lex.representative_heads


def _kb_holder(self: DocResolver, t: TitleSpan) -> str | None:
    """The knowledge base's holder of the office a bare title names, on the date the sentence speaks of."""
    date = self.holder_date(t)
    full = _offices_by_title(self.kb, self.doc.text(t.start, t.end), self.lang) if t.end - t.start > 2 else []
    if len(full) == 1:  # "the UN High Commissioner for Human Rights": a title the KB lists whole
        return full[0].holder_on(date)
    if t.unowned_complement:
        return None  # "der Direktor des X-Büros": an office the KB does not know
    offices = _offices_by_title(self.kb, ROLE_SYNONYMS.get(t.head.lower(), t.head), self.lang)
    if t.owner:
        offices = [o for o in offices if o.org == t.owner]
    elif len(offices) > 1:
        offices = _likely_offices(self, offices, t.head)
    holders = {o.holder_on(date) for o in offices} - {None}
    if len(holders) == 1 and (t.owner or len(offices) == 1):
        return holders.pop()
    return None


def _alike(self: DocResolver, a: TitleSpan, b: TitleSpan) -> bool:
    """Two heads that name the same kind of office somewhere ("Premierministerin", "Regierungschefin")."""
    ids = {o.id.split("-", 1)[-1] for o in _offices_by_title(self.kb, a.head, None)}
    return bool(ids) and any(o.id.split("-", 1)[-1] in ids for o in _offices_by_title(self.kb, b.head, None))


def _title_key(self: DocResolver, t: TitleSpan) -> frozenset:
    """What a title means here: the ids of the offices it can name, or the word itself (once per title)."""
    key = self._title_keys.get(id(t))
    if key is None:
        key = self._title_keys[id(t)] = _title_meaning(self, t)
    return key


def _title_meaning(self: DocResolver, t: TitleSpan) -> frozenset:
    offices = _offices_by_title(self.kb, ROLE_SYNONYMS.get(t.head.lower(), t.head), None)
    if t.owner:
        offices = [o for o in offices if o.org == t.owner]
    elif len(offices) > 1:
        offices = _likely_offices(self, offices, t.head)
    return frozenset(o.id for o in offices) or frozenset([t.head.lower()])


def _likely_offices(self: DocResolver, offices: list, head: str) -> list:
    """Offices of an organization the document names, else the lexicon's default reading."""
    named = {m.eid for m in self.f.mentions if m.label in ("Organization", "Country")}
    mentioned = [o for o in offices if o.org in named]
    if len(mentioned) == 1:
        return mentioned
    default = self.f.lexicons.default_offices.get(head.lower())
    return [o for o in offices if o.id == default] or offices


def _is_definite(self: DocResolver, t: TitleSpan) -> bool:
    return t.start > 0 and self.doc.lowers[t.start - 1] in ("the", "der", "die", "dem", "den")
