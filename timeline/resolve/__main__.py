"""`python -m timeline.resolve [LANGUAGE]`: refresh data/<language>/prefix_index.json after editing the data."""
import sys

from .grammar import write_prefix_index

print(write_prefix_index(sys.argv[1] if len(sys.argv) > 1 else "en"))
