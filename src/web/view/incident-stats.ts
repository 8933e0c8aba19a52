import { incidentStats } from '../../incident/stats.js';
import { listIncidents } from '../../incident/service.js';
import type { WebContext } from '../context.js';
import { formatDuration } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { incidentText } from '../i18n-incidents.js';
import type { PageRequest } from '../layout.js';
import { incidentDeps } from './incident-access.js';

/** The incidents section of the statistics page: per month, and the controls that were passed. */
export async function incidentStatsSection(ctx: WebContext, p: PageRequest): Promise<SafeHtml> {
  const t = incidentText(p.lang);
  const deps = incidentDeps(ctx);
  const s = incidentStats(await listIncidents(deps, 5000), deps.calendar, ctx.clock.now(), 12);
  const total = s.perMonth.reduce((n, m) => n + m.count, 0);
  return html`<section class="card wide incident-stats" id="incident-stats"><h2>${t('stats')}</h2>${
    total === 0
      ? html`<p class="muted">${t('statsNone')}</p>`
      : html`<h3>${t('statsPerMonth')}</h3>
<table><thead><tr><th>${t('statsMonth')}</th><th class="num">${t('statsCount')}</th><th class="num">${t('statsReportable')}</th></tr></thead><tbody>${s.perMonth
          .filter((m) => m.count > 0)
          .map((m) => html`<tr><td>${m.month}</td><td class="num">${m.count}</td><td class="num">${m.reportable}</td></tr>`)}</tbody></table>
<h3>${t('statsBypassed')}</h3>
${s.bypassed.length
  ? html`<table><thead><tr><th>${t('colIncident')}</th><th>${p.t('colSubject')}</th><th>${t('statsApprover')}</th><th class="num">${t('statsWait')}</th><th>${t('statsRules')}</th></tr></thead><tbody>${s.bypassed.map(
      (b) => html`<tr><td><a href="/incidents/${b.incidentId}" class="mono">${b.incidentId}</a></td><td class="mono">${b.messageId}</td><td>${b.approvedBy}</td><td class="num">${b.waitMs === null ? '—' : formatDuration(b.waitMs, p.t)}</td><td class="mono small">${b.rules.join(', ')}</td></tr>`,
    )}</tbody></table>`
  : html`<p class="muted">—</p>`}
<p class="small muted">${t('statsNotHeldCount', { n: s.notHeld })}</p>`
  }</section>`;
}
