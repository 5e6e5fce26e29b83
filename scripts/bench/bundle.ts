// The bundle part of the benchmark: what the pane downloads before it can be used (the entry's
// scripts, gzipped, as a server would send them), against a bare React + Fluent UI v9 pane built by
// the same production configuration. Code loaded on first use (readers, ExcelJS, JSZip) is counted
// apart, since the clerk waits for it only when an action needs it.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** webpack.config.js's pane configuration (the offline file, its other one, is not the pane's first load). */
type ConfigFactory = { paneConfig: (env: object, argv: { mode: 'production' }) => Promise<Configuration> };

/** A production build: where it is, and its scripts, those the entry loads first and all the others. */
export interface PaneBuild {
  path: string;
  initial: string[];
  onDemand: string[];
}

/** Written into a build's folder, so that a build made once (the tests' global setup) can be measured later. */
const SCRIPTS_FILE = 'bench-scripts.json';

/** `paneBuild`: a folder buildPane already built the pane into, measured instead of building it again. */
export async function benchBundle({ paneBuild }: { paneBuild?: string } = {}): Promise<BundleReport> {
  const work = mkdtempSync(join(tmpdir(), 'respmatrix-bench-bundle-'));
  try {
    const pane = paneBuild ? readPaneBuild(paneBuild) : await buildPane(join(work, 'pane'));
    const baseline = await buildPane(join(work, 'baseline'), './scripts/bench/baseline-pane.tsx');
    const firstLoad = gzipBytes(pane, pane.initial);
    const baselineBytes = gzipBytes(baseline, baseline.initial);
    return {
      firstLoadGzipBytes: firstLoad,
      baselineGzipBytes: baselineBytes,
      ratio: Math.round((firstLoad / baselineBytes) * 100) / 100,
      onDemandGzipBytes: gzipBytes(pane, pane.onDemand),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The pane (or `entry` in its place) built as `npm run build` builds it, into outputPath. */
export async function buildPane(outputPath: string, entry?: string): Promise<PaneBuild> {
  const { default: configs } = (await import(join(ROOT, 'webpack.config.js'))) as { default: ConfigFactory };
  const config = await configs.paneConfig({}, { mode: 'production' });
  const compiler = webpack({
    ...config,
    context: ROOT,
    ...(entry ? { entry: { taskpane: entry } } : {}),
    output: { ...config.output, path: outputPath },
    performance: { hints: false },
  });
  const stats = await new Promise<webpack.Stats | undefined>((done, fail) => compiler.run((error, result) => (error ? fail(error) : done(result))));
  await new Promise<void>((done) => compiler.close(() => done()));
  if (!stats || stats.hasErrors()) throw new Error(`webpack failed:\n${stats?.toString('errors-only')}`);
  const json = stats.toJson({ all: false, assets: true, entrypoints: true });
  const initial = new Set((json.entrypoints?.taskpane?.assets ?? []).map((asset) => asset.name).filter((name) => name.endsWith('.js')));
  const scripts = (json.assets ?? []).map((asset) => asset.name).filter((name) => name.endsWith('.js'));
  const build = { initial: scripts.filter((name) => initial.has(name)), onDemand: scripts.filter((name) => !initial.has(name)) };
  writeFileSync(join(outputPath, SCRIPTS_FILE), JSON.stringify(build));
  return { path: outputPath, ...build };
}

export function readPaneBuild(path: string): PaneBuild {
  const { initial, onDemand } = JSON.parse(readFileSync(join(path, SCRIPTS_FILE), 'utf8')) as Omit<PaneBuild, 'path'>;
  return { path, initial, onDemand };
}

/** The scripts gzipped, as a server would send them. */
function gzipBytes(build: PaneBuild, names: string[]): number {
  return names.reduce((n, name) => n + gzipSync(readFileSync(join(build.path, name)), { level: 9 }).length, 0);
}
