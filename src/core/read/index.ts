// The one entry point for every source format: bytes in, a SourceDocument (or a clear problem) out.
// The format comes from the bytes, not the file name; each format has its own reader.

import { failure, type Result } from '../result';
import type { SourceDocument } from '../tables/raw-table';
import { WORKBOOK_ADVICE, readDocx } from './docx/docx-reader';
import { readHtml } from './html/html-reader';
import { sniffFormat } from './sniff';
import { readTextDocument } from './text-reader';

export async function readDocument(source: string, bytes: Uint8Array): Promise<Result<SourceDocument>> {
  if (bytes.length === 0) return failure('empty', '文件是空的（0 字节）。');
  switch (sniffFormat(bytes)) {
    case 'zip':
      return readDocx(source, bytes);
    case 'html':
      return readHtml(source, bytes);
    case 'ole2':
      return oldOfficeFile(source);
    case 'pdf':
      return failure('pdf-format', '这是 PDF 文件，其中的表格无法可靠读取：请找到原始的 Word 文件（.docx）再导入。');
    case 'rtf':
      return failure('rtf-format', '这是 RTF 文件，无法直接读取：请在 Word 或 WPS 中「另存为」.docx 后再导入。');
    case 'text':
      return readTextDocument(source, bytes);
  }
}

/**
 * Word 97–2003 .doc, WPS's .wps and the old .xls share one container (OLE2), so the bytes cannot tell
 * them apart; the name's extension chooses the answer, the bytes having said it is none we read.
 */
function oldOfficeFile(source: string): Result<SourceDocument> {
  if (/\.(xls|et)$/i.test(source)) return failure('xls-format', `这是旧版 Excel 工作簿（.xls），不是 Word 文档：${WORKBOOK_ADVICE}`);
  if (/\.wps$/i.test(source)) return failure('doc-format', '这是 WPS 文字的 .wps 文件，无法直接读取：请在 WPS 中「另存为」.docx 后再导入。', { found: 'wps' });
  return failure('doc-format', '这是 Word 97–2003 的 .doc 文件，无法直接读取：请在 Word 或 WPS 中「另存为」.docx 后再导入。');
}
