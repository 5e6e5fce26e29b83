// A small, typed fake of the part of the Excel object model the renderer uses. Like Office.js, a
// proxy only queues requests: nothing changes until sync(), loaded properties cannot be read before
// it, and a failing request fails the sync (requests before it stay applied). Cells follow Excel's
// rule that a string written to a cell not in the text format (@) is parsed: 「=…」「+…」「-…」「@…」
// become formulas and 「12」「1-2」 numbers or dates, so a renderer that forgets the format is caught.
// Also bundled into the Chromium test of the pane (test/taskpane/fake-office.ts): no Node imports.

import { rangeA1 } from '../../src/core/plan/address';
import { parseXml } from '../../src/core/text/xml';
import { jsonBytes, laterSet, officeError, officeObject, PAYLOAD_LIMIT_BYTES, RequestSizer, resultBytes, SETTINGS_LIMIT_BYTES, type ObjectPathInfo } from './fake-office-limits';

type Value = string | number | boolean | null;

let sheetCount = 0;

/** Excel on the web's limit for one batch of requests (and for its response), measured in fake-office-limits.ts. */
export const REQUEST_LIMIT_BYTES = PAYLOAD_LIMIT_BYTES;

export interface FakeCell {
  value: Value;
  /** Set when a written string was parsed instead of kept as text. */
  parsedFrom?: string;
  numberFormat: string;
  /** Format properties by path: 「fill.color」, 「font.bold」, 「borders.EdgeTop.style」. */
  format: Record<string, unknown>;
  hyperlink?: Excel.RangeHyperlink;
}

export interface FakeTable {
  name: string;
  address: string;
  hasHeaders: boolean;
  style?: string;
  showBandedRows?: boolean;
}

export class FakeSheet {
  private rows: FakeCell[][] = [];
  merges: string[] = [];
  tables: FakeTable[] = [];
  frozen?: { rows?: number; columns?: number; at?: string };
  validations: Array<{ address: string; rule?: Excel.DataValidationRule; errorAlert?: Excel.DataValidationErrorAlert }> = [];
  page: Record<string, unknown> = {};
  columnWidths: number[] = [];
  rowHeights: number[] = [];
  hiddenColumns: number[] = [];
  /** Set once protected: like Excel, the sheet then refuses every further change. */
  protection?: Excel.WorksheetProtectionOptions;
  /** Requests that changed this sheet, in order: lets tests show a pre-existing sheet was never touched. */
  writes = 0;

  /** Stable across renames, as Excel's worksheet id. */
  readonly id = `{sheet-${++sheetCount}}`;

  constructor(public name: string) {}

  /** Every change request goes through here, so a protected sheet fails as Excel's does. */
  change(apply: (sheet: FakeSheet) => void): void {
    if (this.protection) throw new Error(`AccessDenied: worksheet ${this.name} is protected`);
    this.writes++;
    apply(this);
  }

  cell(row: number, column: number): FakeCell {
    const cells = (this.rows[row] ??= []);
    return (cells[column] ??= { value: '', numberFormat: 'General', format: {} });
  }

  /** A cell without creating it: reading must not look like a write. */
  peek(row: number, column: number): FakeCell | undefined {
    return this.rows[row]?.[column];
  }

  /** Every cell touched so far, with its 0-based place. */
  *cells(): Generator<FakeCell & { row: number; column: number }> {
    for (const [row, cells] of this.rows.entries()) {
      for (const [column, cell] of (cells ?? []).entries()) if (cell) yield { ...cell, row, column };
    }
  }

  /** The clerk inserts rows above `at` (issue 17 F): the cells below move down, as in Excel. */
  insertRows(at: number, count = 1): void {
    this.rows.splice(at, 0, ...Array.from({ length: count }, () => []));
    this.writes++;
  }

  /** Rows × columns of values as Excel shows them ('' for empty), over the given size. */
  grid(rows: number, columns: number): Value[][] {
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (__, c) => this.rows[r]?.[c]?.value ?? ''));
  }
}

export interface FakeComment {
  /** Stable, as Excel's comment id. */
  id: string;
  /** 「'Sheet'!B3」 as it was added. */
  address: string;
  text: string;
}

let commentCount = 0;

export interface SyncRecord {
  requests: number;
  /** The request as Office.js serialises it (fake-office-limits.ts). */
  bytes: number;
  /** The response: what the batch's loads brought back, as JSON. */
  responseBytes: number;
}

interface Request {
  name: string;
  data: unknown;
  root?: ObjectPathInfo;
  apply: () => void;
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  comments: FakeComment[] = [];
  active?: string;
  selection?: { sheet: string; top: number; left: number; rows: number; columns: number };
  syncs: SyncRecord[] = [];
  /** Set to make comments.add fail at sync, as for a guest with no author name. */
  refuseComments?: string;
  /** Set to a cell (「'Sheet'!B3」) whose comment Excel refuses, whatever the reason: the batch fails there, the adds before it stay. */
  refuseCommentAt?: string;
  /** The batch limit this fake enforces; a test lowers it, with the renderer's budget, to show the chunking on a small plan. */
  requestLimitBytes = REQUEST_LIMIT_BYTES;
  /** The limit on what one batch's loads bring back. */
  responseLimitBytes = PAYLOAD_LIMIT_BYTES;
  /** Custom XML parts of the workbook (workbook.customXmlParts, ExcelApi 1.5). */
  customXmlParts: Array<{ id: string; namespaceUri: string; xml: string }> = [];
  /** The ExcelApi requirement set this Excel supports: the manifest's minimum, so a member above it fails as in an older Excel. */
  apiLevel = '1.10';
  private queue: Request[] = [];
  readonly context: { workbook: FakeWorkbook; sync: () => Promise<void> };

  constructor(sheetNames: string[] = ['Sheet1']) {
    this.sheets = sheetNames.map((name) => new FakeSheet(name));
    this.active = sheetNames[0];
    this.context = { workbook: officeObject(this, 'Workbook', new FakeWorkbook(this)), sync: () => this.sync() };
  }

