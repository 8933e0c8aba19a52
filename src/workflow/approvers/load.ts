import { readFile } from 'node:fs/promises';
import { LineCounter, isNode, parseDocument } from 'yaml';
import { approversSchema, type ApproversFile } from './schema.js';
import { ApproversError } from './errors.js';

/** No file: nobody is routed, every hold goes to the fallback (admins) and the admin is told. */
export const emptyApprovers: ApproversFile = approversSchema.parse({ version: 1 });

/** Parse and validate approver routing; errors name the file, line and key. */
export function parseApprovers(text: string, file?: string): ApproversFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new ApproversError(`YAML syntax error: ${e.message.split('\n')[0]}`, file, '(syntax)', lineCounter.linePos(e.pos[0]).line);
  }
  const lineOf = (path: Array<string | number>): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const parsed = approversSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    let path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    if (issue.code === 'unrecognized_keys') path = [...path, ...issue.keys];
    throw new ApproversError(issue.message, file, path.join('.') || '(root)', lineOf(path));
  }
  const data = parsed.data;
  // Cross references a schema cannot check.
  data.routes.forEach((route, i) =>
    route.senders.forEach((s, j) => {
      const dept = /^department:(.+)$/.exec(s)?.[1];
      if (dept !== undefined && !data.departments[dept]) {
        throw new ApproversError(`unknown department "${dept}"`, file, `routes.${i}.senders.${j}`, lineOf(['routes', i, 'senders', j]));
      }
    }),
  );
  data.absences.forEach((a, i) => {
    if (a.from > a.to) throw new ApproversError(`"from" (${a.from}) is after "to" (${a.to})`, file, `absences.${i}`, lineOf(['absences', i]));
  });
  for (const [id, person] of Object.entries(data.people)) {
    if (person.department && !data.departments[person.department]) {
      throw new ApproversError(`unknown department "${person.department}"`, file, `people.${id}.department`, lineOf(['people', id, 'department']));
    }
  }
  return data;
}

/** Read the routing file; a missing file means "no routing" (everything to the fallback). */
export async function loadApprovers(file: string): Promise<{ approvers: ApproversFile; missing: boolean }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { approvers: emptyApprovers, missing: true };
    throw new ApproversError(`cannot read: ${(err as Error).message}`, file, '(file)');
  }
  return { approvers: parseApprovers(text, file), missing: false };
}
