// Large blocks of sheets read in bands of whole rows, each sync's response under Excel on the web's
// 5 MB (a 20,000-row ledger or selection is more). The bands of several blocks share a sync while
// they fit. A block's first band is sized by an assumed length per cell, each next one by the bytes
// per row its bands before brought back; a sync Excel still refuses (ResponsePayloadSizeLimitExceeded)
// is read again in bands half as long. Reading changes nothing, so a refused sync costs only itself.

import { MAX_BATCH_BYTES, payloadBytes, RESULT_FRAMING_BYTES } from './sync-budget';

/** A sync's bands aim at this much, well under the limit, since rows differ in length. */
const BAND_BYTES = Math.floor(MAX_BATCH_BYTES * 0.75);

/** What a cell is assumed to bring back before any has been read: a short text with its format. */
const ASSUMED_CELL_BYTES = 100;

export interface Block {
  worksheet: Excel.Worksheet;
  /** 0-based sheet row and column of the first cell. */
  top: number;
  left: number;
  rows: number;
  columns: number;
  /** Read the number formats too (to show dates as the cells show them). */
  withFormats?: boolean;
}

export interface BlockCells {
  values: unknown[][];
  /** Only when asked for. */
  numberFormat: unknown[][];
}

/** The used part of a range, as loaded by usedPart(): where it is, or a null object when nothing is used there. */
export type UsedPart = Pick<Excel.Range, 'isNullObject' | 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount' | 'address'>;

/** Queues the load of the used part of `area` (the whole sheet when absent): its place only, read at the caller's next sync. */
export function usedPart(worksheet: Excel.Worksheet, area?: Excel.Range): UsedPart {
  const used = worksheet.getUsedRange(true);
  return (area ?? worksheet.getRangeByIndexes(0, 0, 1_048_576, 16_384)).getIntersectionOrNullObject(used).load('address,rowIndex,columnIndex,rowCount,columnCount');
}

/** A block over the used part, or undefined when nothing is used. */
export function blockOf(worksheet: Excel.Worksheet, used: UsedPart, withFormats = false): Block | undefined {
  if (used.isNullObject) return undefined;
  return { worksheet, top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, columns: used.columnCount, withFormats };
}

export async function readBlocks(context: Excel.RequestContext, blocks: Block[]): Promise<{ cells: BlockCells[]; syncs: number }> {
  const reads = blocks.map((block) => ({ block, done: 0, rowBytes: block.columns * ASSUMED_CELL_BYTES, cells: { values: [], numberFormat: [] } as BlockCells }));
  let syncs = 0;
  for (;;) {
    const open = reads.filter((read) => read.done < read.block.rows);
    if (open.length === 0) return { cells: reads.map((read) => read.cells), syncs };
    let expected = 0;
    const bands = [];
    for (const read of open) {
      const { block } = read;
      const left = block.rows - read.done;
      const fit = Math.max(1, Math.floor((BAND_BYTES - expected) / read.rowBytes));
      // A tail of a tenth of a band goes with it rather than costing a sync of its own.
      const rows = left <= fit * 1.1 ? left : fit;
      if (bands.length > 0 && expected + rows * read.rowBytes > BAND_BYTES) break;
      expected += rows * read.rowBytes + RESULT_FRAMING_BYTES;
      const range = block.worksheet.getRangeByIndexes(block.top + read.done, block.left, rows, block.columns).load(block.withFormats ? 'values,numberFormat' : 'values');
      bands.push({ read, rows, range });
    }
    try {
      await context.sync();
      syncs++;
    } catch (error) {
      syncs++;
      if ((error as { code?: string }).code !== 'ResponsePayloadSizeLimitExceeded' || bands.every((band) => band.rows === 1)) throw error;
      for (const { read } of bands) read.rowBytes *= 2;
      continue;
    }
    for (const { read, rows, range } of bands) {
      read.cells.values.push(...range.values);
      if (read.block.withFormats) read.cells.numberFormat.push(...range.numberFormat);
      const bytes = payloadBytes(range.values) + (read.block.withFormats ? payloadBytes(range.numberFormat) : 0);
      read.rowBytes = Math.max(1, Math.ceil(bytes / rows));
      read.done += rows;
    }
  }
}
