/**
 * The shipped person-name labeller: hashed features (features.ts) × averaged-perceptron weights
 * (models/person-names/, trained by scripts/train-name-model.ts), decoded per sentence.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Token } from '../tokenizer.js';
import { decodeWithMargins, LABELS, type ChainWeights } from './decode.js';
import { emissionSums, extractFeaturesScratch, FEATURE_BITS, FEATURE_DIM, FEATURE_VERSION, TokenSums, type FeatureMatrix } from './features.js';
import { readPrebuiltNameWeights } from './prebuilt.js';

/**
 * Margin thresholds from calibration: below `low` a name is not reported, from `medium` it is
 * medium. `high` (precision ≥ 0.95 on real prose) is recorded for information: high confidence
 * needs a label, a name column or a full name with an honorific (hits.ts).
 */
export interface MarginThresholds {
  low: number;
  medium: number;
  high: number;
}

export interface NameModelMeta {
  featureVersion: number;
  featureBits: number;
  /** Weights are stored as int16; real weight = stored × scale. */
  scale: number;
  start: number[];
  transition: number[];
  thresholds: MarginThresholds;
  training: Record<string, unknown>;
}

export interface NameModel {
  /** Per feature bucket, LABELS weights; real weight = stored × `scale`. */
  weights: Float32Array | Int16Array;
  scale: number;
  chain: ChainWeights;
  thresholds: MarginThresholds;
}

export interface ModelSpan {
  /** Token indices (inclusive). */
  first: number;
  last: number;
  margin: number;
}

export function defaultModelDir(): string {
  // src/detect/name-model/ and dist/detect/name-model/ both sit three levels below the project root.
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../models/person-names');
}

export function modelFromArrays(weights: Float32Array | Int16Array, start: ArrayLike<number>, transition: ArrayLike<number>, thresholds: MarginThresholds, scale = 1): NameModel {
  return { weights, scale, chain: { start: Float32Array.from(start), transition: Float32Array.from(transition) }, thresholds };
}

export interface LoadNameModelOptions {
  /** Weights in a SharedArrayBuffer (to post to worker threads without a copy). */
  shared?: boolean;
}

export function loadNameModel(dir = defaultModelDir(), options: LoadNameModelOptions = {}): NameModel {
  const length = FEATURE_DIM * LABELS;
  let meta: NameModelMeta;
  let gz: Buffer;
  try {
    meta = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8')) as NameModelMeta;
    gz = readFileSync(path.join(dir, 'weights.bin.gz'));
  } catch (err) {
    throw new Error(`NAME_MODEL_LOAD_FAILED at ${dir}: ${(err as Error).message} (run npx tsx scripts/train-name-model.ts)`);
  }
  const stale = () => new Error(`NAME_MODEL_STALE at ${dir}: weights do not match the feature set (version ${meta.featureVersion}, expected ${FEATURE_VERSION}); retrain`);
  if (meta.featureVersion !== FEATURE_VERSION || meta.featureBits !== FEATURE_BITS) throw stale();
  // Kept as int16 (half the memory of float32, and fewer cache misses when summing); read as
  // `npm run build` inflated them when it did, else inflated and converted here.
  let weights = readPrebuiltNameWeights(gz, length, options.shared === true);
  if (!weights) {
    let raw: Buffer;
    try {
      raw = gunzipSync(gz);
    } catch (err) {
      throw new Error(`NAME_MODEL_LOAD_FAILED at ${dir}: ${(err as Error).message} (run npx tsx scripts/train-name-model.ts)`);
    }
    if (raw.length !== length * 2) throw stale();
    weights = new Int16Array(options.shared ? new SharedArrayBuffer(length * 2) : new ArrayBuffer(length * 2));
    for (let i = 0; i < weights.length; i++) weights[i] = raw.readInt16LE(i * 2);
  }
  return modelFromArrays(weights, meta.start, meta.transition, meta.thresholds, meta.scale);
}

let shared: NameModel | undefined;

/** The shipped model, read once per process (each scan worker holds one copy, ~10 MB). */
export function sharedNameModel(): NameModel {
  shared ??= loadNameModel();
  return shared;
}

/** Per-token label scores from hashed features. */
export function emissions(model: NameModel, features: FeatureMatrix, n: number): Float32Array {
  const out = new Float32Array(n * LABELS);
  const w = model.weights;
  const scale = model.scale;
  const { index, offsets } = features;
  for (let i = 0; i < n; i++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const base = index[k]! * LABELS;
      s0 += w[base]!;
      s1 += w[base + 1]!;
      s2 += w[base + 2]!;
      s3 += w[base + 3]!;
      s4 += w[base + 4]!;
    }
    const o = i * LABELS;
    out[o] = s0 * scale;
    out[o + 1] = s1 * scale;
    out[o + 2] = s2 * scale;
    out[o + 3] = s3 * scale;
    out[o + 4] = s4 * scale;
  }
  return out;
}

const tokenSums = new WeakMap<NameModel, TokenSums>();

/**
 * Per-token label scores of a token sequence, as emissions() over its features gives them: for
 * integer weights (the shipped model) through the per-token sums of TokenSums, which hashes and
 * looks up only the features that combine several tokens; else over the feature matrix.
 */
export function tokenEmissions(model: NameModel, tokens: readonly Token[]): Float32Array {
  const n = tokens.length;
  if (model.weights instanceof Int16Array) {
    let cache = tokenSums.get(model);
    if (!cache) tokenSums.set(model, (cache = new TokenSums(model.weights)));
    const sums = emissionSums(tokens, cache);
    if (sums) {
      const out = new Float32Array(n * LABELS);
      const scale = model.scale;
      for (let j = 0; j < n * LABELS; j++) out[j] = sums[j]! * scale;
      return out;
    }
  }
  return emissions(model, extractFeaturesScratch(tokens), n);
}

/**
 * Names in a token sequence (one unit of text), each with its margin; from the given features
 * (training, which keeps them) or the tokens.
 */
export function labelNames(model: NameModel, tokens: readonly Token[], features?: FeatureMatrix): ModelSpan[] {
  if (tokens.length === 0) return [];
  const scores = features ? emissions(model, features, tokens.length) : tokenEmissions(model, tokens);
  return decodeWithMargins(scores, tokens.length, model.chain);
}
