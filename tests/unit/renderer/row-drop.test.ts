// The row drag's rules: where dragged rows land for a gap under the pointer, and which gap a height falls in.
import { describe, expect, it } from 'vitest';
import { dropBefore, gapAt, gapTop, rowAtY, type RowBox } from '../../../renderer/grid/row-drop';

const ids = ['a', 'b', 'c', 'd', 'e'];
const idAt = (i: number) => ids[i];

describe('dropBefore', () => {
  it('moves a row down before the row below the gap, and to the end past the last row', () => {
    expect(dropBefore(idAt, 5, [0], 3)).toBe('d');
    expect(dropBefore(idAt, 5, [0], 5)).toBeNull();
  });

  it('moves a row up before the row below the gap', () => {
    expect(dropBefore(idAt, 5, [3], 1)).toBe('b');
    expect(dropBefore(idAt, 5, [3], 0)).toBe('a');
  });

  it('changes nothing for a gap beside or inside the dragged rows', () => {
    expect(dropBefore(idAt, 5, [2], 2)).toBeUndefined();
    expect(dropBefore(idAt, 5, [2], 3)).toBeUndefined();
    expect(dropBefore(idAt, 5, [1, 2, 3], 2)).toBeUndefined();
    expect(dropBefore(idAt, 5, [3, 4], 5)).toBeUndefined();
  });

  it('gathers rows that are apart, even beside one of them', () => {
    expect(dropBefore(idAt, 5, [0, 2], 2)).toBe('d');
    expect(dropBefore(idAt, 5, [0, 2], 1)).toBe('b');
  });
});

describe('gaps by height', () => {
  const heights = [30, 60, 34];
  const boxes: RowBox[] = [];
  let top = 0;
  for (const [index, height] of heights.entries()) {
    boxes.push({ index, top, height });
    top += height;
  }
  const boxAt = (i: number) => boxes[i];

  it('finds the row at a height, none outside the rows', () => {
    expect(rowAtY(boxAt, 3, 0)?.index).toBe(0);
    expect(rowAtY(boxAt, 3, 89)?.index).toBe(1);
    expect(rowAtY(boxAt, 3, 90)?.index).toBe(2);
    expect(rowAtY(boxAt, 3, 124)).toBeNull();
    expect(rowAtY(boxAt, 3, -1)).toBeNull();
  });

  it('takes the gap above a row in its upper half and below it in its lower half', () => {
    expect(gapAt(boxAt, 3, 10)).toBe(0);
    expect(gapAt(boxAt, 3, 20)).toBe(1);
    expect(gapAt(boxAt, 3, 59)).toBe(1);
    expect(gapAt(boxAt, 3, 61)).toBe(2);
    expect(gapAt(boxAt, 3, 500)).toBe(3);
    expect(gapAt(boxAt, 3, -20)).toBe(0);
    expect(gapAt(boxAt, 0, 10)).toBe(0);
  });

  it('draws a gap at the top of the row below it, the last at the foot of the last row', () => {
    expect(gapTop(boxAt, 3, 0)).toBe(0);
    expect(gapTop(boxAt, 3, 2)).toBe(90);
    expect(gapTop(boxAt, 3, 3)).toBe(124);
  });
});
