"""The statistical entity recogniser: a small spaCy tok2vec+ner model trained by the
project on idner-news-2k (Indonesian news, PER/ORG/LOC).

- ``kg.ner.recognizer``: ``predict(text)`` / ``predict_many(texts)`` with the shipped model.
- ``kg.ner.conll``: read CoNLL files (token, POS, BIO tag).
- ``kg.ner.evaluate``: entity-level precision / recall / F1.
- ``kg.ner.train``: rebuild the shipped model (``kg train-ner``).

Heavy imports (spaCy) happen inside functions, so importing this package is cheap.
"""

# Corpus tag -> project entity type (kg.model.ENTITY_TYPES).
TYPE_MAP = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}
