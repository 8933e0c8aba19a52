"""Validate eval-fresh68 (prefix bp). Prints OK or a list of problems."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUTDIR = os.path.dirname(HERE)
from common import mynumber_valid, luhn_valid  # noqa: E402

PREFIX = "bp"
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
ADDR_RE = re.compile(r"^(.+?)\s*<([^<>@\s]+)@([^<>@\s]+)>$")
CARD_RE = re.compile(r"(?<!\d)\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}(?!\d)")
FREE_MAIL = {"gmail.com", "yahoo.co.jp", "outlook.com"}
QUOTE_MARKERS = [r"-----Original Message-----", r"Forwarded", r"----- 転送メッセージ -----",
                 r"^>", r"^-+ ?Forwarded"]

errors = []


def err(mid, msg):
    errors.append(f"{mid}: {msg}")


def domain(addr):
    m = ADDR_RE.match(addr)
    return m.group(3).lower() if m else None


def main():
    fresh = json.load(open(os.path.join(OUTDIR, "fresh.json"), encoding="utf-8"))
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    if not isinstance(fresh, list) or len(fresh) != 100:
        errors.append(f"expected 100 mails, got {len(fresh)}")
    ids = [m.get("id") for m in fresh]
    want = [f"{PREFIX}{i:03d}" for i in range(1, 101)]
    if ids != want:
        errors.append("ids are not bp001..bp100 in order")
    holds = sum(1 for m in fresh if m.get("expect") == "hold")
    passes = sum(1 for m in fresh if m.get("expect") == "pass")
    if holds != 50 or passes != 50:
        errors.append(f"hold/pass = {holds}/{passes}, want 50/50")
    run = 1
    for i in range(1, len(fresh)):
        run = run + 1 if fresh[i]["expect"] == fresh[i - 1]["expect"] else 1
        if run > 3:
            errors.append(f"{fresh[i]['id']}: run of {run} equal expect")

    allowed = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
               "attachments", "personal"}
    for m in fresh:
        mid = m.get("id", "?")
        for f in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if f not in m or m[f] in (None, "", []):
                err(mid, f"missing field {f}")
        extra = set(m) - allowed
        if extra:
            err(mid, f"unexpected fields {extra}")
        e, k = m.get("expect"), m.get("kind", "")
        if e not in ("hold", "pass"):
            err(mid, f"bad expect {e}")
        if e == "pass" and not k.startswith("benign."):
            err(mid, f"pass with kind {k}")
        if e == "hold" and not (k.startswith(HOLD_PREFIXES) or k == "attachment.encrypted_zip"):
            err(mid, f"hold with kind {k}")

        # addresses
        addrs = [m.get("from", "")] + m.get("to", []) + m.get("cc", []) + m.get("bcc", [])
        for a in addrs:
            mm = ADDR_RE.match(a)
            if not mm:
                err(mid, f"address not 'Name <local@domain>': {a}")
                continue
            d = mm.group(3).lower()
            if ".example." not in "." + d + "." and d not in FREE_MAIL:
                err(mid, f"non-synthetic domain {d}")
        sender_dom = domain(m.get("from", ""))
        visible = m.get("to", []) + m.get("cc", [])
        outside = {a.lower() for a in visible if domain(a) != sender_dom}
        if k.startswith("recipients."):
            if len(outside) <= 10:
                err(mid, f"recipients hold with only {len(outside)} outside visible")
        elif len(outside) > 10:
            err(mid, f"{len(outside)} outside visible recipients on non-recipients mail")

        # attachments
        atts = m.get("attachments", [])
        enc = [a for a in atts if a.get("encrypted")]
        for a in atts:
            if not a.get("filename") or not a.get("contentType"):
                err(mid, "attachment missing filename/contentType")
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip":
                    err(mid, "encrypted attachment is not application/zip")
                if "text" in a:
                    err(mid, "encrypted zip carries text")
            elif not a.get("text"):
                err(mid, f"attachment {a.get('filename')} has no text")
        if k == "attachment.encrypted_zip":
            if not enc:
                err(mid, "encrypted_zip hold without encrypted zip")
        elif enc:
            err(mid, "encrypted zip on a mail that is not attachment.encrypted_zip")

        # card-like numbers anywhere
        blobs = [m.get("subject", ""), m.get("text", "")] + [a.get("text", "") for a in atts]
        for b in blobs:
            for c in CARD_RE.findall(b):
                if not luhn_valid(c):
                    err(mid, f"card-like number not Luhn-valid: {c}")

        # personal
        pers = m.get("personal")
        needs = e == "hold" and not (k.startswith("recipients.") or k == "attachment.encrypted_zip")
        if needs and not pers:
            err(mid, "hold without personal items")
        if e == "pass" and pers:
            err(mid, "pass carries personal items")
        if not needs and e == "hold" and pers:
            err(mid, "recipients/zip hold should not list personal items")
        att_text = "\n".join(a.get("text", "") for a in atts)
        for p in pers or []:
            v, t = p.get("value", ""), p.get("type", "")
            if not v or not t:
                err(mid, f"personal item incomplete {p}")
                continue
            if v not in m.get("subject", "") and v not in m.get("text", "") and v not in att_text:
                err(mid, f"personal value not found: {v!r}")
            if t == "mynumber" and not mynumber_valid(v):
                err(mid, f"mynumber with bad check digit: {v}")

        # meta / loc consistency
        mt = meta.get(mid)
        if not mt:
            err(mid, "missing in meta.json")
            continue
        for f in ("org", "writer", "loc"):
            if f not in mt:
                err(mid, f"meta missing {f}")
        loc = mt.get("loc")
        if e == "pass":
            if loc is not None:
                err(mid, "pass with non-null loc")
            continue
        if loc not in LOCS:
            err(mid, f"bad loc {loc}")
        if (loc == "zip") != (k == "attachment.encrypted_zip"):
            err(mid, "loc zip <-> kind attachment.encrypted_zip mismatch")
        if (loc == "recipients") != k.startswith("recipients."):
            err(mid, "loc recipients <-> kind recipients.* mismatch")
        vals = [p["value"] for p in pers or []]
        subj, text = m.get("subject", ""), m.get("text", "")
        if loc == "subject":
            for v in vals:
                if v not in subj:
                    err(mid, f"subject-loc value not in subject: {v}")
                if v in text or v in att_text:
                    err(mid, f"subject-loc value also outside subject: {v}")
        elif loc == "attachment":
            for v in vals:
                if v not in att_text:
                    err(mid, f"attachment-loc value not in attachment: {v}")
                if v in text or v in subj:
                    err(mid, f"attachment-loc value also in subject/body: {v}")
        elif loc == "body":
            for v in vals:
                if v not in text:
                    err(mid, f"body-loc value not in body: {v}")
        elif loc == "quoted":
            starts = []
            for mk in QUOTE_MARKERS:
                r = re.search(mk, text, re.M)
                if r:
                    starts.append(r.start())
            if not starts:
                err(mid, "quoted-loc mail has no quote/forward marker")
            else:
                cut = min(starts)
                for v in vals:
                    if v in subj or v in text[:cut] or v in att_text:
                        err(mid, f"quoted-loc value appears outside the quoted part: {v}")
                    if v not in text[cut:]:
                        err(mid, f"quoted-loc value not in quoted part: {v}")

    # per org balance and writers
    byid = {m["id"]: m for m in fresh}
    for org in "ABCDE":
        mids = [i for i, mt in meta.items() if mt.get("org") == org]
        h = sum(1 for i in mids if byid[i]["expect"] == "hold")
        if len(mids) != 20 or h != 10:
            errors.append(f"org {org}: {len(mids)} mails, {h} holds (want 20/10)")
        writers = {meta[i]["writer"] for i in mids}
        if not 2 <= len(writers) <= 3:
            errors.append(f"org {org}: {len(writers)} writers")
    if set(meta) != set(want):
        errors.append("meta.json ids differ from fresh.json ids")

    if errors:
        print("\n".join(errors))
        print(f"FAILED ({len(errors)} problems)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
