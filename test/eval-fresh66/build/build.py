"""Build fresh.json and build/meta.json for eval-fresh66 (ids bn001..bn100)."""
import json
import os

import org_a, org_b, org_c, org_d, org_e

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "bn"


def main():
    mails, meta = [], {}
    for mod in (org_a, org_b, org_c, org_d, org_e):
        assert len(mod.MAILS) == 20, (mod.ORG, len(mod.MAILS))
        for m in mod.MAILS:
            i = len(mails) + 1
            mid = f"{PREFIX}{i:03d}"
            writer, loc = m.pop("_writer"), m.pop("_loc")
            mails.append({"id": mid, **m})
            meta[mid] = {"org": mod.ORG, "writer": writer, "loc": loc}
    with open(os.path.join(OUT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(mails, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(mails)} mails")


if __name__ == "__main__":
    main()
