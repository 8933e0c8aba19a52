import { z } from 'zod';

const port = z.number().int().min(0).max(65535);

export const smtpAuthUserSchema = z.object({
  username: z.string().min(1),
  /** Argon2id hash (`dlp-gateway hash-password`); plain passwords are never stored in config. */
  passwordHash: z.string().startsWith('$argon2'),
});

export const configSchema = z
  .object({
    smtp: z
      .object({
        host: z.string().default('0.0.0.0'),
        port: port.default(2525),
        /** Name used in the greeting and the Received: header. */
        hostname: z.string().optional(),
        /** CIDR networks allowed to relay through us; default loopback only (never an open relay). */
        clientNetworks: z.array(z.string()).min(1).default(['127.0.0.0/8', '::1/128']),
        maxMessageBytes: z.number().int().positive().default(25 * 1024 * 1024),
        maxClients: z.number().int().positive().default(200),
        maxRecipients: z.number().int().positive().default(1000),
        socketTimeoutMs: z.number().int().positive().default(60_000),
        tls: z
          .object({ key: z.string().min(1), cert: z.string().min(1) })
          .optional(),
        auth: z
          .object({
            required: z.boolean().default(false),
            /** Allow AUTH without TLS (only for trusted networks / tests). */
            allowInsecure: z.boolean().default(false),
            users: z.array(smtpAuthUserSchema).default([]),
          })
          .optional(),
      })
      .strict()
      .prefault({}),
    upstream: z
      .object({
        /** smtp://host:port or smtps://host:port; empty → embedded outbox directory. */
        url: z.string().default(''),
        maxConnections: z.number().int().positive().default(5),
        rejectUnauthorized: z.boolean().default(true),
        connectionTimeoutMs: z.number().int().positive().default(30_000),
        retry: z
          .object({
            initialDelayMs: z.number().int().positive().default(60_000),
            maxDelayMs: z.number().int().positive().default(60 * 60_000),
            /** After this long undelivered, a bounce goes to the envelope sender. */
            maxQueueAgeMs: z.number().int().positive().default(5 * 24 * 60 * 60_000),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    storage: z
      .object({
        dataDir: z.string().default('data'),
        /** sqlite:PATH (default `sqlite:<dataDir>/gateway.db`) or postgres://… */
        url: z.string().default(''),
      })
      .strict()
      .prefault({}),
    outbox: z
      .object({ dir: z.string().default('') })
      .strict()
      .prefault({}),
    processing: z
      .object({
        /** Messages inspected at once (worker threads). */
        concurrency: z.number().int().positive().default(2),
        leaseMs: z.number().int().positive().default(120_000),
        pollMs: z.number().int().positive().default(1_000),
        /**
         * Back-pressure: while more accepted messages than this wait for inspection, new mail is
         * answered 451 4.3.2 (the client retries later) instead of piling up in the spool.
         */
        maxBacklog: z.number().int().positive().default(2_000),
      })
      .strict()
      .prefault({}),
    web: z
      .object({
        enabled: z.boolean().default(true),
        host: z.string().default('127.0.0.1'),
        port: port.default(8025),
        /** Public base URL used in links sent to senders and approvers. */
        baseUrl: z.string().default(''),
        /**
         * Reverse proxies whose X-Forwarded-For is believed (addresses or CIDRs, e.g. ['127.0.0.1',
         * '10.0.0.0/8']). Empty: the socket address is the client (sign-in limits, audit).
         */
        trustProxy: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .prefault({}),
    inspection: z
      .object({
        /** Heap cap per inspection worker thread (MiB). */
        maxHeapMb: z.number().int().min(64).default(1024),
        /** Extraction limits; hitting one makes the part `uninspectable` (never clean). */
        limits: z
          .object({
            maxDepth: z.number().int().min(0).optional(),
            maxEntriesPerArchive: z.number().int().positive().optional(),
            maxTotalUncompressedBytes: z.number().int().positive().optional(),
            maxCompressionRatio: z.number().positive().optional(),
            maxPartBytes: z.number().int().positive().optional(),
            partTimeMs: z.number().int().positive().optional(),
            messageTimeMs: z.number().int().positive().optional(),
          })
          .strict()
          .prefault({}),
        /** Secret for the keyed hashes of finding values (de-duplication); default: per data directory. */
        hashKey: z.string().optional(),
      })
      .strict()
      .prefault({}),
    policy: z
      .object({ path: z.string().default('policies/default.yaml') })
      .strict()
      .prefault({}),
    dictionaries: z
      .object({ dir: z.string().default('dictionaries') })
      .strict()
      .prefault({}),
    log: z
      .object({ level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info') })
      .strict()
      .prefault({}),
    /** Hold workflow (self-check → approval → release): deadlines, notices, routing, links. Owner: workflow. */
    workflow: z
      .object({
        /** A held message expires after this many business days (weekends and holidays skipped); it is then never sent. */
        expiryBusinessDays: z.number().int().min(1).max(60).default(3),
        /** Public holidays skipped when counting business days: Japanese national holidays, or none. */
        holidays: z.enum(['jp', 'none']).default('jp'),
        /** Company holidays (年末年始, 夏季休業), `YYYY-MM-DD`. */
        extraHolidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')).default([]),
        /** Reminder this long before the deadline (0 = no reminder). */
        reminderBeforeMs: z.number().int().min(0).default(24 * 60 * 60_000),
        /** Escalate to the delegates when an approval waited this long (0 = never). */
        escalateAfterMs: z.number().int().min(0).default(24 * 60 * 60_000),
        /** Raw content of finished messages is purged after this long (records and audit stay). */
        retentionMs: z.number().int().positive().default(90 * 24 * 60 * 60_000),
        /** How often deadlines and retention are checked. */
        tickIntervalMs: z.number().int().positive().default(60_000),
        /** Envelope and From address of notices; empty → null envelope sender, From mailer-daemon@<hostname>. */
        noticeSender: z.string().default(''),
        /** Who is told about configuration gaps (a sender without an approver). */
        adminAddress: z.string().default(''),
        /**
         * Considered approval: a hold with personal data of at least this many people (or 要配慮,
         * My Number, an uninspectable part, a lookalike recipient) is approved only after the approver
         * opened it and confirmed what is leaving; never in bulk or by a shortcut.
         */
        consideredApprovalPersons: z.number().int().min(1).default(100),
        /** 却下 and 差し戻し need a reason (却下: a listed reason or free text). false: 却下 without one. */
        rejectReasonRequired: z.boolean().default(true),
        /** Approver routing (YAML). */
        approversPath: z.string().default('policies/approvers.yaml'),
        /** HMAC key for signed links (≥32 chars); else env DLP_SECRET; else generated once in the data dir. */
        secret: z.string().min(32).optional(),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type GatewayConfig = z.infer<typeof configSchema>;
export type GatewayConfigInput = z.input<typeof configSchema>;
