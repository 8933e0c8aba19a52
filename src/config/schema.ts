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
  })
  .strict();

export type GatewayConfig = z.infer<typeof configSchema>;
export type GatewayConfigInput = z.input<typeof configSchema>;
