/** File I/O around parsePolicyText: read the policy and the free-mail dictionary. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PolicyError } from './errors.js';
import type { LoadedPolicy } from './loaded-policy.js';
import { parsePolicyText } from './parse-policy.js';
import { freemailDictionarySchema } from './schema.js';
import { parsePositionedYaml, validatePositioned } from './yaml-validation.js';

/** `dictionaries/` of this package (src/policy and dist/policy are both two levels below the root). */
export const defaultDictionariesDir = fileURLToPath(new URL('../../dictionaries/', import.meta.url));

/** `policies/default.yaml` of this package. */
export const defaultPolicyPath = fileURLToPath(new URL('../../policies/default.yaml', import.meta.url));

export interface LoadPolicyOptions {
  dictionariesDir?: string;
}

export async function loadPolicy(path: string, options: LoadPolicyOptions = {}): Promise<LoadedPolicy> {
  const text = await readTextFile(path);
  const builtinFreemail = await loadFreemailDictionary(options.dictionariesDir ?? defaultDictionariesDir);
  return parsePolicyText(text, { file: path, builtinFreemail });
}

export async function loadFreemailDictionary(dictionariesDir: string): Promise<string[]> {
  const file = join(dictionariesDir, 'freemail.yaml');
  const text = await readTextFile(file);
  return validatePositioned(parsePositionedYaml(text, file), freemailDictionarySchema, file).domains;
}

export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new PolicyError('POLICY_UNREADABLE', path, [{ keyPath: '', message: `cannot read file (${reason})` }]);
  }
}
