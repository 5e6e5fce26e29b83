// The command-line tool: `npm run -s cli -- <command> FILE… [options]`.
// Reads files, calls the core, prints JSON or a readable report, and sets the exit code.
// No logic of its own lives here: each command is one file in ./commands.

import type { CommandModule } from './command';
import { runMain } from './run-main';

const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  inspect: () => import('./commands/inspect'),
  units: () => import('./commands/units'),
  audit: () => import('./commands/audit'),
  build: () => import('./commands/build'),
  due: () => import('./commands/due'),
  collect: () => import('./commands/collect'),
  compare: () => import('./commands/compare'),
};

const USAGE = `用法 / usage: npm run -s cli -- <command> FILE… [options]
  inspect FILE… [--json]                     读取附件表格 / show the tables read from each file
  units   FILE… [--json] [--directory FILE]  列出责任单位 / list the units found
  audit   FILE… [--json] [--directory FILE]  审核分工表 / audit the responsibility cells
  build   FILE… -o OUT.xlsx [--per-unit DIR] [--directory FILE]  生成工作簿 / write the workbook
  due     FILE… [--on DATE] [--within DAYS] [--json]  到期提醒 / tasks overdue or due soon, per unit
  collect BASE.xlsx RETURNED… -o OUT.xlsx [--on DATE]  回收汇总 / bring the returned workbooks into 进展汇总 (no RETURNED: 到期提醒 only)
  compare OLD… --new NEW… [--json] [-o OUT.xlsx]  年度对比 / last year's plan against this year's (or OLD… -- NEW…)`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`未知命令 / unknown command: ${name}\n${USAGE}\n`);
    return 2;
  }
  const command = await load();
  return command.run(rest);
}

runMain(main);
