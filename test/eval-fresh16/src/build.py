import json, random, re, sys
sys.path.insert(0, '.')
import norvance, npo, dental, sports, staffing

ALL = norvance.MAILS + npo.MAILS + dental.MAILS + sports.MAILS + staffing.MAILS
INTERNAL = {"norvance.co.jp","minato-tabunka.org","fujishiro-dl.co.jp","kawakita-jfc.jp","asiacarebridge.co.jp"}

def mn_ok(s):
    d = re.sub(r'\D','',s)
    if len(d)!=12: return False
    tot=0
    for n in range(1,12):
        p=int(d[11-n]); q=n+1 if n<=6 else n-5
        tot+=p*q
    r=tot%11
    return int(d[11])==(0 if r<=1 else 11-r)

def luhn(s):
    d=re.sub(r'\D','',s); t=0
    for i,c in enumerate(reversed(d)):
        x=int(c)
        if i%2: x*=2; x = x-9 if x>9 else x
        t+=x
    return t%10==0

rng = random.Random(16016)
order = list(range(len(ALL)))
# shuffle until max run of same label <= 3
while True:
    rng.shuffle(order)
    labels=[ALL[i]['expect'] for i in order]
    run=mx=1
    for a,b in zip(labels,labels[1:]):
        run = run+1 if a==b else 1; mx=max(mx,run)
    if mx<=3 and labels[0]!=labels[1]: break

out=[]; errs=[]
for n,i in enumerate(order,1):
    m=dict(ALL[i]); key=m.pop('key')
    rec={"id":f"b{n:03d}","expect":m['expect'],"kind":m['kind'],"why":m['why'],"from":m['frm'],"to":m['to']}
    for k in ('cc','bcc'):
        if k in m: rec[k]=m[k]
    rec['subject']=m['subject']; rec['text']=m['text']
    if 'attachments' in m: rec['attachments']=m['attachments']
    if 'personal' in m: rec['personal']=m['personal']
    # checks
    hay=[rec['subject'],rec['text']]+[a.get('text','') for a in rec.get('attachments',[])]
    for p in rec.get('personal',[]):
        if not any(p['value'] in h for h in hay): errs.append((key,'not substring',p['value']))
        if p['type']=='mynumber' and not mn_ok(p['value']): errs.append((key,'bad mynumber',p['value']))
        if p['type']=='card' and not luhn(p['value']): errs.append((key,'bad luhn',p['value']))
    if rec['expect']=='hold' and not rec.get('personal') and rec['kind'] not in ('recipients.many_external','ppap.encrypted_zip'):
        errs.append((key,'hold without personal'))
    if rec['expect']=='pass':
        for h in hay:
            for mm in re.finditer(r'(?<!\d)(\d{4}[ -]?\d{4}[ -]?\d{4})(?!\d)',h):
                if mn_ok(mm.group(1)): errs.append((key,'valid-looking mynumber in pass',mm.group(1)))
        if rec.get('personal'): errs.append((key,'pass with personal'))
    ext=[a for a in rec['to']+rec.get('cc',[]) if re.search(r'@([\w.-]+)',a).group(1) not in INTERNAL]
    if rec['expect']=='pass' and len(ext)>10: errs.append((key,'pass with >10 external visible'))
    if rec['kind']=='recipients.many_external' and len(ext)<=10: errs.append((key,'many_external too few'))
    if re.search(r'@([\w.-]+)',rec['from']).group(1) not in INTERNAL: errs.append((key,'from not internal'))
    for a in rec.get('attachments',[]):
        if a.get('encrypted') and rec['expect']!='hold': errs.append((key,'encrypted in pass'))
    rec['_key']=key
    out.append(rec)

from collections import Counter
print('total',len(out),Counter(r['expect'] for r in out))
print('errors',errs)
print(''.join('H' if r['expect']=='hold' else 'p' for r in out))
keys={r['id']:r.pop('_key') for r in out}
json.dump(out,open('../fresh.json','w'),ensure_ascii=False,indent=2)
json.dump(keys,open('keymap.json','w'),ensure_ascii=False,indent=1)
kinds=Counter((r['expect'],r['kind']) for r in out)
for (e,k),c in sorted(kinds.items()): print(e,k,c)
