import { loadTokenizer } from '/work/wt-i16/src/detect/tokenizer.js';
import { labelNames, sharedNameModel } from '/work/wt-i16/src/detect/name-model/model.js';
const tok = await loadTokenizer();
for (const s of process.argv.slice(2)) {
  const t = tok(s);
  console.log(s, labelNames(sharedNameModel(), t).map((x) => `${t.slice(x.first, x.last + 1).map((y) => y.surface).join('|')}:${x.margin.toFixed(1)}`).join(' '), '//', t.map((y) => y.surface).join('|'));
}