  /** A member brought by a later requirement set than this Excel has fails at once with ApiNotFound, as Office.js does. */
  requireApi(set: string, member: string): void {
    if (laterSet(set, this.apiLevel)) throw officeError('ApiNotFound', `${member} needs ExcelApi ${set}; this Excel has ${this.apiLevel}`);
  }

  private commentIndex = { of: [] as FakeComment[], indexed: 0, cells: new Map<string, FakeComment>(), ids: new Map<string, FakeComment>() };

  /** Comments by cell (commentCell's key) and by id, indexed as they are pushed: tests push directly too. */
  private comments_(): FakeExcel['commentIndex'] {
    if (this.commentIndex.of !== this.comments || this.commentIndex.indexed > this.comments.length) {
      this.commentIndex = { of: this.comments, indexed: 0, cells: new Map(), ids: new Map() };
    }
    const index = this.commentIndex;
    for (const comment of this.comments.slice(index.indexed)) {
      index.cells.set(commentCell(this, comment.address), comment);
      index.ids.set(comment.id, comment);
    }
    index.indexed = this.comments.length;
    return index;
  }

  commentOn(cell: string): FakeComment | undefined {
    return this.comments_().cells.get(cell);
  }

  commentById(id: string | undefined): FakeComment | undefined {
    return id === undefined ? undefined : this.comments_().ids.get(id);
  }

  removeComment(comment: FakeComment): void {
    const index = this.comments_();
    this.comments.splice(this.comments.indexOf(comment), 1);
    index.cells.delete(commentCell(this, comment.address));
    index.ids.delete(comment.id);
    index.indexed--;
  }

  /** Workbook settings (context.workbook.settings), saved with the workbook. */
  settings = new Map<string, unknown>();

  // ── Notes and error codes (issue 17 E, G) ──
  /** Legacy notes (from WPS or an older Excel): a cell holds a note or a threaded comment, never both. */
  notes: FakeNote[] = [];

  noteOn(cell: string): FakeNote | undefined {
    return this.notes.find((note) => commentCell(this, note.address) === cell);
  }

  /** Office.context.requirements.isSetSupported, answered from this Excel's API level. */
  isSetSupported(name: string, version = '1.1'): boolean {
    if (name !== 'ExcelApi') return false;
    try {
      this.requireApi(version, 'isSetSupported');
      return true;
    } catch {
      return false;
    }
  }
  // ── end of notes and error codes ──

  /** By name (ignoring case) or by id, as worksheets.getItem takes either. */
  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.id === name || s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new Error(`ItemNotFound: worksheet ${name}`);
    return sheet;
  }

  /** Queues a request: `data` is its argument, `action` its name and the object path it acts on, for the request's size. */
  enqueue(data: unknown, apply: () => void, action: { name?: string; root?: ObjectPathInfo } = {}): void {
    this.queue.push({ name: action.name ?? 'SetProperty', data, ...(action.root ? { root: action.root } : {}), apply });
  }

  private response?: { bytes: number; unload: Array<() => void> };

  /** A load's result, as it comes back in the response; `unload` takes it back when the response is refused. */
  respond(value: unknown, unload: () => void): void {
    if (!this.response) return;
    this.response.bytes += resultBytes(value);
    this.response.unload.push(unload);
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    const request = new RequestSizer();
    for (const { name, data, root } of queue) request.add(name, data, root);
    const record: SyncRecord = { requests: queue.length, bytes: request.total, responseBytes: 0 };
    this.syncs.push(record);
    // Excel on the web refuses the whole batch, applying none of it.
    if (request.total > this.requestLimitBytes) throw officeError('RequestPayloadSizeLimitExceeded', `${request.total} bytes in one sync`);
    const response = { bytes: jsonBytes({ Results: [] }), unload: [] as Array<() => void> };
    this.response = response;
    try {
      for (const item of queue) {
        try {
          item.apply();
        } catch (error) {
          throw withCode(error);
        }
      }
    } finally {
      this.response = undefined;
      record.responseBytes = response.bytes;
    }
    // The requests ran, but nothing comes back: every load of the batch stays unloaded.
    if (response.bytes > this.responseLimitBytes) {
      response.unload.forEach((unload) => unload());
      throw officeError('ResponsePayloadSizeLimitExceeded', `${response.bytes} bytes in one response`);
    }
  }

  /** As the test context for the renderer, typed as Office.js's. */
  get requestContext(): Excel.RequestContext {
    return this.context as unknown as Excel.RequestContext;
  }
}

class Loadable {
  /** The Excel interface this object is (「Range」), for its members' requirement sets. */
  static readonly api: string = '';
  protected loaded = false;
  constructor(protected readonly excel: FakeExcel) {
    return officeObject(excel, (new.target as typeof Loadable).api, this);
  }
  /** Loads the properties named (「values, address」「items/name,items/id」): the response carries exactly those. */
  load(properties = ''): this {
    this.excel.enqueue(properties, () => {
      this.snapshot();
      this.excel.respond(loadedValue(this as unknown as Record<string, unknown>, properties), () => (this.loaded = false));
    }, { name: 'Query' });
    return this;
  }
  protected snapshot(): void {
    this.loaded = true;
  }
  protected need<T>(value: T): T {
    if (!this.loaded) throw new Error('PropertyNotLoaded: call load() and context.sync() before reading this property');
    return value;
  }
}

/** The properties a load names, read from the loaded object: what Excel sends back for it. */
function loadedValue(object: Record<string, unknown>, properties: string): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const name of properties.split(',').map((n) => n.trim()).filter(Boolean)) {
    const [head = '', ...rest] = name.split('/');
    const property = object[head];
    if (rest.length === 0 || !Array.isArray(property)) value[head] = property;
    else {
      const items = (value[head] ??= property.map(() => ({}))) as Array<Record<string, unknown>>;
      property.forEach((item: Record<string, unknown>, i) => Object.assign(items[i] ?? {}, loadedValue(item, rest.join('/'))));
    }
  }
  return value;
}

