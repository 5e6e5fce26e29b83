// The fake must fail where Excel fails, or tests that pass against it prove nothing about Excel.

import { FakeExcel, REQUEST_LIMIT_BYTES } from './fake-excel';
import { PAYLOAD_LIMIT_BYTES, SETTINGS_LIMIT_BYTES } from './fake-office-limits';

function fake(): { excel: FakeExcel; context: Excel.RequestContext } {
  const excel = new FakeExcel(['Sheet1']);
  return { excel, context: excel.requestContext };
}

describe('the fake Excel', () => {
  test('writing values whose size differs from the range fails at sync with InvalidArgument', async () => {
    const { context } = fake();
    context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 2, 2).values = [['a', 'b']];
    await expect(context.sync()).rejects.toThrow('InvalidArgument');
  });

  test('a number format array of the wrong width fails too', async () => {
    const { context } = fake();
    context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 2).numberFormat = [['@', '@', '@']];
    await expect(context.sync()).rejects.toThrow('InvalidArgument');
  });

  test('reading a property before it was loaded and synced throws PropertyNotLoaded', async () => {
    const { context } = fake();
    const range = context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 1);
    expect(() => range.values).toThrow('PropertyNotLoaded');
    range.load('values');
    expect(() => range.values).toThrow('PropertyNotLoaded');
    await context.sync();
    expect(range.values).toEqual([['']]);
  });

  test.each([
    ['a name of 32 characters', 'x'.repeat(32), 'InvalidArgument'],
    ['an empty name', '', 'InvalidArgument'],
    ...[...'[]:*?/\\'].map((ch) => [`a name with ${ch}`, `a${ch}b`, 'InvalidArgument']),
    ['a name taken ignoring case', 'SHEET1', 'ItemAlreadyExists'],
  ])('adding a sheet with %s fails with %s', async (_, name, error) => {
    const { excel, context } = fake();
    context.workbook.worksheets.add(name);
    await expect(context.sync()).rejects.toThrow(error);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('renaming a sheet follows the same rules', async () => {
    const { context } = fake();
    context.workbook.worksheets.add('Other');
    await context.sync();
    context.workbook.worksheets.getItem('Other').name = 'sheet1';
    await expect(context.sync()).rejects.toThrow('ItemAlreadyExists');
  });

  test('using a sheet that is not there fails with ItemNotFound', async () => {
    const { context } = fake();
    context.workbook.worksheets.getItem('Missing').getRangeByIndexes(0, 0, 1, 1).values = [['x']];
    await expect(context.sync()).rejects.toThrow('ItemNotFound');
  });

  test('a batch over 5 MB is refused whole, applying none of its requests', async () => {
    const { excel, context } = fake();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRangeByIndexes(0, 0, 1, 1).values = [['first']];
    const big = 'x'.repeat(REQUEST_LIMIT_BYTES);
    sheet.getRangeByIndexes(1, 0, 1, 1).values = [[big]];
    await expect(context.sync()).rejects.toThrow('RequestPayloadSizeLimitExceeded');
    expect(excel.sheet('Sheet1').grid(1, 1)).toEqual([['']]);
  });

  test('a protected sheet refuses every further change', async () => {
    const { context } = fake();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.protection.protect();
    await context.sync();
    sheet.getRangeByIndexes(0, 0, 1, 1).values = [['x']];
    await expect(context.sync()).rejects.toThrow('AccessDenied');
  });

  test('the last sheet of a workbook cannot be deleted', async () => {
    const { context } = fake();
    context.workbook.worksheets.getItem('Sheet1').delete();
    await expect(context.sync()).rejects.toThrow('InvalidOperation');
  });

  test('a string written to a cell not formatted as text is parsed, as Excel parses typed input', async () => {
    const { excel, context } = fake();
    const range = context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 3);
    range.values = [['=SUM(1)', '12', '1-2月']];
    await context.sync();
    expect(excel.sheet('Sheet1').grid(1, 3)).toEqual([['#FORMULA(=SUM(1))', 12, '#DATE(1-2月)']]);
  });

  test('a fill reads as Excel reports it (office-js issue 4900): none is white with pattern and tintAndShade null, a colour alone is solid with a tintAndShade, mixed cells read null, and clear() removes it', async () => {
    const { excel, context } = fake();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    excel.sheet('Sheet1').cell(0, 1).format['fill.color'] = '#ffc7ce';
    const reads = [sheet.getRangeByIndexes(0, 0, 1, 1), sheet.getRangeByIndexes(0, 1, 1, 1), sheet.getRangeByIndexes(0, 0, 1, 2)].map((range) => range.format.fill.load('color,pattern,tintAndShade'));
    expect(() => reads[0]?.color).toThrow('PropertyNotLoaded');
    await context.sync();
    expect(reads.map((fill) => [fill.color, fill.pattern, fill.tintAndShade])).toEqual([['#FFFFFF', null, null], ['#FFC7CE', 'Solid', 0], [null, null, null]]);
    sheet.getRangeByIndexes(0, 1, 1, 1).format.fill.clear();
    await context.sync();
    expect(excel.sheet('Sheet1').peek(0, 1)?.format).toEqual({});
  });

  test('a second comment on a cell, or one over several cells, fails; a deleted comment leaves the loaded list and is a null object by its id', async () => {
    const { excel, context } = fake();
    excel.apiLevel = '1.14';
    const comment = context.workbook.comments.add("'Sheet1'!B2", '一').load('id');
    await context.sync();
    context.workbook.comments.add("'Sheet1'!B2", '二');
    await expect(context.sync()).rejects.toThrow('InvalidArgument');
    context.workbook.comments.add("'Sheet1'!B2:C3", '三');
    await expect(context.sync()).rejects.toThrow('InvalidArgument');
    context.workbook.comments.getItem(comment.id).delete();
    const gone = context.workbook.comments.getItemOrNullObject(comment.id).load('id');
    const all = context.workbook.comments.load('items/id');
    await context.sync();
    expect(gone.isNullObject).toBe(true);
    expect(all.items).toEqual([]);
  });

  test('a member above the Excel’s requirement set fails with ApiNotFound: at the manifest’s ExcelApi 1.10, comments.getItemOrNullObject (1.14) is not there', () => {
    const { context } = fake();
    expect(() => context.workbook.comments.getItemOrNullObject('{x}')).toThrow('ApiNotFound');
  });

  test('deleting a setting that is not there fails, as any request on a missing item does', async () => {
    const { context } = fake();
    context.workbook.settings.getItem('RespMatrix.none').delete();
    await expect(context.sync()).rejects.toThrow('ItemNotFound');
  });

  describe('notes and comments (issue 17 E)', () => {
    test('a cell holds one comment: a second one on it fails with InvalidArgument', async () => {
      const { excel, context } = fake();
      context.workbook.comments.add("'Sheet1'!B2", 'one');
      await context.sync();
      context.workbook.comments.add('Sheet1!B2', 'two');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      expect(excel.comments.map((c) => c.text)).toEqual(['one']);
    });

    test('a cell with a note takes no comment, and the adds queued before it stay', async () => {
      const { excel, context } = fake();
      excel.notes.push({ address: "'Sheet1'!C3", text: 'WPS 的批注' });
      context.workbook.comments.add("'Sheet1'!A1", 'before');
      context.workbook.comments.add("'Sheet1'!C3", 'on the note');
      context.workbook.comments.add("'Sheet1'!D4", 'after');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      expect(excel.comments.map((c) => c.text)).toEqual(['before']);
    });

    test('Worksheet.notes needs ExcelApi 1.18: below it the call fails with ApiNotFound; at 1.18 each note gives its content and cell', async () => {
      const { excel, context } = fake();
      excel.notes.push({ address: "'Sheet1'!C3", text: '备注' });
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      expect(() => sheet.notes).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(excel.isSetSupported('ExcelApi', '1.18')).toBe(false);
      excel.apiLevel = '1.18';
      expect(excel.isSetSupported('ExcelApi', '1.18')).toBe(true);
      const notes = sheet.notes.load('items/content');
      await context.sync();
      const at = notes.items.map((note) => note.getLocation().load('address'));
      await context.sync();
      expect(notes.items.map((note) => note.content)).toEqual(['备注']);
      expect(at.map((range) => range.address)).toEqual(['Sheet1!C3']);
    });
  });

  // ---- Office's limits, measured as Office.js sends a batch (issue 17) ----

  test('a batch is measured as Office.js sends it: 30,000 one-cell writes of one character carry 90 KB of data but over 5 MB of actions and object paths, and are refused', async () => {
    const { excel, context } = fake();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    for (let r = 0; r < 30_000; r++) sheet.getRangeByIndexes(r, 0, 1, 1).values = [['x']];
    await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.syncs[0]?.bytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.sheet('Sheet1').peek(0, 0)).toBeUndefined();
  });

  test('a response over 5 MB is refused with ResponsePayloadSizeLimitExceeded, and what was loaded stays unloaded', async () => {
    const { excel, context } = fake();
    const sheet = excel.sheet('Sheet1');
    const text = '重点任务分工内容'.repeat(30);
    for (let r = 0; r < 8_000; r++) sheet.cell(r, 0).value = text;
    const range = context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 8_000, 1).load('values');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(() => range.values).toThrow('PropertyNotLoaded');
    const half = context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 4_000, 1).load('values');
    await context.sync();
    expect(half.values).toHaveLength(4_000);
    expect(excel.syncs[1]?.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  });

  test('the response carries only the properties loaded: a long range’s address is a few bytes, its values are not', async () => {
    const { excel, context } = fake();
    for (let r = 0; r < 1_000; r++) excel.sheet('Sheet1').cell(r, 0).value = '任务'.repeat(50);
    const range = () => context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1_000, 1);
    range().load('address');
    await context.sync();
    range().load('values');
    await context.sync();
    const [address, values] = excel.syncs.map((s) => s.responseBytes);
    expect(address).toBeLessThan(200);
    expect(values).toBeGreaterThan(300_000);
  });

  test('settings over 2 MB in all are refused, as Office refuses them (InvalidArgument), and the setting keeps its value', async () => {
    const { excel, context } = fake();
    context.workbook.settings.add('RespMatrix.a', 'x'.repeat(SETTINGS_LIMIT_BYTES / 2));
    await context.sync();
    context.workbook.settings.add('RespMatrix.b', 'y'.repeat(SETTINGS_LIMIT_BYTES / 2));
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(excel.settings.has('RespMatrix.b')).toBe(false);
  });

  test('custom XML parts: added with their root’s namespace, found by it, read back and deleted; XML that is not well-formed is refused', async () => {
    const { excel, context } = fake();
    const part = context.workbook.customXmlParts.add('<marks xmlns="urn:test" index="0">甲&amp;乙</marks>').load('id');
    context.workbook.customXmlParts.add('<other xmlns="urn:else"/>');
    await context.sync();
    const found = context.workbook.customXmlParts.getByNamespace('urn:test').load('items/id');
    await context.sync();
    expect(found.items.map((item) => item.id)).toEqual([part.id]);
    const xml = found.items[0]?.getXml();
    await context.sync();
    expect(xml?.value).toBe('<marks xmlns="urn:test" index="0">甲&amp;乙</marks>');
    found.items[0]?.delete();
    await context.sync();
    expect(excel.customXmlParts.map((p) => p.namespaceUri)).toEqual(['urn:else']);
    context.workbook.customXmlParts.add('<marks>');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('in an Excel before ExcelApi 1.7, getRangeByIndexes is not there; before 1.5, custom XML parts are not', () => {
    const { excel, context } = fake();
    excel.apiLevel = '1.6';
    expect(() => context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 1)).toThrow('ApiNotFound');
    excel.apiLevel = '1.4';
    expect(() => context.workbook.customXmlParts).toThrow('ApiNotFound');
  });
});

