// A list of names as written, cut where one whole name ends and the next begins.

import { splitNames } from '../../../src/core/text/assignment';

test('splits on 、 ， , ； ; slashes and line breaks, trimming each name and dropping empty ones', () => {
  expect(splitNames('县应急局、县公安局，县水利局, 县林业局；县气象局;县商务委\n县教委\r\n县民政局/县商务局／县交通局')).toEqual([
    '县应急局', '县公安局', '县水利局', '县林业局', '县气象局', '县商务委', '县教委', '县民政局', '县商务局', '县交通局',
  ]);
  expect(splitNames('、县应急局、、县公安局，\n ')).toEqual(['县应急局', '县公安局']);
  expect(splitNames('')).toEqual([]);
});

test('never splits inside brackets, full-width or ASCII, not even at a space', () => {
  expect(splitNames('县发展改革委（县粮食、物资储备局），各乡镇(街道，社区)')).toEqual(['县发展改革委（县粮食、物资储备局）', '各乡镇(街道，社区)']);
  expect(splitNames('各乡镇（街道 社区）')).toEqual(['各乡镇（街道 社区）']);
});

test('splits at spaces, 及 and 和 between two whole names, never inside one', () => {
  expect(splitNames('县应急局 县公安局\u3000各乡镇（街道）')).toEqual(['县应急局', '县公安局', '各乡镇（街道）']);
  expect(splitNames('县应急局及县公安局')).toEqual(['县应急局', '县公安局']);
  expect(splitNames('各镇街和有关部门')).toEqual(['各镇街', '有关部门']);
  for (const name of ['县住房和城乡建设委', '县发展和改革委员会', '县规划和自然资源局']) expect(splitNames(name)).toEqual([name]);
});

test('keeps 「…等」 on the name it closes', () => {
  expect(splitNames('县公安局、县教委等，各乡镇（街道）')).toEqual(['县公安局', '县教委等', '各乡镇（街道）']);
});
