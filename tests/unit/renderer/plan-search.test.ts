// The plan list's search.
import { describe, expect, it } from 'vitest';
import { matchesPlan } from '../../../renderer/features/plans/plan-search';

const plan = {
  title: '2023年卫生健康工作要点配档表',
  issuer: '山东省卫生健康委员会',
  docNo: '鲁卫办字〔2023〕46号',
  year: 2023,
};

describe('matchesPlan', () => {
  it('finds a plan by every word of the query, in any of its particulars, split by ASCII or full-width spaces', () => {
    expect(matchesPlan(plan, '配档 山东')).toBe(true);
    expect(matchesPlan(plan, '46号\u30002023')).toBe(true);
  });

  it('leaves out a plan that lacks one of the words', () => {
    expect(matchesPlan(plan, '配档 济南')).toBe(false);
  });

  it('keeps every plan for an empty query', () => {
    expect(matchesPlan(plan, '  ')).toBe(true);
  });
});
