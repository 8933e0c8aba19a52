import { afterEach, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TestUpstream, freePort } from '../helpers/upstream.js';
import { greet } from '../helpers/smtp-client.js';
import { sampleMail, stripOurReceived, tempDir, waitUntil } from '../helpers/gateway.js';
import { runCli, spawnGateway, type GatewayProcess } from '../helpers/process.js';
import { createTestDatabase, requirePostgres, type TestDatabase } from '../helpers/postgres.js';

/**
 * Issue acceptance: two gateway processes on one PostgreSQL; mail accepted by one node, approved
 * through the other node's REST API, released exactly once.
 */

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const policyYaml = `version: 1
mode: enforce
organisation:
  name: テスト株式会社
  internalDomains: [example.co.jp]
rules:
  - id: all-external-approval
    description: 社外宛ては全て承認 / every external message needs approval
    when:
      all:
        - recipients: { external: any }
    action: { hold: [approval] }
`;

const approversYaml = `version: 1
people:
  boss: { email: boss@example.co.jp, department: sales }
departments:
  sales:
    members: ['*@example.co.jp']
    approvers: [boss]
fallback:
  approvers: [boss]
`;

type Node = GatewayProcess & { smtpPort: number; webPort: number };

if (await requirePostgres('two nodes, approval through the other node')) {
  describe('two nodes on one PostgreSQL: accepted by one, approved through the other', () => {
    it('releases the approved message exactly once, byte-identical, with its envelope', async () => {
      const db: TestDatabase = await createTestDatabase('dlp_test_approval');
      cleanups.push(() => db.drop());
      const upstream = new TestUpstream();
      await upstream.start();
      cleanups.push(() => upstream.stop());
      const shared = tempDir();
      cleanups.push(() => rmSync(shared, { recursive: true, force: true }));
      const policyFile = path.join(shared, 'policy.yaml');
      const approversFile = path.join(shared, 'approvers.yaml');
      writeFileSync(policyFile, policyYaml);
      writeFileSync(approversFile, approversYaml);
      const baseEnv = { DLP_STORE_URL: db.url, DLP_SECRET: 'x'.repeat(40), DLP_POLICY_PATH: policyFile, DLP_UPSTREAM_URL: upstream.url };

      const created = await runCli(['user', 'add', 'boss', '--role', 'approver', '--email', 'boss@example.co.jp', '--department', 'sales'], baseEnv, 'correct horse battery staple\n');
      expect(created.code, created.stderr).toBe(0);
      const tokenOut = await runCli(['user', 'token', 'boss', '--label', 'test'], baseEnv);
      expect(tokenOut.code, tokenOut.stderr).toBe(0);
      const token = tokenOut.stdout.trim().split('\n').pop()!.trim();

      const startNode = async (): Promise<Node> => {
        const dataDir = tempDir();
        cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
        const configFile = path.join(dataDir, 'gateway.yaml');
        writeFileSync(configFile, `processing:\n  pollMs: 200\nworkflow:\n  approversPath: ${approversFile}\n`);
        const smtpPort = await freePort();
        const webPort = await freePort();
        const node = await spawnGateway({ ...baseEnv, DLP_DATA_DIR: dataDir, DLP_SMTP_PORT: String(smtpPort), DLP_WEB_PORT: String(webPort) }, ['--config', configFile]);
        cleanups.push(() => void node.kill('SIGKILL'));
        return Object.assign(node, { smtpPort, webPort });
      };
      const [a, b] = await Promise.all([startNode(), startNode()]);

      const raw = sampleMail({ to: ['sato@partner.example.jp'], subject: '見積書の送付' });
      const { client } = await greet(a.smtpPort);
      const answer = await client.send('yamada.taro@example.co.jp', ['sato@partner.example.jp', 'bcc-only@partner.example.jp'], raw);
      client.destroy();
      const id = /queued as (\S+)/.exec(answer)![1]!;

      const api = (node: Node, p: string, init: RequestInit = {}) =>
        fetch(`http://127.0.0.1:${node.webPort}${p}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) } });
      // Node B sees the message node A held (one queue).
      await waitUntil(async () => {
        const r = await api(b, `/api/messages/${id}`);
        return r.ok && ((await r.json()) as { message?: { state?: string }; state?: string }).message?.state === 'awaiting_approval';
      }, 60_000, 'the message held and visible on node B');

      // Routed (the approver was notified) before anyone decides.
      await waitUntil(() => upstream.received.some((m) => m.rcptTo.includes('boss@example.co.jp')), 30_000, 'approval request to the approver');
      // Two approvals race, one on each node: exactly one wins.
      const results = await Promise.all([
        api(b, `/api/messages/${id}/approve`, { method: 'POST', body: JSON.stringify({ comment: '確認済み' }) }),
        api(a, `/api/messages/${id}/approve`, { method: 'POST', body: JSON.stringify({}) }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);

      await waitUntil(() => upstream.received.some((m) => m.mailFrom === 'yamada.taro@example.co.jp'), 30_000, 'release upstream');
      await new Promise((r) => setTimeout(r, 1500));
      const originals = upstream.received.filter((m) => m.mailFrom === 'yamada.taro@example.co.jp');
      expect(originals).toHaveLength(1);
      expect(originals[0]!.rcptTo).toEqual(['sato@partner.example.jp', 'bcc-only@partner.example.jp']);
      expect(stripOurReceived(originals[0]!.raw).equals(raw)).toBe(true);
    }, 180_000);
  });
}
