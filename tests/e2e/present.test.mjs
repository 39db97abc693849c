// Presentation mode as sales staff use it: full screen, stepped by the keys a
// clicker sends, a figure changed in place that the following slides follow, Esc.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, text, typeInto } from './helpers.mjs';

describe('presentation', () => {
  const app = useApp();

  it('steps through the pitch by keyboard, edits in place, and leaves with Esc', async () => {
    const page = await openPage(app.browser, app.server.url, { viewport: { width: 1024, height: 768 } });
    await page.getByTestId('present-open').click();
    const deck = page.getByTestId('present');
    await deck.waitFor();
    assert.equal(await text(page, 'present-progress'), '1 / 9');
    assert.match(await text(page, 'present-slide'), /介護の現場の時間/);
    await page.keyboard.press('ArrowRight');
    assert.match(await text(page, 'present-printing'), /9千円/);
    await page.keyboard.press('PageDown');
    assert.match(await text(page, 'present-notebook'), /9\.8万円/);
    await page.keyboard.press(' ');
    assert.match(await text(page, 'present-handover'), /37\.5万円/);
    assert.equal(await text(page, 'present-progress'), '4 / 9');
    // The customer's own figure: 35 staff in handovers.
    const staff = page.getByTestId('present-input-handover-staff');
    await staff.fill('35');
    assert.match(await text(page, 'present-handover'), /26\.3万円/);   // 35 × 10 × 30 × 1,500 ÷ 60 = 262,500
    // Typed key by key, 「600」 minutes passes through 「60」: the figure stays at
    // the minutes before the edit (10) while the field is wrong, and says so.
    await typeInto(page, 'present-input-handover-minutes', '600');
    assert.match(await text(page, 'present-error'), /上限/);
    assert.match(await text(page, 'present-handover'), /26\.3万円/);
    assert.match(await text(page, 'present-stale'), /入力し直す前の値/);
    await typeInto(page, 'present-input-handover-minutes', '10');
    assert.equal(await page.getByTestId('present-stale').isVisible(), false);
    await staff.press('ArrowRight');                                   // typing does not turn the page
    assert.equal(await text(page, 'present-progress'), '4 / 9');
    await page.getByTestId('present-next').click();
    await page.keyboard.press('ArrowRight');
    // The total follows: 9,000 + 97,500 + 262,500 + 37,500.
    assert.equal(await text(page, 'present-total'), '406,500円/月');
    await page.keyboard.press('PageUp');
    assert.equal(await text(page, 'present-progress'), '5 / 9');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await text(page, 'present-progress'), '9 / 9', 'stops at the last slide');
    assert.match(await text(page, 'present-slide'), /利用開始！/);
    await page.keyboard.press('Escape');
    assert.equal(await deck.isVisible(), false);
    // The calculator took the figure changed while presenting.
    assert.equal(await page.getByTestId('input-handover-staff').inputValue(), '35');
    assert.equal(await text(page, 'result-total-monthly'), '406,500円');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('turns pages by swipe on a tablet and opens again from the start', async () => {
    const page = await openPage(app.browser, app.server.url, { viewport: { width: 1180, height: 820 } });
    await page.getByTestId('present-open').click();
    await page.getByTestId('present').waitFor();
    const swipe = async (from, to) => {
      await page.mouse.move(from, 400);
      await page.mouse.down();
      await page.mouse.move(to, 400, { steps: 5 });
      await page.mouse.up();
    };
    await swipe(900, 300);
    assert.equal(await text(page, 'present-progress'), '2 / 9');
    await swipe(300, 900);
    assert.equal(await text(page, 'present-progress'), '1 / 9');
    await page.getByTestId('present-close').click();
    await page.getByTestId('present-open').click();
    assert.equal(await text(page, 'present-progress'), '1 / 9');
    await page.context().close();
  });
});
