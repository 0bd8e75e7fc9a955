/** What the bundle benchmarks share: a promise around webpack's Node API, and sizes in KB. */
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';

/** KB (1024 B), one decimal. */
export const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

/** Gzipped size in bytes (zlib's default level, as servers send it). */
export const gzipped = (content: Buffer | Uint8Array): number => gzipSync(content).length;

/** Runs one webpack build; rejects on errors. */
export function compile(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (!stats) return reject(new Error('webpack returned no stats'));
      if (stats.hasErrors()) {
        return reject(new Error(stats.toString({ all: false, errors: true, colors: false })));
      }
      resolve(stats);
    });
  });
}
