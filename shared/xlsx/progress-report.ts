// 进展情况报告: a period's progress written out as the report a bureau sends its leaders, in Word (.docx): the title,
// a summary of where the items stand, then section by section each item with its lead unit, its status, and what
// was reported (进展情况, 存在问题, 下步打算), set as official documents are (仿宋_GB2312 三号, 黑体 headings); the
// items not reported listed together once at the end.
import { FONTS } from '../domain/export';
import { numberRows } from '../domain/numbering';
import type { Plan, Row } from '../domain/plan';
import { deadlineColumns, leadColumn, textColumn } from '../domain/column-roles';
import { periodName, STATUS_NAMES, statusAt, type ProgressEntry } from '../domain/progress';
import { OVERVIEW_NAMES, OVERVIEW_ORDER, overviewOf } from '../domain/progress-overview';
import { pageOf, paragraphs, writePackage, type RunStyle } from './write-docx';

/** 三号 (16 pt), the size of an official document's text. */
const SIZE = 16;
const TITLE: RunStyle = { font: FONTS.fzxbs, size: 22, align: 'center' };
const HEADING: RunStyle = { font: FONTS.header, size: SIZE, align: 'left' };
const TEXT: RunStyle = { font: FONTS.body, size: SIZE, align: 'left' };
const ITEM: RunStyle = { ...TEXT, bold: true };
/** The margins of an official document (GB/T 9704): 37 mm at the top, 35 at the bottom, 28 left, 26 right. */
const OFFICIAL_MARGINS = { top: 2098, bottom: 1984, left: 1587, right: 1474 };

/**
 * The report's title from the plan's: 「…重点工作清单」→「…重点工作」, 「…任务清单」→「…任务」, 「…配档表」 (or 汇总表)
 * → the action it is the table of. The period's 「…进展情况」 follows as the second line.
 */
export function reportTitle(planTitle: string): string {
  const t = planTitle.trim();
  const base = t
    .replace(/(工作|任务|事项)清单$/, '$1')
    .replace(/清单$/, '')
    .replace(/的?(配档表|汇总表|一览表|明细表)$/, '');
  return base.trim() || t;
}

/** Lines of a report joined into one paragraph: no stray space between Chinese text; ① ② items after a 「；」. */
export function joinLines(text: string): string {
  const lines = text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.reduce((out, line) => {
    if (out === '') return line;
    const last = out[out.length - 1]!;
    if (/[。；;，,、：:！!？?]$/.test(last)) return out + line;
    if (/^[\u2460-\u2473\u2776-\u277f(（]|^\d+[.、．)]/.test(line)) return `${out}；${line}`;
    if (/[A-Za-z0-9]$/.test(last) && /^[A-Za-z0-9]/.test(line)) return `${out} ${line}`;
    return out + line;
  }, '');
}

interface ItemText {
  number: string;
  title: string;
}

export async function writeProgressReport(
  plan: Plan,
  rows: readonly Row[],
  entries: readonly ProgressEntry[],
  period: string,
  today: string,
): Promise<Uint8Array> {
  const o = overviewOf(plan, rows, entries, period, today);
  const textKey = textColumn(plan)?.key;
  const leadKey = leadColumn(plan)?.key;
  const dueKey = deadlineColumns(plan)[0]?.key;
  const numbers = numberRows(rows, plan.numbering);
  const body: string[] = [
    paragraphs(reportTitle(plan.title), TITLE),
    paragraphs(`${periodName(period)}进展情况`, TITLE, { after: 320 }),
    paragraphs(summary(o, today), TEXT, { indent: true }),
  ];
  const unreported: ItemText[] = [];
  let section: Row | null = null;
  for (const row of rows) {
    if (row.kind === 'section') {
      section = row;
      continue;
    }
    const what = [
      leadKey && row.cells[leadKey] ? `牵头：${row.cells[leadKey]!.replace(/\n/g, '、')}` : '',
      dueKey && row.cells[dueKey] ? `完成时限：${row.cells[dueKey]!.replace(/\n/g, '')}` : '',
    ]
      .filter(Boolean)
      .join('；');
    const entry = entries.find((e) => e.rowId === row.id && e.period === period);
    const status = statusAt(entries, row.id, period)?.status;
    const n = numbers.get(row.id);
    const name = textKey ? joinLines(row.cells[textKey] ?? '') : '';
    if (!entry && !status) {
      unreported.push({ number: n ? `${n}. ` : '', title: `${name}${what ? `（${what}）` : ''}` });
      continue;
    }
    // A section's heading goes in with its first item that has something to say.
    if (section) body.push(paragraphs(section.title, HEADING, { keepNext: true, before: 160 }));
    section = null;
    body.push(
      paragraphs(`${n ? `${n}. ` : ''}${name}${what ? `（${what}）` : ''}【${STATUS_NAMES[status!]}】`, ITEM, {
        keepNext: true,
        indent: true,
      }),
    );
    if (!entry) {
      body.push(paragraphs('本期未另报进展，状态同前。', TEXT, { indent: true }));
      continue;
    }
    for (const [label, text] of [
      ['进展情况', entry.progress],
      ['存在问题', entry.problems],
      ['下步打算', entry.nextSteps],
    ] as const) {
      const joined = joinLines(text);
      if (joined !== '') body.push(paragraphs(`${label}：${joined}`, TEXT, { indent: true }));
    }
  }
  if (unreported.length > 0) {
    body.push(paragraphs(`本期未填报的事项（${unreported.length} 项）`, HEADING, { keepNext: true, before: 160 }));
    body.push(paragraphs(unreported.map((u) => `${u.number}${u.title}`).join('；') + '。', TEXT, { indent: true }));
  }
  return writePackage(body.join(''), pageOf({ size: 'A4', orientation: 'portrait' }, OFFICIAL_MARGINS), {
    kind: null,
    font: FONTS.body,
    size: SIZE,
  });
}

/** 截至2026年3月31日，38 项工作中，已完成 5 项，推进中 20 项 …；其中逾期未完成 2 项。 */
function summary(o: ReturnType<typeof overviewOf>, today: string): string {
  const [y, m, d] = today.split('-').map(Number);
  const counts = OVERVIEW_ORDER.filter((s) => o.byStatus[s] > 0).map(
    (s) => `${s === 'unreported' ? '尚未填报' : OVERVIEW_NAMES[s]} ${o.byStatus[s]} 项`,
  );
  const overdue = o.overdue.length > 0 ? `；其中逾期未完成 ${o.overdue.length} 项` : '';
  return `截至${y}年${m}月${d}日，${o.total} 项工作中，${counts.join('，')}${overdue}。`;
}
