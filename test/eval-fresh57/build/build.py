# -*- coding: utf-8 -*-
"""Build fresh.json and meta.json for eval-fresh57 (ids be001..be100).

Each org module gives 10 HOLDS and 10 PASSES. They are interleaved per org
with a fixed hold/pass pattern so that no more than 3 equal `expect` values
follow each other (checked again by validate.py).
"""
import json
import os
import re

import org_a
import org_b
import org_c
import org_d
import org_e

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "be"

# H = next hold, P = next pass (10 of each per org)
PATTERNS = [
    (org_a, "HPPHHPHPPHPHHPPHPHPH"),
    (org_b, "PHPPHHPHPHHPPHPPHPHH"),
    (org_c, "PPHHPHPPHPHHPHPPHPHH"),
    (org_d, "PHPHHPPHPHPPHHPHPHHP"),
    (org_e, "HPHHPPHPHPHHPPHPPHPH"),
]

FIELD_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
               "subject", "text", "attachments", "personal"]


def writer_name(mod, key):
    addr = mod.WRITERS[key]
    return re.sub(r"\s*<.*>$", "", addr).strip()


def finish(mod, m, expect, idx):
    text = m["text"]
    sig = mod.SIG[m["writer"]]
    if sig.strip() not in text:
        text = text.rstrip("\n") + "\n\n" + sig.lstrip("\n") + "\n"
    rec = {
        "id": f"{PREFIX}{idx:03d}",
        "expect": expect,
        "kind": m["kind"],
        "why": m["why"],
        "from": mod.WRITERS[m["writer"]],
        "to": list(m["to"]),
        "subject": m["subject"],
        "text": text,
    }
    for k in ("cc", "bcc", "attachments", "personal"):
        if m.get(k):
            rec[k] = m[k]
    rec = {k: rec[k] for k in FIELD_ORDER if k in rec}
    meta = {
        "org": mod.ORG,
        "writer": m["writer"] + " / " + writer_name(mod, m["writer"]),
        "loc": m.get("loc") if expect == "hold" else None,
    }
    return rec, meta


def main():
    mails, meta = [], {}
    idx = 0
    for mod, pat in PATTERNS:
        assert pat.count("H") == len(mod.HOLDS) == 10, mod.ORG
        assert pat.count("P") == len(mod.PASSES) == 10, mod.ORG
        hi = pi = 0
        for c in pat:
            idx += 1
            if c == "H":
                rec, mt = finish(mod, mod.HOLDS[hi], "hold", idx)
                hi += 1
            else:
                rec, mt = finish(mod, mod.PASSES[pi], "pass", idx)
                pi += 1
            mails.append(rec)
            meta[rec["id"]] = mt
    with open(os.path.join(OUT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(mails, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(mails)} mails")


if __name__ == "__main__":
    main()