class FakeSetting extends Loadable {
  static readonly api = 'Setting';
  private found: unknown;
  constructor(
    excel: FakeExcel,
    private readonly key: string,
  ) {
    super(excel);
  }
  protected snapshot(): void {
    super.snapshot();
    this.found = this.excel.settings.get(this.key);
  }
  get isNullObject(): boolean {
    return this.need(this.found === undefined);
  }
  get value(): unknown {
    return this.need(this.found);
  }
  /** Like any request on a null object, deleting a setting that is not there fails. */
  delete(): void {
    this.excel.enqueue(null, () => {
      if (!this.excel.settings.delete(this.key)) throw new Error(`ItemNotFound: setting ${this.key}`);
    });
  }
}

/** A comment, added or looked up by id; its id is known after the sync that added it. */
class FakeCommentProxy extends Loadable {
  static readonly api = 'Comment';
  private found?: FakeComment;
  constructor(
    excel: FakeExcel,
    private commentId?: string,
  ) {
    super(excel);
  }
  bind(id: string): void {
    this.commentId = id;
  }
  /** As an item of a loaded collection: its properties are there. */
  loadedNow(): this {
    this.snapshot();
    return this;
  }
  protected snapshot(): void {
    super.snapshot();
    this.found = this.excel.commentById(this.commentId);
  }
  get isNullObject(): boolean {
    return this.need(this.found === undefined);
  }
  get id(): string {
    return this.need(this.found?.id ?? '');
  }
  get content(): string {
    return this.need(this.found?.text ?? '');
  }
  delete(): void {
    this.excel.enqueue(null, () => {
      const comment = this.excel.commentById(this.commentId);
      if (!comment) throw new Error(`ItemNotFound: comment ${this.commentId ?? ''}`);
      this.excel.removeComment(comment);
    });
  }
  getLocation(): FakeRange {
    const comment = this.excel.commentById(this.commentId);
    if (!comment) throw new Error(`ItemNotFound: comment ${this.commentId ?? ''}`);
    const { sheet, box } = splitAddress(comment.address);
    return new FakeRange(this.excel, sheet, box.top, box.left, box.rows, box.columns);
  }
}

/** Something of one sheet, read at sync (worksheet.comments, worksheet.protection). */
abstract class SheetPart extends Loadable {
  constructor(
    excel: FakeExcel,
    protected readonly sheetName: string,
  ) {
    super(excel);
  }
}

/** The comments of one sheet (worksheet.comments), as a loadable collection. */
class FakeSheetComments extends SheetPart {
  static readonly api = 'CommentCollection';
  private ids: string[] = [];
  protected snapshot(): void {
    super.snapshot();
    const sheet = this.excel.sheet(this.sheetName);
    this.ids = this.excel.comments.filter((c) => this.excel.sheet(splitAddress(c.address).sheet) === sheet).map((c) => c.id);
  }
  get items(): FakeCommentProxy[] {
    return this.need(this.ids.map((id) => new FakeCommentProxy(this.excel, id).loadedNow()));
  }
}

/** 「'My sheet'!B3」 or 「Sheet1!B3:C4」 → the sheet's name and the cells. */
function splitAddress(address: string): { sheet: string; box: Box } {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(address);
  if (!match) throw new Error(`InvalidArgument: address ${address}`);
  return { sheet: (match[1] ?? match[2] ?? '').replace(/''/g, "'"), box: parseBox(match[3] ?? '') };
}

/** The same cells on the sheet now called `name`. */
function renamedAddress(address: string, name: string): string {
  const cells = address.slice(address.lastIndexOf('!') + 1);
  return `'${name.replace(/'/g, "''")}'!${cells}`;
}

/** The cell a comment is on, as 「sheet id/row/column」, so that two spellings of one address match. */
function commentCell(excel: FakeExcel, address: string): string {
  const { sheet, box } = splitAddress(address);
  return `${excel.sheet(sheet).id}/${box.top}/${box.left}`;
}

/**
 * The workbook's comments (ExcelApi 1.10): add, getItem, and a loadable list of items. getItemOrNullObject
 * came with ExcelApi 1.14 and fails with ApiNotFound where the fake is set below it, as Excel does.
 */
class FakeWorkbookComments extends Loadable {
  static readonly api = 'CommentCollection';
  private ids: string[] = [];
  readonly add: (address: string, text: string) => FakeCommentProxy;
  constructor(excel: FakeExcel, members: { add: (address: string, text: string) => FakeCommentProxy }) {
    super(excel);
    this.add = members.add;
  }
  protected snapshot(): void {
    super.snapshot();
    this.ids = this.excel.comments.map((c) => c.id);
  }
  get items(): FakeCommentProxy[] {
    return this.need(this.ids.map((id) => new FakeCommentProxy(this.excel, id).loadedNow()));
  }
  getItem(id: string): FakeCommentProxy {
    return new FakeCommentProxy(this.excel, id);
  }
  getItemOrNullObject(id: string): FakeCommentProxy {
    this.excel.requireApi('1.14', 'CommentCollection.getItemOrNullObject');
    return new FakeCommentProxy(this.excel, id);
  }
}

