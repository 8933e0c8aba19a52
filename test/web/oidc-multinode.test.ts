/**
 * Single sign-on with several gateway nodes on one PostgreSQL: the flow starts on one node and
 * the provider's callback lands on another (the sealed cookie needs no server-side state, the
 * shared key opens it); the account and identity are in PostgreSQL; a replay of the callback on
 * the first node is refused (the state is consumed once across nodes).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify, { type FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config/load.js';
import { createLogger } from '../../src/log/logger.js';
import { PostgresStore } from '../../src/store/postgres.js';
import { createWorkflow } from '../../src/workflow/create-workflow.js';
import { parseApprovers } from '../../src/workflow/approvers/load.js';
import { createWebUi } from '../../src/web/ui.js';
import { tempDir } from '../helpers/gateway.js';
import { createTestDatabase, requirePostgres, type TestDatabase } from '../helpers/postgres.js';
import { signInAtProvider, startTestOp, type TestOp } from '../helpers/oidc-provider.js';
import { Client, approversYaml } from './harness.js';

const base = 'http://dlp.test';
const secretEnv = 'DLP_TEST_OIDC_PG_SECRET';
const clientSecret = 'pg-client-secret-0123456789abcdef';

interface Node {
  app: FastifyInstance;
  store: PostgresStore;
  dataDir: string;
}

if (await requirePostgres('single sign-on across two nodes')) {
  describe('single sign-on across two nodes on one PostgreSQL', () => {
    let db: TestDatabase;
    let op: TestOp;
    const nodes: Node[] = [];

    async function startNode(): Promise<Node> {
      const dataDir = tempDir('dlp-oidc-pg-');
      const { config } = await loadConfig({
        env: {},
        overrides: {
          'storage.dataDir': dataDir,
          'workflow.secret': 'k'.repeat(40),
          'web.baseUrl': base,
          'web.oidc.providers': [
            { id: 'corp', label: 'Corp', issuer: op.issuer, clientId: 'dlp-gateway', clientSecretEnv: secretEnv, scopes: ['openid', 'profile', 'email', 'groups'], roleMap: { 'dlp-approvers': ['approver'] }, allowInsecureHttp: true },
          ],
        },
      });
      const store = await PostgresStore.open(db.url);
      const log = createLogger({ level: 'silent' });
      const clock = { now: () => Date.now() };
      const workflow = await createWorkflow({ config, store, clock, log, wakeRelay: () => undefined, baseUrl: base, env: {}, approvers: parseApprovers(approversYaml) });
      const app = Fastify({ routerOptions: { maxParamLength: 1024 } }) as unknown as FastifyInstance;
      await createWebUi({ store, workflow, clock, log, config, env: { [secretEnv]: clientSecret } })(app);
      await app.ready();
      const node = { app, store, dataDir };
      nodes.push(node);
      return node;
    }

    beforeAll(async () => {
      db = await createTestDatabase('dlp_test_oidc');
      op = await startTestOp();
      op.configure({ clientId: 'dlp-gateway', clientSecret, redirectUris: [`${base}/sign-in/oidc/corp/callback`], postLogoutRedirectUris: [`${base}/sign-in`] });
    });
    afterAll(async () => {
      for (const n of nodes) {
        await n.app.close();
        await n.store.close();
        rmSync(n.dataDir, { recursive: true, force: true });
      }
      await op?.close();
      await db?.drop();
    });

    it('starts on node A, finishes on node B, and refuses the replay on node A', async () => {
      const a = await startNode();
      const b = await startNode();
      const onA = new Client(a.app);
      const start = await onA.get('/sign-in/oidc/corp?next=/history');
      const callback = await signInAtProvider(start.headers.location as string, 'yamada', base);
      const pending = onA.cookies.get('dlp_oidc')!;

      const onB = new Client(b.app);
      onB.cookies.set('dlp_oidc', pending);
      const done = await onB.get(callback.slice(base.length));
      expect(done.statusCode).toBe(200);
      expect(done.headers.refresh).toBe('0;url=/history');
      // The session is in the shared store: node A serves it too.
      const session = onB.cookies.get('dlp_session')!;
      const onAWithSession = new Client(a.app);
      onAWithSession.cookies.set('dlp_session', session);
      expect((await onAWithSession.get('/queue')).statusCode).toBe(200);
      expect(await a.store.getUser('yamada.taro@example.co.jp')).toMatchObject({ roles: ['approver'], passwordHash: '' });
      expect(await a.store.getIdentity('corp', 'yamada')).toMatchObject({ username: 'yamada.taro@example.co.jp' });

      const replay = await onA.get(callback.slice(base.length));
      expect(replay.statusCode).toBe(400);
      expect(onA.cookies.has('dlp_session')).toBe(false);
      const failed = await a.store.events({ action: 'sign_in_failed' });
      expect(failed.at(-1)?.detail).toMatchObject({ provider: 'corp', reason: 'replayed' });
      expect((await a.store.events({ action: 'signed_in', actor: 'yamada.taro@example.co.jp' })).at(-1)?.detail).toMatchObject({ method: 'oidc', created: true });
    });
  });
}
