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

  test('a bureau workbook has a title, its lead tasks before its support tasks with who leads, four blank fill-in columns, and each row its task key and unit', () => {
    const [police] = planBureauWorkbooks(sampleAnalysis());
    const values = police ? cellValues(police.plan)['区公安分局'] : undefined;
    expect(values?.[0]?.[0]).toBe('区公安分局 任务清单');
    expect(values?.[1]?.[0]).toMatch(/^来源：工作要点。牵头 1 项，配合 1 项，经由统称 0 项。请填写/);
    expect(values?.[2]).toEqual(['序号', '类别', '来源', '原序号', '任务名称', '内容', '完成时间', '牵头单位', '配合单位', '完成状态', '落实情况', '完成日期', '佐证材料', '任务键', '填报单位']);
    const key = /^RM1-[0-9a-z]{6}-1-/;
    expect(values?.slice(3)).toEqual([
      [1, '牵头', '工作要点', '3', '交通运输领域', '+86 热线 @值班 -5%', '\t全年', '区公安分局', null, null, null, null, null, expect.stringMatching(key), '区公安分局'],
      [2, '配合', '工作要点', '1', '交通运输领域', '=SUM(1)', '1-2月', '区应急局', '区公安分局', null, null, null, null, expect.stringMatching(key), '区公安分局'],
    ]);
  });

  test('the task key names the document and the task, so the same task has the same key in every bureau\'s workbook and no two tasks share one', () => {
    const keysOf = (unit: string) => {
      const bureau = planBureauWorkbooks(sampleAnalysis()).find((b) => b.unit === unit);
      return (bureau ? cellValues(bureau.plan)[unit] ?? [] : []).slice(3).map((row) => [row[3], row[13]]);
    };
    const police = keysOf('区公安分局');
    const emergency = keysOf('区应急局');
    expect(new Set(police.map(([, key]) => key)).size).toBe(police.length);
    const seq1 = police.find(([seq]) => seq === '1')?.[1];
    expect(emergency.find(([seq]) => seq === '1')?.[1]).toBe(seq1);
  });

  test('only the fill-in cells are unlocked on a sheet protected without a password; 完成状态 is a dropdown; key and unit are hidden', () => {
    const [police] = planBureauWorkbooks(sampleAnalysis());
    const sheet = police?.plan.sheets[0];
    expect(sheet?.protection).toEqual({ editable: [{ top: 3, left: 9, bottom: 4, right: 12 }] });
    expect(sheet?.validations).toEqual([{ range: { top: 3, left: 9, bottom: 4, right: 9 }, values: ['未开始', '推进中', '已完成', '无法完成'] }]);
    expect(sheet?.hiddenColumns).toEqual([13, 14]);
  });

  test('a bureau workbook names its source documents by their titles when they have one', () => {
    const analysis = sampleAnalysis();
    analysis.documents[0] = { ...analysis.documents[0], title: '2025年全区安全生产工作要点' };
    const [police] = planBureauWorkbooks(analysis);
    const values = police ? cellValues(police.plan)['区公安分局'] : undefined;
    expect(values?.[1]?.[0]).toMatch(/^来源：2025年全区安全生产工作要点。牵头 1 项，配合 1 项，经由统称 0 项。/);
    expect(values?.slice(3).map((r) => r[2])).toEqual(['2025年全区安全生产工作要点', '2025年全区安全生产工作要点']);
  });

  test('a bureau workbook prints A4 landscape, one page wide, title and header on every page', () => {
    const [police] = planBureauWorkbooks(sampleAnalysis());
    const sheet = police?.plan.sheets[0];
    expect(sheet?.print).toEqual({ paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: 3 });
    expect(sheet?.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 12 },
      { top: 1, left: 0, bottom: 1, right: 12 },
    ]);
    expect(sheet?.rows[3]?.[10]).toEqual({ kind: 'blank', styles: ['wrap', 'input'] });
  });
});
