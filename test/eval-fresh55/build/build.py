"""Assemble eval-fresh55: five organisations x 20 mails -> ../fresh.json and meta.json."""
import json
import os

import org_a
import org_b
import org_c
import org_d
import org_e

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "bc"


def main():
    mails, meta = [], {}
    for mod in (org_a, org_b, org_c, org_d, org_e):
        for m, mt in mod.build():
            i = len(mails) + 1
            mid = f"{PREFIX}{i:03d}"
            mails.append({"id": mid, **m})
            meta[mid] = mt
    with open(os.path.join(HERE, "..", "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(mails, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(mails)} mails")


if __name__ == "__main__":
    main()
