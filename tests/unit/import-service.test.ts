// The import service: a file opened once, previewed, then made into a plan or added to one, with undo.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as imports from '../../electron/host/services/import';
import { create, open } from '../../electron/host/services/plans';
import { undo } from '../../electron/host/services/history';
import { listBackups } from '../../electron/host/services/backup';
import { AppError } from '../../shared/errors';
import { cleanupTemp, meta, openTempDb, steadyClock } from './temp-data';
import { samplePath } from '../support/fixtures';

afterEach(cleanupTemp);

const sample = (name: string) => new Uint8Array(readFileSync(samplePath(name)));

/** A fresh database and the deps the import service is given at each call (its data folder, its open files). */
function importDeps() {
  const { db, file } = openTempDb();
  const now = steadyClock();
  const dataDir = dirname(file);
  const importFiles = new imports.OpenFiles();
  return { db, now, dataDir, deps: () => ({ db, now: now(), dataDir, importFiles }) };
}

describe('the import service', () => {
  it('adds a returned sheet to an open plan as one action, with the columns the plan lacks', async () => {
    const { db, now, dataDir, deps } = importDeps();
    const plan = create(db, { ...meta, kind: 'peidang' }, now(), [
      { kind: 'item', title: '', cells: { measure: '已有事项', deadline: '6月底前' } },
    ]);
    const name = '突破事项-区人民医院.xlsx';
    const preview = await imports.open(deps(), { fileName: name, data: sample(`返回/${name}`) });
    expect(listBackups(dataDir)).toEqual([]);
    const done = imports.commit(deps(), {
      fileId: preview.fileId,
      options: { columns: { '1': { use: 'extra' } } },
      target: { mode: 'append', planId: plan.id },
    });
    // Every import is preceded by a backup: an import that was a mistake can always be taken back whole.
    expect(listBackups(dataDir).map((b) => b.reason)).toEqual(['import']);
    const { delta, ...counts } = done;
    expect(counts).toEqual({
      planId: plan.id,
      items: 3,
      sections: 0,
      unknownUnits: ['医政医管与疾控监督科', '规划信息与财务审计科'],
    });
    const doc = open(db, plan.id);
    // The change set the editor applies instead of reading the plan again: the new rows, the new columns, the order.
    expect(delta?.planId).toBe(plan.id);
    expect(delta?.upserted.map((r) => r.id)).toEqual(doc.rows.slice(1).map((r) => r.id));
    expect(delta?.order).toEqual(doc.rows.map((r) => r.id));
    expect(delta?.plan?.columns).toEqual(doc.plan.columns);
    expect(delta?.history.undoLabel).toBe('导入「突破事项-区人民医院.xlsx」');
    const before = ['行动措施', '任务目标', '完成时限', '牵头处室', '配合处室', '备注'];
    expect(doc.plan.columns.map((c) => c.label)).toEqual([
      ...before,
      '突破事项名称',
      '具体内容',
      '措施',
      '分管责任人',
      '责任科室',
    ]);
    const nameCol = doc.plan.columns.find((c) => c.label === '突破事项名称')!;
    expect(doc.rows.map((r) => r.cells[nameCol.key] ?? r.cells.measure)).toEqual([
      '已有事项',
      '创建三级医院',
      '胸痛中心、卒中中心通过市级验收',
      '互联网医院服务拓展',
    ]);
    expect(doc.rows.map((r) => r.cells.deadline)).toEqual(['6月底前', '12月底前', '10月底前', '11月底前']);
    expect(doc.history.undoLabel).toBe('导入「突破事项-区人民医院.xlsx」');

    undo({ db, now: now() }, { planId: plan.id });
    const back = open(db, plan.id);
    expect(back.rows).toHaveLength(1);
    expect(back.plan.columns.map((c) => c.label)).toEqual(before);
  });

  it('forgets a file once it is imported: importing it twice asks to choose the file again', async () => {
    const { deps } = importDeps();
    const preview = await imports.open(deps(), { fileName: '民生实事-2025.xlsx', data: sample('民生实事-2025.xlsx') });
    const input = { fileId: preview.fileId, options: {}, target: { mode: 'new' } } as const;
    imports.commit(deps(), input);
    expect(() => imports.commit(deps(), input)).toThrow(AppError);
  });

  it('makes a new plan with the title, 附件 label, year and columns the file had', async () => {
    const { db, deps } = importDeps();
    const name = '配档表-百日攻坚行动.xlsx';
    const preview = await imports.open(deps(), { fileName: name, data: sample(name) });
    const { planId } = imports.commit(deps(), { fileId: preview.fileId, options: {}, target: { mode: 'new' } });
    const doc = open(db, planId);
    expect(doc.plan).toMatchObject({
      kind: 'peidang',
      title: '全省卫生健康系统“解决群众急难愁盼问题百日攻坚行动”配档表',
      attachmentLabel: '附件',
      numbering: 'continuous',
    });
    expect(doc.plan.columns.map((c) => c.label)).toEqual(['行动措施', '任务目标', '完成时限', '牵头处室', '配合处室']);
    expect(doc.rows).toHaveLength(50);
  });
});
