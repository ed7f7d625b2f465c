"""Sentences, offsets and the lines that carry no events."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.events.sentences import paragraphs, split_sentences


@pytest.mark.parametrize("text, expected", [
    ("The harbor closed. Boats waited outside.", ["The harbor closed.", "Boats waited outside."]),
    # title abbreviations never end a sentence
    ("Lt. Col. Ada Brook spoke first. Gen. Omar Hale followed.",
     ["Lt. Col. Ada Brook spoke first.", "Gen. Omar Hale followed."]),
    ("Trade rose on Feb. 16 in the city. Then it fell.", ["Trade rose on Feb. 16 in the city.", "Then it fell."]),
    # an abbreviation that does end a sentence, followed by a typical opener
    ("The plant moved to the U.S. The workers stayed.", ["The plant moved to the U.S.", "The workers stayed."]),
    ("Ferries stopped.\nThe mayor said repairs would take weeks.",
     ["Ferries stopped.", "The mayor said repairs would take weeks."]),
    # an abbreviation before a name, a number or a lower-case word does not end a sentence
    ("The U.S. Embassy closed. Acme Inc. shares fell.", ["The U.S. Embassy closed.", "Acme Inc. shares fell."]),
    ("The ferry left at 3 p.m. and docked at 4 p.m. The crew rested.",
     ["The ferry left at 3 p.m. and docked at 4 p.m.", "The crew rested."]),
    ("The pilot, John F. Kennedy Jr., spoke first. No. 4 pier reopened.",
     ["The pilot, John F. Kennedy Jr., spoke first.", "No. 4 pier reopened."]),
    # a closing quotation mark, TeX-style ones of wire copy included, ends the sentence with it
    ("``The pier is open.'' Crews cheered.", ["``The pier is open.''", "Crews cheered."]),
    ("“Is it safe?” she asked. “Yes.”", ["“Is it safe?” she asked.", "“Yes.”"]),
    # a state abbreviation before a typical opener ends the sentence
    ("He lived near Buffalo, N.Y. His boat is gone.", ["He lived near Buffalo, N.Y.", "His boat is gone."]),
])
def test_sentence_texts(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize("text", [
    "Harbor bridge shut after storm damage\nCity engineers closed the bridge on Monday. Traffic moved to the tunnel.",
    "  Leading spaces.\n\n\nA second paragraph here, with a comma.  ",
    "“Nothing moves,” the pilot said. “Nothing.”",
])
def test_offsets_point_into_the_text(text):
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
        for tok in s.tokens:
            assert text[tok.start:tok.end] == tok.text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["The port reopened.", "Ships left on Monday,", "and crews cheered.",
                                 "U.S.", "Gen.", "\n", "\n\n", "“Good news,” she said.", "iPhone", "rebel-held"]),
                min_size=1, max_size=12))
def test_offsets_property(parts):
    text = " ".join(parts)
    previous_end = 0
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
        assert s.start >= previous_end
        previous_end = s.end


@pytest.mark.parametrize("line, kind", [
    ("March 6, 2024", "header"),
    ("Wednesday, 6 March 2024 10:42", "header"),
    ("Lakeside Courier", "header"),
    ("See also: bridge repairs begin across the region", "boilerplate"),
    ("Copyright 2024 Lakeside Media. All rights reserved.", "boilerplate"),
    ("youtube video thumbnail", "boilerplate"),
    ("Nora Vance in Oslo contributed to this report.", "boilerplate"),
    ("Photo: workers on the closed bridge (City Press)", "boilerplate"),
    ("More coverage of the harbor closure:", "boilerplate"),
    ("City engineers closed the bridge on Monday after cracks appeared.", "body"),
])
def test_line_kinds(line, kind):
    text = f"{line}\n\nThe council met on Tuesday to discuss the budget."
    first = split_sentences(text)[0]
    assert first.kind == kind


def test_repeated_title_is_a_header():
    title = "Harbor bridge shut after storm damage"
    text = f"{title}\n\n{title}\n\nEngineers closed the harbor bridge on Monday."
    kinds = [s.kind for s in split_sentences(text, title)]
    assert kinds == ["header", "header", "body"]


@pytest.mark.parametrize("text, prose", [
    ("OSLO, March 6 (Nordwire) — Engineers closed the bridge.", "Engineers closed the bridge."),
    ("OSLO (Nordwire) - Engineers closed the bridge.", "Engineers closed the bridge."),
    ("Engineers closed the bridge.", "Engineers closed the bridge."),
])
def test_dateline_prefix_is_not_prose(text, prose):
    s = split_sentences(text)[0]
    assert text[s.body_start:s.end] == prose


def test_camel_case_and_hyphenated_words_stay_whole():
    s = split_sentences("Apple showed the iPhone in rebel-held areas and McDonald's.")[0]
    words = [t.text for t in s.tokens]
    assert "iPhone" in words and "rebel-held" in words and "McDonald" in words


@pytest.mark.parametrize("text, count", [
    ("One line.\nAnother line.", 2),
    ("a line that wraps\nin the middle of a sentence.", 1),
    ("Headline without a stop\nBody text starts here.", 2),
    ("First.\n\n\nSecond.", 2),
])
def test_paragraphs(text, count):
    assert len(paragraphs(text)) == count


def test_quote_continuation_is_marked():
    text = "“We will rebuild. It will take a year,” the mayor said."
    sents = split_sentences(text)
    assert [s.in_quote for s in sents] == [False, True]


@pytest.mark.parametrize("text, words", [
    ("The crews don't rest and can't stop.", ["The", "crews", "do", "n't", "rest", "and", "ca", "n't", "stop", "."]),
    ("Russia's and the Joneses' boats", ["Russia", "'s", "and", "the", "Joneses", "'", "boats"]),
    ("O'Brien paid $4.5 million, 358,000 shares, at 10:30 a.m.",
     ["O'Brien", "paid", "$", "4.5", "million", ",", "358,000", "shares", ",", "at", "10:30", "a.m."]),
    ("``Good,'' she said -- twice...", ["``", "Good", ",", "''", "she", "said", "--", "twice", "..."]),
])
def test_tokens(text, words):
    from timeline.events.sentences import tokenize
    tokens = tokenize(text)
    assert [t.text for t in tokens] == words
    assert all(text[t.start:t.end] == t.text for t in tokens)


def test_wire_dateline_with_an_underscore_is_not_prose():
    text = "WASHINGTON _ The economy created jobs at a robust pace."
    s = split_sentences(text)[0]
    assert text[s.body_start:s.end] == "The economy created jobs at a robust pace."
