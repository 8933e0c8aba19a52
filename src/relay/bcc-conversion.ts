/**
 * Forced-BCC release: the approver lets a message go out, but without showing every recipient
 * to every other (the classic 一斉送信 incident). The To and Cc header fields are replaced by
 * `To: undisclosed-recipients:;`; the envelope (every RCPT TO) is unchanged, so each recipient
 * still gets one copy. Every other byte — the other headers and the whole body — stays as it
 * was. A DKIM signature that covers To/Cc no longer verifies, so this is a choice the approver
 * makes per message, and it is recorded in the audit trail.
 */
export function convertToBcc(raw: Buffer): Buffer {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const headerEnd = end === -1 ? text.length : end;
  const lines = text.slice(0, headerEnd).split(/(?<=\n)/);
  const out: string[] = [];
  let dropping = false;
  let replaced = false;
  for (const line of lines) {
    const continuation = /^[ \t]/.test(line);
    if (continuation) {
      if (!dropping) out.push(line);
      continue;
    }
    dropping = /^(to|cc)[ \t]*:/i.test(line);
    if (dropping && !replaced) {
      const eol = line.endsWith('\r\n') ? '\r\n' : '\n';
      out.push(`To: undisclosed-recipients:;${eol}`);
      replaced = true;
    }
    if (!dropping) out.push(line);
  }
  if (!replaced) return raw;
  // The last header line may lack its line ending when the header block was cut at the blank line.
  return Buffer.concat([Buffer.from(out.join(''), 'latin1'), raw.subarray(Buffer.byteLength(text.slice(0, headerEnd), 'latin1'))]);
}
