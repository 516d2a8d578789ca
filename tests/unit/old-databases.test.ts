// A database left by each earlier schema version (tests/fixtures/db-vN.db) opens in this version with nothing lost:
// its plan, rows, sections, deleted rows still undoable, remembered mappings and progress.
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost } from '../../electron/host/host';
import { listUnits } from '../../electron/host/store/units';
import { listRounds } from '../../electron/host/store/rounds';
import { list, open } from '../../electron/host/services/plans';
import { undo } from '../../electron/host/services/history';
import { listProgress } from '../../electron/host/store/progress';
import { listBackups } from '../../electron/host/services/backup';
import { MIGRATIONS, SCHEMA_VERSION, schemaVersion } from '../../electron/host/store/migrations';
import { cleanupTemp, tempDir } from './temp-data';

afterEach(cleanupTemp);

const FIXTURES = join(process.cwd(), 'tests', 'fixtures');
const versions = readdirSync(FIXTURES)
  .map((f) => /^db-v(\d+)\.db$/.exec(f)?.[1])
  .filter((v): v is string => v !== undefined)
  .map(Number)
  .sort((a, b) => a - b);

describe('databases of earlier versions', () => {
  it('has a stored database of every earlier schema version', () => {
    expect(versions).toEqual(MIGRATIONS.slice(0, -1).map((m) => m.version));
  });

  for (const v of versions) {
    it(`opens a version ${v} database, backs it up first, and keeps everything in it`, () => {
      const dataDir = tempDir();
      copyFileSync(join(FIXTURES, `db-v${v}.db`), join(dataDir, 'peidang.db'));
      const host = startHost({ dataDir, mode: 'browser', version: 't', log: () => undefined });
      try {
        expect(schemaVersion(host.ctx.db)).toBe(SCHEMA_VERSION);
        expect(listBackups(dataDir).map((b) => b.reason)).toEqual(['upgrade']);
        const [summary] = list({ db: host.ctx.db });
        expect(summary).toMatchObject({
          title: `第${v}版的配档表`,
          docNo: '某卫发〔2025〕1号',
          numbering: 'continuous',
          cadence: 'quarter',
          itemCount: 1,
        });
        const doc = open(host.ctx.db, 'p1');
        expect(doc.rows.map((r) => r.title || r.cells.measure)).toEqual([
          '（一）优化服务',
          '推进预约诊疗\n覆盖全部医院',
        ]);
        const progress = listProgress(host.ctx.db, 'p1').map((e) => [e.period, e.status]);
        // From version 10 the file holds a quarter's round too, its accepted return's progress (old-history.test.ts).
        expect(progress).toEqual(v >= 4 ? [['2025-Q1', 'done'], ...(v >= 10 ? [['2025-Q2', 'done']] : [])] : []);
        if (v >= 5)
          expect(listUnits(host.ctx.db).find((u) => u.id === 'u1')).toMatchObject({
            name: '医政医管处',
            shortName: '医政处',
          });
        expect(listRounds(host.ctx.db, 'p1').map((r) => r.title)).toEqual(
          v >= 10 ? ['2025年度配档表·第二季度进展'] : [],
        );
        // The deletion recorded by the old version can still be undone, after what it recorded later.
        const later = v >= 12 ? 4 : v >= 10 ? 3 : 0;
        for (let i = 0; i <= later; i++) undo({ db: host.ctx.db, now: '2026-01-01T00:00:00.000Z' }, { planId: 'p1' });
        expect(open(host.ctx.db, 'p1').rows.map((r) => r.cells.measure ?? r.title)).toContain('已删除的一行');
      } finally {
        host.close();
      }
    });
  }
});
