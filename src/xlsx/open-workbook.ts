// Opening a workbook someone sent back (or the combined workbook), with the checks whose failures a
// clerk can act on: a password (an encrypted .xlsx is an OLE file, not a zip), an old .xls, another
// kind of file (named when its bytes tell: a PDF, a Word document), a damaged file, or a zip bomb
// (every entry is inflated once under the shared zip limits, counted, before anything reads it). A returned workbook is then read part by part (read-cells.ts):
// no ExcelJS, so the pane's 回收汇总 loads without it.

import type JSZip from 'jszip';
import type { RefusedFile, ReturnedFile } from '../core/loop/returned-file';
import { failure, failureBecause, warning, type Result } from '../core/result';
import { checkZip } from '../core/text/zip';
import { modifiedAt, readSheetTexts } from './read-cells';

/** Far above any returned task list; a larger file is refused before it is unpacked. */
const MAX_BYTES = 50 * 1024 * 1024;
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** 「%PDF-」: a PDF picked (or sent back) instead of the workbook is named as one. */
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** 「EncryptionInfo」 in UTF-16LE: the stream an encrypted Office file keeps in its OLE container. */
const ENCRYPTION_INFO = [...'EncryptionInfo'].flatMap((ch) => [ch.charCodeAt(0), 0]);
/** China Standard Time, the clerk's clock, has no daylight saving: a fixed offset is exact. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAMAGED = '文件已损坏，或不是 .xlsx 工作簿，无法打开。';

/** The package of a workbook, once it passed the checks a clerk's message can name (password, .xls, not a workbook, zip bomb). */
export async function openWorkbookZip(bytes: Uint8Array): Promise<Result<JSZip>> {
  if (bytes.length > MAX_BYTES) return failure('too-large', `文件大于 ${MAX_BYTES / 1024 / 1024} MB，不像是任务清单。`, { megabytes: MAX_BYTES / 1024 / 1024 });
  if (startsWith(bytes, OLE)) {
    return contains(bytes, ENCRYPTION_INFO)
      ? failure('password', '文件设有打开密码，无法读取；请让报送单位取消密码（文件→信息→保护工作簿）后重新报送。')
      : failure('xls', '这是旧版 .xls 文件；请在 Excel 或 WPS 中另存为 .xlsx 后再汇总。');
  }
  if (startsWith(bytes, PDF)) return failure('not-xlsx', '这是 PDF 文件，不是 Excel 工作簿（.xlsx）。', { found: 'pdf' });
  if (!startsWith(bytes, ZIP)) return failure('not-xlsx', '这不是 Excel 工作簿（.xlsx）文件。');
  const checked = await checkZip(bytes);
  if (!checked.ok) return checked.error.code === 'zip-too-large' ? failureBecause('zip-bomb', '', checked.error) : failure('damaged', DAMAGED);
  if (checked.value.file('xl/workbook.xml')) return checked;
  const other = OTHER_PACKAGES.find(([part]) => checked.value.file(part));
  return other ? failure('not-xlsx', `这是 ${other[1]}，不是 Excel 工作簿（.xlsx）。`, { found: other[2] }) : failure('damaged', DAMAGED);
}

/** The other Office packages, by the part each always has: how the message names it, and as a fact. */
const OTHER_PACKAGES: ReadonlyArray<readonly [string, string, string]> = [
  ['word/document.xml', 'Word 文档（.docx）', 'docx'],
  ['ppt/presentation.xml', 'PowerPoint 演示文稿（.pptx）', 'pptx'],
];

/** A returned workbook's sheets as text, read part by part (read-cells.ts), never whole into ExcelJS. */
export async function readReturnedFile(fileName: string, bytes: Uint8Array): Promise<ReturnedFile | RefusedFile> {
  const opened = await openWorkbookZip(bytes);
  if (!opened.ok) return { fileName, refused: opened.error };
  try {
    return { fileName, modified: chinaTime(await modifiedAt(opened.value)), sheets: await readSheetTexts(opened.value) };
  } catch {
    return { fileName, refused: warning('damaged', DAMAGED) };
  }
}

function chinaTime(moment: Date | undefined): string {
  if (!moment || Number.isNaN(moment.getTime())) return '';
  return new Date(moment.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((byte, i) => bytes[at + i] === byte);
}

function contains(bytes: Uint8Array, wanted: number[]): boolean {
  for (let at = bytes.indexOf(wanted[0] ?? 0); at >= 0; at = bytes.indexOf(wanted[0] ?? 0, at + 1)) {
    if (startsWith(bytes, wanted, at)) return true;
  }
  return false;
}
