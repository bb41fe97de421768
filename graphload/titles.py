"""Title and role spans ("Kazakh Foreign Minister", "Secretary General of OSCE"): one mixin of the finder."""

from __future__ import annotations

from .chunks import TOPIC_ADJECTIVE
from .spans import (
    ARTICLES,
    FORMER,
    OWNER_PREPS,
    PARTICLES,
    THEN,
    TitleSpan,
    is_name_word,
)
from .title_complements import complement
from .title_fields import field_mention_end, portfolio_tail
from .wordfacts import HYPHEN, TITLE

OWNER_NOUNS = {"bloc", "organization", "organisation", "alliance", "union", "community", "agency", "body", "group",
               "commission", "council", "forum", "country", "nation", "movement", "kingdom", "emirate",
               "sultanate"}  # "the bloc's secretary-general, X"
STATE_NOUNS = frozenset({"country", "nation", "kingdom", "emirate", "sultanate"})  # "the kingdom's ambassador": a state
# a body whose chair is its head, an office held ("Vorsitzender der AU-Kommission"); German usage only, English
# "Chairperson of the AU Commission" reads as a chairmanship; a company's board in both ("Chairman of the Board of
# JSC X", "Chairman of the Management Board": an executive post)
PRESIDED_BODIES = ("kommission", "parlament", "parlaments", "ausschuss", "ausschusses", "khural", "khurals", "chural",
                   "churals", "board")
DEPUTY = {"deputy", "vice", "stellvertretender", "stellvertretende", "stellvertretenden"}  # a deputy chair holds no chair
FIELD_LINKS = {"and", "und", "&"}  # inside a post's field ("Fisheries and Forestry")
# lower-case posts that, after "the", stand for the one holder the text named ("the prime minister then flew")
ANAPHOR_HEADS = {"president", "prime minister", "chancellor", "premier", "foreign minister", "foreign secretary",
                 "secretary-general", "secretary general", "vice president", "taoiseach", "king", "queen"}
LEADING_ARTICLES = frozenset({"the", "a", "an"})  # before a lower-case post read as a title
# "the head of the Ukrainian diplomacy", "der Chef der kasachischen Diplomatie": the country's foreign minister
DIPLOMACY = {"diplomacy": "head of diplomacy", "diplomatie": "Chefdiplomat"}
DIPLOMACY_HEADS = frozenset({"head", "chef", "chefin"})
# "der kasachische UN-Botschafter", "Kenya's UN Ambassador": a state's envoy to the organization named in the post
ENVOY_HEADS = frozenset({"ambassador", "botschafter", "botschafterin"})


