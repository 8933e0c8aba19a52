/** Contract of the release stage: hand original bytes to the next hop with the original envelope. */

export type RecipientOutcome = 'delivered' | 'temporary' | 'permanent';

export interface RecipientResult {
  address: string;
  outcome: RecipientOutcome;
  /** Upstream response text (SMTP code and enhanced status), no content. */
  response: string;
}

export interface OutgoingMessage {
  id: string;
  mailFrom: string;
  recipients: string[];
  raw: Buffer;
}

export interface Relay {
  /** Describe the next hop for logs (`smtp://mx.example:25`, `outbox:/path`). */
  readonly description: string;
  send(message: OutgoingMessage): Promise<RecipientResult[]>;
  close(): Promise<void>;
}
