import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../log/logger.js';
import { defaultExtractionLimits, type ExtractionLimits, type ExtractionProblem, type ExtractionResult } from '../extract/types.js';
import type { DetectionResult } from '../detect/types.js';
import type { ScanOutcome, ScanReply, SharedData, SharedMessage, SharedNameModel, WorkerInit } from './scan-protocol.js';
import { loadNameModel } from '../detect/name-model/model.js';
import { loadProcessIpadic } from '../detect/ipadic/load.js';
import type { MessageEnvelope } from '../detect/participants.js';

export interface ScanPoolOptions {
  size: number;
  limits: Partial<ExtractionLimits>;
  dictionariesDir?: string;
  hashKey?: string;
  /** Heap cap per worker thread (MiB); a message that needs more is reported uninspectable. */
  maxHeapMb: number;
  /** A worker whose heap is larger after a job is replaced when the pool is idle (MiB; default 48). */
  recycleHeapMb?: number;
  /**
   * Messages of at least this many bytes go to the large lane: they never take the last free
   * worker while other workers are busy with large ones, and small messages go first.
   */
  largeMessageBytes?: number;
  /**
   * A large message starts only once no small message is waiting or being scanned, or once it
   * has waited this long (ms; default 3,000): small mail first during a burst, large mail never
   * starved by a steady stream of small.
   */
  largeMaxWaitMs?: number;
  log: Logger;
}

/** Small mail is scanned first and always has a worker that large attachments cannot take. */
export type ScanLane = 'small' | 'large';

export const defaultLargeMessageBytes = 128 * 1024;
export const defaultLargeMaxWaitMs = 3_000;

/**
 * Measured (scan worker, V8 total heap): 23 MiB ready, 24 after plain mail, 35–38 after 6,000
 * plain mails, 40–56 once it has scanned a 4,000-row xlsx, a 20-page PDF or a 2,000-row CSV.
 */
export const defaultRecycleHeapMb = 48;

const youngGenerationMb = 12;

interface Job {
  jobId: number;
  lane: ScanLane;
  raw: Buffer;
  envelope?: MessageEnvelope;
  /** performance.now() when it was queued. */
  queuedAt: number;
  resolve: (outcome: ScanOutcome) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  /** Set when the worker announced it has loaded the tokenizer and dictionaries. */
  isReady: boolean;
  job: Job | undefined;
  timer: NodeJS.Timeout | undefined;
  /** Set when the thread has ended (its 'exit' event came). */
  exited?: boolean;
}

/** How long close() lets a worker finish and end by itself before terminating it. */
const closeGraceMs = 2_000;

/**
 * Built: the bundled worker (dist/bundle/, see src/prebuild/bundle.ts: it starts from a few files
 * instead of some 400 modules) unless DLP_BUNDLE=0 or there is none, else dist/ module by module.
 * In development and tests the sources are TypeScript: the worker registers tsx first.
 */
function createWorker(options: ConstructorParameters<typeof Worker>[1]): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) {
    const bundled = new URL('../bundle/scan-worker.js', self);
    const useBundle = process.env.DLP_BUNDLE !== '0' && existsSync(fileURLToPath(bundled));
    return new Worker(useBundle ? bundled : new URL('./scan-worker.js', self), options);
  }
  const entry = new URL('./scan-worker.ts', self).href;
  const bootstrap = `import('tsx/esm/api').then((m) => m.register()).then(() => import(${JSON.stringify(entry)}));`;
  return new Worker(bootstrap, { ...options, eval: true });
}

let sharedModel: SharedNameModel | undefined;

/**
 * The person-name model read once per process straight into shared memory that every worker
 * reads, instead of each worker reading and converting its own copy. If it cannot be read here,
 * each worker tries on its own and reports why it failed.
 */
function sharedNameModelArrays(log: Logger): SharedNameModel | undefined {
  if (sharedModel) return sharedModel;
  try {
    const model = loadNameModel(undefined, { shared: true }); // not the process-wide copy: only the shared one stays in memory
    sharedModel = { weights: model.weights, scale: model.scale, start: [...model.chain.start], transition: [...model.chain.transition], thresholds: model.thresholds };
    return sharedModel;
  } catch (err) {
    log.error({ err: (err as Error).message }, 'cannot load the person-name model for sharing');
    return undefined;
  }
}

