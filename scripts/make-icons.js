#!/usr/bin/env node
/**
 * Draws the Profielwijzer mark (a blue document with a folded corner and a white check mark) at the sizes the
 * manifest needs and writes them to assets/. No dependencies: shapes are rasterised with supersampling and the
 * PNG is encoded by hand with zlib, so the output is byte-for-byte reproducible (test/manifest.test.ts checks).
 *
 *   node scripts/make-icons.js          writes assets/icon-{16,32,64,80,128}.png
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const ICON_SIZES = [16, 32, 64, 80, 128];

// Fluent brand colours (webLightTheme brand 80 and brand 120) and white.
const BLUE = [0x0f, 0x6c, 0xbd];
const LIGHT_BLUE = [0x96, 0xc6, 0xfa];
const WHITE = [0xff, 0xff, 0xff];

// The mark in a unit square: page edges, fold size, corner radius, check mark path and stroke width.
const PAGE = { left: 0.17, top: 0.06, right: 0.83, bottom: 0.94, fold: 0.22, radius: 0.07 };
const CHECK = {
  points: [
    [0.32, 0.56],
    [0.45, 0.69],
    [0.69, 0.42],
  ],
  width: 0.1,
};

function isInsideRoundedRect(x, y, rect) {
  const { left, top, right, bottom, radius } = rect;
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The page without its top-right corner (the corner is cut along a 45° line). */
function isInsidePage(x, y) {
  if (!isInsideRoundedRect(x, y, PAGE)) return false;
  return x - (PAGE.right - PAGE.fold) - (y - PAGE.top) <= 0;
}

/** The folded-over corner: the triangle just below-left of the cut. */
function isInsideFold(x, y) {
  return (
    x >= PAGE.right - PAGE.fold &&
    y <= PAGE.top + PAGE.fold &&
    x - (PAGE.right - PAGE.fold) - (y - PAGE.top) <= 0
  );
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function isInsideCheck(x, y) {
  const [a, b, c] = CHECK.points;
  return Math.min(distanceToSegment(x, y, a, b), distanceToSegment(x, y, b, c)) <= CHECK.width / 2;
}

/** Colour of one sample point, or null where the icon is transparent. Later layers paint over earlier ones. */
function sampleColour(x, y) {
  if (!isInsidePage(x, y)) return null;
  if (isInsideCheck(x, y)) return WHITE;
  if (isInsideFold(x, y)) return LIGHT_BLUE;
  return BLUE;
}

/** RGBA pixels of the mark at one size; each pixel averages a grid of samples for smooth edges. */
function renderIcon(size) {
  const grid = size <= 32 ? 8 : 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < grid; sy++) {
        for (let sx = 0; sx < grid; sx++) {
          const colour = sampleColour((px + (sx + 0.5) / grid) / size, (py + (sy + 0.5) / grid) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const offset = (py * size + px) * 4;
      if (covered > 0) {
        // Colour is the average of the covered samples (straight alpha); alpha is the coverage.
        pixels[offset] = Math.round(r / covered);
        pixels[offset + 1] = Math.round(g / covered);
        pixels[offset + 2] = Math.round(b / covered);
        pixels[offset + 3] = Math.round((covered / (grid * grid)) * 255);
      }
    }
  }
  return pixels;
}

// zlib.crc32 is PNG's CRC (Node ≥ 20.15; the project needs Node 20.19 or later anyway).
const computeCrc32 = (bytes) => zlib.crc32(bytes);

function encodeChunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(computeCrc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A minimal PNG: IHDR (8-bit RGBA), one IDAT with unfiltered scanlines, IEND. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    encodeChunk("IHDR", header),
    encodeChunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    encodeChunk("IEND", Buffer.alloc(0)),
  ]);
}

function renderIconPng(size) {
  return encodePng(size, size, renderIcon(size));
}

function writeIcons(directory = path.join(__dirname, "..", "assets")) {
  fs.mkdirSync(directory, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = path.join(directory, `icon-${size}.png`);
    fs.writeFileSync(file, renderIconPng(size));
    return file;
  });
}

module.exports = { ICON_SIZES, renderIconPng, encodePng, computeCrc32 };

if (require.main === module) {
  for (const file of writeIcons()) console.log(`geschreven / written: ${path.relative(process.cwd(), file)}`);
}
