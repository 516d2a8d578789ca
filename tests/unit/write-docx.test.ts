// The Word documents the app writes follow WordprocessingML's order of properties (Word refuses a file whose order
// differs, where LibreOffice is lenient), for the table export and the progress report alike.
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { list, open } from '../../electron/host/services/plans';
import { exportPlanDocument } from '../../shared/xlsx/export-plan';
import { writeProgressReport } from '../../shared/xlsx/progress-report';
import { CLOSE, END, OPEN, XmlScanner } from '../../shared/xlsx/xml-scan';
import { cleanupTemp, startTempHost } from './temp-data';

afterEach(cleanupTemp);

/** The order ECMA-376 gives the children of each properties element (those the app writes among them). */
const ORDER: Record<string, string[]> = {
  pPr: [
    'pStyle',
    'keepNext',
    'keepLines',
    'pageBreakBefore',
    'widowControl',
    'numPr',
    'pBdr',
    'shd',
    'tabs',
    'spacing',
    'ind',
    'jc',
    'rPr',
  ],
  rPr: ['rStyle', 'rFonts', 'b', 'bCs', 'i', 'iCs', 'color', 'sz', 'szCs', 'u', 'lang'],
  tcPr: ['cnfStyle', 'tcW', 'gridSpan', 'hMerge', 'vMerge', 'tcBorders', 'shd', 'noWrap', 'tcMar', 'vAlign'],
  tblPr: [
    'tblStyle',
    'tblW',
    'jc',
    'tblCellSpacing',
    'tblInd',
    'tblBorders',
    'shd',
    'tblLayout',
    'tblCellMar',
    'tblLook',
  ],
  sectPr: ['headerReference', 'footerReference', 'pgSz', 'pgMar'],
  tc: ['tcPr', 'p', 'tbl'],
  tr: ['tblPrEx', 'trPr', 'tc'],
  tbl: ['tblPr', 'tblGrid', 'tr'],
};

/** Every properties element whose children are out of order, or repeated, as `parent: a after b`. */
function outOfOrder(xml: string): string[] {
  const s = new XmlScanner(xml);
  const stack: { name: string; last: number; seen: Set<string> }[] = [];
  const wrong: string[] = [];
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t === OPEN) {
      const parent = stack[stack.length - 1];
      const order = parent ? ORDER[parent.name] : undefined;
      if (parent && order) {
        const at = order.indexOf(s.name);
        if (at < 0) wrong.push(`${parent.name}: unknown ${s.name}`);
        else if (at < parent.last || (parent.seen.has(s.name) && !['tc', 'tr', 'p', 'tbl'].includes(s.name)))
          wrong.push(`${parent.name}: ${s.name} after ${order[parent.last]}`);
        parent.last = Math.max(parent.last, at);
        parent.seen.add(s.name);
      }
      stack.push({ name: s.name, last: 0, seen: new Set() });
    } else if (t === CLOSE) stack.pop();
  }
  return [...new Set(wrong)];
}

async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

describe('the Word documents the app writes', () => {
  it('set every paragraph, run, cell, row and table property in the order WordprocessingML prescribes', async () => {
    const { host } = startTempHost(true);
    for (const summary of list({ db: host.ctx.db })) {
      const { plan, rows } = open(host.ctx.db, summary.id);
      const table = await exportPlanDocument(plan, rows, {
        reportLines: { unit: '某县卫生健康局', date: '2026年3月' },
        notes: ['注：每月报送。'],
      });
      expect(outOfOrder(await documentXml(table)), plan.title).toEqual([]);
      const report = await writeProgressReport(plan, rows, [], `${plan.year}-Q1`, `${plan.year}-03-31`);
      expect(outOfOrder(await documentXml(report)), plan.title).toEqual([]);
    }
  });
});
