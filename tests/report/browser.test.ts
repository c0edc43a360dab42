/**
 * `plans report` in a real browser: Debian's Chromium driven by puppeteer-core (which downloads
 * no browser). The four-plan page and the `--all` page load from file:// with no console error
 * and no request but the page itself, show one column per plan with the verdicts and values of
 * comparePlans, filter to the differing rows by mouse and keyboard, link their sources, pass
 * axe-core with no serious or critical violation, and draw something at a desktop and a phone
 * size (the screenshots are kept in test-artifacts/report/). A hostile plan runs no script.
 * Without Chromium the suite is skipped, with the reason in its name.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportPage } from '../../src/cli/commands/report.js';
import { comparePlans } from '../../src/compare/comparePlans.js';
import { shortField, verdictText } from '../../src/render/compareShared.js';
import { runCli } from '../helpers.js';
import {
  artifactsDir,
  bundledEffective,
  bundledIds,
  evilWithScriptUrl,
  hostile,
  loadYaml,
  plainYaml,
} from './support.js';

const chromium = '/usr/bin/chromium';
const skipped = existsSync(chromium)
  ? ''
  : ` — SKIPPED: no Chromium at ${chromium} (.ci/run installs Debian's chromium package)`;
// Said on stderr too: a reporter that folds skipped files away would hide the describe's name.
if (skipped) process.stderr.write(`the report's browser tests${skipped}\n`);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const four = ['us-miami', 'kremlin', 'kyiv', 'e3-counterproposal'];

interface Opened {
  readonly page: Page;
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  /** Every URL the page asked for (only the document itself is let through). */
  readonly requests: string[];
  readonly loadMs: number;
}

