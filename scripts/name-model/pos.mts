import { loadTokenizer } from '/work/wt-i16/src/detect/tokenizer.js';
const tok = await loadTokenizer();
for (const s of process.argv.slice(2)) console.log(tok(s).map((t) => `${t.surface}/${t.pos},${t.pos1},${t.pos2},${t.pos3}${t.unknown ? '?' : ''}`).join(' '));
