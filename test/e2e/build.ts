// `tsx test/e2e/build.ts DIR`: what the e2e suites need built, made once per run by the e2e project's
// global setup (global-setup.ts) in a process of its own, beside the first suites: the pane in
// production as `npm run build` builds it (with the bench's own build, so that the bench measures it
// as it would a build of its own) into DIR/pane, the single offline file (分工表助手.html) into
// DIR/offline, and the fake Office the Chromium test injects into DIR/fake-office. DIR/status.json says
// when it is done, or why it failed.

import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import webpack, { type Configuration } from 'webpack';
import { buildPane } from '../../scripts/bench/bundle';
import { builtFolders, STATUS_FILE, type BuildStatus } from './e2e-build';

const ROOT = join(__dirname, '../..');

interface Configs {
  paneConfig: (env: object, argv: { mode: 'development' }) => Promise<Configuration>;
  offlineConfig: (argv: { mode: 'production' }) => Configuration;
}

async function configs(): Promise<Configs> {
  return ((await import(join(ROOT, 'webpack.config.js'))) as { default: Configs }).default;
}

/** The fake Office as one script, fake-office.js, built with the pane's own TypeScript rule. */
async function buildFakeOffice(outputPath: string): Promise<void> {
  const config = await (await configs()).paneConfig({}, { mode: 'development' });
  await compile({
    mode: 'development',
    devtool: false,
    context: ROOT,
    entry: './test/taskpane/fake-office.ts',
    output: { path: outputPath, filename: 'fake-office.js' },
    resolve: config.resolve,
    module: config.module,
  });
}

/** The offline file as `npm run build` writes it, into outputPath. */
async function buildOffline(outputPath: string): Promise<void> {
  const config = (await configs()).offlineConfig({ mode: 'production' });
  await compile({ ...config, context: ROOT, output: { ...config.output, path: outputPath } });
}

async function compile(config: Configuration): Promise<void> {
  const compiler = webpack(config);
  const stats = await new Promise<webpack.Stats | undefined>((done, fail) => compiler.run((error, result) => (error ? fail(error) : done(result))));
  await new Promise<void>((done) => compiler.close(() => done()));
  if (!stats || stats.hasErrors()) throw new Error(`webpack failed:\n${stats?.toString('errors-only')}`);
}

async function main(dir: string): Promise<BuildStatus> {
  const { pane, fakeOffice, offline } = builtFolders(dir);
  const start = Date.now();
  try {
    await buildPane(pane);
    await buildFakeOffice(fakeOffice);
    await buildOffline(offline);
    return { ok: true, seconds: Math.round((Date.now() - start) / 1000) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

const dir = process.argv[2] ?? '';
void main(dir).then((status) => {
  writeFileSync(join(dir, `${STATUS_FILE}.part`), JSON.stringify(status));
  renameSync(join(dir, `${STATUS_FILE}.part`), join(dir, STATUS_FILE));
});