/** An extraction result that says plainly why nothing could be read. Never "clean". */
export function uninspectableOutcome(raw: Buffer, reason: ExtractionProblem['reason'], detail: string): ScanOutcome {
  const extraction: ExtractionResult = {
    headers: { from: [], to: [], cc: [], bcc: [], replyTo: [], subject: '' },
    size: raw.length,
    segments: [],
    tables: [],
    attachments: [],
    encrypted: [],
    uninspectable: [{ location: 'message', reason, detail }],
  };
  const detection: DetectionResult = {
    findings: [{ category: 'uninspectable', confidence: 'high', count: 1, location: 'message', sample: reason, hashes: [], reason: detail }],
    summary: { categories: { uninspectable: 1 }, personCount: 0, recordCount: 0 },
  };
  return { extraction, detection, extractMs: 0, detectMs: 0 };
}

/**
 * A fixed pool of worker threads for extraction + detection, with a hard time cap per message
 * (the worker is terminated and replaced) and a heap cap per worker. A message that hits
 * either cap gets an `uninspectable` result; the gateway keeps serving.
 *
 * Two lanes by size (Postfix's separate transports for bulk, in one pool): small messages are
 * taken first, and large ones may occupy at most `size - 1` workers (with one worker, the one
 * worker), so plain mail keeps its latency during a burst of large attachments. A large message
 * starts only when no small one is waiting or being scanned — a large scan holds its worker for
 * hundreds of milliseconds, during which a burst of small mail would have one worker less — or
 * once it has waited `largeMaxWaitMs` (aging, so large mail is never starved).
 */
export class ScanPool {
  private readonly slots: Slot[] = [];
  private readonly queues: Record<ScanLane, Job[]> = { small: [], large: [] };
  private readonly largeMessageBytes: number;
  private readonly maxLargeBusy: number;
  private readonly largeMaxWaitMs: number;
  /** Wakes dispatch() when the oldest large message reaches largeMaxWaitMs. */
  private agingTimer: NodeJS.Timeout | undefined;
  private nextJobId = 1;
  private closed = false;
  private startFailure: string | undefined;
  private readonly hardTimeoutMs: number;
  private shared: Promise<SharedData> | undefined;
  private readonly recycleHeapBytes: number;

