// The app's icons, drawn from one description (no downloads, no image tools):
// public/icon.svg for browsers that take SVG, and PNGs at 192 and 512 px for
// the web app manifest and home screens. The picture fills the square (a
// "maskable" icon: the OS rounds or crops it) and keeps its content inside
// the central 80% that every mask shows. Run: npm run icons.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; r: number; fill: string }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string };

// On a 512 grid: a person and a token on a balance (tokens or people).
const BLUE = '#0057a3';
const SHAPES: Shape[] = [
  { kind: 'rect', x: 0, y: 0, w: 512, h: 512, r: 0, fill: BLUE },
  { kind: 'circle', cx: 176, cy: 196, r: 44, fill: '#ffffff' },
  { kind: 'rect', x: 124, y: 254, w: 104, h: 118, r: 40, fill: '#ffffff' },
  { kind: 'circle', cx: 340, cy: 296, r: 78, fill: '#f5b700' },
  { kind: 'circle', cx: 340, cy: 296, r: 50, fill: BLUE },
  { kind: 'circle', cx: 340, cy: 296, r: 26, fill: '#f5b700' },
  { kind: 'rect', x: 120, y: 392, w: 272, h: 20, r: 10, fill: '#ffffff' },
];

function svg(): string {
  const body = SHAPES.map((s) =>
    s.kind === 'rect'
      ? `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${s.fill}"/>`
      : `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${s.fill}"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><title>Tokens or people</title>${body.join('')}</svg>\n`;
}

function inside(s: Shape, x: number, y: number): boolean {
  if (s.kind === 'circle') return (x - s.cx) ** 2 + (y - s.cy) ** 2 <= s.r ** 2;
  if (x < s.x || x > s.x + s.w || y < s.y || y > s.y + s.h) return false;
  // Rounded corners: the distance to the inner rectangle.
  const dx = Math.max(s.x + s.r - x, 0, x - (s.x + s.w - s.r));
  const dy = Math.max(s.y + s.r - y, 0, y - (s.y + s.h - s.r));
  return dx * dx + dy * dy <= s.r * s.r;
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** RGBA pixels, 4×4 samples a pixel, the last shape drawn on top. */
function raster(size: number): Buffer {
  const out = Buffer.alloc(size * size * 4);
  const scale = 512 / size;
  const colours = SHAPES.map((s) => rgb(s.fill));
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0];
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const x = (px + (sx + 0.5) / 4) * scale;
          const y = (py + (sy + 0.5) / 4) * scale;
          let c = colours[0];
          for (let k = SHAPES.length - 1; k >= 0; k--) {
            if (inside(SHAPES[k], x, y)) {
              c = colours[k];
              break;
            }
          }
          for (let i = 0; i < 3; i++) acc[i] += c[i];
        }
      }
      const o = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) out[o + i] = Math.round(acc[i] / 16);
      out[o + 3] = 255;
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
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG (RGBA, 8 bits, no filter). */
export function png(size: number): Buffer {
  const pixels = raster(size);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

writeFileSync('public/icon.svg', svg());
for (const size of [192, 512]) writeFileSync(`public/icon-${size}.png`, png(size));
console.log('public/icon.svg, public/icon-192.png, public/icon-512.png');
