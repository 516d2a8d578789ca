// 序号 as the clerk sees it: derived from the order of rows, items only.
import { describe, expect, it } from 'vitest';
import { numberRows } from '../../shared/domain/numbering';

const item = (id: string) => ({ id, kind: 'item' as const });
const section = (id: string) => ({ id, kind: 'section' as const });

describe('numberRows', () => {
  it('numbers items 1, 2, 3 … and gives section rows no number', () => {
    const numbers = numberRows([section('s1'), item('a'), item('b'), section('s2'), item('c')]);
    expect([...numbers]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    expect(numbers.has('s1')).toBe(false);
  });

  it('keeps counting through the whole plan instead of starting again under each section', () => {
    const numbers = numberRows([item('a'), section('s'), item('b')]);
    expect(numbers.get('b')).toBe(2);
  });

  it('renumbers by itself when rows change places', () => {
    const rows = [item('a'), item('b'), item('c')];
    const moved = [rows[2]!, rows[0]!, rows[1]!];
    expect(numberRows(moved).get('c')).toBe(1);
    expect(numberRows(moved).get('b')).toBe(3);
  });

  it('gives an empty plan, or one with only sections, no numbers', () => {
    expect(numberRows([]).size).toBe(0);
    expect(numberRows([section('s')]).size).toBe(0);
  });
});
