// Assembles the hand-written parts into fresh.json and checks them. It writes no mail itself.
import { writeFileSync, readdirSync } from 'node:fs';
const dir = new URL('./parts/', import.meta.url);
const files = readdirSync(dir).filter((f) => /^b\d+\.mjs$/.test(f)).sort();
const all = [];
for (const f of files) all.push(...(await import(new URL(f, dir))).default);
const ids = new Set(); const errs = [];
const order = ['id', 'expect', 'why', 'kind', 'from', 'to', 'cc', 'subject', 'text', 'attachments', 'personal'];
const out = all.map((x) => Object.fromEntries(order.filter((k) => x[k] !== undefined).map((k) => [k, x[k]])));
for (const x of out) {
  if (ids.has(x.id)) errs.push(`dup ${x.id}`); ids.add(x.id);
  if (!['hold', 'pass'].includes(x.expect)) errs.push(`${x.id} expect`);
  if ((x.expect === 'pass') !== x.kind.startsWith('benign.')) errs.push(`${x.id} kind/expect mismatch`);
  const hay = [x.from, ...x.to, ...(x.cc ?? []), x.subject, x.text, ...(x.attachments ?? []).flatMap((a) => [a.filename, a.text ?? ''])].join('\n');
  for (const p of x.personal ?? []) if (!hay.includes(p.value)) errs.push(`${x.id} personal not found: ${p.value}`);
}
if (errs.length) { console.error(errs.join('\n')); process.exit(1); }
writeFileSync(new URL('./fresh.json', import.meta.url), JSON.stringify(out, null, 2) + '\n');
const c = {}; for (const x of out) c[`${x.expect} ${x.kind}`] = (c[`${x.expect} ${x.kind}`] ?? 0) + 1;
console.log(out.length, 'mails', out.filter((x) => x.expect === 'hold').length, 'hold');
for (const k of Object.keys(c).sort()) console.log(c[k], k);
