/** Errors extractors throw, and how any error becomes a reported problem (never a crash). */
import { LimitExceeded } from './limits.js';
import type { ExtractionSink } from './sink.js';

/** The content is password-protected / encrypted. */
export class EncryptedContent extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'EncryptedContent';
  }
}

/** The content is damaged or is not what it claims to be. */
export class CorruptContent extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'CorruptContent';
  }
}

/** A program the extractor needs is not installed: a deployment fault, reported as internal_error. */
export class MissingTool extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'MissingTool';
  }
}

function message(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

/** Records an error thrown while reading a part at `location`. */
export function reportError(sink: ExtractionSink, location: string, err: unknown, type?: string): void {
  if (err instanceof LimitExceeded) return sink.problem(location, err.reason, err.message, type);
  if (err instanceof EncryptedContent) return sink.problem(location, 'encrypted', err.message, type);
  if (err instanceof CorruptContent) return sink.problem(location, 'corrupt', err.message, type);
  if (err instanceof MissingTool) return sink.problem(location, 'internal_error', err.message, type);
  // Bugs in our own code surface as internal errors; anything a parser library throws means bad input.
  if (err instanceof TypeError || err instanceof ReferenceError) {
    return sink.problem(location, 'internal_error', `extractor failed: ${message(err)}`, type);
  }
  return sink.problem(location, 'corrupt', `could not be parsed: ${message(err)}`, type);
}
