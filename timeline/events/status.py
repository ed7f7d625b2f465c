"""occurred, reported, planned, negated or hypothetical."""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from ..model import EventDate
from . import lexicon as lx
from .clauses import Clause
from .headline import quote_before

# verbs that always report speech, with or without a complement clause
_SPEECH = frozenset("say tell claim state add insist reply respond comment tweet write declare announce".split())
_HYPOTHETICAL_MODALS = ("could", "might", "may", "must", "can")


def status(clause: Clause, date: Optional[EventDate], published: Optional[_dt.date]) -> str:
    if clause.kind == "noun":
        if clause.extra.get("prospect"):
            return "hypothetical"
        host = clause.extra.get("status")
        if host is not None and host.modal:
            return status(host, date, published)
        return "planned" if _after(date, published) else "occurred"
    if clause.negated:
        return "negated"
    if clause.marker in lx.CONDITIONALS or clause.modal in _HYPOTHETICAL_MODALS:
        return "hypothetical"
    if clause.modal in ("should", "would") and _has_have(clause):
        return "hypothetical"     # "should have acted": it did not happen
    if clause.reporting and (clause.lemma in _SPEECH or clause.extra.get("has_complement")
                             or quote_before(clause) or clause.extra.get("participle")):
        return "reported"
    said = clause.complement_of is not None
    if clause.modal in lx.FUTURE_MODALS or clause.planning or clause.modal == "should" \
            or (clause.modal == "would" and said):
        return "planned"
    if clause.modal == "would":
        return "hypothetical"
    return "planned" if _after(date, published) else "occurred"


def _after(date: Optional[EventDate], published: Optional[_dt.date]) -> bool:
    return date is not None and published is not None and date.start > published


def _has_have(clause: Clause) -> bool:
    return any(clause.sentence.tokens[k].text.lower() in ("have", "'ve", "’ve") for k in clause.group)
