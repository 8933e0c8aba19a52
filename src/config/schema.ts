import { z } from 'zod';

const port = z.number().int().min(0).max(65535);

// ---- issue 22: limits on every SMTP door (own block: per-client slots, command deadline, AUTH guessing) ----
export const smtpLimitsSchema = z
  .object({
    /**
     * Share of smtp.maxClients one client address may hold at once (0 < share ≤ 1); the excess of
     * that address alone gets `421 4.7.0`. At least one slot per address.
     */
    perClientShare: z.number().gt(0).max(1).default(0.5),
    /**
     * Deadline for each command line (and for the first one after the greeting); shorter than the
     * DATA idle timeout (smtp.socketTimeoutMs). A slow or silent client gets `421 4.4.2` and is closed.
     */
    commandTimeoutMs: z.number().int().positive().default(45_000),
    /** Failed SMTP AUTH per (account, client address): delayed, counted, locked out. */
    auth: z
      .object({
        /** Failures within windowMs before the (account, address) pair is locked out. */
        maxFailures: z.number().int().positive().default(5),
        windowMs: z.number().int().positive().default(15 * 60_000),
        /** While locked out every attempt (even the right password) gets `454 4.7.0`. */
        lockoutMs: z.number().int().positive().default(15 * 60_000),
        /** Delay before a failure is answered: doubles per failure (delayMs, 2×, 4×, …) up to maxDelayMs. */
        delayMs: z.number().int().min(0).default(500),
        maxDelayMs: z.number().int().min(0).default(5_000),
        /** Failures from one address across all accounts before that address is locked out (guessing many accounts). */
        maxFailuresPerAddress: z.number().int().positive().default(20),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .prefault({});
// ---- end issue 22 block ----

// ---- issue 19: single sign-on (OpenID Connect) for the web UI; own block ----
const roleName = z.enum(['admin', 'approver', 'auditor', 'sender']);

export const oidcProviderSchema = z
  .object({
    /** Short id in URLs and the audit log (`/sign-in/oidc/<id>`), e.g. `entra`. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'lowercase letters, digits and -, at most 32'),
    /** Button text: one string, or `{ ja, en }`. */
    label: z.union([z.string().min(1), z.object({ ja: z.string().min(1), en: z.string().min(1) }).strict()]),
    /** Issuer URL; discovery reads `<issuer>/.well-known/openid-configuration`. */
    issuer: z.string().url(),
    clientId: z.string().min(1),
    /** Name of the environment variable holding the client secret (never the secret itself); absent: public client (PKCE only). */
    clientSecretEnv: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name').optional(),
    scopes: z.array(z.string().min(1)).default(['openid', 'profile', 'email']),
    /** Claim with the e-mail address (Entra without the `email` optional claim: `preferred_username`). */
    emailClaim: z.string().min(1).default('email'),
    /** Claim(s) with groups or roles, dotted paths (`groups`, `roles`, `realm_access.roles`). */
    rolesClaim: z.union([z.string().min(1), z.array(z.string().min(1))]).default(['groups']),
    /** Group or role value at the provider → local roles. */
    roleMap: z.record(z.string(), z.array(roleName).min(1)).default({}),
    /** Role of people none of whose groups is mapped; `none`: they are refused. */
    defaultRole: z.union([roleName, z.literal('none')]).default('sender'),
    /** E-mail domains allowed to sign in (exact, case-insensitive); empty: any. */
    allowedDomains: z.array(z.string().min(1)).default([]),
    /** Claims that must have exactly these values, e.g. Google Workspace `{ hd: example.co.jp }`. */
    requireClaims: z.record(z.string(), z.string()).default({}),
    /** Claim with the department (optional), e.g. `department`. */
    departmentClaim: z.string().min(1).optional(),
    /** Also read the userinfo endpoint (claims the ID token lacks, e.g. Keycloak roles without "Add to ID token"). */
    userinfo: z.boolean().default(false),
    /** Plain http:// to the provider: test and lab set-ups only. */
    allowInsecureHttp: z.boolean().default(false),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.issuer.startsWith('http:') && !p.allowInsecureHttp) {
      ctx.addIssue({ code: 'custom', path: ['issuer'], message: 'must be https:// (set allowInsecureHttp: true only for a test provider)' });
    }
    if (!p.scopes.includes('openid')) ctx.addIssue({ code: 'custom', path: ['scopes'], message: "must include 'openid'" });
  });

export const webIdentitySchema = {
  /**
   * Who may sign in with a local account (username + password): `all`; `admins` (break-glass
   * administrators only; everyone else uses single sign-on); `off`.
   */
  localSignIn: z.enum(['all', 'admins', 'off']).default('all'),
  oidc: z
    .object({ providers: z.array(oidcProviderSchema).default([]) })
    .strict()
    .prefault({})
    .superRefine((o, ctx) => {
      const seen = new Set<string>();
      o.providers.forEach((p, i) => {
        if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: ['providers', i, 'id'], message: `duplicate provider id "${p.id}"` });
        seen.add(p.id);
      });
    }),
};
export type OidcProviderConfig = z.infer<typeof oidcProviderSchema>;
// ---- issue 19: directory sync (LDAP / Active Directory) for approver routing and sender groups ----
/** Where each field of a person comes from; defaults are Active Directory's attribute names. */
export const directoryAttributesSchema = z
  .object({
    mail: z.string().default('mail'),
    /** `SMTP:primary@…` and `smtp:alias@…` values (AD, Exchange); other types (X500:, SIP:) are ignored. */
    proxyAddresses: z.string().default('proxyAddresses'),
    displayName: z.string().default('displayName'),
    department: z.string().default('department'),
    title: z.string().default('title'),
    /** DN of the person's manager. */
    manager: z.string().default('manager'),
    /** Name of a group (`group:<name>`). */
    groupName: z.string().default('cn'),
    /** Members of a group (DNs of people or of nested groups). */
    member: z.string().default('member'),
  })
  .strict()
  .prefault({});

/**
 * How a disabled person is recognised: AD's userAccountControl bit 2 (ACCOUNTDISABLE), an
 * attribute having one of some values (OpenLDAP: e.g. `employeeType: disabled`), or never.
 */
export const directoryDisabledSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('userAccountControl'), attribute: z.string().default('userAccountControl') }).strict(),
  z.object({ kind: z.literal('attribute'), attribute: z.string().min(1), values: z.array(z.string().min(1)).min(1) }).strict(),
  z.object({ kind: z.literal('none') }).strict(),
]);