  constructor(private readonly options: ScanPoolOptions) {
    const limits = { ...defaultExtractionLimits, ...options.limits };
    // Extraction keeps its own cooperative budget; this is the backstop for code that never yields.
    this.hardTimeoutMs = limits.messageTimeMs + 5_000;
    this.largeMessageBytes = options.largeMessageBytes ?? defaultLargeMessageBytes;
    this.recycleHeapBytes = (options.recycleHeapMb ?? defaultRecycleHeapMb) * 2 ** 20;
    this.maxLargeBusy = Math.max(1, options.size - 1);
    this.largeMaxWaitMs = options.largeMaxWaitMs ?? defaultLargeMaxWaitMs;
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  /** Resolves when every worker has loaded the tokenizer and dictionaries. */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  /**
   * The tokenizer dictionary and the person-name model, loaded once in this thread and shared
   * (not copied) with every worker. Read after the workers were started, the dictionary in the
   * thread pool: the workers load their code meanwhile, and get both in a 'shared' message
   * before anything else. What cannot be loaded here each worker tries on its own, and reports
   * why it failed.
   */
  private sharedData(): Promise<SharedData> {
    this.shared ??= (async () => {
      const ipadic = await loadProcessIpadic().then(
        (d) => d.bytes,
        (err: unknown) => {
          this.options.log.error({ err: (err as Error).message }, 'cannot load the tokenizer dictionary for sharing');
          return undefined;
        },
      );
      const nameModel = sharedNameModelArrays(this.options.log);
      return { ...(ipadic ? { ipadic } : {}), ...(nameModel ? { nameModel } : {}) };
    })();
    return this.shared;
  }

  private spawn(): Slot {
    const init: WorkerInit = { limits: this.options.limits, ...(this.options.dictionariesDir ? { dictionariesDir: this.options.dictionariesDir } : {}), ...(this.options.hashKey ? { hashKey: this.options.hashKey } : {}) };
    // A small young generation (V8's default grows to 48 MB per thread): each extra worker then
    // costs ~30 MB of RSS; the scavenges it adds are a few per cent of a large document's scan.
    const worker = createWorker({ workerData: init, resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb, maxYoungGenerationSizeMb: youngGenerationMb } });
    void this.sharedData().then((data) => worker.postMessage({ type: 'shared', ...data } satisfies SharedMessage));
    let markReady!: () => void;
    let markFailed!: (err: Error) => void;
    const slot: Slot = { worker, ready: new Promise<void>((res, rej) => ((markReady = res), (markFailed = rej))), isReady: false, job: undefined, timer: undefined };
    slot.ready.catch(() => {});
    worker.on('message', (reply: ScanReply) => {
      switch (reply.type) {
        case 'ready':
          slot.isReady = true;
          markReady();
          this.dispatch();
          return;
        case 'fatal':
          markFailed(new Error(reply.error));
          this.startFailure = reply.error;
          this.options.log.error({ err: reply.error }, 'scan worker failed to start');
          // Nothing can be inspected: fail waiting jobs so the pipeline retries and then holds them.
          for (const job of this.takeQueued()) job.reject(new Error(`inspection unavailable: ${reply.error}`));
          return;
        case 'reloaded':
          if (!reply.ok) this.options.log.error({ err: reply.error }, 'dictionary reload failed; previous dictionaries stay in use');
          return;
        case 'result':
        case 'error': {
          const job = slot.job;
          if (!job || job.jobId !== reply.jobId) return;
          this.finish(slot);
          if (reply.type === 'result') job.resolve({ extraction: reply.extraction, detection: reply.detection, extractMs: reply.extractMs, detectMs: reply.detectMs });
          else job.resolve(uninspectableOutcome(job.raw, 'internal_error', `inspection failed: ${reply.error.split('\n')[0]}`));
          if (reply.type === 'result' && this.shouldRecycle(reply.heapBytes)) this.recycle(slot, reply.heapBytes);
          this.dispatch();
          return;
        }
        default: {
          const never: never = reply;
          return never;
        }
      }
    });
    worker.on('error', (err) => {
      this.options.log.error({ err: err.message }, 'scan worker crashed');
      markFailed(err);
    });
    worker.on('exit', () => {
      slot.exited = true;
      const job = slot.job;
      this.finish(slot);
      const index = this.slots.indexOf(slot);
      if (index >= 0 && !this.closed) this.slots[index] = this.spawn();
      if (job) job.resolve(uninspectableOutcome(job.raw, 'internal_error', 'inspection worker stopped (out of memory or crashed)'));
      this.dispatch();
    });
    return slot;
  }

  /**
   * A worker whose heap grew past recycleHeapMb (a spreadsheet, a PDF: V8 keeps the pages, pdf.js
   * its code) is replaced once nothing waits for a worker, so the memory a large attachment
   * took goes back to the system instead of staying with the gateway. Plain mail keeps a
   * worker's heap well below it.
   */
  private shouldRecycle(heapBytes: number): boolean {
    return !this.closed && heapBytes > this.recycleHeapBytes && this.queues.small.length === 0 && this.queues.large.length === 0;
  }

  /** Only between jobs: the worker has none, and gets none (its replacement starts now). */
  private recycle(slot: Slot, heapBytes: number): void {
    slot.isReady = false;
    this.options.log.info({ heapMb: Math.round(heapBytes / 2 ** 20) }, 'scan worker replaced to return the memory of large messages');
    void slot.worker.terminate(); // 'exit' starts the replacement
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.job = undefined;
  }