describe.skipIf(skipped !== '')(`the report in Chromium${skipped}`, () => {
  let browser: Browser;
  let dir: string;
  const files: Record<'four' | 'all' | 'hostile', string> = { four: '', all: '', hostile: '' };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plans-report-browser-'));
    const write = (name: keyof typeof files, html: string) => {
      files[name] = join(dir, `${name}.html`);
      writeFileSync(files[name], html);
    };
    write('four', (await runCli(['report', ...four])).stdout);
    write('all', (await runCli(['report', '--all'])).stdout);
    const plans = [evilWithScriptUrl(), loadYaml(plainYaml, 'plain')];
    write('hostile', await reportPage(plans, plans));
    mkdirSync(artifactsDir, { recursive: true });
    browser = await puppeteer.launch({ executablePath: chromium, args: ['--no-sandbox'] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(file: string, viewport = { width: 1280, height: 800 }): Promise<Opened> {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    const url = pathToFileURL(file).href;
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      requests.push(r.url());
      if (r.url() === url) void r.continue();
      else void r.abort();
    });
    await page.goto(url, { waitUntil: 'load' });
    const loadMs = await page.evaluate(() =>
      Math.round((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd),
    );
    return { page, errors, requests, loadMs };
  }

  /** The matrix as the reader sees it: column plans, and per row its field, verdict and values. */
  async function matrix(page: Page) {
    return page.evaluate(() => ({
      columns: [...document.querySelectorAll('#matrix thead th a')].map((a) => a.textContent),
      rows: [...document.querySelectorAll<HTMLElement>('#matrix tr[data-verdict]')].map((tr) => ({
        field: tr.querySelector('th')!.textContent,
        verdict: tr.dataset.verdict,
        word: tr.querySelector('.verdict')!.textContent,
        cells: [...tr.querySelectorAll('td:not(.verdict)')].map((td) =>
          td.classList.contains('silent')
            ? null
            : {
                text: td.querySelector('.value')!.textContent,
                from: td.querySelector('summary .from')?.textContent ?? null,
              },
        ),
      })),
    }));
  }

  for (const name of ['four', 'all'] as const) {
    it(`${name}: loads from file:// with no console error and no request but itself`, async ({
      annotate,
    }) => {
      const { page, errors, requests, loadMs } = await open(files[name]);
      expect(errors).toEqual([]);
      expect(requests).toEqual([pathToFileURL(files[name]).href]);
      // The filter's script ran (its hash is in the page's CSP): the controls are shown.
      expect(await page.$eval('#controls', (e) => (e as HTMLElement).hidden)).toBe(false);
      await annotate(`${name}: ${readFileSync(files[name]).length} bytes, load event after ${loadMs} ms`);
      await page.close();
    });

    it(`${name}: one column per plan, each row's verdict and values as comparePlans gives them`, async () => {
      const { page } = await open(files[name]);
      const shown = await matrix(page);
      expect([...shown.columns].sort()).toEqual(name === 'four' ? [...four].sort() : [...bundledIds].sort());
      const ids = shown.columns as string[];
      const expected = comparePlans(bundledEffective(ids));
      expect(shown.rows.map((r) => [r.field, r.verdict, r.word])).toEqual(
        expected.rows.map((r) => [
          shortField(r.field),
          r.verdict,
          `${{ agree: '= ', differ: '≠ ', single: '1 ' }[r.verdict]}${verdictText(r, ids)}`,
        ]),
      );
      expect(shown.rows.map((r) => r.cells)).toEqual(
        expected.rows.map((r) =>
          r.cells.map((c) => (c ? { text: c.text, from: c.from ? `from ${c.from}` : null } : null)),
        ),
      );
      await page.close();
    });
  }

  it('the differ-only filter hides agreeing rows, by click and by keyboard; print shows every row opened', async () => {
    const { page } = await open(files.four);
    const visible = () =>
      page.$$eval('#matrix tr[data-verdict]', (trs) =>
        trs.map((tr) => [(tr as HTMLElement).dataset.verdict, tr.checkVisibility()] as const),
      );
    const before = await visible();
    expect(before.every(([, v]) => v)).toBe(true);
    expect(new Set(before.map(([verdict]) => verdict))).toEqual(new Set(['agree', 'differ', 'single']));
    const status = () => page.$eval('#filter-status', (e) => e.textContent);
    const total = before.length;
    const differ = before.filter(([verdict]) => verdict === 'differ').length;
    expect(await status()).toBe(`Showing ${total} of ${total} fields.`);

    await page.click('#differ-only');
    const after = await visible();
    expect(after.filter(([, v]) => v).map(([verdict]) => verdict)).toEqual(Array(differ).fill('differ'));
    expect(await status()).toBe(`Showing ${differ} of ${total} fields.`);

    await page.focus('#differ-only');
    await page.keyboard.press('Space');
    expect((await visible()).every(([, v]) => v)).toBe(true);
    await page.keyboard.press('Space');
    expect((await visible()).filter(([, v]) => v)).toHaveLength(differ);

    // Printed, the filter and the controls are gone and every value is opened.
    await page.emulateMediaType('print');
    expect((await visible()).every(([, v]) => v)).toBe(true);
    expect(await page.$eval('#controls', (e) => e.checkVisibility())).toBe(false);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.$$eval('details:not([open])', (d) => d.length)).toBe(0);
    // Sources print once per clause (What each plan says), not again under each of its values.
    const printed = await page.evaluate(() => ({
      underValues: [...document.querySelectorAll('#matrix .value-sources')].some((e) => e.checkVisibility()),
      perClause: [...document.querySelectorAll('#matrix tr:not([data-verdict]) .more li')].every((e) =>
        e.checkVisibility(),
      ),
    }));
    expect(printed).toEqual({ underValues: false, perClause: true });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.$$eval('details[open]', (d) => d.length)).toBe(0);
    await page.close();
  });

  it('a value opens onto its sources: https links with their title, publisher and date', async () => {
    const { page } = await open(files.four);
    // kyiv's start of the ceasefire: after the field and the verdict, the plan's column.
    const column = 3 + four.indexOf('kyiv');
    const cell = (await page.$(`#family-ceasefire tr[data-verdict] td:nth-child(${column}) details`))!;
    expect(await cell.$eval('.more', (e) => e.checkVisibility())).toBe(false);
    await (await cell.$('summary'))!.click();
    const sources = await cell.$$eval('.more li', (lis) =>
      lis.map((li) => ({
        text: li.textContent,
        href: li.querySelector('a')?.getAttribute('href'),
        rel: li.querySelector('a')?.getAttribute('rel'),
        visible: li.checkVisibility(),
      })),
    );
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((s) => s.visible)).toBe(true);
    const linked = sources.filter((s) => s.href !== undefined);
    expect(linked.length).toBeGreaterThan(0);
    for (const s of linked) {
      expect(s.href).toMatch(/^https:\/\//);
      expect(s.rel).toBe('noopener noreferrer');
    }
    // "Title — Publisher, 2025-12-01" where the plan names them.
    expect(sources.some((s) => / — .+, \d{4}-\d{2}-\d{2}/.test(s.text ?? ''))).toBe(true);
    await page.close();
  });

  it('a hostile plan runs no script and shows its markup as text', async () => {
    const { page, errors } = await open(files.hostile);
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    await page.hover('#matrix summary');
    const state = await page.evaluate(() => ({
      pwned: (window as { __pwned?: unknown }).__pwned,
      scripts: document.scripts.length,
      styles: document.querySelectorAll('style').length,
      // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered is the point
      text: document.body.innerText,
      scriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
      // The stylesheet survived `</style>` in the plan: the field column is still pinned.
      pinned: getComputedStyle(document.querySelector('#matrix tbody th[scope=row]')!).position,
    }));
    expect(state.pwned).toBeUndefined();
    expect(state.scripts).toBe(1);
    expect(state.styles).toBe(1);
    expect(state.scriptLinks).toBe(0);
    expect(state.pinned).toBe('sticky');
    for (const s of [hostile.title, hostile.note, hostile.claim, hostile.sourceTitle, hostile.scriptUrl])
      expect(state.text).toContain(s);
    expect(errors).toEqual([]);
    await page.close();
  });

  // The four-plan page with every timeline and the values of its first three families opened
  // (what is closed is not checked).
  // The page of all plans without its closed timelines (the four-plan page checks them opened)
  // and with the matrix's first two families only (sovereignty, ceasefire): every family's rows
  // are built alike. Those parts are taken out of the page, not only excluded: axe builds its
  // tree of the whole document first, and the other families and timelines are 50,000 nodes.
  for (const [name, opened] of [
    ['four', true],
    ['all', false],
  ] as const) {
    it(`${name}: axe-core finds no serious or critical violation${opened ? ', every value opened' : ''}`, async () => {
      const { page } = await open(files[name]);
      await page.evaluate((opened) => {
        // Sections off screen are not rendered until scrolled to; axe needs them rendered.
        for (const s of document.querySelectorAll<HTMLElement>('main > section'))
          s.style.contentVisibility = 'visible';
        // Every family's rows are built alike: the first few (recognition, with its zones,
        // among them) stand for the rest, which are taken out.
        if (opened) {
          for (const e of document.querySelectorAll('#matrix > tbody:nth-of-type(n+4)')) e.remove();
          for (const d of document.querySelectorAll('details')) d.open = true;
        } else
          for (const e of document.querySelectorAll('details.position, #matrix > tbody:nth-of-type(n+3)'))
            e.remove();
      }, opened);
      // Evaluated through the DevTools protocol, which the page's CSP does not govern.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        type Violation = { id: string; impact: string; nodes: { target: string[] }[] };
        const { axe } = window as unknown as {
          axe: { run: (c: object, o: object) => Promise<{ violations: Violation[] }> };
        };
        const r = await axe.run(document, { resultTypes: ['violations'] });
        return r.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id} (${v.impact}): ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(', ')}`,
          );
      });
      expect(violations).toEqual([]);
      await page.close();
    }, 180_000);
  }

  for (const [label, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`a screenshot at ${viewport.width}×${viewport.height} (${label}) is not blank`, async () => {
      const { page } = await open(files.four, viewport);
      const png = Buffer.from(await page.screenshot({ type: 'png' }));
      writeFileSync(join(artifactsDir, `report-${viewport.width}x${viewport.height}.png`), png);
      await page.close();
      // Counted in a blank page (no CSP there): drawn onto a canvas, pixel by pixel.
      const blank = await browser.newPage();
      const stats = await blank.evaluate(
        async (src) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.width;
          canvas.height = img.height;
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          const data = ctx.getImageData(0, 0, img.width, img.height).data;
          const counts = new Map<number, number>();
          for (let i = 0; i < data.length; i += 4) {
            const rgb = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
            counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
          }
          return {
            width: img.width,
            colours: counts.size,
            commonest: Math.max(...counts.values()) / (data.length / 4),
          };
        },
        `data:image/png;base64,${png.toString('base64')}`,
      );
      await blank.close();
      expect(stats.width).toBe(viewport.width);
      expect(stats.colours).toBeGreaterThan(50);
      expect(stats.commonest).toBeLessThan(0.95);
    });
  }

  it('the phone layout scrolls the matrix sideways with the field column pinned', async () => {
    const { page } = await open(files.four, { width: 390, height: 844 });
    const pinned = await page.evaluate(() => {
      const scroller = document.querySelector('#matrix')!.parentElement!;
      const th = document.querySelector('#family-recognition tr[data-verdict] th')!;
      const before = th.getBoundingClientRect().left;
      scroller.scrollLeft = 400;
      return {
        scrolls: scroller.scrollWidth > scroller.clientWidth,
        pageFits: document.documentElement.scrollWidth <= 390,
        moved: th.getBoundingClientRect().left - before,
      };
    });
    expect(pinned).toEqual({ scrolls: true, pageFits: true, moved: 0 });
    await page.close();
  });
});
