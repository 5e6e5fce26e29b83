import { splitCell } from '../../../src/core/units/split';

const texts = (cell: string): string[] => splitCell(cell).map((t) => t.text);

describe('splitCell', () => {
  it('splits on 、 ， , ； ; and line breaks, trimming each name', () => {
    expect(texts('县应急局、县公安局，县水利局, 县林业局；县气象局;县商务委\n县教委\r\n县民政局')).toEqual([
      '县应急局', '县公安局', '县水利局', '县林业局', '县气象局', '县商务委', '县教委', '县民政局',
    ]);
  });

  it('never splits inside full-width or ASCII parentheses', () => {
    expect(texts('县发展改革委（县粮食、物资储备局），各乡镇(街道，社区)')).toEqual(['县发展改革委（县粮食、物资储备局）', '各乡镇(街道，社区)']);
  });

  it('drops the empty names left by doubled, leading or trailing separators', () => {
    expect(texts('、县应急局、、县公安局，\n ')).toEqual(['县应急局', '县公安局']);
    expect(splitCell('')).toEqual([]);
  });

  it('numbers clauses: 、 keeps the clause, other separators start a new one', () => {
    expect(splitCell('县应急局、县公安局牵头，县交通局配合')).toEqual([
      { text: '县应急局', clause: 0 },
      { text: '县公安局牵头', clause: 0 },
      { text: '县交通局配合', clause: 1 },
    ]);
  });

  it('keeps 「…等」 on the name it closes', () => {
    expect(texts('县公安局、县教委等，各乡镇（街道）')).toEqual(['县公安局', '县教委等', '各乡镇（街道）']);
  });
});

describe('splitCell, other separators', () => {
  it('splits at slashes, spaces and ideographic spaces between names', () => {
    expect(texts('县应急局/县公安局／县交通局')).toEqual(['县应急局', '县公安局', '县交通局']);
    expect(texts('县应急局 县公安局\u3000各乡镇（街道）')).toEqual(['县应急局', '县公安局', '各乡镇（街道）']);
  });

  it('splits at 及 and 和 between two names, never inside one', () => {
    expect(texts('县应急局及县公安局')).toEqual(['县应急局', '县公安局']);
    expect(texts('各镇街和有关部门')).toEqual(['各镇街', '有关部门']);
    expect(texts('县住房和城乡建设委')).toEqual(['县住房和城乡建设委']);
    expect(texts('县发展和改革委员会')).toEqual(['县发展和改革委员会']);
    expect(texts('县规划和自然资源局')).toEqual(['县规划和自然资源局']);
  });

  it('keeps a space inside brackets', () => {
    expect(texts('各乡镇（街道 社区）')).toEqual(['各乡镇（街道 社区）']);
  });
});
