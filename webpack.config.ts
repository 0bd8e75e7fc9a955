// Builds the Zendesk app into dist/zendesk in zcli's layout: manifest.json, requirements.json,
// translations/, and assets/ (index.html, our bundle and its lazy chunks, logos). The ZAF SDK is not
// bundled: index.html loads it from Zendesk's CDN.
// Run through webpack's Node API by scripts/build-zendesk.ts (webpack-cli is not installed).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import type { Compiler, Configuration, WebpackPluginInstance } from 'webpack';
import { splitHolidayData } from './scripts/split-holidays';

const root = path.dirname(fileURLToPath(import.meta.url));

/** Where the zcli-ready app folder is written. */
export const zendeskDist = path.join(root, 'dist', 'zendesk');

/**
 * Where the app loads the ZAF SDK: Zendesk's CDN, the 2.0 line, so Zendesk's patch releases apply
 * without a new app version. Source: the script tag in Zendesk's app scaffolds
 * (github.com/zendesk/app_scaffolds, packages/react/src/index.html and packages/basic/assets/iframe.html).
 */
export const zafSdkCdnUrl =
  'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';

/**
 * The app's Content-Security-Policy: scripts only from the app's own asset origin and that one SDK
 * file on Zendesk's CDN (a path source, so nothing else on that host); no network from the iframe
 * (every API call goes through the ZAF proxy over postMessage); inline styles because
 * styled-components injects <style> tags.
 */
export const zendeskCsp = [
  "default-src 'none'",
  `script-src 'self' ${zafSdkCdnUrl}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * One country's holiday data a chunk (shared/calendar/holidays-by-country.ts), 207 of them: named
 * by id under one template, so the runtime finds them with one expression instead of carrying each
 * name and content hash in the first load. The holiday library's version in the name stands in for
 * the content hash (the data changes only with it). Writes the per-country files first
 * (scripts/split-holidays.ts), so every build (npm run build, the bench, npm start) has them.
 */
class HolidayChunksPlugin implements WebpackPluginInstance {
  apply(compiler: Compiler): void {
    splitHolidayData(); // generated/holidays, written before webpack looks for it
    const version = (
      JSON.parse(
        readFileSync(path.join(root, 'node_modules', 'date-holidays', 'package.json'), 'utf8'),
      ) as { version: string }
    ).version;
    const holidayData = /[\\/]generated[\\/]holidays[\\/][A-Z]{2}\.json$/;
    compiler.hooks.compilation.tap('HolidayChunksPlugin', (compilation) => {
      compilation.hooks.optimizeChunks.tap('HolidayChunksPlugin', (chunks) => {
        for (const chunk of chunks) {
          const modules = compilation.chunkGraph.getChunkModules(chunk);
          const isHolidays =
            modules.length > 0 &&
            modules.every((module) => holidayData.test(module.nameForCondition() ?? ''));
          if (isHolidays) chunk.filenameTemplate = `assets/holidays-${version}-[id].js`;
        }
      });
    });
  }
}

/** The webpack configuration for the Zendesk sidebar. */
export function zendeskWebpackConfig(
  mode: 'production' | 'development' = 'production',
): Configuration {
  return {
    mode,
    context: root,
    target: 'web',
    devtool: mode === 'production' ? false : 'source-map',
    entry: { app: './apps/zendesk/ui/main.tsx' },
    output: {
      path: zendeskDist,
      filename: 'assets/[name].[contenthash:8].js',
      chunkFilename: 'assets/[name].[contenthash:8].js',
      // Lazy chunks load relative to the bundle, wherever Zendesk (or zcli) serves the assets.
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.json'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic' } },
                target: 'es2020',
              },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // Libraries the first paint needs; lazily loaded panels keep their own.
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: 'vendor',
            chunks: 'initial',
            priority: 10,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new HolidayChunksPlugin(),
      new HtmlWebpackPlugin({
        template: './apps/zendesk/ui/index.html',
        filename: 'assets/index.html',
        csp: zendeskCsp,
        zafSdkUrl: zafSdkCdnUrl,
        scriptLoading: 'defer',
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifests/zendesk/manifest.json', to: 'manifest.json' },
          { from: 'manifests/zendesk/requirements.json', to: 'requirements.json' },
          // Keeps `npm start`'s zcli.apps.config.json (local settings) out of every package.
          { from: 'manifests/zendesk/.zcliignore', to: '.zcliignore', toType: 'file' },
          { from: 'manifests/zendesk/translations', to: 'translations' },
          { from: 'manifests/zendesk/assets', to: 'assets' },
        ],
      }),
    ],
    stats: 'errors-warnings',
  };
}

export default zendeskWebpackConfig();
