/**
 * Build-time start-up work (`npm run build` runs it after tsc): writes the binary forms that
 * start-up then loads without parsing. Run on every build, so a fresh clone after `npm ci`
 * (which runs `prepare`) has them; dist/ is never committed.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultDictionariesDir } from '../detect/index.js';
import { interpretDictionaryFile } from '../detect/dictionary.js';
import { encodeDictionaryCache, prebuiltDictionaryCachePath, sourceHash, type CachedDictionaryFile } from '../detect/dictionary-cache.js';
import { compileIpadicWithLines, kuromojiDictionaryDir, sourceFingerprint } from '../detect/ipadic/compile.js';
import { encodeIpadic } from '../detect/ipadic/layout.js';
import { prebuiltIpadicPath } from '../detect/ipadic/load.js';
import { freemailDomainsOf } from '../detect/freemail.js';
import { encodeRomajiNames, prebuiltRomajiNamesPath, romajiNamesOf } from '../detect/romaji-names.js';
import { defaultModelDir } from '../detect/name-model/model.js';
import { encodePrebuiltNameWeights, prebuiltNameWeightsPath } from '../detect/name-model/prebuilt.js';
import { gunzipSync } from 'node:zlib';
import { validatePolicyText } from '../policy/parse-policy.js';
import { validateFreemailDictionary } from '../policy/load-policy.js';
import { encodePrebuiltPolicies, policyTextHash, prebuiltPoliciesPath, type PrebuiltPolicyFile } from '../policy/prebuilt.js';

function writeAtomically(file: string, bytes: Uint8Array | string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

const started = performance.now();
const dicDir = kuromojiDictionaryDir();
const { arrays: ipadicArrays, knownLines } = compileIpadicWithLines(dicDir);
const ipadic = encodeIpadic(ipadicArrays, sourceFingerprint(dicDir));
writeAtomically(prebuiltIpadicPath(), ipadic);
// Japanese names in Latin letters (romaji-names.ts), read from the same dictionary.
writeAtomically(prebuiltRomajiNamesPath(), encodeRomajiNames(romajiNamesOf(knownLines())));

// The shipped term dictionaries, validated now so that workers start without YAML and schema.
// A file that does not validate is left out: at run time it is read in full and reported.
const dictionaries = new Map<string, CachedDictionaryFile>();
const dictionariesDir = defaultDictionariesDir();
for (const entry of readdirSync(dictionariesDir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.ya?ml$/i.test(entry.name)) continue;
  const file = path.join(entry.parentPath, entry.name);
  const source = readFileSync(file, 'utf8');
  const rel = path.relative(path.dirname(dictionariesDir), file).split(path.sep).join('/');
  try {
    const data = await interpretDictionaryFile(source, rel, false);
    const freemail = entry.name === 'freemail.yaml' ? { freemailDomains: await freemailDomainsOf(source) } : {};
    dictionaries.set(sourceHash(source), data ? { kind: 'terms', data } : { kind: 'other', ...freemail });
  } catch (err) {
    process.stderr.write(`prebuild: ${(err as Error).message}\n`);
  }
}
writeAtomically(prebuiltDictionaryCachePath(), encodeDictionaryCache(dictionaries));

// The shipped policies and the free-mail list as the policy validates them: a cold `scan` or
// `policy test` compiles them without the YAML parser and the schema. A file that does not
// validate (approvers.yaml is not a policy) is left out and read in full when used.
const policies = new Map<string, PrebuiltPolicyFile>();
const policiesDir = path.join(path.dirname(dictionariesDir), 'policies');
for (const name of readdirSync(policiesDir).filter((n) => /\.ya?ml$/i.test(n))) {
  const text = readFileSync(path.join(policiesDir, name), 'utf8');
  try {
    policies.set(policyTextHash(text), { kind: 'policy', raw: validatePolicyText(text, name) });
  } catch {
    // not a valid policy: parsed (and reported) when someone loads it
  }
}
const freemailText = readFileSync(path.join(dictionariesDir, 'freemail.yaml'), 'utf8');
policies.set(policyTextHash(freemailText), { kind: 'freemail', domains: await validateFreemailDictionary(freemailText, 'freemail.yaml') });
writeAtomically(prebuiltPoliciesPath(), encodePrebuiltPolicies(policies));

// The person-name weights inflated (start-up reads them without gunzip and conversion). Checked
// against the feature set when loaded, as the .gz is.
const nameWeightsGz = readFileSync(path.join(defaultModelDir(), 'weights.bin.gz'));
writeAtomically(prebuiltNameWeightsPath(), encodePrebuiltNameWeights(nameWeightsGz, gunzipSync(nameWeightsGz)));
process.stdout.write(
  `prebuild: ${path.relative(process.cwd(), prebuiltIpadicPath())} (${(ipadic.length / 1048576).toFixed(1)} MiB), ${dictionaries.size} term dictionary files, ${policies.size - 1} policies, name weights in ${Math.round(performance.now() - started)} ms\n`,
);
