// Outside Excel (WPS, another spreadsheet program, a browser with no Office) and for 分发 inside it:
// the batch analysed and written as files to download, the combined workbook (.xlsx) or every
// bureau's task list in one .zip; the same files the CLI's build and --per-unit write. Loaded on
// first use, with ExcelJS and JSZip. Nothing leaves the machine: the bytes go to a download.

import JSZip from 'jszip';
import { localDay } from '../core/deadlines/calendar';
import { planWorkbook } from '../core/plan/workbook';
import { directoryToRows } from '../core/units/directory-rows';
import { renderAnalysis } from '../xlsx/render-analysis';
import type { Batch, Choices, Progress, RunOutcome } from './pane-state';
import { analyseBatch, flagItems, unitLines } from './workspace';

export interface DownloadFile {
  fileName: string;
  bytes: Uint8Array;
  type: string;
}

export type DownloadKind = 'workbook' | 'bureaus';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `units`: for 分发, only these bureaus' lists (all when absent). */
export async function download(batch: Batch, choices: Choices, kind: DownloadKind, progress: Progress, units?: readonly string[]): Promise<{ run: RunOutcome; file: DownloadFile }> {
  progress('正在拆分责任单位并审核…');
  const analysis = analyseBatch(batch, choices);
  const options = { importSheets: choices.options.importSheets, unitSheets: choices.options.unitSheets, on: localDay(new Date()) };
  progress(kind === 'workbook' ? '正在生成工作簿…' : '正在生成各单位工作簿…');
  const rendered = await renderAnalysis(analysis, { ...options, perUnit: kind === 'bureaus', ...(units ? { units } : {}) });
  const base = batch.documents.length === 1 ? (batch.documents[0]?.title ?? '分工表') : '分工表';
  let file: DownloadFile;
  if (kind === 'workbook') {
    file = { fileName: `${base}.xlsx`, bytes: rendered.combined, type: XLSX };
  } else {
    const zip = new JSZip();
    for (const bureau of rendered.bureaus) zip.file(bureau.fileName, bureau.bytes);
    file = { fileName: `${base}-各单位任务清单.zip`, bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), type: 'application/zip' };
  }
  const plan = planWorkbook(analysis, { ...options, directoryRows: directoryToRows(analysis.directory) });
  return {
    run: {
      outcome: {
        ok: true,
        title: '已下载 · Downloaded',
        lines: [
          `${batch.documents.length} 份文件、${analysis.tasks.length} 项任务，拆分出 ${analysis.byUnit.length} 个单位；发现 ${analysis.flags.length} 个审核问题。`,
          kind === 'workbook' ? `「${file.fileName}」：${rendered.sheetNames.length} 个工作表。` : `「${file.fileName}」：${rendered.bureaus.length} 个单位的任务清单。`,
        ],
        warnings: [],
      },
      flags: flagItems(analysis, plan),
      units: unitLines(analysis),
    },
    file,
  };
}
