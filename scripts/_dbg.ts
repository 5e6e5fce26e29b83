import { readFileSync } from 'node:fs';
import { loadWorkbook, sheetText } from '../src/xlsx/read-workbook';
(async () => {
  const l = await loadWorkbook(readFileSync(process.argv[2]!));
  if (!l.ok) throw new Error('x');
  const ws = l.value.workbook.getWorksheet(process.argv[3]!)!;
  const t = sheetText(ws);
  for (const r of t.cells.slice(0, Number(process.argv[4] ?? 5))) console.log(JSON.stringify(r));
})();
