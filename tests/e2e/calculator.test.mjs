// The calculator as a person uses it: presets, typing, service types, chart,
// language, reload. Expected figures come from an independent integer oracle below.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, serve, openPage, gotoApp, text, typeInto } from './helpers.mjs';

/** 円 of a time line, rounded half up: people × minutes × days × wage ÷ 60 (minutes may be decimal). */
function timeYen(people, minutes, days, wage) {
  const [m, scale] = decimal(minutes);
  const n = BigInt(people) * m * BigInt(days) * BigInt(wage);
  const d = 60n * scale;
  return (n * 2n + d) / (2n * d);
}
function decimal(s) {
  const [i, f = ''] = String(s).split('.');
  return [BigInt(i + f), 10n ** BigInt(f.length)];
}
const yen = (v) => `${BigInt(v).toLocaleString('en-US')}円`;

describe('calculator', () => {
  const app = useApp();

  it('opens on the brochure example with the brochure figures', async () => {
    const page = await openPage(app.browser, app.server.url);
    assert.equal(await page.getByTestId('preset').inputValue(), 'brochure');
    assert.equal(await text(page, 'result-printing-monthly'), '9,000円');
    assert.equal(await text(page, 'result-notebook-monthly'), '97,500円');
    assert.equal(await text(page, 'result-handover-monthly'), '375,000円');
    assert.equal(await text(page, 'result-callback-monthly'), '37,500円');
    assert.equal(await text(page, 'result-total-monthly'), '519,000円');
    assert.equal(await text(page, 'result-total-yearly'), '6,228,000円');
    assert.equal(await text(page, 'result-total-hours'), '340時間');
    const chart = await page.getByTestId('chart-monthly').innerHTML();
    for (const f of ['9千円', '9.8万円', '37.5万円', '3.8万円', '51.9万円']) assert.ok(chart.includes(f), f);
    // Brochure-style compact figures next to exact yen, and the filled formula.
    const body = await page.locator('body').innerText();
    for (const f of ['9.8万円', '37.5万円', '3.8万円', '622.8万円', '2.1人分']) assert.ok(body.includes(f), f);
    assert.equal(await text(page, 'formula-notebook'), '30人 × 5分 × 26日 × 1,500円/時 ÷ 60 = 97,500円');
    assert.equal(await text(page, 'formula-printing'), '300枚 × 30円 = 9,000円');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('recomputes results, formula and chart as the user types', async () => {
    const page = await openPage(app.browser, app.server.url);
    const chartBefore = await page.getByTestId('chart-monthly').innerHTML();
    await typeInto(page, 'input-notebook-users', '４２');          // full-width digits
    await typeInto(page, 'input-notebook-minutes', '3.5');
    await typeInto(page, 'input-notebook-days', '22');
    await typeInto(page, 'input-wage', '１，２３０');                // full-width with separator
    const notebook = timeYen(42, '3.5', 22, 1230);
    const handover = timeYen(50, 10, 30, 1230);
    const callback = timeYen(10, 5, 30, 1230);
    assert.equal(await text(page, 'result-notebook-monthly'), yen(notebook));
    assert.equal(await text(page, 'result-handover-monthly'), yen(handover));
    const total = 9000n + notebook + handover + callback;
    assert.equal(await text(page, 'result-total-monthly'), yen(total));
    assert.equal(await text(page, 'result-total-yearly'), yen(total * 12n));
    assert.equal(await text(page, 'formula-notebook'), `42人 × 3.5分 × 22日 × 1,230円/時 ÷ 60 = ${yen(notebook)}`);
    const chartAfter = await page.getByTestId('chart-monthly').innerHTML();
    assert.notEqual(chartAfter, chartBefore);
    assert.ok(chartAfter.includes(yen(total)), 'chart description carries the new total');
    // The picker now says these are the user's own figures.
    assert.equal(await page.getByTestId('preset').inputValue(), 'custom');
    await typeInto(page, 'input-printing-mono-sheets', '2,400');
    await typeInto(page, 'input-printing-mono-price', '0.8');
    assert.equal(await text(page, 'result-printing-monthly'), yen(9000 + 1920));
    assert.equal(await text(page, 'formula-printing'), '300枚 × 30円 + 2,400枚 × 0.8円 = 10,920円');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('counts only the chosen service types', async () => {
    const page = await openPage(app.browser, app.server.url);
    await page.getByTestId('service-residential').uncheck();
    await page.getByTestId('service-homevisit').uncheck();
    assert.equal(await text(page, 'result-handover-monthly'), '0円');
    assert.equal(await text(page, 'result-total-monthly'), yen(9000 + 97500));
    assert.equal(await page.getByTestId('input-handover-staff').isVisible(), false, 'excluded line folds away');
    await page.getByTestId('service-homevisit').check();
    assert.equal(await text(page, 'result-total-monthly'), yen(9000 + 97500 + 37500));
    // Figures of a folded line are kept, not lost.
    await page.getByTestId('service-residential').check();
    assert.equal(await page.getByTestId('input-handover-staff').inputValue(), '50');
    await page.context().close();
  });

  it('loads every preset and can undo it', async () => {
    const page = await openPage(app.browser, app.server.url);
    await typeInto(page, 'input-wage', '1800');
    const mine = await text(page, 'result-total-monthly');
    await page.getByTestId('preset').selectOption('residential');
    assert.equal(await text(page, 'result-total-monthly'), yen(9000 + 375000));
    assert.match(await text(page, 'notice-text'), /入所のみ/);
    await page.getByTestId('undo').click();
    assert.equal(await text(page, 'result-total-monthly'), mine);
    assert.equal(await page.getByTestId('input-wage').inputValue(), '1,800');
    await page.getByTestId('preset').selectOption('homevisit');
    assert.equal(await text(page, 'result-total-monthly'), yen(9000 + 37500));
    await page.getByTestId('reset').click();
    assert.equal(await text(page, 'result-total-monthly'), '519,000円');
    await page.context().close();
  });

  it('restores the scenario after a reload', async () => {
    const page = await openPage(app.browser, app.server.url);
    await typeInto(page, 'input-handover-staff', '37');
    await typeInto(page, 'input-handover-minutes', '12.5');
    await page.getByTestId('service-homevisit').uncheck();
    const total = await text(page, 'result-total-monthly');
    await gotoApp(page, app.server.url);
    assert.equal(await page.getByTestId('input-handover-staff').inputValue(), '37');
    assert.equal(await page.getByTestId('input-handover-minutes').inputValue(), '12.5');
    assert.equal(await page.getByTestId('service-homevisit').isChecked(), false);
    assert.equal(await text(page, 'result-total-monthly'), total);
    assert.equal(await text(page, 'result-handover-monthly'), yen(timeYen(37, '12.5', 30, 1500)));
    await page.context().close();
  });

  it('renders Japanese first and switches to English and back', async () => {
    const page = await openPage(app.browser, app.server.url);
    assert.equal(await page.getAttribute('html', 'lang'), 'ja');
    assert.match(await page.locator('h1').innerText(), /介護事業所/);
    // A CJK font is present: a kanji is not drawn as the missing-glyph box.
    const distinct = await page.evaluate(() => {
      const c = document.createElement('canvas').getContext('2d');
      c.font = '20px sans-serif';
      return c.measureText('削').width !== c.measureText('\u{10FFFD}').width;
    });
    assert.ok(distinct, 'Japanese glyphs render (fonts-noto-cjk or a system CJK font)');
    await page.getByTestId('lang-toggle').click();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await text(page, 'result-total-monthly'), '¥519,000');
    assert.ok((await page.getByTestId('chart-monthly').innerHTML()).includes('¥97.5k'));
    await gotoApp(page, app.server.url);
    assert.equal(await page.getAttribute('html', 'lang'), 'en', 'language is remembered');
    await page.getByTestId('lang-toggle').click();
    assert.equal(await text(page, 'result-total-monthly'), '519,000円');
    await page.context().close();
  });

  it('shows the inputs of a chosen service and the headline without scrolling on a 1366×768 laptop', async () => {
    const page = await openPage(app.browser, app.server.url, { viewport: { width: 1366, height: 768 } });
    for (const preset of ['dayservice', 'residential', 'homevisit']) {
      await page.getByTestId('preset').selectOption(preset);
      const line = { dayservice: 'notebook', residential: 'handover', homevisit: 'callback' }[preset];
      const ids = ['input-wage', `input-${line}-days`, 'result-total-monthly', 'result-total-yearly', 'result-total-hours'];
      for (const id of ids) {
        const box = await page.getByTestId(id).boundingBox();
        assert.ok(box && box.y >= 0 && box.y + box.height <= 768, `${preset}: ${id} is in view (${box?.y})`);
      }
    }
    const scrollY = await page.evaluate(() => window.scrollY);
    assert.equal(scrollY, 0);
    await page.context().close();
  });

  it('works from a sub-folder of a static host', async () => {
    const sub = await serve(undefined, '/apps/kaigo/');
    try {
      const page = await openPage(app.browser, sub.url);
      assert.equal(await text(page, 'result-total-monthly'), '519,000円');
      assert.ok(page.requests.every((u) => u.startsWith(sub.url)), page.requests.join('\n'));
      await page.context().close();
    } finally {
      await sub.close();
    }
  });
});
