"""Validate fresh.json and build/meta.json of eval-fresh109.  Prints OK or the problems."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import mynumber_ok, luhn_ok, PRIVATE_DOMAINS  # noqa: E402

PREFIX = "de"
N = 100
HOLD_CATS = {"sensitive", "id", "list", "personal", "recipients"}
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
REQUIRED = ["id", "expect", "kind", "why", "from", "to", "subject", "text"]
OPTIONAL = ["cc", "bcc", "attachments", "personal"]
ADDR_RE = re.compile(r"^[^<>]+ <([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
TLDS = "com|net|org|info|biz|edu|gov|io|uk|us|de|fr|cn|kr|tw|sg|vn|th|pl|jp"
BARE_RE = re.compile(r"(?<![A-Za-z0-9@._%+-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+(?:"
                     + TLDS + r"))(?![A-Za-z0-9-])", re.I)
PHONE_RE = re.compile(r"(?<![\d+-])0\d{1,4}-(\d{1,4})-\d{4}(?!\d)")
TWELVE_RE = re.compile(r"(?<!\d)\d{4}[ -]?\d{4}[ -]?\d{4}(?!\d)")
CARD_RE = re.compile(r"(?<!\d)\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}(?!\d)")
MN_LABEL_RE = re.compile(r"マイナンバー|個人番号")
PLACEHOLDER_RE = re.compile(r"TODO|lorem|xxx|〇〇|○○|\[\[|\]\]", re.I)
KIND_RE = re.compile(r"^[a-z]+\.[a-z0-9_]+$")
JA_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
MARKERS = [
    re.compile(r"^\s*[>＞]"),
    re.compile(r"^-{2,}\s*(Original Message|Forwarded message|転送されたメッセージ|元のメッセージ)", re.I),
    re.compile(r"^_{10,}\s*$"),
    re.compile(r"^On .+wrote:\s*$"),
    re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日.*<[^>]+>\s*[:：]\s*$"),
    re.compile(r"(書きました|wrote)\s*[:：]\s*$"),
]


def split_quote(text):
    """(own part, quoted/forwarded part from the first marker on)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if any(m.search(line) for m in MARKERS):
            return "\n".join(lines[:i]), "\n".join(lines[i:])
    return text, ""


def domain_ok(d):
    d = d.lower().rstrip(".")
    return d in PRIVATE_DOMAINS or re.search(r"(^|\.)example(\.|$)", d) is not None


def addr_domain(a):
    m = ADDR_RE.match(a)
    return m.group(2).lower() if m else None


