// Collective words in a unit cell — 各科室, 各医疗卫生单位, 各卫生院, 各镇（街道）卫计办 … — name a category of units,
// never a unit: they are not offered for the 单位名录, a round sends their rows to each unit of the category, and
// 进度总览 counts them apart.
import type { Unit } from './unit-directory';

export interface UnitCategory {
  /** How the overview and the lists call it. */
  name: string;
  /** Which units of the 单位名录 belong to it. */
  includes: (u: Unit) => boolean;
}

/** The row of the overview where rows led by a category are counted. */
export const SHARED_UNITS = '各单位（共同）';

const anyUnit = () => true;
const RULES: { pattern: RegExp; category: UnitCategory }[] = [
  {
    pattern: /^(委|局)?(机关)?各(内设)?(科室|处室|科（室）|处（室）|内设机构|股室)$/,
    category: { name: '各科室', includes: (u) => u.kind === 'office' },
  },
  {
    pattern:
      /^各(医疗卫生单位|医疗机构|医疗卫生机构|直属单位|委属单位|局属单位|下属单位|公立医院|医院|二级以上医院|专业公共卫生机构)$/,
    category: { name: '各医疗卫生单位', includes: (u) => u.kind === 'subordinate' },
  },
  { pattern: /^各(乡镇|镇)?(中心)?卫生院$/, category: { name: '各卫生院', includes: (u) => /卫生院/.test(u.name) } },
  {
    pattern: /^各社区卫生服务(中心|机构)$/,
    category: { name: '各社区卫生服务中心', includes: (u) => /社区卫生服务/.test(u.name) },
  },
  {
    pattern: /^各(乡镇|镇|乡)(（街道）|、街道|街道)?.*$/,
    category: { name: '各镇（街道）', includes: (u) => /(镇|乡|街道)/.test(u.name) },
  },
  {
    pattern: /^各(县（市、区）|县市区|县区|区县|区（县）|县（区）|区|县).*$/,
    category: { name: '各县（市、区）', includes: (u) => /(县|市|区)(卫生健康|卫健|卫生)/.test(u.name) },
  },
  { pattern: /^各(有关|相关)?(单位|部门)$/, category: { name: '各有关单位', includes: anyUnit } },
];

function normalize(name: string): string {
  return name
    .replace(/[\s\u3000]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/,/g, '、');
}

/** The category a collective word names, or null for the name of one unit. */
export function categoryOf(name: string): UnitCategory | null {
  const n = normalize(name);
  if (!n.startsWith('各') && !/^(委|局)(机关)?各/.test(n)) return null;
  return RULES.find((r) => r.pattern.test(n))?.category ?? null;
}

export function isCollective(name: string): boolean {
  return categoryOf(name) !== null;
}

/** The units of the 单位名录 a collective word stands for (none for the name of one unit). */
export function membersOf(directory: readonly Unit[], name: string): Unit[] {
  const c = categoryOf(name);
  return c ? directory.filter(c.includes) : [];
}
