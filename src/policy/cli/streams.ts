/** Output seams of the policy commands: process.stdout/stderr in the CLI, buffers in tests. */
export interface CliStreams {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
