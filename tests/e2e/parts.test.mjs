// The program in parts (issue 18): the first visit fetches only the calculator's
// code; every other screen's part is fetched when a person first opens it — by its
// tab, by its address (#costs), from a share link straight into it — and a part
// that cannot be fetched says so in that screen, with a retry that works. Sizes
// are budgets (gzip -9, deterministic): a build over them fails here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { useApp, serve, openPage, gotoApp, text, typeInto, pdfPages, root } from './helpers.mjs';
import { builtParts } from '../../.tools/wasm-parts.mjs';

const dist = join(root, 'dist');
const KB = 1024;
/** What a cold first visit transfers before the calculator answers a keystroke.
 * 200 KB until the time study's B 13–19 one by one: the first module's code grew
 * by 2 bytes, its gzip by 0.17 KB (addresses moved), past a budget with no room
 * left (see README). */
const FIRST_VISIT_BUDGET = 201 * KB;
/** Each screen's part with what it alone needs (its own file; the chunks it shares
 * with other parts count in the whole app, and are printed beside it). */
const PART_BUDGET = 90 * KB;
/** Every file of the app: what the service worker fetches in the background once
 * the first screen is up (no screen waits for it). 480 KB until the time study's
 * 10-minute sheet (issue 19), which costs the whole app 13 KB; 500 KB until the
 * 法人 screen (issue 21), a part of its own that costs it 38 KB; 540 KB until a
 * facility is edited in the calculator with its changes going straight into the
 * 法人, 4 KB; 545 KB until the 法人 is presented, printed and handed over as a
 * link, 21.5 KB; 565 KB until three wrong figures found on a walk were mended —
 * the 法人's own licence plan and price, a field's value kept from before an edit
 * that cannot be used, the time study's results counted once for its screen and
 * the print — 5 KB; 570 KB until the demo kept its workspace as the other
 * documents do (another tab followed, a newer version's left alone) and four more
 * wrong or misleading figures found on a second walk were mended, and a review's
 * finds (a crash after leaving the 法人 mid-edit, a list price typed taken for a
 * quote, the 法人's fields not following another tab), 3.9 KB (see README). */
const APP_BUDGET = 574 * KB;

