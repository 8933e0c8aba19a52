/** Sending tracked mail through the gateway and waiting for the queue to settle. */
import { waitUntil } from '../../helpers/gateway.js';
import { FaultClient, queueIdOf } from './smtp-client.js';
import { newToken, trackedMail, type SentMail } from './ledger.js';
import type { MessageState } from '../../../src/store/types.js';

export const settledStates: readonly MessageState[] = ['delivered', 'bounced', 'awaiting_self_check', 'awaiting_approval', 'rejected', 'cancelled', 'denied', 'expired'];

/** Send `count` tracked mails over one session; returns those answered 250. */
export async function sendTracked(port: number, count: number, opts: { prefix?: string; to?: (i: number) => string[] } = {}): Promise<SentMail[]> {
  const { client } = await FaultClient.greet(port);
  const sent: SentMail[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const token = newToken(opts.prefix);
      const rcptTo = opts.to?.(i) ?? [`r${i}.${token}@partner.example.jp`];
      const raw = trackedMail(token, { to: rcptTo });
      const reply = await client.send('sender@example.co.jp', rcptTo, raw);
      const queueId = queueIdOf(reply);
      if (reply.startsWith('250') && queueId) sent.push({ token, mailFrom: 'sender@example.co.jp', rcptTo, raw, queueId });
    }
  } finally {
    client.destroy();
  }
  return sent;
}

/**
 * Keeps sending tracked mail until stopped, reconnecting while the gateway is down: what an
 * MTA in front of us does. Only messages answered 250 count as accepted.
 */
export class ContinuousSender {
  readonly sent: SentMail[] = [];
  attempts = 0;
  private stopped = false;
  private loop: Promise<void> | undefined;

  constructor(private readonly port: () => number) {}

  start(): void {
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }

  private async run(): Promise<void> {
    let client: FaultClient | undefined;
    while (!this.stopped) {
      try {
        if (!client || client.closed) client = (await FaultClient.greet(this.port())).client;
        const token = newToken('c');
        const rcptTo = [`c.${token}@partner.example.jp`];
        const raw = trackedMail(token, { to: rcptTo });
        this.attempts++;
        const reply = await client.send('sender@example.co.jp', rcptTo, raw);
        const queueId = queueIdOf(reply);
        if (reply.startsWith('250') && queueId) this.sent.push({ token, mailFrom: 'sender@example.co.jp', rcptTo, raw, queueId });
        else await new Promise((r) => setTimeout(r, 20));
      } catch {
        client?.destroy();
        client = undefined;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    client?.destroy();
  }
}

/** Wait until every accepted message reached a settled state in the store; false on timeout (the tally then says what is missing). */
export async function waitSettled(states: () => Map<string, MessageState> | Promise<Map<string, MessageState>>, sent: readonly SentMail[], timeoutMs = 30_000): Promise<boolean> {
  return waitUntil(
    async () => {
      const map = await states();
      return sent.every((m) => settledStates.includes(map.get(m.queueId) as MessageState));
    },
    timeoutMs,
    'every accepted message to settle (delivered or held)',
  ).then(
    () => true,
    () => false,
  );
}