class FakeWorkbook {
  readonly customXmlParts: FakeCustomXmlParts;
  readonly worksheets: FakeWorksheets;
  readonly tables: FakeTableNames;
  readonly comments: FakeWorkbookComments;
  readonly settings: { add: (key: string, value: unknown) => void; getItemOrNullObject: (key: string) => FakeSetting; getItem: (key: string) => FakeSetting };
  constructor(private readonly excel: FakeExcel) {
    this.worksheets = new FakeWorksheets(excel);
    this.tables = new FakeTableNames(excel);
    this.customXmlParts = new FakeCustomXmlParts(excel);
    this.settings = officeObject(excel, 'SettingCollection', {
      // Excel keeps settings as JSON: what is stored is a copy.
      add: (key: string, value: unknown) => excel.enqueue([key, value], () => saveSetting(excel, key, JSON.parse(JSON.stringify(value)) as unknown), { name: 'Add' }),
      getItemOrNullObject: (key: string) => new FakeSetting(excel, key),
      getItem: (key: string) => new FakeSetting(excel, key),
    });
    this.comments = new FakeWorkbookComments(excel, {
      add: (address, text) => {
        const proxy = new FakeCommentProxy(excel);
        excel.enqueue([address, text], () => {
          if (excel.refuseComments) throw new Error(excel.refuseComments);
          if (excel.refuseCommentAt === address) throw new Error(`InvalidArgument: no comment on ${address}`);
          const place = splitAddress(address);
          excel.sheet(place.sheet);
          if (place.box.rows !== 1 || place.box.columns !== 1) throw new Error(`InvalidArgument: a comment goes on one cell, not ${address}`);
          if (excel.commentOn(commentCell(excel, address))) throw new Error(`InvalidArgument: ${address} already has a comment`);
          if (excel.noteOn(commentCell(excel, address))) throw new Error(`InvalidArgument: ${address} has a note, and a cell holds a note or a comment, not both`);
          const comment = { id: `{comment-${++commentCount}}`, address, text };
          excel.comments.push(comment);
          proxy.bind(comment.id);
        });
        return proxy;
      },
    });
  }
  getSelectedRange(): FakeRange {
    const s = this.excel.selection;
    if (!s) throw new Error('no selection in the fake');
    return new FakeRange(this.excel, s.sheet, s.top, s.left, s.rows, s.columns);
  }
}

class FakeWorksheets extends Loadable {
  static readonly api = 'WorksheetCollection';
  private ids: string[] = [];
  protected snapshot(): void {
    super.snapshot();
    this.ids = this.excel.sheets.map((s) => s.id);
  }
  /** Each item addresses its sheet by id, so a rename queued on it still finds the sheet. */
  get items(): FakeWorksheet[] {
    return this.need(this.ids.map((id) => new FakeWorksheet(this.excel, id, true)));
  }
  add(name: string): FakeWorksheet {
    this.excel.enqueue(name, () => {
      checkSheetName(this.excel, name);
      this.excel.sheets.push(new FakeSheet(name));
    });
    return new FakeWorksheet(this.excel, name);
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.excel, name);
  }
}

class FakeTableNames extends Loadable {
  static readonly api = 'TableCollection';
  private names: string[] = [];
  protected snapshot(): void {
    super.snapshot();
    this.names = this.excel.sheets.flatMap((s) => s.tables.map((t) => t.name));
  }
  get items(): Array<{ name: string }> {
    return this.need(this.names.map((name) => ({ name })));
  }
}

class FakeWorksheet extends Loadable {
  static readonly api = 'Worksheet';
  readonly tables: { add: (address: string, hasHeaders: boolean) => Record<string, unknown> };
  readonly freezePanes: { freezeAt: (address: string) => void; freezeRows: (n: number) => void; freezeColumns: (n: number) => void };
  readonly pageLayout: Record<string, unknown>;
  readonly protection: FakeProtection;
  readonly comments: FakeSheetComments;

  constructor(
    excel: FakeExcel,
    private readonly sheetName: string,
    /** As an item of a loaded collection: its name can be read. */
    loaded = false,
  ) {
    super(excel);
    this.loaded = loaded;
    const change = (data: unknown, apply: (sheet: FakeSheet) => void) => excel.enqueue(data, () => excel.sheet(sheetName).change(apply));
    this.tables = officeObject(excel, 'TableCollection', {
      add: (address: string, hasHeaders: boolean) => {
        const table: FakeTable = { name: '', address, hasHeaders };
        change(address, (sheet) => {
          table.name = `Table${excel.sheets.reduce((n, s) => n + s.tables.length, 0) + 1}`;
          sheet.tables.push(table);
        });
        return officeObject(
          excel,
          'Table',
          propertySetter(excel, (key, value) => {
            if (key === 'name' && excel.sheets.some((s) => s.tables.some((t) => t !== table && t.name.toLowerCase() === String(value).toLowerCase()))) {
              throw new Error(`InvalidArgument: table name ${String(value)} is taken`);
            }
            Object.assign(table, { [key]: value });
          }),
          true,
        );
      },
    });
    this.freezePanes = officeObject(excel, 'WorksheetFreezePanes', {
      freezeAt: (at: string) => change(at, (sheet) => (sheet.frozen = { at })),
      freezeRows: (rows: number) => change(rows, (sheet) => (sheet.frozen = { rows })),
      freezeColumns: (columns: number) => change(columns, (sheet) => (sheet.frozen = { columns })),
    });
    this.pageLayout = officeObject(
      excel,
      'PageLayout',
      propertySetter(excel, (key, value) => change(value, (sheet) => (sheet.page[key] = value)), true, {
        setPrintTitleRows: (rows: string) => change(rows, (sheet) => (sheet.page.printTitleRows = rows)),
      }),
      true,
    );
    this.protection = new FakeProtection(excel, sheetName);
    this.comments = new FakeSheetComments(excel, sheetName);
  }

  get name(): string {
    return this.need(this.loadedSheet().name);
  }

  /** Worksheet.notes came with ExcelApi 1.18 (issue 17 E; fake-api-sets.ts). */
  get notes(): FakeSheetNotes {
    return new FakeSheetNotes(this.excel, this.sheetName);
  }

  get id(): string {
    return this.need(this.loadedSheet().id);
  }

  private snapshotSheet?: { name: string; id: string };

  protected snapshot(): void {
    super.snapshot();
    const sheet = this.excel.sheet(this.sheetName);
    this.snapshotSheet = { name: sheet.name, id: sheet.id };
  }

  /** The name and id as of the last load (or of the collection's load, for an item). */
  private loadedSheet(): { name: string; id: string } {
    if (this.snapshotSheet) return this.snapshotSheet;
    const sheet = this.excel.sheet(this.sheetName);
    return { name: sheet.name, id: sheet.id };
  }