  /** The lane a message of this size is scanned in. */
  laneOf(bytes: number): ScanLane {
    return bytes >= this.largeMessageBytes ? 'large' : 'small';
  }

  /** Messages waiting for a worker, per lane. */
  get waiting(): Record<ScanLane, number> {
    return { small: this.queues.small.length, large: this.queues.large.length };
  }

  scan(raw: Buffer, envelope?: MessageEnvelope): Promise<ScanOutcome> {
    if (this.closed) return Promise.reject(new Error('scan pool closed'));
    if (this.startFailure) return Promise.reject(new Error(`inspection unavailable: ${this.startFailure}`));
    return new Promise((resolve, reject) => {
      const lane = this.laneOf(raw.length);
      this.queues[lane].push({ jobId: this.nextJobId++, lane, raw, ...(envelope ? { envelope } : {}), queuedAt: performance.now(), resolve, reject });
      this.dispatch();
    });
  }

  private takeQueued(): Job[] {
    return [...this.queues.small.splice(0), ...this.queues.large.splice(0)];
  }

  /**
   * The next job for a free worker: small first; large only while fewer than maxLargeBusy run,
   * and only when no small message is being scanned or once the oldest large one has waited
   * largeMaxWaitMs.
   */
  private nextJob(): Job | undefined {
    if (this.queues.small.length > 0) return this.queues.small.shift();
    const oldest = this.queues.large[0];
    if (!oldest) return undefined;
    const largeBusy = this.slots.filter((s) => s.job?.lane === 'large').length;
    if (largeBusy >= this.maxLargeBusy) return undefined;
    const smallBusy = this.slots.some((s) => s.job?.lane === 'small');
    const waited = performance.now() - oldest.queuedAt;
    if (smallBusy && waited < this.largeMaxWaitMs) {
      // Small mail is being scanned: its next message takes this worker. The large one starts
      // when the small work is done (dispatch() runs on every result) or when it has waited long enough.
      this.wakeForAging(this.largeMaxWaitMs - waited);
      return undefined;
    }
    return this.queues.large.shift();
  }

  private wakeForAging(ms: number): void {
    if (this.agingTimer || this.closed) return;
    this.agingTimer = setTimeout(() => {
      this.agingTimer = undefined;
      this.dispatch();
    }, Math.max(1, Math.ceil(ms)));
    this.agingTimer.unref();
  }

  reloadDictionaries(): void {
    for (const slot of this.slots) slot.worker.postMessage({ type: 'reload' });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || !slot.isReady) continue;
      const job = this.nextJob();
      if (!job) return;
      slot.job = job;
      slot.timer = setTimeout(() => {
        this.options.log.warn({ ms: this.hardTimeoutMs }, 'inspection exceeded its time cap; restarting the worker');
        const j = slot.job;
        this.finish(slot);
        if (j) j.resolve(uninspectableOutcome(j.raw, 'limit_time', `inspection exceeded ${this.hardTimeoutMs} ms`));
        void slot.worker.terminate();
      }, this.hardTimeoutMs);
      const copy = new Uint8Array(job.raw.byteLength);
      copy.set(job.raw);
      slot.worker.postMessage({ type: 'scan', jobId: job.jobId, raw: copy, ...(job.envelope ? { envelope: job.envelope } : {}) }, [copy.buffer]);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.agingTimer) clearTimeout(this.agingTimer);
    for (const job of this.takeQueued()) job.reject(new Error('scan pool closed'));
    await Promise.all(this.slots.map((s) => this.stop(s)));
  }

  /**
   * Asks a worker to end by itself (it finishes what it is doing, closes its port and its thread
   * exits); terminates it only if it has not ended within closeGraceMs. A forced terminate()
   * while the thread is busy or starting can hit a race in Node 20's worker teardown
   * (nodejs/node#56312) that aborts the whole process.
   */
  private stop(slot: Slot): Promise<void> {
    if (slot.exited) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const worker = slot.worker;
      const timer = setTimeout(() => void worker.terminate().then(() => resolve()), closeGraceMs);
      worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      worker.postMessage({ type: 'close' });
    });
  }
}
