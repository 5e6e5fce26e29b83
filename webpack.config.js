// Builds into dist/ (1) the task pane: taskpane.html, its bundle, the icons, the help page (the
// manifest's SupportUrl) and the manifest (made deployable afterwards by scripts/deploy-manifest.ts);
// and (2) the single offline file 分工表助手.html for offices without Excel: every script and the icon
// inlined, no other file, nothing fetched. `npm run build` works without dev certificates; only
// `webpack serve` asks for them (and serves the pane alone).
const path = require('node:path');
const { readFileSync } = require('node:fs');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const HtmlInlineScriptPlugin = require('html-inline-script-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = 3000; // manifest.xml points at https://localhost:3000
const DIST = path.resolve(__dirname, 'dist');
/** The offline file, as the clerk finds it in dist/ and hands it on. */
const OFFLINE_PAGE = '分工表助手.html';

const typescript = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: [
    // Griffel's build-time transform: makeStyles calls become precompiled CSS, so the pane ships
    // without the runtime style compiler (Fluent UI's own components come precompiled already).
    { loader: '@griffel/webpack-loader' },
    // tsconfig.json says noEmit for `tsc --noEmit`; the loader must emit. Type checking is lint's job.
    { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
  ],
};

/** @returns {Promise<import('webpack').Configuration | import('webpack').Configuration[]>} */
module.exports = async (env = {}, argv = {}) => {
  const pane = await paneConfig(env, argv);
  return env.WEBPACK_SERVE ? pane : [pane, offlineConfig(argv)];
};

/** @returns {Promise<import('webpack').Configuration>} */
async function paneConfig(env = {}, argv = {}) {
  const production = argv.mode === 'production';
  return {
    name: 'pane',
    mode: production ? 'production' : 'development',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: DIST,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      // The offline file is the other build's, made beside this one.
      clean: { keep: (asset) => asset === OFFLINE_PAGE },
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: { rules: [typescript] },
    devtool: production ? false : 'source-map',
    // React + Fluent UI v9 alone is about 330 KiB minified; warn when the pane grows well past that.
    performance: { maxAssetSize: 400 * 1024, maxEntrypointSize: 400 * 1024 },
    plugins: [
      new HtmlWebpackPlugin({ template: 'src/taskpane/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'], icon: 'assets/icon-32.png', officeJs: true }),
      // The README's screenshots stay out of the pane.
      new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets', globOptions: { ignore: ['**/screenshots/**'] } }, { from: 'manifest.xml' }, { from: 'src/taskpane/support.html' }] }),
    ],
    devServer: env.WEBPACK_SERVE ? await devServer() : undefined,
  };
}

/**
 * The offline file: the pane outside Excel as one page a clerk opens by double-click (file://). The chunks
 * the pane loads on first use (readers, ExcelJS, JSZip) are forced into the one script, which is inlined
 * into the page with the icon as data: URIs; it never asks for Office.js.
 * @returns {import('webpack').Configuration}
 */
function offlineConfig(argv = {}) {
  const production = argv.mode === 'production';
  return {
    name: 'offline',
    mode: production ? 'production' : 'development',
    entry: { offline: './src/taskpane/offline.tsx' },
    // publicPath '': nothing is fetched, so no URL is ever worked out from the script's (absent) src.
    output: { path: DIST, filename: 'offline.js', publicPath: '', clean: false },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: { rules: [typescript, { test: /\.png$/, type: 'asset/inline' }] },
    devtool: false,
    // One file of some 1.5 MB by design: it is opened from disk, not downloaded.
    performance: { hints: false },
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      // In the body: an inline script runs at once (defer is for scripts with a src), after #root.
      new HtmlWebpackPlugin({ template: 'src/taskpane/taskpane.html', filename: OFFLINE_PAGE, inject: 'body', icon: dataUri('assets/icon-32.png'), officeJs: false }),
      new HtmlInlineScriptPlugin(),
      new LicencesInPage(),
    ],
  };
}

/**
 * The licence comments the minimizer takes out of a script go into a .LICENSE.txt beside it; the offline
 * file keeps them inside, as an HTML comment at its top, so that the one file handed on carries them.
 */
class LicencesInPage {
  apply(compiler) {
    const name = 'LicencesInPage';
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, (assets) => {
        const files = Object.keys(assets).filter((file) => file.endsWith('.LICENSE.txt'));
        const licences = files.map((file) => assets[file].source().toString()).join('\n');
        compilation.updateAsset(OFFLINE_PAGE, (page) => {
          const html = page.source().toString().replace(/\/\*! For license information please see [^*]*\*\/\n?/, '');
          return new webpack.sources.RawSource(html.replace(/^<!doctype html>/i, (doctype) => `${doctype}\n<!--\n${licences.replaceAll('--', '- -')}\n-->\n`));
        });
        for (const file of files) compilation.deleteAsset(file);
      });
    });
  }
}

/** A file of the repository as a data: URI. */
function dataUri(file) {
  return `data:image/png;base64,${readFileSync(path.join(__dirname, file)).toString('base64')}`;
}

module.exports.paneConfig = paneConfig;
module.exports.offlineConfig = offlineConfig;
module.exports.OFFLINE_PAGE = OFFLINE_PAGE;

/** HTTPS on localhost:3000 with the Office dev certificates (installed on first use by office-addin-dev-certs). */
async function devServer() {
  const devCerts = require('office-addin-dev-certs');
  return {
    port: DEV_PORT,
    server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
    headers: { 'Access-Control-Allow-Origin': '*' },
  };
}
