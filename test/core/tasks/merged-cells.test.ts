import { mergedTexts } from '../../../src/core/tasks/merged-cells';
import { rawTable } from './source-document';

describe('mergedTexts', () => {
  it('gives a cell merged into the one above that cell’s text, down a chain of merges', () => {
    const table = rawTable(['seq', 'units'], [['1', '县应急局'], ['2', { merge: 'above' }], ['3', { merge: 'above' }], ['4', '']]);
    expect(mergedTexts(table)).toEqual([['1', '县应急局'], ['2', '县应急局'], ['3', '县应急局'], ['4', '']]);
  });

  it('leaves a cell merged left as it is', () => {
    expect(mergedTexts(rawTable(['content', 'units'], [['内容', { merge: 'left' }]]))).toEqual([['内容', '']]);
  });
});
