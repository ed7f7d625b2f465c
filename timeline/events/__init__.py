"""Stage 3: events. Who did what and when, per document (`extract_events`), then merged
across documents, ordered and focused on an entity (`assemble_events`)."""
from .assemble import EventSet, assemble_events
from .extract import extract_events

__all__ = ["extract_events", "assemble_events", "EventSet"]
