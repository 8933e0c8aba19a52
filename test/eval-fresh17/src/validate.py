import json, re, collections
D = json.load(open('/work/blind17/fresh.json'))
errs = []
assert len(D) == 100
c = collections.Counter(d['expect'] for d in D); print(c)
ids = [d['id'] for d in D]; assert ids == [f"c{i:03d}" for i in range(1,101)]
def mn_ok(s):
    b, ck = s[:11], int(s[11])
    t = sum(int(b[11-n])*(n+1 if n<=6 else n-5) for n in range(1,12)); r = t%11
    return ck == (0 if r<=1 else 11-r)
def luhn(s):
    s=[int(x) for x in s if x.isdigit()]; t=0
    for i,x in enumerate(reversed(s)):
        if i%2: x*=2; x-=9 if x>9 else 0
        t+=x
    return t%10==0
internal = {'minato-lawoffice.jp','toho-sonsa.co.jp','fuwamoco.co.jp','hokuto-kanri.co.jp','ticketrise.jp'}
def dom(a): return re.search(r'@([\w.-]+)', a).group(1).lower()
eng = 0; ez = 0
for d in D:
    for k in ['expect','kind','why','from','to','subject','text']:
        if k not in d: errs.append((d['id'], 'missing', k))
    hay = d['subject'] + '\n' + d['text'] + '\n' + '\n'.join(a.get('text','') for a in d.get('attachments',[]))
    for p in d.get('personal', []):
        if p['value'] not in hay: errs.append((d['id'], 'not substring', p['value']))
        if p['type']=='mynumber' and not mn_ok(p['value']): errs.append((d['id'],'bad mynumber',p['value']))
        if p['type']=='card' and not luhn(p['value']): errs.append((d['id'],'bad luhn',p['value']))
    for a in d.get('attachments', []):
        if a.get('encrypted'): ez += 1
        if a['contentType']=='image/jpeg' and 'text' in a: errs.append((d['id'],'img text'))
    # 12 digit strings in holds that look like my number
    for m in re.findall(r'(?<!\d)\d{12}(?!\d)', hay):
        if mn_ok(m): print('  12-digit valid-checkdigit number in', d['id'], d['expect'], m)
    if d['expect']=='hold' and not d.get('personal') and not any(a.get('encrypted') for a in d.get('attachments',[])) and d['kind']!='recipients.many':
        errs.append((d['id'],'hold without personal'))
    ext = [a for a in d['to']+d.get('cc',[]) if dom(a) not in internal]
    if len(ext) > 10: print('  >10 external visible:', d['id'], d['expect'], len(ext))
    fromdom = dom(d['from'])
    if fromdom not in internal: errs.append((d['id'],'from not internal'))
    ja = len(re.findall(r'[\u3040-\u30ff\u4e00-\u9fff]', d['text']))
    if ja < 20: eng += 1
print('english-ish (few JA chars in body):', eng, ' encrypted zips:', ez)
print('kinds:', collections.Counter(d['kind'] for d in D))
print('ERRORS', errs)
