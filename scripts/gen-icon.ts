import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

// Draws the extension's 128×128 icon (images/icon.png) without any image library: a navy tile,
// a white speech bubble and a gold star, each pixel supersampled 4×4 for smooth edges, written
// as a PNG with zlib. `node out/scripts/gen-icon.js` rewrites it; the output is deterministic.

const SIZE = 128;
const SAMPLES = 4;
export const ICON = path.resolve(__dirname, '..', '..', 'images', 'icon.png');

type Rgba = [number, number, number, number];

function insideRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Even-odd point-in-polygon test. */
function insidePolygon(x: number, y: number, points: readonly [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function star(cx: number, cy: number, outer: number, inner: number): [number, number][] {
  const points: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
  }
  return points;
}

const STAR = star(64, 58, 30, 12.5);
const TAIL: [number, number][] = [
  [34, 88],
  [56, 88],
  [30, 110],
];

/** The colour of one sample point, front shape first. */
function sample(x: number, y: number): Rgba {
  if (insidePolygon(x, y, STAR)) return [245, 180, 35, 255];
  if (insideRoundedRect(x, y, 16, 20, 112, 94, 20) || insidePolygon(x, y, TAIL)) return [255, 255, 255, 255];
  if (insideRoundedRect(x, y, 0, 0, SIZE, SIZE, 26)) {
    // A top-to-bottom gradient from a lighter to a deeper navy.
    const t = y / SIZE;
    return [Math.round(36 - 14 * t), Math.round(82 - 34 * t), Math.round(150 - 50 * t), 255];
  }
  return [0, 0, 0, 0];
}

/** RGBA rows, each prefixed with PNG filter type 0. */
function pixels(): Buffer {
  const row = SIZE * 4 + 1;
  const out = Buffer.alloc(row * SIZE);
  for (let py = 0; py < SIZE; py++) {
    out[py * row] = 0;
    for (let px = 0; px < SIZE; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [r, g, b, a] = sample(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          // Premultiplied, so transparent corners do not darken the edge.
          sum[0] += r * a;
          sum[1] += g * a;
          sum[2] += b * a;
          sum[3] += a;
        }
      }
      const at = py * row + 1 + px * 4;
      const alpha = sum[3] / (SAMPLES * SAMPLES);
      for (let c = 0; c < 3; c++) out[at + c] = sum[3] ? Math.round(sum[c] / sum[3]) : 0;
      out[at + 3] = Math.round(alpha);
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function iconPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(pixels(), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

if (require.main === module) {
  fs.mkdirSync(path.dirname(ICON), { recursive: true });
  fs.writeFileSync(ICON, iconPng());
  console.log(`wrote ${path.relative(process.cwd(), ICON)}`);
}
