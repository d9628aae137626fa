// Writes the app icons into public/icons/: one SVG and the PNGs Chrome wants for installing
// (192 and 512, plus a full-bleed "maskable" 512). The drawing is defined once, below, and
// both the SVG and the PNGs come from it, so they always match. No dependencies, no network:
// run `node scripts/make-icons.mjs` after changing the drawing, and commit the results.
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const ACCENT = [0x1e, 0x3a, 0x8a]; // --accent in style/main.css
const INK = [0xff, 0xff, 0xff];

// A globe (outline, one meridian, equator and two parallels) on a rounded square, in a
// 512-unit box.
const SIZE = 512;
const CORNER = 92;
const C = 256;
const R = 143;
const STROKE = 23;
const MERIDIAN_RX = 61;
const PARALLEL_DY = 72;
const parallelHalf = Math.sqrt(R * R - PARALLEL_DY * PARALLEL_DY);
const LINES = [
  [C - R, C, C + R],
  [C - parallelHalf, C - PARALLEL_DY, C + parallelHalf],
  [C - parallelHalf, C + PARALLEL_DY, C + parallelHalf],
];

function svg() {
  const hex = (rgb) => '#' + rgb.map((v) => v.toString(16).padStart(2, '0')).join('');
  const lines = LINES.map(([x0, y, x1]) => `M${r1(x0)} ${y}H${r1(x1)}`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}">`
    + `<rect width="${SIZE}" height="${SIZE}" rx="${CORNER}" fill="${hex(ACCENT)}"/>`
    + `<g fill="none" stroke="${hex(INK)}" stroke-width="${STROKE}">`
    + `<circle cx="${C}" cy="${C}" r="${R}"/>`
    + `<ellipse cx="${C}" cy="${C}" rx="${MERIDIAN_RX}" ry="${R}"/>`
    + `<path d="${lines}"/></g></svg>\n`;
}
const r1 = (v) => Math.round(v * 10) / 10;

// Is the point (in 512 units) on the ink, on the background, or outside?
function sample(x, y, fullBleed) {
  const half = STROKE / 2;
  const dx = x - C;
  const dy = y - C;
  if (Math.abs(Math.hypot(dx, dy) - R) <= half) return INK;
  // Distance to the ellipse, to first order: |f| / |grad f|.
  const a2 = MERIDIAN_RX * MERIDIAN_RX;
  const b2 = R * R;
  const f = (dx * dx) / a2 + (dy * dy) / b2 - 1;
  const grad = Math.hypot((2 * dx) / a2, (2 * dy) / b2);
  if (grad > 0 && Math.abs(f) / grad <= half) return INK;
  for (const [x0, ly, x1] of LINES) if (Math.abs(y - ly) <= half && x >= x0 && x <= x1) return INK;
  if (fullBleed) return ACCENT;
  // Rounded square.
  const qx = Math.max(Math.abs(x - C) - (C - CORNER), 0);
  const qy = Math.max(Math.abs(y - C) - (C - CORNER), 0);
  return Math.hypot(qx, qy) <= CORNER ? ACCENT : null;
}

function raster(pixels, fullBleed) {
  const N = 4; // 4x4 samples per pixel
  const scale = SIZE / pixels;
  const rows = [];
  for (let py = 0; py < pixels; py++) {
    const row = Buffer.alloc(1 + pixels * 4); // filter byte 0, then RGBA
    for (let px = 0; px < pixels; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const colour = sample((px + (sx + 0.5) / N) * scale, (py + (sy + 0.5) / N) * scale, fullBleed);
          if (!colour) continue;
          r += colour[0]; g += colour[1]; b += colour[2]; a += 1;
        }
      }
      const o = 1 + px * 4;
      if (a > 0) { row[o] = Math.round(r / a); row[o + 1] = Math.round(g / a); row[o + 2] = Math.round(b / a); }
      row[o + 3] = Math.round((a * 255) / (N * N));
    }
    rows.push(row);
  }
  return png(pixels, Buffer.concat(rows));
}

function png(size, raw) {
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = new URL('../public/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(new URL('icon.svg', dir), svg());
writeFileSync(new URL('icon-192.png', dir), raster(192, false));
writeFileSync(new URL('icon-512.png', dir), raster(512, false));
writeFileSync(new URL('icon-maskable-512.png', dir), raster(512, true));
console.log('wrote public/icons/icon.svg, icon-192.png, icon-512.png, icon-maskable-512.png');
