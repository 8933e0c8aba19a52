"""Validate eval-fresh106/fresh.json against the brief. Prints OK or the errors."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import domain_allowed, quote_start, mynumber_ok, luhn_ok  # noqa: E402

PREFIX = "db"
N = 100
REQUIRED = ["id", "expect", "kind", "why", "from", "to", "subject", "text"]
OPTIONAL = ["cc", "bcc", "attachments", "personal"]
HOLD_CATS = {"sensitive", "id", "list", "personal", "recipients"}
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
ADDR_RE = re.compile(r"^[^<>\r\n]+ <([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>$")
KIND_RE = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")
EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_IN_TEXT = re.compile(r"(?:https?://|www\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", re.I)
TWELVE = re.compile(r"(?<![\d-])(\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d-])")
CARD = re.compile(r"(?<![\d-])((?:\d{4}[ -]?){3}\d{1,4})(?![\d-])")
MYNUM_LABEL = re.compile(r"(マイナンバー|個人番号|My ?Number)", re.I)

errors = []


def err(mid, msg):
    errors.append(f"{mid}: {msg}")


def texts_of(m):
    parts = [m["subject"], m["text"]]
    for a in m.get("attachments", []):
        parts.append(a["filename"])
        if "text" in a:
            parts.append(a["text"])
    return parts


def main():
    root = os.path.join(HERE, "..")
    with open(os.path.join(root, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(mails, list) or len(mails) != N:
        err("set", f"expected {N} mails, got {len(mails)}")
    for i, m in enumerate(mails, 1):
        if m.get("id") != f"{PREFIX}{i:03d}":
            err(m.get("id"), f"id out of order, expected {PREFIX}{i:03d}")
    if set(meta) != {m.get("id") for m in mails}:
        err("meta", "meta.json ids differ from fresh.json")

    exp = Counter(m["expect"] for m in mails)
    if exp["hold"] != 50 or exp["pass"] != 50:
        err("set", f"hold/pass = {exp['hold']}/{exp['pass']}")

    per_org = defaultdict(Counter)
    locs = defaultdict(Counter)
    writers = defaultdict(set)
    for m in mails:
        mt = meta.get(m["id"], {})
        org = mt.get("org")
        per_org[org][m["expect"]] += 1
        writers[org].add(mt.get("writer"))
        if m["expect"] == "hold":
            locs[org][mt.get("loc")] += 1
        elif mt.get("loc") != "none":
            err(m["id"], "pass must have loc none")
    if len(per_org) != 5:
        err("set", f"expected 5 organisations, got {sorted(per_org)}")
    for org, c in per_org.items():
        if c["hold"] != 10 or c["pass"] != 10:
            err(org, f"hold/pass = {c['hold']}/{c['pass']}")
        if dict(locs[org]) != LOC_QUOTA:
            err(org, f"location quota {dict(locs[org])}")
        if not 2 <= len(writers[org]) <= 3:
            err(org, f"writers {writers[org]}")

    run = 1
    for a, b in zip(mails, mails[1:]):
        run = run + 1 if a["expect"] == b["expect"] else 1
        if run > 3:
            err(b["id"], "more than 3 in a row with the same expect")

    for m in mails:
        mid = m["id"]
        mt = meta.get(mid, {})
        keys = set(m)
        for k in REQUIRED:
            if k not in m:
                err(mid, f"missing key {k}")
        extra = keys - set(REQUIRED) - set(OPTIONAL)
        if extra:
            err(mid, f"unexpected keys {extra}")
        if m["expect"] not in ("hold", "pass"):
            err(mid, "bad expect")
        kind = m["kind"]
        if not KIND_RE.match(kind):
            err(mid, f"kind not snake_case category.detail: {kind}")
        cat = kind.split(".")[0]
        if m["expect"] == "hold":
            if not (cat in HOLD_CATS or kind == "attachment.encrypted_zip"):
                err(mid, f"hold kind not allowed: {kind}")
        else:
            if cat != "benign":
                err(mid, f"pass kind must be benign.*: {kind}")
            if "personal" in m:
                err(mid, "pass mail must not have personal")
        if not isinstance(m["why"], str) or not m["why"].strip():
            err(mid, "empty why")
        if not m["subject"].strip() or not m["text"].strip():
            err(mid, "empty subject or text")

        # addresses and domains
        sender_dom = None
        for field in ("from", "to", "cc", "bcc"):
            if field not in m:
                continue
            vals = [m[field]] if field == "from" else m[field]
            if field != "from" and (not isinstance(vals, list) or not vals):
                err(mid, f"{field} must be a non-empty array")
                continue
            for v in vals:
                mm = ADDR_RE.match(v)
                if not mm:
                    err(mid, f"malformed address in {field}: {v}")
                    continue
                d = mm.group(2).lower()
                if not domain_allowed(d):
                    err(mid, f"domain not allowed in {field}: {d}")
                if field == "from":
                    sender_dom = d
        for t in texts_of(m):
            for d in EMAIL_IN_TEXT.findall(t) + URL_IN_TEXT.findall(t):
                if not domain_allowed(d):
                    err(mid, f"domain not allowed in text: {d}")

        # visible outside recipients
        visible = m["to"] + m.get("cc", [])
        outside = set()
        for v in visible:
            mm = ADDR_RE.match(v)
            if mm and mm.group(2).lower() != sender_dom:
                outside.add(v.split("<")[1].rstrip(">").lower())
        if kind.startswith("recipients."):
            if len(outside) <= 10:
                err(mid, f"recipients hold with only {len(outside)} outside recipients")
            if mt.get("loc") != "recipients":
                err(mid, "recipients kind must have loc recipients")
        elif len(outside) > 10:
            err(mid, f"{len(outside)} visible outside recipients on a non-recipients mail")

        # attachments
        atts = m.get("attachments", [])
        if "attachments" in m and (not isinstance(atts, list) or not atts):
            err(mid, "attachments must be a non-empty array")
        n_enc = 0
        for a in atts:
            if a.get("encrypted"):
                n_enc += 1
                if set(a) != {"filename", "contentType", "encrypted"} or a["contentType"] != "application/zip" \
                        or a["encrypted"] is not True or not a["filename"].lower().endswith(".zip"):
                    err(mid, f"bad encrypted zip attachment {a}")
            else:
                if set(a) != {"filename", "contentType", "text"} or not a["text"].strip():
                    err(mid, f"bad attachment {a.get('filename')}")
                if a["filename"].lower().endswith(".zip"):
                    err(mid, "plain zip must be given as inner files (x.zip/inner)")
        if kind == "attachment.encrypted_zip":
            if n_enc != 1:
                err(mid, f"attachment.encrypted_zip must have exactly one encrypted zip, has {n_enc}")
        elif n_enc:
            err(mid, "encrypted zip on a mail that is not attachment.encrypted_zip")
        if mt.get("loc") == "zip":
            if not (n_enc or any(".zip/" in a["filename"] for a in atts)):
                err(mid, "zip hold without a zip attachment")

        # マイナンバー check digits
        for t in texts_of(m):
            for mm in TWELVE.finditer(t):
                before = t[max(0, mm.start() - 25):mm.start()]
                if kind.startswith("id.mynumber") or MYNUM_LABEL.search(before):
                    if not mynumber_ok(mm.group(1)):
                        err(mid, f"invalid マイナンバー check digit: {mm.group(1)}")
        for a in atts:
            if a.get("text") and a["filename"].lower().endswith(".csv"):
                lines = a["text"].strip().split("\n")
                head = lines[0].split(",")
                cols = [i for i, h in enumerate(head) if MYNUM_LABEL.search(h)]
                for line in lines[1:]:
                    cells = line.split(",")
                    for ci in cols:
                        if ci < len(cells) and not mynumber_ok(cells[ci]):
                            err(mid, f"invalid マイナンバー in CSV column: {cells[ci]}")

        # card numbers on holds
        if m["expect"] == "hold":
            for t in texts_of(m):
                for mm in CARD.finditer(t):
                    digits = re.sub(r"\D", "", mm.group(1))
                    if 13 <= len(digits) <= 19 and not luhn_ok(digits):
                        err(mid, f"card-like number fails Luhn: {mm.group(1)}")

        # personal values
        if m["expect"] == "hold":
            loc = mt.get("loc")
            pers = m.get("personal")
            if loc not in ("zip", "recipients") and not pers:
                err(mid, "hold without personal values")
            if pers is not None:
                if not isinstance(pers, list) or not pers:
                    err(mid, "personal must be a non-empty array")
                    pers = []
                body = m["text"]
                att_text = "\n".join(a.get("text", "") for a in atts)
                qs = quote_start(body)
                for p in pers:
                    if set(p) != {"type", "value"} or not p["value"]:
                        err(mid, f"bad personal entry {p}")
                        continue
                    v = p["value"]
                    in_subj, in_body, in_att = v in m["subject"], v in body, v in att_text
                    if not (in_subj or in_body or in_att):
                        err(mid, f"personal value not found: {v}")
                    if loc == "attachment" and (in_subj or in_body):
                        err(mid, f"attachment-only hold has value in subject/body: {v}")
                    if loc == "attachment" and not in_att:
                        err(mid, f"attachment-only hold value not in attachment: {v}")
                    if loc == "subject" and (not in_subj or in_body):
                        err(mid, f"subject-only hold value misplaced: {v}")
                    if loc == "quoted":
                        if in_subj or v in body[:qs]:
                            err(mid, f"quoted hold has value above the quoted part: {v}")
                        if qs == len(body):
                            err(mid, "quoted hold without a quoted/forwarded part")
                    if loc == "zip" and not any(v in a.get("text", "") for a in atts if ".zip/" in a["filename"]):
                        err(mid, f"zip hold value not inside the zip: {v}")
                if loc == "body" and not any(p.get("value", "") in body[:qs] for p in pers):
                    err(mid, "body hold has no personal value in the body")

    if errors:
        for e in errors:
            print(e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
