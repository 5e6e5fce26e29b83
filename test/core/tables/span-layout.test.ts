import { layOutSpans, MAX_COLUMNS, type SpanCell, type SpanRow } from '../../../src/core/tables/span-layout';

function row(cells: Array<[string, number, number, boolean?]>, end?: number, line = 1): SpanRow {
  const spanCells = cells.map(([text, start, span, continues]): SpanCell => ({ text, start, span, continues: continues ?? false }));
  const last = spanCells[spanCells.length - 1];
  return { cells: spanCells, end: end ?? (last ? last.start + last.span : 0), header: false, position: { kind: 'line', line } };
}

function texts(rows: SpanRow[]): string[][] {
  return layOutSpans(rows).rows.map((laid) => laid.cells.map((cell) => cell.merge ?? cell.text));
}

describe('layOutSpans', () => {
  it('collapses grid columns that no row separates, as Word’s finer grids need', () => {
    expect(texts([row([['序号', 0, 1], ['名称', 1, 2], ['责任单位', 3, 1]]), row([['1', 0, 1], ['甲', 1, 2], ['县应急管理局', 3, 1]])])).toEqual([
      ['序号', '名称', '责任单位'],
      ['1', '甲', '县应急管理局'],
    ]);
  });

  it('marks the extra columns of a span as merged from the left and a continuing cell as merged from above', () => {
    expect(texts([row([['重点任务', 0, 2], ['责任单位', 2, 1]]), row([['1.', 0, 1], ['措施', 1, 1], ['', 2, 1, true]])])).toEqual([
      ['重点任务', 'left', '责任单位'],
      ['1.', '措施', 'above'],
    ]);
  });

  it('reports a continuing cell with nothing above it, and leaves a short row short for the caller to pad', () => {
    const layout = layOutSpans([row([['a', 0, 1], ['b', 1, 1], ['c', 2, 1]]), row([['x', 0, 1], ['', 1, 1, true]], undefined, 2), row([['', 0, 1, true]], undefined, 3)]);
    expect(layout.rows.map((laid) => laid.cells.length)).toEqual([3, 2, 1]);
    expect(layout.orphanMerges).toEqual([]);
    expect(layOutSpans([row([['', 1, 1, true]], undefined, 7)]).orphanMerges).toEqual([{ kind: 'line', line: 7 }]);
  });

  it('caps a hostile width, folding the text beyond it into the last column', () => {
    const wide = Array.from({ length: MAX_COLUMNS + 5 }, (_, i): [string, number, number] => [`c${i}`, i, 1]);
    const [laid] = layOutSpans([row(wide)]).rows;
    expect(laid.cells).toHaveLength(MAX_COLUMNS);
    expect(laid.cells[MAX_COLUMNS - 1].text).toBe(`c${MAX_COLUMNS - 1} c${MAX_COLUMNS} c${MAX_COLUMNS + 1} c${MAX_COLUMNS + 2} c${MAX_COLUMNS + 3} c${MAX_COLUMNS + 4}`);
  });
});
