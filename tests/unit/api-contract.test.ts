// The contract in shared/api.ts against the host: a handler for every method, and outputs that match their schemas.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, type Input, type Method, type Output } from '../../shared/api';
import { createHandlers } from '../../electron/host/handlers';
import type { Host } from '../../electron/host/host';
import { cleanupTemp, startTempHost } from './temp-data';
import { SAMPLES_DIR, samplePath } from '../support/fixtures';
import { MONTHS, scoreSheetBytes } from '../support/score-sheets';

let host: Host;
const called = new Set<Method>();

beforeEach(() => {
  ({ host } = startTempHost(false));
  called.clear();
});
afterEach(cleanupTemp);

/** Calls a method through the dispatcher and parses its answer with the contract's output schema. */
async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const envelope = await host.invoke(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  called.add(method);
  return api[method].output.parse(envelope.data) as Output<M>;
}

const meta = { title: '2026年重点工作', issuer: '县卫生健康局', docNo: '', year: 2026, attachmentLabel: '附件1' };

describe('the contract', () => {
  it('has a handler for every method and no handler outside it', () => {
    const methods = Object.keys(api).sort();
    expect(Object.keys(createHandlers(host.ctx)).sort()).toEqual(methods);
    expect(Object.keys(host.handlers).sort()).toEqual(methods);
  });

  it('names every method domain.verb', () => {
    for (const method of Object.keys(api)) expect(method).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it('answers every method with data its output schema accepts, through a whole day of editing', async () => {
    const info = await call('app.info', {});
    expect(info.dbPath.startsWith(info.dataDir)).toBe(true);
    expect(await call('plans.list', {})).toEqual([]);
    const plan = await call('plans.create', { ...meta, kind: 'quarterly' });
    const inserted = await call('rows.insert', {
      planId: plan.id,
      anchorId: null,
      where: 'below',
      rows: [
        { kind: 'item', cells: { name: '党建领航' } },
        { kind: 'section', title: '（一）' },
      ],
    });
    const [first, second] = inserted.created;
    expect(inserted.upserted).toHaveLength(2);
    const pasted = await call('rows.setCells', {
      planId: plan.id,
      edits: [{ rowId: first ?? '', key: 'lead', value: '医政科\n规划科' }],
      append: [{ kind: 'item', cells: { name: '医疗强基' } }],
    });
    expect(pasted.created).toHaveLength(1);
    await call('rows.move', { planId: plan.id, ids: [second ?? ''], beforeId: first ?? '' });
    const sorted = await call('rows.sort', { planId: plan.id, key: 'name', direction: 'desc' });
    expect(sorted.history.undoLabel).toBe('排序（项目名称，降序）');
    await call('rows.delete', { planId: plan.id, ids: [first ?? ''] });
    const undone = await call('history.undo', { planId: plan.id });
    expect(undone.history.redoLabel).toBe('删除行');
    await call('history.redo', { planId: plan.id });
    const record = await call('history.ofRow', { planId: plan.id, rowId: first ?? '' });
    expect(record.map((e) => e.label).slice(0, 3)).toEqual(['重做「删除行」', '撤销「删除行」', '删除行']);
    const reported = await call('progress.record', {
      planId: plan.id,
      rowId: pasted.created[0] ?? '',
      period: '2026-Q1',
      status: 'done',
      progress: '已完成',
    });
    expect(reported).toMatchObject({ progressChanged: true, history: { undoLabel: '销号' } });
    expect(await call('progress.list', { planId: plan.id })).toMatchObject([
      { period: '2026-Q1', status: 'done', progress: '已完成', problems: '' },
    ]);
    const overview = await call('progress.exportOverview', { planId: plan.id, period: '2026-Q1', today: '2026-03-01' });
    expect(overview.fileName).toMatch(/进度总览-2026年第一季度-20260301\.xlsx$/);
    const report = await call('progress.exportReport', { planId: plan.id, period: '2026-Q1', today: '2026-03-01' });
    expect(report.fileName).toMatch(/2026年第一季度进展情况-20260301\.docx$/);
    const renamed = await call('plans.update', { planId: plan.id, patch: { title: '改名后' } });
    expect(renamed.plan?.title).toBe('改名后');
    const cols = await call('plans.setColumns', {
      planId: plan.id,
      columns: [
        { key: 'name', label: '项目', role: 'text', width: 12 },
        { key: 'lead', label: '牵头科室', role: 'unit', width: 12 },
      ],
    });
    expect(cols.plan?.columns.map((c) => c.label)).toEqual(['项目', '牵头科室']);
    const doc = await call('plans.get', { planId: plan.id });
    expect(doc.rows.map((r) => r.title || r.cells.name)).toEqual(['（一）', '医疗强基']);
    const copy = await call('plans.duplicate', { planId: plan.id });
    expect(await call('plans.delete', { planId: copy.id })).toEqual({ ok: true });
    expect((await call('plans.trash', {})).map((p) => p.id)).toEqual([copy.id]);
    expect((await call('plans.restore', { planId: copy.id })).deletedAt).toBeNull();
    const data = readFileSync(samplePath('民生实事-2025.xlsx')).toString('base64');
    const opened = await call('import.open', { fileName: '民生实事-2025.xlsx', data });
    expect(opened.kind).toBe('minsheng');
    const again = await call('import.preview', { fileId: opened.fileId, options: { kind: 'peidang' } });
    expect(again.kind).toBe('peidang');
    const imported = await call('import.commit', { fileId: opened.fileId, options: {}, target: { mode: 'new' } });
    expect(imported).toMatchObject({
      items: 20,
      sections: 3,
      unknownUnits: expect.arrayContaining(['基层科', '医政科']),
    });
    const added = await call('units.addNames', { names: imported.unknownUnits, kind: 'office' });
    expect(added.map((u) => u.name)).toEqual(imported.unknownUnits);
    const saved = await call('units.save', { unit: { ...added[0]!, aliases: ['基层股'] } });
    expect((await call('units.list', {})).find((u) => u.id === saved.id)?.aliases).toEqual(['基层股']);
    // With the plan open, the change is an action of its history.
    const merged = await call('units.merge', { fromId: added[1]!.id, intoId: added[0]!.id, planId: imported.planId });
    expect(merged.aliases).toEqual(['基层股', added[1]!.name]);
    expect(merged.delta?.history.undoLabel).toBe(`合并单位（${added[1]!.name} → ${added[0]!.name}）`);
    expect(await call('units.delete', { id: saved.id })).toEqual({ ok: true, delta: null });
    expect((await call('plans.get', { planId: imported.planId })).plan.numbering).toBe('per-section');
    const fit = await call('export.check', { planId: imported.planId, options: { orientation: 'portrait' } });
    expect(fit).toMatchObject({ fits: true, columns: 6 });
    const exported = await call('export.xlsx', { planId: imported.planId, options: { orientation: 'portrait' } });
    expect(exported).toMatchObject({ items: 20, fileName: expect.stringMatching(/民生实事任务清单-\d{8}\.xlsx$/) });
    expect(Buffer.from(exported.data).subarray(0, 2).toString()).toBe('PK');
    const document = await call('export.docx', { planId: imported.planId, options: {} });
    expect(document).toMatchObject({ items: 20, fileName: expect.stringMatching(/民生实事任务清单-\d{8}\.docx$/) });
    // The export remembered its paper for the plan; another output's layout is saved and read back.
    expect(await call('layouts.get', { planId: imported.planId, output: 'export' })).toMatchObject({
      paper: 'A4',
      orientation: 'landscape',
      bodySize: 12,
    });
    expect(
      await call('layouts.save', {
        planId: imported.planId,
        output: 'print',
        layout: { paper: 'A3', orientation: 'portrait', bodySize: 10.5 },
      }),
    ).toEqual({ ok: true });
    expect(await call('layouts.get', { planId: imported.planId, output: 'print' })).toEqual({
      paper: 'A3',
      orientation: 'portrait',
      bodySize: 10.5,
    });
    await walkThroughRound();
    await walkThroughMonthlyCycle();
    const made = await call('backup.create', {});
    expect(made.reason).toBe('manual');
    const listed = await call('backup.list', {});
    expect(listed.backups.map((b) => b.name)).toContain(made.name);
    await call('plans.create', { ...meta, title: '备份之后才建的方案', kind: 'peidang' });
    expect(await call('backup.restore', { name: made.name })).toEqual({ ok: true });
    expect((await call('plans.list', {})).some((p) => p.title === '备份之后才建的方案')).toBe(false);
    const bytes = readFileSync(join(listed.folder, made.name)).toString('base64');
    expect(await call('backup.restoreFile', { fileName: '我的备份.db', data: bytes })).toEqual({ ok: true });
    expect([...called].sort()).toEqual(Object.keys(api).sort());
  });

  /** A 突破事项 round: sheets out, the sample return and the blank template in, reviewed, accepted, consolidated. */
  async function walkThroughRound(): Promise<void> {
    const plan = await call('plans.create', { ...meta, title: '突破事项汇总表', kind: 'breakthrough' });
    const round = await call('rounds.create', {
      planId: plan.id,
      title: '落实突破事项',
      mode: 'table',
      period: null,
      units: ['区人民医院'],
      dueDate: '2026-03-12',
    });
    expect(await call('rounds.list', { planId: plan.id })).toEqual([round]);
    const folder = join(dataDirOf(), '填报表');
    expect((await call('rounds.generate', { roundId: round.id, folder })).files).toMatchObject([
      { unit: '区人民医院', rows: 10 },
    ]);
    expect((await call('rounds.generateZip', { roundId: round.id })).fileName).toMatch(/填报表\.zip$/);
    const [sheet] = (await call('rounds.generateFiles', { roundId: round.id })).files;
    expect(sheet).toMatchObject({ unit: '区人民医院', rows: 10 });
    expect(Buffer.from(sheet!.data.subarray(0, 2)).toString()).toBe('PK');
    // The desktop shell's folder dialog and file manager, stood in for (browser mode has neither).
    host.ctx.desktop = { pickFolder: async () => folder, openFolder: async () => '' };
    expect(await call('rounds.pickFolder', { start: '' })).toEqual({ folder });
    expect(await call('rounds.openFolder', { folder })).toEqual({ ok: true });
    delete host.ctx.desktop;
    const samples = SAMPLES_DIR;
    const file = (path: string, fileName: string) => ({
      fileName,
      data: readFileSync(join(samples, path)).toString('base64'),
    });
    const got = await call('rounds.receive', {
      roundId: round.id,
      files: [file('返回/突破事项-区人民医院.xlsx', '区人民医院.xlsx'), file('突破事项汇总表-模板.xlsx', '模板.xlsx')],
      receivedAt: '2026-03-11T09:00:00.000Z',
    });
    const [sample, blank] = got.received;
    expect([sample?.state, blank?.state]).toEqual(['received', 'unassigned']);
    expect((await call('rounds.assign', { submissionId: blank!.id, unit: '区人民医院' })).state).toBe('received');
    // An empty sheet may be taken as the unit's 本单位无此项内容; undone, it waits for review again.
    expect(
      (await call('rounds.acceptNothing', { submissionId: blank!.id, answer: '本单位无此项内容' })).delta,
    ).toMatchObject({ roundsChanged: true });
    expect((await call('history.undo', { planId: round.planId })).roundsChanged).toBe(true);
    expect((await call('rounds.sendBack', { submissionId: blank!.id, reason: '空表' })).state).toBe('returned');
    expect((await call('rounds.review', { submissionId: sample!.id })).lines).toHaveLength(3);
    const original = await call('rounds.file', { submissionId: sample!.id });
    expect(original.fileName).toBe('区人民医院.xlsx');
    expect(Buffer.from(original.data).equals(readFileSync(join(samples, '返回/突破事项-区人民医院.xlsx')))).toBe(true);
    // A 突破事项 return's rows join the plan when accepted, and leave it when the acceptance is taken back.
    expect((await call('rounds.accept', { submissionId: sample!.id })).delta).toMatchObject({
      roundsChanged: true,
      history: { undoLabel: '采用回执（区人民医院）' },
    });
    expect((await call('rounds.undoAccept', { submissionId: sample!.id })).delta).toMatchObject({
      upserted: [],
      history: { canRedo: true },
    });
    expect(await call('rounds.acceptAll', { roundId: round.id })).toMatchObject({
      accepted: 1,
      delta: { roundsChanged: true },
    });
    // The blank sheet came in last and was sent back: the unit owes a new one.
    expect((await call('rounds.get', { roundId: round.id, today: '2026-03-12' })).board).toMatchObject([
      { unit: '区人民医院', status: 'returned', reason: '空表' },
    ]);
    expect((await call('rounds.exportSummary', { roundId: round.id })).rows).toBe(3);
    expect(await call('rounds.delete', { roundId: round.id })).toEqual({ ok: true });
  }

  /** Seed 004's cycle: a monthly 备案 round and its next month, 测评 sheets ranked, groups, a 整改台账 problem. */
  async function walkThroughMonthlyCycle(): Promise<void> {
    const plan = await call('plans.create', { ...meta, title: '整改台账', kind: 'rectification' });
    const first = await call('rounds.create', {
      planId: plan.id,
      title: '2026年10月工作开展情况',
      mode: 'table',
      period: '2026-10',
      units: ['莘县'],
      dueDate: '2026-11-03',
      recurrence: 'monthly',
      dueDay: 3,
      asks: 'file',
    });
    const next = await call('rounds.startNext', { roundId: first.id });
    expect(next).toMatchObject({ period: '2026-11', dueDate: '2026-12-03', seriesId: first.id });
    expect((await call('rounds.timeliness', { roundId: next.id, today: '2026-12-05' })).units).toMatchObject([
      { unit: '莘县', missing: 2 },
    ]);
    for (const format of ['xlsx', 'docx'] as const) {
      expect(
        Buffer.from((await call('rounds.exportTimeliness', { roundId: next.id, format, today: '2026-12-05' })).data)
          .subarray(0, 2)
          .toString(),
      ).toBe('PK');
    }
    const sheet = await scoreSheetBytes(MONTHS[0]);
    const kept = await call('scores.import', {
      fileName: MONTHS[0].fileName,
      data: Buffer.from(sheet).toString('base64'),
    });
    expect(await call('scores.list', {})).toEqual([kept]);
    expect((await call('scores.rankings', {}))[0]?.groups.map((g) => g.group)).toEqual([
      '县（市、区）',
      '市直医疗卫生机构',
    ]);
    expect((await call('scores.exportNotice', { period: '2026-09', today: '2026-10-05' })).fileName).toBe(
      '2026年9月测评通报.docx',
    );
    expect(await call('scores.delete', { id: kept.id })).toEqual({ ok: true });
    const groups = await call('groups.importText', {
      text: '第一组：\n组 长：魏天山\n副组长：刘庆华\n联系单位：东昌府区、市人民医院',
    });
    const edited = await call('groups.save', { group: { ...groups[0]!, units: ['东昌府区'] } });
    expect(edited.delta).toBeNull();
    expect(await call('groups.list', {})).toEqual([{ ...edited, delta: undefined }]);
    expect(await call('groups.delete', { id: edited.id })).toEqual({ ok: true, delta: null });
    const read = await call('groups.preview', { text: '第二组：组长：谢华 联系单位：莘县、市中医医院' });
    expect(read.groups.map((g) => [g.name, g.leader, g.units])).toEqual([['第二组', '谢华', ['莘县', '市中医医院']]]);
    const keptGroups = await call('groups.replace', { groups: read.groups, planId: plan.id });
    expect(keptGroups.delta?.unitsChanged).toBe(true);
    expect(keptGroups.groups.map((g) => g.name)).toEqual(['第二组']);
    const delta = await call('rectification.addProblem', {
      planId: plan.id,
      problem: { problem: '随访率不足', unit: '莘县' },
    });
    expect(delta.upserted[0]?.cells).toMatchObject({ problem: '随访率不足', lead: '莘县' });
  }

  function dataDirOf(): string {
    return host.ctx.dataDir;
  }

  it('fills in the defaults of an input: a paste without appended rows or label is 编辑单元格', async () => {
    const plan = await call('plans.create', { ...meta, kind: 'peidang' });
    const { created } = await call('rows.insert', {
      planId: plan.id,
      anchorId: null,
      where: 'above',
      rows: [{ kind: 'item' }],
    });
    const delta = await call('rows.setCells', {
      planId: plan.id,
      edits: [{ rowId: created[0] ?? '', key: 'measure', value: '甲' }],
    });
    expect(delta.history.undoLabel).toBe('编辑单元格');
    expect(delta.upserted).toEqual([{ id: created[0], kind: 'item', title: '', cells: { measure: '甲' } }]);
  });

  it('refuses a cell key that is not a column name', async () => {
    const plan = await call('plans.create', { ...meta, kind: 'peidang' });
    const envelope = await host.invoke('rows.setCells', {
      planId: plan.id,
      edits: [{ rowId: 'r', key: 'Bad-Key', value: 'x' }],
    });
    expect(envelope.ok ? 'ok' : envelope.error.code).toBe('BAD_INPUT');
  });
});
