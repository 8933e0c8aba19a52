/**
 * `dlp-gateway scan FILE.eml [--json] [--policy PATH] [--internal-domain D]… [--mail-from A] [--rcpt A]…`
 * Exit 0 when the scan ran (whatever the verdict), 2 when the file, policy or analysis failed.
 */
import { readFile } from 'node:fs/promises';
import { envelopeFromHeaders } from '../envelope-from-headers.js';
import { evaluatePolicy } from '../evaluate-policy.js';
import { createMessageAnalyser, type AnalyseMessage } from './analyse-message.js';
import { loadCommandPolicy, withExtraInternalDomains } from './command-policy.js';
import { buildScanReport, formatScanText } from './scan-report.js';
import { errorMessage, type CliStreams } from './streams.js';

export interface ScanOptions {
  file: string;
  json?: boolean;
  /** Default: policies/default.yaml of this package. */
  policy?: string;
  /** Added to the policy's internal domains. */
  internalDomains?: string[];
  /** Envelope sender; default the From header. */
  mailFrom?: string;
  /** Envelope recipients; default To + Cc + Bcc headers. */
  rcpt?: string[];
  /** Domains treated as already known (first-time checks); default none. */
  knownDomains?: string[];
  dictionariesDir?: string;
}

export interface ScanDeps {
  /** Seam for tests; default: the real extraction and detection stages. */
  analyse?: AnalyseMessage;
}

export async function runScan(options: ScanOptions, streams: CliStreams, deps: ScanDeps = {}): Promise<number> {
  let raw: Buffer;
  try {
    raw = await readFile(options.file);
  } catch (error) {
    streams.stderr.write(`SCAN_UNREADABLE: cannot read ${options.file} (${codeOf(error)})\n`);
    return 2;
  }
  // The detector starts loading first: its dictionary is read in the thread pool while this
  // thread parses the policy (a cold scan is mostly start-up).
  const analyser = deps.analyse ? Promise.resolve(deps.analyse) : createMessageAnalyser({ dictionariesDir: options.dictionariesDir });
  analyser.catch(() => {}); // reported below, or moot when the policy is invalid
  const loaded = await loadCommandPolicy(options, streams);
  if (!loaded) return 2;
  const policy = withExtraInternalDomains(loaded, options.internalDomains ?? []);

  try {
    const analyse = await analyser;
    const analysed = await analyse(raw);
    const headerEnvelope = envelopeFromHeaders(analysed.extraction.headers);
    const envelope = {
      mailFrom: options.mailFrom ?? headerEnvelope.mailFrom,
      rcptTo: options.rcpt && options.rcpt.length > 0 ? options.rcpt : headerEnvelope.rcptTo,
    };
    const verdict = evaluatePolicy(policy, { envelope, ...analysed, knownDomains: new Set(options.knownDomains ?? []) });
    const report = buildScanReport(options.file, analysed, verdict, policy.path);
    streams.stdout.write(options.json ? `${JSON.stringify(report)}\n` : formatScanText(report));
    return 0;
  } catch (error) {
    streams.stderr.write(`SCAN_FAILED: ${options.file}: ${errorMessage(error)}\n`);
    return 2;
  }
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : errorMessage(error);
}
