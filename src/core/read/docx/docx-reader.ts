// A .docx read into its responsibility tables: zip (with limits) → main part → safe XML → body
// walk → tables. Nothing thrown gets past readDocx; every problem comes back as a coded Chinese message.

import type { Document, Element } from '@xmldom/xmldom';
import { failure, success, type Result, type Warning } from '../../result';
import { assembleTables } from '../../tables/assemble-tables';
import { tablesOrBodyTasks } from '../body-fallback';
import type { SourceDocument } from '../../tables/raw-table';
import { TableCollector } from '../../tables/table-collector';
import { documentDate } from '../document-date';
import { documentTitle } from '../document-title';
import { openZip, type ZipArchive } from '../../text/zip';
import { readBlocks } from './body-reader';
import { mainPartName } from './main-part';
import { wordChild, wordName } from './wordml';
import { parseXml } from '../../text/xml';

/** What to do with a workbook given where a document was expected: the table is already in cells. */
export const WORKBOOK_ADVICE = '请在 Excel 中打开它，选中其中的分工表，再用加载项的「从选区导入」或「分析当前表格」。';

export async function readDocx(source: string, bytes: Uint8Array): Promise<Result<SourceDocument>> {
  try {
    return await readPackage(source, bytes);
  } catch {
    return failure('docx-unreadable', '无法读取这个 Word 文档，文件可能已损坏。请在 Word/WPS 中打开后重新另存为 .docx。');
  }
}

async function readPackage(source: string, bytes: Uint8Array): Promise<Result<SourceDocument>> {
  if (bytes.length === 0) return failure('empty', '文件是空的（0 字节）。');
  const zip = await openZip(bytes);
  if (!zip.ok) return zip;
  const part = await mainPartName(zip.value);
  if (!part.ok) return part;
  // A workbook or a presentation names its own main part (xl/workbook.xml…): not a Word body to look for.
  if (!zip.value.has(part.value) || /^(xl|ppt)\//.test(part.value)) return notWord(zip.value);
  const text = await zip.value.readText(part.value);
  if (!text.ok) return text;
  const xml = parseXml(text.value, part.value);
  if (!xml.ok) return xml;
  const body = bodyOf(xml.value);
  if (!body) return failure('xml-corrupt', `文档内部的 ${part.value} 中没有正文（w:body），文件可能已损坏。`, { part: part.value, missing: 'w:body' });
  const collector = new TableCollector();
  const warnings: Warning[] = [];
  readBlocks(body, { collector, tableCount: 0, warnings }, 0);
  const assembled = assembleTables(collector.tables);
  const found = tablesOrBodyTasks(assembled.tables, collector.paragraphs);
  warnings.push(...assembled.warnings, ...found.warnings);
  const title = documentTitle(collector.paragraphs);
  const date = documentDate(collector.paragraphs);
  return success({ source, title, ...(date && { date }), format: 'docx', encoding: 'utf-8', tables: found.tables, warnings });
}

function bodyOf(xml: Document): Element | undefined {
  const root = xml.documentElement;
  return root && wordName(root) === 'document' ? wordChild(root, 'body') : undefined;
}

function notWord(zip: ZipArchive): Result<SourceDocument> {
  if (zip.has('xl/workbook.xml')) {
    return failure('not-docx', `这是 Excel 工作簿（.xlsx），不是 Word 文档，文件本身没有问题：${WORKBOOK_ADVICE}`, { found: 'workbook' });
  }
  if (zip.has('ppt/presentation.xml')) return failure('not-docx', '这是 PowerPoint 演示文稿，不是 Word 文档，请导入 .docx 文件。', { found: 'presentation' });
  return failure('not-docx', '这是一个压缩包，但不是 Word 文档（缺少正文部分），请导入 .docx 文件。', { found: 'zip' });
}
