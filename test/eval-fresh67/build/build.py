# -*- coding: utf-8 -*-
"""Build fresh.json and meta.json for eval-fresh67 (prefix bo)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import org_a, org_b, org_c, org_d, org_e

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "bo"

# hold/pass order per organisation (10 H + 10 P each); holds and passes keep
# their authoring order inside each org.
PATTERNS = {
    "org_a": "HPPHHPHPPHHPHPPHHPPH",
    "org_b": "PHHPPHPHHPPHPPHHPHPH",
    "org_c": "PHPHHPPHHPHPPPHHPHPH",
    "org_d": "PPHHPHPHPPHHPPHPHHPH",
    "org_e": "PHPPHHPHPHHPPHPHPPHH",
}
FIELD_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
               "attachments", "personal"]


def main():
    mails, meta = [], {}
    n = 0
    for mod in (org_a, org_b, org_c, org_d, org_e):
        name = mod.__name__
        pat = PATTERNS[name]
        holds = [m for m in mod.MAILS if m["expect"] == "hold"]
        passes = [m for m in mod.MAILS if m["expect"] == "pass"]
        assert len(holds) == 10 and len(passes) == 10, name
        assert pat.count("H") == 10 and len(pat) == 20, name
        hi = pi = 0
        for c in pat:
            if c == "H":
                m = holds[hi]; hi += 1
            else:
                m = passes[pi]; pi += 1
            n += 1
            mid = f"{PREFIX}{n:03d}"
            rec = dict(m)
            rec["id"] = mid
            rec["from"] = mod.WRITERS[m["writer"]]
            meta[mid] = {"org": mod.ORG, "writer": m["writer"], "loc": m["loc"]}
            out = {k: rec[k] for k in FIELD_ORDER if k in rec and rec[k] is not None}
            mails.append(out)
    with open(os.path.join(OUT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(mails, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(mails)} mails")


if __name__ == "__main__":
    main()
