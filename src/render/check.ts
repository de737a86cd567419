// The report of `vnews check`: each finding as a heading (what disagrees, or agrees) over a
// table of its sides, file:line, as written, the value compared and the sentence.
import Table from 'cli-table3';
import type { CheckSide, Finding } from '../corpus/check/index.js';
import { countLine } from './counts.js';
import { figureValue } from './numbers.js';
import { breakPath, escapeControls, painter, tableStyle, tableWidth } from './table.js';

/** What each kind of finding is called in the table and the HTML page. */
export const KIND_NAMES: Record<Finding['kind'], string> = {
  conference_date: 'conference date',
  conference_count: 'count at a conference',
  official_title: 'title on one date',
  claim: 'same claim',
  near_duplicate: 'near-duplicate articles',
  event_figure: 'one event, one quantity',
  event_period: 'one event, one period',
};

/** A side's value as the table and the page show it: the text compared, or the number the Vietnamese way. */
export function valueOf(s: CheckSide): string {
  if (typeof s.value === 'string') return s.value;
  return figureValue({ value: s.value, ...(s.value_max !== undefined ? { value_max: s.value_max } : {}) });
}

export function checkReport(findings: Finding[], color: boolean, width: number | undefined): string {
  const paint = painter(color);
  const w = tableWidth(width);
  const out: string[] = [];
  for (const f of findings) {
    const mark = f.agree ? paint.green('agree') : paint.red.bold('DISAGREE');
    out.push(`${mark}  ${paint.bold(KIND_NAMES[f.kind])}: ${escapeControls(f.subject)}`);
    if (f.why) {
      const by = [...f.why.words, ...f.why.entities];
      out.push(paint.dim(`score ${f.score}${f.event !== undefined ? ` · event ${f.event}` : ''} · aligned by ${by.length > 0 ? escapeControls(by.join(', ')) : 'the only figure in that unit in each'}`));
    }
    const whereWidth = Math.min(Math.floor(w * 0.35), Math.max(...f.sides.map((s) => `${s.path}:${s.line}`.length)));
    const textWidth = Math.min(28, Math.max(...f.sides.map((s) => s.text.length)));
    const valueWidth = Math.min(24, Math.max(5, ...f.sides.map((s) => valueOf(s).length)));
    const sentenceWidth = Math.max(20, w - 1 - 4 * 3 - whereWidth - textWidth - valueWidth);
    const t = new Table({
      head: ['file:line', 'as written', 'value', 'sentence'],
      colWidths: [whereWidth + 2, textWidth + 2, valueWidth + 2, sentenceWidth + 2],
      wordWrap: true,
      wrapOnWordBoundary: true,
      style: tableStyle(color),
    });
    for (const s of f.sides) t.push([breakPath(`${s.path}:${s.line}${s.copies?.length ? ` (+${s.copies.length} copies)` : ''}`, whereWidth), escapeControls(s.text), valueOf(s), escapeControls(s.sentence)]);
    out.push(t.toString(), '');
  }
  const disagree = findings.filter((f) => !f.agree).length;
  const agree = findings.length - disagree;
  countLine(`${disagree} disagreement${disagree === 1 ? '' : 's'}${agree ? `, ${agree} agreement${agree === 1 ? '' : 's'}` : ''}`);
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
