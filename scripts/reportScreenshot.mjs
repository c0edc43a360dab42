// The README's screenshot of `plans report` (docs/report.png), taken with Debian's Chromium.
// A PNG from Chromium is not byte-stable across machines (fonts, rasteriser), so the picture
// is not compared; the page is. The PNG carries the SHA-256 of the HTML it shows in a tEXt
// chunk, tests/unit/generated.test.ts renders the page again and compares the hashes, and this
// script (step 4 of `npm run generate`) takes a new picture only when the page has changed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crc32 } from 'node:zlib';

export const reportCommand = ['report', 'us-miami', 'kremlin', 'kyiv', 'e3-counterproposal'];
export const screenshotFile = 'docs/report.png';
export const hashKey = 'plans-report-sha256';
export const chromium = '/usr/bin/chromium';

export function sha256(text) {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The PNG's tEXt chunks, keyword → text. */
export function pngText(png) {
  const text = new Map();
  for (let at = 8; at + 12 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'tEXt') {
      const data = png.subarray(at + 8, at + 8 + length);
      const nul = data.indexOf(0);
      text.set(data.toString('latin1', 0, nul), data.toString('latin1', nul + 1));
    }
    at += 12 + length;
  }
  return text;
}

/** The PNG with a tEXt chunk added before its IEND (the last chunk, 12 bytes). */
export function withPngText(png, keyword, text) {
  const body = Buffer.concat([Buffer.from('tEXt'), Buffer.from(`${keyword}\0${text}`, 'latin1')]);
  const chunk = Buffer.alloc(body.length + 8);
  chunk.writeUInt32BE(body.length - 4, 0);
  body.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(body), body.length + 4);
  return Buffer.concat([png.subarray(0, png.length - 12), chunk, png.subarray(png.length - 12)]);
}

async function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const bin = join(root, 'bin', 'plans.js');
  const run = spawnSync(process.execPath, [bin, ...reportCommand], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`plans ${reportCommand.join(' ')} failed: ${run.stderr.trim()}`);
  const html = run.stdout;
  const target = join(root, screenshotFile);
  if (existsSync(target) && pngText(readFileSync(target)).get(hashKey) === sha256(html)) {
    console.log(`generate: ${screenshotFile} is current`);
    return;
  }
  if (!existsSync(chromium)) {
    throw new Error(`${screenshotFile} is stale and ${chromium} is missing (apt-get install chromium)`);
  }
  const { default: puppeteer } = await import('puppeteer-core');
  const dir = mkdtempSync(join(tmpdir(), 'plans-report-'));
  const browser = await puppeteer.launch({ executablePath: chromium, args: ['--no-sandbox'] });
  try {
    writeFileSync(join(dir, 'report.html'), html);
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(pathToFileURL(join(dir, 'report.html')).href, { waitUntil: 'load' });
    // The matrix at the top, one value opened onto its sources, notes and disputed claims.
    await page.evaluate(() => {
      document.getElementById('matrix-heading').scrollIntoView();
      document.querySelector('#family-ceasefire tr[data-verdict=differ] td:nth-child(4) details').open = true;
    });
    const png = Buffer.from(await page.screenshot({ type: 'png' }));
    writeFileSync(target, withPngText(png, hashKey, sha256(html)));
    console.log(`generate: wrote ${screenshotFile}`);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(`generate: ${e.message}`);
    process.exit(1);
  });
}
