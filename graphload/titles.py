"""Title and role spans ("Kazakh Foreign Minister", "Secretary General of OSCE"): one mixin of the finder."""

from __future__ import annotations

from .spans import ARTICLES, OWNER_PREPS, TitleSpan, is_name_word
from .wordfacts import HYPHEN, TITLE

DEPUTY = {"deputy", "vice", "stellvertretender", "stellvertretende", "stellvertretenden"}  # a deputy chair holds no chair


class TitleRules:
    """Find posts, their modifiers, and the country or organization they belong to."""

    def _titles(self) -> None:
        capital = self.capital
        cands = [i for i in self.doc.where(TITLE | HYPHEN) if capital[i]]
        # "Nursultan Nazarbayev, the president of Kazakhstan": appositive titles are often lower case
        cands += [i for i in self.doc.where(TITLE) if not capital[i] and self._after_comma(i)]
        cands.sort()
        end = 0
        for i in cands:
            if i < end:
                continue
            found = self._title_at(i)
            if found is not None:
                self.titles.append(found)
                end = found.end

    def _title_at(self, i: int) -> TitleSpan | None:
        doc = self.doc
        tok = doc[i]
        if i in self.kb_at and self.kb_at[i].label != "Organization":
            return None
        low = tok.lower_
        prefix_owner = None
        head_end = None
        for words in self.gaz.titles.get(low, ()):
            if i + len(words) <= len(doc) and all(doc.lowers[i + k] == w for k, w in enumerate(words)):
                head_end = i + len(words)
                break
        if head_end is None and "-" in tok.text:
            pre, _, post = tok.text.rpartition("-")
            if post.lower() in self.gaz.titles and post[:1].isupper():
                prefix_owner = self.gaz.surface.get(pre) or self.gaz.adjectives.get(pre)
                head_end = i + 1
        if head_end is None or not (tok.text[:1].isupper() or self._after_comma(i)):
            return None
        start = self._extend_left(i)
        owner = prefix_owner or self._left_owner(start, i)
        head = doc.text(i, head_end) if prefix_owner is None else tok.text.rpartition("-")[2]
        rep = head.lower() in self.lex.representative_heads
        end, comp_owner = self._complement(head_end, rep)
        title = doc.text(self._modifier_start(start, i), head_end)
        chair = head.lower() in self.lex.chair_heads and not DEPUTY.intersection(self.doc.lowers[start:i])
        if owner is None or (comp_owner and not prefix_owner):
            owner = comp_owner or owner
        return TitleSpan(start, end, head, title, owner, chair, self.sent_of[i])

    def _after_comma(self, i: int) -> bool:
        """The word follows ", " or ", the" (an apposition)."""
        lowers = self.doc.lowers
        j = i - 1
        while j >= 0 and (lowers[j] in ARTICLES or lowers[j] in self.lex.title_modifiers or
                          self.doc.words[j] in self.lex.title_modifiers):
            j -= 1
        return j >= 0 and lowers[j] == ","

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
        words, modifiers = self.doc.words, self.lex.title_modifiers
        while j > 0:
            prev = words[j - 1]
            m = self.kb_at.get(j - 1)
            if prev in modifiers or (m and m.label in ("Country", "Organization")):
                j = m.start if m and prev not in modifiers else j - 1
            else:
                break
        return j

    def _left_owner(self, start: int, i: int) -> str | None:
        for j in range(i - 1, start - 1, -1):
            m = self.kb_at.get(j)
            if m and m.label in ("Country", "Organization"):
                return m.eid
        return None

    def _complement(self, j: int, representative: bool = False) -> tuple[int, str | None]:
        """Read "of X", "for X", "der X" after a title head; return (end, owner id).

        For representatives ("Permanent Representative of X to Y") only "of" names the owner.
        A trailing place ("in New York") is read over, so the name after it still attaches.
        """
        doc, n = self.doc, len(self.doc)
        owner, end, run_start = None, j, j
        for _ in range(4):
            if j < n and doc.lowers[j] in ("in", "at", "im") and self._place_at(j + 1):
                end = j = self.kb_at[j + 1].end
                continue
            if j >= n or doc.lowers[j] not in OWNER_PREPS:
                break
            owns = not representative or doc.lowers[j] in ("of", "der", "des", "von")
            k = j + 1
            while k < n and doc.lowers[k] in ARTICLES:
                k += 1
            m = self.kb_at.get(k)
            if m and m.label in ("Country", "Organization"):
                owner = owner or (m.eid if owns else None)
                end = j = self._apposed_short(m)
                continue
            run_end = k
            while run_end < n and doc.words[run_end][:1].isupper() and run_end not in self.kb_at:
                run_end += 1
            if run_end == k:
                break
            run_start = k
            end = j = run_end  # "of Foreign Affairs and Trade"
            while j < n and doc.lowers[j] == "and" and j + 1 < n and doc.words[j + 1][:1].isupper():
                j += 1
                while j < n and doc.words[j][:1].isupper() and j not in self.kb_at:
                    j += 1
                end = j
        return self._leave_name(run_start, end), owner

    def _apposed_short(self, m) -> int:
        """End of an owner with its short form: "des UN-Nothilfebüros OCHA", "des IKRK (ICRC)"."""
        doc, j = self.doc, m.end
        if j + 2 < len(doc) and doc.words[j] == "(" and doc.words[j + 2] == ")":
            return j + 3
        nxt = self.kb_at.get(j)
        return nxt.end if nxt is not None and nxt.start == j and nxt.eid == m.eid else j

    def _leave_name(self, start: int, end: int) -> int:
        """"Chairman of the Senate Maulen Ashimbayev": a capitalised complement that runs to its end
        keeps its last two words for the person when they look like a name."""
        words = self.doc.words
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

