// Draws the Zendesk marketplace logos (a white "T" in a speech bubble on teal) as real PNGs with
// node:zlib, so no image tool is needed. Run `npx tsx scripts/make-logos.ts` and commit the PNGs.
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

const teal: Rgba = [3, 105, 94, 255];
const white: Rgba = [255, 255, 255, 255];
const clear: Rgba = [0, 0, 0, 0];

/** The colour of the pixel at (x, y) of a `size` square logo, drawn in unit coordinates. */
function pixel(x: number, y: number, size: number): Rgba {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  // Rounded square background (radius 18% of the side).
  const r = 0.18;
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  if (dx * dx + dy * dy > r * r) return clear;
  // Speech bubble: a rounded rectangle with a tail at the bottom left.
  const inBubbleBody = u > 0.18 && u < 0.82 && v > 0.2 && v < 0.68;
  const inTail = v >= 0.68 && v < 0.82 && u > 0.28 && u < 0.28 + (0.82 - v) * 1.1;
  if (!inBubbleBody && !inTail) return teal;
  // A teal "T" inside the white bubble.
  const inBar = v > 0.29 && v < 0.37 && u > 0.32 && u < 0.68;
  const inStem = u > 0.46 && u < 0.54 && v >= 0.37 && v < 0.6;
  return inBar || inStem ? teal : white;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A `size`×`size` RGBA PNG of the logo. */
export function logoPng(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    const row = y * (size * 4 + 1);
    rows[row] = 0; // filter: none
    for (let x = 0; x < size; x += 1) {
      Buffer.from(pixel(x, y, size)).copy(rows, row + 1 + x * 4);
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync('manifests/zendesk/assets/logo.png', logoPng(320));
writeFileSync('manifests/zendesk/assets/logo-small.png', logoPng(128));
console.log('wrote manifests/zendesk/assets/logo.png (320×320) and logo-small.png (128×128)');
