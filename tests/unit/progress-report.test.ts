// 进展情况报告: the period's progress as the Word report a bureau sends its leaders.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { list, open } from '../../electron/host/services/plans';
import type { ProgressEntry } from '../../shared/domain/progress';
import { joinLines, reportTitle, writeProgressReport } from '../../shared/xlsx/progress-report';
import { afterEach } from 'vitest';
import { cleanupTemp, startTempHost } from './temp-data';

afterEach(cleanupTemp);

/** The document's paragraphs as text, in order. */
async function paragraphsOf(bytes: Uint8Array): Promise<{ texts: string[]; xml: string }> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const texts = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) =>
    [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
  return { texts, xml };
}

describe('the progress report', () => {
  it('sums up the period, then gives each item under its section with its lead unit, status and report', async () => {
    const { host } = startTempHost(true);
    const summary = list({ db: host.ctx.db }).find((p) => p.kind === 'peidang')!;
    const { plan, rows } = open(host.ctx.db, summary.id);
    const items = rows.filter((r) => r.kind === 'item');
    const entry = (rowId: string, status: ProgressEntry['status'], progress: string, problems = ''): ProgressEntry => ({
      rowId,
      period: '2023-Q3',
      status,
      progress,
      problems,
      nextSteps: '',
      reporter: '医政处',
      reportedAt: '2023-09-20T08:00:00.000Z',
    });
    const entries = [
      entry(items[0]!.id, 'done', '三级公立医院全部推广诊间预约；\n门诊预约全覆盖。'),
      entry(items[1]!.id, 'behind', '部分医院系统改造未完成', '资金未到位'),
    ];
    const { texts, xml } = await paragraphsOf(await writeProgressReport(plan, rows, entries, '2023-Q3', '2023-09-25'));
    expect(texts.slice(0, 3)).toEqual([
      '全省卫生健康系统“解决群众急难愁盼问题百日攻坚行动”',
      '2023年第三季度进展情况',
      '截至2023年9月25日，50 项工作中，已完成 1 项，滞后 1 项，尚未填报 48 项；其中逾期未完成 49 项。',
    ]);
    expect(texts[3]).toBe('（一）优化健康服务流程');
    expect(texts[4]).toBe('1. 推进诊疗精准预约（牵头：医政处、规划处；完成时限：8月20日前）【已完成】');
    expect(texts[5]).toBe('进展情况：三级公立医院全部推广诊间预约；门诊预约全覆盖。');
    expect(texts[6]).toBe('2. 推广磁共振、CT等大型设备检查预约（牵头：医政处；完成时限：8月20日前）【滞后】');
    expect(texts.slice(7, 9)).toEqual(['进展情况：部分医院系统改造未完成', '存在问题：资金未到位']);
    // The 48 items nobody reported on: listed together once, at the end, not 48 times 「本期未填报。」.
    expect(texts).not.toContain('本期未填报。');
    expect(texts[texts.length - 2]).toBe('本期未填报的事项（48 项）');
    const unreported = texts[texts.length - 1]!;
    expect(unreported).toMatch(/^3\. .+（牵头：.+）；4\. /);
    expect(unreported.split('；').filter((t) => /^\d+\. /.test(t))).toHaveLength(48);
    // A4 portrait with an official document's margins, 第 X 页 共 Y 页 in the footer.
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(texts.filter((t) => /^\d+\. .*【/.test(t))).toHaveLength(2);
  });
});

describe('the report title and its lines', () => {
  it('makes the title by rule from the plan title', () => {
    expect(reportTitle('全县卫生健康系统2026年度重点工作清单')).toBe('全县卫生健康系统2026年度重点工作');
    expect(reportTitle('全省卫生健康系统“解决群众急难愁盼问题百日攻坚行动”配档表')).toBe(
      '全省卫生健康系统“解决群众急难愁盼问题百日攻坚行动”',
    );
    expect(reportTitle('2026年市卫生健康委重点任务清单')).toBe('2026年市卫生健康委重点任务');
    expect(reportTitle('2025年全县卫生健康系统民生实事任务清单')).toBe('2025年全县卫生健康系统民生实事任务');
    expect(reportTitle('关于开展安全生产大检查的配档表')).toBe('关于开展安全生产大检查');
    expect(reportTitle('配档表')).toBe('配档表');
  });

  it('joins a report of several lines cleanly: no stray space, ① ② after a 「；」', () => {
    expect(joinLines('①完成调研\n②形成方案')).toBe('①完成调研；②形成方案');
    expect(joinLines('①完成调研；\n②形成方案。')).toBe('①完成调研；②形成方案。');
    expect(joinLines('已召开会议\n部署工作')).toBe('已召开会议部署工作');
    expect(joinLines('1.完成调研\n2.形成方案')).toBe('1.完成调研；2.形成方案');
    expect(joinLines('Step one\nStep two')).toBe('Step one Step two');
    expect(joinLines('  \n\n已完成。 \n')).toBe('已完成。');
  });
});
