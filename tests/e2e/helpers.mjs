// Shared by the end-to-end tests and the benchmark: a static server for dist/,
// Playwright (playwright-core from .tools/) driving the system Chromium, and a page
// that records every request so tests can prove nothing leaves the origin.
import { createRequire } from 'node:module';
import { before, after } from 'node:test';
import { createServer } from 'node:http';
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

/** Serves `dir` on 127.0.0.1 at a free port, optionally under a sub-folder prefix. */
export async function serve(dir = join(root, 'dist'), prefix = '/') {
  const base = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!path.startsWith(prefix)) { res.writeHead(404).end(); return; }
      path = path.slice(prefix.length - 1);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${prefix}`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
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

/**
 * A fresh browser context (its own storage) and page. `page.requests` lists every
 * URL requested; `page.errors` every uncaught page error or console error.
 */
export async function openPage(browser, url, { viewport = { width: 1366, height: 768 }, init } = {}) {
  const context = await browser.newContext({ viewport, locale: 'ja-JP' });
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

/** Navigates and waits until the app has rendered (its screen tabs exist). */
export async function gotoApp(page, url) {
  await page.goto(url);
  await page.getByTestId('tab-savings').waitFor();
}

export const text = (page, id) => page.getByTestId(id).innerText();

/** Replaces a field's text the way a person does: select all, type. */
export async function typeInto(page, id, value) {
  const input = page.getByTestId(id);
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
  after(async () => { await app.browser?.close(); await app.server?.close(); });
  return app;
}
