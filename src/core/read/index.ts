// The one entry point for every source format: bytes in, a SourceDocument (or a clear problem) out.
// The format comes from the bytes, not the file name; each format has its own reader.

import { failure, type Result } from '../result';
import type { SourceDocument } from '../tables/raw-table';
import { readDocx } from './docx/docx-reader';
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
      return failure('doc-format', '这是 Word 97–2003 的 .doc（或 .xls、.wps）文件，无法直接读取：请在 Word 或 WPS 中“另存为” .docx 后再导入。');
    case 'pdf':
      return failure('pdf-format', '这是 PDF 文件，其中的表格无法可靠读取：请找到原始的 Word 文件（.docx）再导入。');
    case 'rtf':
      return failure('rtf-format', '这是 RTF 文件，无法直接读取：请在 Word 或 WPS 中“另存为” .docx 后再导入。');
    case 'text':
      return readTextDocument(source, bytes);
  }
}
