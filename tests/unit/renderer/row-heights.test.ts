// @vitest-environment jsdom
// How many lines a cell's text takes in the grid, as the browser wraps it (break-all, no closing mark at a line's start).
import { describe, expect, it } from 'vitest';
import { lineCount, type Widths } from '../../../renderer/grid/row-heights';

/** A font where a Chinese character is 14 px wide, anything else 7, and a character outside the BMP 14. */
const widths: Widths = {
  ofCode: (code) => (code >= 0x2e80 ? 14 : 7),
  ofPair: () => 14,
};

describe('lineCount', () => {
  it('counts one line for text that fits and one more for each line break', () => {
    expect(lineCount('推进县域医共体建设', 14 * 9, widths)).toBe(1);
    expect(lineCount('①完成统一管理；\n②就诊率达到90%。', 400, widths)).toBe(2);
    expect(lineCount('', 100, widths)).toBe(1);
    expect(lineCount('\n\n', 100, widths)).toBe(3);
  });

  it('wraps anywhere once the width is used', () => {
    expect(lineCount('推进县域医共体建设', 14 * 4, widths)).toBe(3);
    expect(lineCount('abcdefghij', 7 * 5, widths)).toBe(2);
  });

  it('carries the character before a closing mark down with it', () => {
    // Four characters fill the line; 「。」 may not start the next one, so 「设」 goes down with it: still two lines.
    expect(lineCount('医共体建设。', 14 * 5, widths)).toBe(2);
    // When the mark and the character before it then overflow again, a third line begins.
    expect(lineCount('一二三四五。六七八九', 14 * 5, widths)).toBe(3);
  });

  it('reads a character outside the BMP as one, not as two halves', () => {
    expect(lineCount('𠀀𠀀𠀀', 14 * 3, widths)).toBe(1);
    expect(lineCount('𠀀𠀀𠀀𠀀', 14 * 3, widths)).toBe(2);
  });
});
