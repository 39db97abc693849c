// Measured, not assumed (issue 11): a facility times its own work on the floor
// and the estimate uses it. Everything runs on the page's own clock (Playwright's
// clock, never sleeps): one device times three tasks before and after, a second
// device times five people at once and its file is merged (twice), the measured
// saving goes into the calculator with its badge, and a broken file changes
// nothing. The expected figures are worked out by hand in the comments.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, gotoApp, text, typeInto, pdfPages } from './helpers.mjs';
import { counted, device, importFile, recordCount, setPhase, settings, tap, wait, words } from './study.mjs';

describe('time study', () => {
  const app = useApp();

  it('times the floor on two devices, merges them and puts the measured saving into the estimate', async () => {
    const a = await device(app, '2026-12-02T08:30:00');
    // The add-on is for 入所, not 通所 or 訪問, said of the estimate's own services;
    // with 入所 unticked in the calculator, only the services it is not for remain.
    assert.match(await text(a, 'timestudy-addon'), /この試算では、入所は対象となりうるサービス、通所・訪問は対象外です。/);
    await a.getByTestId('tab-savings').click();
    await a.getByTestId('service-residential').click();
    await a.getByTestId('tab-measure').click();
    assert.match(await text(a, 'timestudy-addon'), /この試算の通所・訪問は対象外です。.*チャットツールを導入しても、それだけで加算の対象にはなりません。/);
    await a.getByTestId('tab-savings').click();
    await a.getByTestId('service-residential').click();
    await a.getByTestId('tab-measure').click();
    // Without a staff code a tap says what is missing, next to the buttons.
    await tap(a, 'handover');
    assert.match(await text(a, 'timestudy-error'), /職員コードを入力してください/);
    await typeInto(a, 'timestudy-staff', 'A01');
    // Before (事前): handover 10 min, switch to the notebook for 3, then a call of 2.
    await tap(a, 'handover');
    assert.equal(await a.getByTestId('timestudy-task-handover').getAttribute('aria-pressed'), 'true');
    await wait(a, 10);
    await tap(a, 'notebook');
    await wait(a, 3);
    await tap(a, 'phone');
    await wait(a, 2);
    assert.match(await words(a, 'timestudy-running'), /A01：電話連絡（不通も）（08:43から 2分）/);
    await tap(a, 'phone');
    assert.equal(await words(a, 'timestudy-running'), '');
    assert.equal(await recordCount(a), 3);
    // A tap by mistake is undone.
    await tap(a, 'printing');
    await a.getByTestId('timestudy-undo').click();
    assert.equal(await words(a, 'timestudy-running'), '');
    assert.equal(await recordCount(a), 3);
    // After (事後①): the handover takes 4 minutes.
    await setPhase(a, 'after1');
    await tap(a, 'handover');
    await wait(a, 4);
    await tap(a, 'handover');
    assert.equal(await recordCount(a), 4);
    assert.match(await words(a, 'timestudy-records'), /申し送り・事後①・昼 A01 4分/);
    // 10 − 4 = 6 minutes less per handover (counted once the study is still);
    // one value each is too few for an interval.
    await counted(a);
    assert.equal(await text(a, 'timestudy-diff-handover'),
      '申し送り：1回あたり 6分減（95%区間 少なすぎて推定できません（5件未満））／1人1日あたり 6分減（95%区間 少なすぎて推定できません（5件未満））。記録が少なく、まだ判断できません');
    assert.match(await text(a, 'timestudy-apply-none'), /計算に使える実測値はまだありません/);

    // A second device times five people at once: 12 minutes of handover before, 5 after.
    const b = await device(app, '2026-12-02T09:00:00');
    const staff = ['B01', 'B02', 'B03', 'B04', 'B05'];
    for (const phase of ['before', 'after1']) {
      await setPhase(b, phase);
      for (const s of staff) {
        await typeInto(b, 'timestudy-staff', s);
        await tap(b, 'handover');
      }
      assert.equal(await b.locator('[data-testid=timestudy-running] li').count(), 5);
      await wait(b, phase === 'before' ? 12 : 5);
      for (const s of staff) await b.getByTestId(`timestudy-stop-${s}`).click();
      await wait(b, 30);
    }
    assert.equal(await recordCount(b), 10);
    const [download] = await Promise.all([b.waitForEvent('download'), b.getByTestId('timestudy-export').click()]);
    const file = await readFile(await download.path(), 'utf8');
    assert.match(file, /記録ID,業務,開始,終了/);

    // Merging the file adds its ten records; merging it again adds nothing.
    assert.equal(await importFile(a, 'b.csv', file), '10件を追加しました（取り込み済み0件）。');
    assert.equal(await recordCount(a), 14);
    assert.equal(await importFile(a, 'b.csv', file), '0件を追加しました（取り込み済み10件）。');
    assert.equal(await recordCount(a), 14);

    // Handover per person per day: before 10, 12, 12, 12, 12, 12 (mean 11.667, s² 0.6667),
    // after 4, 5, 5, 5, 5, 5 (mean 4.833, s² 0.1667): a saving of 6.833. Welch:
    // se = √(0.6667/6 + 0.1667/6) = 0.3727, df = 7.353, t(0.975, 7.353) = 2.3418
    // (by numerical integration), so 6.833 ± 0.873 = 5.96 … 7.71 (n = 6 + 6).
    assert.match(await text(a, 'timestudy-diff-handover'), /1人1日あたり 6\.8分減（95%区間 6〜7\.7分）。間接業務が減り、その分の時間が空きました$/);
    // Per occurrence: mean 11.667, median 12, SD √0.6667 = 0.82; t(0.975, 5) = 2.5706,
    // so 11.667 ± 0.857 = 10.8 … 12.5. Both devices timed the same work day: 70 minutes
    // of handover that day (10 + 5 × 12), 29 after (4 + 5 × 5).
    assert.match(await text(a, 'timestudy-summary'), /申し送り\s+事前（導入前）\s+6\s+11\.7分（12分、SD 0\.8）\s+10\.8〜12\.5分\s+70分\s+11\.7分/);
    assert.match(await text(a, 'timestudy-summary'), /申し送り\s+事後①\s+6\s+4\.8分（5分、SD 0\.4）\s+4\.4〜5\.3分\s+29分\s+4\.8分/);
    // The chart: per person per day, the phases side by side (described for screen readers).
    const chart = await a.getByTestId('timestudy-chart').innerHTML();
    assert.match(chart, /<svg[^>]*role="img"/);
    assert.match(chart, /申し送り: 事前（導入前） 11\.7分, 事後① 4\.8分/);
    // And how long each handover took: one of 10 and five of 12 minutes before, one of 4 and five of 5 after.
    assert.equal(await a.getByTestId('timestudy-durations-task').inputValue(), 'handover');
    assert.match(await a.getByTestId('timestudy-durations').innerHTML(),
      /4–5分: 事前（導入前） 0, 事後① 1; 5–6分: 事前（導入前） 0, 事後① 5; 10–11分: 事前（導入前） 1, 事後① 0; 12–13分: 事前（導入前） 5, 事後① 0/);
    await a.getByTestId('timestudy-durations-task').selectOption('phone');
    assert.match(await a.getByTestId('timestudy-durations').innerHTML(), /2–2\.5分: 事前（導入前） 1/);
    // Forecast against actual: the estimate saved before the change (the brochure's),
    // against the same with the measured handover: 50 × 6.83 × 30 × 1,500 ÷ 60 =
    // 256,125円 (170.75 h, shown 170.8) against 375,000円 (250 h). The handover
    // staff per day stay the estimate's: the forecast takes only minutes saved.
    assert.match(await text(a, 'timestudy-forecast-empty'), /保存した試算がありません/);
    await a.getByTestId('tab-share').click();
    await typeInto(a, 'library-name', '導入前の試算');
    await a.getByTestId('library-save').click();
    await a.getByTestId('tab-measure').click();
    assert.equal(await a.getByTestId('timestudy-forecast').inputValue() !== '', true);
    assert.equal(await text(a, 'timestudy-variance-handover'),
      '申し送り時間の削減\t375,000円・250時間\t256,125円・170.8時間\t−118,875円・−79.2時間');
    assert.match(await text(a, 'timestudy-variance-notebook'), /実測なし（試算のまま）/);
    // Each offered value says which input it is, line included.
    assert.match(await a.locator('.study-apply').innerText(), /削減時間（申し送り）：6\.8分（95%区間 6〜7\.7分、n=12）/);
    await a.getByTestId('timestudy-apply-handover-minutes').click();
    assert.match(await text(a, 'notice-text'), /1項目を実測の値にしました/);

    // The calculator, the printed proposal and the CSV show the measured value with its badge.
    await a.getByTestId('tab-savings').click();
    assert.equal(await a.getByTestId('input-handover-minutes').inputValue(), '6.83');
    assert.equal(await text(a, 'measured-handover-minutes'), '実測 n=12・95%区間 5.96〜7.71分/日');
    const printed = (await pdfPages(await a.pdf({ format: 'A4' }))).join('\n');
    assert.match(printed, /実測 n=12[・‧]95%区間 5\.96〜7\.71分\/日/);
    // … and its own section with the study: the summary and the measured saving.
    assert.match(printed, /業務時間の実測結果/);
    assert.match(printed, /申し送り：1回あたり 6\.8分減/);
    await a.getByTestId('tab-share').click();
    const csv = decodeURIComponent((await a.getByTestId('share-csv').getAttribute('href')).replace(/^data:text\/csv;charset=utf-8,/, ''));
    assert.match(csv, /,6\.83,分\/日（実測 n=12・95%区間 5\.96〜7\.71分\/日）\r\n/);
    // The costs screen (beside the range multipliers it no longer uses for it), the
    // methodology and the presentation's slide say so too.
    await a.getByTestId('tab-costs').click();
    assert.equal(await text(a, 'costs-measured-handover-minutes'), '削減時間（申し送り）：6.83分/日（実測 n=12・95%区間 5.96〜7.71分/日）');
    assert.equal(await a.getByTestId('costs-measured-notebook-minutes').count(), 0);
    await a.getByTestId('tab-method').click();
    assert.match(await text(a, 'method-measured'), /想定値ではなく、この施設のタイムスタディ/);
    assert.equal(await text(a, 'method-measured-handover-minutes'), '削減時間（申し送り）：6.83分/日（実測 n=12・95%区間 5.96〜7.71分/日）');
    await a.getByTestId('present-open').click();
    for (let i = 0; i < 9 && !(await a.getByTestId('present-input-handover-minutes').isVisible()); i++) await a.getByTestId('present-next').click();
    assert.equal(await text(a, 'present-measured-handover-minutes'), '実測 n=12・95%区間 5.96〜7.71分/日');
    assert.equal(await a.getByTestId('present-measured-handover-staff').isVisible(), false);
    await a.keyboard.press('Escape');
    // Undo brings the brochure's assumption back.
    await a.getByTestId('undo').click();
    await a.getByTestId('tab-savings').click();
    assert.equal(await a.getByTestId('measured-handover-minutes').isVisible(), false);
    await a.getByTestId('tab-method').click();
    assert.equal(await a.getByTestId('method-measured').isVisible(), false);

    // The records stay on the device, and so does a task being timed.
    await a.getByTestId('tab-measure').click();
    await tap(a, 'direct-care');
    await gotoApp(a, `${app.server.url}#measure`);
    assert.equal(await recordCount(a), 14);
    assert.match(await words(a, 'timestudy-running'), /A01：直接介護/);
    assert.deepEqual(a.errors, []);
    assert.deepEqual(b.errors, []);
  });

  it('corrects a forgotten stop and refuses an end before the start, next to the fields', async () => {
    const page = await device(app, '2026-12-02T07:55:00');
    await typeInto(page, 'timestudy-staff', 'N7');
    await tap(page, 'phone');
    // Forgotten: the stop comes 3 hours later.
    await wait(page, 180);
    await tap(page, 'phone');
    await page.getByTestId('timestudy-record-edit').click();
    await typeInto(page, 'timestudy-edit-end', '2026-12-02 07:50');
    await page.getByTestId('timestudy-edit-save').click();
    assert.equal(await text(page, 'timestudy-edit-error'), '終了は開始より後にしてください。');
    await typeInto(page, 'timestudy-edit-end', '2026-12-02 08:01');
    await page.getByTestId('timestudy-edit-save').click();
    assert.match(await words(page, 'timestudy-records'), /07:55〜08:01 電話連絡（不通も）・事前（導入前）・昼 N7 6分/);
    // The call did not get through.
    await page.getByTestId('timestudy-record-failed').check();
    // A bad shift time is said next to the field and changes nothing.
    await settings(page);
    await typeInto(page, 'timestudy-day-from', '8時');
    assert.match(await text(page, 'timestudy-day-from-error'), /07:00/);
    await typeInto(page, 'timestudy-day-from', '08:00');
    assert.equal(await page.getByTestId('timestudy-day-from-error').isVisible(), false);
    // Delete, and undo the delete.
    await page.getByTestId('timestudy-record-delete').click();
    assert.equal(await recordCount(page), 0);
    await page.getByTestId('timestudy-deleted-undo').click();
    assert.equal(await recordCount(page), 1);
    assert.equal(await page.getByTestId('timestudy-record-failed').isChecked(), true);
    // Once the study has been still for a moment it is stored, without leaving the page.
    await page.clock.fastForward(1000);
    const stored = await page.evaluate(() => localStorage.getItem('kaigo-savings/timestudy'));
    assert.match(stored, /"phone",\d+,\d+,"day","before","N7","care-worker",true,0\]/, 'the corrected, failed call is stored (tapped: 0)');
    assert.deepEqual(page.errors, []);
  });

  it('imports a study done elsewhere all or nothing, naming the broken row', async () => {
    const page = await device(app, '2026-12-02T10:00:00');
    const rows = [
      '業務,開始,終了,職員コード,時期',
      '申し送り,2026-11-30 08:30,2026-11-30 08:45,K1,事前',
      '申し送り,2026-11-30 09:00,2026-11-30 08:50,K2,事前',
      '連絡ノート,2026-11-30 10:00,2026-11-30 10:05,K1,事前',
    ];
    const broken = await importFile(page, 'elsewhere.csv', '\ufeff' + rows.join('\r\n') + '\r\n');
    assert.match(broken, /3行目/);
    assert.equal(await recordCount(page), 0, 'nothing half-imported');
    // Mended, the same file goes in.
    rows[2] = '申し送り,2026-11-30 09:00,2026-11-30 09:20,K2,事前';
    const ok = await importFile(page, 'elsewhere.csv', rows.join('\n'));
    assert.equal(ok, '3件を追加しました（取り込み済み0件）。');
    // 15 and 20 minutes: mean and median 17.5, SD √12.5 = 3.5; 35 minutes that day.
    assert.match(await text(page, 'timestudy-summary'), /申し送り\s+事前（導入前）\s+2\s+17\.5分（17\.5分、SD 3\.5）\s+少なすぎて推定できません（5件未満）\s+35分/);
    // In English too.
    await page.getByTestId('lang-toggle').click();
    assert.match(await text(page, 'timestudy-summary'), /Handover\s+Before\s+2\s+17\.5 min \(17\.5 min, SD 3\.5\)\s+too few to estimate \(under 5\)\s+35 min/);
    assert.deepEqual(page.errors, []);
  });

  it('uses every measured saving but keeps the facility\'s counts, and offers a count only for a study of everyone', async () => {
    // Five of the facility's 50 staff timed for six days before and six after:
    // each hands over 11, 12, 13, 11, 12, 13 minutes before (mean 12) and 5, 6, 7,
    // 5, 6, 7 after (mean 6): a saving of 6 minutes per person per day.
    const page = await device(app, '2026-12-02T10:00:00');
    const rows = ['業務,開始,終了,職員コード,時期'];
    for (const [phase, month, base] of [['事前', 11, 12], ['事後①', 12, 6]]) {
      for (let d = 1; d <= 6; d++) {
        const minutes = base + ((d - 1) % 3) - 1;
        for (let p = 1; p <= 5; p++) {
          const day = `2026-${month}-0${d}`;
          rows.push(`申し送り,${day} 08:30,${day} 08:${30 + minutes},S${p},${phase}`);
        }
      }
    }
    assert.equal(await importFile(page, 'sample.csv', rows.join('\r\n')), '60件を追加しました（取り込み済み0件）。');
    assert.match(await page.getByTestId('timestudy-apply-all').innerText(), /実測した削減時間をすべて計算に使う/);
    await page.getByTestId('timestudy-apply-all').click();
    assert.match(await text(page, 'notice-text'), /1項目を実測の値にしました/);
    await page.getByTestId('tab-savings').click();
    // The minutes are measured; the 50 staff, 30 users and 10 callers stay the facility's.
    assert.equal(await page.getByTestId('input-handover-minutes').inputValue(), '6');
    assert.equal(await page.getByTestId('input-handover-staff').inputValue(), '50');
    assert.equal(await page.getByTestId('input-notebook-users').inputValue(), '30');
    assert.equal(await page.getByTestId('input-callback-staff').inputValue(), '10');
    assert.equal(await page.getByTestId('measured-handover-staff').isVisible(), false);
    // 50 × 6 × 30 × 1,500 ÷ 60 = 225,000円; with printing 9,000, notebook 97,500 and
    // call-backs 37,500: 369,000円 a month.
    assert.equal(await text(page, 'result-handover-monthly'), '225,000円');
    assert.equal(await text(page, 'result-total-monthly'), '369,000円');
    // A count is offered only once the person says the study timed everyone, and the
    // same five people every day has no interval to offer.
    await page.getByTestId('tab-measure').click();
    assert.equal(await page.getByTestId('timestudy-counts').count(), 0);
    await page.getByTestId('timestudy-whole-unit').check();
    assert.match(await text(page, 'timestudy-counts'), /計算に使える人数・件数の実測値はありません/);
    assert.equal(await page.getByTestId('timestudy-apply-handover-staff').count(), 0);
    assert.deepEqual(page.errors, []);
  });
});
