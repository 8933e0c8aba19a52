import { html, trusted, type SafeHtml } from '../html.js';
import type { PageRequest } from '../layout.js';
import { categoryName, categoryTone, formatAge, formatCount, formatDuration } from '../format.js';
import type { RecipientView } from './held-message.js';

export function categoryBadges(p: PageRequest, categories: Array<{ category: string; count: number }>, personCount?: number): SafeHtml {
  return html`<span class="badges">${categories.map(
    (c) => html`<span class="badge ${categoryTone(c.category)}" data-category="${c.category}">${categoryName(c.category, p.lang)} <b>${formatCount(c.count, p.lang)}</b></span>`,
  )}${personCount ? html`<span class="badge people">${p.t('personCount', { n: formatCount(personCount, p.lang) })}</span>` : ''}</span>`;
}

export function recipientMarks(p: PageRequest, r: RecipientView): SafeHtml {
  const { t } = p;
  const external = r.class && r.class !== 'internal';
  return html`${r.lookalikeOf ? html`<span class="mark danger" title="${r.lookalikeOf}">${t('markLookalike')}</span>` : ''}${
    r.class === 'freemail' ? html`<span class="mark warn">${t('markFreemail')}</span>` : r.class === 'partner' ? html`<span class="mark">${t('markPartner')}</span>` : external ? html`<span class="mark warn">${t('markExternal')}</span>` : ''
  }${r.firstTime ? html`<span class="mark new">${t('markNew')}</span>` : ''}${r.visible === false ? html`<span class="mark">${t('markBcc')}</span>` : ''}`;
}

const clip = trusted('<svg class="icon" viewBox="0 0 16 16" width="13" height="13" aria-hidden="true"><path d="M10.5 4.5 5.6 9.4a1.3 1.3 0 0 0 1.8 1.8l5.3-5.3a2.6 2.6 0 0 0-3.7-3.7L3.7 7.5a3.9 3.9 0 0 0 5.5 5.5l4.3-4.3" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round"/></svg>');

/** Paperclip icon (inline SVG: no emoji font needed). */
export function attachmentIcon(): SafeHtml {
  return clip;
}

/** `山田 太郎 <yamada@example.co.jp>` → name in bold, address below; plain address alone. */
export function senderBlock(from: string, envelope: string): SafeHtml {
  const m = /^(.*?)\s*<([^<>]+)>$/.exec(from);
  const name = m ? m[1]!.replace(/^"|"$/g, '') : '';
  const address = m ? m[2]! : from || envelope;
  return html`${name ? html`<span class="sender">${name}</span> ` : ''}<span class="addr-line">${address || '<>'}</span>`;
}

export function recipientLine(p: PageRequest, r: RecipientView): SafeHtml {
  return html`<span class="rcpt"><span class="addr">${r.address}</span>${recipientMarks(p, r)}</span>`;
}

export function ageAndDeadline(p: PageRequest, now: number, heldAt: number, deadline: number | undefined): SafeHtml {
  const overdue = deadline !== undefined && deadline <= now;
  return html`<span class="age">${formatAge(now - heldAt, p.t)}</span>${
    deadline !== undefined
      ? html`<span class="deadline ${overdue ? 'overdue' : deadline - now < 2 * 3_600_000 ? 'soon' : ''}">${overdue ? p.t('deadlinePassed') : p.t('deadlineIn', { t: formatDuration(deadline - now, p.t) })}</span>`
      : ''
  }`;
}
