// Inputs for the benchmarks, generated at run time (no large files in git): 配档表 workbooks of any size.
import ExcelJS from 'exceljs';
import type { Plan, Row } from '../../shared/domain/plan';
import { templateOf } from '../../shared/templates/kinds';

const UNITS = ['医政处', '规划处', '基层处', '妇幼健康处', '中西医结合指导处', '疾控处', '药政处', '财务管理处'];
const DEADLINES = ['8月20日前', '6月底前', '12月底前', '年底前', '2026年12月31日', '长期坚持'];

/** A 配档表 as offices send it: 附件 line, merged title, header, rows with multi-line 任务目标, a note below. */
export async function peidangWorkbook(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('配档表');
  ws.addRow(['附件']);
  ws.addRow(['全省卫生健康系统重点任务配档表']);
  ws.mergeCells('A2:F2');
  ws.addRow(['序号', '行动措施', '任务目标', '完成时限', '牵头处室', '配合处室']);
  for (let i = 1; i <= rows; i++) {
    ws.addRow([
      i,
      `推进第${i}项重点任务落实，完善工作机制`,
      `①在三级公立医院推广诊间预约、跨科预约、复诊预约等模式，覆盖率达到${i % 100}%；\n②二级以上公立综合医院全部实现门诊预约就诊；\n③预约诊疗服务全部接入统一平台。`,
      DEADLINES[i % DEADLINES.length],
      UNITS[i % UNITS.length],
      `${UNITS[(i + 1) % UNITS.length]}\n${UNITS[(i + 3) % UNITS.length]}`,
    ]);
  }
  ws.addRow([]);
  ws.addRow(['注：各牵头处室每月3日前报送上月进展情况。']);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

/** The same 配档表 as a plan in memory, as the exporter takes it. */
export function peidangPlan(rows: number): { plan: Plan; rows: Row[] } {
  const now = '2026-11-24T00:00:00.000Z';
  const plan: Plan = {
    id: 'bench',
    kind: 'peidang',
    title: '全省卫生健康系统重点任务配档表',
    issuer: '',
    docNo: '',
    year: 2026,
    attachmentLabel: '附件',
    numbering: 'continuous',
    cadence: 'quarter',
    columns: templateOf('peidang').columns,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  const out: Row[] = [];
  for (let i = 1; i <= rows; i++) {
    out.push({
      id: `r${i}`,
      kind: 'item',
      title: '',
      cells: {
        measure: `推进第${i}项重点任务落实，完善工作机制`,
        goal: `①在三级公立医院推广诊间预约、跨科预约、复诊预约等模式，覆盖率达到${i % 100}%；\n②二级以上公立综合医院全部实现门诊预约就诊；\n③预约诊疗服务全部接入统一平台。`,
        deadline: DEADLINES[i % DEADLINES.length]!,
        lead: UNITS[i % UNITS.length]!,
        support: `${UNITS[(i + 1) % UNITS.length]}\n${UNITS[(i + 3) % UNITS.length]}`,
      },
    });
  }
  return { plan, rows: out };
}
