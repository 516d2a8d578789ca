// 测评 score sheets for the units of seed 004 (its 附件2: the 县（市、区） and 开发区, the 市直医疗卫生机构), three
// months of them, built here with ExcelJS in the shapes evaluators send: ties, a wrong 总分, a blank score, rows in
// another order, a name written with a full-width space, a two-level header, a month named only by the file.
import ExcelJS from 'exceljs';
import type { UnitDraft } from '../../shared/domain/unit-directory';

/** 县（市、区） and the 市属开发区 of seed 004's 附件2, in the order it lists them. */
export const SEED_COUNTIES = [
  '东昌府区',
  '莘县',
  '临清市',
  '东阿县',
  '冠县',
  '阳谷县',
  '高唐县',
  '茌平区',
  '度假区',
  '高新区',
  '开发区',
];
/** 市直医疗卫生机构 of seed 004's 附件2. */
export const SEED_CITY_UNITS = [
  '市人民医院',
  '市中医医院',
  '市第二人民医院',
  '市委门诊部',
  '市第四人民医院',
  '市疾控中心',
  '市第三人民医院',
  '聊城鲁西骨科医院',
  '市退役军人医院',
  '鲁西南医院',
  '市光明眼科医院',
  '市政府门诊部',
  '市妇幼保健院',
  '市中心血站',
  '市120指挥中心',
  '市传染病医院',
  '市直机关门诊部',
];
/** 市人民医院 as the 单位名录 knows it: a sheet that writes 聊城市人民医院 means it. */
export const CITY_HOSPITAL: UnitDraft = {
  name: '市人民医院',
  shortName: '',
  aliases: ['聊城市人民医院'],
  kind: 'subordinate',
  leader: '',
  contact: '',
  phone: '',
};
/** The six indicators of seed 004's 督导评估, with the maxima written in the header. */
export const INDICATORS = [
  '整体满意度（40分）',
  '出院病人随访（15分）',
  '家庭医生签约履约（15分）',
  '预防接种机构满意度（10分）',
  '改善医疗服务措施落实（10分）',
  '投诉举报处置（10分）',
];
/** Every unit scores these on the last five indicators; the first takes the rest of its total. */
const FIXED = [15, 14, 10, 9, 10];
const FIXED_SUM = 58;

export interface Line {
  unit: string;
  total: number;
  /** Write this 总分 instead of the sum. */
  statedTotal?: number;
  /** Leave this indicator (0-based) blank; the total then lacks its score. */
  blank?: number;
}

export interface Month {
  fileName: string;
  title: string;
  counties: Line[];
  city: Line[];
  /** 测评指标 merged over the indicators, the other headers merged down. */
  twoLevelHeader?: boolean;
  rankColumn?: boolean;
}

const lines = (names: readonly string[], totals: readonly number[]): Line[] =>
  names.map((unit, i) => ({ unit, total: totals[i]! }));

/** 2026年9月: every total distinct. */
export const SEPTEMBER: Month = {
  fileName: '2026年9月测评得分.xlsx',
  title: '2026年9月全市卫生健康行业服务能力测评得分表',
  counties: lines(SEED_COUNTIES, [95.5, 93, 91, 90, 88.5, 87, 86, 85, 84, 83, 82]),
  city: lines(
    SEED_CITY_UNITS,
    SEED_CITY_UNITS.map((_, i) => 92 - i),
  ),
  rankColumn: true,
};

/** October: the title names no year or month (the file name does), a two-level header, 莘县 and 临清市 tied. */
export const OCTOBER: Month = {
  fileName: '2026年10月测评得分.xlsx',
  title: '全市卫生健康行业服务能力测评得分表',
  counties: lines(SEED_COUNTIES, [96, 94, 94, 91, 89, 88, 86.5, 84, 87.5, 83.5, 83]),
  city: lines(
    SEED_CITY_UNITS,
    SEED_CITY_UNITS.map((_, i) => (i === 16 ? 95 : 92 - i)),
  ),
  twoLevelHeader: true,
};

/**
 * November: rows in reverse order, 莘\u3000县 with a full-width space, 冠县's 总分 written 90 (its scores sum to 89.5),
 * 高唐县 without a 预防接种 score, 市人民医院 written 聊城市人民医院 (an alias), two city units tied.
 */
export const NOVEMBER: Month = {
  fileName: '11月.xlsx',
  title: '2026年11月全市卫生健康行业服务能力测评得分表',
  counties: [
    { unit: '高新区', total: 84 },
    { unit: '开发区', total: 85 },
    { unit: '度假区', total: 90 },
    { unit: '茌平区', total: 86 },
    { unit: '高唐县', total: 80, blank: 3 },
    { unit: '阳谷县', total: 88 },
    { unit: '冠县', total: 89.5, statedTotal: 90 },
    { unit: '东阿县', total: 92 },
    { unit: '临清市', total: 92 },
    { unit: '莘\u3000县', total: 97 },
    { unit: '东昌府区', total: 95 },
  ],
  city: SEED_CITY_UNITS.map((unit, i) => ({
    unit: unit === '市人民医院' ? '聊城市人民医院' : unit,
    total: i === 16 ? 95 : i === 2 ? 91 : 92 - i,
  })),
};

export const MONTHS = [SEPTEMBER, OCTOBER, NOVEMBER] as const;

/** A line's six scores: the fixed five after the first, one of them blank when asked. */
export function scoresOf(l: Line): (number | null)[] {
  const all = [l.total - FIXED_SUM + (l.blank !== undefined ? FIXED[l.blank - 1]! : 0), ...FIXED];
  return all.map((s, i) => (i === l.blank ? null : Math.round(s * 100) / 100));
}

export async function scoreSheetBytes(m: Month): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('测评得分');
  const width = 2 + INDICATORS.length + 1 + (m.rankColumn ? 1 : 0);
  const last = String.fromCharCode(64 + width);
  ws.addRow([m.title]);
  ws.mergeCells(`A1:${last}1`);
  ws.addRow(['测评单位：第三方测评机构']);
  if (m.twoLevelHeader) {
    ws.addRow(['序号', '单位名称', '测评指标', ...INDICATORS.slice(1).map(() => ''), '总分']);
    ws.addRow(['', '', ...INDICATORS, '']);
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:B4');
    ws.mergeCells(`C3:${String.fromCharCode(64 + 2 + INDICATORS.length)}3`);
    ws.mergeCells(`${last}3:${last}4`);
  } else {
    ws.addRow(['序号', '单位', ...INDICATORS, '总分', ...(m.rankColumn ? ['排名'] : [])]);
  }
  const section = (title: string) => {
    const row = ws.addRow([title]);
    ws.mergeCells(`A${row.number}:${last}${row.number}`);
  };
  const unitRows = (ls: readonly Line[]) =>
    ls.forEach((l, i) =>
      ws.addRow([i + 1, l.unit, ...scoresOf(l), l.statedTotal ?? l.total, ...(m.rankColumn ? [''] : [])]),
    );
  section('一、县（市、区）');
  unitRows(m.counties);
  section('二、市直医疗卫生机构');
  unitRows(m.city);
  ws.addRow(['注：满分100分。']);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
