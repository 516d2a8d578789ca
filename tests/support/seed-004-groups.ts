// What seed 004's 联系单位 lists hold, checked the same way wherever they are read (text, Word paragraphs, a table).
import { expect } from 'vitest';

/** The eleven 联系单位 groups of seed 004's 附件2, as read: the first, the sixth and the last checked whole. */
export function expectSeed004ContactGroups(contact: readonly object[]): void {
  expect(contact).toHaveLength(11);
  expect(contact[0]).toMatchObject({
    name: '第一组',
    leader: '魏天山',
    deputy: '刘庆华',
    units: ['东昌府区', '市人民医院'],
  });
  expect(contact[5]).toMatchObject({
    name: '第六组',
    leader: '宋汝祥',
    deputy: '赵金星',
    units: ['阳谷县', '市退役军人医院', '鲁西南医院'],
  });
  expect(contact[10]).toMatchObject({
    name: '第十一组',
    leader: '费瑞金',
    deputy: '',
    units: ['茌平区', '市传染病医院', '市直机关门诊部'],
  });
}
