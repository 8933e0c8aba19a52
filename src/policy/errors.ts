/** Typed errors of the policy stage. The message alone tells a user where to look and what to fix. */

export type PolicyErrorCode =
  /** The file could not be read (missing, permissions). */
  | 'POLICY_UNREADABLE'
  /** The file is not valid YAML. */
  | 'POLICY_SYNTAX'
  /** Valid YAML that breaks the policy schema or refers to something undefined. */
  | 'POLICY_INVALID';

export interface PolicyIssue {
  /** Line in the file (1-based), when known. */
  line?: number;
  column?: number;
  /** Key path such as `rules[3].when.findings.category`; empty for the whole document. */
  keyPath: string;
  message: string;
}

export class PolicyError extends Error {
  readonly code: PolicyErrorCode;
  readonly file: string;
  readonly issues: PolicyIssue[];

  constructor(code: PolicyErrorCode, file: string, issues: PolicyIssue[]) {
    super(formatPolicyError(code, file, issues));
    this.name = 'PolicyError';
    this.code = code;
    this.file = file;
    this.issues = issues;
  }

  /** First issue's line, for callers that show one location. */
  get line(): number | undefined {
    return this.issues[0]?.line;
  }

  get keyPath(): string | undefined {
    return this.issues[0]?.keyPath;
  }
}

/** `POLICY_INVALID at policies/default.yaml:12 rules[3].when.category: message` — one line per issue. */
export function formatPolicyIssue(code: PolicyErrorCode, file: string, issue: PolicyIssue): string {
  const where = issue.line === undefined ? file : `${file}:${issue.line}`;
  const key = issue.keyPath ? ` ${issue.keyPath}` : '';
  return `${code} at ${where}${key}: ${issue.message}`;
}

function formatPolicyError(code: PolicyErrorCode, file: string, issues: PolicyIssue[]): string {
  if (issues.length === 0) return `${code} at ${file}`;
  return issues.map((issue) => formatPolicyIssue(code, file, issue)).join('\n');
}
