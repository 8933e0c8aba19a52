/** Quick run of the business-mail verdict evaluation alone: `npx tsx test/eval-business/run.ts [id…]`. */
import { fileURLToPath } from 'node:url';
import { createDetector } from '../../src/detect/index.js';
import { evaluateBusiness, loadBusinessCases, printBusiness } from '../../src/eval/business.js';
import { defaultPolicyPath, loadPolicy } from '../../src/policy/index.js';

const cases = loadBusinessCases(fileURLToPath(new URL('./business.json', import.meta.url)));
if (!cases) throw new Error('run generate.ts first');
const only = process.argv.slice(2);
const detector = await createDetector({ hashKey: 'evaluation' });
const policy = await loadPolicy(defaultPolicyPath);
const report = await evaluateBusiness(detector, policy, only.length ? cases.filter((c) => only.includes(c.id)) : cases);
printBusiness(report);
