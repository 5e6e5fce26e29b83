import { SAME_BUREAU_NAMES } from '../../../src/core/units/abbreviations';
import { unitKey } from '../../../src/core/units/normalise';

describe('SAME_BUREAU_NAMES', () => {
  it('gives every spelling of a line the key of its first spelling', () => {
    for (const spellings of SAME_BUREAU_NAMES) {
      for (const spelling of spellings) expect([spelling, unitKey(spelling)]).toEqual([spelling, unitKey(spellings[0])]);
    }
  });

  it('gives no two lines the same key', () => {
    const keys = SAME_BUREAU_NAMES.map((spellings) => unitKey(spellings[0]));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
