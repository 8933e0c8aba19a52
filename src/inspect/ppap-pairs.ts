/**
 * PPAP pairing around the policy decision (the I/O half of src/detect/ppap-pair.ts): before the
 * policy, a password mail is matched against recent encrypted sends of the same sender to the
 * same recipients; after it, an encrypted send is remembered for the next mail.
 */
import type { DetectionResult } from '../detect/types.js';
import { isEncryptedSend, isPasswordMail, pairFinding, recipientsHash, withPairFinding } from '../detect/ppap-pair.js';
import type { MessageRecord, Store } from '../store/types.js';

export interface PpapPairing {
  store: Pick<Store, 'findEncryptedSend' | 'rememberEncryptedSend'>;
  windowMs: number;
}

/** The detection, with a `ppap_pair` finding when this password mail follows an encrypted send. */
export async function pairPasswordMail(p: PpapPairing, record: MessageRecord, detection: DetectionResult): Promise<DetectionResult> {
  if (!record.mailFrom || !isPasswordMail(detection)) return detection;
  const archive = await p.store.findEncryptedSend(record.mailFrom.toLowerCase(), recipientsHash(record.rcptTo), record.receivedAt - p.windowMs, record.id);
  if (!archive || archive.at > record.receivedAt) return detection;
  return withPairFinding(detection, pairFinding(archive, record.receivedAt));
}

/** Remember an encrypted send (index entries older than the window are dropped meanwhile). */
export async function rememberIfEncrypted(p: PpapPairing, record: MessageRecord, detection: DetectionResult): Promise<void> {
  if (!record.mailFrom || !isEncryptedSend(detection)) return;
  await p.store.rememberEncryptedSend(
    { messageId: record.id, sender: record.mailFrom.toLowerCase(), recipientsHash: recipientsHash(record.rcptTo), at: record.receivedAt },
    record.receivedAt - p.windowMs * 4,
  );
}