  /** Renaming follows Excel's rules; this proxy keeps addressing the old name, as a stale one would. */
  set name(name: string) {
    this.excel.enqueue(name, () => {
      const sheet = this.excel.sheet(this.sheetName);
      checkSheetName(this.excel, name, sheet);
      // As in Excel, the sheet's comments stay on it under its new name.
      const before = sheet.name.toLowerCase();
      if (this.excel.comments.some((c) => splitAddress(c.address).sheet.toLowerCase() === before)) {
        this.excel.comments = this.excel.comments.map((c) => (splitAddress(c.address).sheet.toLowerCase() === before ? { ...c, address: renamedAddress(c.address, name) } : c));
      }
      sheet.name = name;
    });
  }

  delete(): void {
    this.excel.enqueue(null, () => {
      const sheet = this.excel.sheet(this.sheetName);
      if (this.excel.sheets.length === 1) throw new Error('InvalidOperation: a workbook must keep one sheet');
      this.excel.sheets = this.excel.sheets.filter((s) => s !== sheet);
      // As in Excel, the sheet's comments go with it.
      const gone = sheet.name.toLowerCase();
      if (this.excel.comments.some((c) => splitAddress(c.address).sheet.toLowerCase() === gone)) {
        this.excel.comments = this.excel.comments.filter((c) => splitAddress(c.address).sheet.toLowerCase() !== gone);
      }
    });
  }

  getRangeByIndexes(top: number, left: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.excel, this.sheetName, top, left, rows, columns);
  }

  /** RangeAreas: 「A1:B2,C5」; only its format is modelled. The address travels once per batch, as the areas' object path. */
  getRanges(address: string): { format: Record<string, unknown> } {
    const boxes = address.split(',').map(parseBox);
    const root = { name: 'GetRanges', args: [address] };
    const { excel, sheetName } = this;
    return officeObject(excel, 'RangeAreas', {
      get format() {
        return formatOf(excel, sheetName, boxes, root);
      },
    });
  }

  /** The cells holding values, resolved at sync as Excel does; a sheet without any gives a null-object range. */
  getUsedRange(): FakeRange {
    return new FakeRange(this.excel, this.sheetName, 0, 0, 1_048_576, 16_384, true);
  }

  activate(): void {
    this.excel.enqueue(null, () => (this.excel.active = this.excel.sheet(this.sheetName).name));
  }
}

class FakeProtection extends SheetPart {
  static readonly api = 'WorksheetProtection';
  private state = false;
  protected snapshot(): void {
    super.snapshot();
    this.state = this.excel.sheet(this.sheetName).protection !== undefined;
  }
  get protected(): boolean {
    return this.need(this.state);
  }
  protect(options: Excel.WorksheetProtectionOptions = {}): void {
    this.excel.enqueue(options, () => this.excel.sheet(this.sheetName).change((sheet) => (sheet.protection = options)));
  }
}

