// The first screen before the program arrives: pre-rendered at build time with the
// same components, shown with no JavaScript at all, taken over by the program
// without a jump, keeping what was typed; and never passing the brochure example
// off as the figures of someone who has their own.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, gotoApp, text, typeInto } from './helpers.mjs';

/** Records layout shifts from the very start of every page of the context (the
 * ones that count: not those right after the person's own input). */
const recordShifts = () => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__shifts.push({
        value: e.value,
        nodes: e.sources.map((s) => s.node?.outerHTML?.slice(0, 80) ?? ''),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

/** Holds back the program (its wasm) until `release()` is called. */
async function holdProgram(page) {
  let release;
  const released = new Promise((ok) => { release = ok; });
  await page.route('**/*_bg.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const programStarted = (page) =>
  page.waitForFunction(() => !document.documentElement.classList.contains('loading'));

describe('first paint', () => {
  const app = useApp();

  it('shows the brochure example with its figures and chart with JavaScript off', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false, locale: 'ja-JP', viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(app.server.url);
    assert.equal(await page.getAttribute('html', 'lang'), 'ja');
    assert.equal(await text(page, 'result-total-monthly'), '519,000円');
    assert.equal(await text(page, 'result-handover-monthly'), '375,000円');
    assert.match(await text(page, 'formula-notebook'), /30人 × 5分 × 26日 × 1,500円\/時 ÷ 60 = 97,500円/);
    assert.equal(await page.getByTestId('input-wage').inputValue(), '1,500');
    assert.equal(await page.getByTestId('service-homevisit').isChecked(), true);
    assert.match(await page.locator('select[data-testid=preset] option:checked').innerText(), /パンフレット例/);
    const chart = await page.getByTestId('chart-monthly').innerHTML();
    assert.ok(chart.includes('<svg') && chart.includes('37.5万円'), 'the chart is on the page');
    const box = await page.getByTestId('chart-monthly').boundingBox();
    assert.ok(box.height > 200, `the chart has its height (${box.height})`);
    await page.screenshot({ path: '/tmp/kaigo-nojs.png' });
    await context.close();
  });

  it('is taken over by the program without a shift, and typing works', async () => {
    const page = await openPage(app.browser, null, { init: recordShifts });
    const release = await holdProgram(page);
    await page.goto(app.server.url);
    await page.getByTestId('result-total-monthly').waitFor();
    // Before the program: the page is there, the buttons visibly wait.
    assert.equal(await text(page, 'result-total-monthly'), '519,000円');
    const waiting = await page.getByTestId('reset').evaluate((b) => getComputedStyle(b).pointerEvents);
    assert.equal(waiting, 'none', 'buttons wait for the program');
    release();
    await programStarted(page);
    await typeInto(page, 'input-wage', '1000');
    assert.equal(await text(page, 'result-total-monthly'), '349,000円');
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'nothing moved');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('keeps what was typed before the program arrived, and the place in the field', async () => {
    const page = await openPage(app.browser, null);
    const release = await holdProgram(page);
    await page.goto(app.server.url);
    await page.getByTestId('input-handover-staff').waitFor();
    await page.getByTestId('service-homevisit').uncheck();
    await typeInto(page, 'input-handover-staff', '35');
    release();
    await programStarted(page);
    assert.equal(await page.getByTestId('input-handover-staff').inputValue(), '35');
    assert.equal(await page.getByTestId('service-homevisit').isChecked(), false);
    // 9,000 + 97,500 + 35 × 10 × 30 × 1,500 ÷ 60 (call-backs switched off).
    assert.equal(await text(page, 'result-total-monthly'), '369,000円');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'input-handover-staff');
    await page.keyboard.type('0');
    assert.equal(await page.getByTestId('input-handover-staff').inputValue(), '350', 'typing goes on where it was');
    await page.context().close();
  });

  it('never shows the brochure figures as those of someone with their own', async () => {
    // No service worker: the program comes over the slow network, as before the
    // worker is installed or after its cache was cleared.
    const page = await openPage(app.browser, app.server.url, { init: recordShifts, context: { serviceWorkers: 'block' } });
    await typeInto(page, 'input-wage', '1230');
    const own = await text(page, 'result-total-monthly');
    // Back later on a slow connection.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 400, downloadThroughput: 200 * 1024, uploadThroughput: 100 * 1024,
    });
    const release = await holdProgram(page);
    await page.goto(app.server.url);
    await page.waitForSelector('html.restoring', { state: 'attached' });
    assert.equal(await page.getByTestId('result-total-monthly').isVisible(), false, 'the example is not shown as theirs');
    assert.equal(await page.getByTestId('input-wage').isVisible(), false);
    release();
    await programStarted(page);
    assert.equal(await text(page, 'result-total-monthly'), own);
    assert.equal(await page.getByTestId('input-wage').inputValue(), '1,230');
    assert.equal(await page.evaluate(() => document.documentElement.className), '');
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'nothing moved');
    await page.context().close();
  });

  it('opens another screen or a share link without showing the calculator first', async () => {
    const page = await openPage(app.browser, null);
    const release = await holdProgram(page);
    await page.goto(app.server.url + '#costs');
    await page.waitForSelector('html.restoring', { state: 'attached' });
    assert.equal(await page.getByTestId('result-total-monthly').isVisible(), false);
    release();
    await page.getByTestId('result-net-monthly').waitFor();
    assert.equal(await page.getByTestId('result-total-monthly').count(), 0);
    await page.context().close();
  });
});