export const directorySchema = z
  .object({
    /** LDAP / Active Directory; absent: no directory (approvers.yaml alone routes). */
    ldap: z
      .object({
        /** ldap://host:389 or ldaps://host:636. */
        url: z.string().regex(/^ldaps?:\/\/.+/, 'expected ldap://host[:port] or ldaps://host[:port]'),
        /** Read-only bind account, e.g. `CN=dlp-sync,OU=Service,DC=example,DC=co,DC=jp` or `dlp-sync@example.co.jp`. */
        bindDn: z.string().min(1),
        /** Environment variable holding the bind password (never the password itself in the file). */
        bindPasswordEnv: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name').default('DLP_LDAP_BIND_PASSWORD'),
        baseDn: z.string().min(1),
        /** Search base for groups; default baseDn. */
        groupBaseDn: z.string().optional(),
        /** People: AD default skips computers and contacts. */
        peopleFilter: z.string().default('(&(objectCategory=person)(objectClass=user))'),
        groupFilter: z.string().default('(objectClass=group)'),
        attributes: directoryAttributesSchema,
        disabled: directoryDisabledSchema.default({ kind: 'userAccountControl', attribute: 'userAccountControl' }),
        /** Paged search (RFC 2696) page size; AD's MaxPageSize is 1000. */
        pageSize: z.number().int().min(1).max(5000).default(500),
        timeoutMs: z.number().int().positive().default(30_000),
        /** Upgrade ldap:// with StartTLS before binding (AD on 389 with LDAP signing policies). */
        startTls: z.boolean().default(false),
        /** Verify the server certificate for ldaps:// and StartTLS (keep true outside tests). */
        tlsRejectUnauthorized: z.boolean().default(true),
        /**
         * Refuse a sync that would disable or remove more than this share of the people in force
         * at once (a broken filter must not lock everyone out); the last good copy stays.
         */
        maxRemovedShare: z.number().gt(0).max(1).default(0.2),
      })
      .strict()
      .optional(),
    /** Periodic sync (also at start); 0 = only on demand (admin page, CLI). */
    intervalMs: z.number().int().min(0).default(60 * 60_000),
  })
  .strict()
  .prefault({});
