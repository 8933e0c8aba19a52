/** When no SMTP envelope is known (scanning a file), the headers stand in for it. */
import type { MessageHeaders } from '../extract/types.js';
import type { Envelope } from './types.js';

export function envelopeFromHeaders(headers: Pick<MessageHeaders, 'from' | 'to' | 'cc' | 'bcc'>): Envelope {
  return {
    mailFrom: headers.from[0]?.address ?? '',
    rcptTo: [...headers.to, ...headers.cc, ...headers.bcc].map((m) => m.address).filter((a) => a !== ''),
  };
}
