import { missingTableWarning } from '../../../src/core/tables/missing-table';

describe('missingTableWarning', () => {
  it.each([
    ['附件:核心绩效指标责任及重点任务分工', '核心绩效指标责任及重点任务分工'],
    ['附件：重点任务分工表 ', '重点任务分工表'],
    ['  附件1：2025年工作任务清单', '2025年工作任务清单'],
    ['附 件 二 : 责任分工', '责任分工'],
  ])('names the appendix listed as 「%s」', (line, name) => {
    expect(missingTableWarning(`正文。\n${line}\n\n分享文章到:`)).toEqual({
      code: 'appendix-missing',
      message: `文件列出了附件「${name}」，但文中没有它的表格内容（附件可能是单独的文件）：请找到附件原件后再导入。`,
      args: { appendix: name },
    });
  });

  it('says plainly that no table was found when no appendix is named', () => {
    expect(missingTableWarning('一、总体要求\n各单位要按照附件要求落实。\n附件\n')).toEqual({
      code: 'no-table',
      message: '文件中没有找到分工表：需要一张表头含「责任单位」「牵头单位」或「配合单位」等列名的表格。',
    });
  });
});