// ---- end issue 19 block ----
// ---- issue 18: attachments as download links (src/release/, src/download/) ----
export const downloadSchema = z
  .object({
    /** The recipients' download page: its own listener, apart from the admin UI. Off unless enabled. */
    enabled: z.boolean().default(false),
    listen: z
      .object({ host: z.string().default('127.0.0.1'), port: port.default(8026) })
      .strict()
      .prefault({}),
    /** The URL recipients open (reachable from outside), e.g. https://files.example.co.jp; links read <publicUrl>/d/<token>. */
    publicUrl: z.string().default(''),
    /** 32 bytes (64 hex digits or base64) wrapping each file's key; better from env DLP_DOWNLOAD_MASTER_KEY. */
    masterKey: z.string().optional(),
    code: z
      .object({
        /** A one-time code works this long. */
        ttlMs: z.number().int().positive().default(10 * 60_000),
        /** Wrong codes before the link is locked for lockMs. */
        maxFailures: z.number().int().positive().default(5),
        lockMs: z.number().int().positive().default(15 * 60_000),
        /** Codes that may be requested per link and hour. */
        maxRequestsPerHour: z.number().int().positive().default(5),
      })
      .strict()
      .prefault({}),
    /** After a right code, downloads work this long without another code. */
    grantMs: z.number().int().positive().default(60 * 60_000),
  })
  .strict()
  .prefault({});
