#!/usr/bin/env python3
"""Merge the five organisation files, shuffle, assign ids h001..h100, validate, write fresh.json."""
import json, random, re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import m_ryokan, m_staffing, m_bpo, m_fitness, m_funeral

OUT = os.path.join(os.path.dirname(__file__), '..', 'fresh.json')
ORDER = ['id','expect','kind','why','from','to','cc','bcc','subject','text','attachments','personal']
OWN = ('yumori-resorts.co.jp','bridgeworks-hr.co.jp','corelent-ps.co.jp','verda-sports.jp','shofu-tenrei.co.jp')
HOLD_PREFIX = ('sensitive.','id.','list.','personal.','recipients.','attachment.')

mails = m_ryokan.M + m_staffing.M + m_bpo.M + m_fitness.M + m_funeral.M

def shuffle(ms, seed=25):
    rnd = random.Random(seed)
    while True:
        ms = ms[:]; rnd.shuffle(ms)
        run, ok = 1, True
        for a, b in zip(ms, ms[1:]):
            run = run + 1 if a['expect'] == b['expect'] else 1
            if run > 3: ok = False; break
        # avoid more than 2 consecutive mails from the same organisation
        if ok:
            r = 1
            for a, b in zip(ms, ms[1:]):
                r = r + 1 if a['key'][0] == b['key'][0] else 1
                if r > 2: ok = False; break
        if ok: return ms

def mynumber_ok(s):
    s = re.sub(r'\D', '', s)
    if len(s) != 12: return False
    w = [6,5,4,3,2,7,6,5,4,3,2]
    r = sum(int(a)*b for a, b in zip(s[:11], w)) % 11
    return int(s[11]) == (0 if r <= 1 else 11 - r)

def luhn_ok(s):
    d = [int(c) for c in re.sub(r'\D', '', s)][::-1]
    return sum(x if i % 2 == 0 else (x*2 - 9 if x*2 > 9 else x*2) for i, x in enumerate(d)) % 10 == 0

ADDR = re.compile(r'^(?:[^<>]+ <)?([A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,})>?$')

errs = []
def err(m, msg): errs.append(f"{m.get('id', m['key'])} ({m['key']}): {msg}")

ms = shuffle(mails)
out = []
for i, m in enumerate(ms, 1):
    m = dict(m); m['id'] = f'h{i:03d}'
    out.append(m)

keys = [m['key'] for m in out]
if len(set(keys)) != len(keys): errs.append('duplicate keys')
for m in out:
    full = m['subject'] + '\n' + m['text'] + '\n' + '\n'.join(a.get('text', '') for a in m.get('attachments', []))
    # labels / kinds
    if m['expect'] == 'pass':
        if not m['kind'].startswith('benign.'): err(m, 'pass kind must be benign.*')
        if m.get('personal'): err(m, 'pass with personal')
    elif m['expect'] == 'hold':
        if not m['kind'].startswith(HOLD_PREFIX): err(m, 'bad hold kind')
    else: err(m, 'bad expect')
    if not m.get('why') or not m['why'].endswith('.'): err(m, 'why missing')
    # addresses
    fa = ADDR.match(m['from'])
    if not fa or not fa.group(1).endswith(OWN): err(m, 'from not own domain')
    for f in ('to', 'cc', 'bcc'):
        for a in m.get(f, []) or []:
            if not ADDR.match(a): err(m, f'bad address {a}')
    n_vis = len(m['to']) + len(m.get('cc', []))
    outside = [a for a in m['to'] + m.get('cc', []) if not ADDR.match(a).group(1).endswith(OWN)]
    if m['kind'].startswith('recipients.'):
        if len(outside) <= 10: err(m, 'recipients hold needs >10 outside visible')
    elif n_vis > 10: err(m, '>10 visible recipients on non-recipients mail')
    # attachments
    for a in m.get('attachments', []):
        if a.get('encrypted'):
            if 'text' in a or a['contentType'] != 'application/zip': err(m, 'encrypted zip must have no text')
        elif a['contentType'] == 'image/jpeg':
            if 'text' in a: err(m, 'image must have no text')
        elif 'text' not in a: err(m, f'attachment {a["filename"]} lacks text')
        if a['contentType'].endswith('spreadsheetml.sheet') and not a['text'].startswith('[Sheet1]'): err(m, 'xlsx without [Sheet1]')
    if m['kind'] == 'attachment.encrypted_zip' and not any(a.get('encrypted') for a in m.get('attachments', [])): err(m, 'no encrypted zip')
    if any(a.get('encrypted') for a in m.get('attachments', [])) and m['expect'] != 'hold': err(m, 'encrypted zip on pass')
    # personal
    if m['expect'] == 'hold' and not m['kind'].startswith(('recipients.', 'attachment.')) and not m.get('personal'):
        err(m, 'hold with data but no personal[]')
    for p in m.get('personal', []):
        if p['value'] not in full: err(m, f'personal value not a substring: {p["value"]!r}')
        if p['type'] == 'my_number' and not mynumber_ok(p['value']): err(m, f'bad My Number {p["value"]}')
        if p['type'] == 'card_number' and not luhn_ok(p['value']): err(m, f'card not Luhn {p["value"]}')
    # every 16-digit card-like number anywhere must be Luhn-valid (test numbers)
    for c in re.findall(r'(?<!\d)(?:\d{4}[ -]){3}\d{4}(?!\d)', full):
        if not luhn_ok(c): err(m, f'non-Luhn card-like number {c}')
    # every labelled 12-digit My Number in holds must be valid
    if m['expect'] == 'hold':
        for c in re.findall(r'(?<![\d-])\d{12}(?![\d-])', full):
            if not mynumber_ok(c): err(m, f'12-digit number with bad check digit {c}')

labels = [m['expect'] for m in out]
if len(out) != 100: errs.append(f'count {len(out)}')
if labels.count('hold') != 50: errs.append(f'holds {labels.count("hold")}')
run = 1
for a, b in zip(labels, labels[1:]):
    run = run + 1 if a == b else 1
    if run > 3: errs.append('label run > 3')

if errs:
    print('\n'.join(errs)); sys.exit(1)

final = [{k: m[k] for k in ORDER if k in m} for m in out]
with open(OUT, 'w', encoding='utf-8') as f:
    json.dump(final, f, ensure_ascii=False, indent=1)
with open(os.path.join(os.path.dirname(__file__), 'keymap.tsv'), 'w') as f:
    for m in out:
        f.write(f"{m['id']}\t{m['key']}\t{m['expect']}\t{m['kind']}\n")

# summary
from collections import Counter
print('OK', len(final), Counter(labels))
for k, v in sorted(Counter(m['kind'] for m in out).items()): print(f'  {k}: {v}')
eng = [m['id'] for m in out if len(re.findall(r'[A-Za-z]', m['text'])) > len(re.findall(r'[\u3040-\u30ff\u4e00-\u9fff]', m['text'])) * 1.2]
print('mostly-English/mixed by heuristic:', len(eng), eng)
