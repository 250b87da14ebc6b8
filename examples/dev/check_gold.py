"""Sanity checks for the dev-set gold files (run: python3 examples/dev/check_gold.py)."""
import datetime
import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROPS = {"leads", "memberOf", "representativeOf", "basedIn", "headquarteredIn", "capitalOf", "supports"}
# event kinds, roles and quantities as the project declares them (kg/lang/id/events.toml)
EVENTS = tomllib.loads((HERE.parents[1] / "kg/lang/id/events.toml").read_text(encoding="utf-8"))
KINDS = set(EVENTS["kinds"])
ROLES = {role for kind in EVENTS["kinds"].values() for role in kind.get("roles", {}).values()}
QUANT = {q for q in EVENTS["quantities"] if isinstance(EVENTS["quantities"][q], list) and q != "not_people"} | {"amount", "score"}
TYPES = {"Person", "Organization", "Place"}
TEASER = re.compile(r"^\s*baca\s+juga\s*:", re.I)
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
DATE_RE = re.compile(r"\b(" + "|".join(DAYS) + r")\s+\((\d{1,2})/(\d{1,2})(?:/(\d{4}))?\)")


def occurs(needle, hay):
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", hay) is not None


def check(gold_path):
    errors = []
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    stem = gold_path.name[: -len(".gold.json")]
    text = (HERE / f"{stem}.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    body = "\n".join(l for l in lines if not TEASER.match(l))
    teasers = "\n".join(l for l in lines if TEASER.match(l))
    if gold["document"] != stem:
        errors.append(f"document {gold['document']!r} != {stem!r}")
    pub = datetime.date.fromisoformat(gold["published"])
    n_words = len(text.split())
    if not 120 <= n_words <= 300:
        errors.append(f"{n_words} words")
    names = {}
    for e in gold["entities"]:
        if e["type"] not in TYPES:
            errors.append(f"bad type {e}")
        if e["name"] in names:
            errors.append(f"duplicate entity {e['name']}")
        names[e["name"]] = e["type"]
        for form in [e["name"], *e.get("aliases", [])]:
            if not occurs(form, body):
                errors.append(f"not in body: {form!r}")
    forms = [f for e in gold["entities"] for f in [e["name"], *e.get("aliases", [])]]
    for f in set(forms):
        if forms.count(f) > 1:
            errors.append(f"surface form used by two entities: {f!r}")
    for s, p, o in gold["relations"]:
        if p not in PROPS:
            errors.append(f"bad property {p}")
        for x in (s, o):
            if x not in names:
                errors.append(f"relation argument not an entity: {x!r}")
    for ev in gold["events"]:
        if ev["kind"] not in KINDS:
            errors.append(f"bad kind {ev['kind']}")
        for role, who in ev.get("roles", {}).items():
            if role not in ROLES:
                errors.append(f"bad role {role}")
            for x in who:
                if x not in names:
                    errors.append(f"role filler not an entity: {x!r}")
        if "place" in ev and names.get(ev["place"]) != "Place":
            errors.append(f"event place not a Place entity: {ev['place']!r}")
        t = ev.get("time")
        if t is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", t):
            errors.append(f"bad time {t}")
        for k, v in ev.get("quantities", {}).items():
            if k not in QUANT or not isinstance(v, str if k == "score" else (int, float)):
                errors.append(f"bad quantity {k}={v!r}")
    for a in gold.get("absent", []):
        if occurs(a, body):
            errors.append(f"absent name occurs in body: {a!r}")
        if not occurs(a, teasers):
            errors.append(f"absent name not in a teaser line: {a!r}")
    # weekday sanity: "Senin (11/3)" must be a Monday in the publication year (or the given year)
    for m in DATE_RE.finditer(text):
        day, d, mo, y = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
        date = datetime.date(int(y) if y else pub.year, mo, d)
        if DAYS[date.weekday()] != day:
            errors.append(f"weekday mismatch: {m.group(0)} is a {DAYS[date.weekday()]}")
    counts = (len(gold["entities"]), len(gold["relations"]), len(gold["events"]), n_words)
    return errors, counts


def main():
    failed = False
    print(f"{'document':30} {'ent':>4} {'rel':>4} {'ev':>4} {'words':>6}")
    for path in sorted(HERE.glob("*.gold.json")):
        errors, (ne, nr, nv, nw) = check(path)
        print(f"{path.name[:-10]:30} {ne:4} {nr:4} {nv:4} {nw:6}")
        for e in errors:
            failed = True
            print("   ERROR:", e)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
