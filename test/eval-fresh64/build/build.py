#!/usr/bin/env python3
"""Build /work/main/test/eval-fresh64/fresh.json and build/meta.json from the org scripts."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import org_a_servicer, org_b_lab, org_c_ticketing, org_d_counsellors, org_e_ngo

def main():
    mails = []
    for mod in (org_a_servicer, org_b_lab, org_c_ticketing, org_d_counsellors, org_e_ngo):
        mails.extend(mod.mails())
    meta = {}
    out = []
    for m in mails:
        meta[m["id"]] = m.pop("_meta")
        out.append(m)
    with open(os.path.join(HERE, "..", "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} mails")

if __name__ == "__main__":
    main()
