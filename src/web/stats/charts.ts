/** Inline SVG charts rendered on the server (no scripts, no styles: presentation attributes only). */
import { escapeHtml } from '../html.js';
import type { Series } from './compute.js';

export const palette = ['#1f5fbf', '#d9822b', '#2e9e6a', '#b03a6f', '#7a5cc7', '#8a94a6'];

/** A top for the axis whose four gridlines are whole numbers (counts of mail are). */
function niceMax(value: number): number {
  if (value <= 4) return 4;
  const magnitude = 10 ** Math.floor(Math.log10(value / 4));
  for (const step of [1, 2, 5, 10]) {
    const tick = Math.max(1, step * magnitude);
    if (tick * 4 >= value) return tick * 4;
  }
  return Math.ceil(value / 4) * 4;
}

/** Stacked columns per day. `labels` are the x values (YYYY-MM-DD). */
export function stackedBarChart(labels: string[], series: Series[], title: string): string {
  const width = 720;
  const height = 240;
  const left = 34;
  const bottom = 26;
  const top = 10;
  const plotW = width - left - 8;
  const plotH = height - top - bottom;
  const totals = labels.map((_, i) => series.reduce((s, x) => s + (x.values[i] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const band = plotW / Math.max(1, labels.length);
  const barW = Math.max(2, band * 0.7);
  const parts: string[] = [];
  for (let g = 0; g <= 4; g++) {
    const v = (max * g) / 4;
    const y = top + plotH - (v / max) * plotH;
    parts.push(`<line x1="${left}" x2="${width - 8}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#e3e6eb" stroke-width="1"/>`);
    parts.push(`<text x="${left - 4}" y="${(y + 4).toFixed(1)}" text-anchor="end" font-size="11" fill="#5d6675">${v.toLocaleString('ja-JP')}</text>`);
  }
  labels.forEach((label, i) => {
    let y = top + plotH;
    const x = left + i * band + (band - barW) / 2;
    series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      if (!v) return;
      const h = (v / max) * plotH;
      y -= h;
      parts.push(`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${palette[k % palette.length]}"><title>${escapeHtml(`${label} ${s.name}: ${v}`)}</title></rect>`);
    });
    const step = Math.ceil(labels.length / 10);
    if (i % step === 0) parts.push(`<text x="${(x + barW / 2).toFixed(1)}" y="${height - 8}" text-anchor="middle" font-size="11" fill="#5d6675">${escapeHtml(label.slice(5))}</text>`);
  });
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${parts.join('')}</svg>`;
}

/** One horizontal 100% bar split by share. */
export function shareBar(parts: Array<{ label: string; value: number }>, title: string): string {
  const width = 720;
  const height = 36;
  const total = parts.reduce((s, p) => s + p.value, 0);
  if (total === 0) return '';
  let x = 0;
  const rects = parts.map((p, k) => {
    const w = (p.value / total) * width;
    const r = `<rect x="${x.toFixed(1)}" y="4" width="${w.toFixed(1)}" height="28" fill="${palette[k % palette.length]}"><title>${escapeHtml(`${p.label}: ${p.value} (${Math.round((p.value / total) * 100)}%)`)}</title></rect>${
      w > 44 ? `<text x="${(x + w / 2).toFixed(1)}" y="23" text-anchor="middle" font-size="12" fill="#fff">${Math.round((p.value / total) * 100)}%</text>` : ''
    }`;
    x += w;
    return r;
  });
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${rects.join('')}</svg>`;
}

/** Horizontal bars with a label on the left and the value at the end. */
export function horizontalBars(rows: Array<{ label: string; value: number; note?: string }>, title: string): string {
  const width = 720;
  const rowH = 26;
  const labelW = 180;
  const height = rows.length * rowH + 6;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const parts = rows.map((r, i) => {
    const y = 3 + i * rowH;
    const w = ((width - labelW - 120) * r.value) / max;
    return `<text x="${labelW - 6}" y="${y + 17}" text-anchor="end" font-size="12" fill="#1d2330">${escapeHtml(r.label.length > 24 ? `${r.label.slice(0, 23)}…` : r.label)}</text><rect x="${labelW}" y="${y + 4}" width="${w.toFixed(1)}" height="18" rx="3" fill="${palette[0]}"/><text x="${(labelW + w + 6).toFixed(1)}" y="${y + 17}" font-size="12" fill="#5d6675">${escapeHtml(`${r.value}${r.note ? ` · ${r.note}` : ''}`)}</text>`;
  });
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${parts.join('')}</svg>`;
}
