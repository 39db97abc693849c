// The 10-minute sheet (issue 19): staff who cannot tap fill in the guideline's
// paper sheet on screen; its minutes join the tapped ones in a day (scaled to
// 480 minutes, by hand below), never as occurrences, and are marked as sheet
// records in the list and the files. Bad input is said next to it and kept.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, text, typeInto, axePath } from './helpers.mjs';
import { device, tap, wait, counted, inView, recordCount, words } from './study.mjs';

/** Opens the sheet by its heading, as a person does. */
async function openSheet(page) {
  const box = page.getByTestId('timestudy-sheet');
  if (!(await box.evaluate((d) => d.open))) await box.locator('summary').click();
}

/** Types the minutes of one cell (slot `i`, task key). */
const cell = (page, i, task, value) => typeInto(page, `timestudy-sheet-${i}-${task}`, value);

describe('time study: the 10-minute sheet', () => {
  const app = useApp();

  it('a sheet on a phone joins the taps of the same day, scaled to 480 minutes, never as occurrences', async () => {
    const page = await device(app, '2026-12-02T14:00:00', { width: 390, height: 844 });
    // C1 taps an hour of direct care in the afternoon.
    await typeInto(page, 'timestudy-staff', 'C1');
    await tap(page, 'direct-care');
    await wait(page, 60);
    await tap(page, 'direct-care');
    assert.equal(await recordCount(page), 1);
    // The morning from the paper sheet: 09:00–09:40, typed on a Japanese
    // keyboard (full-width digits and colon).
    await openSheet(page);
    assert.equal(await page.getByTestId('timestudy-sheet-staff').inputValue(), 'C1', 'the code typed above');
    await typeInto(page, 'timestudy-sheet-from', '９：００');
    await typeInto(page, 'timestudy-sheet-to', '09:40');
    assert.equal(await page.getByTestId('timestudy-sheet-grid').locator('tbody tr').count(), 4);
    await cell(page, 0, 'handover', '１０');
    await cell(page, 1, 'handover', '10');
    await cell(page, 2, 'meals', '6');
    await cell(page, 2, 'break', '4');
    await cell(page, 3, 'cleaning', '4');
    await cell(page, 3, 'break', '6');
    assert.deepEqual(await Promise.all([0, 1, 2, 3].map((i) => text(page, `timestudy-sheet-${i}-total`))), ['10', '10', '10', '10']);
    await page.getByTestId('timestudy-sheet-save').click();
    assert.equal(await words(page, 'timestudy-sheet-result'), 'C1 の10分記録 6件を追加しました（2026-12-02 09:00〜09:40）。');
    assert.equal(await recordCount(page), 7);
    // The grid is empty again for the next sheet.
    assert.equal(await page.getByTestId('timestudy-sheet-0-handover').inputValue(), '');
    await counted(page);
    // One person-day of 100 minutes: A 60, B 30 (11 handover 20, 13–19 10: 14
    // meals 6, 17 cleaning 4), C 10 → ×4.8: 288, 144 (96, 48: 28.8, 19.2), 48.
    await inView(page, 'timestudy-roles');
    const rows = await page.getByTestId('timestudy-roles').locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.innerText)));
    assert.deepEqual(rows, [['全体', '事前（導入前）', '1人', '1人日（1人 1日）', '288分（60分）', '144分（30分）',
      '0分（0分）', '96分（20分）', '0分（0分）', '48分（10分）', '48分（10分）', '0分（0分）']]);
    // B 13–19 one by one, in the guideline's order.
    const b13 = page.getByTestId('timestudy-roles-b13');
    assert.deepEqual(await b13.locator('thead th').allInnerTexts(), ['職種', '時期', '人数',
      'B 13 他の職員に対する指導・教育', 'B 14 朝食・おやつの配膳・下膳等', 'B 15 入浴業務の準備等',
      'B 16 リネン交換・ベッドメイク', 'B 17 居室清掃・片付け', 'B 18 消毒などの感染症対応', 'B 19 その他の間接業務']);
    assert.deepEqual(await b13.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.innerText))),
      [['全体', '事前（導入前）', '1人', '0分（0分）', '28.8分（6分）', '0分（0分）', '0分（0分）', '19.2分（4分）', '0分（0分）', '0分（0分）']]);
    // Handover only from the sheet: no occurrence, no minutes per occurrence.
    await inView(page, 'timestudy-summary');
    const summary = await page.getByTestId('timestudy-summary').locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.innerText)));
    const handover = summary.find((r) => r[0] === '申し送り');
    assert.deepEqual(handover.slice(0, 5), ['申し送り', '事前（導入前）', '0（ほか10分記録 2件）', '—', '—']);
    assert.equal(handover[6], '20分', 'its minutes per person per day');
    // The list says which records came from the sheet.
    await inView(page, 'timestudy-records');
    const listed = await page.getByTestId('timestudy-record').allInnerTexts();
    assert.equal(listed.filter((t) => t.includes('（10分記録）')).length, 6);
    assert.ok(listed.some((t) => /14:00〜15:00 直接介護/.test(t) && !t.includes('10分記録')));
    // The records file marks them too, and reads back the same.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('timestudy-export').click()]);
    const file = await readFile(await download.path(), 'utf8');
    const lines = file.trim().split('\r\n');
    assert.match(lines[0], /,不通,記録方法$/);
    assert.equal(lines.filter((l) => l.endsWith(',10分記録')).length, 6);
    assert.equal(lines.filter((l) => l.endsWith(',タップ')).length, 1);
    assert.deepEqual(page.errors, []);
  });

  it('bad minutes are said and kept, an overlap is refused, and a sheet is taken back whole', async () => {
    const page = await device(app, '2026-12-02T18:00:00', { width: 1024, height: 768 });
    await typeInto(page, 'timestudy-staff', 'Ｎ０２');
    await tap(page, 'phone');
    await wait(page, 5);
    await tap(page, 'phone');
    await openSheet(page);
    // Hours off the 10-minute marks, and a sheet longer than 12 hours.
    await typeInto(page, 'timestudy-sheet-from', '17:05');
    assert.match(await text(page, 'timestudy-sheet-span-error'), /10分単位/);
    assert.ok(await page.getByTestId('timestudy-sheet-save').isDisabled());
    await typeInto(page, 'timestudy-sheet-from', '17:00');
    await typeInto(page, 'timestudy-sheet-to', '17:00');
    assert.match(await text(page, 'timestudy-sheet-span-error'), /12時間まで/);
    // 17:00–18:10: it covers N02's call at 18:00.
    await typeInto(page, 'timestudy-sheet-to', '18:10');
    assert.ok(await page.getByTestId('timestudy-sheet-span-error').isHidden());
    await cell(page, 0, 'handover', 'a');
    assert.equal(await text(page, 'timestudy-sheet-0-total'), '?');
    assert.match(await text(page, 'timestudy-sheet-cells-error'), /0〜10 の整数/);
    assert.equal(await page.getByTestId('timestudy-sheet-0-handover').inputValue(), 'a', 'kept as typed');
    await cell(page, 0, 'handover', '6');
    await cell(page, 0, 'direct-care', '5');
    assert.equal(await text(page, 'timestudy-sheet-0-total'), '11');
    assert.equal(await text(page, 'timestudy-sheet-cells-error'), '17:00〜17:10 の合計が10分を超えています。');
    // Screen readers hear each cell by its slot and task.
    assert.equal(await page.getByTestId('timestudy-sheet-0-handover').getAttribute('aria-label'), '17:00〜17:10 申し送り（分）');
    await cell(page, 0, 'direct-care', '4');
    // At 18:05 the hours to 18:10 have not passed: a sheet is filled in afterwards.
    await page.getByTestId('timestudy-sheet-save').click();
    assert.match(await words(page, 'timestudy-sheet-error'), /^この時間帯はまだ終わっていません。/);
    assert.equal(await recordCount(page), 1, 'nothing added');
    await wait(page, 10);
    await page.getByTestId('timestudy-sheet-save').click();
    assert.match(await words(page, 'timestudy-sheet-error'), /^N02 には 2026-12-02 18:00〜 の「電話連絡（不通も）」の記録があり、時間帯が重なります。/);
    assert.equal(await recordCount(page), 1, 'nothing added');
    assert.equal(await page.getByTestId('timestudy-sheet-0-handover').inputValue(), '6', 'nothing lost');
    // Typing again puts the refusal away.
    await cell(page, 1, 'break', '0');
    assert.ok(await page.getByTestId('timestudy-sheet-error').isHidden());
    // Up to 18:00 it fits; retyping the hours loses nothing typed in the grid.
    await typeInto(page, 'timestudy-sheet-to', '18:00');
    assert.equal(await page.getByTestId('timestudy-sheet-0-handover').inputValue(), '6');
    await page.getByTestId('timestudy-sheet-save').click();
    assert.equal(await words(page, 'timestudy-sheet-result'), 'N02 の10分記録 2件を追加しました（2026-12-02 17:00〜18:00）。');
    assert.equal(await recordCount(page), 3);
    // Fixing a field after a sheet went in keeps the way to take it back.
    await typeInto(page, 'timestudy-sheet-from', '17:10');
    assert.ok(await page.getByTestId('timestudy-sheet-take-back').isVisible());
    await typeInto(page, 'timestudy-sheet-from', '17:00');
    // axe, with the sheet open and its notice shown (axe waits on timers: the
    // page's clock runs on from here).
    await page.clock.resume();
    await page.evaluate(await readFile(axePath, 'utf8'));
    const axe = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
    await page.getByTestId('timestudy-sheet-take-back').click();
    assert.equal(await words(page, 'timestudy-sheet-result'), '用紙の記録 2件を取り消しました。');
    assert.equal(await recordCount(page), 1);
    assert.ok(await page.getByTestId('timestudy-sheet-take-back').isHidden());
    // In English, the same sheet reads in English.
    await page.getByTestId('lang-toggle').click();
    await cell(page, 0, 'handover', '12');
    assert.equal(await text(page, 'timestudy-sheet-cells-error'), 'Enter whole minutes from 0 to 10 (empty is 0).');
    assert.equal(await page.getByTestId('timestudy-sheet-0-handover').getAttribute('aria-label'), '17:00–17:10 Handover (min)');
    assert.deepEqual(page.errors, []);
  });
});