/** Excel's rules for a sheet name: 1–31 characters, none of []:*?/\, unique ignoring case (besides the sheet itself). */
function checkSheetName(excel: FakeExcel, name: string, self?: FakeSheet): void {
  if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new Error(`InvalidArgument: sheet name ${name}`);
  if (excel.sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
}

/** An object whose property assignments become queued requests (table.name = …, pageLayout.zoom = …). */
function propertySetter(
  excel: FakeExcel,
  apply: (key: string, value: unknown) => void,
  direct = false,
  /** Methods and child objects, read as they are (pageLayout.setPrintTitleRows, format.font). */
  members: Record<string, unknown> = {},
): Record<string, unknown> {
  return new Proxy(members, {
    set(_, key, value) {
      if (direct) apply(String(key), value);
      else excel.enqueue(value, () => apply(String(key), value));
      return true;
    },
  });
}

class FakeRange extends Loadable {
  static readonly api = 'Range';
  readonly dataValidation: Record<string, unknown>;
  /** This range's object path, sent once per batch whatever is done to it. */
  private readonly root: ObjectPathInfo;
  private loadedValues: Value[][] = [];
  private loadedFormats: string[][] = [];
  private loadedAddress = '';
  private loadedRow = 0;
  private loadedColumn = 0;
  private nullObject = false;

  constructor(
    excel: FakeExcel,
    private readonly sheetName: string,
    private readonly top: number,
    private readonly left: number,
    private readonly height: number,
    private readonly width: number,
    /** Set for an intersection with the used range, resolved at sync. */
    private readonly usedOnly = false,
  ) {
    super(excel);
    this.root = { name: 'GetRangeByIndexes', args: [top, left, height, width] };
    const validation = { address: '' } as FakeSheet['validations'][number];
    let added = false;
    this.dataValidation = officeObject(
      excel,
      'DataValidation',
      propertySetter(
        excel,
        (key, value) =>
          this.change((sheet) => {
            if (!added) sheet.validations.push(Object.assign(validation, { address: this.a1() }));
            added = true;
            Object.assign(validation, { [key]: value });
          }, value),
        // change() queues the request itself: queuing it again would land it in the next batch.
        true,
      ),
      true,
    );
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.excel, this.sheetName);
  }

  private a1(): string {
    return rangeA1({ top: this.top, left: this.left, bottom: this.top + this.height - 1, right: this.left + this.width - 1 });
  }

  private change(apply: (sheet: FakeSheet) => void, data: unknown = null): void {
    this.excel.enqueue(data, () => this.excel.sheet(this.sheetName).change(apply), { root: this.root });
  }

  private each<T>(matrix: T[][], name: string, apply: (cell: FakeCell, item: T) => void): void {
    this.change((sheet) => {
      if (matrix.length !== this.height || matrix.some((row) => row.length !== this.width)) {
        throw new Error(`InvalidArgument: ${name} is not ${this.height}×${this.width}`);
      }
      matrix.forEach((row, r) => row.forEach((item, c) => item !== null && apply(sheet.cell(this.top + r, this.left + c), item)));
    }, matrix);
  }

  set numberFormat(matrix: (string | null)[][]) {
    this.each(matrix, 'numberFormat', (cell, format) => (cell.numberFormat = format as string));
  }

  get numberFormat(): string[][] {
    return this.need(this.loadedFormats);
  }

  set values(matrix: Value[][]) {
    this.each(matrix, 'values', writeValue);
  }

  get values(): Value[][] {
    return this.need(this.loadedValues);
  }

  get address(): string {
    return this.need(this.loadedAddress);
  }

  get rowIndex(): number {
    return this.need(this.loadedRow);
  }

  get columnIndex(): number {
    return this.need(this.loadedColumn);
  }

  get rowCount(): number {
    return this.need(this.usedOnly ? this.loadedValues.length : this.height);
  }

  get columnCount(): number {
    return this.need(this.usedOnly ? (this.loadedValues[0]?.length ?? 0) : this.width);
  }

  /** The Excel tables overlapping this range (fullyContained false). */
  getTables(): FakeTablesOver {
    return new FakeTablesOver(this.excel, this.sheetName, this.box());
  }

  get isNullObject(): boolean {
    return this.need(this.nullObject);
  }

  /** Hides the whole columns the range spans, as Excel does. */
  set columnHidden(hidden: boolean) {
    this.change((sheet) => {
      for (let c = this.left; c < this.left + this.width; c++) {
        sheet.hiddenColumns = hidden ? [...new Set([...sheet.hiddenColumns, c])] : sheet.hiddenColumns.filter((h) => h !== c);
      }
    }, hidden);
  }

  select(): void {
    this.excel.enqueue(null, () => {
      const sheet = this.excel.sheet(this.sheetName);
      this.excel.selection = { sheet: sheet.name, top: this.top, left: this.left, rows: this.height, columns: this.width };
      this.excel.active = sheet.name;
    });
  }

  set hyperlink(link: Excel.RangeHyperlink) {
    this.change((sheet) => linkCell(sheet.cell(this.top, this.left), link), link);
  }

  get format(): Record<string, unknown> {
    return formatOf(this.excel, this.sheetName, [this.box()], this.root);
  }

  /** Per-cell properties in one request; the fake models the hyperlink of each cell ({} leaves a cell as it is). */
  setCellProperties(cells: Excel.SettableCellProperties[][]): void {
    this.change((sheet) => {
      if (cells.length !== this.height || cells.some((row) => row.length !== this.width)) throw new Error('InvalidArgument: cell properties');
      cells.forEach((row, r) =>
        row.forEach((properties, c) => {
          const { hyperlink, ...rest } = properties;
          if (Object.keys(rest).length > 0) throw new Error(`the fake models only the hyperlink of setCellProperties, not ${Object.keys(rest).join(', ')}`);
          if (hyperlink) linkCell(sheet.cell(this.top + r, this.left + c), hyperlink);
        }),
      );
    }, cells);
  }

  box(): Box {
    return { top: this.top, left: this.left, rows: this.height, columns: this.width };
  }

  setRowProperties(rows: Excel.SettableRowProperties[]): void {
    if (rows.length !== this.height) throw new Error('InvalidArgument: row properties');
    this.change((sheet) => rows.forEach((row, i) => (sheet.rowHeights[this.top + i] = row.format?.rowHeight ?? 0)), rows);
  }

  setColumnProperties(columns: Excel.SettableColumnProperties[]): void {
    if (columns.length !== this.width) throw new Error('InvalidArgument: column properties');
    this.change((sheet) => columns.forEach((column, i) => (sheet.columnWidths[this.left + i] = column.format?.columnWidth ?? 0)), columns);
  }

  merge(): void {
    this.change((sheet) => sheet.merges.push(this.a1()));
  }

  getIntersectionOrNullObject(used: FakeRange): FakeRange {
    if (!used.usedOnly) throw new Error('the fake intersects with the used range only');
    return new FakeRange(this.excel, this.sheetName, this.top, this.left, this.height, this.width, true);
  }

  protected snapshot(): void {
    super.snapshot();
    const sheet = this.excel.sheet(this.sheetName);
    let { top, left, height: rows, width: columns } = this;
    if (this.usedOnly) {
      // Bounds by a loop: a sheet of 200,000 cells is too many arguments for Math.max(...).
      const bounds = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
      for (const cell of sheet.cells()) {
        if (cell.value === '') continue;
        bounds.top = Math.min(bounds.top, cell.row);
        bounds.left = Math.min(bounds.left, cell.column);
        bounds.bottom = Math.max(bounds.bottom, cell.row);
        bounds.right = Math.max(bounds.right, cell.column);
      }
      const bottom = Math.min(top + rows, bounds.bottom + 1);
      const right = Math.min(left + columns, bounds.right + 1);
      top = Math.max(top, bounds.top);
      left = Math.max(left, bounds.left);
      rows = bottom - top;
      columns = right - left;
    }
    this.nullObject = rows <= 0 || columns <= 0;
    if (this.nullObject) return;
    this.loadedValues = sheet.grid(top + rows, left + columns).slice(top).map((row) => row.slice(left));
    this.loadedFormats = this.loadedValues.map((row, r) => row.map((_, c) => sheet.peek(top + r, left + c)?.numberFormat ?? 'General'));
    this.loadedRow = top;
    this.loadedColumn = left;
    // As Excel writes it: 「Sheet1!B3」 for one cell, 「Sheet1!B3:C4」 for more.
    const a1 = new FakeRange(this.excel, this.sheetName, top, left, rows, columns).a1();
    this.loadedAddress = `${sheet.name}!${rows === 1 && columns === 1 ? a1.split(':')[0] : a1}`;
  }
}

