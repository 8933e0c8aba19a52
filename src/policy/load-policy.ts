/** File I/O around parsePolicyText: read the policy and the free-mail dictionary. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PolicyError } from './errors.js';
import type { LoadedPolicy } from './loaded-policy.js';
import { compilePolicy } from './compile-policy.js';
import { prebuiltFreemailDomains, prebuiltPolicy } from './prebuilt.js';

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
  // A shipped policy, unchanged, as the build validated it; anything else parsed and validated
  // here (the YAML parser and the schema are loaded only then).
  const prebuilt = prebuiltPolicy(text);
  if (prebuilt) return compilePolicy(prebuilt, text, { file: path, builtinFreemail });
  const { parsePolicyText } = await import('./parse-policy.js');
  return parsePolicyText(text, { file: path, builtinFreemail });
}

export async function loadFreemailDictionary(dictionariesDir: string): Promise<string[]> {
  const file = join(dictionariesDir, 'freemail.yaml');
  const text = await readTextFile(file);
  const prebuilt = prebuiltFreemailDomains(text);
  if (prebuilt) return prebuilt;
  return validateFreemailDictionary(text, file);
}

/** freemail.yaml's domains, validated (throws PolicyError with file:line). */
export async function validateFreemailDictionary(text: string, file: string): Promise<string[]> {
  const [{ freemailDictionarySchema }, { parsePositionedYaml, validatePositioned }] = await Promise.all([import('./schema.js'), import('./yaml-validation.js')]);
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
