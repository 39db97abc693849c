// `make bench`: prints figures, asserts nothing. Sizes of every file the app ships
// (raw and gzip), time from navigation to the first result shown, and the time from an
// input event to the updated chart, in headless Chromium (also with the CPU slowed
// 4×, like a low-end tablet). Budgets from the issues are printed next to the figures.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serve, launch, openPage, root } from '../e2e/helpers.mjs';
import { lighthouseRuns, TARGETS } from './lighthouse.mjs';
import { builtParts } from '../../.tools/wasm-parts.mjs';

// The budgets of the program in parts (issue 18; tests/e2e/parts.test.mjs fails a
// build over them): the whole app, each screen's part, a cold first visit.
const BUDGET_GZIP_KB = 574;
const BUDGET_PART_KB = 90;
const BUDGET_FIRST_VISIT_KB = 201;
const BUDGET_INPUT_MS = 16;
// With the CPU slowed 4× (a low-end tablet): the one-program issue's target.
const BUDGET_INPUT_4X_MS = 8;
const LOADS = 7;
const INPUTS = 120;

const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };

// ── Sizes ───────────────────────────────────────────────────────────────────
// Every HTML, wasm, JS and CSS file the app ships (the service worker included),
// raw and gzip -9, and their total against the budget (as tests/e2e/parts.test.mjs
// counts it).
const dist = join(root, 'dist');
const gzipOf = async (f) => gzipSync(await readFile(join(dist, f)), { level: 9 }).length;
const files = (await readdir(dist, { recursive: true })).filter((f) => /\.(html|wasm|js|css)$/.test(f)).sort();
let total = 0;
console.log('Sizes (dist/, every HTML, wasm, JS and CSS file)');
for (const f of files) {
  const raw = (await readFile(join(dist, f))).length;
  const g = await gzipOf(f);
  total += g;
  console.log(`  ${f.padEnd(48)} raw ${kb(raw).padStart(7)} KB   gzip ${kb(g).padStart(6)} KB`);
}
console.log(`  whole app, gzip -9: ${kb(total)} KB (budget ≤ ${BUDGET_GZIP_KB} KB: ${total / 1024 <= BUDGET_GZIP_KB ? 'within' : 'OVER'})`);
{
  const pkg = files.find((f) => /^pkg-[0-9a-f]{16}\//.test(f)).split('/')[0];
  console.log('\nParts (gzip -9: each part\'s own file, the budget; with the chunks it shares, what its first opening fetches)');
  const first = ['main_bg.wasm', 'main.js', '__wasm_split.js'];
  let firstSize = 0;
  for (const f of first) firstSize += await gzipOf(join(pkg, f));
  console.log(`  ${'first module (calculator)'.padEnd(28)} ${kb(firstSize).padStart(6)} KB   (${first.join(', ')})`);
  for (const [name, parts] of Object.entries(await builtParts(join(dist, pkg)))) {
    const own = await gzipOf(join(pkg, parts[0]));
    let size = 0;
    for (const f of parts) size += await gzipOf(join(pkg, f));
    console.log(`  ${name.padEnd(28)} ${kb(own).padStart(6)} KB own (budget ≤ ${BUDGET_PART_KB} KB: ${own / 1024 <= BUDGET_PART_KB ? 'within' : 'OVER'})   ${kb(size).padStart(6)} KB with ${String(parts.length - 1).padStart(2)} shared chunks`);
  }
}
console.log(`  toolchain: ${process.env.KS_WASM_MODE === 'debian' ? "Debian rustc-web with build-std (not the figure to report)" : 'rustup stable, wasm32-unknown-unknown'}`);

// ── Browser timings ─────────────────────────────────────────────────────────
const server = await serve();
const browser = await launch();

// Records when the headline first shows a figure, on the navigation's clock.
// When the headline first shows a figure (the pre-rendered page), and when the
// program has taken the page over (it can be used).
const markFirstResult = () => {
  const seen = () => document.querySelector('[data-testid="result-total-monthly"]')?.textContent;
  const check = (obs) => {
    if (window.__firstResult === undefined && seen()) window.__firstResult = performance.now();
    if (window.__ready === undefined && document.documentElement && !document.documentElement.classList.contains('loading')) {
      window.__ready = performance.now();
    }
    if (obs && window.__firstResult !== undefined && window.__ready !== undefined) obs.disconnect();
  };
  new MutationObserver((_, obs) => check(obs))
    .observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class'] });
};

async function timeToResult() {
  const first = [], ready = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await openPage(browser, null, { init: markFirstResult });
    await page.goto(server.url);
    await page.waitForFunction(() => window.__firstResult !== undefined && window.__ready !== undefined);
    first.push(await page.evaluate(() => window.__firstResult));
    ready.push(await page.evaluate(() => window.__ready));
    await page.context().close();
  }
  return { first, ready };
}