/** The Excel tables that overlap a range, resolved at sync; each item gives its range. */
class FakeTablesOver extends Loadable {
  static readonly api = 'TableScopedCollection';
  private found: FakeTable[] = [];
  constructor(
    excel: FakeExcel,
    private readonly sheetName: string,
    private readonly over: Box,
  ) {
    super(excel);
  }
  protected snapshot(): void {
    super.snapshot();
    this.found = this.excel.sheet(this.sheetName).tables.filter((table) => overlaps(parseBox(table.address), this.over));
  }
  get items(): Array<{ name: string; getRange: () => FakeRange }> {
    return this.need(
      this.found.map((table) => ({
        name: table.name,
        getRange: () => {
          const box = parseBox(table.address);
          return new FakeRange(this.excel, this.sheetName, box.top, box.left, box.rows, box.columns);
        },
      })),
    );
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.columns && b.left < a.left + a.columns;
}

interface Box {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** range.format, .font, .fill and .borders.getItem(edge): each assignment one request, applied to every cell of every area. */
function formatOf(excel: FakeExcel, sheetName: string, boxes: Box[], root: ObjectPathInfo): Record<string, unknown> {
  const path = (api: string, prefix: string, members: Record<string, unknown> = {}): Record<string, unknown> =>
    officeObject(
      excel,
      api,
      propertySetter(
        excel,
        (key, value) =>
          excel.enqueue(
            value,
            () =>
              excel.sheet(sheetName).change((sheet) => {
                for (const box of boxes) {
                  for (let r = box.top; r < box.top + box.rows; r++) {
                    for (let c = box.left; c < box.left + box.columns; c++) sheet.cell(r, c).format[prefix + key] = value;
                  }
                }
              }),
            { root },
          ),
        true,
        members,
      ),
      true,
    );
  return path('RangeFormat', '', {
    font: path('RangeFont', 'font.'),
    fill: path('RangeFill', 'fill.', fillMembers(excel, sheetName, boxes, root)),
    protection: path('FormatProtection', 'protection.'),
    borders: officeObject(excel, 'RangeBorderCollection', { getItem: (edge: string) => path('RangeBorder', `borders.${edge}.`) }),
  });
}

/** range.format.fill's color and pattern, read as Excel reports them, and clear(), which removes the fill. */
function fillMembers(excel: FakeExcel, sheetName: string, boxes: Box[], root: ObjectPathInfo): Record<string, unknown> {
  let loaded: { color: string | null; pattern: string | null; tintAndShade: number | null } | undefined;
  const need = <T>(read: (state: { color: string | null; pattern: string | null; tintAndShade: number | null }) => T): T => {
    if (!loaded) throw new Error('PropertyNotLoaded: call load() and context.sync() before reading this property');
    return read(loaded);
  };
  const places = () => boxes.flatMap((box) => Array.from({ length: box.rows * box.columns }, (_, i) => [box.top + Math.floor(i / box.columns), box.left + (i % box.columns)] as const));
  // A range whose cells differ reports null, as Excel does.
  const common = (values: string[]) => (new Set(values).size === 1 ? (values[0] ?? null) : null);
  return {
    load(this: Record<string, unknown>, properties = '') {
      excel.enqueue(properties, () => {
        const sheet = excel.sheet(sheetName);
        const fills = places().map(([r, c]) => fillOfCell(sheet.peek(r, c)));
        const filled = fills.map((f) => f.pattern !== null);
        loaded = {
          color: common(fills.map((f) => f.color)),
          pattern: common(fills.map((f) => f.pattern ?? 'none')) === 'none' ? null : common(fills.map((f) => f.pattern ?? 'none')),
          // null for no fill, a number for any colour (white included); null where cells differ.
          tintAndShade: new Set(filled).size === 1 && filled[0] ? 0 : null,
        };
        excel.respond(loadedValue(this, properties), () => (loaded = undefined));
      }, { name: 'Query', root });
      return this;
    },
    get color() {
      return need((state) => state.color);
    },
    get pattern() {
      return need((state) => state.pattern);
    },
    get tintAndShade() {
      return need((state) => state.tintAndShade);
    },
    clear: () =>
      excel.enqueue(
        null,
        () =>
          excel.sheet(sheetName).change((sheet) => {
            for (const [r, c] of places()) {
              const format = sheet.peek(r, c)?.format ?? {};
              for (const key of Object.keys(format)) if (key.startsWith('fill.')) delete format[key];
            }
          }),
        { name: 'Clear', root },
      ),
  };
}

/**
 * No fill reads as Excel reports it (office-js issue 4900): white, pattern null, tintAndShade null;
 * a colour set alone is a solid fill.
 */
function fillOfCell(cell: FakeCell | undefined): { color: string; pattern: string | null } {
  const color = cell?.format['fill.color'];
  const pattern = cell?.format['fill.pattern'];
  return {
    color: typeof color === 'string' ? `#${color.replace(/^#/, '').toUpperCase()}` : '#FFFFFF',
    pattern: typeof pattern === 'string' && pattern !== 'None' ? pattern : color === undefined ? null : 'Solid',
  };
}

function parseBox(address: string): Box {
  const [from, to = from] = address.split(':').map((a) => {
    const [, letters = '', digits = ''] = /^\$?([A-Z]+)\$?(\d+)$/.exec(a) ?? [];
    if (!letters) throw new Error(`InvalidArgument: address ${address}`);
    const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(digits) - 1, column };
  });
  return { top: from.row, left: from.column, rows: to.row - from.row + 1, columns: to.column - from.column + 1 };
}

/** A value written to a cell: a string is parsed as typed input unless the cell is in the text format. */
function writeValue(cell: FakeCell, value: Value): void {
  const parsed = typeof value === 'string' && cell.numberFormat !== '@' ? parse(value) : value;
  cell.value = parsed;
  if (parsed !== value) cell.parsedFrom = value as string;
  else delete cell.parsedFrom;
}

/** A hyperlink on a cell; its textToDisplay is "the string that is displayed in the top left most cell" (RangeHyperlink), so it becomes the cell's text. */
function linkCell(cell: FakeCell, link: Excel.RangeHyperlink): void {
  cell.hyperlink = link;
  if (link.textToDisplay !== undefined) writeValue(cell, link.textToDisplay);
}

/** What Excel makes of a string typed into a General cell (enough of it to catch text not kept as text). */
function parse(text: string): Value {
  if (/^[=+\-@]/.test(text)) return `#FORMULA(${text})`;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?/.test(text)) return `#DATE(${text})`;
  return text;
}

