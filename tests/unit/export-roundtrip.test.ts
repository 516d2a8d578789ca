// Export then import gives back the same plan, field by field, sections included; text stays text.
import ExcelJS from 'exceljs';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importFile } from '../../shared/xlsx/read-file';
import { planFromImport } from '../../shared/xlsx/plan-from-import';
import { exportPlan, exportPlanDocument } from '../../shared/xlsx/export-plan';
import type { ImportResult } from '../../shared/domain/import';
import type { Plan, Row } from '../../shared/domain/plan';
import { list, open } from '../../electron/host/services/plans';
import { cleanupTemp, startTempHost } from './temp-data';
import { SAMPLES_DIR } from '../support/fixtures';

afterEach(cleanupTemp);

const SAMPLES = SAMPLES_DIR;
const NOW = '2026-11-24T08:00:00.000Z';

function readable(): string[] {
  const top = readdirSync(SAMPLES).filter((f) => /\.(xlsx|csv)$/.test(f) && !f.startsWith('坏文件'));
  return [
    ...top.map((f) => join(SAMPLES, f)),
    ...readdirSync(join(SAMPLES, '返回')).map((f) => join(SAMPLES, '返回', f)),
  ];
}

function asPlan(r: ImportResult): { plan: Plan; rows: Row[] } {
  const p = planFromImport(r, NOW);
  const plan: Plan = { ...p.meta, id: 'p', columns: p.columns, createdAt: NOW, updatedAt: NOW, deletedAt: null };
  return { plan, rows: p.rows.map((row, i) => ({ ...row, id: `r${i}` })) };
}

/** What a reading says about the table, without where it stood in the file. */
function essence(r: ImportResult) {
  return {
    kind: r.kind,
    title: r.title,
    attachmentLabel: r.meta.attachmentLabel ?? '',
    columns: r.columns
      .filter((c) => c.key !== null)
      .map((c) => ({ key: c.key, source: c.source, group: c.group ?? null })),
    rows: r.rows.map((x) => ({ kind: x.kind, section: x.section, cells: x.cells })),
  };
}

describe('export then import', () => {
  for (const file of readable()) {
    it(`gives back every field of ${file.split('/').slice(-1)[0]}`, async () => {
      const first = await importFile(new Uint8Array(readFileSync(file)), file);
      const { plan, rows } = asPlan(first);
      const again = await importFile(await exportPlan(plan, rows), 'export.xlsx');
      const expected = essence(first);
      // A CSV has no title row: the export writes the plan's title (the file's name), which then reads back.
      expect(essence(again)).toEqual({ ...expected, title: plan.title });
      expect(planFromImport(again, NOW).meta.numbering).toBe(plan.numbering);
    });
  }

  for (const file of readable()) {
    it(`gives back every field of ${file.split('/').slice(-1)[0]} exported as a Word document`, async () => {
      const first = await importFile(new Uint8Array(readFileSync(file)), file);
      const { plan, rows } = asPlan(first);
      const again = await importFile(await exportPlanDocument(plan, rows), 'export.docx');
      expect(essence(again)).toEqual({ ...essence(first), title: plan.title });
    });
  }

  it('gives back the sample plans of a new database, sections included', async () => {
    const { host } = startTempHost(true);
    for (const summary of list({ db: host.ctx.db })) {
      const doc = open(host.ctx.db, summary.id);
      const back = await importFile(await exportPlan(doc.plan, doc.rows), 'export.xlsx');
      expect(back.kind).toBe(doc.plan.kind);
      expect(back.title).toBe(doc.plan.title);
      expect(
        back.rows.map((r) => (r.kind === 'section' ? { section: r.section } : { cells: withoutSeq(r.cells) })),
      ).toEqual(doc.rows.map((r) => (r.kind === 'section' ? { section: r.title } : { cells: r.cells })));
    }
  });

  it('keeps text that starts with =, +, - or @ as text, never as a formula', async () => {
    const plan: Plan = {
      id: 'p',
      kind: 'peidang',
      title: '公式注入检查',
      issuer: '',
      docNo: '',
      year: 2026,
      attachmentLabel: '',
      numbering: 'continuous',
      cadence: 'quarter',
      columns: [
        { key: 'measure', label: '行动措施', role: 'text', width: 20 },
        { key: 'goal', label: '任务目标', role: 'text', width: 30 },
      ],
      createdAt: NOW,
      updatedAt: NOW,
      deletedAt: null,
    };
    const texts = ['=1+1', '+8613800000000', '-5%以内', '@SUM(A1:A9)', '=HYPERLINK("http://x","点我")'];
    const rows: Row[] = texts.map((t, i) => ({
      id: `r${i}`,
      kind: 'item',
      title: '',
      cells: { measure: t, goal: `第一行\n${t}` },
    }));
    const bytes = await exportPlan(plan, rows);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const found: unknown[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => found.push(cell.type === ExcelJS.ValueType.Formula ? 'FORMULA' : cell.value)),
    );
    expect(found).not.toContain('FORMULA');
    const back = await importFile(bytes, 'x.xlsx');
    expect(back.rows.map((r) => r.cells.measure)).toEqual(texts);
    expect(back.rows.map((r) => r.cells.goal)).toEqual(texts.map((t) => `第一行\n${t}`));
  });
});

