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
