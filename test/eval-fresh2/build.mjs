// Assembles the hand-written parts into fresh.json and checks them. It writes no mail itself.
import { writeFileSync, readdirSync } from 'node:fs';
const dir = new URL('./parts/', import.meta.url);
const files = readdirSync(dir).filter((f) => /^b\d+\.mjs$/.test(f)).sort();
const all = [];
for (const f of files) all.push(...(await import(new URL(f, dir))).default);
function myNumberOk(d) {
  if (d.length !== 12) return false;
  const s = d.slice(0, 11).split('').reverse().map(Number);
  let r = 0; for (let n = 1; n <= 11; n++) r += s[n - 1] * (n <= 6 ? n + 1 : n - 5);
  r %= 11; return Number(d[11]) === (r <= 1 ? 0 : 11 - r);
}
function luhnOk(d) {
  let sum = 0; d.split('').reverse().forEach((c, i) => { let x = Number(c); if (i % 2) { x *= 2; if (x > 9) x -= 9; } sum += x; });
  return d.length >= 13 && sum % 10 === 0;
}
const ids = new Set(); const errs = [];
const order = ['id', 'expect', 'why', 'kind', 'from', 'to', 'cc', 'subject', 'text', 'attachments', 'personal'];
const out = all.map((x) => Object.fromEntries(order.filter((k) => x[k] !== undefined).map((k) => [k, x[k]])));
for (const x of out) {
  if (ids.has(x.id)) errs.push(`dup ${x.id}`); ids.add(x.id);
  if (!['hold', 'pass'].includes(x.expect)) errs.push(`${x.id} expect`);
  if ((x.expect === 'pass') !== x.kind.startsWith('benign.')) errs.push(`${x.id} kind/expect mismatch`);
  const hay = [x.from, ...x.to, ...(x.cc ?? []), x.subject, x.text, ...(x.attachments ?? []).flatMap((a) => [a.filename, a.text ?? ''])].join('\n');
  for (const p of x.personal ?? []) {
    if (!hay.includes(p.value)) errs.push(`${x.id} personal not found: ${p.value}`);
    const d = p.value.replace(/[^0-9]/g, '');
    if (p.type === 'my_number' && !myNumberOk(d)) errs.push(`${x.id} bad My Number check digit: ${p.value}`);
    if (p.type === 'credit_card' && !luhnOk(d)) errs.push(`${x.id} bad Luhn: ${p.value}`);
  }
  if (x.expect === 'hold' && !x.kind.startsWith('ppap.') && !(x.personal ?? []).length) errs.push(`${x.id} hold without personal`);
}
if (errs.length) { console.error(errs.join('\n')); process.exit(1); }
writeFileSync(new URL('./fresh.json', import.meta.url), JSON.stringify(out, null, 2) + '\n');
const c = {}; for (const x of out) c[`${x.expect} ${x.kind}`] = (c[`${x.expect} ${x.kind}`] ?? 0) + 1;
console.log(out.length, 'mails', out.filter((x) => x.expect === 'hold').length, 'hold');
for (const k of Object.keys(c).sort()) console.log(c[k], k);
