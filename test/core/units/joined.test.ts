import { joinedParts } from '../../../src/core/units/joined';

const known = (names: string[]) => (part: string): boolean => names.includes(part);

describe('joinedParts', () => {
  it('finds two known units written with no separator', () => {
    expect(joinedParts('县公安局县交通运输委', known(['县公安局', '县交通运输委']), 10)).toEqual(['县公安局', '县交通运输委']);
  });

  it('finds three', () => {
    expect(joinedParts('建设局财政局公安局', known(['建设局', '财政局', '公安局']), 5)).toEqual(['建设局', '财政局', '公安局']);
  });

  it('prefers a known long name to shorter known names inside it', () => {
    expect(joinedParts('公共服务局综合执法局（应急管理局）', known(['公共服务局', '综合执法局', '综合执法局（应急管理局）']), 14)).toEqual([
      '公共服务局',
      '综合执法局（应急管理局）',
    ]);
  });

  it('finds nothing when part of the name is unknown or the name is known whole', () => {
    expect(joinedParts('高新区公安分局交巡警支队', known(['高新区公安分局']), 10)).toBeUndefined();
    expect(joinedParts('县公安局', known(['县公安局']), 10)).toBeUndefined();
  });
});
