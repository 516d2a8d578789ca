// @vitest-environment jsdom
// Tables pasted as HTML (Word, WPS 文字, web pages): cells whole, merged cells where they reach.
import { describe, expect, it } from 'vitest';
import { parseHtmlTable, pastedBlock } from '../../../renderer/grid/html-table';

describe('parseHtmlTable', () => {
  it('keeps a cell of several paragraphs as one cell with a line per paragraph, as Word writes it', () => {
    const html = '<table><tr><td><p class=MsoNormal>①建立档案<o:p></o:p></p><p class=MsoNormal>②定期随访</p></td><td>医政处</td></tr></table>';
    expect(parseHtmlTable(html)).toEqual([['①建立档案\n②定期随访', '医政处']]);
  });

  it('repeats a cell merged down in each of its rows and leaves a cell merged across empty beside its first column', () => {
    const html = '<table><tr><td rowspan=2>医政处</td><td colspan=2>甲</td></tr><tr><td>乙</td><td>丙</td></tr></table>';
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

describe('pastedBlock', () => {
  it('takes the HTML table when Word’s text split a cell of two paragraphs into two rows', () => {
    const html = '<table><tr><td><p>一</p><p>二</p></td><td>x</td></tr></table>';
    expect(pastedBlock('一\r\n二\tx\r\n', html)).toEqual([['一\n二', 'x']]);
  });

  it('reads the text as Excel’s tab-separated cells when there is no HTML', () => {
    expect(pastedBlock('a\t"b\nc"\r\nd\te\r\n', '')).toEqual([
      ['a', 'b\nc'],
      ['d', 'e'],
    ]);
  });
});
