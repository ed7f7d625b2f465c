"""The outlet an article names in its own first lines, for articles that arrive without metadata.

Plain-text copy often carries its outlet in a byline ("By Ana Ruiz, Harbor Wire") or in a wire
credit after the dateline ("LIMA (AP) --"). Without it every such article lands in "Outlet
unknown" and cross-outlet corroboration is invisible. Only these two shapes are trusted: an outlet
guessed from arbitrary short lines would mislabel a headline or a section name as a source.
"""
from __future__ import annotations

import re
from typing import Optional

from .pubdate import head_lines

_HEAD_LINES = 8              # bylines and datelines sit above the first paragraphs
_NAME = r"[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|de|van|von|da|del|la|le|bin|al)){0,4}"
_OUTLET = r"(?P<outlet>(?:The\s+)?[A-Z][\w&.'\u2019-]*(?:\s+(?:[A-Z&][\w&.'\u2019-]*|of|and|the|for|on)){0,6})"

# "By Ana Ruiz, Harbor Wire" / "By Ana Ruiz and Li Wei | The Daily Post" (the whole line is the byline)
_BYLINE = re.compile(rf"^(?:By|BY)\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}}?\s*(?:,|\||\u2014|\u2013|-{{1,2}})\s*{_OUTLET}\s*$")
# "LIMA, Peru (AP) --" / "PARIS (Reuters) -": an upper-case place, then the agency in parentheses
_WIRE = re.compile(r"^[A-Z]{2}[A-Za-z .,'\u2019-]{0,60}\((?P<outlet>[A-Z][A-Za-z&. ]{1,30})\)\s*(?:--|\u2014|\u2013|-|_)")


# "Associated Press Writer", "Harbor Wire staff": the author's role, not part of the outlet's name
_ROLE = re.compile(r"(?:(?:^|\s+)(?:Staff|Senior|Chief|Special|Foreign|Business|Political))?(?:^|\s+)"
                   r"(?:Writer|Writers|Reporter|Reporters|Correspondent|Correspondents|Editor|Staff|Contributor)$")


def find_outlet(text: str) -> Optional[str]:
    """The outlet named by a byline or a wire credit in the first lines, or None."""
    for line in head_lines(text, _HEAD_LINES):
        wire = _WIRE.match(line)
        if wire:
            return wire["outlet"].strip()
        if len(line) <= 120:
            byline = _BYLINE.match(line)
            if byline:
                return _ROLE.sub("", byline["outlet"].strip()) or None
    return None
