// The time study's phase rule and two tabs (issue 19): a run keeps the phase it
// began in when the phase is changed (shown beside the run, kept over a reload);
// a record's task and phase can be corrected; two tabs of one browser recording
// at once lose no record, share no id and leave no one running who was stopped.
// Everything runs on the page's own clock (Playwright's clock, one per browser).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, text, typeInto } from './helpers.mjs';
import { device, inView, loadPaused, setPhase, settings, recordCount, tap, wait, words } from './study.mjs';


/** The records as the screen lists them, oldest first. */
const records = async (page) =>
  (await inView(page, 'timestudy-records'), await page.locator('[data-testid="timestudy-record"] .record-text').allInnerTexts())
    .map((t) => t.replace(/[\u2066-\u2069]/g, ''))
    .reverse();

/** The time a person takes to go from one tab to the other: 300 ms on the
 * page's clock, and a moment of real time in which the browser tells each tab
 * of the other's stored study (Chromium passes it between its processes). */
async function switchTabs(page) {
  await page.clock.runFor(300);
  await new Promise((r) => setTimeout(r, 100));
}

describe('time study: phases and tabs', () => {
  const app = useApp();

  it('keeps a run in the phase it began in, says so, and corrects task and phase', async () => {
    const page = await device(app, '2026-12-02T08:00:00');
    assert.equal(await page.getByTestId('timestudy-phase-rule').isHidden(), true);
    await typeInto(page, 'timestudy-staff', 'A01');
    await tap(page, 'handover');
    await wait(page, 5);
    // The phase is changed while A01 is timed: the rule is shown, and the run says
    // which phase it will be recorded in.
    await setPhase(page, 'after1');
    assert.match(await text(page, 'timestudy-phase-rule'), /始めたときの時期のまま記録されます/);
    assert.match(await words(page, 'timestudy-running'), /A01：申し送り（08:00から 5分・始めた時期の「事前（導入前）」として記録）/);
    // Kept over a reload (the stored run has its phase).
    await wait(page, 1);
    await loadPaused(page, () => page.reload());
    assert.match(await text(page, 'timestudy-settings'), /設定：事後①を記録中/);
    await settings(page);
    assert.equal(await page.getByTestId('timestudy-phase').inputValue(), 'after1');
    assert.match(await words(page, 'timestudy-running'), /「事前（導入前）」として記録/);
    await wait(page, 4);
    // A switch records the handover as 事前 and times the notebook as 事後①.
    await typeInto(page, 'timestudy-staff', 'A01');
    await tap(page, 'notebook');
    await wait(page, 3);
    await page.getByTestId('timestudy-stop-A01').click();
    assert.deepEqual(await records(page), [
      '12/02 08:00〜08:10 申し送り・事前（導入前）・昼 A01 10分',
      '12/02 08:10〜08:13 連絡ノート（1人分）・事後①・昼 A01 3分',
    ]);
    assert.equal(await page.getByTestId('timestudy-phase-rule').isHidden(), true);

    // The correction form changes task and phase, not only times.
    const first = page.getByTestId('timestudy-record').last();
    await first.getByTestId('timestudy-record-edit').click();
    await page.getByTestId('timestudy-edit-task').selectOption('phone');
    await page.getByTestId('timestudy-edit-phase').selectOption('after2');
    await page.getByTestId('timestudy-edit-save').click();
    assert.deepEqual(await records(page), [
      '12/02 08:00〜08:10 電話連絡（不通も）・事後②・昼 A01 10分',
      '12/02 08:10〜08:13 連絡ノート（1人分）・事後①・昼 A01 3分',
    ]);
    assert.deepEqual(page.errors, []);
  });

  it('loses nothing when two tabs record at once', async () => {
    const one = await device(app, '2026-12-02T08:00:00');
    // A second tab of the same browser (same storage, same clock).
    const two = await one.context().newPage();
    two.errors = [];
    two.on('pageerror', (e) => two.errors.push(String(e)));
    await loadPaused(two, () => two.goto(`${app.server.url}#measure`));

    // Tab one starts A01's handover; once stored, tab two shows it running.
    await typeInto(one, 'timestudy-staff', 'A01');
    await tap(one, 'handover');
    await wait(one, 1);
    await two.getByTestId('timestudy-stop-A01').waitFor();

    // Before either has stored: tab one stops A01 and, a moment later (the time
    // it takes to switch tabs), tab two starts B02's phone call, still showing
    // A01 running. Tab one stores first; tab two then applies its tap over that.
    await wait(one, 9);
    await tap(one, 'handover');
    await switchTabs(one);
    await typeInto(two, 'timestudy-staff', 'B02');
    await tap(two, 'phone');
    assert.equal(await recordCount(one), 1);
    assert.match(await words(two, 'timestudy-running'), /A01：申し送り/);
    await switchTabs(one);
    await wait(one, 1);
    // Both tabs: A01's record kept, A01 no longer running, B02 running.
    for (const page of [one, two]) {
      await page.getByTestId('timestudy-stop-B02').waitFor();
      assert.equal(await page.getByTestId('timestudy-stop-A01').count(), 0);
      assert.equal(await recordCount(page), 1);
    }

    // Tab two ends the call; tab one then times C03 before hearing of it.
    await wait(two, 4);
    await tap(two, 'phone');
    await switchTabs(two);
    await typeInto(one, 'timestudy-staff', 'C03');
    await tap(one, 'printing');
    await wait(one, 2);
    await tap(one, 'printing');
    await wait(one, 1);
    for (const page of [one, two]) {
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="timestudy-record"]').length === 3);
      assert.equal(await words(page, 'timestudy-running'), '');
    }
    // Three records with three ids, in every tab and after a reload.
    const ids = (page) => page.getByTestId('timestudy-record').evaluateAll((rs) => rs.map((r) => r.dataset.id).sort());
    const seen = await ids(one);
    assert.equal(new Set(seen).size, 3);
    assert.deepEqual(await ids(two), seen);
    await loadPaused(one, () => one.reload());
    assert.deepEqual(await ids(one), seen);
    assert.match((await records(one)).join('\n'), /^12\/02 08:00〜08:10 申し送り.* A01 10分\n12\/02 08:10〜08:15 電話連絡.* B02 5分\n12\/02 08:15〜08:17 印刷.* C03 2分$/);
    assert.deepEqual([...one.errors, ...two.errors], []);
  });
  it('stores the study again when its stored copy was taken away', async () => {
    // Another program (or the browser's tools) removes the stored copy; a change
    // made and undone in this tab within the wait before storing leaves the
    // study as it was, and it is stored again all the same.
    const page = await device(app, '2026-12-02T08:00:00');
    await typeInto(page, 'timestudy-staff', 'A01');
    await tap(page, 'handover');
    await wait(page, 5);
    await tap(page, 'handover');
    await page.clock.runFor(1000);
    const stored = () => page.evaluate(() => localStorage.getItem('kaigo-savings/timestudy'));
    const before = await stored();
    assert.ok(before?.includes('"records":[['), 'the record is stored');
    await page.evaluate(() => localStorage.removeItem('kaigo-savings/timestudy'));
    await setPhase(page, 'after1');
    await setPhase(page, 'before');
    await page.clock.runFor(1000);
    assert.equal(await stored(), before);
  });
});
