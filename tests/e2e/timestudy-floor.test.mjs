// The recorder on the floor (issue 19): on a phone the task buttons and who is
// running come first (settings fold away); a running person's row makes the
// buttons theirs without retyping the code; stop buttons and record actions are
// named with person and task; every control is a 44 px touch target on a
// tablet; a record that crosses midnight says so.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, text, typeInto } from './helpers.mjs';
import { device, inView, recordCount, tap, unisolate, wait, words } from './study.mjs';

const PHONE = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };

describe('time study on the floor', () => {
  const app = useApp();

  it('puts the task buttons on the first screen of a phone, with the settings folded', async () => {
    const page = await device(app, '2026-12-02T08:00:00', PHONE);
    await page.evaluate(() => window.scrollTo(0, 0));
    const grid = await page.locator('.task-grid').boundingBox();
    assert.ok(grid.y + 64 < PHONE.height, `the first task buttons start at ${grid.y} px`);
    assert.equal(await page.getByTestId('timestudy-phase').isVisible(), false);
    assert.match(await text(page, 'timestudy-settings'), /設定：事前（導入前）を記録中・昼 07:00〜・夜 19:00〜/);
    assert.deepEqual(page.errors, []);
  });

  it('switches a running person from their row, names every action, and is big enough to touch', async () => {
    const page = await device(app, '2026-12-02T23:40:00', TABLET);
    await typeInto(page, 'timestudy-staff', 'A01');
    await tap(page, 'handover');
    await typeInto(page, 'timestudy-staff', 'N02');
    await page.getByTestId('timestudy-role').selectOption('nurse');
    await tap(page, 'phone');
    // N02's code is in the field; a tap on A01's row makes the buttons A01's.
    const pick = page.getByTestId('timestudy-pick-A01');
    assert.equal(await pick.getAttribute('aria-pressed'), 'false');
    await wait(page, 30);
    await pick.click();
    assert.equal(await page.getByTestId('timestudy-staff').inputValue(), 'A01');
    assert.equal(await pick.getAttribute('aria-pressed'), 'true');
    assert.equal(await page.getByTestId('timestudy-role').inputValue(), 'care-worker');
    await tap(page, 'notebook');
    assert.match(await words(page, 'timestudy-running'), /A01：連絡ノート（1人分）（00:10から 0分）/);
    assert.match(await words(page, 'timestudy-running'), /N02：電話連絡/);
    // A01's handover ran from 23:40 to 00:10: the record says it ended the next day.
    assert.equal(await recordCount(page), 1);
    assert.match(await words(page, 'timestudy-records'), /12\/02 23:40〜翌00:10 申し送り・事前（導入前）・夜 A01 30分/);

    // Named with person and task (or the record) for screen readers.
    assert.equal(unisolate(await page.getByTestId('timestudy-stop-N02').getAttribute('aria-label')), 'N02 の 電話連絡（不通も） を終了');
    await inView(page, 'timestudy-records');
    const record = page.getByTestId('timestudy-record').first();
    assert.equal(unisolate(await record.getByTestId('timestudy-record-edit').getAttribute('aria-label')),
      '12/02 23:40〜翌00:10 申し送り・事前（導入前）・夜 A01 30分 を修正');
    assert.equal(unisolate(await record.getByTestId('timestudy-record-delete').getAttribute('aria-label')),
      '12/02 23:40〜翌00:10 申し送り・事前（導入前）・夜 A01 30分 を削除');

    // Every control of the recorder and the records is at least 44 px high and wide.
    await page.getByTestId('timestudy-settings').locator('summary').click();
    const small = await page.evaluate(() => [...document.querySelectorAll(
      '.study-recorder :is(button, select, input, summary), .study-records :is(button, input, label.check)')]
      .filter((e) => e.checkVisibility())
      .map((e) => [e.dataset.testid ?? e.tagName, e.getBoundingClientRect()])
      .filter(([, r]) => r.height < 44 || r.width < 44)
      .map(([id, r]) => `${id} ${Math.round(r.width)}×${Math.round(r.height)}`));
    assert.deepEqual(small, []);
    assert.deepEqual(page.errors, []);
  });
});
