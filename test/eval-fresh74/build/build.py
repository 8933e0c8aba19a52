#!/usr/bin/env python3
"""Collects the five organisations' mails, orders them with a fixed seed,
assigns ids bv001..bv100 and writes ../fresh.json and meta.json."""
import importlib.util, json, os, random, collections

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "bv"
SEED = 74
FIELD_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
               "subject", "text", "attachments", "personal"]


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def max_run(seq):
    best = run = 0
    prev = None
    for x in seq:
        run = run + 1 if x == prev else 1
        prev = x
        best = max(best, run)
    return best


def main():
    mails = []
    for name in ["org_a", "org_b", "org_c", "org_d", "org_e"]:
        mod = load(name)
        for m in mod.MAILS:
            m = dict(m)
            m["_org"] = mod.ORG
            mails.append(m)
    rng = random.Random(SEED)
    # shuffle until no more than 3 equal expect values follow each other
    # and the same organisation never appears more than twice in a row
    for _ in range(100000):
        rng.shuffle(mails)
        if max_run([m["expect"] for m in mails]) <= 3 and max_run([m["_org"] for m in mails]) <= 2:
            break
    else:
        raise SystemExit("could not find an ordering")
    out, meta = [], {}
    for i, m in enumerate(mails, 1):
        mid = "%s%03d" % (PREFIX, i)
        meta[mid] = {"org": m["_org"], "writer": m["writer"], "loc": m["loc"]}
        rec = {"id": mid}
        for k in FIELD_ORDER[1:]:
            if k in m and m[k] not in (None, []):
                rec[k] = m[k]
        out.append(rec)
    with open(os.path.join(OUT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    kinds = collections.Counter(r["kind"] for r in out)
    print("wrote %d mails" % len(out))
    for k, n in sorted(kinds.items()):
        print("  %-50s %d" % (k, n))


if __name__ == "__main__":
    main()
