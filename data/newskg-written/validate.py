#!/usr/bin/env python3
import glob, collections, sys
errs = 0; seen = {}; names = collections.Counter(); n = 0; ents = collections.Counter(); lens = []
noent = 0
for fn in sorted(glob.glob("written-*.conll")):
    sent = []; lines = open(fn, encoding="utf-8").read().split("\n")
    for i, ln in enumerate(lines + [""]):
        if ln == "":
            if sent:
                n += 1
                key = " ".join(t for t, _ in sent)
                if key in seen:
                    print(f"DUP {fn}:{i} = {seen[key]}: {key[:80]}"); errs += 1
                seen[key] = f"{fn}:{i}"
                lens.append(len(sent))
                prev = "O"; cur = []
                has = False
                for t, g in sent + [("", "O")]:
                    if g.startswith("I-") and prev[2:] != g[2:]:
                        print(f"BAD I {fn}:{i} {t} {g} after {prev}"); errs += 1
                    if cur and not g.startswith("I-"):
                        ents[cur[0]] += 1; has = True
                        if cur[0] == "PER": names[" ".join(cur[1:])] += 1
                        cur = []
                    if g.startswith("B-"): cur = [g[2:], t]
                    elif g.startswith("I-") and cur: cur.append(t)
                    prev = g
                if not has: noent += 1
                if len(sent) < 6 or len(sent) > 50: print(f"LEN {len(sent)} {fn}:{i}: {key[:80]}")
            sent = []; continue
        p = ln.split("\t")
        if len(p) != 3 or p[1] != "_" or p[2] not in {"O","B-PER","I-PER","B-ORG","I-ORG","B-LOC","I-LOC"} or not p[0] or " " in p[0]:
            print(f"BAD LINE {fn}:{i+1}: {ln!r}"); errs += 1; continue
        sent.append((p[0], p[2]))
print(n, "sentences", dict(ents), "no-entity:", noent, "errors:", errs)
print("avg len", sum(lens)/max(1,len(lens)))
for k, v in names.most_common():
    if v > 5: print("frequent PER", k, v)
sys.exit(1 if errs else 0)
