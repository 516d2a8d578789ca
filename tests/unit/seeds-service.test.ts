// The two sample plans a new data file starts with, put in once and never again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedOnce } from '../../electron/host/services/seeds';
import { list, open, remove, trash } from '../../electron/host/services/plans';
import { numberRows } from '../../shared/domain/numbering';
import type { Db } from '../../electron/host/store/db';
import { cleanupTemp, openTempDb, openTracked, steadyClock } from './temp-data';

let db: Db;
let file: string;
let now: () => string;

beforeEach(() => {
  ({ db, file } = openTempDb());
  now = steadyClock();
});
afterEach(cleanupTemp);

function planOfKind(kind: string) {
  const summary = list({ db }).find((p) => p.kind === kind);
  if (!summary) throw new Error(`no ${kind} plan`);
  return open(db, summary.id);
}

describe('seedOnce', () => {
  it('puts in the 配档表 with 50 items under 5 sections', () => {
    seedOnce(db, now());
    const doc = planOfKind('peidang');
    expect(doc.plan.title).toBe('全省卫生健康系统“解决群众急难愁盼问题百日攻坚行动”配档表');
    expect(doc.rows.filter((r) => r.kind === 'item')).toHaveLength(50);
    expect(doc.rows.filter((r) => r.kind === 'section').map((r) => r.title)).toEqual([
      '（一）优化健康服务流程',
      '（二）提升健康服务质量',
      '（三）创新健康服务模式',
      '（四）拓展健康服务内容',
      '（五）改善健康服务环境',
    ]);
  });

  it('keeps the rows of the 配档表 in the order of the document, multi-line cells included', () => {
    seedOnce(db, now());
    const rows = planOfKind('peidang').rows;
    expect(rows[0]).toMatchObject({ kind: 'section', title: '（一）优化健康服务流程' });
    expect(rows[1]?.cells).toMatchObject({
      measure: '推进诊疗精准预约',
      deadline: '8月20日前',
      lead: '医政处\n规划处',
    });
    expect(numberRows(rows).get(rows[rows.length - 1]!.id)).toBe(50);
  });

  it('puts in the 重点工作清单 with 38 items and no sections', () => {
    seedOnce(db, now());
    const doc = planOfKind('quarterly');
    expect(doc.plan.title).toBe('全县卫生健康系统2026年度重点工作清单');
    expect(doc.rows.filter((r) => r.kind === 'item')).toHaveLength(38);
    expect(doc.rows.filter((r) => r.kind === 'section')).toHaveLength(0);
    expect(doc.rows[0]?.cells.name).toBe('党建领航');
  });

  it('lists the 2026 清单 before the 2023 配档表, with their item counts', () => {
    seedOnce(db, now());
    expect(list({ db }).map((p) => [p.kind, p.itemCount])).toEqual([
      ['quarterly', 38],
      ['peidang', 50],
    ]);
  });

  it('adds nothing when called again, even after the file is reopened', () => {
    seedOnce(db, now());
    seedOnce(db, now());
    db.close();
    db = openTracked(file);
    seedOnce(db, now());
    expect(list({ db })).toHaveLength(2);
  });

  it('does not bring back a sample plan the user deleted', () => {
    seedOnce(db, now());
    const sample = planOfKind('peidang').plan.id;
    remove({ db, now: now() }, { planId: sample });
    seedOnce(db, now());
    expect(list({ db }).map((p) => p.kind)).toEqual(['quarterly']);
    expect(trash({ db }).map((p) => p.id)).toEqual([sample]);
  });

  it('starts the sample plans with nothing to undo', () => {
    seedOnce(db, now());
    expect(planOfKind('peidang').history.canUndo).toBe(false);
    expect(planOfKind('quarterly').history.canUndo).toBe(false);
  });
});
