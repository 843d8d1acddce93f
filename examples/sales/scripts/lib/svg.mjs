// Hand-written SVG charts: no libraries, fixed number formatting, so the bytes are stable.
import { escapeHtml as esc, money } from './io.mjs';

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';
export const COLORS = ['#2563eb', '#f59e0b', '#10b981', '#ef4444', '#8b5cf6', '#0ea5e9'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2024-03-01" → "Mar"; January also names the year: "Jan 2025". */
export const monthLabel = (iso) => {
  const m = MONTHS[Number(iso.slice(5, 7)) - 1];
  return m === 'Jan' ? `${m} ${iso.slice(0, 4)}` : m;
};
const n = (v) => (Math.round(v * 10) / 10).toFixed(1);

/** Round tick values from 0 to at least `max`: 0, 5k, 10k, ... */
export function ticks(max, count = 5) {
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw || 1));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw);
  const out = [];
  for (let v = 0; v < max + step; v += step) out.push(v);
  return out;
}

export function short(v) {
  if (Math.abs(v) >= 1e6) return `${+(v / 1e6).toFixed(1)}M`;
  if (Math.abs(v) >= 1e3) return `${+(v / 1e3).toFixed(1)}k`;
  return `${+v.toFixed(1)}`;
}

function frame(width, height, title, body) {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}" ${FONT} font-size="12">`,
    `<title>${esc(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="24" font-size="15" font-weight="600" fill="#111827">${esc(title)}</text>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** Vertical bars, one per label. */
export function columnChart({ title, labels, values, width, height, color = COLORS[0] }) {
  const m = { top: 44, right: 16, bottom: 36, left: 56 };
  const w = width - m.left - m.right;
  const h = height - m.top - m.bottom;
  const t = ticks(Math.max(...values));
  const top = t[t.length - 1];
  const y = (v) => m.top + h - (v / top) * h;
  const band = w / values.length;
  const body = [];
  for (const v of t) {
    body.push(
      `<line x1="${m.left}" x2="${m.left + w}" y1="${n(y(v))}" y2="${n(y(v))}" stroke="#e5e7eb"/>`,
    );
    body.push(
      `<text x="${m.left - 6}" y="${n(y(v) + 4)}" text-anchor="end" fill="#6b7280">${short(v)}</text>`,
    );
  }
  values.forEach((v, i) => {
    const x = m.left + i * band + band * 0.15;
    body.push(
      `<rect x="${n(x)}" y="${n(y(v))}" width="${n(band * 0.7)}" height="${n(m.top + h - y(v))}" fill="${color}" stroke="none" rx="2"><title>${esc(labels[i])}: ${money(v)}</title></rect>`,
    );
    body.push(
      `<text x="${n(x + band * 0.35)}" y="${m.top + h + 16}" text-anchor="middle" fill="#374151">${esc(labels[i])}</text>`,
    );
  });
  body.push(
    `<line x1="${m.left}" x2="${m.left + w}" y1="${m.top + h}" y2="${m.top + h}" stroke="#9ca3af"/>`,
  );
  return frame(width, height, title, body);
}

/** Horizontal bars with the value and share written at the end of each bar. */
export function barChart({ title, labels, values, notes, width, height }) {
  const labelWidth = Math.max(...labels.map((l) => l.length)) * 7 + 24;
  const m = { top: 44, right: 120, bottom: 16, left: labelWidth };
  const w = width - m.left - m.right;
  const h = height - m.top - m.bottom;
  const max = Math.max(...values);
  const band = h / values.length;
  const body = [];
  values.forEach((v, i) => {
    const y = m.top + i * band + band * 0.18;
    const bw = (v / max) * w;
    body.push(
      `<text x="${m.left - 8}" y="${n(y + band * 0.32 + 4)}" text-anchor="end" fill="#374151">${esc(labels[i])}</text>`,
    );
    body.push(
      `<rect x="${m.left}" y="${n(y)}" width="${n(bw)}" height="${n(band * 0.64)}" fill="${COLORS[i % COLORS.length]}" stroke="none" rx="2"/>`,
    );
    body.push(
      `<text x="${n(m.left + bw + 6)}" y="${n(y + band * 0.32 + 4)}" fill="#111827">${money(v, 0)}${notes ? ` (${esc(notes[i])})` : ''}</text>`,
    );
  });
  return frame(width, height, title, body);
}

/**
 * Lines over dates. `series`: [{name, color, dash, points: [{date, value}]}]; `marker`: a date to
 * draw a vertical line at (e.g. where the forecast starts).
 */
export function lineChart({ title, series, width, height, marker }) {
  const m = { top: 56, right: 16, bottom: 36, left: 56 };
  const w = width - m.left - m.right;
  const h = height - m.top - m.bottom;
  const dates = [...new Set(series.flatMap((s) => s.points.map((p) => p.date)))].sort();
  const index = new Map(dates.map((d, i) => [d, i]));
  const t = ticks(Math.max(...series.flatMap((s) => s.points.map((p) => p.value))));
  const top = t[t.length - 1];
  const x = (d) => m.left + (index.get(d) / (dates.length - 1)) * w;
  const y = (v) => m.top + h - (v / top) * h;
  const body = [];
  for (const v of t) {
    body.push(
      `<line x1="${m.left}" x2="${m.left + w}" y1="${n(y(v))}" y2="${n(y(v))}" stroke="#e5e7eb"/>`,
    );
    body.push(
      `<text x="${m.left - 6}" y="${n(y(v) + 4)}" text-anchor="end" fill="#6b7280">${short(v)}</text>`,
    );
  }
  for (const d of dates.filter((d) => d.endsWith('-01'))) {
    body.push(
      `<line x1="${n(x(d))}" x2="${n(x(d))}" y1="${m.top + h}" y2="${m.top + h + 4}" stroke="#9ca3af"/>`,
    );
    body.push(
      `<text x="${n(x(d))}" y="${m.top + h + 18}" text-anchor="middle" fill="#6b7280">${monthLabel(d)}</text>`,
    );
  }
  if (marker && index.has(marker)) {
    body.push(
      `<line x1="${n(x(marker))}" x2="${n(x(marker))}" y1="${m.top}" y2="${m.top + h}" stroke="#9ca3af" stroke-dasharray="3 3"/>`,
    );
  }
  series.forEach((s, i) => {
    const d = s.points.map((p, j) => `${j ? 'L' : 'M'}${n(x(p.date))},${n(y(p.value))}`).join('');
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
    body.push(
      `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="${s.width ?? 1.5}"${dash}/>`,
    );
    const lx = m.left + i * 150;
    body.push(
      `<line x1="${lx}" x2="${lx + 18}" y1="42" y2="42" stroke="${s.color}" stroke-width="2.5"${dash}/>`,
    );
    body.push(`<text x="${lx + 24}" y="46" fill="#374151">${esc(s.name)}</text>`);
  });
  body.push(
    `<line x1="${m.left}" x2="${m.left + w}" y1="${m.top + h}" y2="${m.top + h}" stroke="#9ca3af"/>`,
  );
  return frame(width, height, title, body);
}