const gz = async (file) => gzipSync(await readFile(file), { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

async function pkgDir() {
  const pkg = (await readdir(dist)).filter((f) => /^pkg-[0-9a-f]{16}$/.test(f));
  assert.equal(pkg.length, 1, `one folder of program parts in dist/: ${pkg}`);
  return join(dist, pkg[0]);
}

/** Each screen, its tab, an element its part draws, and its part's name. */
const SCREENS = [
  { hash: '#costs', tab: 'tab-costs', shows: 'result-net-monthly', part: 'figures' },
  { hash: '#measure', tab: 'tab-measure', shows: 'timestudy-root', part: 'study' },
  { hash: '#features', tab: 'tab-features', shows: 'demo-overview', part: 'demo' },
  { hash: '#share', tab: 'tab-share', shows: 'share-url', part: 'share' },
  { hash: '#method', tab: 'tab-method', shows: 'methodology', part: 'figures' },
  { hash: '#group', tab: 'tab-group', shows: 'group-add-current', part: 'group' },
];

/** The program's wasm files a page asked for, by name (main_bg, split_costs, chunk_9 …). */
const wasmAsked = (page) => page.requests.filter((u) => u.endsWith('.wasm')).map((u) => u.split('/').pop().replace(/\.wasm$/, ''));

describe('the program in parts', () => {
  const app = useApp();

  it('keeps the first visit, each part and the whole app within their budgets', async () => {
    const pkg = await pkgDir();
    const parts = await builtParts(pkg);
    assert.deepEqual(Object.keys(parts).sort(), ['demo', 'figures', 'group', 'share', 'study']);
    // A cold first visit on a gzip-serving host, until the program has started.
    const host = await serve(dist, '/', { host: true });
    let first = 0;
    try {
      const page = await openPage(app.browser, null, { context: { serviceWorkers: 'block' } });
      await page.goto(host.url);
      await page.waitForFunction(() => !document.documentElement.classList.contains('loading'));
      const before = [...host.requested];
      for (const u of before) {
        const path = decodeURIComponent(new URL(u, 'http://x').pathname);
        first += await gz(join(dist, path === '/' ? 'index.html' : path));
      }
      assert.ok(!before.some((u) => /split_|chunk_/.test(u)), `no screen's part before the calculator answers: ${before}`);
      await page.context().close();
    } finally {
      await host.close();
    }
    const lines = [`first visit ${kb(first)} (budget ${kb(FIRST_VISIT_BUDGET)})`];
    let over = first > FIRST_VISIT_BUDGET ? [`first visit ${kb(first)}`] : [];
    for (const [name, files] of Object.entries(parts)) {
      assert.equal(files[0], `split_${name}.wasm`);
      const own = await gz(join(pkg, files[0]));
      let shared = 0;
      for (const f of files.slice(1)) shared += await gz(join(pkg, f));
      lines.push(`part ${name} ${kb(own)} (budget ${kb(PART_BUDGET)}), with ${files.length - 1} shared chunks ${kb(own + shared)} on a first opening`);
      if (own > PART_BUDGET) over.push(`part ${name} ${kb(own)}`);
    }
    let all = 0;
    for (const f of await readdir(dist, { recursive: true })) {
      if (/\.(html|js|css|wasm)$/.test(f)) all += await gz(join(dist, f));
    }
    lines.push(`whole app ${kb(all)} (budget ${kb(APP_BUDGET)})`);
    if (all > APP_BUDGET) over.push(`whole app ${kb(all)}`);
    console.log(lines.join('\n'));
    assert.deepEqual(over, [], `over budget:\n${lines.join('\n')}`);
  });

  it('fetches each screen\'s part when its tab is first clicked, never before', async () => {
    const page = await openPage(app.browser, app.server.url, { context: { serviceWorkers: 'block' } });
    // The first screen is the calculator's code only; it answers a keystroke.
    await typeInto(page, 'input-wage', '1000');
    assert.equal(await text(page, 'result-total-monthly'), '349,000円');
    for (const s of SCREENS) {
      await page.getByTestId(s.tab).click();
      await page.getByTestId(s.shows).waitFor();
      assert.ok(wasmAsked(page).includes(`split_${s.part}`), `${s.part} fetched on opening`);
    }
    // Back to a screen already opened: drawn at once, nothing fetched again.
    const asked = wasmAsked(page).length;
    await page.getByTestId('tab-costs').click();
    await page.getByTestId('result-net-monthly').waitFor();
    assert.equal(wasmAsked(page).length, asked);
    // The figures typed on the first screen are the ones every part shows.
    assert.match(await text(page, 'result-net-monthly'), /円/);
    await page.getByTestId('tab-share').click();
    assert.match(await page.getByTestId('share-url').inputValue(), /wage=1000/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('opens each screen by its address and from a share link straight into it', async () => {
    for (const s of SCREENS) {
      const page = await openPage(app.browser, `${app.server.url}${s.hash}`, { context: { serviceWorkers: 'block' } });
      await page.getByTestId(s.shows).waitFor();
      assert.ok(wasmAsked(page).includes(`split_${s.part}`), s.part);
      assert.deepEqual(page.errors, [], s.hash);
      await page.context().close();
    }
    // A colleague's link to the costs screen with their figures.
    const page = await openPage(app.browser, null, { context: { serviceWorkers: 'block' } });
    await gotoApp(page, `${app.server.url}#savings`);
    await typeInto(page, 'input-wage', '1200');
    await page.getByTestId('tab-share').click();
    const link = await page.getByTestId('share-url').inputValue();
    await page.context().close();
    const other = await openPage(app.browser, null, { context: { serviceWorkers: 'block' } });
    await gotoApp(other, link.replace(/#.*$/, '') + '#costs');
    await other.getByTestId('result-net-monthly').waitFor();
    assert.match(await text(other, 'notice-text'), /共有された数値を読み込みました/);
    await other.getByTestId('tab-savings').click();
    assert.equal(await other.getByTestId('input-wage').inputValue(), '1,200');
    assert.deepEqual(other.errors, []);
    await other.context().close();
  });

  it('a part that cannot be fetched says so in its screen, and the retry brings it', async () => {
    const page = await openPage(app.browser, app.server.url, { context: { serviceWorkers: 'block' } });
    // The network fails the chat demo's part once, then serves it.
    let refused = 0;
    await page.route('**/split_demo.wasm', (route) => (refused++ === 0 ? route.abort() : route.continue()));
    await page.getByTestId('tab-features').click();
    await page.getByTestId('part-failed-demo').waitFor();
    assert.match(await text(page, 'part-failed-demo'), /この画面を読み込めませんでした/);
    // In the person's language; the retry brings the screen.
    await page.getByTestId('lang-toggle').click();
    assert.match(await text(page, 'part-failed-demo'), /could not be loaded/);
    await page.getByTestId('part-retry-demo').click();
    await page.getByTestId('demo-overview').waitFor();
    assert.equal(refused, 2);
    assert.equal(await page.getByTestId('part-failed-demo').count(), 0);
    // The time study's part fails once: the rest of the app still works, and
    // coming back to the screen tries again.
    let studyRefused = 0;
    await page.route('**/split_study.wasm', (route) => (studyRefused++ === 0 ? route.abort() : route.continue()));
    await page.getByTestId('tab-measure').click();
    await page.getByTestId('part-failed-study').waitFor();
    await page.getByTestId('tab-savings').click();
    await typeInto(page, 'input-wage', '1000');
    assert.equal(await text(page, 'result-total-monthly'), '¥349,000');
    await page.getByTestId('tab-measure').click();
    await page.getByTestId('timestudy-root').waitFor();
    assert.equal(studyRefused, 2);
    // Only the loader's own reports of the refused fetches reached the console.
    assert.ok(page.errors.length > 0 && page.errors.every((e) => /fetch|Failed|TypeError|wasm/i.test(e)), String(page.errors));
    await page.context().close();
  });

  it('Ctrl+P before any other screen was opened prints the proposal', async () => {
    // The print dialog itself is the browser's: record that it was asked for.
    const page = await openPage(app.browser, null, {
      context: { serviceWorkers: 'block' },
      init: () => { window.print = () => { window.printAsked = (window.printAsked ?? 0) + 1; }; },
    });
    await gotoApp(page, app.server.url);
    await page.keyboard.press('Control+p');
    await page.waitForFunction(() => window.printAsked === 1);
    const printed = (await pdfPages(await page.pdf({ format: 'A4' }))).join('\n');
    assert.match(printed, /519,000円/);
    assert.match(printed, /ビジネスチャット導入効果の試算（ご提案）/);
    assert.ok(wasmAsked(page).includes('split_share'), 'the proposal is in the share screen\'s part');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
