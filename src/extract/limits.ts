import { defaultExtractionLimits, type ExtractionLimits, type ProblemReason } from './types.js';

/** A limit was hit while reading; the part is reported as uninspectable with this reason. */
export class LimitExceeded extends Error {
  constructor(
    readonly reason: Extract<ProblemReason, `limit_${string}`>,
    detail: string,
  ) {
    super(detail);
    this.name = 'LimitExceeded';
  }
}

/**
 * Below this size a high compression ratio is normal (short, repetitive XML or text);
 * the ratio limit applies only to entries that inflate past it.
 */
export const ratioCheckFloorBytes = 1024 * 1024;

/** Merges caller limits over the defaults, ignoring values that are not positive numbers. */
export function resolveLimits(partial?: Partial<ExtractionLimits>): ExtractionLimits {
  const limits: ExtractionLimits = { ...defaultExtractionLimits };
  if (!partial) return limits;
  for (const key of Object.keys(limits) as (keyof ExtractionLimits)[]) {
    const value = partial[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) limits[key] = value;
  }
  return limits;
}

/**
 * Shared budget of one message: wall-clock deadline and the total bytes inflated from archives.
 * Checked cooperatively between parts, archive entries, sheets and pages.
 */
export class MessageBudget {
  readonly messageDeadline: number;
  private inflatedBytes = 0;

  constructor(
    readonly limits: ExtractionLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.messageDeadline = now() + limits.messageTimeMs;
  }

  /** A deadline for one part: its own time budget, never past the message's. */
  partDeadline(): Deadline {
    const start = this.now();
    const partEnd = start + this.limits.partTimeMs;
    return partEnd < this.messageDeadline
      ? new Deadline(partEnd, 'part', this.limits.partTimeMs, this.now)
      : new Deadline(this.messageDeadline, 'message', this.limits.messageTimeMs, this.now);
  }

  messageExpired(): boolean {
    return this.now() >= this.messageDeadline;
  }

  /** Counts bytes inflated from an archive against the message total; throws past the limit. */
  addInflated(bytes: number): void {
    this.inflatedBytes += bytes;
    if (this.inflatedBytes > this.limits.maxTotalUncompressedBytes) {
      throw new LimitExceeded(
        'limit_size',
        `total uncompressed size exceeds ${this.limits.maxTotalUncompressedBytes} bytes`,
      );
    }
  }

  get totalInflated(): number {
    return this.inflatedBytes;
  }
}

export class Deadline {
  constructor(
    readonly at: number,
    private readonly scope: 'part' | 'message',
    private readonly budgetMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  expired(): boolean {
    return this.now() >= this.at;
  }

  /** Throws LimitExceeded('limit_time') once the deadline has passed. */
  check(): void {
    if (this.expired()) {
      throw new LimitExceeded('limit_time', `${this.scope} time budget of ${this.budgetMs} ms exhausted`);
    }
  }
}

/**
 * Counts one chunk of a stream whose size was never declared (gzip, xz, bzip2): `total` bytes
 * out so far from `compressedBytes` in. Throws LimitExceeded at the part size, the compression
 * ratio, the message total or the deadline, whichever is crossed first.
 */
export function countStreamOutput(what: string, total: number, compressedBytes: number, chunkBytes: number, budget: MessageBudget, deadline: Deadline): void {
  const { maxPartBytes, maxCompressionRatio } = budget.limits;
  if (total > maxPartBytes) throw new LimitExceeded('limit_size', `${what} content expands past the part limit of ${maxPartBytes} bytes`);
  if (total > ratioCheckFloorBytes && total / Math.max(compressedBytes, 1) > maxCompressionRatio) {
    throw new LimitExceeded('limit_ratio', `${what} content expands more than ${maxCompressionRatio}:1 (${total} bytes from ${compressedBytes})`);
  }
  budget.addInflated(chunkBytes);
  deadline.check();
}
