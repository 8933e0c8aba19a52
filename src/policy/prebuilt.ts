/**
 * Policy files as `npm run build` validated them (dist/prebuilt/policies.json): the schema's output
 * for every shipped policy and the domains of the shipped freemail.yaml, keyed by the SHA-256 of
 * the file's text. A file whose text is unchanged compiles from here without the YAML parser and
 * the schema (about a third of a cold `dlp-gateway scan`); any other text is parsed and validated
 * in full, with its errors. Used only when running the built code, so a schema changed in the
 * sources is never answered from an older build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeKeyedFile, keyedFileReader, textHash } from '../prebuild/keyed-file.js';
import type { PolicyFileRaw } from './schema.js';

export type PrebuiltPolicyFile = { kind: 'policy'; raw: PolicyFileRaw } | { kind: 'freemail'; domains: string[] };

const here = fileURLToPath(import.meta.url);

/** src/policy/ and dist/policy/ both sit two levels below the project root. */
export function prebuiltPoliciesPath(): string {
  return path.resolve(path.dirname(here), '../../dist/prebuilt/policies.json');
}

export const policyTextHash = textHash;

const load = keyedFileReader<PrebuiltPolicyFile>(prebuiltPoliciesPath, here.endsWith('.js'));

/** The validated policy whose file has exactly this text, when the build validated it. */
export function prebuiltPolicy(text: string): PolicyFileRaw | undefined {
  const entry = load().get(policyTextHash(text));
  return entry?.kind === 'policy' ? entry.raw : undefined;
}

/** The validated domains of a freemail dictionary with exactly this text, when the build validated it. */
export function prebuiltFreemailDomains(text: string): string[] | undefined {
  const entry = load().get(policyTextHash(text));
  return entry?.kind === 'freemail' ? entry.domains : undefined;
}

export function encodePrebuiltPolicies(files: Map<string, PrebuiltPolicyFile>): string {
  return encodeKeyedFile(files);
}
