"""Per-word facts: flag bits, and per-document tables equal to what spaCy's tokens say."""

from __future__ import annotations

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


ODD_TEXTS = [
    "  Leading spaces, then  two and\tone tab.",
    " \n Mixed\xa0no-break \xa0 runs \n\n",
    "He cannot go; they don't. Kazakhstan's U.S.-led (UN) talks: http://un.org/x?y=1 :) ...",
    "Am 4. Juli 2019 traf Dr. Müller z.B. die OSZE-Delegation.",
    "1,000.5 km 10km $50 50$ «Zitat» „Gänsefüßchen“ — dash–en — A. B. Smith",
    "",
    " ",
    "end with space ",
]


def _spacy_tokens(nlp, text):
    return [(t.text, t.idx) for t in nlp.make_doc(text)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Secretary-General Ban Ki-moon met with President Talvenko in Astana.\n\nHe left on 2 December."),
    ("de", "Der Außenminister Almanow traf UN-Generalsekretär Guterres.  Sie sprachen über die OSZE."),
    *[("en", t) for t in ODD_TEXTS],
    *[("de", t) for t in ODD_TEXTS],
])
def test_wordfacts_table_matches_spacy_tokens(lang, text):
    nlp = tokenizer_for(lang)
    facts = WordFacts(nlp, lambda word, low: 1 << 20 if low == "met" else 0)
    doc = nlp.make_doc(text)
    for _ in range(2):  # the second pass reads chunks already known
        table = TokenTable(text, facts)
        assert table.words == [t.text for t in doc]
        assert table.lowers == [t.lower_ for t in doc]
        assert table.idx == [t.idx for t in doc]
        assert table.space == [t.text.isspace() for t in doc]
        assert [table.words[i] for i in table.where(1 << 20)] == [t.text for t in doc if t.lower_ == "met"]
        assert [table.words[i] for i in table.where(CAP)] == [t.text for t in doc if t.text[:1].isupper()]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_wordfacts_corpus_tokens_equal_spacys(lang):
    from graphload.ingest import iter_documents
    from graphload.kb import DATA_DIR as DATA

    nlp = tokenizer_for(lang)
    facts = WordFacts(nlp, chunk_limit=500)  # a small cache: it is emptied and refilled many times
    from graphload.synth import iter_corpus

    texts = [d.text for d in iter_documents([DATA / "seeds", DATA / "eval" / "extra" / "docs"]) if hasattr(d, "text")]
    texts += [d.text for d in iter_corpus(300, seed=5)]
    assert len(texts) == 549  # 5 seeds, 244 extra texts, 300 synthetic
    for text in texts:
        table = TokenTable(text, facts)
        assert list(zip(table.words, table.idx)) == _spacy_tokens(nlp, text), text[:80]
    assert len(facts.spaced) < 500 + max(len(set(t.split())) * 2 for t in texts)


def test_wordfacts_sentences_split_as_before():
    text = "Mr. Ban met H.E. Talvenko. They spoke.\nA new line"
    table = TokenTable(text, WordFacts(tokenizer_for("en")))
    assert [text[s.char_start:s.char_end] for s in split_sentences(table)] == [
        "Mr. Ban met H.E. Talvenko.", "They spoke.", "A new line"]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_wordfacts_punctuated_words_split_as_spacy_does(lang):
    from graphload.wordfacts import _CLOSER_PAIRS, _CLOSERS, _OPENERS, _punctuated_word, twin_tokenizer

    tokenizer = twin_tokenizer(tokenizer_for(lang))
    words = ["Astana", "talks", "UN", "e", "ca", "Dr", "A", "cannot", "Müller", "Dārzciems", "s", "Nr", "USA"]
    decided = 0
    for word in words:
        for opener in ["", *_OPENERS]:
            for closer in ["", *_CLOSERS, *_CLOSER_PAIRS]:
                part = opener + word + closer
                split = _punctuated_word(part, tokenizer.rules)
                if split is not None:
                    decided += 1
                    assert split == [t.text for t in tokenizer(part)], part
    assert decided > 1500


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("number", ["2019", "725.5", "1,000", "1,000,000.25", "29.11.2019", "10:30", "4", "0,5"])
def test_wordfacts_numbers_are_one_token_as_in_spacy(lang, number):
    nlp = tokenizer_for(lang)
    text = f"On {number} they met."
    assert TokenTable(text, WordFacts(nlp)).words == [t.text for t in nlp.make_doc(text)]
    assert number in TokenTable(text, WordFacts(nlp)).words


@pytest.mark.parametrize("names, expected", [
    (["Ban"], [1, 6]), (["Ban", "Talvenko"], [1, 3, 6]), (["Nobody"], []), ([], [])])
def test_wordfacts_positions_of_words(names, expected):
    table = TokenTable("Mr. Ban met Talvenko. Then Ban left.", WordFacts(tokenizer_for("en")))
    assert table.positions(names) == expected
    assert all(table.words[i] in names for i in expected)