class TitleRules:
    """Find posts, their modifiers, and the country or organization they belong to."""

    def _titles(self) -> None:
        capital = self.capital
        cands = [i for i in self.doc.where(TITLE | HYPHEN) if capital[i]]
        # "Nursultan Nazarbayev, the president of Kazakhstan": appositive titles are often lower case
        cands += [i for i in self.doc.where(TITLE) if not capital[i] and (self._after_comma(i) or self._possessed(i)
                                                                         or self._after_article(i)
                                                                          or self._named_after(i))]
        cands.sort()
        end = 0
        for i in cands:
            if i < end:
                continue
            found = self._title_at(i)
            if found is not None:
                if self.titles and found.start <= self.titles[-1].start:
                    self.titles.pop()  # "Chief", then "Chief Minister" read from "Minister": the longer post
                self.titles.append(found)
                end = found.end

    def _title_at(self, i: int) -> TitleSpan | None:
        """The post whose head starts at token ``i``, with its owner and extent, or None."""
        doc = self.doc
        tok = doc[i]
        if i in self.kb_at and self.kb_at[i].label != "Organization":
            return None
        low = tok.lower_
        head_end, prefix_owner = self._head_at(i)
        if head_end is None:
            return None
        led = False  # "The executive secretary of SADC, X, said": a lower-case post named by its apposition
        if not (tok.text[:1].isupper() or self._after_comma(i) or self._possessed(i) or self._named_after(head_end - 1)):
            led = self._after_article(i)
            if not led:
                return None
        start = self._extend_left(i)
        owner = prefix_owner or self._left_owner(start, i) or self._possessive_owner(start)
        head = doc.text(i, head_end) if prefix_owner is None else tok.text.rpartition("-")[2]
        if owner and head.lower() in ENVOY_HEADS and owner.startswith("org:"):
            owner = self._sending_state(start, i) or owner
        rep = head.lower() in self.lex.representative_heads
        head_end, field_owner = portfolio_tail(self, head_end)
        end, comp_owner = complement(self, head_end, rep, head.lower() in self.lex.national_heads)
        comp_owner = comp_owner or field_owner
        end, comp_owner = self._acronym_tail(end, comp_owner, start >= 1 and doc.words[start - 1] == ",")
        title = doc.text(self._modifier_start(start, i), head_end)
        chair = head.lower() in self.lex.chair_heads and not DEPUTY.intersection(self.doc.lowers[start:i]) \
            and not any(w.endswith(PRESIDED_BODIES) for w in doc.lowers[head_end:end])
        if chair and end > head_end and (doc.flags[head_end:end] & TITLE).any() and self._inner_title(head_end, end):
            return None  # "unter dem Vorsitz des österreichischen Außenministers X": the inner post is X's
        if owner is None or (comp_owner and not prefix_owner):
            owner = comp_owner or owner
        if low in DIPLOMACY_HEADS and (dipl := self._diplomacy(head_end)) is not None:
            end, owner, head, led = *dipl, False  # "the head of the Ukrainian diplomacy": its foreign minister
        anaphor = led and owner is None and end == head_end and head.lower() in ANAPHOR_HEADS
        complemented = end > head_end and doc.lowers[head_end] in OWNER_PREPS  # "the governor of the region, X"
        if led and not anaphor and ((owner is None and not complemented) or not self._name_after_comma(end)):
            if owner is None or THEN.isdisjoint(doc.lowers[start:i]):
                return None  # but "the then Ukrainian prime minister": the holder at the time the text tells of
        span = TitleSpan(start, end, head, title, owner, chair, self.sent_of[i], anaphor=anaphor)
        if start < i:  # "the former Kenyan president", "der damalige österreichische Außenminister"
            before = doc.lowers[start:i]
            span.former, span.then = not FORMER.isdisjoint(before), not THEN.isdisjoint(before)
        span.unowned_complement = owner is None and end > head_end and doc.lowers[head_end] in OWNER_PREPS | {"im"} \
            and not (doc.lowers[head_end] == "im" and self._venue_at(head_end + 1))  # "die Kanzlerin im Kanzleramt"
        return span

    def _head_at(self, i: int) -> tuple[int | None, str | None]:
        """Where a title head starting at ``i`` ends, and the owner a hyphenated prefix names ("OSZE-Vorsitzender");
        (None, None) when no head starts there."""
        doc, tok = self.doc, self.doc[i]
        for words in self.gaz.titles.get(tok.lower_, ()):
            if i + len(words) <= len(doc.words) and tuple(doc.lowers[i:i + len(words)]) == words:
                return i + len(words), None
        if "-" in tok.text:
            pre, _, post = tok.text.rpartition("-")
            if post.lower() in self.gaz.titles and post[:1].isupper():
                return i + 1, self.gaz.surface.get(pre) or self.gaz.adjectives.get(pre)
        return None, None

    def _diplomacy(self, j: int) -> tuple[int, str, str] | None:
        """"(head) of the Ukrainian diplomacy", "(Chef) der kirgisischen Diplomatie" from ``j``: (end, country,
        the post's head)."""
        lowers = self.doc.lowers
        if j + 2 >= len(lowers) or lowers[j] not in ("of", "der"):
            return None
        m = self.kb_at.get(j + 1 + (lowers[j + 1] == "the"))
        if m is None or m.label != "Country" or m.end >= len(lowers) or lowers[m.end] not in DIPLOMACY:
            return None
        return m.end + 1, m.eid, DIPLOMACY[lowers[m.end]]

    def _inner_title(self, start: int, end: int) -> bool:
        """A whole post (all its words) begins inside ``start``..``end`` ("Außenministers", not "Executive Council")."""
        doc = self.doc
        return any(all(k + t < end and doc.lowers[k + t] == w for t, w in enumerate(words))
                   for k in range(start, end) for words in self.gaz.titles.get(doc.lowers[k], ())
                   if doc.words[k][:1].isupper())

    def _acronym_tail(self, end: int, owner: str | None, appositive: bool = False) -> tuple[int, str | None]:
        """"Direktor des OSZE-Büros für demokratische Institutionen (ODIHR), X": read on to a bracketed short
        name followed by a comma and a name (any word for an apposition: "X, Vorsteher des ... (EDA), reist");
        the short name, if known, owns the post (the whole name's, not "der Vereinten Nationen" inside it)."""
        doc, n = self.doc, len(self.doc.words)
        if end >= n or doc.words[end] in (",", "."):
            return end, owner
        k = end
        while k < end + 10 and k + 4 < n and (doc.words[k].isalpha() or "-" in doc.words[k]) and doc.words[k] != "(":
            k += 1
        if (k > end and doc.words[end][:1].isupper()) or not (k + 4 < n and doc.words[k] == "(" and doc.words[k + 2] == ")" and doc.words[k + 3] == ","
                and (appositive or is_name_word(doc.words[k + 4])) and self.sent_of[k + 4] == self.sent_of[end]):
            return end, owner
        m = self.kb_at.get(k + 1)
        return k + 3, (m.eid if m is not None and m.label == "Organization" else owner)

    def _after_comma(self, i: int) -> bool:
        """The word follows ", " or ", the" (an apposition)."""
        lowers = self.doc.lowers
        j = i - 1
        while j >= 0 and (lowers[j] in ARTICLES or lowers[j] in self.lex.title_modifiers or
                          self.doc.words[j] in self.lex.title_modifiers):
            j -= 1
        return j >= 0 and lowers[j] == ","

    def _after_article(self, i: int) -> bool:
        """The lower-case post follows "the" ("The executive secretary of SADC, X, ...", "talks with the chief
        negotiator of X, Y"): the caller still needs its owner and a name after its comma."""
        j = i - 1
        while j >= 0 and (self.doc.words[j] in self.lex.title_modifiers or self.doc.lowers[j] == "visiting"
                          or self._adjective_at(j)):  # "in honour of the visiting prime minister"
            j = j - 1 if not self._adjective_at(j) else self.kb_at[j].start - 1
        return j >= 0 and self.doc.lowers[j] in LEADING_ARTICLES  # also "a former American ambassador, X"

    def _venue_at(self, k: int) -> bool:
        """A known place (a city, a building) starts at ``k``: where someone is, not the office's body."""
        m = self.kb_at.get(k)
        return m is not None and m.start == k and m.label == "Place"

    def _adjective_at(self, j: int) -> bool:
        """A country's adjective ends at ``j`` ("the then British foreign secretary")."""
        m = self.kb_at.get(j)
        return m is not None and m.label == "Country" and m.source == "adj"

    def _name_after_comma(self, end: int) -> bool:
        """A comma and a name word no other mention covers follow the title."""
        words = self.doc.words
        return (end + 1 < len(words) and words[end] == "," and end + 1 not in self.kb_at
                and is_name_word(words[end + 1]) and words[end + 1] not in self.lexicons.not_names)

    def _named_after(self, i: int) -> bool:
        """A lower-case post right before a two-word name of no known entity ("regional governor Nurlan Abenov")."""
        words, n = self.doc.words, len(self.doc)
        return (self.lang == "en" and i + 2 < n and all(is_name_word(words[k]) and k not in self.kb_at
                                                         and words[k] not in self.lexicons.not_names for k in (i + 1, i + 2)))

    def _possessed(self, i: int) -> bool:
        """A lower-case post after an owner: "its foreign minister", "Rwanda's foreign minister",
        "the Rwandan minister", "the UK prime minister" (a country or its adjective after the article)."""
        j = i - 1
        while j >= 0 and self.doc.words[j] in self.lex.title_modifiers:
            j -= 1
        if j < 0:
            return False
        low, m = self.doc.lowers[j], self.kb_at.get(j)
        if low in ("its", "their") or (low in ("'s", "’s") and j >= 1 and (self._possessive_owner(j + 1)
                                                                           or self.doc.lowers[j - 1] in OWNER_NOUNS)):
            return True
        return m is not None and (m.source == "adj" or m.label in ("Country", "Organization")) and m.start >= 1 \
            and self.doc.lowers[m.start - 1] in ARTICLES  # "the Rwandan minister", "the UK prime minister"

    def _possessive_owner(self, start: int) -> str | None:
        """The owner before a post: "Australia's Foreign Minister" (a country or organization and "'s"), or for
        "its foreign minister" the sentence's first country before it (else its latest organization)."""
        if start < 2:
            return None
        low = self.doc.lowers[start - 1]
        if low in ("'", "’") and self.doc.lowers[start - 2].endswith("s"):  # "Barbados' Prime Minister"
            m = self.kb_at.get(start - 2)
            return m.eid if m is not None and m.end == start - 1 and m.label in ("Country", "Organization") else None
        if low in ("'s", "’s") and self.doc.lowers[start - 2] not in OWNER_NOUNS:
            m = self.kb_at.get(start - 2)
            return m.eid if m is not None and m.label in ("Country", "Organization") else None
        if low not in ("its", "their", "'s", "’s"):
            return None
        if low not in ("its", "their") and self.doc.lowers[start - 2] in STATE_NOUNS:
            low = "its"  # "the country's foreign minister": a state
        elif low not in ("its", "their"):  # "the bloc's secretary-general": the sentence's latest organization
            start -= 1
        sent, found, j = self.sent_of[start], [], start - 2
        while j >= 0 and self.sent_of[j] == sent and start - j < 40:
            m = self.kb_at.get(j)
            if m is not None and m.label in ("Country", "Organization") and not m.nested:
                found.append(m)
                j = m.start
            j -= 1
        if not found and low == "its" and (start < 2 or self.sent_of[start - 2] != sent):
            return self._previous_organization(start - 2)  # "... co-organized by X. Its Director, Y"
        countries = [m for m in found if m.label == "Country"]
        if low in ("'s", "’s"):
            orgs = [m for m in found if m.label == "Organization"]
            return orgs[0].eid if orgs else None
        return countries[-1].eid if countries else (found[0].eid if found else None)

    def _previous_organization(self, j: int) -> str | None:
        """The last organization named in the sentence that ends at token ``j`` ("Its" opening the next one)."""
        if j < 0:
            return None
        sent = self.sent_of[j]
        while j >= 0 and self.sent_of[j] == sent:
            m = self.kb_at.get(j)
            if m is not None and m.label == "Organization" and not m.nested:
                return m.eid
            j = m.start - 1 if m is not None else j - 1
        return None

    def _place_at(self, k: int) -> bool:
        m = self.kb_at.get(k)
        return m is not None and m.start == k and m.label in ("Place", "Country")

    def _modifier_start(self, start: int, i: int) -> int:
        j = i
        while j > start and (self.doc.words[j - 1] in self.lex.title_modifiers):
            j -= 1
        return j

    def _extend_left(self, i: int) -> int:
        j = i
        words, modifiers, fields = self.doc.words, self.lex.title_modifiers, self.lex.portfolios
        while j > 0:
            prev = words[j - 1]
            m = self.kb_at.get(j - 1)
            if prev in modifiers or (m and m.label in ("Country", "Organization")) or (prev in fields and m is None):
                j = m.start if m and prev not in modifiers else j - 1
            elif prev == ")" and j >= 4 and words[j - 3] == "(" and self._bracketed_owner(j - 2):
                j = self.kb_at[j - 4].start  # "the World Food Programme (WFP) Country Director"
            else:
                break
        return j

    def _bracketed_owner(self, k: int) -> bool:
        """"X (ACR)" before a post: the short name at ``k`` and the name before its bracket are one body."""
        short, full = self.kb_at.get(k), self.kb_at.get(k - 2)
        return (short is not None and full is not None and short.eid == full.eid
                and short.label in ("Country", "Organization"))

    def _sending_state(self, start: int, i: int) -> str | None:
        """The country before an organization's envoy title ("der kasachische UN-Botschafter"), if any."""
        for j in range(start, i):
            m = self.kb_at.get(j)
            if m and m.label == "Country":
                return m.eid
        owner = self._possessive_owner(start)
        return owner if owner and owner.startswith("country:") else None

    def _left_owner(self, start: int, i: int) -> str | None:
        for j in range(i - 1, start - 1, -1):
            m = self.kb_at.get(j)
            if m and m.label in ("Country", "Organization"):
                return m.eid
        return None

    def _apposed_short(self, m) -> int:
        """End of an owner with its short form: "des UN-Nothilfebüros OCHA", "des IKRK (ICRC)"."""
        doc, j = self.doc, m.end
        if j + 2 < len(doc.words) and doc.words[j] == "(" and doc.words[j + 2] == ")":
            return j + 3
        nxt = self.kb_at.get(j)
        return nxt.end if nxt is not None and nxt.start == j and nxt.eid == m.eid else j

    def _leave_name(self, start: int, end: int) -> int:
        """"Chairman of the Senate Maulen Ashimbayev": a capitalised complement that runs to its end
        keeps its last two words for the person when they look like a name."""
        words = self.doc.words
        split = self._field_split(start, end)
        if split is not None:
            return split
        if end >= len(words) or words[end][:1].isupper() or self.doc.lowers[end] in OWNER_PREPS:
            return end
        if words[end] == "," and end + 1 < len(words) and is_name_word(words[end + 1]):
            return end  # "Hoher Kommissar für Menschenrechte, Samuel X": the name follows the comma
        run = end
        while run > start and words[run - 1][:1].isupper() and run - 1 not in self.kb_at:
            run -= 1
        if end - run >= 3 and all(is_name_word(words[k]) and words[k] not in self.head_of
                                  for k in (end - 2, end - 1)):
            return end - 2
        return end

    def _field_split(self, start: int, end: int) -> int | None:
        """"Minister for Fisheries and Forestry Semi X", "Secretary of Foreign Affairs Teresa Y": a complement
        that begins with a post's field words ends where a two-word name follows the last of them."""
        doc, fields, n = self.doc, self.lex.portfolios, len(self.doc.words)
        if start >= end or doc.words[start] not in fields:
            return None
        k = start
        while k < end and (doc.words[k] in fields or doc.lowers[k] in FIELD_LINKS or field_mention_end(self, k) > k
                           or (self.lang == "de" and TOPIC_ADJECTIVE.match(doc.words[k]) is not None)):
            k = field_mention_end(self, k) if k in self.kb_at else k + 1
        if k >= end or k + 1 >= n or k in self.kb_at or not self._name_word(k):
            return None
        return k if self._name_word(k + 1) or doc.lowers[k + 1] in PARTICLES else None

    def _name_word(self, k: int) -> bool:
        """A capitalised word that may be part of a personal name: no head noun, field word or known name."""
        word = self.doc.words[k]
        return (is_name_word(word) and word not in self.head_of and word not in self.lex.portfolios
                and k not in self.kb_at and self.doc.lowers[k] not in self.gaz.titles)

    def _capital_free(self, k: int) -> bool:
        """A capitalised word of no known mention stands at ``k`` (not a name after a comma)."""
        return k < len(self.doc) and self.doc.words[k][:1].isupper() and k not in self.kb_at
