import { convertToBcc } from '../relay/bcc-conversion.js';
import type { ReleaseTransform } from './types.js';

/** The approver released the message as Bcc (一斉送信 without showing every address): To/Cc replaced. */
export const forcedBcc: ReleaseTransform = {
  name: 'forced-bcc',
  appliesTo: (ctx) => ctx.releaseAs === 'bcc',
  apply(raw) {
    const converted = convertToBcc(raw);
    return converted === raw ? null : { raw: converted, auditNotes: [{ step: 'forced-bcc', detail: { headers: ['To', 'Cc'] } }] };
  },
};
