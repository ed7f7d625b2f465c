"""`python -m timeline` runs the CLI."""
import sys

from .cli import entry

entry()
