"""Tests of graphload.dates: document dates and dates inside sentences (English and German)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphload.dates import DateMention, document_date, find_dates, parse_date_text

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"


@pytest.mark.parametrize(
    "stem, expected",
    [
        ("000_ad2d8637457e9167", None),  # "29 November - 2 December": no year stated
        ("001_591cf0109e884bf5", "2010-11-30"),  # "met today, 30 November 2010"
        ("002_09fa6fb60c717af9", "2010-07-19"),  # "19 July 2010" alone on a line
        ("003_af52a0a4b4611f5f", None),  # "July 3" only; "March 2, 1992" is history, far down
        ("004_72c9dbd4c87b5424", None),  # "am 10. Juli." without a year
    ],
)
def test_dates_document_date_of_seeds(stem, expected):
    text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
    language = "de" if stem.startswith("004") else "en"
    assert document_date(text, language) == expected


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Title of the release\n\n19 July 2010\nBody text follows here.", "en", "2010-07-19"),
        ("ASTANA, 30 November 2010 – The Secretary-General arrived.", "en", "2010-11-30"),
        ("NEW YORK, November 30, 2010 — Statement by the spokesperson.", "en", "2010-11-30"),
        ("Headline here\nMonday, 29 November 2010\n\nText.", "en", "2010-11-29"),
        ("Title\nJuly 2010\n\nText without another date.", "en", "2010-07"),
        ("Berlin, den 10. Juli 2024 – Der Minister reiste ab.", "de", "2024-07-10"),
        ("Pressemitteilung\n10.07.2024\n\nDer Text.", "de", "2024-07-10"),
        ("Überschrift\n\nDer Minister traf am 10. Juli 2024 seinen Amtskollegen.", "de", "2024-07-10"),
        ("The Secretary-General met today, 30 November 2010, with the President.", "en", "2010-11-30"),
        ("Title\n" + "Filler sentence without dates.\n" * 40 + "It was reported by the agency on 10 July 2024.",
         "en", "2024-07-10"),
        ("Title\n" + "Filler.\n" * 40 + "berichtete die Pressestelle am 10. Juli 2024.", "de", "2024-07-10"),
        ("The meeting on 29 November was a success.", "en", None),
        ("Die Sitzung am 10. Juli war erfolgreich.", "de", None),
        ("In May 2019 the building opened.", "en", None),
        ("Title\n" + "Filler sentence without dates.\n" * 40 + "Kazakhstan joined on March 2, 1992.", "en", None),
        ("", "en", None),
    ],
)
def test_dates_document_date_cases(text, language, expected):
    assert document_date(text, language) == expected


@pytest.mark.parametrize(
    "sentence, language, ref, expected",
    [
        ("He met the President on 30 November 2010.", "en", None, [("30 November 2010", "2010-11-30")]),
        ("Kazakhstan was admitted on March 2, 1992.", "en", None, [("March 2, 1992", "1992-03-02")]),
        ("On Nov. 30, 2010 he spoke.", "en", None, [("Nov. 30, 2010", "2010-11-30")]),
        ("the 30th of November 2010", "en", None, [("30th of November 2010", "2010-11-30")]),
        ("He arrived on 29 November.", "en", "2010-12-02", [("29 November", "2010-11-29")]),
        ("He arrived on 29 November.", "en", None, []),
        ("late on Monday, 29 November.", "en", "2010-11-30", [("Monday, 29 November", "2010-11-29")]),
        ("held in Almaty on 16-17 July, delivered by", "en", "2010-07-19", [("16-17 July", "2010-07-16")]),
        ("during a July 3 meeting", "en", "2024-07-10", [("July 3", "2024-07-03")]),
        ("on December 29 he left", "en", "2011-01-03", [("December 29", "2010-12-29")]),
        ("The elections in October were calm.", "en", "2010-11-30", [("October", "2010-10")]),
        ("The inauguration took place in May 2019.", "en", None, [("May 2019", "2019-05")]),
        ("The centre opened in 2011.", "en", None, [("2011", "2011")]),
        ("He met him on Tuesday.", "en", "2010-11-30", [("Tuesday", "2010-11-30")]),
        ("They met on Monday.", "en", "2010-12-02", [("Monday", "2010-11-29")]),
        ("He will return next Friday.", "en", "2010-11-30", [("next Friday", "2010-12-03")]),
        ("They met on Tuesday.", "en", None, []),
        ("Last Tuesday they met.", "en", "2010-11-30", [("Last Tuesday", "2010-11-23")]),
        ("Am kommenden Montag reist er ab.", "de", "2024-07-10", [("kommenden Montag", "2024-07-15")]),
        ("They met on Tuesday.", "en", "2010-11", []),
        ("Guterres traf Tokajew am 4. Juli 2024.", "de", None, [("4. Juli 2024", "2024-07-04")]),
        ("Guterres traf Tokajew am 4. Juli.", "de", "2024-07-10", [("4. Juli", "2024-07-04")]),
        ("Die Einweihung fand im Mai 2019 statt.", "de", None, [("Mai 2019", "2019-05")]),
        ("Das Treffen am 2.12.2010 in Astana.", "de", None, [("2.12.2010", "2010-12-02")]),
        ("Am Dienstag traf er den Präsidenten.", "de", "2024-07-10", [("Dienstag", "2024-07-09")]),
        ("Seit 1992 ist Kasachstan Mitglied.", "de", None, [("1992", "1992")]),
        ("Im März 2022 und im Maerz 2023.", "de", None, [("März 2022", "2022-03"), ("Maerz 2023", "2023-03")]),
        ("Die Sitzung am 3/7/2024.", "de", None, [("3/7/2024", "2024-07-03")]),
        ("The meeting on 3/7/2024.", "en", None, []),
        ("Resolution 1325 may 5 people, Jan Kubiš said.", "en", "2010-11-30", []),
        ("On 31 February 2010 nothing happened.", "en", None, []),
    ],
)
def test_dates_find_dates(sentence, language, ref, expected):
    found = find_dates(sentence, language, ref)
    assert [(d.text, d.iso) for d in found] == expected
    for d in found:
        assert sentence[d.start:d.end] == d.text


def test_dates_find_dates_several_in_order():
    found = find_dates("He arrived on 29 November and left on 2 December 2010, back in 2011.", "en", "2010-12-02")
    assert [d.iso for d in found] == ["2010-11-29", "2010-12-02", "2011"]
    assert all(isinstance(d, DateMention) for d in found)


@pytest.mark.parametrize(
    "text, ref, expected",
    [("November 30, 2010", None, "2010-11-30"), ("am 4. Juli", "2024-07-10", "2024-07-04"), ("no date here", None, None)],
)
def test_dates_parse_date_text(text, ref, expected):
    assert parse_date_text(text, "en", ref) == expected


@pytest.mark.parametrize("ref", [None, "2010-11-30"])
def test_dates_parse_date_text_is_the_first_of_find_dates(ref):
    """The leftmost-match shortcut gives what the full pass gives, on every line of the shipped texts."""
    from graphload.ingest import iter_documents
    from graphload.kb import DATA_DIR

    lines = [line for d in iter_documents([DATA_DIR / "seeds", DATA_DIR / "eval" / "extra" / "docs"])
             for line in d.text.split("\n") if line.strip()]
    lines += ["On Tuesday, 31 February 2010 and 4 March", "99.99.2010 then 3.4.2011", "in May, on 5 May 2012"]
    dated = 0
    for lang in ("en", "de"):
        for line in lines:
            found = find_dates(line, lang, ref)
            assert parse_date_text(line, lang, ref) == (found[0].iso if found else None), line
            dated += bool(found)
    assert dated > 50