// Input event → chart DOM updated (and → next frame painted), per keystroke-like event.
async function inputToChart(throttle) {
  const page = await openPage(browser, server.url);
  if (throttle > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  const result = await page.evaluate(async (n) => {
    const chart = document.querySelector('[data-testid="chart-monthly"]');
    const input = document.querySelector('[data-testid="input-handover-staff"]');
    const one = (v) => new Promise((resolve) => {
      let t0 = 0;
      const obs = new MutationObserver(() => {
        obs.disconnect();
        const dom = performance.now() - t0;
        requestAnimationFrame(() => setTimeout(() => resolve([dom, performance.now() - t0]), 0));
      });
      obs.observe(chart, { childList: true, subtree: true, characterData: true });
      t0 = performance.now();
      input.value = String(v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const dom = [], frame = [];
    for (let i = 0; i < 5; i++) await one(60 + i);           // warm-up
    for (let i = 0; i < n; i++) {
      const [d, f] = await one(100 + i);                      // a new figure each time
      dom.push(d); frame.push(f);
    }
    return { dom, frame };
  }, INPUTS);
  await page.context().close();
  return result;
}

// What a cold first visit downloads before the calculator answers a keystroke (the
// program has taken the page over), in bytes as gzip -9 would send them.
async function firstVisit() {
  const page = await openPage(browser, null);
  await page.goto(server.url);
  await page.waitForFunction(() => !document.documentElement.classList.contains('loading'));
  const paths = [...new Set(page.requests.map((u) => new URL(u).pathname.slice(1) || 'index.html'))];
  await page.context().close();
  return paths;
}

// A phone on a slow line: Lighthouse's mobile profile (slow 4G: 150 ms, 1.6 Mbit/s
// down, 750 kbit/s up; CPU slowed 4×), a gzip static host, an empty cache. From
// navigation to the program having taken the page over (the first keystroke is
// answered from then on), and to the answer of a keystroke typed at once.
async function phoneFirstVisit() {
  const host = await serve(dist, '/', { host: true });
  const out = [];
  try {
    for (let i = 0; i < 3; i++) {
      const page = await openPage(browser, null, { init: markFirstResult, viewport: { width: 390, height: 844 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(host.url);
      await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60_000 });
      const ready = await page.evaluate(() => window.__ready);
      // A keystroke as soon as the page is the program's: when is it answered?
      const answered = await page.evaluate(() => new Promise((resolve) => {
        const out = document.querySelector('[data-testid="result-total-monthly"]');
        const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now()); });
        obs.observe(out, { childList: true, subtree: true, characterData: true });
        const input = document.querySelector('[data-testid="input-wage"]');
        input.value = '1000';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }));
      out.push({ ready, answered });
      await page.context().close();
    }
  } finally {
    await host.close();
  }
  return out;
}

// A time study of 10,000 records in the browser: imported from a CSV, then taps
// on the recorder. A tap answers at once (the button, who is running, the
// records); the summary is counted again once the study has been still for
// 250 ms, and the stored copy written once it has been still for 400 ms.
const STUDY_RECORDS = 10_000;
const TAPS = 12;

function studyCsv(n) {
  const tasks = ['申し送り', '連絡ノート', '電話連絡', '印刷・掲示', '直接介護', '間接業務', '休憩・待機', 'その他'];
  const phases = ['事前', '事後①', '事後②'];
  const two = (x) => String(x).padStart(2, '0');
  const rows = ['記録ID,業務,開始,終了,時期,職員コード'];
  for (let i = 0; i < n; i++) {
    const day = 1 + (i % 28), hour = 7 + (i % 12), minute = (i * 7) % 30, length = 1 + (i * 13) % 29;
    const start = `2026-11-${two(day)} ${two(hour)}:${two(minute)}`;
    const end = `2026-11-${two(day)} ${two(hour)}:${two(minute + length)}`;
    rows.push(`bench-${i},${tasks[i % 8]},${start},${end},${phases[i % 3]},S${i % 40}`);
  }
  return rows.join('\r\n');
}

// A 法人 of 200 facilities (issue 21's scale): opened from a file, then a
// keystroke in the adjustment recomputes every facility and redraws the screen.
const FACILITIES = 200;
const GROUP_KEYS = 10;

async function groupInBrowser(throttle) {
  // One facility as the app writes it, made into 200 with different handover minutes.
  const first = await openPage(browser, `${server.url}#group`);
  await first.getByTestId('group-add-current').click();
  const [dl] = await Promise.all([first.waitForEvent('download'), first.getByTestId('group-save-file').click()]);
  const doc = JSON.parse(await readFile(await dl.path(), 'utf8'));
  await first.context().close();
  const item = doc.items[0];
  doc.items = Array.from({ length: FACILITIES }, (_, i) => ({ ...item, name: `事業所${i + 1}`, s: { ...item.s, 'handover-minutes': String(5 + (i % 20)) } }));
  const page = await openPage(browser, `${server.url}#group`);
  if (throttle > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.getByTestId('group-open-file').waitFor();
  const t0 = Date.now();
  await page.getByTestId('group-open-file').setInputFiles({ name: 'group.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await page.waitForFunction((n) => document.querySelector('[data-testid="group-notice"]')?.innerText.includes(`${n}事業所`), FACILITIES, { timeout: 120_000 });
  const openMs = Date.now() - t0;
  const keys = await page.evaluate(async (n) => {
    const input = document.querySelector('[data-testid="group-optimism"]');
    const step = document.querySelector('[data-testid="group-optimism-step"]');
    const out = [];
    for (let i = 0; i < n; i++) {
      await new Promise((r) => setTimeout(r, 400));
      const t0 = performance.now();
      const answered = new Promise((resolve) => {
        const obs = new MutationObserver(() => {
          obs.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        });
        obs.observe(step, { childList: true, subtree: true, characterData: true });
      });
      input.value = String(10 + i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      out.push(await answered);
    }
    return out;
  }, GROUP_KEYS);
  const stored = await page.evaluate(() => (localStorage.getItem('kaigo-savings/group') ?? '').length);
  await page.context().close();
  return { openMs, keys, stored };
}

async function timeStudyInBrowser(throttle, records = STUDY_RECORDS) {
  const page = await openPage(browser, `${server.url}#measure`);
  if (throttle > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  const t0 = Date.now();
  await page.getByTestId('timestudy-import').setInputFiles({ name: 'bench.csv', mimeType: 'text/csv', buffer: Buffer.from(studyCsv(records)) });
  await page.getByTestId('timestudy-import-result').waitFor();
  // The import is done when the summary shows every record.
  await page.waitForFunction((n) => (document.querySelector('[data-testid="timestudy-phases"]')?.textContent ?? '')
    .match(/記録(\d+)件/g)?.reduce((a, m) => a + Number(m.slice(2, -1)), 0) === n, records, { timeout: 120_000 });
  const importMs = Date.now() - t0;
  const said = await page.getByTestId('timestudy-import-result').innerText();
  if (!said.startsWith(`${records}件を追加`)) throw new Error(`the bench study did not import: ${said}`);
  await page.getByTestId('timestudy-staff').fill('B1');
  const taps = await page.evaluate(async (n) => {
    const records = document.querySelector('[data-testid="timestudy-records"]');
    const phases = document.querySelector('[data-testid="timestudy-phases"]');
    const button = (t) => document.querySelector(`[data-testid="timestudy-task-${t}"]`);
    // Resolves at the frame after `el` changes, with the time since `t0`.
    const changed = (el, t0) => new Promise((resolve) => {
      const obs = new MutationObserver(() => {
        obs.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      });
      obs.observe(el, { childList: true, subtree: true, characterData: true });
    });
    const out = [];
    const counted = [];
    // Each tap after the first ends one record: the list, then the summary change.
    button('handover').click();
    for (let i = 0; i < n; i++) {
      await new Promise((r) => setTimeout(r, 1100));
      const t0 = performance.now();
      const answered = changed(records, t0);
      const summary = changed(phases, t0);
      button(i % 2 ? 'handover' : 'notebook').click();
      out.push(await answered);
      counted.push(await summary);
    }
    // The stored copy is written once the study is still (or the page is hidden):
    // its cost on the main thread, timed by hiding the page right after a tap.
    const writes = [];
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 1100));
      button(i % 2 ? 'handover' : 'notebook').click();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const t0 = performance.now();
      window.dispatchEvent(new Event('pagehide'));
      writes.push(performance.now() - t0);
    }
    return { out, counted, writes };
  }, TAPS);
  const stored = await page.evaluate(() => (localStorage.getItem('kaigo-savings/timestudy') ?? '').length);
  await page.context().close();
  return { importMs, taps: taps.out, counted: taps.counted, writes: taps.writes, stored };
}

let firstVisitBytes = 0;
try {
  const visited = await firstVisit();
  let firstTotal = 0;
  console.log('\nFirst visit (files requested until the calculator answers a keystroke)');
  for (const f of visited) {
    const g = await gzipOf(f).catch(() => 0);
    firstTotal += g;
    console.log(`  ${f.padEnd(48)} gzip ${kb(g).padStart(6)} KB`);
  }
  console.log(`  first visit total, gzip -9: ${kb(firstTotal)} KB (budget ≤ ${BUDGET_FIRST_VISIT_KB} KB: ${firstTotal / 1024 <= BUDGET_FIRST_VISIT_KB ? 'within' : 'OVER'})`);
  firstVisitBytes = firstTotal;

  const phone = await phoneFirstVisit();
  console.log('\nA phone on slow 4G with the CPU slowed 4× (gzip host, empty cache, 3 loads)');
  console.log(`  program has taken the page over: median ${(median(phone.map((p) => p.ready)) / 1000).toFixed(2)} s   (${phone.map((p) => (p.ready / 1000).toFixed(2)).join(', ')})`);
  console.log(`  first keystroke answered:        median ${(median(phone.map((p) => p.answered)) / 1000).toFixed(2)} s`);

  const { first, ready } = await timeToResult();
  const line = (xs) => `median ${median(xs).toFixed(0)} ms   min ${Math.min(...xs).toFixed(0)} ms   max ${Math.max(...xs).toFixed(0)} ms`;
  console.log(`\nFirst result and program ready (navigation start →, localhost, ${LOADS} fresh loads)`);
  console.log(`  headline shown (pre-rendered page): ${line(first)}`);
  console.log(`  program has taken the page over:    ${line(ready)}`);

  for (const throttle of [1, 4]) {
    const { dom, frame } = await inputToChart(throttle);
    const label = throttle === 1 ? 'this machine' : `CPU slowed ${throttle}×`;
    console.log(`\nInput → updated chart (${INPUTS} input events, ${label})`);
    const budget = throttle === 1 ? BUDGET_INPUT_MS : BUDGET_INPUT_4X_MS;
    console.log(`  DOM updated: median ${median(dom).toFixed(2)} ms   p95 ${pct(dom, 0.95).toFixed(2)} ms`
      + `   (budget median ≤ ${budget} ms: ${median(dom) <= budget ? 'within' : 'OVER'})`);
    console.log(`  next frame:  median ${median(frame).toFixed(2)} ms   p95 ${pct(frame, 0.95).toFixed(2)} ms`);
  }

  for (const throttle of [1, 4]) {
    const { openMs, keys, stored } = await groupInBrowser(throttle);
    const label = throttle === 1 ? 'this machine' : `CPU slowed ${throttle}×`;
    console.log(`\n法人 of ${FACILITIES} facilities in the browser (${label})`);
    console.log(`  opened from its file → every facility shown: ${openMs} ms`);
    const target = throttle === 4 ? '   (target ≤ 16 ms)' : '';
    console.log(`  keystroke in the adjustment → every facility recomputed and drawn, next frame: median ${median(keys).toFixed(1)} ms   p95 ${pct(keys, 0.95).toFixed(1)} ms (${GROUP_KEYS} keys)${target}`);
    console.log(`  stored in localStorage: ${kb(stored)} K characters (browsers allow about 5 M)`);
  }

  for (const throttle of [1, 4]) {
    const { importMs, taps, counted, writes, stored } = await timeStudyInBrowser(throttle);
    const label = throttle === 1 ? 'this machine' : `CPU slowed ${throttle}×`;
    console.log(`\nTime study of ${STUDY_RECORDS.toLocaleString('en')} records in the browser (${label})`);
    console.log(`  import of the CSV → summary shown: ${importMs} ms`);
    const target = throttle === 4 ? '   (target median ≤ 16 ms, p95 ≤ 33 ms)' : '';
    console.log(`  tap → button, running and records answered, next frame: median ${median(taps).toFixed(1)} ms   p95 ${pct(taps, 0.95).toFixed(1)} ms (${TAPS} taps)${target}`);
    console.log(`  tap → summary counted again (after 250 ms still), next frame: median ${median(counted).toFixed(0)} ms`);
    console.log(`  writing the stored copy (once the study is still for 0.4 s, or the page is hidden): median ${median(writes).toFixed(1)} ms (${writes.length} writes)`);
    console.log(`  stored in localStorage: ${kb(stored)} K characters (browsers allow about 5 M)`);
    if (throttle === 4) {
      const small = await timeStudyInBrowser(throttle, 100);
      console.log(`  the same tap at 100 records: median ${median(small.taps).toFixed(1)} ms   p95 ${pct(small.taps, 0.95).toFixed(1)} ms`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

// ── Lighthouse (mobile, simulated throttling, gzip static host, median of 3) ─────
{
  const { median: m, all } = await lighthouseRuns(3);
  const ok = (good) => (good ? 'within' : 'OVER');
  console.log('\nLighthouse, mobile preset, simulated throttling, gzip static host (median of 3 by performance)');
  console.log(`  performance ${m.performance} (target ≥ ${TARGETS.performance}: ${ok(m.performance >= TARGETS.performance)})   accessibility ${m.accessibility} (target ${TARGETS.accessibility}: ${ok(m.accessibility >= TARGETS.accessibility)})   best practices ${m.bestPractices}   SEO ${m.seo}`);
  console.log(`  FCP ${(m.fcpMs / 1000).toFixed(2)} s   LCP ${(m.lcpMs / 1000).toFixed(2)} s (target ≤ ${TARGETS.lcpMs / 1000} s: ${ok(m.lcpMs <= TARGETS.lcpMs)})   TBT ${m.tbtMs.toFixed(0)} ms (target ≤ ${TARGETS.tbtMs} ms: ${ok(m.tbtMs <= TARGETS.tbtMs)})   CLS ${m.cls.toFixed(3)} (target ${TARGETS.cls}: ${ok(m.cls <= TARGETS.cls)})`);
  console.log(`  bytes of the first visit (gzip -9, measured above): ${kb(firstVisitBytes)} KB`);
  console.log(`  all runs (performance / LCP s / TBT ms): ${all.map((r) => `${r.performance} / ${(r.lcpMs / 1000).toFixed(2)} / ${r.tbtMs.toFixed(0)}`).join(', ')}`);
  if (m.failed.length) console.log(`  audits not passed: ${m.failed.join(', ')}`);
}
