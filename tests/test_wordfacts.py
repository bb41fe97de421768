"""Per-word facts: flag bits, and per-document tables equal to what spaCy's tokens say."""

from __future__ import annotations

import numpy as np
import pytest

from graphload.text import TokenTable, split_sentences, tokenizer_for
from graphload.wordfacts import ALNUM0, CAP, HYPHEN, LONG_ALPHA, LOWER0, SENT_END, SPACE, WordFacts, base_flags


@pytest.mark.parametrize("word, on, off", [
    ("Astana", CAP | ALNUM0 | LONG_ALPHA, LOWER0 | SENT_END | SPACE | HYPHEN),
    ("met", LOWER0 | ALNUM0, CAP | LONG_ALPHA),
    ("Ki-moon", CAP | ALNUM0 | HYPHEN, LONG_ALPHA),
    ("Almaty.", CAP | SENT_END, LONG_ALPHA),
    ("\n\n", SPACE | SENT_END, CAP | ALNUM0),
    ("2010", ALNUM0, CAP | LOWER0 | LONG_ALPHA),
    ("«", 0, CAP | ALNUM0 | LOWER0),
])
def test_wordfacts_base_flags(word, on, off):
    flags = base_flags(word)
    assert flags & on == on
    assert flags & off == 0


@pytest.mark.parametrize("lang, text", [
    ("en", "Secretary-General Ban Ki-moon met with President Talvenko in Astana.\n\nHe left on 2 December."),
    ("de", "Der Außenminister Almanow traf UN-Generalsekretär Guterres.  Sie sprachen über die OSZE."),
])
def test_wordfacts_table_matches_spacy_tokens(lang, text):
    nlp = tokenizer_for(lang)
    facts = WordFacts(nlp.vocab, lambda word, low: 1 << 20 if low == "met" else 0)
    for _ in range(2):  # the second pass reads words already known
        doc = nlp.make_doc(text)
        table = TokenTable(doc, text, facts)
        assert table.words == [t.text for t in doc]
        assert table.lowers == [t.lower_ for t in doc]
        assert table.idx == [t.idx for t in doc]
        assert table.space == [t.text.isspace() for t in doc]
        assert [table.words[i] for i in table.where(1 << 20)] == [t.text for t in doc if t.lower_ == "met"]
        assert [table.words[i] for i in table.where(CAP)] == [t.text for t in doc if t.text[:1].isupper()]


def test_wordfacts_foreign_rank_gets_its_own_number():
    nlp = tokenizer_for("en")
    facts = WordFacts(nlp.vocab)
    doc = nlp.make_doc("Zorvath met Quilmet.")
    nlp.vocab["Zorvath"].rank = 0  # someone else wrote a rank: the word must not borrow another word's facts
    table = TokenTable(doc, doc.text, facts)
    assert table.words == ["Zorvath", "met", "Quilmet", "."]
    assert isinstance(table.flags, np.ndarray) and table.flags[0] & CAP


def test_wordfacts_sentences_split_as_before():
    nlp = tokenizer_for("en")
    text = "Mr. Ban met H.E. Talvenko. They spoke.\nA new line"
    table = TokenTable(nlp.make_doc(text), text, WordFacts(nlp.vocab))
    assert [text[s.char_start:s.char_end] for s in split_sentences(table)] == [
        "Mr. Ban met H.E. Talvenko.", "They spoke.", "A new line"]
