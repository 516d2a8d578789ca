// 修改记录 of a row on a real SQLite file: typed, pasted, imported from which file, 采用 from which unit's return,
// and the undo and redo of them, newest first, each with before → after of the columns it changed.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import * as plans from '../../electron/host/services/plans';
import * as rows from '../../electron/host/services/rows';
import * as rounds from '../../electron/host/services/rounds';
import * as returns from '../../electron/host/services/returns';
import * as imports from '../../electron/host/services/import';
import { list as listProgress } from '../../electron/host/services/progress';
import { redo, undo } from '../../electron/host/services/history';
import { ofRow } from '../../electron/host/services/row-history';
import { entriesOfKey } from '../../shared/domain/history';
import { filledSheet } from '../e2e/support/unit-returns';
import { cleanupTemp, startTempHost, steadyClock, tempDir } from './temp-data';
import { samplePath } from '../support/fixtures';
import { firstQuarterRound } from '../support/progress-round';

afterEach(cleanupTemp);

async function acceptedReturn(db: Parameters<typeof ofRow>[0]['db'], planId: string, now: () => string) {
  const round = firstQuarterRound(db, planId, now(), ['医政处']);
  const folder = tempDir();
  const { files } = await rounds.generate({ db }, { roundId: round.id, folder, units: ['医政处'] });
  const data = await filledSheet(join(folder, files[0]!.fileName), '推进中');
  const got = await returns.receive(
    { db, now: now() },
    { roundId: round.id, files: [{ fileName: '医政处回执.xlsx', data }] },
  );
  returns.accept({ db, now: now() }, { submissionId: got.received[0]!.id });
}

describe('修改记录', () => {
  it('lists typed, pasted, 采用 and their undo and redo, newest first, with the origin of each', async () => {
    const { host } = startTempHost();
    const db = host.ctx.db;
    const now = steadyClock(Date.UTC(2026, 2, 1, 8));
    const plan = plans.list({ db }).find((p) => p.kind === 'peidang')!;
    await acceptedReturn(db, plan.id, now);
    const rowId = listProgress({ db }, { planId: plan.id }).find((e) => e.period === '2023-Q1')!.rowId;
    const measure = plans.open(db, plan.id).plan.columns.find((c) => c.role === 'text')!;
    const was = plans.open(db, plan.id).rows.find((r) => r.id === rowId)!.cells[measure.key] ?? '';

    rows.setCells(
      { db, now: now() },
      {
        planId: plan.id,
        edits: [{ rowId, key: measure.key, value: '手工输入的措施' }],
        append: [],
        label: '编辑单元格',
        source: 'typed',
      },
    );
    rows.setCells(
      { db, now: now() },
      {
        planId: plan.id,
        edits: [{ rowId, key: measure.key, value: '粘贴来的措施' }],
        append: [],
        label: '粘贴',
        source: 'paste',
      },
    );
    undo({ db, now: now() }, { planId: plan.id });
    redo({ db, now: now() }, { planId: plan.id });

    const entries = ofRow({ db }, { planId: plan.id, rowId });
    expect(entries.slice(0, 5).map((e) => [e.kind, e.from])).toEqual([
      ['redo', '重做'],
      ['undo', '撤销'],
      ['change', '粘贴'],
      ['change', '输入'],
      ['change', '采用医政处的回执「医政处回执.xlsx」'],
    ]);
    expect(entries[1]!.changes).toEqual([
      { key: measure.key, label: measure.label, before: '粘贴来的措施', after: '手工输入的措施' },
    ]);
    expect(entries[3]!.changes).toEqual([
      { key: measure.key, label: measure.label, before: was, after: '手工输入的措施' },
    ]);
    const accepted = entries[4]!.changes[0]!;
    expect(accepted).toMatchObject({ key: 'progress', label: '进展（2023年第一季度）', before: '' });
    expect(accepted.after).toContain('状态：推进中');
    // The cell view keeps the one column: 采用 changed the progress, not the measure.
    expect(entriesOfKey(entries, measure.key).map((e) => e.from)).toEqual(['重做', '撤销', '粘贴', '输入']);

    // Undone and not redone: the entry says so.
    undo({ db, now: now() }, { planId: plan.id });
    expect(ofRow({ db }, { planId: plan.id, rowId }).find((e) => e.from === '粘贴')?.undone).toBe(true);
    // Bounded: the newest entries only.
    expect(ofRow({ db }, { planId: plan.id, rowId, limit: 2 })).toHaveLength(2);
  });

  it('names the file a row was imported from', async () => {
    const { host, dataDir } = startTempHost(false);
    const db = host.ctx.db;
    const now = steadyClock();
    const importFiles = new imports.OpenFiles();
    const deps = () => ({ db, now: now(), dataDir, importFiles });
    const name = '配档表-百日攻坚行动.xlsx';
    const preview = await imports.open(deps(), {
      fileName: name,
      data: new Uint8Array(readFileSync(samplePath(name))),
    });
    const { planId } = imports.commit(deps(), { fileId: preview.fileId, options: {}, target: { mode: 'new' } });
    const row = plans.open(db, planId).rows.find((r) => r.kind === 'item')!;
    const [entry] = ofRow({ db }, { planId, rowId: row.id });
    expect(entry).toMatchObject({ kind: 'change', from: `导入「${name}」`, undone: false });
    expect(entry!.changes[0]).toEqual({ key: 'row', label: '行', before: '', after: '新增' });
    expect(entry!.changes.some((c) => c.after === Object.values(row.cells)[0])).toBe(true);
  });
});
