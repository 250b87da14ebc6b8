"""Split a JSON Lines test set: within each id prefix (kind/topic), every third item is sealed."""
import json, sys, re
from collections import defaultdict
src, dev, sealed = sys.argv[1], sys.argv[2], sys.argv[3]
groups = defaultdict(list)
for line in open(src, encoding="utf-8"):
    if line.strip():
        item = json.loads(line)
        groups[re.sub(r"-\d+$", "", item["document"])].append(item)
with open(dev, "w", encoding="utf-8") as d, open(sealed, "w", encoding="utf-8") as s:
    for key in sorted(groups):
        for i, item in enumerate(sorted(groups[key], key=lambda x: x["document"])):
            (s if i % 3 == 2 else d).write(json.dumps(item, ensure_ascii=False) + "\n")
