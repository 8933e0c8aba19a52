/** The send-delay card of the statistics page: mis-sends caught by the delay. */
import { html, type SafeHtml } from '../html.js';
import { delayText } from '../i18n-delay.js';
import type { PageRequest } from '../layout.js';
import type { DelayStats } from '../stats/delay-stats.js';

export function delayStatsSection(p: PageRequest, s: DelayStats): SafeHtml {
  const t = delayText(p.lang);
  const rows: Array<[string, string, string]> = [
    ['delay-delayed', t('statsDelayed'), String(s.delayed)],
    ['delay-cancelled', t('statsCancelled'), String(s.cancelled)],
    ['delay-sent-now', t('statsSentNow'), String(s.sentNow)],
    ['delay-released', t('statsReleased'), String(s.released)],
    ['delay-cancel-rate', t('statsCancelRate'), `${(s.cancelRate * 100).toFixed(1)}%`],
  ];
  return html`<section class="card" id="delay-stats"><h2>${t('statsTitle')}</h2><table><tbody>${rows.map(
    ([id, label, value]) => html`<tr id="${id}"><td>${label}</td><td class="num">${value}</td></tr>`,
  )}</tbody></table></section>`;
}
