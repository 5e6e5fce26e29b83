// `npm run -s bench -- [--json] [--rows N] [--runs N] [--parts core,excel,…] [--pane-build DIR]`: how
// long the core takes and how much memory it needs. Each part of the report is one entry of PARTS,
// keyed as in design.md's JSON contract ({"core":…,"excel":…,"bundle":…}); a part is added by adding
// its line here and its file in bench/. --parts runs only the parts named; --pane-build measures a
// production build of the pane already made there (by the tests' global setup) instead of building it.

import { parseArgs } from 'node:util';
import { benchAccuracy } from './bench/accuracy';
import { benchBuild } from './bench/build';
import { benchBundle } from './bench/bundle';
import { benchCollect } from './bench/collect';
import { benchCompare } from './bench/compare';
import { benchCore } from './bench/core';
import { benchExcel } from './bench/excel';
import { runMain } from '../src/cli/run-main';

interface BenchOptions {
  rows: number;
  runs: number;
  paneBuild?: string;
}

const PARTS: Record<string, (options: BenchOptions) => Promise<object>> = {
  core: benchCore,
  excel: benchExcel,
  bundle: benchBundle,
  collect: benchCollect,
  accuracy: benchAccuracy,
  compare: benchCompare,
  build: benchBuild,
};

const USAGE = `用法 / usage: npm run -s bench -- [--json] [--rows 20000] [--runs 7] [--parts ${Object.keys(PARTS).join(',')}] [--pane-build DIR]`;

async function main(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        json: { type: 'boolean' },
        rows: { type: 'string', default: '20000' },
        runs: { type: 'string', default: '7' },
        parts: { type: 'string', default: Object.keys(PARTS).join(',') },
        'pane-build': { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`参数错误 / bad arguments: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const options = { rows: Number(values.rows), runs: Number(values.runs), ...(values['pane-build'] ? { paneBuild: values['pane-build'] } : {}) };
  if (!Number.isInteger(options.rows) || options.rows < 4 || !Number.isInteger(options.runs) || options.runs < 1) {
    process.stderr.write(`--rows 须为不小于 4 的整数，--runs 须为正整数 / --rows must be an integer ≥ 4, --runs ≥ 1\n${USAGE}\n`);
    return 2;
  }
  const parts = values.parts.split(',');
  const unknown = parts.filter((name) => !(name in PARTS));
  if (unknown.length > 0) {
    process.stderr.write(`未知的部分 / unknown part: ${unknown.join(', ')}\n${USAGE}\n`);
    return 2;
  }
  const report: Record<string, object> = {};
  for (const [name, part] of Object.entries(PARTS)) if (parts.includes(name)) report[name] = await part(options);
  process.stdout.write((values.json ? JSON.stringify(report, null, 2) : readable(report)) + '\n');
  return 0;
}

function readable(report: Record<string, object>): string {
  return Object.entries(report)
    .map(([name, part]) => `${name}\n${JSON.stringify(part, null, 2).replace(/^/gm, '  ')}`)
    .join('\n');
}

runMain(main);
