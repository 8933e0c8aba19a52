# -*- coding: utf-8 -*-
"""Builds fresh.json and meta.json for eval-fresh58 (prefix bf)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "bf"
OUT = os.path.dirname(HERE)


def main():
    mails, meta = [], {}
    n = 0
    for mod in (org_a, org_b, org_c, org_d, org_e):
        assert len(mod.MAILS) == 20, (mod.ORG, len(mod.MAILS))
        for m in mod.MAILS:
            n += 1
            mid = "%s%03d" % (PREFIX, n)
            writer = m.pop("_writer")
            loc = m.pop("_loc")
            out = {"id": mid}
            out.update(m)
            mails.append(out)
            meta[mid] = {"org": mod.ORG, "writer": writer, "loc": loc if m["expect"] == "hold" else None}
    with open(os.path.join(OUT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(mails, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d mails" % len(mails))


if __name__ == "__main__":
    main()
