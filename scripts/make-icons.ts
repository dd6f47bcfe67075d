// Draws SimFill's toolbar icon (a speech bubble with three code dots) at every size the manifests use,
// so the icons are reproducible from source: `node scripts/make-icons.ts`.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const BLUE: Rgba = [25, 118, 210, 255];
const WHITE: Rgba = [255, 255, 255, 255];
type Rgba = [number, number, number, number];

function pixel(x: number, y: number): Rgba | null {
  // Coordinates in 0..1. A rounded square bubble with a tail at the bottom left.
  const inRoundRect = (l: number, t: number, r: number, b: number, radius: number) => {
    const cx = Math.min(Math.max(x, l + radius), r - radius);
    const cy = Math.min(Math.max(y, t + radius), b - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= l && x <= r && y >= t && y <= b;
  };
  const inTail = y >= 0.7 && y <= 0.94 && x >= 0.18 && x <= 0.42 && x - 0.18 <= (0.94 - y) * 1.0;
  if (!inRoundRect(0.04, 0.06, 0.96, 0.76, 0.16) && !inTail) return null;
  for (const dx of [0.28, 0.5, 0.72]) if ((x - dx) ** 2 + (y - 0.41) ** 2 <= 0.085 ** 2) return WHITE;
  return BLUE;
}

function png(size: number): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const samples = 4; // 4×4 supersampling for smooth edges
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const p = pixel((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          if (p) for (let i = 0; i < 4; i++) sum[i]! += i < 3 ? p[i]! * p[3] : p[3];
        }
      const alpha = sum[3]! / samples ** 2;
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      for (let i = 0; i < 3; i++) raw[offset + i] = alpha ? Math.round(sum[i]! / sum[3]!) : 0;
      raw[offset + 3] = Math.round(alpha);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

const dir = new URL('../public/icon/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`${size}.png`, dir), png(size));
