// Walks an HTML page with htmlparser2 (a tokenizer: nothing is executed or fetched) and reports
// paragraphs and tables in document order to the table collector. Script, style and hidden
// elements (Word's display:none sizing row) are skipped; blocks and <br> end paragraphs. The page's
// <title> and first <h1> are kept aside: they may name the document.

import { Parser } from 'htmlparser2';
import type { TableCollector } from '../../tables/table-collector';
import { HtmlTable } from './html-table';
import { ParagraphBuilder } from './paragraph-builder';

const SKIPPED = new Set(['script', 'style', 'template', 'title', 'xml', 'svg', 'math', 'select', 'textarea']);
const BLOCKS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section',
  'article', 'header', 'footer', 'aside', 'nav', 'address', 'hr', 'center', 'caption', 'figure', 'figcaption', 'main',
]);
const HIDDEN = /display\s*:\s*none/i;
/** Tables nested deeper than this are skipped, content and all. */
const MAX_TABLE_DEPTH = 32;

interface OpenCell {
  text: ParagraphBuilder;
  colspan: string | undefined;
  rowspan: string | undefined;
  header: boolean;
}

interface Frame {
  table: HtmlTable;
  cell: OpenCell | undefined;
  inHead: boolean;
}

/** What the page calls itself: its <title> and its first <h1> outside tables, '' when absent. */
export interface PageNames {
  title: string;
  heading: string;
  /** Places where tables nested deeper than MAX_TABLE_DEPTH were skipped (told to the clerk as too-deep). */
  tooDeep: number;
}

export { MAX_TABLE_DEPTH };

export function walkHtml(html: string, collector: TableCollector): PageNames {
  const names: PageNames = { title: '', heading: '', tooDeep: 0 };
  /** Where the first <h1>'s paragraphs start in collector.paragraphs, while it is open. */
  let headingFrom: number | undefined;
  const flow = new ParagraphBuilder((text) => collector.paragraph(text));
  const frames: Frame[] = [];
  /** Open elements that are being skipped, by name; content is ignored while this is non-empty. */
  const skipping: string[] = [];
  let tableCount = 0;
  const current = () => frames[frames.length - 1];
  const textSink = () => current()?.cell?.text ?? flow;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tooDeep = name === 'table' && frames.length >= MAX_TABLE_DEPTH;
        if (tooDeep && skipping.length === 0) names.tooDeep++;
        if (skipping.length > 0 || tooDeep || SKIPPED.has(name) || HIDDEN.test(attributes.style ?? '')) {
          skipping.push(name);
          return;
        }
        const frame = current();
        if (name === 'table') {
          textSink().break();
          tableCount++;
          frames.push({ table: new HtmlTable(collector.open({ kind: 'element', table: tableCount, row: 1 }), tableCount), cell: undefined, inHead: false });
        } else if (frame && name === 'thead') frame.inHead = true;
        else if (frame && (name === 'tbody' || name === 'tfoot')) frame.inHead = false;
        else if (frame && name === 'tr') frame.table.startRow(frame.inHead);
        else if (frame && (name === 'td' || name === 'th')) {
          closeCell(frame);
          frame.cell = {
            text: new ParagraphBuilder((text) => collector.paragraph(text)),
            colspan: attributes.colspan,
            rowspan: attributes.rowspan,
            header: frame.inHead,
          };
        } else if (BLOCKS.has(name)) textSink().break();
        if (name === 'h1' && !frame && names.heading === '') headingFrom = collector.paragraphs.length;
      },
      ontext(text) {
        if (skipping.length === 1 && skipping[0] === 'title') names.title += text;
        const frame = current();
        if (skipping.length === 0 && (!frame || frame.cell)) textSink().text(text);
      },
      onclosetag(name) {
        if (skipping.length > 0) {
          skipping.pop();
          return;
        }
        const frame = current();
        if (name === 'table' && frame) {
          closeCell(frame);
          frame.table.endRow();
          frames.pop();
          collector.close(frame.table.collected);
          current()?.cell?.text.append(frame.table.lines);
        } else if (frame && (name === 'td' || name === 'th')) closeCell(frame);
        else if (frame && name === 'tr') {
          closeCell(frame);
          frame.table.endRow();
        } else if (BLOCKS.has(name)) textSink().break();
        if (name === 'h1' && headingFrom !== undefined) {
          names.heading = collector.paragraphs.slice(headingFrom).join('\n');
          headingFrom = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flow.break();
  return names;
}

function closeCell(frame: Frame): void {
  const cell = frame.cell;
  if (!cell) return;
  frame.cell = undefined;
  cell.text.break();
  frame.table.addCell(cell.text.paragraphs().join('\n'), cell.colspan, cell.rowspan, cell.header);
}
