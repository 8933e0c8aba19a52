import { existsSync, watch, type FSWatcher } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { GatewayConfig } from '../config/schema.js';
import type { Logger } from '../log/logger.js';
import type { GatewayContext, GatewaySeams } from '../gateway.js';
import type { Inspector, InspectionReport } from '../pipeline/types.js';
import { defaultPolicyPath, defaultDictionariesDir } from '../policy/load-policy.js';
import { ScanPool } from './scan-pool.js';
import { inspectionDetails } from './details.js';
import { pairPasswordMail, rememberIfEncrypted } from './ppap-pairs.js';

/** A relative default path that does not exist in the working directory falls back to the package's copy. */
function resolveShipped(configured: string, shippedDefault: string, defaultSetting: string): string {
  if (configured === defaultSetting && !existsSync(configured)) return shippedDefault;
  return path.resolve(configured);
}

/**
 * The production inspection: extraction and detection in a pool of worker threads, then the
 * policy (hot-reloaded) on the main thread with the sender's recipient history from the store.
 * Throws at start-up if the policy or dictionaries are invalid: the gateway must not run blind.
 */
export async function createDefaultInspection(
  config: GatewayConfig,
  log: Logger,
  /** The sender as the directory copy knows them (policy `sender.directoryGroup` / `department`). */
  senderDirectory?: (address: string) => { groups: readonly string[]; department: string | null } | undefined,
): Promise<GatewaySeams> {
  const policyPath = resolveShipped(config.policy.path, defaultPolicyPath, 'policies/default.yaml');
  const dictionariesDir = resolveShipped(config.dictionaries.dir, defaultDictionariesDir.replace(/\/$/, ''), 'dictionaries');
  const hashKey = config.inspection.hashKey ?? createHash('sha256').update(`dlp-gateway:${config.storage.dataDir}`).digest('hex');
  const pool = new ScanPool({
    size: config.processing.concurrency,
    limits: config.inspection.limits,
    dictionariesDir,
    hashKey,
    maxHeapMb: config.inspection.maxHeapMb,
    largeMessageBytes: config.processing.largeMessageBytes,
    largeMaxWaitMs: config.processing.largeMaxWaitMs,
    log: log.child({ stage: 'scan' }),
  });
  // Loaded once the workers were started (they load their own code meanwhile).
  const [{ PolicyWatcher, evaluatePolicy }, { checkSeparationConfig }] = await Promise.all([import('../policy/index.js'), import('../release/default-chain.js')]);
  const policyLog = log.child({ stage: 'policy' });
  const policy = new PolicyWatcher(policyPath, () => {}, policyLog, { dictionariesDir });
  try {
    await policy.start();
    checkSeparationConfig(config, policy.current().rules);
  } catch (err) {
    policy.stop();
    await pool.close();
    throw err;
  }
  // SMTP does not wait for the tokenizer to load: mail is accepted and spooled at once, and
  // inspected as soon as the workers are ready (Postfix's decoupling of receiving and filtering).
  const poolReady = pool.ready().then(
    () => log.info({ workers: config.processing.concurrency }, 'inspection workers ready'),
    (err: unknown) => log.error({ err: (err as Error).message }, 'inspection workers failed to start; held mail waits for a fix'),
  );
  let dictionaryWatcher: FSWatcher | undefined;
  let reloadTimer: NodeJS.Timeout | undefined;
  try {
    dictionaryWatcher = watch(dictionariesDir, { recursive: true }, () => {
      if (reloadTimer) clearTimeout(reloadTimer);
      reloadTimer = setTimeout(() => {
        log.info({ dir: dictionariesDir }, 'dictionaries changed; reloading');
        pool.reloadDictionaries();
      }, 300);
      reloadTimer.unref();
    });
  } catch (err) {
    log.warn({ err: (err as Error).message }, 'cannot watch dictionaries; reload needs a restart');
  }

  const inspector = (ctx: GatewayContext): Inspector => ({
    async inspect(record, raw): Promise<InspectionReport> {
      await poolReady;
      // (a pool that failed to start rejects scan(): the pipeline retries, then holds for a person)
      const started = performance.now();
      const scanned = await pool.scan(raw, { mailFrom: record.mailFrom, rcptTo: record.rcptTo });
      // "First time" is judged per sender: a domain new to this sender is the misdirection signal.
      const knownDomains = await ctx.store.knownDomains([`sender:${record.mailFrom.toLowerCase()}`]);
      // A password mail right after an encrypted file to the same recipients: the PPAP pair.
      const ppap = { store: ctx.store, windowMs: config.ppap.pairWindowMinutes * 60_000 };
      scanned.detection = await pairPasswordMail(ppap, record, scanned.detection);
      const verdict = evaluatePolicy(policy.current(), {
        envelope: { mailFrom: record.mailFrom, rcptTo: record.rcptTo },
        extraction: scanned.extraction,
        detection: scanned.detection,
        knownDomains,
        ...(senderDirectory ? { senderDirectory: senderDirectory(record.mailFrom) } : {}),
      });
      await rememberIfEncrypted(ppap, record, scanned.detection);
      return {
        verdict,
        details: inspectionDetails(scanned, verdict),
        durationMs: Math.round(performance.now() - started),
      };
    },
    async close() {
      policy.stop();
      dictionaryWatcher?.close();
      if (reloadTimer) clearTimeout(reloadTimer);
      await pool.close();
    },
  });
  log.info({ policy: policyPath, version: policy.current().version, dictionaries: dictionariesDir }, 'inspection configured');
  return { inspector };
}
