// Share and save, as a manager or a presenter uses it: a link and QR code that open
// the same figures elsewhere (tampered links refused), the CSV for Excel, saved
// estimates opened, renamed, duplicated, compared, exported and imported.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, text, typeInto, pdfPages } from './helpers.mjs';

describe('share and save', () => {
  const app = useApp();
  const openShare = async (page) => {
    await page.getByTestId('tab-share').click();
    await page.getByTestId('share-qr').waitFor();
  };

  it('a share link opens the same results in a fresh browser', async () => {
    const page = await openPage(app.browser, app.server.url);
    await typeInto(page, 'input-wage', '1230');
    await typeInto(page, 'input-handover-minutes', '12.5');
    await page.getByTestId('service-homevisit').uncheck();
    const total = await text(page, 'result-total-monthly');
    await openShare(page);
    const url = await page.getByTestId('share-url').inputValue();
    assert.match(url, /\?v=2&.*wage=1230/);
    assert.ok((await page.getByTestId('share-qr').innerHTML()).includes('<svg'));
    // Another person, another browser profile (fresh storage).
    const other = await openPage(app.browser, url);
    await other.getByTestId('notice-text').waitFor();
    assert.equal(await text(other, 'result-total-monthly'), total);
    assert.equal(await other.getByTestId('input-wage').inputValue(), '1,230');
    assert.match(await text(other, 'notice-text'), /共有された数値/);
    assert.ok(!other.url().includes('?'), 'the figures leave the address once opened');
    // Undo brings back what that browser had.
    await other.getByTestId('undo').click();
    assert.equal(await text(other, 'result-total-monthly'), '519,000円');
    assert.deepEqual(other.errors, []);
    await other.context().close();
    await page.context().close();
  });

  it('a damaged or edited link is refused with a clear message', async () => {
    const page = await openPage(app.browser, app.server.url);
    await openShare(page);
    await page.getByTestId('tab-savings').click();
    await typeInto(page, 'input-wage', '1800');
    await openShare(page);
    const url = await page.getByTestId('share-url').inputValue();
    const old = url.replace('v=2', 'v=1');
    for (const bad of [url.replace('wage=1800', 'wage=9800'), url.replace(/&c=\w+/, '&c=0000'), old]) {
      const other = await openPage(app.browser, bad);
      await other.getByTestId('notice-text').waitFor();
      assert.match(await text(other, 'notice-text'), /切れているか、書き換えられているため/);
      assert.equal(await text(other, 'result-total-monthly'), '519,000円', 'safe defaults');
      await other.context().close();
    }
    await page.context().close();
  });

  it('downloads inputs and results as CSV for Excel', async () => {
    const page = await openPage(app.browser, app.server.url);
    await openShare(page);
    await page.getByTestId('share-facility').fill('社会福祉法人 あおぞら, 本館');
    const href = await page.getByTestId('share-csv').getAttribute('href');
    const csv = decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, ''));
    assert.ok(csv.startsWith('\uFEFF項目,値,単位\r\n'));
    assert.match(csv, /事業所名,"社会福祉法人 あおぞら, 本館",/);
    assert.match(csv, /月間,519000,円\/月/);
    for (const id of ['share-chart-monthly', 'share-chart-cumulative']) {
      const svg = decodeURIComponent((await page.getByTestId(id).getAttribute('href')).replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
      assert.ok(svg.startsWith('<svg') && svg.includes('xmlns="http://www.w3.org/2000/svg"') && svg.includes('<title>'), id);
    }
    await page.context().close();
  });

  it('prints an A4 proposal with the results, charts, inputs and method', async () => {
    const page = await openPage(app.browser, app.server.url);
    await typeInto(page, 'input-wage', '1230');
    const total = await text(page, 'result-total-monthly');
    await openShare(page);
    await page.getByTestId('share-facility').fill('ひまわり苑');
    await page.emulateMedia({ media: 'print' });
    const view = page.getByTestId('print-view');
    assert.ok(await view.isVisible(), 'the proposal is what prints');
    assert.equal(await page.locator('header.app-header').isVisible(), false, 'no UI chrome in print');
    const printed = await view.innerText();
    assert.match(printed, /ひまわり苑/);
    assert.ok(printed.includes(total), `${total} in the proposal`);
    assert.match(printed, /30人 × 5分 × 26日 × 1,230円\/時 ÷ 60 = /);
    assert.match(printed, /回収期間/);
    assert.match(printed, /試算（見込み）/);
    assert.equal(await view.locator('svg[role=img]').count(), 2, 'both charts');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 3 && pages <= 6, `${pages} A4 pages`);
    // The inputs table is never split with its last rows alone on a page: all of
    // it is on one page (its first and last rows, as the PDF reads).
    const rows = await view.locator('table.inputs tbody tr').evaluateAll((trs) => trs.map((r) => r.innerText.replace(/\s+/g, '')));
    const printedPages = (await pdfPages(pdf)).map((p) => p.replace(/\s+/g, ''));
    const on = (row) => printedPages.findIndex((p) => p.includes(row));
    assert.ok(rows.length > 30 && on(rows[0]) >= 0, `${rows.length} input rows, the first printed`);
    assert.equal(on(rows.at(-1)), on(rows[0]), 'the inputs on one page');
    // The facility's name is kept like the figures: after a reload the proposal
    // still carries it (not 「（事業所名未入力）」).
    await page.emulateMedia({ media: 'screen' });
    await page.reload();
    await page.getByTestId('share-facility').waitFor();
    assert.equal(await page.getByTestId('share-facility').inputValue(), 'ひまわり苑');
    await page.emulateMedia({ media: 'print' });
    assert.match(await page.getByTestId('print-meta').innerText(), /ひまわり苑/);
    await page.context().close();
  });

  it('saves, opens, renames, duplicates, compares, exports and imports estimates', async () => {
    const page = await openPage(app.browser, app.server.url);
    await openShare(page);
    await page.getByTestId('library-name').fill('本館 パンフレット例');
    await page.getByTestId('library-save').click();
    await page.getByTestId('tab-savings').click();
    await page.getByTestId('preset').selectOption('homevisit');
    await openShare(page);
    await page.getByTestId('library-name').fill('訪問のみ');
    await page.getByTestId('library-save').click();
    await page.getByTestId('library-name').fill('訪問のみ');
    await page.getByTestId('library-save').click();
    assert.match(await text(page, 'tools-notice'), /同じ名前/);
    await page.getByTestId('library-duplicate-1').click();
    await page.getByTestId('library-rename-2').fill('訪問 見直し案');
    await page.getByTestId('library-rename-2').press('Enter');
    await page.getByTestId('library-compare-0').check();
    await page.getByTestId('library-compare-1').check();
    const cmp = await text(page, 'library-compare');
    assert.match(cmp, /本館 パンフレット例[\s\S]*519,000円/);
    assert.match(cmp, /訪問のみ[\s\S]*46,500円/);
    const chart = await page.getByTestId('library-compare-chart').innerHTML();
    assert.ok(chart.includes('本館 パンフレット例') && chart.includes('51.9万円') && chart.includes('4.7万円'), 'a chart of their totals');
    // Open the brochure estimate: the calculator shows it, with undo.
    await page.getByTestId('library-open-0').click();
    await page.getByTestId('tab-savings').click();
    assert.equal(await text(page, 'result-total-monthly'), '519,000円');
    // Move everything to another device as a file.
    await openShare(page);
    const href = await page.getByTestId('library-export').getAttribute('href');
    const json = decodeURIComponent(href.replace(/^data:application\/json;charset=utf-8,/, ''));
    const other = await openPage(app.browser, app.server.url + '#share');
    await other.getByTestId('share-qr').waitFor();
    await other.getByTestId('library-name').fill('訪問のみ');
    await other.getByTestId('library-save').click();
    const broken = JSON.parse(json);
    broken.items.push({ name: '壊れた試算', v: 2, s: { wage: '-1' } });
    await other.getByTestId('library-import').setInputFiles({ name: 'estimates.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await other.getByTestId('tools-notice').waitFor();
    const report = await text(other, 'tools-notice');
    assert.match(report, /3件を読み込みました/);
    assert.match(report, /番号を付けました/);
    assert.match(report, /4件目は読み込めませんでした/);
    const names = await other.getByTestId('library-list').locator('input[type=text]').evaluateAll((els) => els.map((e) => e.value));
    assert.deepEqual(names, ['訪問のみ', '本館 パンフレット例', '訪問のみ (2)', '訪問 見直し案']);
    // The saved estimates survive a reload.
    await other.reload();
    await other.getByTestId('share-qr').waitFor();
    assert.equal(await other.getByTestId('library-list').locator('tr').count(), 4);
    assert.deepEqual(page.errors, []);
    await other.context().close();
    await page.context().close();
  });
});
