// Checks a returned file against its round: missing or changed rows, locked columns changed, required fields,
// status words and dates. Every problem names the line and the column, as Excel numbers and heads them.
import { readDeadline } from './deadline';
import type { ColumnDef, Plan, Row } from './plan';
import {
  FIELDS,
  nothingAnswerOf,
  readDay,
  SHEET_STATUS_CHOICES,
  STATUS_CHOICES,
  type FieldKey,
  type NothingAnswer,
  type ReturnProblem,
  type ReturnedRow,
  type Round,
} from './round';

export interface CheckContext {
  round: Round;
  plan: Plan;
  /** The plan's live rows. */
  planRows: readonly Row[];
  /** The plan's items by id (made once for all the files of a batch). */
  itemsById: ReadonlyMap<string, Row>;
  /** The rows this unit reports on (progress rounds). */
  unitRows: readonly Row[];
  /** The columns of the round's sheet (plan columns, then the fields asked). */
  columns: readonly ColumnDef[];
  missingColumns: readonly ColumnDef[];
  /** The day the file came in (YYYY-MM-DD): a 完成时限 before it is already past. */
  receivedOn?: string;
}

export interface CheckedReturn {
  rows: ReturnedRow[];
  problems: ReturnProblem[];
  /** 本单位无此项内容 / 本期无新进展, when that is all the file says. */
  answer: NothingAnswer | null;
}

const QUOTE_LIMIT = 24;

export function checkReturn(rows: readonly ReturnedRow[], ctx: CheckContext): CheckedReturn {
  const problems: ReturnProblem[] = [];
  const missing = new Set(ctx.missingColumns.map((c) => c.key));
  for (const c of ctx.missingColumns) {
    const asked = ctx.round.mode === 'table' || (ctx.round.fields as string[]).includes(c.key);
    problems.push({
      level: asked ? 'error' : 'warning',
      line: null,
      column: c.label,
      message: asked ? `没有找到「${c.label}」列，请使用下发的填报表填写。` : `没有找到「${c.label}」列。`,
    });
  }
  const answer = ctx.round.mode === 'table' ? answerOf(rows) : progressAnswerOf(rows, ctx.round.fields);
  if (answer)
    return {
      rows: [],
      problems: [{ level: 'warning', line: null, column: null, message: `单位答复：${answer}。` }],
      answer,
    };
  const checked =
    ctx.round.mode === 'progress'
      ? checkProgressRows(rows, ctx, missing, problems)
      : checkTableRows(rows, ctx, problems);
  return { rows: checked, problems, answer: null };
}

/** A table return whose only text is 本单位无此项内容 (or 本期无新进展) in one cell. */
function answerOf(rows: readonly ReturnedRow[]): NothingAnswer | null {
  const texts = rows.flatMap((r) => Object.values(r.cells)).filter((t) => t.trim() !== '');
  return texts.length === 1 ? nothingAnswerOf(texts[0]!) : null;
}

/**
 * A progress return whose every line with anything in its fields says 本期无新进展 (or 本单位无此项内容) and nothing
 * else: chosen on the first line only or on each, it is the unit's answer for the period.
 */
function progressAnswerOf(rows: readonly ReturnedRow[], fields: readonly FieldKey[]): NothingAnswer | null {
  const said = rows.filter((r) => fields.some((k) => (r.cells[k] ?? '').trim() !== ''));
  const answers = new Set(said.map((r) => rowAnswerOf(r, fields)));
  const [only] = answers;
  return answers.size === 1 && only ? only : null;
}

/**
 * A line that says nothing is new on its item: 本期无新进展 chosen in 完成状态 (whatever else it says), or, where the
 * round does not ask for a status, 本期无新进展 (or 本单位无此项内容) as all its fields say.
 */
function rowAnswerOf(r: ReturnedRow, fields: readonly FieldKey[]): NothingAnswer | null {
  if (fields.includes('status')) return nothingAnswerOf(r.cells.status ?? '');
  const answers = new Set(
    fields.map((k) => (r.cells[k] ?? '').trim()).flatMap((t) => (t === '' ? [] : [nothingAnswerOf(t)])),
  );
  const [only] = answers;
  return answers.size === 1 && only ? only : null;
}

