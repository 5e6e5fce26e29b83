import { cellText, readBlock, skipBlanks, splitLines } from '../../../src/core/tables/text-lines';

describe('splitLines', () => {
  it('tells cell lines (tab first), plain lines and blank lines apart, numbering from 1', () => {
    expect(splitLines('附件\n\t序号\n  \n续文\t中间有制表符\n\t')).toEqual([
      { kind: 'text', text: '附件', line: 1 },
      { kind: 'cell', text: '序号', line: 2 },
      { kind: 'blank', line: 3 },
      { kind: 'text', text: '续文\t中间有制表符', line: 4 },
      { kind: 'cell', text: '', line: 5 },
    ]);
  });
});

describe('readBlock', () => {
  it('gathers cells up to the blank line, with the plain lines that continue a cell', () => {
    const lines = splitLines('\t1\n\t第一段\n第二段\n\t县应急局\n\n\t2');
    expect(readBlock(lines, 0)).toEqual({ cells: [['1'], ['第一段', '第二段'], ['县应急局']], line: 1, end: 4 });
    expect(skipBlanks(lines, 4)).toBe(5);
  });
});

describe('cellText', () => {
  it('joins paragraphs with a line feed and trims the ends', () => {
    expect(cellText([' 2025年 ', '2026年\t'])).toBe('2025年\n2026年');
    expect(cellText(['', '县应急局'])).toBe('县应急局');
    expect(cellText([''])).toBe('');
  });
});
