// `vnews check --format html --out report.html`: one self-contained page (its style inline, no
// script, nothing fetched) with each finding's sentences side by side, the figure highlighted in
// each, file:line above it, the score and why its sides were aligned; the events compared first.
import type { CheckEvent, CheckSide, Finding } from '../corpus/check/index.js';
import { KIND_NAMES, valueOf } from './check.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** The sentence with the side's text marked where it stands (its first occurrence), escaped. */
function marked(side: CheckSide): string {
  const at = side.sentence.indexOf(side.text);
  if (at < 0) return escapeHtml(side.sentence);
  return `${escapeHtml(side.sentence.slice(0, at))}<mark>${escapeHtml(side.text)}</mark>${escapeHtml(side.sentence.slice(at + side.text.length))}`;
}

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin: 0 0 .3em; }
.finding { border: 1px solid #ccc; border-radius: 6px; padding: .8em; margin: 1em 0; }
.finding.disagree { border-color: #c33; } .finding.agree { border-color: #3a3; }
.verdict { font-weight: bold; } .disagree .verdict { color: #c33; } .agree .verdict { color: #3a3; }
.why { color: #555; font-size: .9em; margin: .2em 0 .6em; }
.sides { display: flex; gap: .8em; flex-wrap: wrap; }
.side { flex: 1 1 18em; background: #f7f7f7; border-radius: 4px; padding: .6em; }
.where { font-family: monospace; font-size: .85em; color: #444; word-break: break-all; }
.value { font-weight: bold; margin: .2em 0; }
mark { background: #ffe066; padding: 0 .15em; }
table.events { border-collapse: collapse; font-size: .9em; } table.events td, table.events th { border: 1px solid #ddd; padding: .25em .5em; vertical-align: top; text-align: left; }
`;

export function checkHtml(findings: readonly Finding[], events: readonly CheckEvent[]): string {
  const disagree = findings.filter((f) => !f.agree).length;
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="vi"><head><meta charset="utf-8"><title>vnews check</title>',
    `<style>${STYLE}</style></head><body>`,
    `<h1>vnews check: <span id="count">${disagree}</span> disagreement${disagree === 1 ? '' : 's'}${findings.length > disagree ? `, ${findings.length - disagree} agreements` : ''}</h1>`,
  ];
  findings.forEach((f, i) => {
    out.push(`<section class="finding ${f.agree ? 'agree' : 'disagree'}" id="finding-${i + 1}" data-kind="${f.kind}" data-score="${f.score}">`);
    out.push(`<h2><span class="verdict">${f.agree ? 'agree' : 'DISAGREE'}</span> ${escapeHtml(KIND_NAMES[f.kind])}: ${escapeHtml(f.subject)}</h2>`);
    const why = f.why ? ` · aligned by ${[...f.why.words, ...f.why.entities].map(escapeHtml).join(', ') || 'the only figure in that unit in each'}` : '';
    out.push(`<div class="why">score ${f.score}${f.event !== undefined ? ` · event ${f.event}` : ''}${why}</div>`);
    out.push('<div class="sides">');
    for (const s of f.sides) {
      const copies = s.copies && s.copies.length > 0 ? ` <span class="copies">(also ${s.copies.map(escapeHtml).join(', ')})</span>` : '';
      out.push(`<div class="side"><div class="where">${escapeHtml(`${s.path}:${s.line}`)}${copies}</div><div class="value">${escapeHtml(s.text)} → ${escapeHtml(valueOf(s))}</div><div class="sentence">${marked(s)}</div></div>`);
    }
    out.push('</div></section>');
  });
  if (events.length > 0) {
    out.push(`<h1>Events compared (${events.length})</h1><table class="events"><tr><th>event</th><th>date</th><th>named</th><th>articles</th></tr>`);
    for (const e of events) out.push(`<tr><td>${e.id}</td><td>${escapeHtml(e.date ?? '')}</td><td>${e.entities.map(escapeHtml).join(', ')}</td><td>${e.paths.map(escapeHtml).join('<br>')}</td></tr>`);
    out.push('</table>');
  }
  out.push('</body></html>', '');
  return out.join('\n');
}
