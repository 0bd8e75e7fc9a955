/** What the bundle benchmarks share: the build's own webpack runner, and sizes in KB. */
import { gzipSync } from 'node:zlib';
export { compile } from '../scripts/build-zendesk';

/** KB (1024 B), one decimal. */
export const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

/** Gzipped size in bytes (zlib's default level, as servers send it). */
export const gzipped = (content: Buffer | Uint8Array): number => gzipSync(content).length;