// ---- end issue 18 block ----

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
        /** Idle timeout while a message is being received (DATA) and for handlers; commands have smtp.limits.commandTimeoutMs. */
        socketTimeoutMs: z.number().int().positive().default(60_000),
        limits: smtpLimitsSchema,
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
        /**
         * New mail is answered `451 4.3.0` while the data directory has less free space than this
         * (bytes); default 2 × smtp.maxMessageBytes (50 MiB with the defaults).
         */
        minFreeBytes: z.number().int().min(0).optional(),
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
        /**
         * Inflow control (Postfix's in_flow_delay): while more than `inflowBacklog` messages of a
         * lane wait for inspection (default 16 per scan worker), MAIL FROM is answered when one of
         * them has been inspected, or after `inflowDelayMs` at most; never refused. 0 turns it off.
         */
        inflowBacklog: z.number().int().nonnegative().optional(),
        inflowDelayMs: z.number().int().nonnegative().max(10_000).default(1_000),
        /**
         * Messages of at least this many bytes are inspected in the large lane: small mail is
         * claimed and scanned first and always keeps a worker (with 2 or more workers).
         */
        largeMessageBytes: z.number().int().positive().default(131_072),
        /**
         * A large message starts only when no small one is being scanned, or once it has waited
         * this long (ms): small mail first during a burst, large mail never starved.
         */
        largeMaxWaitMs: z.number().int().nonnegative().default(3_000),
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
        ...webIdentitySchema,
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
      .object({
        level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
        /** Write every log line at once (survives SIGKILL; costs a write per line). Default: buffered, flushed on exit. */
        sync: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
    /**
     * DKIM signing by the gateway (src/release/transforms/dkim-sign.ts). Mail the gateway modified
     * (Bcc added, subject prefixed, recipients hidden) no longer carries a valid upstream signature,
     * so it is signed here with the key of the From domain; unmodified mail goes out byte-identical.
     */
    dkim: z
      .object({
        /** `modified`: sign only mail the gateway rewrote (default); `all`: sign every relayed message; `off`. */
        sign: z.enum(['off', 'modified', 'all']).default('modified'),
        /** One key per signing domain (the From address's domain or a parent of it). No key for a domain: not signed. */
        keys: z
          .array(
            z
              .object({
                domain: z.string().min(1),
                selector: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'selector: letters, digits, . _ -'),
                /** PEM file of the private key (RSA or Ed25519). */
                privateKeyFile: z.string().min(1).optional(),
                /** Name of an environment variable holding the PEM (e.g. DLP_DKIM_KEY). */
                privateKeyEnv: z.string().min(1).optional(),
              })
              .strict()
              .refine((k) => (k.privateKeyFile === undefined) !== (k.privateKeyEnv === undefined), { message: 'give exactly one of privateKeyFile or privateKeyEnv' }),
          )
          .default([]),
      })
      .strict()
      .prefault({}),
    /** PPAP pairs across messages (src/detect/ppap-pair.ts): an encrypted archive, then a password-only mail. */
    ppap: z
      .object({
        /** A password mail to the same recipients within this many minutes of the encrypted archive is its pair. */
        pairWindowMinutes: z.number().int().min(1).max(24 * 60).default(30),
      })
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
    /** Directory sync (issue 19): people, managers, groups for routing. Owner: directory. */
    directory: directorySchema,
    download: downloadSchema,
  })
  .strict()
  .superRefine((config, ctx) => {
    const problem = webBaseUrlProblem(config.web);
    if (problem) ctx.addIssue({ code: 'custom', path: ['web', 'baseUrl'], message: problem });
    if (config.web.localSignIn !== 'all' && config.web.oidc.providers.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['web', 'localSignIn'], message: `"${config.web.localSignIn}" needs at least one web.oidc.providers entry (else nobody but administrators could sign in)` });
    }
    if (config.download.enabled && !/^https?:\/\/[^/]/.test(config.download.publicUrl.trim())) {
      ctx.addIssue({ code: 'custom', path: ['download', 'publicUrl'], message: 'required when download.enabled: the http(s) URL recipients open, e.g. https://files.example.co.jp (env DLP_DOWNLOAD_PUBLIC_URL)' });
    }
    if (config.download.enabled && !config.download.masterKey?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['download', 'masterKey'], message: 'required when download.enabled: 32 random bytes wrapping the file keys; set DLP_DOWNLOAD_MASTER_KEY, e.g. $(openssl rand -base64 32)' });
    }
  });

/** 127.0.0.0/8, ::1 and localhost: only this host can open the web UI. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || /^::ffff:127\./.test(h);
}

/**
 * Links in notices (self-check, approval) are built from `web.baseUrl`. When the web server
 * listens beyond loopback (a container, a server) the listen address (0.0.0.0) is not what
 * people open, so the base URL must be given; a set base URL must be an http(s) URL.
 */
function webBaseUrlProblem(web: { enabled: boolean; host: string; port: number; baseUrl: string }): string | undefined {
  const baseUrl = web.baseUrl.trim();
  if (baseUrl) {
    let url: URL | undefined;
    try {
      url = new URL(baseUrl);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol)) return `must be an http:// or https:// URL (the address people open), got "${baseUrl}"`;
    return undefined;
  }
  if (!web.enabled || isLoopbackHost(web.host)) return undefined;
  return (
    `required when the web server listens on a non-loopback address (web.host ${web.host}): links in notices would read ` +
    `http://${web.host.includes(':') ? `[${web.host}]` : web.host}:${web.port}/…. Set web.baseUrl or the environment variable DLP_WEB_BASE_URL to the URL people open, ` +
    'e.g. DLP_WEB_BASE_URL=https://dlp.example.co.jp'
  );
}

export type GatewayConfig = z.infer<typeof configSchema>;
export type GatewayConfigInput = z.input<typeof configSchema>;
