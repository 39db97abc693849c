// A run left going for more than 12 hours can always be ended (issue 19): a
// handover tapped at 08:00 on a tablet that then slept until 21:00 cannot be
// stopped, re-tapped or switched (no record may be longer than 12 hours), so the
// running list offers its way out: the real end typed in, or discarding it, each
// undoable. Everything runs on the page's own clock (Playwright's clock).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, text, typeInto } from './helpers.mjs';
import { MIN, device, recordCount, tap, unisolate, words } from './study.mjs';

const undo = (page) => page.getByTestId('timestudy-undo').click();

describe('time study: a run left going', () => {
  const app = useApp();

  it('is ended at the time typed in, or discarded, and either is undone', async () => {
    const page = await device(app, '2026-12-02T08:00:00');
    await typeInto(page, 'timestudy-staff', 'A01');
    await tap(page, 'handover');
    // No way out is offered while the run is an ordinary one.
    assert.equal(await page.getByTestId('timestudy-end-at-A01').count(), 0);
    // The tablet sleeps until 21:00: 13 hours.
    await page.clock.fastForward(13 * 60 * MIN);

    // Stop is refused, and says where the way out is; so is a tap on the same task.
    await page.getByTestId('timestudy-stop-A01').click();
    assert.match(await text(page, 'timestudy-error'), /12時間を超えて計測中のため、このままでは終了できません。「計測中」の欄で/);
    assert.match(await words(page, 'timestudy-running'), /A01：申し送り（08:00から 780分）/);
    await typeInto(page, 'timestudy-staff', 'A01');
    assert.equal(await page.getByTestId('timestudy-error').isHidden(), true);
    await tap(page, 'handover');
    assert.match(await text(page, 'timestudy-error'), /12時間を超えて計測中/);
    assert.equal(await recordCount(page), 0);

    // Beside the run: an end time, ending there, discarding; named for screen readers.
    const input = page.getByTestId('timestudy-end-at-A01');
    await input.waitFor();
    assert.equal(unisolate(await input.getAttribute('aria-label')), 'A01 の 申し送り の終了時刻');
    assert.equal(unisolate(await page.getByTestId('timestudy-end-at-save-A01').getAttribute('aria-label')), 'A01 の 申し送り をこの時刻で終了');
    assert.equal(unisolate(await page.getByTestId('timestudy-discard-A01').getAttribute('aria-label')), 'A01 の 申し送り を記録せずに破棄');
    assert.match(await words(page, 'timestudy-running'), /時刻は 17:00 の形、別の日なら 2026-12-02 17:00 の形です/);

    // What cannot be read, what is still too long and what is before the start are
    // each said next to the field, and change nothing.
    const save = () => page.getByTestId('timestudy-end-at-save-A01').click();
    const error = page.getByTestId('timestudy-end-at-error-A01');
    assert.equal(await error.isHidden(), true);
    await typeInto(page, 'timestudy-end-at-A01', '5時');
    await save();
    assert.match(await error.innerText(), /時刻は 17:00 の形（別の日なら 2026-12-02 17:00 の形）で入力してください/);
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    await typeInto(page, 'timestudy-end-at-A01', '21:00');
    await save();
    assert.equal(await error.innerText(), '開始（2026-12-02 08:00）から12時間を超えています。実際に終わった時刻を入れてください。');
    await typeInto(page, 'timestudy-end-at-A01', '2026-12-01 17:00');
    await input.press('Enter');
    assert.equal(await error.innerText(), '終了は開始（2026-12-02 08:00）より後にしてください。');
    assert.equal(await recordCount(page), 0);
    assert.match(await words(page, 'timestudy-running'), /A01：申し送り/);

    // The real end, typed in full width as a Japanese keyboard does: 17:00, 540 minutes.
    await typeInto(page, 'timestudy-end-at-A01', '１７：００');
    await save();
    assert.equal(await recordCount(page), 1);
    assert.match(await words(page, 'timestudy-records'), /12\/02 08:00〜17:00 申し送り・事前（導入前）・昼 A01 540分/);
    assert.equal(await words(page, 'timestudy-running'), '');
    assert.equal(await text(page, 'timestudy-error'), '');
    assert.equal(await page.getByTestId('timestudy-task-handover').getAttribute('aria-pressed'), 'false');

    // Undo: no record, the run going again, its way out offered again.
    assert.equal(await page.getByTestId('timestudy-undo').isEnabled(), true);
    await undo(page);
    assert.equal(await recordCount(page), 0);
    assert.match(await words(page, 'timestudy-running'), /A01：申し送り（08:00から 780分）/);
    await page.getByTestId('timestudy-discard-A01').waitFor();

    // Discard: no record, nobody running; undo brings the run back.
    await page.getByTestId('timestudy-discard-A01').click();
    assert.equal(await recordCount(page), 0);
    assert.equal(await words(page, 'timestudy-running'), '');
    assert.equal(await page.getByTestId('timestudy-undo').isEnabled(), true);
    await undo(page);
    assert.match(await words(page, 'timestudy-running'), /A01：申し送り（08:00から 780分）/);
    assert.equal(await recordCount(page), 0);

    // Discarded again, A01 is free: a new tap starts a handover at 21:00, and it
    // ends as any run does.
    await page.getByTestId('timestudy-discard-A01').click();
    await tap(page, 'handover');
    assert.equal(await text(page, 'timestudy-error'), '');
    assert.match(await words(page, 'timestudy-running'), /A01：申し送り（21:00から 0分）/);
    assert.equal(await page.getByTestId('timestudy-task-handover').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.getByTestId('timestudy-end-at-A01').count(), 0);
    await page.clock.fastForward(5 * MIN);
    await page.getByTestId('timestudy-stop-A01').click();
    assert.equal(await recordCount(page), 1);
    assert.match(await words(page, 'timestudy-records'), /21:00〜21:05 申し送り・事前（導入前）・夜 A01 5分/);

    // In English the way out speaks English.
    await typeInto(page, 'timestudy-staff', 'N02');
    await tap(page, 'phone');
    await page.clock.fastForward(13 * 60 * MIN);
    await page.getByTestId('lang-toggle').click();
    await page.getByTestId('timestudy-end-at-save-N02').click();
    assert.equal(await page.getByTestId('timestudy-end-at-error-N02').innerText(), 'Enter the time as 17:00 (or as 2026-12-02 17:00 for another day).');
    assert.equal(unisolate(await page.getByTestId('timestudy-discard-N02').getAttribute('aria-label')), 'Discard, no record (N02, Phone call (incl. failed))');
    assert.deepEqual(page.errors, []);
  });
});
