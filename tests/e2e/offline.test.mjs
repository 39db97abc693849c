// Offline and installable: after one visit the app opens with no network (the
// screens used so far included), and a newly deployed version is offered.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, serve, openPage, gotoApp, text, root } from './helpers.mjs';

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);

describe('offline', () => {
  const app = useApp();

  it('is installable: a Japanese manifest with icons', async () => {
    const page = await openPage(app.browser, app.server.url);
    const href = await page.getAttribute('link[rel=manifest]', 'href');
    const manifest = JSON.parse(await readFile(join(root, 'dist', href), 'utf8'));
    assert.equal(manifest.lang, 'ja');
    assert.match(manifest.name, /介護事業所/);
    assert.ok(manifest.icons.length >= 2);
    await page.context().close();
  });

  it('opens and works with no network after the first visit', async () => {
    const page = await openPage(app.browser, app.server.url);
    await controlled(page);
    // Use the demo once, so its bundle is kept too.
    await page.getByTestId('tab-features').click();
    await page.getByTestId('demo-overview').waitFor();
    await page.context().setOffline(true);
    await gotoApp(page, app.server.url);
    assert.equal(await text(page, 'result-total-monthly'), '519,000円');
    await page.getByTestId('input-wage').fill('1000');
    assert.equal(await text(page, 'result-total-monthly'), '349,000円');
    await page.getByTestId('tab-features').click();
    await page.getByTestId('demo-overview').waitFor();
    await page.context().setOffline(false);
    await page.context().close();
  });

  it('offers a newly deployed version and switches to it when asked', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kaigo-dist-'));
    await cp(join(root, 'dist'), dir, { recursive: true });
    const server = await serve(dir);
    try {
      const page = await openPage(app.browser, server.url);
      await controlled(page);
      assert.equal(await page.getByTestId('sw-update').isVisible(), false, 'no prompt on a first visit');
      // Deploy a new version.
      const sw = join(dir, 'sw.js');
      await writeFile(sw, (await readFile(sw, 'utf8')).replace("'kaigo-savings-v1'", "'kaigo-savings-v2'"));
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
      await page.getByTestId('sw-update').waitFor();
      await Promise.all([page.waitForEvent('load'), page.getByTestId('sw-update-button').click()]);
      await page.getByTestId('result-total-monthly').waitFor();
      const cache = await page.evaluate(() => caches.keys());
      assert.deepEqual(cache, ['kaigo-savings-v2'], 'the old version is cleared');
      await page.context().close();
    } finally {
      await server.close();
    }
  });
});
