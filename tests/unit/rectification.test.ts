// 整改台账, the fifth kind: made, read from a ledger as offices keep it, a 测评 row's problem added as one undoable
// edit, exported and read back as the same kind.
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import * as plans from '../../electron/host/services/plans';
import { addProblem } from '../../electron/host/services/rectification';
import { undo } from '../../electron/host/services/history';
import { problemFromRank, problemFromReturn } from '../../shared/domain/rectification';
import { importFile } from '../../shared/xlsx/read-file';
import { exportPlan } from '../../shared/xlsx/export-plan';
import { templateOf } from '../../shared/templates/kinds';
import { cleanupTemp, meta, openTempDb, steadyClock } from './temp-data';

afterEach(cleanupTemp);

describe('整改台账', () => {
  it('reads a ledger as offices keep it as the 整改台账 kind, each column mapped', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['服务能力攻坚行动专项督导问题整改台账']);
    ws.addRow(['序号', '督导发现问题', '责任单位', '整改措施', '整改时限', '整改进展', '销号情况']);
    ws.addRow([
      1,
      '出院病人随访率不足80%',
      '莘县',
      '建立随访专班，每周通报',
      '12月31日前',
      '已完成随访系统改造',
      '未销号',
    ]);
    ws.addRow([2, '候诊区无饮水设施', '市人民医院', '增设饮水机', '限7日内', '已整改', '已销号']);
    const r = await importFile(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), '整改台账.xlsx');
    expect(r.kind).toBe('rectification');
    expect(r.rows.filter((x) => x.kind === 'item').map((x) => x.cells)).toEqual([
      {
        seq: '1',
        problem: '出院病人随访率不足80%',
        lead: '莘县',
        measures: '建立随访专班，每周通报',
        deadline: '12月31日前',
        progressNote: '已完成随访系统改造',
        closed: '未销号',
      },
      {
        seq: '2',
        problem: '候诊区无饮水设施',
        lead: '市人民医院',
        measures: '增设饮水机',
        deadline: '限7日内',
        progressNote: '已整改',
        closed: '已销号',
      },
    ]);
  });

  it('adds a 测评 row’s problem as one undoable edit, exports, and the export reads back as a ledger', async () => {
    const { db } = openTempDb();
    const now = steadyClock();
    const ledger = plans.create(db, { ...meta, title: '服务能力攻坚整改台账', kind: 'rectification' }, now());
    expect(ledger.columns.map((c) => c.label)).toEqual(templateOf('rectification').columns.map((c) => c.label));
    const problem = problemFromRank(
      '2026-11',
      '县（市、区）',
      { unit: '高唐县', total: 80, rank: 11, previousRank: 8, change: -3, flags: [], scores: [32, 15, 14, 0, 9, 10] },
      [
        { name: '整体满意度', max: 40 },
        { name: '出院病人随访', max: 15 },
        { name: '家庭医生签约履约', max: 15 },
        { name: '预防接种机构满意度', max: 10 },
        { name: '改善医疗服务措施落实', max: 10 },
        { name: '投诉举报处置', max: 10 },
      ],
    );
    expect(problem.problem).toBe(
      '2026年11月测评县（市、区）排名第11名（总分80），预防接种机构满意度失10分、整体满意度失8分。',
    );
    addProblem({ db, now: now() }, { planId: ledger.id, problem });
    const rows = plans.open(db, ledger.id).rows;
    expect(rows.map((r) => [r.cells.lead, r.cells.source, r.cells.closed])).toEqual([
      ['高唐县', '2026年11月测评', '未销号'],
    ]);
    const back = await importFile(await exportPlan(plans.open(db, ledger.id).plan, rows), '台账.xlsx');
    expect(back.kind).toBe('rectification');
    expect(back.rows.find((x) => x.kind === 'item')!.cells.problem).toBe(problem.problem);
    undo({ db, now: now() }, { planId: ledger.id });
    expect(plans.open(db, ledger.id).rows).toHaveLength(0);
    const other =
      plans.list({ db }).find((p) => p.kind === 'peidang') ?? plans.create(db, { ...meta, kind: 'peidang' }, now());
    expect(() => addProblem({ db, now: now() }, { planId: other.id, problem })).toThrow(
      expect.objectContaining({ code: 'NOT_A_LEDGER' }),
    );
  });

  it('makes a new ledger and puts a return’s problem on it in one call, and undo takes the problem back', () => {
    const { db } = openTempDb();
    const now = steadyClock();
    const problem = problemFromReturn('实施方案备案', '莘县', ['逾期报送', '退回原因：未盖章']);
    expect(problem).toEqual({
      problem: '《实施方案备案》报送材料存在问题：逾期报送；退回原因：未盖章',
      unit: '莘县',
      deadline: '',
      source: '《实施方案备案》回执',
    });
    const delta = addProblem({ db, now: now() }, { newLedger: { title: '督导整改台账', year: 2026 }, problem });
    const ledger = plans.list({ db }).find((p) => p.id === delta.planId)!;
    expect([ledger.title, ledger.kind, ledger.year]).toEqual(['督导整改台账', 'rectification', 2026]);
    expect(plans.open(db, ledger.id).rows.map((r) => [r.cells.lead, r.cells.problem])).toEqual([
      ['莘县', problem.problem],
    ]);
    expect(delta.history.undoLabel).toBe('加入整改问题（莘县）');
    undo({ db, now: now() }, { planId: ledger.id });
    expect(plans.open(db, ledger.id).rows).toHaveLength(0);
  });
});
