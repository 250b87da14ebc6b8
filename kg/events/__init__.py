"""Events read from the dependency tree, with their kinds declared as data.

- ``kg.events.kinds``: the declaration (``kg/lang/id/events.toml``) as typed objects.
- ``kg.events.engine``: finds triggers by lemma and fills roles from the tree.
- ``kg.events.evaluate``: scores events against a gold JSON Lines file (``kg eval-events``).
"""
