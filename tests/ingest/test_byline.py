"""The outlet named in an article's own byline or wire credit, for articles without metadata."""
from __future__ import annotations

import pytest

from timeline.ingest import read_documents
from timeline.ingest.byline import find_outlet

CASES = [
    # (first lines of an article, outlet or None)
    ("Ferry fares to rise\n\nBy Ana Ruiz, Harbor Wire\n\nFares rise on Monday.", "Harbor Wire"),
    ("By Ana Ruiz and Li Wei | The Daily Post\nText.", "The Daily Post"),
    ("By Bob Tran, Associated Press Writer\nText.", "Associated Press"),
    ("By Bob Tran, Harbor Wire Staff Writer\nText.", "Harbor Wire"),
    ("LIMA, Peru (AP) -- The vote was held on Sunday.", "AP"),
    ("GENEVA (Reuters) - Talks resumed.", "Reuters"),
    ("By Bob Tran, Staff Writer\nText.", None),                  # a role, no outlet
    ("By staff writers\nText.", None),
    ("By the time the bridge opened, Harbor traffic was heavy.", None),   # a sentence, not a byline
    ("By Ana Ruiz\nHarbor Wire\nText.", None),                   # no outlet on the byline line
    ("Title\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nSeven.\n\nBy Ana Ruiz, Late Wire", None),
    ("Defense (AP) - a sentence that happens to hold a parenthesis.", None),
]


@pytest.mark.parametrize("text, outlet", CASES)
def test_find_outlet(text, outlet):
    assert find_outlet(text) == outlet


def test_byline_fills_the_source_of_a_text_file_but_metadata_wins(tmp_path):
    (tmp_path / "a.txt").write_text("Pier reopens\n\nBy Ana Ruiz, Harbor Wire\n\nThe pier reopened Monday.\n")
    (tmp_path / "b.jsonl").write_text('{"id": "b", "source": "Gazette", "text": "By Ana Ruiz, Harbor Wire\\nIt rained."}\n')
    docs = {d.id: d for d in read_documents([str(tmp_path)]) if hasattr(d, "text")}
    assert docs["a.txt"].source == "Harbor Wire"
    assert docs["b"].source == "Gazette"


TITLES = [
    # (top of a plain-text article, the title guessed from it)
    ("Ferry fares to rise in spring\n\nBy Ana Ruiz, Harbor Wire\n\nFares rise on Monday.", "Ferry fares to rise in spring"),
    ("May 2, 2025\n\nCity Tribune\n\nFerry fares to rise in spring\n\nFares rise on Monday.", "Ferry fares to rise in spring"),
    ("Is the old bridge safe to cross?\n\nEngineers are not sure.", "Is the old bridge safe to cross?"),
    # a dateline opening the body, then body sentences: no headline, and none invented from the body
    ("PORT ALDER, March 4, 2025 — The council voted on Tuesday.\nEngineers said work would start soon.", None),
    ("The council voted on Tuesday to close the bridge for repairs.\n\nIt will reopen in May.", None),
]


@pytest.mark.parametrize("text, title", TITLES)
def test_title_guess_never_takes_a_body_sentence(tmp_path, text, title):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    [doc] = [d for d in read_documents([str(tmp_path / "a.txt")]) if hasattr(d, "text")]
    assert doc.title == title
