import { incidentStatsSection } from '../view/incident-stats.js';
import { describe } from '../words.js';
import { formatCount } from '../format.js';
import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../context.js';
import { hasRole } from '../context.js';
import { html, trusted, type SafeHtml } from '../html.js';
import { errorPage, layout, pageRequest, sendPage, type PageRequest } from '../layout.js';
import { categoryName, formatDuration } from '../format.js';
import { horizontalBars, palette, shareBar, stackedBarChart } from '../stats/charts.js';
import type { Series } from '../stats/compute.js';
import { loadStats, readDays } from '../stats/load.js';
import { requireSignIn } from './sign-in.js';
import { delayStatsSection } from '../view/delay-stats.js';

function legend(names: string[]): SafeHtml {
  return html`<div class="legend">${names.map((n, i) => html`<span><i class="sw${i % palette.length}"></i>${n}</span>`)}</div>`;
}

function seriesChart(p: PageRequest, days: string[], series: Series[], title: string, label: (name: string) => string): SafeHtml {
  if (series.length === 0) return html`<p class="muted">${p.t('noData')}</p>`;
  const named = series.map((s) => ({ ...s, name: s.name === 'other' ? p.t('other') : label(s.name) }));
  return html`${trusted(stackedBarChart(days, named, title))}${legend(named.map((s) => s.name))}`;
}

export function registerStatsPage(app: FastifyInstance, ctx: WebContext): void {
  app.get('/stats', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const p = pageRequest(req);
    if (!hasRole(req.dlpAuth, 'admin', 'auditor')) return errorPage(req, reply, 403, p.t('errorForbidden'));
    const days = readDays(req.query as Record<string, unknown>);
    const s = await loadStats(ctx, days);
    const incidents = await incidentStatsSection(ctx, p);
    const outcomeParts = [
      { label: p.t('outcomeReleased'), value: s.outcomes.released },
      { label: p.t('outcomeDenied'), value: s.outcomes.denied },
      { label: p.t('outcomeReturned'), value: s.outcomes.returned },
      { label: p.t('outcomeCancelled'), value: s.outcomes.cancelled },
      { label: p.t('outcomeExpired'), value: s.outcomes.expired },
      { label: p.t('outcomePending'), value: s.outcomes.pending },
    ];
    const body = html`<h1>${p.t('statsTitle')} <span class="muted small">${p.t('statsPeriod', { n: days })} · ${[7, 30, 90].map((d) => html` <a href="/stats?days=${d}">${d}</a>`)}</span></h1>
<div class="stats">
  <section class="card wide"><h2>${p.t('heldPerDayByRule')}</h2>${seriesChart(p, s.days, s.byRule, p.t('heldPerDayByRule'), (n) => describe(s.ruleDescriptions[n] ?? n, p.lang))}</section>
  <section class="card wide"><h2>${p.t('heldPerDayByCategory')}</h2>${seriesChart(p, s.days, s.byCategory, p.t('heldPerDayByCategory'), (n) => categoryName(n, p.lang))}</section>
  <section class="card"><h2>${p.t('outcomes')}</h2>${
    s.totalHeld ? html`${trusted(shareBar(outcomeParts, p.t('outcomes')))}${legend(outcomeParts.map((o) => `${o.label} ${formatCount(o.value, p.lang)}`))}` : html`<p class="muted">${p.t('noData')}</p>`
  }</section>
  <section class="card"><h2>${p.t('approverLoad')}</h2>${
    s.approvers.length
      ? html`${trusted(horizontalBars(s.approvers.map((a) => ({ label: a.approver, value: a.decisions, note: formatDuration(a.medianMs, p.t) })), p.t('approverLoad')))}
        <table><thead><tr><th>${p.t('approverCol')}</th><th class="num">${p.t('decisionsCol')}</th><th class="num">${p.t('medianCol')}</th></tr></thead><tbody>${s.approvers.map(
          (a) => html`<tr><td>${a.approver}</td><td class="num">${a.decisions}</td><td class="num">${formatDuration(a.medianMs, p.t)}</td></tr>`,
        )}</tbody></table>`
      : html`<p class="muted">${p.t('noData')}</p>`
  }</section>
  <section class="card wide"><h2>${p.t('falsePositives')}</h2><p class="small muted">${p.t('fpHint')}</p>${
    s.falsePositiveCandidates.length
      ? html`<table><thead><tr><th>${p.t('ruleCol')}</th><th class="num">${p.t('heldCol')}</th><th class="num">${p.t('decisionsCol')}</th><th class="num">${p.t('approvalRateCol')}</th></tr></thead><tbody>${s.falsePositiveCandidates.map(
          (r) => html`<tr><td class="mono">${r.rule}</td><td class="num">${r.held}</td><td class="num">${r.decided}</td><td class="num">${Math.round(r.approvalRate * 100)}%</td></tr>`,
        )}</tbody></table>`
      : html`<p class="muted">${p.t('noData')}</p>`
  }</section>
  ${delayStatsSection(p, s.delays)}
  ${incidents}
</div>`;
    return sendPage(reply, layout(p, { title: p.t('statsTitle'), page: 'stats', active: 'stats' }, body));
  });
}
