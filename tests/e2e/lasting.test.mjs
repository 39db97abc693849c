// What a facility keeps from us outlives the version that made it, and nothing we
// write can run anything: links and saved-estimates files of the released version
// (the golden corpus, tests/golden) open with their figures; a link from a newer
// version says to update and keeps the figures on screen; CSV files with hostile
// names hold no formula; two tabs never overwrite each other's figures.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { useApp, openPage, gotoApp, text, typeInto, root } from './helpers.mjs';

const golden = join(root, 'tests/golden');
const yen = (n) => `${n.toLocaleString('ja-JP')}円`;

/** Every corpus file of `shape` with its expectation, over every version folder. */
async function corpus(shape) {
  const out = [];
  for (const v of (await readdir(join(golden, shape))).sort()) {
    for (const f of (await readdir(join(golden, shape, v))).sort()) {
      if (f.endsWith('.expect.json')) continue;
      const stem = f.replace(/\.[^.]+$/, '');
      out.push({
        name: `${v}/${f}`,
        body: await readFile(join(golden, shape, v, f), 'utf8'),
        expect: JSON.parse(await readFile(join(golden, shape, v, `${stem}.expect.json`), 'utf8')),
      });
    }
  }
  return out;
}

/** CSV text as a spreadsheet splits it: rows of cells, quotes removed. */
function cells(csv) {
  const rows = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1).push(cell); cell = ''; }
    else if (c === '\n') { rows.at(-1).push(cell.replace(/\r$/, '')); cell = ''; rows.push([]); }
    else cell += c;
  }
  if (cell) rows.at(-1).push(cell);
  return rows.filter((r) => r.length);
}

/** A cell Excel would run: it begins with = + - @ tab or CR and is not a plain number. */
const formula = (cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell);

const HOSTILE = ['=HYPERLINK("http://x.invalid","開く")', '+1+1', '@SUM(1,1)', '-2+3', "=cmd|' /C calc'!A0"];

