// The 配档表 of a notice as a table in a Word document (.docx): read like a workbook's sheet, with the 附件 line and
// the title above the table, merged cells across and down, cells of several paragraphs, and what Word keeps
// beside the text (deleted text, field codes, text boxes) left out.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { messageOf } from '../../shared/messages.zh-CN';
import { importFile } from '../../shared/xlsx/read-file';
import { readReturn } from '../../shared/xlsx/read-return';
import { c, docx, p, table } from '../e2e/support/word-document';

const HEADER = [c('序号'), c('行动措施'), c('任务目标'), c('完成时限'), c('牵头处室'), c('配合处室')];

const notice = docx(
  p('山东省卫生健康委员会关于印发行动方案的通知') +
    p('各市卫生健康委：现将方案印发给你们，请认真组织实施。') +
    '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' +
    p('附件') +
    p('全省卫生健康系统“解决群众急难愁盼问题百日攻坚行动”', '配档表') +
    table([
      HEADER,
      [{ lines: ['（一）优化健康服务流程'], span: 6 }],
      [
        c('1'),
        c('推进诊疗精准预约'),
        c('①在三级公立医院推广诊间预约；', '②二级以上公立综合医院全部实现门诊预约就诊。'),
        c('8月20日前'),
        { lines: ['医政处'], vMerge: 'restart' },
        c('妇幼健康处', '中西医结合指导处'),
      ],
      [
        c('2'),
        c('推广磁共振、CT等大型设备检查预约'),
        c('所有三级公立综合医院实现检查预约。'),
        c('8月20日前'),
        { lines: [], vMerge: 'continue' },
        c('妇幼健康处'),
      ],
      [{ lines: ['（二）改善就医体验'], span: 6 }],
      [
        c('3'),
        c('推动电子健康卡节点建设'),
        c('16市全部完成市级电子健康卡节点建设。'),
        c('9月底前'),
        c('规划处'),
        c('医政处'),
      ],
    ]) +
    p('注：各牵头处室请于每月3日前报送进展。') +
    p('抄送：国家卫生健康委。'),
);

describe('importing the tables of a Word document', () => {
  it('reads a 配档表 table with its 附件 line and title, sections, cells merged down and cells of several paragraphs', async () => {
    const r = await importFile(notice, '关于印发行动方案的通知.docx');
    expect(r.kind).toBe('peidang');
    expect(r.sheet).toBe('表格1');
    expect(r.meta.attachmentLabel).toBe('附件');
    expect(r.title).toBe('全省卫生健康系统“解决群众急难愁盼问题百日攻坚行动”配档表');
    expect(r.rows.map((x) => (x.kind === 'section' ? `§${x.section}` : x.cells.measure))).toEqual([
      '§（一）优化健康服务流程',
      '推进诊疗精准预约',
      '推广磁共振、CT等大型设备检查预约',
      '§（二）改善就医体验',
      '推动电子健康卡节点建设',
    ]);
    const items = r.rows.filter((x) => x.kind === 'item');
    expect(items[0]!.cells).toMatchObject({
      goal: '①在三级公立医院推广诊间预约；\n②二级以上公立综合医院全部实现门诊预约就诊。',
      deadline: '8月20日前',
      lead: '医政处',
      support: '妇幼健康处\n中西医结合指导处',
    });
    // 牵头处室 merged over two rows is that unit's in both.
    expect(items[1]!.cells.lead).toBe('医政处');
    expect(r.notes).toEqual(['注：各牵头处室请于每月3日前报送进展。']);
  });

  it('leaves out deleted and moved-away text, field codes and text boxes, and takes tabs and line breaks', async () => {
    const odd =
      '<w:p><w:r><w:t>推进</w:t></w:r><w:del w:id="1"><w:r><w:delText>删掉的</w:delText></w:r></w:del><w:ins w:id="2"><w:r><w:t>诊疗</w:t></w:r></w:ins>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><mc:AlternateContent><mc:Choice><w:drawing><w:t>文本框</w:t></w:drawing></mc:Choice><mc:Fallback><w:pict><w:t>文本框</w:t></w:pict></mc:Fallback></mc:AlternateContent></w:r>' +
      '<w:moveFrom w:id="3"><w:r><w:t>移走的</w:t></w:r></w:moveFrom>' +
      '<w:r><w:t>精准</w:t><w:tab/><w:t>预约</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>';
    const doc = docx(
      table([HEADER, [c('1'), { lines: [] }, c('目标'), c('年底前'), c('医政处'), c('')]]).replace(
        '<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/></w:tcPr><w:p/></w:tc>',
        `<w:tc>${odd}</w:tc>`,
      ),
    );
    const r = await importFile(doc, '表.docx');
    expect(r.rows[0]!.cells.measure).toBe('推进诊疗精准 预约\n第二行');
  });

  it('takes the table that is a plan when a notice holds another one first (a 领导小组 list)', async () => {
    const doc = docx(
      p('一、领导小组') +
        table([
          [c('职务'), c('姓名'), c('单位')],
          [c('组长'), c('张三'), c('委办公室')],
        ]) +
        p('附件1') +
        p('重点任务配档表') +
        table([HEADER, [c('1'), c('措施甲'), c('目标甲'), c('6月底前'), c('医政处'), c('')]]),
    );
    const r = await importFile(doc, '方案.docx');
    expect(r.sheet).toBe('表格2');
    expect(r.title).toBe('重点任务配档表');
    expect(r.rows).toHaveLength(1);
  });

  it('reads a unit’s return sent back as a Word document: whose it is by its 填报单位 line, and its rows', async () => {
    const back = docx(
      p('区卫生健康系统落实突破事项汇总表') +
        p('填报单位：区人民医院') +
        table([
          [c('序号'), c('突破事项名称'), c('具体内容'), c('措施'), c('完成时限'), c('分管责任人'), c('责任科室')],
          [c('1'), c('创建三级医院'), c('完成三级医院评审'), c('对标补短板'), c('12月底前'), c('张三'), c('医务科')],
        ]),
    );
    const r = await readReturn(back, '突破事项.docx', {
      kind: 'breakthrough',
      units: ['区人民医院', '区疾控中心'],
      directory: [],
    });
    expect([r.unit, r.matchedBy]).toEqual(['区人民医院', 'cell']);
    expect(r.rows.map((x) => x.cells)).toEqual([
      {
        seq: '1',
        name: '创建三级医院',
        content: '完成三级医院评审',
        measures: '对标补短板',
        deadline: '12月底前',
        leader: '张三',
        dept: '医务科',
      },
    ]);
  });

  it('says in Chinese when a Word document has no table, and when it is an old .doc', async () => {
    const say = async (data: Uint8Array, name: string) => {
      try {
        await importFile(data, name);
        return 'read';
      } catch (e) {
        return e instanceof AppError ? messageOf(e.code, e.params) : String(e);
      }
    };
    expect(await say(docx(p('只有文字，没有表格。')), '通知.docx')).toBe(
      '「通知.docx」是 Word 文档，但其中没有表格，无法导入。配档表要以表格的形式放在文档里；如果是文本框或图片，请在 Word 或 WPS 中改成表格后再导入。',
    );
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(new Uint8Array(Buffer.from('WordDocument', 'utf16le')), 1024);
    expect(await say(ole, '通知.doc')).toMatch(/^「通知\.doc」是旧版 Word（\.doc）或 WPS 文字（\.wps）格式/);
  });
});
