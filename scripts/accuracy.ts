// `npm run -s accuracy -- [--json] [--record-floor]`: how the tool reads the real plans of test/corpus
// against the labels written by hand: per file and in total, task rows found, unit sets exact, lead
// sets exact, and every miss. --json prints one object: {"totals":{documents,places,tasks,rowsFound,
// unitsExact,leadsExact},"files":[…]}. --record-floor writes each document's figures as the floor
// the tests hold it to (test/scripts/accuracy/floor.json), and refuses when any document reads worse
// than its floor: a floor is raised, never lowered.

import { parseArgs } from 'node:util';
import { fallenBelow, readFloor, writeFloor } from './accuracy/floor';
import { measureCorpus, type DocumentAccuracy } from './accuracy/measure';
import { runMain } from '../src/cli/run-main';

const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);

function missLines(file: DocumentAccuracy): string[] {
  return file.scores
    .filter((s) => !s.unitsExact || !s.leadsExact)
    .map((s) =>
      !s.found
        ? `    未读到 not found: 「${s.label.text}」`
        : `    「${s.label.text}」 units ${s.unitsExact ? 'ok' : `[${s.units.join('、')}] ≠ [${s.label.units.join('、')}]`}` +
          `; lead ${s.leadsExact ? 'ok' : `[${s.lead.join('、')}] ≠ [${s.label.lead.join('、')}]`}`,
    );
}

async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' }, 'record-floor': { type: 'boolean' } }, strict: true });
  const { totals, files } = await measureCorpus();
  if (values['record-floor']) {
    const fallen = fallenBelow(readFloor(), files);
    if (fallen.length > 0) {
      process.stderr.write(`读得比记录的下限差，未写入 / read worse than the floor, not recorded:\n${fallen.join('\n')}\n`);
      return 1;
    }
    writeFloor(files);
    process.stdout.write(`floor recorded for ${files.length} documents\n`);
    return 0;
  }
  if (values.json) {
    process.stdout.write(JSON.stringify({ totals, files: files.map(({ scores, ...file }) => ({ ...file, misses: scores.filter((s) => !s.unitsExact || !s.leadsExact) })) }, null, 2) + '\n');
    return 0;
  }
  for (const file of files) {
    process.stdout.write(
      `${file.id} (${file.place}, ${file.layout}): ${file.rowsFound}/${file.tasks} found, units ${file.unitsExact}, lead ${file.leadsExact}` +
        `${file.refused ? ` — refused: ${file.refused}` : ''}\n`,
    );
    for (const line of missLines(file)) process.stdout.write(`${line}\n`);
  }
  const t = totals;
  process.stdout.write(
    `\n${t.documents} documents from ${t.places} places, ${t.tasks} labelled tasks: found ${t.rowsFound} (${percent(t.rowsFound, t.tasks)}), ` +
      `unit sets exact ${t.unitsExact} (${percent(t.unitsExact, t.tasks)}), lead sets exact ${t.leadsExact} (${percent(t.leadsExact, t.tasks)})\n`,
  );
  return 0;
}

runMain(main);
