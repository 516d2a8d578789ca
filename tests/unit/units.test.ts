// Unit names (牵头/配合单位) read out of a cell the way clerks write them.
import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../shared/domain/units';

describe('splitUnits', () => {
  it('reads one unit per line, as in 「医政处\\n规划处」', () => {
    expect(splitUnits('医政处\n规划处')).toEqual(['医政处', '规划处']);
    expect(splitUnits('医政处\r\n规划处')).toEqual(['医政处', '规划处']);
  });

  it('reads units separated by 、，, or ；', () => {
    expect(splitUnits('医政处、规划处')).toEqual(['医政处', '规划处']);
    expect(splitUnits('医政处，规划处,财务处；人事处')).toEqual(['医政处', '规划处', '财务处', '人事处']);
  });

  it('reads 「/」, 「无」 and an empty cell as no unit', () => {
    expect(splitUnits('/')).toEqual([]);
    expect(splitUnits('无')).toEqual([]);
    expect(splitUnits('')).toEqual([]);
    expect(splitUnits(' \n ')).toEqual([]);
  });

  it('ignores stray spaces and blank lines around names', () => {
    expect(splitUnits(' 医政处 \n\n　规划处　')).toEqual(['医政处', '规划处']);
  });

  it('keeps a single unit as it is', () => {
    expect(splitUnits('妇幼健康处')).toEqual(['妇幼健康处']);
  });
});
