import json, random, re, collections, sys
from common import mn_check, luhn_ok, INTERNAL
import life, factory, sports, theatre, news

mails = life.MAILS + factory.MAILS + sports.MAILS + theatre.MAILS + news.MAILS
org_of = {}
for mod, name in [(life, 'life'), (factory, 'factory'), (sports, 'sports'), (theatre, 'theatre'), (news, 'news')]:
    for m in mod.MAILS:
        org_of[id(m)] = name
def maxrun(ms):
    best = cur = 0; prev = None
    for m in ms:
        cur = cur + 1 if m['expect'] == prev else 1
        prev = m['expect']; best = max(best, cur)
    return best
base = list(mails)
for seed in range(1, 10000):
    mails = list(base)
    random.Random(seed).shuffle(mails)
    if maxrun(mails) <= 3:
        print('seed', seed)
        break
out = []
for i, m in enumerate(mails, 1):
    m2 = {'id': 'l%03d' % i}
    m2.update(m)
    out.append(m2)

errs = []
def addr(s):
    mm = re.search(r'<([^>]+)>', s)
    return (mm.group(1) if mm else s).strip().lower()
def is_internal(a):
    d = a.split('@')[-1]
    return d in INTERNAL

assert len(out) == 100, len(out)
c = collections.Counter(m['expect'] for m in out)
if c['hold'] != 50 or c['pass'] != 50: errs.append('counts %s' % c)
for m in out:
    for k in ['id', 'expect', 'kind', 'why', 'from', 'to', 'subject', 'text']:
        if k not in m: errs.append('%s missing %s' % (m['id'], k))
    if m['expect'] == 'pass' and not m['kind'].startswith('benign.'): errs.append('%s pass kind' % m['id'])
    if m['expect'] == 'hold' and m['kind'].startswith('benign.'): errs.append('%s hold kind' % m['id'])
    if not is_internal(addr(m['from'])): errs.append('%s from not internal' % m['id'])
    hay = m['subject'] + '\n' + m['text'] + '\n' + '\n'.join(a.get('text', '') for a in m.get('attachments', []))
    for p in m.get('personal', []):
        if p['value'] not in hay: errs.append('%s personal not substring: %r' % (m['id'], p['value']))
        if p['type'] == 'mynumber':
            d = re.sub(r'\D', '', p['value'])
            if len(d) != 12 or mn_check(d[:11]) != d[11]: errs.append('%s bad mynumber %s' % (m['id'], p['value']))
        if p['type'] == 'card' and not luhn_ok(p['value']): errs.append('%s bad card %s' % (m['id'], p['value']))
    ext = [a for a in m['to'] + m.get('cc', []) if not is_internal(addr(a))]
    nvis = len(set(ext))
    if m['kind'] == 'recipients.many_external':
        if nvis <= 10: errs.append('%s many_external only %d' % (m['id'], nvis))
    elif nvis > 10: errs.append('%s has %d visible external' % (m['id'], nvis))
    enc = any(a.get('encrypted') for a in m.get('attachments', []))
    if enc and m['expect'] != 'hold': errs.append('%s encrypted in pass' % m['id'])
    if m['kind'] == 'attachment.encrypted_zip' and not enc: errs.append('%s no enc zip' % m['id'])
    allext = [a for a in m['to'] + m.get('cc', []) + m.get('bcc', []) if not is_internal(addr(a))]
    m['_ext'] = len(allext)
    # scan for 12-digit check-valid numbers in pass mails
    if m['expect'] == 'pass':
        for mt in re.finditer(r'(?<!\d)(\d{4})[ -]?(\d{4})[ -]?(\d{4})(?!\d)', hay):
            d = ''.join(mt.groups())
            if mn_check(d[:11]) == d[11]:
                print('note: pass %s contains check-valid 12-digit %s' % (m['id'], mt.group(0)))
    if m['expect'] == 'hold' and m['kind'] not in ('attachment.encrypted_zip', 'recipients.many_external') and not m.get('personal'):
        errs.append('%s hold without personal' % m['id'])

print('errors:', errs if errs else 'none')
# stats
def is_en(m):
    t = m['text']
    return sum(1 for ch in t if ord(ch) < 128) / max(1, len(t)) > 0.85
print('english:', sum(is_en(m) for m in out), [m['id'] for m in out if is_en(m)])
print('by expect/kind:')
for (e, k), n in sorted(collections.Counter((m['expect'], m['kind']) for m in out).items()):
    print(' ', e, k, n)
byorg = collections.Counter()
print('encrypted:', [m['id'] for m in out if any(a.get('encrypted') for a in m.get('attachments', []))])
print('plain zip:', [m['id'] for m in out if any(a['contentType'] == 'application/zip' and not a.get('encrypted') for a in m.get('attachments', []))])
print('images:', [m['id'] for m in out if any(a['contentType'] == 'image/jpeg' for a in m.get('attachments', []))])
seq = ''.join('H' if m['expect'] == 'hold' else 'p' for m in out)
print(seq)
for m in out:
    m.pop('_ext')
if errs: sys.exit(1)
json.dump(out, open('/work/blind22/fresh.json', 'w'), ensure_ascii=False, indent=1)
# mapping for README
with open('/work/blind22/src/id_map.tsv', 'w') as f:
    for m in mails:
        pass
for m, o in zip(mails, out):
    pass
print('written')
