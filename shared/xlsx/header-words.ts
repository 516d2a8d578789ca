// The words offices use for the same column: each kind's keys and the headers that mean them.
import type { PlanKind } from '../domain/plan';

/** Header text reduced to what matters: no spaces, line breaks, colons or bracketed notes. */
export function normalizeHeader(s: string): string {
  return withoutNotes(s).replace(NOT_IN_HEADER, '').toLowerCase();
}

/** Made once: a regular expression written in the function would be a new object at every call (every row). */
const NOT_IN_HEADER = /[\s\u3000:：*＊]/g;

const OPEN = /[（(]/g;
const CLOSE = /[）)]/g;

/** Cuts each bracketed note, from an opening bracket to the next closing one, in one pass: a regular expression
 *  (`[（(][^）)]*[）)]`) starts again at each of a hundred thousand unclosed brackets and takes minutes. */
function withoutNotes(s: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    OPEN.lastIndex = at;
    const open = OPEN.exec(s);
    if (!open) break;
    CLOSE.lastIndex = open.index + 1;
    const close = CLOSE.exec(s);
    // No closing bracket after this one: none after any later one either.
    if (!close) break;
    out += s.slice(at, open.index);
    at = close.index + 1;
  }
  return at === 0 ? s : out + s.slice(at);
}

type Words = Record<string, readonly string[]>;

const SEQ = ['序号', '编号', '序'];
const DEADLINE = ['完成时限', '完成时间', '时间节点', '时限', '完成期限', '时限要求', '截止时间'];
const REMARK = ['备注', '说明'];

export const HEADER_WORDS: Readonly<Record<PlanKind, Words>> = {
  peidang: {
    seq: SEQ,
    measure: ['行动措施', '工作任务', '重点任务', '具体任务', '任务', '工作措施', '主要任务', '工作事项'],
    goal: ['任务目标', '目标要求', '工作目标', '目标任务', '目标', '工作要求'],
    deadline: DEADLINE,
    lead: ['牵头处室', '牵头科室', '牵头单位', '责任单位', '责任处室', '牵头部门', '责任部门', '牵头'],
    support: ['配合处室', '配合单位', '协同单位', '配合科室', '配合部门', '协办单位', '配合'],
    remark: REMARK,
  },
  quarterly: {
    seq: SEQ,
    name: ['项目名称', '工作项目', '重点工作', '项目', '工作名称'],
    content: ['具体内容', '工作内容', '主要内容', '内容'],
    annualTarget: ['年度目标', '全年目标', '年度工作目标'],
    q1: ['一季度目标', '第一季度目标', '一季度', '第一季度', '1季度'],
    q2: ['二季度目标', '第二季度目标', '二季度', '第二季度', '2季度'],
    q3: ['三季度目标', '第三季度目标', '三季度', '第三季度', '3季度'],
    q4: ['四季度目标', '第四季度目标', '四季度', '第四季度', '4季度'],
    measures: ['推进措施', '工作措施', '主要措施', '措施'],
    leader: ['责任领导', '分管领导', '分管责任人', '责任人'],
    units: ['责任科室/单位', '责任科室单位', '责任科室', '责任单位', '责任科室、单位', '牵头科室'],
    remark: REMARK,
  },
  minsheng: {
    seq: SEQ,
    item: ['民生实事', '实事项目', '项目名称', '民生实事项目', '事项', '项目'],
    measures: ['推进措施', '工作措施', '主要措施', '措施'],
    lead: ['牵头科室', '牵头单位', '责任科室', '责任单位', '牵头处室'],
    contact: ['联系人', '联系方式', '责任人'],
    deadline: DEADLINE,
  },
  breakthrough: {
    seq: SEQ,
    name: ['突破事项名称', '突破事项', '事项名称', '项目名称'],
    content: ['具体内容', '工作内容', '内容'],
    measures: ['措施', '推进措施', '工作措施', '主要措施'],
    deadline: DEADLINE,
    leader: ['分管责任人', '分管领导', '责任人', '责任领导'],
    dept: ['责任科室', '责任单位', '责任部门', '牵头科室'],
  },
  rectification: {
    seq: SEQ,
    problem: ['督导发现问题', '发现问题', '存在问题', '问题', '问题描述', '督导问题', '反馈问题'],
    lead: ['责任单位', '整改单位', '责任科室', '牵头单位', '整改责任单位'],
    measures: ['整改措施', '整改举措', '措施'],
    deadline: ['整改时限', '整改期限', '完成时限', '整改完成时限', ...DEADLINE],
    progressNote: ['整改进展', '整改情况', '进展情况', '整改进度'],
    closed: ['销号情况', '是否销号', '销号'],
    source: ['问题来源', '来源'],
  },
};

/** Words only one kind uses: finding one is strong evidence for that kind. */
export const KIND_MARKS: Readonly<Record<PlanKind, readonly string[]>> = {
  peidang: ['行动措施', '任务目标', '配合处室', '配合单位', '协同单位', '配合科室', '牵头处室'],
  quarterly: ['一季度目标', '二季度目标', '三季度目标', '四季度目标', '年度目标', '责任分工', '一季度', '四季度'],
  minsheng: ['民生实事', '联系人', '实事项目'],
  breakthrough: ['突破事项名称', '突破事项', '分管责任人'],
  rectification: ['督导发现问题', '整改措施', '整改时限', '整改进展', '销号情况'],
};

/** The synonyms of each kind, normalized once. */
const NORMALIZED = Object.fromEntries(
  Object.entries(HEADER_WORDS).map(([kind, words]) => [
    kind,
    Object.entries(words).map(([key, list]) => [key, list.map(normalizeHeader)] as const),
  ]),
) as Record<PlanKind, (readonly [string, string[]])[]>;

/** The key a header means in a kind, or null: exact words first, then a header that contains one. */
export function keyForHeader(kind: PlanKind, header: string): string | null {
  const h = normalizeHeader(header);
  if (h === '') return null;
  const words = NORMALIZED[kind];
  for (const [key, list] of words) if (list.includes(h)) return key;
  for (const [key, list] of words) if (list.some((w) => w.length >= 2 && h.includes(w))) return key;
  return null;
}

/** Whether a header means a column of any kind. Every cell near a sheet's top is asked, file after file, and the
 * same few hundred texts come back: the answers are remembered (a pure function of the text). */
export function isKnownHeader(header: string): boolean {
  let known = KNOWN.get(header);
  if (known === undefined) {
    known = (Object.keys(HEADER_WORDS) as PlanKind[]).some((k) => keyForHeader(k, header) !== null);
    if (KNOWN.size >= KNOWN_LIMIT) KNOWN.clear();
    KNOWN.set(header, known);
  }
  return known;
}

const KNOWN = new Map<string, boolean>();
const KNOWN_LIMIT = 20_000;
