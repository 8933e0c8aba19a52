import { Counter, type Registry } from 'prom-client';

/** What the SMTP door refuses, for /metrics (alerting on guessing and slot starvation). */
export interface SmtpMetrics {
  /** A failed SMTP AUTH attempt; `outcome`: wrong_credentials | locked_out. */
  authFailure(outcome: 'wrong_credentials' | 'locked_out'): void;
  /** An (account, address) pair or an address entered its lock-out window. */
  authLockout(scope: 'account' | 'address'): void;
  /** A connection or session refused or closed by a limit. */
  refused(reason: 'per_client_limit' | 'command_timeout' | 'early_data'): void;
  /** MAIL FROM answered after an inflow-control pause of this many milliseconds. */
  inflowPaused(ms: number): void;
}

export function createSmtpMetrics(registry: Registry): SmtpMetrics {
  const failures = new Counter({
    name: 'dlp_smtp_auth_failures_total',
    help: 'Failed SMTP AUTH attempts by outcome (wrong_credentials, locked_out)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const lockouts = new Counter({
    name: 'dlp_smtp_auth_lockouts_total',
    help: 'SMTP AUTH lock-outs started, by scope (account = one account from one client address; address = many accounts from one address)',
    labelNames: ['scope'],
    registers: [registry],
  });
  const refused = new Counter({
    name: 'dlp_smtp_refused_total',
    help: 'SMTP connections or sessions refused or closed by a limit (per_client_limit, command_timeout, early_data)',
    labelNames: ['reason'],
    registers: [registry],
  });
  const paused = new Counter({
    name: 'dlp_smtp_inflow_paused_total',
    help: 'Transactions whose MAIL FROM was answered after an inflow-control pause (inspection backlog over processing.inflowBacklog)',
    registers: [registry],
  });
  const pausedSeconds = new Counter({
    name: 'dlp_smtp_inflow_paused_seconds_total',
    help: 'Total time MAIL FROM answers were paused by inflow control',
    registers: [registry],
  });
  return {
    inflowPaused: (ms) => (paused.inc(), pausedSeconds.inc(ms / 1000)),
    authFailure: (outcome) => failures.inc({ outcome }),
    authLockout: (scope) => lockouts.inc({ scope }),
    refused: (reason) => refused.inc({ reason }),
  };
}

/** For receivers built without a registry (tools, tests of the receiver alone). */
export const noSmtpMetrics: SmtpMetrics = { authFailure() {}, authLockout() {}, refused() {}, inflowPaused() {} };
