#!/usr/bin/env python
"""Resolver time on run-on texts dense in dates, at two sizes: a rule that walks back over every earlier
expression of a paragraph or sentence costs the square of its length there, which real articles hide.

  .venv/bin/python bench/long_runs.py [--kb 20 100]

Prints seconds per text and the growth from the smaller size to the larger; growth well above the size
ratio (5x for 20 -> 100 KB) names a quadratic walk. (A run-on list of months went from 0.5 s at 20 KB to
168 s at 100 KB before the walk in narrative._ago_heading was capped: 3.4 s after; journey days after a set-out
took 15.3 s at 100 KB before the set-outs were found once per text: 1.2 s after.)
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

UNITS = {
    "months in one sentence": "in June, July, and May ",
    "weekdays in one sentence": "Monday Tuesday Wednesday ",
    "weekday clauses": "On Tuesday and ",
    "clock times at night": "at 10:15 p.m. on Thursday night ",
    "look-back openers": "Ten years ago this month, ",
    "sets": "every first Sunday of each month ",
    "no full stop": "the council said it would meet next week after the vote on Friday ",
    "dated days, then 'the Friday'": "on Friday 28 August and the Friday, ",
    "hospital and postoperative days": "On October 20 the patient was seen. POD 1, hospital day 3. ",
    "transcript turns abroad": "ANNA BELL, host: We go to Tokyo, where it is already Thursday. Ken?\n\n"
                               "KEN ODA reporting: This morning the market opened at 9. Today was calm.\n\n",
    "fiscal quarters": "For the fiscal third quarter, which ended March 31, revenue rose; fiscal 2024 sales "
                       "for the quarter were up. ",
    "week numbers": "planned for week 25, then ",
    "polling sentences": "The council met on Tuesday in March. Polls close at 8pm. ",
    "parts of the day, no stop": "in the evening the shares were calm and ",
    "'the said date' undated": "On the said date the clerk held no key and at the material time he was out and ",
    "'soon' with no full stop": "the firm may soon sell the unit and residents expect the council to reopen the "
                                "library soon, ",
    # (a lead, then the unit repeated): every "day N" looked back over all earlier days for the set-out
    "journey days after a set-out": ("The rowers set out from Mindelo on 2 May. ",
                                     "On 3 May the wind dropped and on day 31 the mast broke. "),
    # review fixes 5: each small-hours time re-asked all earlier mentions for a full stop and a quotation
    # slow2: then each clock time still walked all earlier mentions for a move of the scene (4.1 s at 100 KB)
    "small hours after a day, no stop": "staff started at 9am on Thursday and finally went home at about 5am and ",
    # review fixes 6: every dusk walked all earlier mentions for the story's day (14 s at 100 KB)
    "dusk after a day": "On Friday the crews worked at dusk and by nightfall. ",
    # review fixes 6: every forecast's full year walked all earlier mentions for a fiscal year (9.4 s at 300 KB)
    "full-year forecasts, no stop": "it expects revenue for the full year to grow 4 percent and ",
    # review fixes 7: each past "the night" walked back over every earlier mention, recounting sentence ends
    "'the night' after a day, no stop": "crowds gathered on Wednesday and some spent the night in the square and ",
    # review fixes 8 (fuzzing): guards that searched from the start of the line, the text or the paragraph
    # once per candidate
    "title-case counts on one line": "Two Days and ",
    "capitalized counts on one line": "IT RAINED FOR TWO DAYS AND ",
    "spoken hours": "They met at five o'clock.\n\n",
    "festivals": "Diwali.\n\n",
    "deictics in one paragraph": "It rained yesterday. ",
    # (stop 26, review 31): every mention asked every earlier "since <month>" bound for a sentence end between
    "comparisons since a month": "Shares dropped 3 percent on Monday. The fall was the steepest since March. ",
    # review fixes 10 (stop 27): the same with commas only, each bound searched back to its end for a full stop
    # (2.25 s at 40 KB, growing with the square of the length)
    "comparisons since, no stop": "shares dropped 3 percent on Monday, the steepest fall since March, ",
    # fuzz2 (stop 27): each "today" sliced and searched its whole run-on sentence for "still"
    "'today' with no full stop": "today and ",
    # fuzz2 (stop 27): each bisection step scanned the run-on sentence (7.6 s at 40 KB); linear since review fixes 10
    "comparisons since a year, no stop": "the highest since 1995 and ",
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kb", type=int, nargs=2, default=(20, 100), metavar=("SMALL", "LARGE"))
    args = ap.parse_args()
    from timeline.resolve import resolve
    resolve("warm up on Tuesday", dt.date(2022, 2, 16))
    small, large = args.kb
    print(f"{'text':28s} {small:>5d} KB   {large:>5d} KB   growth (size x{large / small:.0f})")
    for name, row in UNITS.items():
        seconds = []
        for kb in (small, large):
            lead, unit = row if isinstance(row, tuple) else ("", row)
            text = lead + unit * (kb * 1024 // len(unit))
            t0 = time.perf_counter()
            resolve(text, dt.date(2022, 2, 16))
            seconds.append(time.perf_counter() - t0)
        print(f"{name:28s} {seconds[0]:7.2f} s {seconds[1]:7.2f} s   x{seconds[1] / max(seconds[0], 1e-9):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
