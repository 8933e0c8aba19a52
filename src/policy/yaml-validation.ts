/**
 * Parse YAML with positions kept, validate with zod, and report every problem as file:line key-path.
 * Shared by the policy file and the `policy test` expectation files.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { PolicyError, type PolicyIssue } from './errors.js';

export type KeyPath = readonly (string | number)[];

/** `rules[3].when.findings` */
export function formatKeyPath(path: KeyPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

export interface PositionedYaml {
  /** Plain JS value of the document. */
  value: unknown;
  /** Issue located at the deepest existing node on the path. */
  issueAt(path: KeyPath, message: string): PolicyIssue;
}

/** Parse YAML text; syntax errors throw POLICY_SYNTAX with the line. */
export function parsePositionedYaml(text: string, file: string): PositionedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new PolicyError(
      'POLICY_SYNTAX',
      file,
      doc.errors.map((error) => ({
        line: error.linePos?.[0].line,
        column: error.linePos?.[0].col,
        keyPath: '',
        message: (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, ''),
      })),
    );
  }
  let value: unknown;
  try {
    // Aliases are resolved here: an undefined alias or an alias bomb ("billion laughs") throws.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const aliasLine = /\*\S/.test(text) ? text.split('\n').findIndex((l) => /(^|\s)\*[\w-]/.test(l)) + 1 : 0;
    throw new PolicyError('POLICY_SYNTAX', file, [
      { line: aliasLine > 0 ? aliasLine : undefined, column: undefined, keyPath: '', message: `YAML alias: ${(error as Error).message}` },
    ]);
  }
  return {
    value,
    issueAt(path, message) {
      const offset = offsetOf(doc, path);
      const pos = offset === undefined ? undefined : lineCounter.linePos(offset);
      return { line: pos?.line, column: pos?.col, keyPath: formatKeyPath(path), message };
    },
  };
}

/** Validate the parsed value; every zod issue becomes a located PolicyIssue (POLICY_INVALID). */
export function validatePositioned<S extends z.ZodType>(
  yaml: PositionedYaml,
  schema: S,
  file: string,
): z.output<S> {
  const result = schema.safeParse(yaml.value);
  if (result.success) return result.data;
  const issues = result.error.issues.flatMap((issue) => explainIssue(issue, [])).map(({ path, message }) => yaml.issueAt(path, message));
  throw new PolicyError('POLICY_INVALID', file, issues);
}

type ZodIssue = z.core.$ZodIssue;

/** Flatten an issue; for a failed union, report the alternative the user evidently meant. */
function explainIssue(issue: ZodIssue, prefix: KeyPath): { path: KeyPath; message: string }[] {
  const path = [...prefix, ...issue.path.filter((key): key is string | number => typeof key !== 'symbol')];
  if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) {
    return [{ path: [...path, issue.keys[0] as string], message: `unknown key(s): ${issue.keys.join(', ')}` }];
  }
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const branch = closestBranch(issue.errors, issue.message !== 'Invalid input');
    if (branch) return branch.flatMap((inner) => explainIssue(inner, path));
  }
  return [{ path, message: issue.message }];
}

/**
 * The branch that got furthest into the value (deepest issue path). On a tie at the top level a
 * custom union message wins; otherwise a branch that failed on a value rather than on its type.
 */
function closestBranch(branches: ZodIssue[][], hasCustomMessage: boolean): ZodIssue[] | undefined {
  const depth = (issues: ZodIssue[]) => Math.max(0, ...issues.map((i) => i.path.length));
  const deepest = Math.max(...branches.map(depth));
  const candidates = branches.filter((b) => depth(b) === deepest);
  if (deepest > 0 && candidates.length === 1) return candidates[0];
  if (hasCustomMessage) return undefined;
  return branches.find((b) => b.length > 0 && b.every((i) => i.code !== 'invalid_type'));
}

/** Offset of the node at `path`, or of its deepest existing ancestor (a missing key points at its parent). */
function offsetOf(doc: Document, path: KeyPath): number | undefined {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      offset = rangeStart(pair.value) ?? rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && key < node.items.length) {
      node = node.items[key];
      offset = rangeStart(node) ?? offset;
    } else {
      break;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    return range?.[0];
  }
  return undefined;
}
