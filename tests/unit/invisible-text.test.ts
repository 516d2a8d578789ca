// Bidi controls and zero-width characters in unit names and titles (display spoofing: two units that look the same)
// are removed on import, with a warning naming the place.
import { describe, expect, it } from 'vitest';
import { importFile } from '../../shared/xlsx/read-file';

const csv = (lines: string[]) => new Uint8Array(Buffer.from(`\ufeff${lines.join('\r\n')}`));

describe('invisible characters on import', () => {
  it('removes them from the title, a section title and the unit columns, and says where', async () => {
    const r = await importFile(
      csv([
        '2026年\u202e重点工作配档表',
        '序号,行动措施,完成时限,牵头处室,配合处室',
        '一、\u200b医疗服务,,,,',
        '1,措施\u200b一,6月底前,医政\u202e科,规划\u2066科\u2069、\ufeff财务科',
        '2,措施二,9月底前,医政科,',
      ]),
      '配档表.csv',
    );
    expect(r.title).toBe('2026年重点工作配档表');
    const items = r.rows.filter((x) => x.kind === 'item');
    expect(items.map((x) => x.cells.lead)).toEqual(['医政科', '医政科']);
    expect(items[0]!.cells.support).toBe('规划科、财务科');
    // Other text is kept as written: only names and titles are compared by the clerk's eye.
    expect(items[0]!.cells.measure).toBe('措施\u200b一');
    expect(r.rows.find((x) => x.kind === 'section')?.section).toBe('一、医疗服务');
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        '标题中有不可见的字符（文字方向控制符或零宽字符），已删除。',
        '第 3 行的分组标题中有不可见的字符（文字方向控制符或零宽字符），已删除。',
        '第 4 行「牵头处室」的单位名称「医政科」中有不可见的字符（文字方向控制符或零宽字符），已删除。',
        '第 4 行「配合处室」的单位名称「规划科、财务科」中有不可见的字符（文字方向控制符或零宽字符），已删除。',
      ]),
    );
  });
});
