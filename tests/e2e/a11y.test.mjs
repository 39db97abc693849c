// Accessibility (axe-core) in both languages and with errors shown; no request
// ever leaves the page's origin; no console errors.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, serve, openPage, typeInto, axePath } from './helpers.mjs';

async function violations(page) {
  // Evaluated by the test driver, not added as an inline script, which the page's
  // security policy refuses.
  await page.evaluate(await readFile(axePath, 'utf8'));
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('accessibility and privacy', () => {
  const app = useApp();

  it('has no axe violations in Japanese, in English, with errors, on a phone', async () => {
    const page = await openPage(app.browser, app.server.url);
    assert.deepEqual(await violations(page), []);
    await typeInto(page, 'input-wage', '-1');
    await page.getByTestId('service-homevisit').uncheck();
    assert.deepEqual(await violations(page), []);
    await page.getByTestId('lang-toggle').click();
    assert.deepEqual(await violations(page), []);
    await page.context().close();
    const phone = await openPage(app.browser, app.server.url, { viewport: { width: 390, height: 844 } });
    assert.deepEqual(await violations(phone), []);
    await phone.context().close();
  });

  it('shows the tab of every screen, whole, on the narrowest phones', async () => {
    for (const width of [320, 390]) {
      const phone = await openPage(app.browser, app.server.url, { viewport: { width, height: 700 } });
      const tabs = phone.locator('nav.tabs a');
      assert.equal(await tabs.count(), 7);
      for (const tab of await tabs.all()) {
        const name = await tab.innerText();
        const box = await tab.boundingBox();
        assert.ok(box.x >= 0 && box.x + box.width <= width, `${width}px: ${name} in view (x ${box.x})`);
        // Not cut, and the name not broken over two lines (チャット機/能).
        const lines = await tab.evaluate((a) => { const r = document.createRange(); r.selectNodeContents(a); return r.getClientRects().length; });
        assert.equal(lines, 1, `${width}px: ${name} on one line`);
      }
      await phone.getByTestId('tab-method').click();
      await phone.getByTestId('methodology').waitFor();
      await phone.context().close();
    }
  });

  it('has no axe violations on the costs and method screens', async () => {
    const page = await openPage(app.browser, app.server.url + '#costs');
    await page.getByTestId('input-subsidy-enabled').check();
    await page.getByTestId('input-retention-enabled').check();
    await page.getByTestId('input-license-plan').selectOption('free');
    await typeInto(page, 'input-license-users', '150');
    assert.deepEqual(await violations(page), []);
    await page.getByTestId('tab-method').click();
    await page.getByTestId('methodology').waitFor();
    assert.deepEqual(await violations(page), []);
    await page.context().close();
  });

  it('has no axe violations on the chat-feature demo', async () => {
    const page = await openPage(app.browser, app.server.url + '#features');
    await page.getByTestId('demo-overview').waitFor();
    assert.deepEqual(await violations(page), []);
    await page.getByTestId('demo-whoami').selectOption('68');
    assert.deepEqual(await violations(page), []);
    await page.context().close();
  });

  it('has no axe violations on the share-and-save screen', async () => {
    const page = await openPage(app.browser, app.server.url + '#share');
    await page.getByTestId('share-qr').waitFor();
    await page.getByTestId('library-name').fill('本館');
    await page.getByTestId('library-save').click();
    await page.getByTestId('library-compare-0').check();
    assert.deepEqual(await violations(page), []);
    await page.context().close();
  });

  it('has no axe violations while presenting', async () => {
    const page = await openPage(app.browser, app.server.url, { viewport: { width: 1024, height: 768 } });
    await page.getByTestId('present-open').click();
    await page.getByTestId('present').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.deepEqual(await violations(page), []);
    await page.context().close();
  });

  it('sends no request outside its own origin and logs no error', async () => {
    const page = await openPage(app.browser, app.server.url);
    await typeInto(page, 'input-notebook-users', '25');
    await page.getByTestId('preset').selectOption('residential');
    await page.getByTestId('lang-toggle').click();
    await page.reload();
    await page.getByTestId('result-total-monthly').waitFor();
    const origin = new URL(app.server.url).origin;
    const outside = page.requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(outside, []);
    assert.ok(page.requests.length > 0);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
