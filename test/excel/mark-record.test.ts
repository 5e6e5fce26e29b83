// The fill a cell had before its mark, in every form Office.js reports it.

import { fillBefore } from '../../src/excel/mark-record';

test('no fill is read in every documented form: pattern None, or pattern and tintAndShade null beside a colour', () => {
  expect(fillBefore({ color: '#FFFFFF', pattern: 'None', tintAndShade: null })).toEqual({ color: '#FFFFFF', pattern: 'None' });
  expect(fillBefore({ color: '#FFFFFF', pattern: null, tintAndShade: null })).toEqual({ color: '#FFFFFF', pattern: 'None' });
});

test('white set by the clerk is a fill, not its absence: tintAndShade is a number', () => {
  expect(fillBefore({ color: '#FFFFFF', pattern: 'Solid', tintAndShade: 0 })).toEqual({ color: '#FFFFFF', pattern: 'Solid' });
  expect(fillBefore({ color: '#FFC7CE', pattern: 'Gray50', tintAndShade: 0 })).toEqual({ color: '#FFC7CE', pattern: 'Gray50' });
});

test('a fill Office.js cannot report (a gradient: colour null, or a pattern null with a tint) is recorded as unknown', () => {
  expect(fillBefore({ color: null, pattern: null, tintAndShade: null })).toEqual({ color: '', pattern: 'Unknown' });
  expect(fillBefore({ color: '#C0C0C0', pattern: null, tintAndShade: 0.4 })).toEqual({ color: '#C0C0C0', pattern: 'Unknown' });
});
