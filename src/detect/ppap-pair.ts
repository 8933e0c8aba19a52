/**
 * PPAP pairs across messages: an encrypted archive (or a share link announced with "password
 * follows separately"), then — within minutes, from the same sender to the same recipients — a
 * short mail that is essentially the password. Each mail alone says little; the pair is the
 * practice the Cabinet Office dropped in 2020. Pure: the index of recent encrypted sends is the
 * caller's (Store.rememberEncryptedSend / findEncryptedSend).
 */
import { createHash } from 'node:crypto';
import type { DetectionResult, Finding } from './types.js';

/** Order- and case-independent hash of a recipient set (the index keeps no addresses). */
export function recipientsHash(rcptTo: readonly string[]): string {
  const set = [...new Set(rcptTo.map((r) => r.trim().toLowerCase()))].sort();
  return createHash('sha256').update(set.join('\n')).digest('hex');
}

/** The first half of a pair: an encrypted attachment, or the announcement that the password follows. */
export function isEncryptedSend(detection: DetectionResult): boolean {
  return detection.findings.some((f) => f.category === 'encrypted_attachment' || f.category === 'ppap_notice');
}

/** The second half: the detector's `ppap_password` (short, no attachment, essentially a password). */
export function isPasswordMail(detection: DetectionResult): boolean {
  return detection.findings.some((f) => f.category === 'ppap_password');
}

export interface PairedSend {
  messageId: string;
  at: number;
}

/** The pair as a finding on the password mail (policy: `findings: { category: ppap_pair }`). */
export function pairFinding(archive: PairedSend, passwordAt: number): Finding {
  const minutes = Math.max(0, Math.round((passwordAt - archive.at) / 60_000));
  return {
    category: 'ppap_pair',
    confidence: 'high',
    count: 1,
    location: 'message',
    sample: `暗号化ファイル（受付番号 ${archive.messageId}）の${minutes}分後に同じ宛先へパスワード / password ${minutes} min after encrypted file ${archive.messageId} to the same recipients`,
    hashes: [],
    reason: `pairs with ${archive.messageId}: same sender, same recipients, ${minutes} min apart`,
  };
}

/** The detection with the pair finding added (and counted in the summary). */
export function withPairFinding(detection: DetectionResult, finding: Finding): DetectionResult {
  return {
    findings: [...detection.findings, finding],
    summary: { ...detection.summary, categories: { ...detection.summary.categories, ppap_pair: (detection.summary.categories.ppap_pair ?? 0) + 1 } },
  };
}
