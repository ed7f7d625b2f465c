"""`python -m timeline.resolve [LANGUAGE]`: after editing the data, refresh data/<language>/prefix_index.json
and the compiled store (compiled_grammar.bin)."""
import sys

from .grammar import write_prefix_index

for path in write_prefix_index(sys.argv[1] if len(sys.argv) > 1 else "en"):
    print(path)
