/**
 * Rewrites JavaScript source so that every character is in Latin-1, without changing what the
 * code does. V8 keeps a script's source in memory as long as its functions may be compiled
 * lazily, and a source with a single character above U+00FF is stored two bytes per
 * character: the bundled MIME chunk (1 MB, 111 such characters, in comments and regular
 * expressions) then takes 2 MiB in every thread that loads it. esbuild's ASCII output escapes
 * strings and identifiers but leaves comments and regular-expression literals as written.
 *
 * A character above U+00FF becomes `\uXXXX` (each UTF-16 unit; a surrogate pair stays one code
 * point in a `u`/`v` expression, as the grammar reads an escaped pair). That spelling means the
 * same character in a string, a regular expression (in a class too) and an identifier, and is
 * inert in a comment; an untagged template's value is the same too. An identity escape of it
 * (`\あ` in a string, a template or a non-Unicode expression, which means `あ`) becomes that
 * escape alone. Tagged templates are left as written (the tag sees the raw text); `templates`
 * counts the characters kept there.
 */
import type TS from 'typescript';

export interface OneByteResult {
  text: string;
  /** Characters above U+00FF that were replaced. */
  escaped: number;
  /** Characters above U+00FF inside tagged templates, left as they are. */
  templates: number;
}

const wide = /[^\x00-\xff]/g;

export function toOneByteSource(source: string, ts: typeof TS, fileName = 'bundle.js'): OneByteResult {
  // Parsed only once a wide character turns up: most chunks have none.
  let keep: Array<[number, number]> | undefined;
  let escaped = 0;
  let templates = 0;
  let span = 0;
  let out = '';
  let from = 0;
  for (const m of source.matchAll(wide)) {
    const at = m.index;
    keep ??= templateSpans(source, ts, fileName);
    while (span < keep.length && keep[span]![1] <= at) span++;
    if (span < keep.length && keep[span]![0] <= at) {
      templates++;
      continue;
    }
    escaped++;
    // An odd run of backslashes before it: the last one is an identity escape of this character.
    let run = 0;
    while (at - run - 1 >= from && source.charCodeAt(at - run - 1) === 0x5c) run++;
    out += source.slice(from, run % 2 === 1 ? at - 1 : at) + unicodeEscape(m[0]);
    from = at + 1;
  }
  return { text: out + source.slice(from), escaped, templates };
}

function unicodeEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** [start, end) of every tagged template (its raw text is observable), sorted. */
function templateSpans(source: string, ts: typeof TS, fileName: string): Array<[number, number]> {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const spans: Array<[number, number]> = [];
  const visit = (node: TS.Node): void => {
    if (ts.isTaggedTemplateExpression(node)) spans.push([node.template.getStart(file), node.template.getEnd()]);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return spans.sort((a, b) => a[0] - b[0]);
}
