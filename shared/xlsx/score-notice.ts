// 测评通报: a period's ranking written as the official notice a 卫健委 publishes (.docx) — the title, the period,
// each group's table of units by rank with totals and changes, the units 连续两次排名靠后 named and 予以通报, and
// those that rose most; set like the 进展报告 (GB/T 9704 margins, 仿宋_GB2312 三号, 黑体 headings).
import { FONTS } from '../domain/export';
import { changeText, flaggedUnits, risers, scorePeriodName, scoreText, type Ranking } from '../domain/scores';
import { noticeTable, OFFICIAL_MARGINS, signature } from './notice-parts';
import { pageOf, paragraphs, writePackage, type RunStyle } from './write-docx';

/** 三号 (16 pt), the size of an official document's text. */
const SIZE = 16;
const TITLE: RunStyle = { font: FONTS.fzxbs, size: 22, align: 'center' };
const HEADING: RunStyle = { font: FONTS.header, size: SIZE, align: 'left' };
const TEXT: RunStyle = { font: FONTS.body, size: SIZE, align: 'left' };
/** 五号 (10.5 pt) in the tables: many columns on a portrait page, still above 小五. */
const TABLE_SIZE = 10.5;

export interface NoticeOptions {
  /** 发文单位 signed under the text, e.g. 聊城市卫生健康委员会 (none when empty). */
  issuer?: string;
  /** The date under the signature (YYYY-MM-DD). */
  date?: string;
}

const NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 「2026年11月全市卫生健康服务能力测评得分表」 → 「全市卫生健康服务能力测评」: what was measured. */
export function subjectOf(r: Ranking): string {
  const s = r.title
    .replace(/(20\d{2})\s*年\s*(\d{1,2})\s*月份?/, '')
    .replace(/(得分|评分|排名|结果|情况)+(汇总)?表?$/, '')
    .replace(/^关于/, '')
    .trim();
  return s === '' ? '服务能力测评' : /测评|考核|评价/.test(s) ? s : `${s}测评`;
}

export async function writeScoreNotice(r: Ranking, o: NoticeOptions = {}): Promise<Uint8Array> {
  const period = scorePeriodName(r.period);
  const subject = subjectOf(r);
  const page = pageOf({ size: 'A4', orientation: 'portrait' }, OFFICIAL_MARGINS);
  const groupNames = r.groups.map((g) => g.group).filter(Boolean);
  const body: string[] = [
    paragraphs(`关于${period}${subject}情况的通报`, TITLE, { after: 320 }),
    paragraphs(
      `按照工作安排，对${groupNames.length > 0 ? `各${groupNames.join('、')}` : '各单位'}${period}工作开展情况进行了测评，测评内容包括${r.indicators.map((i) => i.name).join('、')}等 ${r.indicators.length} 项指标。现将测评结果通报如下。`,
      TEXT,
      { indent: true },
    ),
    paragraphs('一、测评结果', HEADING, { keepNext: true, before: 160 }),
  ];
  r.groups.forEach((g, i) => {
    body.push(
      paragraphs(
        `（${NUMBERS[i] ?? i + 1}）${g.group || '参评单位'}（${g.units.length} 个）`,
        { ...TEXT, bold: true },
        { keepNext: true, indent: true, before: 120, after: 80 },
      ),
    );
    body.push(groupTable(r, g.units, page.textWidth));
  });
  body.push(paragraphs('二、连续两次排名靠后的单位', HEADING, { keepNext: true, before: 240 }));
  body.push(paragraphs(bottomParagraph(r), TEXT, { indent: true }));
  body.push(paragraphs('三、进步较大的单位', HEADING, { keepNext: true, before: 160 }));
  body.push(paragraphs(riserParagraph(r), TEXT, { indent: true }));
  body.push(
    // The closing line goes with the signature: 发文单位 and date never stand alone on a page.
    paragraphs('请各单位对照测评结果，查找差距和不足，逐项抓好整改落实，持续提升群众满意度。', TEXT, {
      indent: true,
      keepNext: true,
    }),
  );
  body.push(signature(o.issuer ?? '', o.date ?? '', TEXT, page.textWidth));
  return writePackage(body.join(''), page, { kind: null, font: FONTS.body, size: SIZE });
}

function groupTable(r: Ranking, units: Ranking['groups'][number]['units'], width: number): string {
  const header = [
    '排名',
    '单位',
    // The maximum on a line of its own, without brackets, so that a narrow column does not break it (（40 / 分）).
    ...r.indicators.map((i) => (i.max === null ? i.name : `${i.name}\n${i.max}分`)),
    '总分',
    '上期排名',
    '变化',
  ];
  const rows = units.map((u) => [
    String(u.rank),
    u.unit,
    ...u.scores.map(scoreText),
    scoreText(u.total),
    u.previousRank === null ? '—' : String(u.previousRank),
    changeText(u.change),
  ]);
  // The unit's name whole on one line (its longest name at the table's size, and the cell's margins); each
  // indicator, 总分 and the ranks share what is left.
  const longest = Math.max(4, ...units.map((u) => [...u.unit].length));
  const unitWidth = Math.min(width * 0.4, longest * TABLE_SIZE * 20 + 200);
  const rest = [2.2, ...r.indicators.map(() => 3.2), 2.8, 2.6, 2.4];
  const scale = (width - unitWidth) / rest.reduce((a, b) => a + b, 0);
  const weights = [rest[0]! * scale, unitWidth, ...rest.slice(1).map((w) => w * scale)];
  return noticeTable(header, rows, weights, width, {
    font: FONTS.body,
    size: TABLE_SIZE,
    headerFont: FONTS.header,
    leftColumns: [1],
  });
}

function bottomParagraph(r: Ranking): string {
  const flagged = flaggedUnits(r);
  if (flagged.length === 0) return '本期没有连续两次排名靠后的单位。';
  const names = flagged
    .map(({ group, unit }) => `${unit.unit}（${group ? `${group}第` : '第'}${unit.rank}名）`)
    .join('、');
  return `${names}连续两次排名靠后，予以通报。请上述单位认真分析原因，制定整改措施，限期整改到位，并将整改情况书面报送工作专班。`;
}

function riserParagraph(r: Ranking): string {
  const up = risers(r);
  if (up.length === 0)
    return r.groups.some((g) => g.units.some((u) => u.previousRank !== null))
      ? '本期没有排名上升的单位。'
      : '本期为首次测评，没有上期排名可比。';
  return `${up.map(({ unit }) => `${unit.unit}（由第${unit.previousRank}名升至第${unit.rank}名）`).join('、')}排名上升较多，予以表扬。`;
}