def main():
    root = os.path.dirname(HERE)
    problems = []

    def bad(mid, msg):
        problems.append(f"{mid}: {msg}")

    try:
        data = json.load(open(os.path.join(root, "fresh.json"), encoding="utf-8"))
        meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        print(f"cannot load: {e}")
        sys.exit(1)

    # ---------------------------------------------------------------- set level
    if not isinstance(data, list) or len(data) != N:
        problems.append(f"fresh.json must be a list of {N} mails (got {len(data)})")
    ids = [m.get("id") for m in data]
    want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        problems.append("ids are not de001..de100 in order")
    if set(meta) != set(want):
        problems.append("meta.json ids do not match fresh.json")
    exp = [m.get("expect") for m in data]
    c = Counter(exp)
    if c["hold"] != 50 or c["pass"] != 50:
        problems.append(f"hold/pass must be 50/50 (got {dict(c)})")
    run = 1
    for i in range(1, len(exp)):
        run = run + 1 if exp[i] == exp[i - 1] else 1
        if run > 3:
            problems.append(f"{ids[i]}: more than 3 '{exp[i]}' in a row")

    by_org = defaultdict(list)
    for m in data:
        mm = meta.get(m.get("id"))
        if not mm:
            continue
        for k in ("org", "writer", "loc"):
            if k not in mm:
                bad(m["id"], f"meta lacks {k}")
        by_org[mm.get("org")].append((m, mm))
    if len(by_org) != 5:
        problems.append(f"expected 5 organisations in meta (got {sorted(by_org)})")
    for org, items in sorted(by_org.items()):
        ce = Counter(m["expect"] for m, _ in items)
        if ce["hold"] != 10 or ce["pass"] != 10:
            problems.append(f"org {org}: needs 10 hold / 10 pass (got {dict(ce)})")
        writers = {mm["writer"] for _, mm in items}
        if not 2 <= len(writers) <= 3:
            problems.append(f"org {org}: needs 2-3 writers (got {len(writers)})")
        locs = Counter(mm["loc"] for m, mm in items if m["expect"] == "hold")
        if dict(locs) != LOC_QUOTA:
            problems.append(f"org {org}: hold loc quota wrong {dict(locs)}")
        for m, mm in items:
            if m["expect"] == "pass" and mm["loc"] != "none":
                bad(m["id"], "pass must have loc 'none'")

    # ---------------------------------------------------------------- mail level
    bodies = Counter()
    for m in data:
        mid = m.get("id", "?")
        for k in REQUIRED:
            if k not in m or m[k] in ("", None, []):
                bad(mid, f"missing {k}")
        for k in m:
            if k not in REQUIRED + OPTIONAL:
                bad(mid, f"unknown field {k}")
        if any(k not in m for k in REQUIRED):
            continue
        hold = m["expect"] == "hold"
        if m["expect"] not in ("hold", "pass"):
            bad(mid, "expect must be hold or pass")
        kind = m["kind"]
        if not KIND_RE.match(kind):
            bad(mid, f"kind format {kind}")
        cat = kind.split(".")[0]
        if hold and cat not in HOLD_CATS:
            bad(mid, f"hold kind category {cat}")
        if not hold and cat != "benign":
            bad(mid, f"pass kind must be benign.* ({kind})")
        if not JA_RE.search(m["why"]) or not m["why"].endswith("。") or m["why"].count("。") != 1:
            bad(mid, "why must be one Japanese sentence")
        if hold and not m.get("personal"):
            bad(mid, "hold without personal")
        if not hold and "personal" in m:
            bad(mid, "pass with personal")

        # addresses
        addrs = [m["from"]] + m["to"] + m.get("cc", []) + m.get("bcc", [])
        for k in ("to", "cc", "bcc"):
            if k in m and not isinstance(m[k], list):
                bad(mid, f"{k} must be a list")
        for a in addrs:
            d = addr_domain(a)
            if d is None:
                bad(mid, f"address format: {a}")
            elif not domain_ok(d):
                bad(mid, f"domain not allowed: {a}")

        atts = m.get("attachments", [])
        att_texts = []
        for a in atts:
            if set(a) - {"filename", "contentType", "text", "encrypted"}:
                bad(mid, f"unknown attachment field in {a.get('filename')}")
            if not a.get("filename") or not a.get("contentType"):
                bad(mid, "attachment without filename/contentType")
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip":
                    bad(mid, "encrypted attachment must be application/zip")
            elif not a.get("text"):
                bad(mid, f"attachment {a.get('filename')} has no text")
            att_texts.append(a.get("text", ""))
        all_text = "\n".join([m["subject"], m["text"]] + att_texts + [a.get("filename", "") for a in atts])

        # domains in text
        for rx in (EMAIL_RE, URL_RE, BARE_RE):
            for d in rx.findall(all_text):
                if not domain_ok(d):
                    bad(mid, f"domain in text not allowed: {d}")
        # phone numbers use a 0000 exchange
        for mid_grp in PHONE_RE.findall(all_text):
            if mid_grp != "0000":
                bad(mid, f"phone number without 0000 exchange (middle {mid_grp})")
        # labelled individual numbers
        for lm in MN_LABEL_RE.finditer(all_text):
            window = all_text[lm.end(): lm.end() + 40]
            nm = TWELVE_RE.search(window)
            if nm and not mynumber_ok(nm.group()):
                bad(mid, f"individual number with a bad check digit: {nm.group()}")
        if hold:
            for cm in CARD_RE.findall(all_text):
                if not luhn_ok(cm):
                    bad(mid, f"card number fails Luhn: {cm}")
        # placeholders, duplicates
        for s in [m["subject"], m["text"], m["why"]] + att_texts:
            if PLACEHOLDER_RE.search(s):
                bad(mid, f"placeholder text: {PLACEHOLDER_RE.search(s).group()}")
        if not m["text"].strip() or not m["subject"].strip():
            bad(mid, "empty subject or text")
        bodies[m["text"].strip()] += 1

        # personal values
        loc = meta.get(mid, {}).get("loc")
        corpus = all_text + "\n" + "\n".join(addrs)
        pvals = []
        for p in m.get("personal", []):
            if set(p) != {"type", "value"} or not p["type"] or not p["value"]:
                bad(mid, f"personal item malformed: {p}")
                continue
            if not re.match(r"^[a-z_]+$", p["type"]):
                bad(mid, f"personal type format: {p['type']}")
            pvals.append(p["value"])
            if p["value"] not in corpus:
                bad(mid, f"personal value not in mail: {p['value']}")
            if p["type"] == "mynumber" and not mynumber_ok(p["value"]):
                bad(mid, f"mynumber check digit: {p['value']}")
            if p["type"] == "card_number" and not luhn_ok(p["value"]):
                bad(mid, f"card number Luhn: {p['value']}")

        own, below = split_quote(m["text"])
        visible = m["to"] + m.get("cc", [])
        sdom = addr_domain(m["from"])
        outside = [a for a in visible if addr_domain(a) and addr_domain(a) != sdom]
        out_domains = {addr_domain(a) for a in outside}

        if hold and loc == "quoted":
            if not below:
                bad(mid, "quoted hold without a quote/forward marker")
            for v in pvals:
                if v in own or v in m["subject"] or any(v in t for t in att_texts):
                    bad(mid, f"quoted hold: '{v}' appears above the quote marker")
                if v not in below:
                    bad(mid, f"quoted hold: '{v}' not in the quoted part")
        if hold and loc == "subject":
            if not any(v in m["subject"] for v in pvals):
                bad(mid, "subject hold: no personal value in the subject")
        if hold and loc == "body":
            if not any(v in own for v in pvals):
                bad(mid, "body hold: no personal value in the writer's own text")
        if hold and loc == "attachment":
            if not atts or not any(v in t for v in pvals for t in att_texts):
                bad(mid, "attachment hold: no personal value in an attachment")
        if hold and loc == "zip":
            if not any(a.get("encrypted") or ".zip/" in a.get("filename", "") for a in atts):
                bad(mid, "zip hold without an encrypted zip or a zip's inner file")
        if hold and loc == "recipients":
            if len(outside) <= 10 or len(out_domains) < 2:
                bad(mid, f"recipients hold: {len(outside)} outside addresses, {len(out_domains)} domains")
        elif len(outside) > 10:
            bad(mid, f"{len(outside)} visible outside addresses (max 10 unless a recipients hold)")
        if loc and loc not in LOC_QUOTA and loc != "none":
            bad(mid, f"unknown loc {loc}")
        if hold and loc == "none":
            bad(mid, "hold with loc none")

    for body, n in bodies.items():
        if n > 1:
            problems.append(f"duplicate body ({n}x): {body[:40]!r}")

    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
