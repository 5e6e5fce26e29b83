// An HTML page (saved web page, Word's 「网页」 export, or HTML copied out of Word/WPS) read into its
// responsibility tables. Nothing thrown gets past readHtml; problems come back coded, in Chinese.

import { andThen, failure, success, warning, type Result, type Warning } from '../../result';
import { assembleTables } from '../../tables/assemble-tables';
import { tablesOrBodyTasks } from '../body-fallback';
import type { SourceDocument } from '../../tables/raw-table';
import { TableCollector } from '../../tables/table-collector';
import { documentDate } from '../document-date';
import { documentTitle } from '../document-title';
import { decodeHtml } from './html-decode';
import { simplified } from '../../text/script';
import { traditionalWarning } from '../traditional';
import { MAX_TABLE_DEPTH, walkHtml } from './html-walker';

/** The clipboard's CF_HTML header (「Version:0.9 StartHTML:…」) that precedes copied HTML. */
const CLIPBOARD_HEADER = /^\s*Version:\d[^<]*/;
/** Sites append their own name to a page's <title>: 「…的通知_重庆市涪陵区人民政府」「… - 应急管理局」. */
const SITE_SUFFIX = /\s*(?:[_|｜]|\s[-–—]\s).*$/s;

export function readHtml(source: string, bytes: Uint8Array): Result<SourceDocument> {
  try {
    return andThen(decodeHtml(bytes), ({ text: decoded, encoding }) => {
      if (decoded.trim() === '') return failure('empty', '文件里没有文字内容（空文件）。');
      // A Traditional-script page is read in Simplified (markup is ASCII, so only the words change).
      const { text, traditional } = simplified(decoded);
      const collector = new TableCollector();
      const page = walkHtml(text.replace(CLIPBOARD_HEADER, ''), collector);
      const title = documentTitle(collector.paragraphs, [page.title.replace(SITE_SUFFIX, ''), page.heading]);
      const assembled = assembleTables(collector.tables);
      const found = tablesOrBodyTasks(assembled.tables, collector.paragraphs);
      const warnings: Warning[] = [...(traditional ? [traditionalWarning] : []), ...assembled.warnings, ...found.warnings];
      if (page.tooDeep > 0) warnings.push(warning('too-deep', `网页中表格嵌套超过 ${MAX_TABLE_DEPTH} 层，更深处的表格及其内容未读取（${page.tooDeep} 处）。`, { depth: MAX_TABLE_DEPTH, places: page.tooDeep }));
      const date = documentDate(collector.paragraphs);
      return success({ source, title, ...(date && { date }), format: 'html', encoding, tables: found.tables, warnings });
    });
  } catch {
    return failure('html-unreadable', '无法读取这个网页文件，内容可能已损坏。请在浏览器或 Word 中打开后另存为 .docx 再导入。');
  }
}
