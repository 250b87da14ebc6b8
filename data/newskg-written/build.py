#!/usr/bin/env python3
"""Convert bracket-markup sources (src/written-NN.txt) into CoNLL files and validate.
Markup: [PER Prabowo Subianto] [ORG Persib Bandung] [LOC Jawa Barat]; '# class N' headers set the primary class."""
import re, sys, glob, os, collections
ABBR = {"Moch.", "Muh.", "Mochammad.", "Dr.", "dr.", "H.", "Hj.", "Prof.", "Ir.", "St.", "Jr.", "M.", "Drs.", "S.", "A.", "R.", "K.H.", "KH.", "Tbk.", "No.", "Sr.", "Mr.", "Pdt.", "I.", "J.", "F.", "W.", "Ny."}
LEAD = '("“'
TRAIL = ',.)":;?!”'
def tok(chunk):
    out = []
    for w in chunk.split():
        pre, post = [], []
        while w and w[0] in LEAD and len(w) > 1:
            pre.append(w[0]); w = w[1:]
        while w and w[-1] in TRAIL and len(w) > 1 and w not in ABBR and not re.fullmatch(r"[A-Z]\.", w):
            post.insert(0, w[-1]); w = w[:-1]
        out += pre + ([w] if w else []) + post
    return out
ENT = re.compile(r"\[(PER|ORG|LOC) ([^\]]+)\]")
def parse(line):
    toks = []
    pos = 0
    for m in ENT.finditer(line):
        toks += [(t, "O") for t in tok(line[pos:m.start()])]
        et = tok(m.group(2))
        toks += [(t, ("B-" if i == 0 else "I-") + m.group(1)) for i, t in enumerate(et)]
        pos = m.end()
    toks += [(t, "O") for t in tok(line[pos:])]
    rest = ENT.sub("", line)
    if "[" in rest or "]" in rest:
        raise ValueError("bad markup: " + line)
    return toks
def main():
    allsents = []
    for src in sorted(glob.glob("src/written-*.txt")):
        cls = None; sents = []
        for ln in open(src, encoding="utf-8"):
            ln = ln.strip()
            if not ln: continue
            if ln.startswith("#"):
                m = re.match(r"#\s*class\s+(\S+)", ln)
                if m: cls = m.group(1)
                continue
            sents.append((cls, parse(ln), ln))
        out = os.path.basename(src).replace(".txt", ".conll")
        with open(out, "w", encoding="utf-8") as f:
            for _, s, _ in sents:
                for t, g in s:
                    f.write(f"{t}\t_\t{g}\n")
                f.write("\n")
        allsents += [(out,) + x for x in sents]
    return allsents
if __name__ == "__main__":
    s = main()
    print(len(s), "sentences")
