# -*- coding: utf-8 -*-
"""Build eval-fresh54: fresh.json + build/meta.json from the five organisation generators."""
import json
import os

import org_a_sharoushi
import org_b_tokuyou
import org_c_cardealer
import org_d_clinical
import org_e_airline

PREFIX = "bb"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    items = []
    for mod in (org_a_sharoushi, org_b_tokuyou, org_c_cardealer, org_d_clinical, org_e_airline):
        items.extend(mod.mails())
    mails, meta = [], {}
    for i, (m, mt) in enumerate(items, 1):
        mid = f"{PREFIX}{i:03d}"
        mails.append({"id": mid, **m})
        meta[mid] = mt
    with open(os.path.join(ROOT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(mails, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(mails)} mails")


if __name__ == "__main__":
    main()
