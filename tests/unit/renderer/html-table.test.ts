// @vitest-environment jsdom
// Tables pasted as HTML (Word, WPS 文字, web pages): cells whole, merged cells where they reach.
import { describe, expect, it } from 'vitest';
import { parseHtmlTable, readHtmlTable } from '../../../renderer/grid/html-table';

describe('parseHtmlTable', () => {
  it('keeps a cell of several paragraphs as one cell with a line per paragraph, as Word writes it', () => {
    const html =
      '<table><tr><td><p class=MsoNormal>①建立档案<o:p></o:p></p><p class=MsoNormal>②定期随访</p></td><td>医政处</td></tr></table>';
    expect(parseHtmlTable(html)).toEqual([['①建立档案\n②定期随访', '医政处']]);
  });

  it('repeats a cell merged down in each of its rows and leaves a cell merged across empty beside its first column', () => {
    const html =
      '<table><tr><td rowspan=2>医政处</td><td colspan=2>甲</td></tr><tr><td>乙</td><td>丙</td></tr></table>';
    expect(parseHtmlTable(html)).toEqual([
      ['医政处', '甲', ''],
      ['医政处', '乙', '丙'],
    ]);
  });

  it('reads only the outer table’s rows: a table inside a cell is that cell’s text', () => {
    const html = '<table><tr><td><table><tr><td>内</td></tr></table></td><td>外</td></tr></table>';
    expect(parseHtmlTable(html)).toEqual([['内', '外']]);
  });

  it('is null for HTML without a table', () => {
    expect(parseHtmlTable('<p>一段文字</p>')).toBeNull();
  });
});

describe('readHtmlTable', () => {
  it('notes a row that is one cell merged across the table, as a section title is merged', () => {
    const html =
      '<table><tr><td colspan=3>（一）优化服务</td></tr><tr><td>1</td><td>a</td><td>b</td></tr><tr><td>2</td><td>c</td></tr></table>';
    expect(readHtmlTable(html)!.wholeRow).toEqual([true, false, false]);
  });
});
