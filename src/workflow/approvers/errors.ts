/** A problem in the approver routing file a user can act on: which file, line and key. */
export class ApproversError extends Error {
  readonly code = 'APPROVERS_INVALID';
  constructor(
    message: string,
    readonly file: string | undefined,
    readonly key: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'ApproversError';
  }

  /** `APPROVERS_INVALID at policies/approvers.yaml:12 departments.sales.approvers.0: …` */
  override toString(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''} ` : '';
    return `${this.code} at ${where}${this.key}: ${this.message}`;
  }
}
