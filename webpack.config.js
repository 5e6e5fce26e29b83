// Builds the task pane into dist/: taskpane.html, its bundle, the icons, the help page (the manifest's
// SupportUrl) and the manifest (made deployable afterwards by scripts/deploy-manifest.ts).
// `npm run build` works without dev certificates; only `webpack serve` asks for them.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = 3000; // manifest.xml points at https://localhost:3000

/** @returns {Promise<import('webpack').Configuration>} */
module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  return {
    mode: production ? 'production' : 'development',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            // Griffel's build-time transform: makeStyles calls become precompiled CSS, so the pane ships
            // without the runtime style compiler (Fluent UI's own components come precompiled already).
            { loader: '@griffel/webpack-loader' },
            // tsconfig.json says noEmit for `tsc --noEmit`; the loader must emit. Type checking is lint's job.
            { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
          ],
        },
      ],
    },
    devtool: production ? false : 'source-map',
    // React + Fluent UI v9 alone is about 330 KiB minified; warn when the pane grows well past that.
    performance: { maxAssetSize: 400 * 1024, maxEntrypointSize: 400 * 1024 },
    plugins: [
      new HtmlWebpackPlugin({ template: 'src/taskpane/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'] }),
      // The README's screenshots stay out of the pane.
      new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets', globOptions: { ignore: ['**/screenshots/**'] } }, { from: 'manifest.xml' }, { from: 'src/taskpane/support.html' }] }),
    ],
    devServer: env.WEBPACK_SERVE ? await devServer() : undefined,
  };
};

/** HTTPS on localhost:3000 with the Office dev certificates (installed on first use by office-addin-dev-certs). */
async function devServer() {
  const devCerts = require('office-addin-dev-certs');
  return {
    port: DEV_PORT,
    server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
    headers: { 'Access-Control-Allow-Origin': '*' },
  };
}
