// The recorder on the floor (issue 19): on a phone the task buttons and who is
// running come first (settings fold away); a running person's row makes the
// buttons theirs without retyping the code; stop buttons and record actions are
// named with person and task; every control is a 44 px touch target on a
// tablet; a record that crosses midnight says so.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, text, typeInto, PRINT_DIALOG, printWithKeys } from './helpers.mjs';
import { counted, device, importFile, inView, recordCount, tap, unisolate, wait, words } from './study.mjs';

const PHONE = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };

describe('time study on the floor', () => {
  const app = useApp();

  it('puts the task buttons on the first screen of a phone, with the settings folded', async () => {
    const page = await device(app, '2026-12-02T08:00:00', PHONE);
    await page.evaluate(() => window.scrollTo(0, 0));
    const grid = await page.locator('.task-grid').first().boundingBox();
    assert.ok(grid.y + 64 < PHONE.height, `the first task buttons start at ${grid.y} px`);
    // The guideline's B 13–19 are folded into one line right under the other
    // buttons: their seven buttons do not push who is running further down.
    assert.equal(await page.getByTestId('timestudy-task-meals').isVisible(), false);
    const fold = await page.getByTestId('timestudy-tasks-b13').locator('summary').boundingBox();
    assert.ok(fold.height <= 140, `the fold of B 13–19 is ${fold.height} px high`);
    assert.ok(fold.y - (grid.y + grid.height) < 20, `the fold starts ${fold.y - grid.y - grid.height} px under the buttons`);
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

  it('records B 13–19 one by one from their fold, and keeps older records of 13–19 as one apart', async () => {
    const page = await device(app, '2026-12-02T08:00:00', PHONE);
    const fold = page.getByTestId('timestudy-tasks-b13');
    const isOpen = () => fold.evaluate((d) => d.open);
    await typeInto(page, 'timestudy-staff', 'A01');
    await fold.locator('summary').click();
    await tap(page, 'meals');
    await wait(page, 20);
    await tap(page, 'cleaning');
    assert.equal(await page.getByTestId('timestudy-task-cleaning').getAttribute('aria-pressed'), 'true');
    assert.match(await words(page, 'timestudy-running'), /A01：居室清掃・片付け/);
    await wait(page, 10);
    await tap(page, 'cleaning');
    assert.equal(await isOpen(), true, 'left open, as the person had it');
    assert.equal(await recordCount(page), 2);
    assert.match(await words(page, 'timestudy-records'), /08:00〜08:20 朝食・おやつの配膳・下膳等/);
    assert.match(await words(page, 'timestudy-records'), /08:20〜08:30 居室清掃・片付け/);
    // A file from a device of the last version: there その他の間接業務 was B 13–19
    // as one. It is kept as that, not taken for B 19.
    const csv = '業務,開始,終了,職員コード,職種\r\nその他の間接業務,2026-12-02 09:00,2026-12-02 09:30,K7,介護職員\r\nその他の間接業務(19),2026-12-02 09:30,2026-12-02 09:40,K7,介護職員\r\n';
    assert.match(await importFile(page, 'older.csv', csv), /^2件を追加しました/);
    await counted(page);
    await inView(page, 'timestudy-roles-b13');
    const b13 = page.getByTestId('timestudy-roles-b13');
    const head = await b13.locator('thead th').allInnerTexts();
    assert.deepEqual(head.slice(3), ['B 13 他の職員に対する指導・教育', 'B 14 朝食・おやつの配膳・下膳等', 'B 15 入浴業務の準備等',
      'B 16 リネン交換・ベッドメイク', 'B 17 居室清掃・片付け', 'B 18 消毒などの感染症対応', 'B 19 その他の間接業務',
      'B 13〜19（一括、以前の版の記録）']);
    // Two person-days: A01 30 minutes (14: 20, 17: 10), K7 40 (13–19 as one 30, 19: 10),
    // each all B 13–19 → ×16 and ×12: 14 320 / 2 = 160, 17 160 / 2 = 80, 19 120 / 2 = 60,
    // as one 360 / 2 = 180; as recorded 10, 5, 5, 15.
    const rows = await b13.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.innerText)));
    assert.deepEqual(rows, [['全体', '事前（導入前）', '2人', '0分（0分）', '160分（10分）', '0分（0分）', '0分（0分）',
      '80分（5分）', '0分（0分）', '60分（5分）', '180分（15分）']]);
    // The code-group table gives them as one total: 480, as recorded (30 + 40) / 2 = 35.
    const total = await page.getByTestId('timestudy-roles').locator('tbody tr').first()
      .evaluate((tr) => tr.cells[9].innerText);
    assert.equal(total, '480分（35分）');
    // The printed proposal has both tables too.
    await page.evaluate(PRINT_DIALOG);
    await page.clock.resume();
    // (The PDF's font gives 「・」 as U+2027.)
    const printed = (await printWithKeys(page)).join('\n').replace(/\u2027/g, '・');
    assert.match(printed, /B 13〜19 の内訳/);
    assert.match(printed, /B 14 朝食・おやつの配膳・下膳等/);
    assert.match(printed, /B 13〜19（一括、以前の版の記録）/);
    assert.deepEqual(page.errors, []);
  });

  it('prints the study as it stands the moment after a tap', async () => {
    // The results on screen follow a tap once the study has been still; a print
    // straight after the tap (Ctrl+P on the floor) counts it first.
    const page = await device(app, '2026-12-02T08:00:00', TABLET);
    await page.evaluate(() => {
      window.print = () => {
        window.printAsked = (window.printAsked ?? 0) + 1;
        const rows = document.querySelectorAll('[data-testid="print-timestudy-summary"] tbody tr');
        window.printedRows = [...rows].map((tr) => [...tr.cells].slice(0, 3).map((c) => c.textContent));
      };
    });
    await typeInto(page, 'timestudy-staff', 'A01');
    await tap(page, 'handover');
    await wait(page, 6);
    await tap(page, 'handover');
    assert.equal(await recordCount(page), 1);
    await page.keyboard.press('ControlOrMeta+p');
    // The page's clock moves on only by the moment the print takes (its part is
    // fetched in real time), far less than the wait before counting.
    for (let i = 0; i < 100 && !(await page.evaluate(() => window.printAsked)); i++) {
      await page.clock.runFor(1);
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.deepEqual(await page.evaluate(() => window.printedRows), [['申し送り', '事前（導入前）', '1']]);
    assert.deepEqual(page.errors, []);
  });
});