describe('links and files that last', () => {
  const app = useApp();

  it('every share link of the released version opens with its figures', async () => {
    const links = await corpus('share');
    assert.ok(links.length >= 4);
    const page = await openPage(app.browser, null);
    for (const link of links) {
      await gotoApp(page, `${app.server.url}?${link.body.trim()}#savings`);
      assert.equal(await text(page, 'result-total-monthly'), yen(link.expect.monthly_yen), link.name);
      assert.equal(await page.getByTestId('input-wage').inputValue(),
        Number(link.expect.figures.wage).toLocaleString('ja-JP', { maximumFractionDigits: 2 }), link.name);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('a saved-estimates file of the released version imports whole', async () => {
    const page = await openPage(app.browser, `${app.server.url}#share`);
    for (const file of await corpus('library')) {
      await page.getByTestId('library-import').setInputFiles({ name: 'estimates.json', mimeType: 'application/json', buffer: Buffer.from(file.body) });
      await page.getByTestId('tools-notice').waitFor();
      assert.match(await text(page, 'tools-notice'), new RegExp(`${file.expect.items.length}件を読み込みました`));
      assert.doesNotMatch(await text(page, 'tools-notice'), /読み込めません/);
      const names = await page.getByTestId('library-list').locator('input[type=text]').evaluateAll((els) => els.map((e) => e.value));
      assert.deepEqual(names.slice(-file.expect.items.length), file.expect.items.map((i) => i.name));
      // Opening the last one shows its figures.
      await page.getByTestId(`library-open-${names.length - 1}`).click();
      await page.getByTestId('tab-savings').click();
      assert.equal(await text(page, 'result-total-monthly'), yen(file.expect.items.at(-1).monthly_yen), file.name);
      await page.getByTestId('tab-share').click();
    }
    await page.context().close();
  });

  it('a link from a newer version says to update and keeps the figures on screen', async () => {
    const page = await openPage(app.browser, app.server.url);
    await typeInto(page, 'input-wage', '1800');
    const mine = await text(page, 'result-total-monthly');
    assert.notEqual(mine, '519,000円');
    await gotoApp(page, `${app.server.url}?v=4&wage=1200&c=00000000#savings`);
    await page.getByTestId('notice-text').waitFor();
    assert.match(await text(page, 'notice-text'), /新しい版.*更新/);
    assert.equal(await text(page, 'result-total-monthly'), mine);
    assert.equal(await page.getByTestId('input-wage').inputValue(), '1,800');
    await page.context().close();
  });

  it('the CSV report with a hostile facility name holds no formula; negative yen stay numbers', async () => {
    const page = await openPage(app.browser, app.server.url);
    // A licence dearer than the savings: the net figures are negative.
    await page.getByTestId('tab-costs').click();
    await typeInto(page, 'input-license-price', '9000');
    await page.getByTestId('tab-share').click();
    for (const name of HOSTILE) {
      await page.getByTestId('share-facility').fill(name);
      const href = await page.getByTestId('share-csv').getAttribute('href');
      const csv = decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, ''));
      const rows = cells(csv.replace(/^\uFEFF/, ''));
      const bad = rows.flat().filter(formula);
      assert.deepEqual(bad, [], `no formula cell for ${name}`);
      const facility = rows.find((r) => r[0] === '事業所名');
      assert.equal(facility[1], `'${name}`, 'the name is kept, as text');
      const net = rows.find((r) => r[0] === '純効果（月）');
      assert.match(net[1], /^-\d+$/, 'a negative number Excel can sum');
    }
    await page.context().close();
  });

  it('the proposal and the CSV are dated by the user\'s own calendar, not UTC', async () => {
    // 08:30 in Japan on 2 December is still 1 December in UTC.
    const page = await openPage(app.browser, null, { context: { timezoneId: 'Asia/Tokyo' } });
    await page.clock.setFixedTime(new Date('2026-12-01T23:30:00Z'));
    await gotoApp(page, `${app.server.url}#share`);
    await page.getByTestId('share-qr').waitFor();
    const href = await page.getByTestId('share-csv').getAttribute('href');
    const csv = decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, ''));
    assert.deepEqual(cells(csv.replace(/^\uFEFF/, '')).find((r) => r[0] === '作成日').slice(0, 2), ['作成日', '2026-12-02']);
    assert.match(await page.getByTestId('print-meta').textContent(), /2026-12-02/);
    await page.context().close();
  });

  it('the audit-log CSV with hostile member names holds no formula', async () => {
    // A demo workspace whose people have names chosen to run in a spreadsheet
    // (the released version's saved workspace, renamed).
    const [seeded] = (await corpus('snapshot')).filter((f) => f.name === 'v1/seeded.json');
    const snapshot = JSON.parse(seeded.body);
    const people = [0, 2, 68, 22, 70];
    people.forEach((id, i) => { snapshot.ws.members.find((m) => m.id === id).name = HOSTILE[i]; });
    const stored = JSON.stringify(snapshot);
    const page = await openPage(app.browser, null, {
      init: `localStorage.getItem('kaigo-savings/demo') || localStorage.setItem('kaigo-savings/demo', ${JSON.stringify(stored)})`,
    });
    await gotoApp(page, `${app.server.url}#features`);
    await page.getByTestId('demo-compose').waitFor();
    // Each of them acts once, so the log names them.
    for (const id of people.slice(0, 3)) {
      await page.getByTestId('demo-whoami').selectOption(String(id));
      await page.getByTestId('demo-compose').fill('よろしくお願いします');
      await page.getByTestId('demo-send').click();
    }
    await page.getByTestId('demo-whoami').selectOption('0');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('demo-audit-csv').click()]);
    const csv = await readFile(await download.path(), 'utf8');
    const rows = cells(csv.replace(/^\uFEFF/, ''));
    assert.deepEqual(rows.flat().filter(formula), []);
    for (const name of HOSTILE.slice(0, 3)) assert.ok(rows.some((r) => r.includes(`'${name}`)), `${name} is in the log, as text`);
    assert.ok(rows.length > 10 && rows.every((r) => r.length === rows[0].length), 'one row per entry');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});

describe('two tabs at once', () => {
  const app = useApp();

  it('a change in one tab is followed by the other, never overwritten', async () => {
    const a = await openPage(app.browser, app.server.url);
    const b = await a.context().newPage();
    await gotoApp(b, app.server.url);
    await typeInto(b, 'input-wage', '1800');
    const total = await text(b, 'result-total-monthly');
    // The other tab follows and says so.
    await a.getByTestId('notice-text').waitFor();
    assert.match(await text(a, 'notice-text'), /別のタブ/);
    await a.waitForFunction((t) => document.querySelector('[data-testid=result-total-monthly]').textContent === t, total);
    assert.equal(await a.getByTestId('input-wage').inputValue(), '1,800');
    // Saved estimates: each tab saves one; neither list loses the other's.
    await a.getByTestId('tab-share').click();
    await b.getByTestId('tab-share').click();
    await a.getByTestId('library-name').fill('Aで保存');
    await a.getByTestId('library-save').click();
    const names = (p) => p.getByTestId('library-list').locator('input[type=text]').evaluateAll((els) => els.map((e) => e.value));
    await b.waitForFunction(() => document.querySelectorAll('[data-testid=library-list] input[type=text]').length > 0);
    assert.deepEqual(await names(b), ['Aで保存']);
    await b.getByTestId('library-name').fill('Bで保存');
    await b.getByTestId('library-save').click();
    await a.waitForFunction(() => document.querySelectorAll('[data-testid=library-list] input[type=text]').length > 1);
    assert.deepEqual(await names(a), ['Aで保存', 'Bで保存']);
    await a.reload();
    await a.getByTestId('share-qr').waitFor();
    assert.deepEqual(await names(a), ['Aで保存', 'Bで保存']);
    await a.context().close();
  });
});