function checkProgressRows(
  rows: readonly ReturnedRow[],
  ctx: CheckContext,
  missing: Set<string>,
  problems: ReturnProblem[],
): ReturnedRow[] {
  const byId = ctx.itemsById;
  const mine = new Set(ctx.unitRows.map((r) => r.id));
  const firstText = ctx.plan.columns.find((c) => !c.hidden && c.role === 'text');
  const seen = new Map<string, number>();
  const out: ReturnedRow[] = [];
  for (const r of rows) {
    const rowId = r.rowId ?? (firstText ? findByText(ctx, firstText.key, r.cells[firstText.key] ?? '') : null);
    const planRow = rowId ? byId.get(rowId) : undefined;
    if (!rowId || !planRow) {
      problems.push({
        level: 'error',
        line: r.line,
        column: null,
        message: `第 ${r.line} 行：方案中没有这一项，不能采用（可能是自行增加的行）。`,
      });
      continue;
    }
    const first = seen.get(rowId);
    if (first !== undefined) {
      problems.push({
        level: 'error',
        line: r.line,
        column: null,
        message: `第 ${r.line} 行：与第 ${first} 行是同一项，重复填报。`,
      });
      continue;
    }
    seen.set(rowId, r.line);
    if (!mine.has(rowId)) {
      problems.push({
        level: 'warning',
        line: r.line,
        column: null,
        message: `第 ${r.line} 行：这一项不在本单位的填报范围内。`,
      });
    }
    for (const c of ctx.plan.columns) {
      if (c.hidden || missing.has(c.key) || !(c.key in r.cells)) continue;
      if (same(r.cells[c.key]!, planRow.cells[c.key] ?? '')) continue;
      problems.push({
        level: 'error',
        line: r.line,
        column: c.label,
        message: `第 ${r.line} 行「${c.label}」列：此列已锁定，不应修改；原为「${quote(planRow.cells[c.key] ?? '')}」。`,
      });
    }
    // 本期无新进展 on one item among others: the item keeps its progress, and nothing is asked of it.
    const quiet = rowAnswerOf(r, ctx.round.fields);
    if (quiet) {
      problems.push({
        level: 'warning',
        line: r.line,
        column: null,
        message: `第 ${r.line} 行：${quiet}，这一项的进展不作改动${saysMore(r, ctx.round.fields) ? '（其他列填写的内容不采用）' : ''}。`,
      });
      continue;
    }
    out.push({ rowId, line: r.line, cells: checkFields(r, ctx, missing, problems) });
  }
  const absent = ctx.unitRows.filter((u) => !seen.has(u.id));
  if (absent.length > 0) {
    const names = absent.slice(0, 3).map((u) => `「${quote(firstText ? (u.cells[firstText.key] ?? '') : '')}」`);
    problems.push({
      level: 'error',
      line: null,
      column: null,
      message: `缺少 ${absent.length} 项本单位应填报的事项：${names.join('、')}${absent.length > 3 ? ' 等' : ''}。`,
    });
  }
  return out;
}

/** Whether a line says more in its fields than 本期无新进展. */
function saysMore(r: ReturnedRow, fields: readonly FieldKey[]): boolean {
  return fields.some((k) => {
    const t = (r.cells[k] ?? '').trim();
    return t !== '' && nothingAnswerOf(t) === null;
  });
}

/** The fields of one row, checked and put in the stored form (a status word as listed, a date as YYYY-MM-DD). */
function checkFields(
  r: ReturnedRow,
  ctx: CheckContext,
  missing: Set<string>,
  problems: ReturnProblem[],
): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const key of ctx.round.fields) {
    if (missing.has(key)) continue;
    const f = FIELDS[key];
    const text = (r.cells[key] ?? '').trim();
    const at = `第 ${r.line} 行「${f.label}」列`;
    if (text === '') {
      if ((ctx.round.required as FieldKey[]).includes(key)) {
        problems.push({ level: 'error', line: r.line, column: f.label, message: `${at}：必填，尚未填写。` });
      }
      cells[key] = '';
      continue;
    }
    if (f.type === 'status' && !STATUS_CHOICES.includes(text)) {
      problems.push({
        level: 'error',
        line: r.line,
        column: f.label,
        message: `${at}：「${quote(text)}」不是可选的状态，应为 ${SHEET_STATUS_CHOICES.join('、')} 之一。`,
      });
    } else if (f.type === 'date') {
      const day = readDay(text);
      if (!day) {
        problems.push({
          level: 'error',
          line: r.line,
          column: f.label,
          message: `${at}：「${quote(text)}」不是日期，请填写如 2026-03-10 的日期。`,
        });
      } else {
        cells[key] = day;
        continue;
      }
    }
    cells[key] = text;
  }
  return cells;
}

