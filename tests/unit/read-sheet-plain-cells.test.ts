// The reader reads the commonest shapes of a cell and of a shared string straight off the text (cell-scan.ts); every
// other shape goes through the XML scanner. The same workbook written both ways must read the same, cell for cell.
import { describe, expect, it } from 'vitest';
import { readSheets } from '../../shared/xlsx/read-file';
import { handMade } from '../support/hand-made-workbook';

const STRINGS =
  '<si><t>甲</t></si><si><t xml:space="preserve"> 乙 </t></si><si><t>A&amp;B_x000D_</t></si>' +
  '<si><r><t>富</t></r><r><t>文本</t></r></si><si><t></t></si><si><t>_x0041_&#x4E01;</t></si>';

const SHEET =
  '<sheetData>' +
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
  '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>5</v></c></row>' +
  '<row r="2" hidden="1"><c r="A2"><v>42</v></c><c r="B2" s="1"><v>45000</v></c><c r="C2" t="n"><v>-1.5</v></c>' +
  '<c r="D2"><v>1E3</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="e"><v>#N/A</v></c>' +
  '<c r="G2" s="1"><v>45000.5</v></c><c r="H2"><v>000123</v></c></row>' +
  // Out of order, a reference and a type written with character references, an empty <v>, no reference at all.
  '<row r="3"><c r="C3" t="str"><v>公式&lt;文本&gt;</v></c><c r="A3" t="s"><v>&#49;</v></c>' +
  '<c r="B&#51;" t="&#115;"><v>0</v></c><c r="D3" t="s"><v></v></c><c r="E3"/><c r="F3"></c><c t="s"><v>4</v></c></row>' +
  // A second row of the same number adds to the first.
  '<row r="3"><c r="H3" t="s"><v>0</v></c></row>' +
  '<row r="4"><c r="A4" t="inlineStr"><is><t>内联</t></is></c><c r="B4"><f>1+1</f><v>2</v></c>' +
  '<c r="C4" s="1" t="d"><v>2024-05-06T00:00:00</v></c><c r="D4" s="0"><v> 7 </v></c></row>' +
  '<row r="6"><c r="B6" s="1"/><c r="C6" t="s"><v>0</v></c></row>' +
  '</sheetData><mergeCells><mergeCell ref="C6:D6"/></mergeCells>';

const STYLES = '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>';

/** The sheet's cells as read from the workbook whose strings and sheet are `strings` and `sheet`. */
async function cellsOf(strings: string, sheet: string) {
  const [grid] = await readSheets(
    handMade({ sheets: [{ name: '表', xml: sheet }], strings, styles: STYLES }),
    '写法.xlsx',
  );
  return { cells: grid!.cells, hiddenRows: [...grid!.hiddenRows], merges: grid!.merges };
}

describe('cells written plainly and otherwise', () => {
  it('reads the plain shapes as the XML scanner reads any other writing of the same cells', async () => {
    const plain = await cellsOf(STRINGS, SHEET);
    expect(plain.cells[0]).toEqual(['甲', '乙', 'A&B', '富文本', 'A丁']);
    expect(plain.cells[1]!.slice(0, 6)).toEqual(['42', expect.stringMatching(/^2023/), '-1.5', '1000', 'TRUE', '#N/A']);
    expect(plain.cells[1]![7]).toBe('123');
    expect(plain.cells[2]).toEqual(['乙', '甲', '公式<文本>', '', '', '', '', '甲']);
    expect(plain.cells[3]).toEqual(['内联', '2', '2024-05-06', '7']);
    expect(plain.cells[5]).toEqual(['', '', '甲']);
    expect(plain.hiddenRows).toEqual([1]);

    // Attributes written with tabs and single quotes: the scanner's own attribute reader within the plain cell.
    const attributes = SHEET.replace(/<c /g, '<c\t').replace(/<c\t([^>]*)>/g, (tag) => tag.replace(/"/g, "'"));
    // Tags with a space before '>', text between elements: every cell and string token by token.
    const tokens = SHEET.replace(/<v>/g, '<v >').replace(/<\/c>/g, '</c >').replace(/\/>/g, ' />');
    const strings = STRINGS.replace(/<si>/g, '<si> ').replace(/<\/t><\/si>/g, '</t> </si>');
    expect(attributes).not.toBe(SHEET);
    expect(await cellsOf(STRINGS, attributes)).toEqual(plain);
    expect(await cellsOf(strings, tokens)).toEqual(plain);
  });

  it('finds damage in a plain cell as it does in any other', async () => {
    const damaged = [
      SHEET.replace('<c r="A2"><v>42</v></c>', '<c r="A2"><v>42</c></v>'),
      SHEET.replace('<c r="A2"><v>42</v></c>', '<c r="A2"><v>42</v></x>'),
      SHEET.replace('<c r="A2">', '<c r="A0">'),
      SHEET.replace('<c r="A2">', '<c r="XFE2">'),
    ];
    for (const sheet of damaged) {
      await expect(cellsOf(STRINGS, sheet)).rejects.toMatchObject({ code: 'IMPORT_CORRUPT' });
    }
    await expect(cellsOf(STRINGS.replace('<si><t>甲</t></si>', '<si><t>甲</si></t>'), SHEET)).rejects.toMatchObject({
      code: 'IMPORT_CORRUPT',
    });
  });
});
