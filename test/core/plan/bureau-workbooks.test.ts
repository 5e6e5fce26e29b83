import { planBureauWorkbooks } from '../../../src/core/plan/bureau-workbooks';
import { cellValues } from '../../../src/core/plan/cell-values';
import { sampleAnalysis } from './analysis-fixture';

describe('planBureauWorkbooks', () => {
  test('each concrete bureau with a task gets one workbook; groups and idle bureaus get none', () => {
    expect(planBureauWorkbooks(sampleAnalysis()).map((b) => [b.unit, b.fileName])).toEqual([
      ['区公安分局', '区公安分局.xlsx'],
      ['区应急局', '区应急局.xlsx'],
    ]);
  });

  test('a bureau workbook has a title, its lead tasks before its support tasks with who leads, and a blank 落实情况 column', () => {
    const [police] = planBureauWorkbooks(sampleAnalysis());
    const values = police ? cellValues(police.plan)['区公安分局'] : undefined;
    expect(values?.[0]?.[0]).toBe('区公安分局 任务清单');
    expect(values?.[1]?.[0]).toBe('来源：工作要点。牵头 1 项，配合 1 项，经由群体 0 项。');
    expect(values?.[2]).toEqual(['序号', '类别', '来源', '原序号', '任务名称', '内容', '完成时间', '牵头单位', '配合单位', '落实情况']);
    expect(values?.slice(3)).toEqual([
      [1, '牵头', '工作要点', '3', '交通运输领域', '+86 热线 @值班 -5%', '\t全年', '区公安分局', null, null],
      [2, '配合', '工作要点', '1', '交通运输领域', '=SUM(1)', '1-2月', '区应急局', '区公安分局', null],
    ]);
  });

  test('a bureau workbook names its source documents by their titles when they have one', () => {
    const analysis = sampleAnalysis();
    analysis.documents[0] = { ...analysis.documents[0], title: '2025年全区安全生产工作要点' };
    const [police] = planBureauWorkbooks(analysis);
    const values = police ? cellValues(police.plan)['区公安分局'] : undefined;
    expect(values?.[1]?.[0]).toBe('来源：2025年全区安全生产工作要点。牵头 1 项，配合 1 项，经由群体 0 项。');
    expect(values?.slice(3).map((r) => r[2])).toEqual(['2025年全区安全生产工作要点', '2025年全区安全生产工作要点']);
  });

  test('a bureau workbook prints A4 landscape, one page wide, title and header on every page', () => {
    const [police] = planBureauWorkbooks(sampleAnalysis());
    const sheet = police?.plan.sheets[0];
    expect(sheet?.print).toEqual({ paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: 3 });
    expect(sheet?.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 9 },
      { top: 1, left: 0, bottom: 1, right: 9 },
    ]);
    expect(sheet?.rows[3]?.[9]).toEqual({ kind: 'blank', styles: ['wrap', 'input'] });
  });
});
