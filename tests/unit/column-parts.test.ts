// 牵头 and 配合 stored on the plan's columns: set when a plan is made or imported, changed by the clerk in 列设置,
// and followed by every count (进度总览 here) whatever the columns' order or names.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, type Input, type Method, type Output } from '../../shared/api';
import { choiceOf, COLUMN_CHOICES, leadColumn, supportColumn, withChoice } from '../../shared/domain/column-roles';
import { overviewOf } from '../../shared/domain/progress-overview';
import type { ColumnDef } from '../../shared/domain/plan';
import type { Host } from '../../electron/host/host';
import { cleanupTemp, startTempHost } from './temp-data';

let host: Host;
beforeEach(() => {
  ({ host } = startTempHost(false));
});
afterEach(cleanupTemp);

async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const envelope = await host.invoke(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return api[method].output.parse(envelope.data) as Output<M>;
}

const meta = { title: '百日攻坚行动配档表', issuer: '县卫生健康局', docNo: '', year: 2026, attachmentLabel: '附件' };

/** A 配档表 with one item led by 医政科 and helped by 规划科; the 进度总览's units as it counts them. */
async function planWithOneItem() {
  const plan = await call('plans.create', { ...meta, kind: 'peidang' });
  await call('rows.insert', {
    planId: plan.id,
    anchorId: null,
    where: 'below',
    rows: [{ kind: 'item', cells: { measure: '推进预约诊疗', lead: '医政科', support: '规划科' } }],
  });
  const unitsCounted = async () => {
    const doc = await call('plans.get', { planId: plan.id });
    return overviewOf(doc.plan, doc.rows, [], '2026-Q1', '2026-03-01').byUnit.map((u) => u.unit);
  };
  return { plan, unitsCounted };
}

const moved = (columns: ColumnDef[], key: string, before: string): ColumnDef[] => {
  const c = columns.find((x) => x.key === key)!;
  const rest = columns.filter((x) => x !== c);
  const at = rest.findIndex((x) => x.key === before);
  return [...rest.slice(0, at), c, ...rest.slice(at)];
};

describe('牵头 and 配合 on the plan’s columns', () => {
  it('stores the part of each unit column when a plan is made', async () => {
    const { plan } = await planWithOneItem();
    expect(plan.columns.filter((c) => c.role === 'unit').map((c) => [c.label, c.part])).toEqual([
      ['牵头处室', 'lead'],
      ['配合处室', 'support'],
    ]);
    expect(plan.columns.filter((c) => c.role !== 'unit').every((c) => c.part === undefined)).toBe(true);
  });

  it('counts 进度总览 by the lead column after 配合处室 is moved before 牵头处室', async () => {
    const { plan, unitsCounted } = await planWithOneItem();
    await call('plans.setColumns', { planId: plan.id, columns: moved(plan.columns, 'support', 'lead') });
    const doc = await call('plans.get', { planId: plan.id });
    expect(doc.plan.columns.map((c) => c.key).indexOf('support')).toBeLessThan(
      doc.plan.columns.map((c) => c.key).indexOf('lead'),
    );
    expect(await unitsCounted()).toEqual(['医政科']);
  });

  it('follows the role the clerk chooses in 列设置, whatever the column is called, and Ctrl+Z takes it back', async () => {
    const { plan, unitsCounted } = await planWithOneItem();
    // The clerk swaps the two: 配合处室 is now the column in charge, 牵头处室 the helpers'.
    const swapped = plan.columns.map((c) =>
      c.key === 'lead' ? withChoice(c, 'support') : c.key === 'support' ? withChoice(c, 'lead') : c,
    );
    const delta = await call('plans.setColumns', { planId: plan.id, columns: swapped });
    expect(delta.plan?.columns.find((c) => c.key === 'support')?.part).toBe('lead');
    expect(await unitsCounted()).toEqual(['规划科']);
    const doc = await call('plans.get', { planId: plan.id });
    expect(leadColumn(doc.plan)?.label).toBe('配合处室');
    expect(supportColumn(doc.plan)?.label).toBe('牵头处室');

    await call('history.undo', { planId: plan.id });
    expect(await unitsCounted()).toEqual(['医政科']);
  });

  it('keeps the part a column was given when the clerk renames it', async () => {
    const { plan, unitsCounted } = await planWithOneItem();
    const renamed = plan.columns.map((c) => (c.key === 'lead' ? { ...c, label: '配合推进科室' } : c));
    await call('plans.setColumns', { planId: plan.id, columns: renamed });
    expect(await unitsCounted()).toEqual(['医政科']);
  });

  it('stores the part a file’s header gives when it is imported', async () => {
    const csv = '序号,工作任务,配合单位,牵头单位,完成时限\n1,推进家庭医生签约服务,规划科,基层卫生健康科,6月底前\n';
    const opened = await call('import.open', { fileName: '配合在前.csv', data: Buffer.from(csv).toString('base64') });
    const made = await call('import.commit', { fileId: opened.fileId, options: {}, target: { mode: 'new' } });
    const doc = await call('plans.get', { planId: made.planId });
    expect(leadColumn(doc.plan)?.label).toBe('牵头单位');
    expect(supportColumn(doc.plan)?.label).toBe('配合单位');
    expect(doc.plan.columns.filter((c) => c.role === 'unit').every((c) => c.part !== undefined)).toBe(true);
  });
});

describe('the choices of 列设置', () => {
  it('offers 牵头单位, 配合单位, 完成时限, 正文 and the rest, and turns each into a role and back', () => {
    expect(Object.values(COLUMN_CHOICES)).toEqual(['牵头单位', '配合单位', '完成时限', '正文', '人员', '其他']);
    const column: ColumnDef = { key: 'c1', label: '新列', role: 'text', width: 14 };
    for (const choice of Object.keys(COLUMN_CHOICES) as (keyof typeof COLUMN_CHOICES)[]) {
      expect(choiceOf(withChoice(column, choice))).toBe(choice);
    }
    expect(withChoice({ ...column, role: 'unit', part: 'support' }, 'note')).toEqual({ ...column, role: 'note' });
  });
});
