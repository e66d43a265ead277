// Draws the app and tray icons (a calendar with a clock, brand colour #2563eb) and writes them
// to resources/ as PNG files, using only node:zlib. Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const BRAND = [0x25, 0x63, 0xeb, 255];
const BRAND_DARK = [0x1e, 0x40, 0xaf, 255];
const WHITE = [255, 255, 255, 255];
const BLACK = [0, 0, 0, 255];

// ---- PNG encoding ----------------------------------------------------------------------------

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes RGBA pixels (Uint8Array, size*size*4) as a PNG file. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(
      raw,
      y * (size * 4 + 1) + 1,
    );
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- Shapes as signed distance functions on a 0..1 canvas --------------------------------------

const roundRect = (cx, cy, hw, hh, r) => (x, y) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const ring = (cx, cy, r, w) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) - w / 2;
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy) - w / 2;
};
const minus = (a, b) => (x, y) => Math.max(a(x, y), -b(x, y));
const above = (shape, limit) => (x, y) => Math.max(shape(x, y), y - limit);

/** Renders layers (later on top) with 4×4 supersampling. */
function render(size, layers) {
  const rgba = new Uint8Array(size * size * 4);
  const s = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < s; sy++) {
        for (let sx = 0; sx < s; sx++) {
          const x = (px + (sx + 0.5) / s) / size;
          const y = (py + (sy + 0.5) / s) / size;
          let colour = null;
          for (const [shape, c] of layers) if (shape(x, y) <= 0) colour = c;
          if (colour === null || colour[3] === 0) continue;
          const alpha = colour[3] / 255;
          r += colour[0] * alpha;
          g += colour[1] * alpha;
          b += colour[2] * alpha;
          a += alpha;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((a / (s * s)) * 255);
    }
  }
  return rgba;
}

// ---- The glyphs --------------------------------------------------------------------------------

/** Full-colour app icon: blue tile, white calendar page with a blue header and a clock. */
function appIcon() {
  const page = roundRect(0.5, 0.55, 0.3, 0.28, 0.06);
  return [
    [roundRect(0.5, 0.5, 0.44, 0.44, 0.1), BRAND],
    [page, WHITE],
    [above(page, 0.4), BRAND_DARK],
    [segment(0.38, 0.2, 0.38, 0.33, 0.05), WHITE],
    [segment(0.62, 0.2, 0.62, 0.33, 0.05), WHITE],
    [ring(0.5, 0.62, 0.13, 0.035), BRAND],
    [segment(0.5, 0.62, 0.5, 0.53, 0.03), BRAND],
    [segment(0.5, 0.62, 0.57, 0.66, 0.03), BRAND],
  ];
}

/** Tray icon in colour: a blue calendar with a white clock, readable at 16 px. */
function trayColour() {
  const body = roundRect(0.5, 0.55, 0.42, 0.38, 0.1);
  return [
    [body, BRAND],
    [segment(0.3, 0.08, 0.3, 0.26, 0.12), BRAND_DARK],
    [segment(0.7, 0.08, 0.7, 0.26, 0.12), BRAND_DARK],
    [ring(0.5, 0.6, 0.2, 0.09), WHITE],
    [segment(0.5, 0.6, 0.5, 0.47, 0.08), WHITE],
    [segment(0.5, 0.6, 0.6, 0.66, 0.08), WHITE],
  ];
}

/** macOS template: black with alpha only, so the menu bar can tint it. */
function trayTemplate() {
  const outer = roundRect(0.5, 0.55, 0.42, 0.38, 0.1);
  const body = minus(outer, roundRect(0.5, 0.58, 0.32, 0.26, 0.05));
  return [
    [body, BLACK],
    [segment(0.3, 0.08, 0.3, 0.26, 0.12), BLACK],
    [segment(0.7, 0.08, 0.7, 0.26, 0.12), BLACK],
    [ring(0.5, 0.6, 0.15, 0.08), BLACK],
    [segment(0.5, 0.6, 0.5, 0.5, 0.07), BLACK],
    [segment(0.5, 0.6, 0.58, 0.65, 0.07), BLACK],
  ];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources');
mkdirSync(root, { recursive: true });
const files = [
  ['icon.png', 512, appIcon()],
  ['tray.png', 16, trayColour()],
  ['tray@2x.png', 32, trayColour()],
  ['trayTemplate.png', 16, trayTemplate()],
  ['trayTemplate@2x.png', 32, trayTemplate()],
];
for (const [name, size, layers] of files) {
  writeFileSync(join(root, name), encodePng(size, render(size, layers)));
  console.log(`wrote resources/${name} (${size}×${size})`);
}
