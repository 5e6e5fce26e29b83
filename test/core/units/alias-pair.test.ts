import { aliasPair } from '../../../src/core/units/alias-pair';

describe('aliasPair', () => {
  it('reads 「A（B）」 as one body with two names when both halves are bodies', () => {
    expect(aliasPair('综合执法局（应急管理局）')).toEqual({ outer: '综合执法局', inner: '应急管理局' });
    expect(aliasPair('县住房城乡建委(县城市管理局)')).toEqual({ outer: '县住房城乡建委', inner: '县城市管理局' });
    expect(aliasPair('县气象局（县预警信息发布中心）')).toEqual({ outer: '县气象局', inner: '县预警信息发布中心' });
  });

  it('does not read a group or a plain qualifier in brackets as an alias', () => {
    expect(aliasPair('各乡镇（街道）')).toBeUndefined();
    expect(aliasPair('县应急管理局（牵头）')).toBeUndefined();
    expect(aliasPair('县应急管理局')).toBeUndefined();
  });
});
