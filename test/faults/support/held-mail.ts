/**
 * A real gateway process with the hold workflow and the web UI: a policy that holds outside mail
 * (approval; self-check first when the subject says `[self-check]`), an approvers file with two
 * departments, accounts made with `dlp-gateway user add`, and small clients for the REST API.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { GatewayUnderTest, type ProcessOptions } from './gateway-process.js';

export const password = 'correct horse battery staple';
export const secret = 'faults-secret-'.padEnd(48, 'x');

/** Outside recipients → approval; with `[self-check]` in the subject the sender checks first. Internal mail passes. */
export const holdPolicyYaml = `version: 1
mode: enforce
organisation:
  name: テスト株式会社
  internalDomains: [example.co.jp]
rules:
  - id: self-check-requested
    description: 送信者の確認 / sender self-check
    when:
      all:
        - recipients: { external: any }
        - subject: '\\[self-check\\]'
    action: { hold: [selfCheck] }
  - id: all-external-approval
    description: 社外宛ては全て承認 / every external message needs approval
    when:
      all:
        - recipients: { external: any }
    action: { hold: [approval] }
`;

/** sales: everyone at example.co.jp except hr.example.co.jp; hr: its own approver. */
export const approversYaml = `version: 1
people:
  boss: { email: boss@example.co.jp, department: sales }
  hrboss: { email: hrboss@hr.example.co.jp, department: hr }
departments:
  hr:
    members: ['*@hr.example.co.jp']
    approvers: [hrboss]
  sales:
    members: ['*@example.co.jp']
    approvers: [boss]
fallback:
  approvers: [boss]
`;

/** A gateway (not started) with the policy and approvers files above in its data directory. */
export function holdingGateway(options: Omit<ProcessOptions, 'inspect' | 'web'>): GatewayUnderTest {
  const gw = new GatewayUnderTest({ ...options, inspect: true, web: true });
  const policyFile = path.join(gw.dataDir, 'policy.yaml');
  const approversFile = path.join(gw.dataDir, 'approvers.yaml');
  writeFileSync(policyFile, holdPolicyYaml);
  writeFileSync(approversFile, approversYaml);
  gw.configure({ workflow: { approversPath: approversFile, tickIntervalMs: 500 } }, { DLP_POLICY_PATH: policyFile, DLP_SECRET: secret });
  return gw;
}

/** `user add` (+ `user token` unless `token: false`): the account and its API token (`<id>.<secret>`). */
export async function addUser(gw: GatewayUnderTest, username: string, role: string, email: string, department?: string, opts: { token?: boolean } = {}): Promise<string> {
  await gw.cli(['user', 'add', username, '--role', role, '--email', email, ...(department ? ['--department', department] : [])], `${password}\n`);
  if (opts.token === false) return '';
  const out = await gw.cli(['user', 'token', username, '--label', 'faults']);
  return out.trim().split('\n').pop()!.trim();
}

export interface ApiAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** REST API with a bearer token (no cookies, no CSRF needed). */
export class ApiClient {
  constructor(
    private readonly baseUrl: () => string,
    readonly token: string,
  ) {}

  async call(method: 'GET' | 'POST', p: string, body?: unknown): Promise<ApiAnswer> {
    const res = await fetch(`${this.baseUrl()}${p}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await res.text();
    let parsed: Record<string, unknown> = {};
    try {
      parsed = JSON.parse(text) as Record<string, unknown>;
    } catch {
      parsed = { text };
    }
    return { status: res.status, body: parsed };
  }

  async state(id: string): Promise<string | undefined> {
    const r = await this.call('GET', `/api/messages/${id}`);
    return r.status === 200 ? ((r.body.message as { state?: string } | undefined)?.state ?? undefined) : undefined;
  }
}
