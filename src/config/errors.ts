/** A configuration problem a user can act on: which file, which line, which key. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(
    message: string,
    readonly file: string | undefined,
    readonly key: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'ConfigError';
  }

  /** `CONFIG_INVALID at config/gateway.yaml:12 smtp.port: expected number` */
  override toString(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''} ` : '';
    return `${this.code} at ${where}${this.key}: ${this.message}`;
  }
}
