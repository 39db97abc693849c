// Storage that is unavailable, full, or holds unreadable or newer data: the app
// still starts, says so in one line, and never throws the user's data away.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, serve, openPage, gotoApp, text, typeInto } from './helpers.mjs';

const KEY = 'kaigo-savings/scenario';
const backups = (page) => page.evaluate(() =>
  Object.keys(localStorage).filter((k) => k.startsWith('kaigo-savings/scenario-backup/'))
    .map((k) => localStorage.getItem(k)));

/** Blocks localStorage, as private modes and locked-down browsers do. */
const blocked = () => Object.defineProperty(window, 'localStorage', {
  get() { throw new DOMException('blocked', 'SecurityError'); },
});

/** Fills localStorage to the last byte. */
const fillStorage = (page) => page.evaluate(() => {
  const chunk = 'x'.repeat(256 * 1024);
  for (let i = 0; i < 200; i++) {
    try { localStorage.setItem(`junk-${i}`, chunk); } catch { break; }
  }
  for (let size = 16384; size >= 1; size = Math.floor(size / 2)) {
    for (let i = 0; i < 64; i++) {
      try { localStorage.setItem(`fill-${size}-${i}`, 'x'.repeat(size)); } catch { break; }
    }
  }
});

/**
 * Types figures of its own, then checks that the share link, QR code, CSV, printed
 * proposal and presentation all show exactly the figures on screen.
 */
async function everyOutputShowsTheScreen(page) {
  await typeInto(page, 'input-wage', '1234');
  await typeInto(page, 'input-handover-staff', '37');
  const total = await text(page, 'result-total-monthly');
  assert.notEqual(total, '519,000円');
  await page.getByTestId('tab-share').click();
  const url = await page.getByTestId('share-url').inputValue();
  assert.match(url, /wage=1234/);
  assert.match(url, /handover-staff=37/);
  assert.ok((await page.getByTestId('share-qr').innerHTML()).includes('<svg'));
  const csv = decodeURIComponent((await page.getByTestId('share-csv').getAttribute('href')).split(',').slice(1).join(','));
  assert.ok(csv.includes(`月間,${total.replace(/[^0-9]/g, '')},円/月`), 'the CSV has the total on screen');
  await page.emulateMedia({ media: 'print' });
  assert.ok((await page.getByTestId('print-view').innerText()).includes(total), 'the proposal has the total on screen');
  await page.emulateMedia({ media: 'screen' });
  await page.getByTestId('present-open').click();
  for (let i = 0; i < 5; i++) await page.getByTestId('present-next').click();
  assert.equal(await text(page, 'present-total'), `${total}/月`);
  await page.keyboard.press('Escape');
}

describe('storage', () => {
  const app = useApp();

  it('recovers from corrupt data and keeps it as a backup', async () => {
    const page = await openPage(app.browser, app.server.url);
    await page.evaluate((k) => localStorage.setItem(k, '{"v":2,"s":{"wage":"15'), KEY);
    await gotoApp(page, app.server.url);
    assert.equal(await text(page, 'result-total-monthly'), '519,000円');
    assert.match(await text(page, 'notice-text'), /読み込めなかった.*バックアップ/);
    assert.deepEqual(await backups(page), ['{"v":2,"s":{"wage":"15']);
    // The app goes on saving normally.
    await typeInto(page, 'input-wage', '1400');
    await gotoApp(page, app.server.url);
    assert.equal(await page.getByTestId('input-wage').inputValue(), '1,400');
    assert.equal(await page.getByTestId('notice').isVisible(), false);
    await page.context().close();
  });

  it('keeps data written by a newer version as a backup', async () => {
    const page = await openPage(app.browser, app.server.url);
    const future = JSON.stringify({ v: 9, s: { anything: 'new' } });
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, future]);
    await gotoApp(page, app.server.url);
    assert.match(await text(page, 'notice-text'), /新しい版/);
    assert.deepEqual(await backups(page), [future]);
    await page.context().close();
  });

  it('starts and works when storage is unavailable', async () => {
    const page = await openPage(app.browser, app.server.url, { init: blocked });
    assert.equal(await text(page, 'result-total-monthly'), '519,000円');
    assert.match(await text(page, 'notice-text'), /保存できません/);
    await typeInto(page, 'input-wage', '1000');
    assert.equal(await text(page, 'result-total-monthly'), '349,000円');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('says so when storage is full and recovers when space frees up', async () => {
    const page = await openPage(app.browser, app.server.url);
    await fillStorage(page);
    await typeInto(page, 'input-notebook-users', '31');
    assert.match(await text(page, 'notice-text'), /保存領域がいっぱい/);
    assert.equal(await page.getByTestId('input-notebook-users').inputValue(), '31', 'nothing lost on screen');
    await page.evaluate(() => Object.keys(localStorage).filter((k) => /^(junk|fill)-/.test(k)).forEach((k) => localStorage.removeItem(k)));
    await typeInto(page, 'input-notebook-users', '32');
    assert.equal(await page.getByTestId('notice').isVisible(), false);
    await gotoApp(page, app.server.url);
    assert.equal(await page.getByTestId('input-notebook-users').inputValue(), '32');
    await page.context().close();
  });

  it('shares, exports, prints and presents the figures on screen when storage is unavailable', async () => {
    const page = await openPage(app.browser, app.server.url, { init: blocked });
    await everyOutputShowsTheScreen(page);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('shares, exports, prints and presents the figures on screen when storage is full', async () => {
    const page = await openPage(app.browser, app.server.url);
    await fillStorage(page);
    await everyOutputShowsTheScreen(page);
    assert.match(await text(page, 'notice-text'), /保存領域がいっぱい/);
    await page.context().close();
  });
});