// ── Notes and error codes (issue 17 E, G) ──

export interface FakeNote {
  /** 「'Sheet'!B3」 */
  address: string;
  text: string;
}

/** The notes of one sheet (worksheet.notes, ExcelApi 1.18): each item's content and its cell. */
class FakeSheetNotes extends SheetPart {
  static readonly api = 'NoteCollection';
  private found: FakeNote[] = [];
  protected snapshot(): void {
    super.snapshot();
    const sheet = this.excel.sheet(this.sheetName);
    this.found = this.excel.notes.filter((note) => this.excel.sheet(splitAddress(note.address).sheet) === sheet);
  }
  get items(): Array<{ content: string; getLocation: () => FakeRange }> {
    return this.need(this.found.map((note) => noteObject(this.excel, () => note)));
  }
  /** The note on a cell of this sheet (「B3」): ItemNotFound when it is read and there is none. */
  getItem(cell: string): { content: string; getLocation: () => FakeRange } {
    const address = `'${this.sheetName}'!${cell}`;
    const found = () => this.excel.noteOn(commentCell(this.excel, address)) ?? fail(officeError('ItemNotFound', `no note on ${address}`));
    return noteObject(this.excel, found);
  }
}

function fail(error: Error): never {
  throw error;
}

/** One note (Excel.Note), its members checked against their set. */
function noteObject(excel: FakeExcel, note: () => FakeNote): { content: string; getLocation: () => FakeRange } {
  return officeObject(excel, 'Note', {
    get content() {
      return note().text;
    },
    getLocation: () => {
      const { sheet, box } = splitAddress(note().address);
      return new FakeRange(excel, sheet, box.top, box.left, 1, 1);
    },
  });
}

/**
 * An error as Office.js gives it carries `code`, one of Excel.ErrorCodes and never localised. The fake's
 * object model throws 「Code: text」; the code is taken from it when the error reaches the caller.
 */
function withCode(error: unknown): unknown {
  if (!(error instanceof Error) || 'code' in error) return error;
  const code = /^([A-Z][A-Za-z]+):/.exec(error.message)?.[1];
  return code ? Object.assign(error, { code }) : error;
}

// ---- Settings and custom XML parts as Office keeps them (issue 17 D) ----

/** A setting saved as Office saves it: refused when the add-in's settings would pass 2 MB in all. */
function saveSetting(excel: FakeExcel, key: string, value: unknown): void {
  let total = jsonBytes(value) + jsonBytes(key);
  for (const [other, stored] of excel.settings) if (other !== key) total += jsonBytes(other) + jsonBytes(stored);
  if (total > SETTINGS_LIMIT_BYTES) throw officeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format (settings of ${total} bytes)`);
  excel.settings.set(key, value);
}

let partCount = 0;

/** workbook.customXmlParts: add a part (well-formed XML, its namespace that of its root element), find parts by namespace or id. */
class FakeCustomXmlParts extends Loadable {
  static readonly api: string = 'CustomXmlPartCollection';
  add(xml: string): FakeCustomXmlPart {
    const part = new FakeCustomXmlPart(this.excel);
    this.excel.enqueue(
      xml,
      () => {
        const parsed = parseXml(xml, 'custom XML part');
        if (!parsed.ok) throw officeError('InvalidArgument', 'the custom XML part is not well-formed XML');
        const id = `{part-${++partCount}}`;
        this.excel.customXmlParts.push({ id, namespaceUri: parsed.value.documentElement?.namespaceURI ?? '', xml });
        part.bind(id);
      },
      { name: 'Add' },
    );
    return part;
  }
  getItem(id: string): FakeCustomXmlPart {
    const part = new FakeCustomXmlPart(this.excel);
    part.bind(id);
    return part;
  }
  getByNamespace(namespaceUri: string): FakeCustomXmlParts {
    return new FakeScopedCustomXmlParts(this.excel, namespaceUri);
  }
}

/** The parts of one namespace (CustomXmlPartScopedCollection), read at sync. */
class FakeScopedCustomXmlParts extends FakeCustomXmlParts {
  static readonly api = 'CustomXmlPartScopedCollection';
  private ids: string[] = [];
  constructor(
    excel: FakeExcel,
    private readonly namespaceUri: string,
  ) {
    super(excel);
  }
  protected snapshot(): void {
    super.snapshot();
    this.ids = this.excel.customXmlParts.filter((part) => part.namespaceUri === this.namespaceUri).map((part) => part.id);
  }
  get items(): FakeCustomXmlPart[] {
    return this.need(
      this.ids.map((id) => {
        const part = new FakeCustomXmlPart(this.excel);
        part.bind(id);
        return part.loadedNow();
      }),
    );
  }
}

class FakeCustomXmlPart extends Loadable {
  static readonly api = 'CustomXmlPart';
  private partId?: string;
  bind(id: string): void {
    this.partId = id;
  }
  loadedNow(): this {
    this.snapshot();
    return this;
  }
  get id(): string {
    return this.need(this.partId ?? '');
  }
  private found(): { id: string; xml: string } {
    const part = this.excel.customXmlParts.find((p) => p.id === this.partId);
    if (!part) throw officeError('ItemNotFound', `custom XML part ${this.partId ?? ''}`);
    return part;
  }
  /** The part's XML, in the response of the next sync. */
  getXml(): { readonly value: string } {
    let xml: string | undefined;
    this.excel.enqueue(
      null,
      () => {
        xml = this.found().xml;
        this.excel.respond(xml, () => (xml = undefined));
      },
      { name: 'GetXml' },
    );
    return {
      get value() {
        if (xml === undefined) throw new Error('PropertyNotLoaded: the XML is there after context.sync()');
        return xml;
      },
    };
  }
  delete(): void {
    this.excel.enqueue(null, () => (this.excel.customXmlParts = this.excel.customXmlParts.filter((part) => part !== this.found())), { name: 'Delete' });
  }
}
