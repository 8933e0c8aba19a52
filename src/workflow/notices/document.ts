/** A notice as plain blocks, rendered to text and to simple HTML (Japanese part, then English). */
export type Block =
  | { kind: 'para'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'link'; label: string; url: string };

export interface NoticeDocument {
  subject: string;
  ja: Block[];
  en: Block[];
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function blockText(b: Block): string {
  switch (b.kind) {
    case 'para':
      return b.text;
    case 'heading':
      return `■ ${b.text}`;
    case 'list':
      return b.items.map((i) => `  - ${i}`).join('\n');
    case 'link':
      return `${b.label}:\n  ${b.url}`;
    default: {
      const never: never = b;
      throw new Error(`unknown block ${String(never)}`);
    }
  }
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'para':
      return `<p>${escapeHtml(b.text).replace(/\n/g, '<br>')}</p>`;
    case 'heading':
      return `<h3 style="margin:16px 0 4px;font-size:15px">${escapeHtml(b.text)}</h3>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'link':
      return `<p><a href="${escapeHtml(b.url)}">${escapeHtml(b.label)}</a><br><small>${escapeHtml(b.url)}</small></p>`;
    default: {
      const never: never = b;
      throw new Error(`unknown block ${String(never)}`);
    }
  }
}

const separator = '----------------------------------------------------------------------';

export function renderText(doc: NoticeDocument): string {
  return [...doc.ja.map(blockText), '', separator, '(English below / 英語版)', '', ...doc.en.map(blockText), ''].join('\n\n').replace(/\n{3,}/g, '\n\n');
}

export function renderHtml(doc: NoticeDocument): string {
  return [
    '<!doctype html><html><body style="font-family:sans-serif;font-size:14px;line-height:1.6">',
    '<div lang="ja">',
    ...doc.ja.map(blockHtml),
    '</div><hr><div lang="en">',
    ...doc.en.map(blockHtml),
    '</div></body></html>',
  ].join('\n');
}
