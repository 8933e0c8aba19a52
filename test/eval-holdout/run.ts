/** `npx tsx test/eval-holdout/run.ts`: the hold-out evaluation alone, printed (EVALUATION.md untouched). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetector } from '../../src/detect/index.js';
import { evaluateHoldout, loadHoldout, printHoldout, renderHoldout } from '../../src/eval/holdout.js';

const cases = loadHoldout(path.join(path.dirname(fileURLToPath(import.meta.url)), 'holdout.json'));
const detector = await createDetector({ hashKey: 'evaluation' });
const h = cases ? evaluateHoldout(detector, cases) : null;
printHoldout(h);
if (process.argv.includes('--md')) console.log(renderHoldout(h));
