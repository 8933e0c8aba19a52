/** A problem in a YAML file a user can act on: which file, which line, which key. */
export class FileProblem extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly file: string | undefined,
    readonly key: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'FileProblem';
  }

  /** `CONFIG_INVALID at config/gateway.yaml:12 smtp.port: expected number` */
  override toString(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''} ` : '';
    return `${this.code} at ${where}${this.key}: ${this.message}`;
  }
}

/** The gateway configuration is invalid (exit code 2). */
export class ConfigError extends FileProblem {
  constructor(message: string, file: string | undefined, key: string, line?: number) {
    super('CONFIG_INVALID', message, file, key, line);
    this.name = 'ConfigError';
  }
}