function checkTableRows(rows: readonly ReturnedRow[], ctx: CheckContext, problems: ReturnProblem[]): ReturnedRow[] {
  if (rows.length === 0) {
    problems.push({ level: 'error', line: null, column: null, message: '没有填写任何事项。' });
    return [];
  }
  const columns = ctx.plan.columns.filter((c) => !c.hidden);
  const first = columns[0];
  const names = new Map<string, number>();
  for (const r of rows) {
    if (first && (r.cells[first.key] ?? '').trim() === '') {
      problems.push({
        level: 'error',
        line: r.line,
        column: first.label,
        message: `第 ${r.line} 行「${first.label}」列：必填，尚未填写。`,
      });
    }
    const name = (first && r.cells[first.key]?.trim()) ?? '';
    const earlier = names.get(name);
    if (name !== '' && earlier !== undefined) {
      problems.push({
        level: 'warning',
        line: r.line,
        column: first!.label,
        message: `第 ${r.line} 行：与第 ${earlier} 行的「${first!.label}」相同，是否重复填报？`,
      });
    } else names.set(name, r.line);
    for (const c of columns) {
      if (c.role !== 'deadline') continue;
      const text = (r.cells[c.key] ?? '').trim();
      if (text !== '') checkDeadline(text, `第 ${r.line} 行「${c.label}」列`, r.line, c.label, ctx, problems);
    }
  }
  return rows.map((r) => ({ rowId: null, line: r.line, cells: r.cells }));
}

/**
 * A 完成时限 that cannot be read; one without a year where the year is not clear (the plan's year is not the year
 * the file came in, or read in the plan's year it had already passed); one already past when the file came in.
 */
function checkDeadline(
  text: string,
  at: string,
  line: number,
  column: string,
  ctx: CheckContext,
  problems: ReturnProblem[],
): void {
  const due = readDeadline(text, ctx.plan.year);
  const warn = (message: string) => problems.push({ level: 'warning', line, column, message: `${at}：${message}` });
  if (due.kind === 'unreadable') return void warn(`「${quote(text)}」读不出日期，请核实。`);
  if (due.kind !== 'date' || !due.due) return;
  const past = ctx.receivedOn !== undefined && due.due < ctx.receivedOn;
  if (!/\d{4}\s*[年\-/.]/.test(text)) {
    const otherYear = ctx.receivedOn !== undefined && ctx.receivedOn.slice(0, 4) !== String(ctx.plan.year);
    if (past || otherYear)
      warn(
        `「${quote(text)}」没有写年份，按 ${ctx.plan.year} 年理解为 ${due.due}${past ? '，在报送时已经过去' : ''}，请核实。`,
      );
  } else if (past) {
    warn(`「${quote(text)}」（${due.due}）在报送时已经过去，请核实。`);
  }
}

function findByText(ctx: CheckContext, key: string, text: string): string | null {
  const t = squeeze(text);
  if (t === '') return null;
  const hit =
    ctx.unitRows.find((r) => squeeze(r.cells[key] ?? '') === t) ??
    ctx.planRows.find((r) => r.kind === 'item' && squeeze(r.cells[key] ?? '') === t);
  return hit?.id ?? null;
}

function squeeze(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

/** Equal as a reader sees it: spaces and line breaks do not count (another program may rewrap the text). */
function same(a: string, b: string): boolean {
  return squeeze(a) === squeeze(b);
}

function quote(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > QUOTE_LIMIT ? `${one.slice(0, QUOTE_LIMIT)}…` : one;
}

export function itemsById(rows: readonly Row[]): Map<string, Row> {
  return new Map(rows.filter((r) => r.kind === 'item').map((r) => [r.id, r]));
}
