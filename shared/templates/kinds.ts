// The four kinds of table clerks keep, with the columns each starts with (序号 is derived, not a column here).
// The keys are those the importer's output uses (issue: import), so a column means the same everywhere.
import type { ColumnDef, PlanKind } from '../domain/plan';

export interface TableTemplate {
  kind: PlanKind;
  /** The name of the kind as clerks say it. */
  name: string;
  columns: ColumnDef[];
}

const peidang: TableTemplate = {
  kind: 'peidang',
  name: '配档表',
  columns: [
    { key: 'measure', label: '行动措施', role: 'text', width: 22 },
    { key: 'goal', label: '任务目标', role: 'text', width: 46 },
    { key: 'deadline', label: '完成时限', role: 'deadline', width: 12 },
    { key: 'lead', label: '牵头处室', role: 'unit', part: 'lead', width: 14 },
    { key: 'support', label: '配合处室', role: 'unit', part: 'support', width: 18 },
    { key: 'remark', label: '备注', role: 'note', width: 10, hidden: true },
  ],
};

const quarterly: TableTemplate = {
  kind: 'quarterly',
  name: '重点工作清单',
  columns: [
    { key: 'name', label: '项目名称', role: 'text', width: 12 },
    { key: 'content', label: '具体内容', role: 'text', width: 26 },
    { key: 'annualTarget', label: '年度目标', role: 'text', width: 28 },
    { key: 'q1', label: '一季度目标', role: 'text', width: 26 },
    { key: 'q2', label: '二季度目标', role: 'text', width: 26 },
    { key: 'q3', label: '三季度目标', role: 'text', width: 26 },
    { key: 'q4', label: '四季度目标', role: 'text', width: 26 },
    { key: 'measures', label: '推进措施', role: 'text', width: 32 },
    { key: 'leader', label: '责任领导', group: '责任分工', role: 'person', width: 9 },
    { key: 'units', label: '责任科室/单位', group: '责任分工', role: 'unit', part: 'lead', width: 14 },
    { key: 'remark', label: '备注', role: 'note', width: 12 },
  ],
};

const minsheng: TableTemplate = {
  kind: 'minsheng',
  name: '民生实事',
  columns: [
    { key: 'item', label: '项目名称', role: 'text', width: 20 },
    { key: 'measures', label: '推进措施', role: 'text', width: 46 },
    { key: 'lead', label: '牵头科室', role: 'unit', part: 'lead', width: 14 },
    { key: 'contact', label: '联系人', role: 'person', width: 10 },
    { key: 'deadline', label: '完成时限', role: 'deadline', width: 12 },
  ],
};

const breakthrough: TableTemplate = {
  kind: 'breakthrough',
  name: '突破事项汇总表',
  columns: [
    { key: 'name', label: '突破事项名称', role: 'text', width: 20 },
    { key: 'content', label: '具体内容', role: 'text', width: 36 },
    { key: 'measures', label: '措施', role: 'text', width: 36 },
    { key: 'deadline', label: '完成时限', role: 'deadline', width: 12 },
    { key: 'leader', label: '分管责任人', role: 'person', width: 10 },
    { key: 'dept', label: '责任科室', role: 'unit', part: 'lead', width: 14 },
  ],
};

/** 整改台账: 督导 findings handled 限期整改、销号管理 (seed 004). */
const rectification: TableTemplate = {
  kind: 'rectification',
  name: '整改台账',
  columns: [
    { key: 'problem', label: '督导发现问题', role: 'text', width: 36 },
    { key: 'lead', label: '责任单位', role: 'unit', part: 'lead', width: 14 },
    { key: 'measures', label: '整改措施', role: 'text', width: 36 },
    { key: 'deadline', label: '整改时限', role: 'deadline', width: 12 },
    { key: 'progressNote', label: '整改进展', role: 'text', width: 28 },
    { key: 'closed', label: '销号情况', role: 'note', width: 12 },
    { key: 'source', label: '问题来源', role: 'note', width: 16, hidden: true },
  ],
};

export const TEMPLATES: Readonly<Record<PlanKind, TableTemplate>> = {
  peidang,
  quarterly,
  minsheng,
  breakthrough,
  rectification,
};

export function templateOf(kind: PlanKind): TableTemplate {
  return TEMPLATES[kind];
}
