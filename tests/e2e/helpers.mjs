// Shared by the end-to-end tests and the benchmark: a static server for dist/,
// Playwright (playwright-core from .tools/) driving the system Chromium, and a page
// that records every request so tests can prove nothing leaves the origin, and
// every breach of the page's Content-Security-Policy: any test in which a page
// breaks it fails (`useApp`), so every screen, in every state the tests reach,
// is checked against the policy.
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { before, after, afterEach } from 'node:test';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
export const root = resolve(here, '../..');
const require = createRequire(join(root, '.tools/package.json'));
export const { chromium } = require('playwright-core');
export const axePath = require.resolve('axe-core/axe.min.js');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** Content types a static host compresses. */
const COMPRESSED = new Set(['.html', '.js', '.wasm', '.css', '.svg', '.json', '.webmanifest']);

/**
 * Serves `dir` on 127.0.0.1 at a free port, optionally under a sub-folder prefix.
 * With `host: true` it answers as a static web host does: gzip when the browser
 * accepts it, and long caching for the hashed file names (for measuring what a
 * user gets; the tests use the plain server). `requested` lists every URL asked of
 * the server, in order.
 */
export async function serve(dir = join(root, 'dist'), prefix = '/', { host = false } = {}) {
  const base = resolve(dir);
  const requested = [];
  const server = createServer(async (req, res) => {
    requested.push(req.url);
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!path.startsWith(prefix)) { res.writeHead(404).end(); return; }
      path = path.slice(prefix.length - 1);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (host) {
        headers['cache-control'] = /-[0-9a-f]{16}(_bg)?\.\w+$|\/pkg-[0-9a-f]{16}\//.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
        if (COMPRESSED.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
          body = gzipSync(body, { level: 9 });
          headers['content-encoding'] = 'gzip';
          headers.vary = 'accept-encoding';
        }
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${prefix}`;
  return { url, requested, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch() {
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** Every Content-Security-Policy violation reported by a page since the last
 * `takeViolations()`: what was refused, by which directive, on which page. */
const violations = [];
export const takeViolations = () => violations.splice(0);

/** Reports the page's `securitypolicyviolation` events to the test (an init
 * script of `context`, so also in its later pages and after every navigation). */
async function watchPolicy(context) {
  await context.exposeBinding('__cspViolation', ({ page }, v) => { violations.push({ ...v, page: page.url() }); });
  await context.addInitScript(() => addEventListener('securitypolicyviolation', (e) => window.__cspViolation({
    directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber,
  }), true));
}

/**
 * A fresh browser context (its own storage) and page. `page.requests` lists every
 * URL requested; `page.errors` every uncaught page error or console error.
 * `context` adds options of the browser context (e.g. `{ serviceWorkers: 'block' }`).
 */
export async function openPage(browser, url, { viewport = { width: 1366, height: 768 }, init, context: options = {} } = {}) {
  const context = await browser.newContext({ viewport, locale: 'ja-JP', ...options });
  await watchPolicy(context);
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  page.requests = [];
  page.errors = [];
  page.on('request', (r) => page.requests.push(r.url()));
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  if (url) await gotoApp(page, url);
  return page;
}

/** Navigates and waits until the program has taken the pre-rendered page over. */
export async function gotoApp(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => !document.documentElement.classList.contains('loading'));
}

export const text = (page, id) => page.getByTestId(id).innerText();

/** Replaces a field's text the way a person does: select all, type. */
export async function typeInto(page, id, value) {
  await retype(page.getByTestId(id), value);
}

/** The same for a field found otherwise (one of several with a test id). */
export async function retype(input, value) {
  await input.click();
  await input.press('ControlOrMeta+a');
  if (value === '') await input.press('Backspace');
  else await input.pressSequentially(value);
}

/**
 * Registers the set-up every suite shares: a server for dist/ and one browser,
 * closed after the suite. Call inside `describe`; read `.server` / `.browser` in tests.
 */
export function useApp() {
  const app = {};
  before(async () => { app.server = await serve(); app.browser = await launch(); });
  // No page of any test may break the page's security policy.
  afterEach(() => assert.deepEqual(takeViolations(), [], 'the page broke its Content-Security-Policy'));
  after(async () => { await app.browser?.close(); await app.server?.close(); });
  return app;
}

/** An init script: the browser's print dialog (which headless Chromium does not
 * show) only counts that it was asked for, and keeps what the printed document
 * held at that moment (what a real dialog would show). */
export const PRINT_DIALOG = 'window.print = () => { window.printAsked = (window.printAsked ?? 0) + 1; window.printedText = document.getElementById("print-root")?.textContent ?? ""; };';

/**
 * Prints as a person does, with Ctrl+P (the page needs `PRINT_DIALOG`): the app
 * readies the proposal (its part of the program), then asks for the dialog; the
 * page is then printed to PDF. Returns the text of every printed page.
 */
export async function printWithKeys(page) {
  const asked = await page.evaluate(() => window.printAsked ?? 0);
  await page.keyboard.press('ControlOrMeta+p');
  await page.waitForFunction((n) => window.printAsked === n + 1, asked);
  // The document was drawn before the dialog was asked for (a dialog asked for
  // at once shows the page as it was).
  const drawn = await page.evaluate(() => window.printedText);
  assert.ok(drawn.length > 200, `the printed document when the dialog opened: ${JSON.stringify(drawn.slice(0, 80))}`);
  return pdfPages(await page.pdf({ format: 'A4' }));
}

/** The text of every page of a PDF (Mozilla's pdf.js), for checking printed pages. */
export async function pdfPages(pdf) {
  const { getDocument } = await import(join(root, '.tools/node_modules/pdfjs-dist/legacy/build/pdf.mjs'));
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    // Fonts map some kanji to their Kangxi-radical look-alikes (⽅ for 方): read them
    // as the kanji they show.
    pages.push(content.items.map((it) => it.str).join('').replace(/[\u2E80-\u2FDF]/g, (c) => c.normalize('NFKC')));
  }
  await doc.destroy();
  return pages;
}
