/**
 * SMTP smuggling (CVE-2023-51766 family): a message whose body holds an end-of-data sequence
 * that another server would honour (`<LF>.<CR><LF>`, `<CR><LF>.<LF>`, `<CR>.<CR>`, bare CR)
 * could end DATA early at a later hop and smuggle a second message. smtp-server only honours
 * `<CR><LF>.<CR><LF>`, so such bytes arrive inside the content; we refuse them outright.
 * Plain bare LF line endings are tolerated (nodemailer normalises them to CRLF on relay).
 */
export function findSmugglingSequence(raw: Buffer): string | null {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === 0x0d && raw[i + 1] !== 0x0a) return 'bare CR';
    if (c === 0x0a && raw[i + 1] === 0x2e && (i === 0 || raw[i - 1] !== 0x0d)) return 'bare LF followed by "."';
    if (c === 0x2e && raw[i + 1] === 0x0a && i > 0 && raw[i - 1] === 0x0a) return '"." followed by bare LF';
  }
  return null;
}
