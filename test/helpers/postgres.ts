import { randomBytes } from 'node:crypto';
import { it } from 'vitest';
import pg from 'pg';
import { inCi } from './ci.js';

/**
 * The PostgreSQL server the store tests use: its maintenance database, where test databases are
 * created and dropped. Override with DLP_TEST_PG_URL (e.g. postgres://postgres@db:5432/postgres).
 */
export const pgServerUrl = process.env.DLP_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function maskUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}


/** null when the server answers, else why not. */
export async function postgresUnavailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: pgServerUrl, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (err) {
    return (err as Error).message || String(err);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Decide whether PostgreSQL tests can run. In CI a missing server is a failing test (never a
 * silent skip); locally the tests are skipped with the reason logged.
 */
export async function requirePostgres(suite: string): Promise<boolean> {
  const reason = await postgresUnavailable();
  if (reason === null) return true;
  const message =
    `PostgreSQL is not reachable at ${maskUrl(pgServerUrl)} (${reason}). ` +
    'Start it (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or set DLP_TEST_PG_URL.';
  if (inCi) {
    it(`${suite}: PostgreSQL is reachable`, () => {
      throw new Error(message);
    });
  } else {
    console.warn(`[${suite}] skipped: ${message}`);
    it(`${suite} (needs PostgreSQL)`, (ctx) => ctx.skip(message));
  }
  return false;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function maintenance<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: pgServerUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh, uniquely named database (dlp_test_<random>) on the test server. */
export async function createTestDatabase(prefix = 'dlp_test'): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await maintenance((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(pgServerUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => maintenance(async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}

/** A direct connection to a test database, for checks below the Store interface. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}
