"""Stage 1: read articles (text, HTML, JSON, JSONL, folders, stdin) into Documents
with their publication date and where that date came from."""
from .documents import DEFAULT_MAX_BYTES, read_documents
from .pubdate import InvalidDate, check_timezone, find_dateline, parse_date_value

__all__ = ["read_documents", "parse_date_value", "find_dateline", "InvalidDate", "DEFAULT_MAX_BYTES", "check_timezone"]