describe('text typed in the app', () => {
  it('comes back exactly as typed: leading spaces, blank lines and full-width spaces included', async () => {
    const plan: Plan = {
      id: 'p',
      kind: 'peidang',
      title: '原样检查',
      issuer: '',
      docNo: '',
      year: 2026,
      attachmentLabel: '',
      numbering: 'continuous',
      cadence: 'quarter',
      columns: [
        { key: 'measure', label: '行动措施', role: 'text', width: 20 },
        { key: 'goal', label: '任务目标', role: 'text', width: 30 },
      ],
      createdAt: NOW,
      updatedAt: NOW,
      deletedAt: null,
    };
    const typed = ['  缩进两格的措施', '①第一条；\n\n②空一行后的第二条', '\u3000\u3000全角空格开头', '末尾有空格  '];
    const rows: Row[] = typed.map((t, i) => ({
      id: `r${i}`,
      kind: 'item',
      title: '',
      cells: { measure: `措施${i}`, goal: t },
    }));
    const back = await importFile(await exportPlan(plan, rows), 'x.xlsx');
    expect(back.rows.map((r) => r.cells.goal)).toEqual(typed);
  });
});

function withoutSeq(cells: Record<string, string>): Record<string, string> {
  const { seq: _seq, ...rest } = cells;
  return rest;
}

describe('export with progress', () => {
  it('adds 完成状态, 进展情况, 存在问题 and 下步打算 under the period, when asked', async () => {
    const plan: Plan = {
      id: 'p',
      kind: 'peidang',
      title: '进展导出',
      issuer: '',
      docNo: '',
      year: 2026,
      attachmentLabel: '',
      numbering: 'continuous',
      cadence: 'quarter',
      columns: [{ key: 'measure', label: '行动措施', role: 'text', width: 20 }],
      createdAt: NOW,
      updatedAt: NOW,
      deletedAt: null,
    };
    const rows: Row[] = [
      { id: 'a', kind: 'item', title: '', cells: { measure: '甲' } },
      { id: 'b', kind: 'item', title: '', cells: { measure: '乙' } },
    ];
    const entries = [
      {
        rowId: 'a',
        period: '2026-Q1',
        status: 'done' as const,
        progress: '已全部完成',
        problems: '',
        nextSteps: '巩固',
        reporter: '',
        reportedAt: NOW,
      },
    ];
    const back = await importFile(await exportPlan(plan, rows, { progressPeriod: '2026-Q2' }, entries), 'x.xlsx');
    expect(back.columns.map((c) => [c.group ?? '', c.source])).toEqual([
      ['', '序号'],
      ['', '行动措施'],
      ['2026年第二季度进展', '完成状态'],
      ['2026年第二季度进展', '进展情况'],
      ['2026年第二季度进展', '存在问题'],
      ['2026年第二季度进展', '下步打算'],
    ]);
    // The report was for the first quarter: in the second, 甲 is still done, with no new report; 乙 has none.
    const statusKey = back.columns.find((c) => c.source === '完成状态')!.key!;
    expect(back.rows.map((r) => r.cells[statusKey])).toEqual(['已完成', '未填报']);
    const without = await importFile(await exportPlan(plan, rows, {}, entries), 'y.xlsx');
    expect(without.columns.map((c) => c.source)).toEqual(['序号', '行动措施']);
  });
});
