// Measured, not assumed (issue 11, first step): an input a facility measured comes
// with its badge (実測, n and the 95 % interval) in a share link, and keeps it on
// every surface — the calculator, the printed proposal, the CSV — until someone
// types over it. Links are built here from the documented link format (sorted
// pairs, SHA-256 digest), not copied from the app.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { useApp, openPage, gotoApp, text, typeInto, PRINT_DIALOG, printWithKeys } from './helpers.mjs';

/** A share link query for `pairs` (key → value) at version `v`. */
function link(v, pairs) {
  const keys = Object.keys(pairs).sort();
  const plain = `v=${v}` + keys.map((k) => `&${k}=${pairs[k]}`).join('');
  const c = createHash('sha256').update(plain).digest('hex').slice(0, 8);
  return `v=${v}` + keys.map((k) => `&${encodeURIComponent(k)}=${encodeURIComponent(pairs[k])}`).join('') + `&c=${c}`;
}

const csvOf = async (page) => decodeURIComponent((await page.getByTestId('share-csv').getAttribute('href')).replace(/^data:text\/csv;charset=utf-8,/, ''));

describe('measured inputs', () => {
  const app = useApp();

  it("a colleague's link with a measured handover keeps its badge on every surface until it is typed over", async () => {
    const q = link(3, { 'handover-minutes': '7.46', 'measured-handover-minutes': '42;5.9;9.02', 'callback-staff': '6', 'measured-callback-staff': '12;5;7' });
    const page = await openPage(app.browser, null, { init: PRINT_DIALOG });
    await gotoApp(page, `${app.server.url}?${q}#savings`);
    assert.equal(await page.getByTestId('input-handover-minutes').inputValue(), '7.46');
    assert.equal(await text(page, 'measured-handover-minutes'), '実測 n=42・95%区間 5.9〜9.02分/日');
    assert.equal(await text(page, 'measured-callback-staff'), '実測 n=12・95%区間 5〜7人/日');
    assert.equal(await page.getByTestId('measured-handover-staff').isVisible(), false, 'an assumed input has no badge');
    // 50 × 7.46 × 30 × 1,500 ÷ 60 = 279,750円 for the handover line.
    assert.equal(await text(page, 'result-handover-monthly'), '279,750円');
    // The printed proposal lists the inputs with their badges.
    const printed = (await printWithKeys(page)).join('\n');
    // (pdf.js reads the middle dot ・ back as ‧.)
    assert.match(printed, /実測 n=42[・‧]95%区間 5\.9〜9\.02分\/日/);
    // The CSV keeps the value a number and says where it came from beside the unit.
    await page.getByTestId('tab-share').click();
    const csv = await csvOf(page);
    assert.match(csv, /\r\n[^\r\n]*申し送り[^\r\n]*,7\.46,分\/日（実測 n=42・95%区間 5\.9〜9\.02分\/日）\r\n/, csv);
    // In English too.
    await page.getByTestId('lang-toggle').click();
    await page.getByTestId('tab-savings').click();
    assert.equal(await text(page, 'measured-handover-minutes'), 'measured, n = 42, 95% interval 5.9–9.02 min/day');
    await page.getByTestId('lang-toggle').click();
    // A reload keeps the badge (the stored figures carry it).
    await gotoApp(page, `${app.server.url}#savings`);
    assert.equal(await text(page, 'measured-handover-minutes'), '実測 n=42・95%区間 5.9〜9.02分/日');
    // Typing over the measured value makes it an assumption again, after a reload too.
    await typeInto(page, 'input-handover-minutes', '8');
    assert.equal(await page.getByTestId('measured-handover-minutes').isVisible(), false);
    assert.equal(await text(page, 'measured-callback-staff'), '実測 n=12・95%区間 5〜7人/日', 'the other badge stays');
    await gotoApp(page, `${app.server.url}#savings`);
    assert.equal(await page.getByTestId('measured-handover-minutes').isVisible(), false);
    await page.getByTestId('tab-share').click();
    const url = await page.getByTestId('share-url').inputValue();
    assert.match(url, /measured-callback-staff=12%3B5%3B7/);
    assert.doesNotMatch(url, /measured-handover-minutes/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('a badge that does not fit its value, or one in a version-2 link, is refused and nothing changes', async () => {
    const page = await openPage(app.browser, null);
    for (const q of [
      link(3, { 'handover-minutes': '7.46', 'measured-handover-minutes': '42;8;9' }),
      link(2, { 'handover-minutes': '7.46', 'measured-handover-minutes': '42;5.9;9.02' }),
    ]) {
      await gotoApp(page, `${app.server.url}?${q}#savings`);
      await page.getByTestId('notice-text').waitFor();
      assert.match(await text(page, 'notice-text'), /共有リンクを開けませんでした/);
      assert.equal(await page.getByTestId('input-handover-minutes').inputValue(), '10');
      assert.equal(await page.getByTestId('measured-handover-minutes').isVisible(), false);
    }
    await page.context().close();
  });
});
