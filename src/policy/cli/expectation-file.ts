/**
 * Expectation files of `policy test`: `NAME.eml` beside `NAME.expect.yaml`:
 *
 *   description: 外部宛先へのマイナンバー / My Number to a customer
 *   envelope: { mailFrom: a@example.co.jp, rcptTo: [b@customer.example.com] }  # default: headers
 *   knownDomains: [customer.example.com]                                        # default: none
 *   expect:
 *     verdict: hold
 *     stages: [selfCheck, approval]     # exact, optional
 *     rules: [external-my-number]       # must all match, optional
 *     notRules: [external-third-person-contact] # must not match, optional
 *     tags: [my-number]                 # must all be present, optional
 */
import { z } from 'zod';
import { readTextFile } from '../load-policy.js';
import { parsePositionedYaml, validatePositioned } from '../yaml-validation.js';

const list = z.array(z.string().min(1));

export const expectationSchema = z.strictObject({
  description: z.string().optional(),
  envelope: z.strictObject({ mailFrom: z.string().optional(), rcptTo: list.min(1).optional() }).optional(),
  knownDomains: list.optional(),
  expect: z.strictObject({
    verdict: z.enum(['pass', 'hold', 'reject']),
    stages: z.array(z.enum(['selfCheck', 'approval'])).optional(),
    rules: list.optional(),
    notRules: list.optional(),
    tags: list.optional(),
  }),
});

export type Expectation = z.infer<typeof expectationSchema>;

/** Throws PolicyError (file:line key) when the file is missing or malformed. */
export async function readExpectation(path: string): Promise<Expectation> {
  const text = await readTextFile(path);
  return validatePositioned(parsePositionedYaml(text, path), expectationSchema, path);
}
