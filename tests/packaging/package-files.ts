// Reading what we ship, as the packaging, platform and reliability tests look at it: the files of a
// built folder, the entries of a zip, a PNG's size and an HTML page's scripts. Plain readers: the
// rules they are checked against stay in each test.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';

export const repoRoot = path.resolve(__dirname, '..', '..');

const zendeskAppDir = path.join(repoRoot, 'dist', 'zendesk');
const zendeskZipPath = path.join(repoRoot, 'dist', 'zendesk.zip');
const zendeskChunksPath = path.join(repoRoot, 'dist', 'zendesk-chunks.json');

/** The built Zendesk app and its upload zip, as `npm run build` leaves them. */
export const zendeskPackage = {
  appDir: zendeskAppDir,
  zipPath: zendeskZipPath,
  /** Builds the app and its zip unless both are there (a test's beforeAll). */
  buildIfMissing(): void {
    const built = [path.join(zendeskAppDir, 'manifest.json'), zendeskZipPath, zendeskChunksPath];
    if (built.every((file) => existsSync(file))) return;
    const build = spawnSync('npx', ['tsx', 'scripts/build-zendesk.ts'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  },
  /** A JSON file of the built app, by its path inside the app. */
  readJson(relative: string): unknown {
    return JSON.parse(readFileSync(path.join(zendeskAppDir, relative), 'utf8'));
  },
};

/** Every file under `dir`, relative to it, with forward slashes (dotfiles included). */
export function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

/** One file in a zip: its name and its contents (stored or deflated). */
export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** The entries of a zip file, from its central directory; throws on a file that is not a zip. */
export function zipEntries(file: string): ZipEntry[] {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${file}: no zip end-of-central-directory record`);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) {
      throw new Error(`${file}: entry ${i} is not a central-directory header`);
    }
    const method = zip.readUInt16LE(offset + 10);
    const size = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    const name = zip.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    entries.push({ name, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Width and height from a PNG's IHDR chunk; throws on a file that is not a PNG. */
export function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') {
    throw new Error(`${file}: not a PNG (bad signature)`);
  }
  if (bytes.subarray(12, 16).toString('ascii') !== 'IHDR') {
    throw new Error(`${file}: not a PNG (no IHDR chunk first)`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The `src` of each `<script>` in an HTML page, in page order. */
export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((match) => match[1] ?? '');
}
