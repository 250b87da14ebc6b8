"""Indonesian syntax trained and shipped by the project: a spaCy tagger (universal POS)
and dependency parser, plus a lemma table.

- ``kg.parse.parser``: ``Parser`` (lazy model + lemmas) used by the event stage.
- ``kg.parse.conllu``: read the UD treebanks (multiword tokens merged).
- ``kg.parse.train``: ``kg train-parser`` (fixed split, seed, one thread) and the scores.
- ``kg.parse.lemmas``: the compressed lemma table (from nlp-id, MIT).

See docs/parser.md.
"""
