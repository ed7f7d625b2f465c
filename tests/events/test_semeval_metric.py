"""The SemEval-2015 Task 4 metric of bench/score_semeval.py, on tiny hand-made timelines."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "bench" / "score_semeval.py"
_spec = importlib.util.spec_from_file_location("score_semeval", _PATH)
sem = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("score_semeval", sem)   # dataclasses look their module up while being built
_spec.loader.exec_module(sem)

GOLD = """Ferry Line
0\tXXXX-XX-XX\t1-4-planned
1\t2020\t1-2-founded
2\t2021-05-03\t1-3-launched\t2-2-launched
2\t2021-05-03\t2-3-sailed
3\t2022-01\t2-5-sold
"""


def lines(text):
    return sem.parse_timeline(text)[1]


def f1(system_text, gold_text=GOLD):
    return sem.score(lines(system_text), lines(gold_text))


def test_identical_timelines_score_100():
    counts = f1(GOLD)
    assert counts.precision == counts.recall == counts.f1 == 1.0


def test_empty_system_scores_0():
    counts = f1("Ferry Line\n")
    assert counts.system_links == 0 and counts.recall == 0.0 and counts.f1 == 0.0


def test_position_zero_is_not_scored():
    with_zero = f1(GOLD + "0\tXXXX-XX-XX\t9-9-extra\n")
    assert with_zero.f1 == 1.0


def test_a_wrong_date_costs_precision_and_recall():
    wrong = GOLD.replace("3\t2022-01\t2-5-sold", "3\t2022-02\t2-5-sold")
    counts = f1(wrong)
    assert 0 < counts.precision < 1 and 0 < counts.recall < 1


def test_swapped_order_costs_the_order_links():
    # same dates, but the 2021 and 2022 events exchanged positions
    swapped = """Ferry Line
1\t2020\t1-2-founded
2\t2022-01\t2-5-sold
3\t2021-05-03\t1-3-launched\t2-2-launched
3\t2021-05-03\t2-3-sailed
"""
    counts = f1(swapped)
    assert counts.f1 < 1.0 and counts.recall < 1.0


def test_a_subset_keeps_full_precision():
    subset = """Ferry Line
1\t2020\t1-2-founded
2\t2021-05-03\t1-3-launched
"""
    counts = f1(subset)
    assert counts.precision == 1.0 and 0 < counts.recall < 1.0


def test_dates_compare_as_strings():
    other_form = GOLD.replace("1\t2020\t", "1\t2020-XX-XX\t")
    assert f1(other_form).f1 < 1.0


def test_reduction_drops_implied_links():
    graph = sem.timeline_graph(lines("""E
1\t2001\ta
2\t2002\tb
3\t2003\tc
"""))
    reduced = graph.reduced()
    befores = [link for link in reduced if link[1] == sem.BEFORE]
    assert sorted(befores) == [("a", sem.BEFORE, "b"), ("b", sem.BEFORE, "c")]
    assert graph.implies("a", sem.BEFORE, "c") and not graph.implies("c", sem.BEFORE, "a")


@pytest.mark.parametrize("text, entity, count", [
    ("Ferry Line\n1\t2020\ta-1-x\tb-2-y\n", "Ferry Line", 1),
    ("E\n", "E", 0),
])
def test_parse_and_format_round_trip(text, entity, count):
    name, parsed = sem.parse_timeline(text)
    assert name == entity and len(parsed) == count
    assert sem.format_timeline(name, parsed) == text


def test_micro_average_sums_counts():
    total = sem.Counts()
    total.add(sem.Counts(1, 2, 1, 4))
    total.add(sem.Counts(3, 4, 1, 4))
    assert (total.precision, total.recall) == (4 / 6, 2 / 8)


def test_trial_corpus_round_trip(shared_dir):
    corpus = shared_dir / "corpora" / "semeval2015-timeline-trial"
    if not (corpus / "raw_CAT").is_dir():
        pytest.skip("SemEval trial corpus not available")
    article = sem.read_article(sorted((corpus / "raw_CAT").glob("*.xml"))[0], corpus / "raw_TimeML")
    assert article.published is not None
    # every token maps back to itself through its character offset
    for start, (sentence, word) in zip(article.token_starts, article.token_keys):
        assert article.text[start:start + len(word)] == word
        assert sem.mention_of(article, start).startswith(f"{article.doc_id}-{sentence}-{word}")


def test_the_tokens_are_joined_back_into_text(tmp_path):
    """"February 24, 1955" must reach the resolver as one expression, not "February 24 , 1955"; every
    token keeps its offset for the mention keys."""
    cat = tmp_path / "7_Ferry.xml"
    words = [("0", "Ferry line opens"), ("1", "March 3 , 2021"),
             ("2", "The ferry ( built in 1998 ) cost $ 5 million , the city 's engineer said .")]
    body = "".join(f'<token t_id="{n}" sentence="{s}" number="{n}">{w}</token>'
                   for n, (s, w) in enumerate((s, w) for s, text in words for w in text.split()))
    cat.write_text(f'<Document doc_id="7">{body}</Document>')
    article = sem.read_article(cat, tmp_path)
    assert "March 3, 2021" in article.text
    assert "The ferry (built in 1998) cost $5 million, the city's engineer said." in article.text
    for start, (_, word) in zip(article.token_starts, article.token_keys):
        assert article.text[start:start + len(word)] == word
    said = article.text.index("said")
    assert sem.mention_of(article, said) == "7-2-said"
