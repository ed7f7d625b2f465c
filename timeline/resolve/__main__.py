"""`python -m timeline.resolve [LANGUAGE]`: after editing the data or a module's regexes, refresh
data/<language>/prefix_index.json, the compiled grammar store (compiled_grammar.bin) and the store of the
package's module regexes (timeline/compiled_regexes.bin) and the code that dataclasses and typing
compile for its classes (timeline/compiled_code.bin)."""
import sys

from .. import regex_store
from .grammar import write_prefix_index

for path in write_prefix_index(sys.argv[1] if len(sys.argv) > 1 else "en"):
    print(path)

written = regex_store.write_module_store(regex_store.record_in_fresh_process())
if written:
    print(written)
written = regex_store.write_code_store(regex_store.record_code_in_fresh_process())
if written:
    print(written)
