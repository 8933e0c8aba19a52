/** Command implementations for the CLI (the lead wires them into commander). */
export { runScan, type ScanOptions, type ScanDeps } from './scan.js';
export { buildScanReport, formatScanText, type ScanReport } from './scan-report.js';
export { runPolicyCheck, type PolicyCheckOptions } from './policy-check.js';
export { runPolicyTest, compareWithExpectation, type PolicyTestOptions, type PolicyTestDeps } from './policy-test.js';
export { expectationSchema, type Expectation } from './expectation-file.js';
export {
  runReplay,
  replayMessages,
  type ReplayOptions,
  type ReplayDeps,
  type ReplayResult,
  type StoredMessage,
  type StoredMessages,
} from './replay.js';
export { createMessageAnalyser, type AnalyseMessage, type AnalysedMessage } from './analyse-message.js';
export type { CliStreams } from './streams.js';
