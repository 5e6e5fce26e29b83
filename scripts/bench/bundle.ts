// The bundle part of the benchmark: what the pane downloads before it can be used (the entry's
// scripts, gzipped, as a server would send them), against a bare React + Fluent UI v9 pane built by
// the same production configuration. Code loaded on first use (readers, ExcelJS, JSZip) is counted
// apart, since the clerk waits for it only when an action needs it.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack, { type Configuration } from 'webpack';

const ROOT = join(__dirname, '../..');

export interface BundleReport {
  firstLoadGzipBytes: number;
  baselineGzipBytes: number;
  /** firstLoadGzipBytes / baselineGzipBytes; the target is at most 1.25. */
  ratio: number;
  /** Every other script of the pane, gzipped: loaded on first use. */
  onDemandGzipBytes: number;
}

type ConfigFactory = (env: object, argv: { mode: 'production' }) => Promise<Configuration>;

export async function benchBundle(): Promise<BundleReport> {
  const work = mkdtempSync(join(tmpdir(), 'respmatrix-bench-bundle-'));
  try {
    const pane = await build(join(work, 'pane'));
    const baseline = await build(join(work, 'baseline'), './scripts/bench/baseline-pane.tsx');
    return {
      firstLoadGzipBytes: pane.initial,
      baselineGzipBytes: baseline.initial,
      ratio: Math.round((pane.initial / baseline.initial) * 100) / 100,
      onDemandGzipBytes: pane.onDemand,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Gzipped bytes of the entry's scripts, and of all the other scripts. */
async function build(outputPath: string, entry?: string): Promise<{ initial: number; onDemand: number }> {
  const { default: makeConfig } = (await import(join(ROOT, 'webpack.config.js'))) as { default: ConfigFactory };
  const config = await makeConfig({}, { mode: 'production' });
  const compiler = webpack({
    ...config,
    context: ROOT,
    ...(entry ? { entry: { taskpane: entry } } : {}),
    output: { ...config.output, path: outputPath },
    performance: { hints: false },
    plugins: (config.plugins ?? []).filter((plugin) => plugin?.constructor.name === 'HtmlWebpackPlugin'),
  });
  const stats = await new Promise<webpack.Stats | undefined>((done, fail) => compiler.run((error, result) => (error ? fail(error) : done(result))));
  await new Promise<void>((done) => compiler.close(() => done()));
  if (!stats || stats.hasErrors()) throw new Error(`webpack failed:\n${stats?.toString('errors-only')}`);
  const json = stats.toJson({ all: false, assets: true, entrypoints: true });
  const initial = new Set((json.entrypoints?.taskpane?.assets ?? []).map((asset) => asset.name).filter((name) => name.endsWith('.js')));
  const size = (name: string) => gzipSync(readFileSync(join(outputPath, name)), { level: 9 }).length;
  const scripts = (json.assets ?? []).map((asset) => asset.name).filter((name) => name.endsWith('.js'));
  return {
    initial: scripts.filter((name) => initial.has(name)).reduce((n, name) => n + size(name), 0),
    onDemand: scripts.filter((name) => !initial.has(name)).reduce((n, name) => n + size(name), 0),
  };
}
