"""Relations of Asia-Pacific, Gulf and Central Asian texts: event nouns as anaphors, passive hosts that are
bodies, reduced relatives, and visits read from a meeting's setting."""

from __future__ import annotations

import pytest

from conftest import extract_text


@pytest.mark.parametrize("text, lang, expected", [
    # "the Dialogue", "the Ministerial", "dem Dialog": the text's one named gathering
    ("The third Gulf-Asia Security Dialogue opened in Manama on Tuesday. Vice-President Ranjith Perera of Sri Lanka "
     "then addressed the Dialogue.", "en",
     ("ADDRESSED", "person:ranjith-perera", "event:gulf-asia-security-dialogue-2026")),
    ("The first Archipelagic Ocean Ministerial opened in Jakarta. Kiribati's President, Tane Ioteba, sent a video "
     "message to the Ministerial.", "en",
     ("ADDRESSED", "person:tane-ioteba", "event:archipelagic-ocean-ministerial-2026")),
    # a body after "hosted by", with the event a definite noun before it
    ("The fourth Tashkent International Connectivity Forum closed on Thursday. The two-day Forum was hosted by the "
     "Ministry of Transport of Uzbekistan.", "en",
     ("HOSTED", "org:ministry-of-transport-of-uzbekistan", "event:tashkent-international-connectivity-forum-2026")),
    # a reduced relative right after the event
    ("Ministers met on Tuesday for the first Archipelagic Ocean Ministerial, hosted by Indonesia at the Jakarta "
     "Convention Center.", "en", ("HOSTED", "country:id", "event:archipelagic-ocean-ministerial-2026")),
    # "In <place> trifft sie X", "In <place>, X met Y": the one who met went there
    ("Ministerin Karla Wendt reist nach Indonesien. In Jakarta trifft sie den indonesischen Außenminister "
     "Bima Santoso.", "de", ("VISITED", "person:karla-wendt", "place:jakarta")),
    ("In Hanoi wird Ministerin Karla Wendt vom stellvertretenden Ministerpräsidenten Vietnams, Tran Van Minh, "
     "empfangen.", "de", ("VISITED", "person:karla-wendt", "place:hanoi")),
    ("In Doha, Secretary-General Ana Ruiz-Coello met with Foreign Minister Khalid Al Marri of Qatar.", "en",
     ("VISITED", "person:ana-ruiz-coello", "place:doha")),
])
def test_relations_event_nouns_hosts_and_settings(extractor, text, lang, expected):
    _, _, rels = extract_text(extractor, text, lang, "2026-05-04")
    assert expected in {r[:3] for r in rels}, rels


@pytest.mark.parametrize("text, lang, absent_type", [
    # no named gathering before "the Dialogue"; a dinner is no event; a month is no setting
    ("Vice-President Ranjith Perera of Sri Lanka called for more dialogue and addressed the Dialogue.", "en",
     "ADDRESSED"),
    ("The Ocean Ministerial ended on Monday. The dinner, hosted by Indonesia, followed.", "en", "HOSTED"),
    ("In July, Minister Ana Ruiz-Coello met Foreign Minister Bima Santoso.", "en", "VISITED"),
    ("In seiner Rede traf Ministerin Karla Wendt den Außenminister Bima Santoso nicht.", "de", "VISITED"),
])
def test_relations_event_nouns_hosts_and_settings_negatives(extractor, text, lang, absent_type):
    _, _, rels = extract_text(extractor, text, lang, "2026-05-04")
    assert not any(r[0] == absent_type for r in rels), rels


@pytest.mark.parametrize("text, lang, speakers", [
    # two speakers, each with a title in apposition, joined by "and"/"und"
    ("The fourth Tashkent International Connectivity Forum opened on Monday. The Special Representative of the "
     "European Union for Central Asia, Kaja Lindholm, and the Secretary-General of the Organization of Turkic States, "
     "Talgat Omarov, also spoke at the Forum.", "en", {"person:kaja-lindholm", "person:talgat-omarov"}),
    ("Die Zentralasiatische Wasserkonferenz begann am Montag. Der Sonderbeauftragte der Europäischen Union, "
     "Jonas Berglund, und die Generalsekretärin der OSZE, Ilse Marken, sprachen auf der Konferenz.", "de",
     {"person:jonas-berglund", "person:ilse-marken"}),
])
def test_relations_titled_coordinated_speakers(extractor, text, lang, speakers):
    _, _, rels = extract_text(extractor, text, lang, "2026-05-04")
    assert speakers <= {r[1] for r in rels if r[0] == "ADDRESSED"}, rels


def test_relations_titled_coordinated_speakers_negative(extractor):
    # the person before the last speaker is the object of another verb, not a second speaker
    text = ("The fourth Tashkent International Connectivity Forum opened on Monday. President Miro Talvenko, who "
            "received Minister Aino Lehtivaara, and Foreign Minister Lars Dahlberg addressed the Forum.")
    _, _, rels = extract_text(extractor, text, "en", "2026-05-04")
    speakers = {r[1] for r in rels if r[0] == "ADDRESSED"}
    assert "person:miro-talvenko" in speakers, rels
    assert "person:aino-lehtivaara" not in speakers, rels
