import { mkdir, open, rename } from 'node:fs/promises';
import path from 'node:path';
import type { OutgoingMessage, RecipientResult, Relay } from './types.js';

async function writeDurably(file: string, data: Buffer | string): Promise<void> {
  const tmp = `${file}.tmp`;
  const handle = await open(tmp, 'w', 0o640);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, file);
}

/**
 * Embedded default next hop: one `.eml` per message (bytes exactly as they would go upstream)
 * plus a `.envelope.json` beside it. Written with fsync and rename, so a crash never leaves a
 * half-written file under the final name.
 */
export class OutboxRelay implements Relay {
  readonly description: string;

  constructor(private readonly dir: string) {
    this.description = `outbox:${dir}`;
  }

  async send(message: OutgoingMessage): Promise<RecipientResult[]> {
    try {
      await mkdir(this.dir, { recursive: true });
      const base = path.join(this.dir, message.id);
      await writeDurably(`${base}.envelope.json`, JSON.stringify({ mailFrom: message.mailFrom, rcptTo: message.recipients }, null, 2));
      await writeDurably(`${base}.eml`, message.raw);
      const dir = await open(this.dir, 'r');
      try {
        await dir.sync();
      } finally {
        await dir.close();
      }
      return message.recipients.map((address) => ({ address, outcome: 'delivered', response: `250 written to outbox ${message.id}.eml` }));
    } catch (err) {
      return message.recipients.map((address) => ({ address, outcome: 'temporary', response: `outbox write failed: ${(err as Error).message}` }));
    }
  }

  async close(): Promise<void> {}
}

