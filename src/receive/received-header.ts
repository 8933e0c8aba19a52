/** RFC 5321 §4.4 trace header, with the RFC 3848 protocol keyword. */
export interface ReceivedFacts {
  helo: string;
  remoteAddress: string;
  remoteHostname?: string;
  hostname: string;
  id: string;
  tls: boolean;
  authenticated: boolean;
  recipients: readonly string[];
  date: Date;
}

export function rfc5322Date(date: Date): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${days[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(
    date.getUTCMinutes(),
  )}:${pad(date.getUTCSeconds())} +0000`;
}

/** Only printable ASCII without parentheses survives into the header (the HELO is client-controlled). */
function clean(text: string): string {
  return text.replace(/[^\x21-\x7e]|[()]/g, '').slice(0, 200) || 'unknown';
}

export function receivedHeader(f: ReceivedFacts): string {
  const protocol = `ESMTP${f.tls ? 'S' : ''}${f.authenticated ? 'A' : ''}`;
  const from = `from ${clean(f.helo)} (${f.remoteHostname && f.remoteHostname !== f.remoteAddress ? `${clean(f.remoteHostname)} ` : ''}[${clean(f.remoteAddress)}])`;
  // Name the recipient only when there is exactly one (no disclosure of Bcc lists).
  const forClause = f.recipients.length === 1 ? `\r\n\tfor <${clean(f.recipients[0]!)}>` : '';
  return `Received: ${from}\r\n\tby ${clean(f.hostname)} (dlp-gateway) with ${protocol} id ${f.id}${forClause};\r\n\t${rfc5322Date(f.date)}\r\n`;
}
