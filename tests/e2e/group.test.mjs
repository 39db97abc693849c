// The 法人 screen (issue 21): several facilities in one estimate, built as a
// person does — the estimate on screen and two saved ones —, its totals equal to
// the facilities' own, the licence counted once, the evidence behind the yen, an
// input far from the others' flagged and left as it is, renaming, reordering,
// taking out with undo, editing one in the calculator (each change going straight
// into the 法人) and replacing it, a colleague's share link taken in, kept
// after a reload, compared in a chart stacked by line, presented (a slide for the
// 法人 and one per facility), printed as a board paper (read back from the PDF)
// and handed over as a link or QR code (opened offline), in both languages and
// accessible at laptop and phone widths.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, openPage, gotoApp, typeInto, retype, text, axePath, PRINT_DIALOG, printWithKeys } from './helpers.mjs';

const yen = (s) => Number(s.replace(/[^0-9]/g, ''));

/** The screen's notice once it says something that begins with `start` (a file is
 * read asynchronously). */
async function noticeSays(page, start) {
  await page.waitForFunction((s) => document.querySelector('[data-testid="group-notice"]')?.innerText.startsWith(s), start);
  return text(page, 'group-notice');
}

async function violations(page) {
  await page.evaluate(await readFile(axePath, 'utf8'));
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Saves the estimate on screen under `name` (the share screen's saved estimates). */
async function saveAs(page, name) {
  await page.getByTestId('tab-share').click();
  await page.getByTestId('library-name').fill(name);
  await page.getByTestId('library-save').click();
  await page.getByTestId('tab-savings').click();
}

/** The table per facility, as shown: name, four lines, month, year, hours, FTE, evidence. */
async function table(page) {
  // The screen just opened draws its table on its next turn.
  await page.getByTestId('group-table').locator('tbody tr').first().waitFor();
  return page.getByTestId('group-table').locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.innerText)));
}

/** A 法人 of three: the brochure's figures saved as 特養さくら, the same with
 * handover taking 40 minutes saved as 本館, and residential care only on screen. */
async function threeFacilities(page) {
  await saveAs(page, '特養さくら');
  await typeInto(page, 'input-handover-minutes', '40');
  await saveAs(page, '本館');
  await page.getByTestId('preset').selectOption('residential');
  await page.getByTestId('tab-group').click();
  await page.getByTestId('group-add-current').click();
  for (const label of ['特養さくら', '本館']) {
    await page.getByTestId('group-add-saved-select').selectOption({ label });
    await page.getByTestId('group-add-saved').click();
  }
}

describe('the 法人 screen', () => {
  const app = useApp();

  it('adds up three facilities, counts the licence once and flags an input far from the others', async () => {
    const page = await openPage(app.browser, app.server.url);
    await threeFacilities(page);
    const names = await page.getByTestId('group-name').evaluateAll((els) => els.map((e) => e.value));
    assert.deepEqual(names, ['事業所1', '特養さくら', '本館']);
    const rows = await table(page);
    assert.deepEqual(rows.map((r) => r[0]), ['事業所1', '特養さくら', '本館', '法人計']);
    // The brochure's figures: 519,000円 a month; with handover 40 minutes instead of
    // 10, its line is 4 × 375,000 = 1,500,000円.
    assert.equal(rows[1][5], '519,000円');
    assert.equal(rows[2][3], '1,500,000円');
    // Every column of the total row is the facilities' sum (month and year, by line).
    for (const col of [1, 2, 3, 4, 5, 6]) {
      assert.equal(yen(rows[3][col]), yen(rows[0][col]) + yen(rows[1][col]) + yen(rows[2][col]), `column ${col}`);
    }
    assert.match(await text(page, 'group-total'), /^法人合計　月\S+・年\S+（3事業所）$/);
    // The brochure's figures rest on the vendor's word; handover typed over is the
    // person's assumption.
    assert.match(await text(page, 'group-evidence'), /のうち　実測 0%・出典あり 0%・事業者の声 \d+%・仮定 \d+%$/);
    assert.equal(rows[1][9], '0・0・100・0%');
    assert.notEqual(rows[2][9], '0・0・100・0%');
    // One licence for everyone's accounts: the price × the facilities' accounts.
    const label = await page.locator('label[for="group-users-input"]').innerText();
    const users = Number(label.match(/合計 (\d+)人/)[1]);
    const costs = await text(page, 'group-costs');
    assert.match(costs, new RegExp(`利用料　月${(450 * users).toLocaleString('en-US')}円（${users}人 × 450円、法人で1回だけ）`));
    // Typed accounts replace the sum; the field keeps what was typed while the
    // figures change under it.
    await typeInto(page, 'group-users', '1200');
    assert.match(await text(page, 'group-costs'), /利用料　月540,000円（1,200人 × 450円、法人で1回だけ）/);
    assert.equal(await page.getByTestId('group-users').inputValue(), '1200');
    await typeInto(page, 'group-users', '200');
    assert.match(await text(page, 'group-costs'), /利用料　月90,000円（200人 × 450円、法人で1回だけ）/);
    // 本館's handover (40 minutes) is 4× the others' (10): flagged, not changed.
    const looks = await text(page, 'group-looks');
    assert.match(looks, /本館：.*申し送り.*40（他の事業所の中央値 10）/);
    assert.equal((await table(page))[2][3], '1,500,000円');
    // A share of the vendor's yen taken off, as its own step.
    await typeInto(page, 'group-optimism', '20');
    const step = await text(page, 'group-optimism-step');
    assert.match(step, /^補正：事業者の声の部分から月[\d,]+円を差し引くと、削減額は月[\d,]+円$/);
    await page.getByTestId('group-optimism').press('Tab');
    // Bad text is said next to the field and kept; the figures keep the value
    // from before the edit (20), not 12, which was typed on the way to 120.
    await typeInto(page, 'group-optimism', '120');
    assert.match(await page.getByTestId('group-optimism-error').innerText(), /100/);
    assert.equal(await text(page, 'group-optimism-step'), step);
    await typeInto(page, 'group-optimism', 'abc');
    assert.equal(await page.getByTestId('group-optimism-error').innerText(), '数字で入力してください（例：1,500）。');
    assert.equal(await page.getByTestId('group-optimism').inputValue(), 'abc');
    assert.equal(await text(page, 'group-optimism-step'), step);
    await typeInto(page, 'group-users', '2.5');
    assert.match(await page.getByTestId('group-users-error').innerText(), /^整数で入力してください/);
    // The name the app gave follows the language; the names typed stay.
    const nameFields = () => page.getByTestId('group-name').evaluateAll((els) => els.map((e) => e.value));
    await page.getByTestId('lang-toggle').click();
    assert.deepEqual(await nameFields(), ['Facility 1', '特養さくら', '本館']);
    assert.deepEqual((await table(page)).map((r) => r[0]).slice(0, 3), ['Facility 1', '特養さくら', '本館']);
    await page.getByTestId('lang-toggle').click();
    assert.deepEqual(await nameFields(), ['事業所1', '特養さくら', '本館']);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('takes the licence of the first facility, lets the person set the 法人\'s, and names an estimate with another', async () => {
    const page = await openPage(app.browser, app.server.url);
    // A quote of 300円 per account on the costs screen (typed key by key).
    await page.getByTestId('tab-costs').click();
    await typeInto(page, 'input-license-price', '300');
    assert.equal(await page.getByTestId('input-license-plan').inputValue(), 'custom');
    const net = await text(page, 'result-net-monthly');
    await page.getByTestId('tab-group').click();
    await page.getByTestId('group-add-current').click();
    // The 法人's contract is the estimate's: the same net as the calculator's.
    assert.equal(await page.getByTestId('group-plan').inputValue(), 'custom');
    assert.equal(await page.getByTestId('group-price').inputValue(), '300');
    const costs = await text(page, 'group-costs');
    assert.match(costs, /利用料　月18,000円（60人 × 300円、法人で1回だけ）/);
    assert.match(costs, new RegExp(`利用料を引いた効果　月${net}`));
    assert.equal(await page.getByTestId('group-other-prices').isVisible(), false);
    // The 法人's own plan: the list price fills the price, and the estimate made
    // at another price is named.
    await page.getByTestId('group-plan').selectOption('standard');
    assert.equal(await page.getByTestId('group-price').inputValue(), '450');
    // A price typed through 「45000」 to 「450000」 (over the limit): back to 450,
    // and to the plan it is the price of.
    await typeInto(page, 'group-price', '450000');
    assert.match(await text(page, 'group-price-error'), /上限/);
    assert.equal(await page.getByTestId('group-plan').inputValue(), 'standard');
    await typeInto(page, 'group-price', '450');
    assert.equal(await page.getByTestId('group-plan').inputValue(), 'standard');
    assert.match(await text(page, 'group-costs'), /利用料　月27,000円（60人 × 450円、法人で1回だけ）/);
    assert.match(await text(page, 'group-other-prices'), /^事業所1 の試算は別のプランまたは単価でした。.*1人あたり月450円/);
    // A price typed is a quote; bad text is said and the price before it kept.
    await typeInto(page, 'group-price', '320');
    assert.equal(await page.getByTestId('group-plan').inputValue(), 'custom');
    assert.match(await text(page, 'group-costs'), /（60人 × 320円、/);
    await page.getByTestId('group-price').press('Tab');
    // (「32x」 passes through 「32」: the figures keep 320, not 32.)
    await typeInto(page, 'group-price', '32x');
    assert.match(await text(page, 'group-price-error'), /数字で入力/);
    assert.match(await text(page, 'group-costs'), /（60人 × 320円、/);
    // A figure typed, then another screen opened at once: the field's wait for the
    // person to be still ends after its screen has gone, and nothing breaks.
    await typeInto(page, 'group-users', '12');
    await page.getByTestId('tab-savings').click();
    await page.waitForTimeout(2000);
    await page.getByTestId('tab-group').click();
    assert.match(await text(page, 'group-costs'), /（12人 × /);
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it("shows the licence and the adjustment another tab set, and keeps what is typed here", async () => {
    const one = await openPage(app.browser, app.server.url + '#group');
    await one.getByTestId('group-add-current').click();
    const two = await one.context().newPage();
    two.errors = [];
    two.on('pageerror', (e) => two.errors.push(String(e)));
    await gotoApp(two, app.server.url + '#group');
    await two.getByTestId('group-price').waitFor();
    // Tab one sets a quote, the accounts and an adjustment; once stored, tab two's
    // fields show them, and its figures use them.
    await typeInto(one, 'group-price', '320');
    await typeInto(one, 'group-users', '80');
    await typeInto(one, 'group-optimism', '10');
    await one.getByTestId('group-optimism').press('Tab');
    await two.waitForFunction(() => document.querySelector('[data-testid="group-optimism"]')?.value === '10');
    assert.equal(await two.getByTestId('group-price').inputValue(), '320');
    assert.equal(await two.getByTestId('group-users').inputValue(), '80');
    assert.equal(await two.getByTestId('group-plan').inputValue(), 'custom');
    assert.match(await text(two, 'group-costs'), /（80人 × 320円、/);
    // Text that cannot be used, left in tab two, stays while another field changes.
    await typeInto(two, 'group-users', '8x');
    await two.getByTestId('group-users').press('Tab');
    await typeInto(two, 'group-optimism', '5');
    assert.equal(await two.getByTestId('group-users').inputValue(), '8x');
    assert.deepEqual([...one.errors, ...two.errors], []);
    await one.context().close();
  });

  it('renames, reorders, takes out with undo, edits a facility in the calculator, and keeps it after a reload', async () => {
    const page = await openPage(app.browser, app.server.url);
    await threeFacilities(page);
    // Rename by typing; a name too long is said and kept in the field, the last
    // one that fitted stays.
    const first = page.getByTestId('group-name').first();
    await retype(first, '入所ひまわり');
    await first.press('Tab');
    assert.equal((await table(page))[0][0], '入所ひまわり');
    await first.click();
    await first.press('End');
    await first.pressSequentially('あ'.repeat(40));
    assert.equal(await page.getByTestId('group-name-error').first().innerText(), '事業所名は40文字までです（入力はそのまま残しています）');
    assert.equal(await first.inputValue(), '入所ひまわり' + 'あ'.repeat(40));
    // The name kept is the last one that fitted, as it was typed.
    assert.equal((await table(page))[0][0], ('入所ひまわり' + 'あ'.repeat(40)).slice(0, 40));
    await retype(first, '入所ひまわり');
    assert.equal(await page.getByTestId('group-name-error').first().isHidden(), true);
    assert.equal((await table(page))[0][0], '入所ひまわり');
    // Emptied, it says so and keeps the name it had.
    await retype(first, '');
    assert.match(await page.getByTestId('group-name-error').first().innerText(), /^事業所名を入力してください/);
    assert.equal((await table(page))[0][0], '入所ひまわり');
    await first.pressSequentially('入所ひまわり');
    // Reorder: 本館 up, then 入所ひまわり down.
    await page.getByRole('button', { name: '本館：上へ' }).click();
    assert.deepEqual((await table(page)).map((r) => r[0]), ['入所ひまわり', '本館', '特養さくら', '法人計']);
    await page.getByRole('button', { name: '入所ひまわり：下へ' }).click();
    assert.deepEqual((await table(page)).map((r) => r[0]), ['本館', '入所ひまわり', '特養さくら', '法人計']);
    // Take one out, then undo: back where it was.
    await page.getByRole('button', { name: '入所ひまわり：外す' }).click();
    assert.equal(await text(page, 'group-notice'), '「入所ひまわり」を外しました。');
    assert.deepEqual((await table(page)).map((r) => r[0]), ['本館', '特養さくら', '法人計']);
    await page.getByTestId('group-undo').click();
    assert.deepEqual((await table(page)).map((r) => r[0]), ['本館', '入所ひまわり', '特養さくら', '法人計']);
    // Edit 本館 in the calculator: its figures there, a bar above every screen says
    // which facility is edited, and a change goes straight into the 法人.
    const was = (await table(page))[0][3];
    assert.equal(await page.getByTestId('group-editing-mark').count(), 0);
    await page.getByRole('button', { name: '本館：計算画面で編集' }).click();
    await page.getByTestId('input-handover-minutes').waitFor();
    assert.match(await text(page, 'group-editing'), /法人の事業所「本館」を編集しています。/);
    assert.equal(await page.getByTestId('input-handover-minutes').inputValue(), '40');
    await typeInto(page, 'input-handover-minutes', '10');
    await page.getByTestId('tab-costs').click();
    assert.match(await text(page, 'group-editing'), /「本館」/);
    await page.getByTestId('group-editing-back').click();
    assert.equal((await table(page))[0][3], '375,000円');
    assert.equal(await page.getByTestId('group-editing').count(), 0);
    assert.equal(await page.getByTestId('group-editing-mark').count(), 1);
    assert.match(await page.getByTestId('group-facility').first().innerText(), /計算画面で編集中/);
    // Stopped, the calculator is its own again: a change stays there.
    await page.getByTestId('tab-savings').click();
    await page.getByTestId('group-editing-end').click();
    assert.equal(await page.getByTestId('group-editing').isHidden(), true);
    await typeInto(page, 'input-handover-minutes', '40');
    await page.getByTestId('tab-group').click();
    assert.equal((await table(page))[0][3], '375,000円');
    assert.equal(await page.getByTestId('group-editing-mark').count(), 0);
    // The estimate on screen can still replace a facility's.
    await page.getByRole('button', { name: '本館：いまの試算で置き換え' }).click();
    assert.equal((await table(page))[0][3], was);
    // An opening undone is no editing: the figures brought back stay out of it.
    const sakura = (await table(page))[2][3];
    await page.getByRole('button', { name: '特養さくら：計算画面で編集' }).click();
    assert.match(await text(page, 'group-editing'), /「特養さくら」/);
    await page.getByTestId('undo').click();
    assert.equal(await page.getByTestId('group-editing').isHidden(), true);
    await typeInto(page, 'input-handover-minutes', '10');
    await page.getByTestId('tab-group').click();
    assert.equal((await table(page))[2][3], sakura);
    await page.getByRole('button', { name: '本館：計算画面で編集' }).click();
    await typeInto(page, 'input-handover-minutes', '10');
    await page.getByTestId('group-editing-back').click();
    assert.equal((await table(page))[0][3], '375,000円');
    assert.match(await text(page, 'group-looks'), /大きく離れた入力はありません/);
    // Everything is kept after a reload.
    const before = await table(page);
    await gotoApp(page, app.server.url + '#group');
    await page.getByTestId('group-table').waitFor();
    assert.deepEqual(await table(page), before);
    // In English, the same figures in English words.
    await page.getByTestId('lang-toggle').click();
    assert.match(await text(page, 'group-total'), /^Group total: ¥\S+ a month, ¥\S+ a year \(3 facilities\)$/);
    assert.match(await text(page, 'group-evidence'), /measured 0%, sourced 0%, vendor's claim \d+%, assumed \d+%/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it("takes a colleague's share link as a facility, with the link's own figures", async () => {
    // The colleague: home care only, wage 1,200円, sent as a link.
    const sender = await openPage(app.browser, app.server.url);
    await sender.getByTestId('preset').selectOption('homevisit');
    await typeInto(sender, 'input-wage', '1200');
    await sender.getByTestId('tab-group').click();
    await sender.getByTestId('group-add-current').click();
    const theirs = (await table(sender))[0];
    await sender.getByTestId('tab-share').click();
    const link = await sender.getByTestId('share-url').inputValue();
    await sender.context().close();
    // The 法人's head office: one facility of its own, then the link's.
    const page = await openPage(app.browser, app.server.url);
    await page.getByTestId('tab-group').click();
    await page.getByTestId('group-add-current').click();
    await gotoApp(page, link);
    assert.match(await text(page, 'notice-text'), /共有された数値を読み込みました/);
    await page.getByTestId('tab-group').click();
    await page.getByTestId('group-add-current').click();
    const rows = await table(page);
    assert.deepEqual(rows.map((r) => r[0]), ['事業所1', '事業所2', '法人計']);
    // Every column but the name is the colleague's own figure.
    assert.deepEqual(rows[1].slice(1), theirs.slice(1));
    assert.notDeepEqual(rows[0].slice(1), rows[1].slice(1));
    assert.match(await page.getByTestId('group-summary').nth(1).innerText(), /^訪問/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('hands the whole 法人 over as a link and a QR code, offline too; a cut link changes nothing', async () => {
    const page = await openPage(app.browser, app.server.url);
    await threeFacilities(page);
    await typeInto(page, 'group-users', '200');
    await typeInto(page, 'group-optimism', '20');
    const before = await table(page);
    const costs = await text(page, 'group-costs');
    const step = await text(page, 'group-optimism-step');
    await page.getByTestId('group-link-open').click();
    const link = await page.getByTestId('group-link-url').inputValue();
    assert.match(link, /^http:\/\/[^?]+\?g=1&v=\d+&.*&c=[0-9a-f]{8}#group$/);
    // A QR code of that link: a drawing with its dark modules.
    assert.ok(await page.getByTestId('group-link-qr').locator('svg path').count() > 0);
    // A 法人 whose link is too long for a QR code a phone reads: said, the link
    // still offered.
    for (let i = 0; i < 12; i++) await page.getByTestId('group-add-current').click();
    await page.getByTestId('group-link-too-long').waitFor();
    assert.equal(await page.getByTestId('group-link-qr').count(), 0);
    assert.ok((await page.getByTestId('group-link-url').inputValue()).length > 1000);
    await page.context().close();

    // The head office, on a phone that has opened the app once and is now offline:
    // the link opens the 法人 screen with every facility, the licence and the
    // adjustment; the figures equal the sender's.
    const office = await openPage(app.browser, app.server.url, { viewport: { width: 390, height: 844 } });
    await office.waitForFunction(() => navigator.serviceWorker?.controller);
    await office.context().setOffline(true);
    await gotoApp(office, link);
    assert.match(await noticeSays(office, 'リンクの法人から'), /^リンクの法人から3事業所を追加しました。$/);
    assert.deepEqual(await table(office), before);
    assert.equal(await text(office, 'group-costs'), costs);
    assert.equal(await text(office, 'group-optimism-step'), step);
    // The address no longer holds the link: a reload adds nothing twice.
    assert.equal(new URL(office.url()).search, '');
    await office.reload();
    await office.getByTestId('group-table').waitFor();
    assert.equal((await table(office)).length, 4);
    // A link cut short (a chat app that clipped it) is said and changes nothing.
    await gotoApp(office, link.slice(0, link.indexOf('&c=')) + '#group');
    assert.match(await noticeSays(office, '法人のリンクを開けませんでした'), /途中で切れているか、書き換えられています/);
    assert.equal((await table(office)).length, 4);
    // Opened onto a 法人 that has facilities: added to them, nothing replaced.
    await gotoApp(office, link);
    assert.match(await noticeSays(office, 'リンクの法人から'), /3事業所を追加しました/);
    const both = await table(office);
    assert.deepEqual(both.slice(0, 3), before.slice(0, 3));
    assert.deepEqual(both.slice(3, 6), before.slice(0, 3));
    assert.deepEqual(office.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
    await office.context().close();
  });

  it('writes the table as CSV for Excel and the 法人 as a file another device opens', async () => {
    const page = await openPage(app.browser, app.server.url);
    await threeFacilities(page);
    // A name Excel would run as a formula stays text.
    const first = page.getByTestId('group-name').first();
    await retype(first, '=1+2 入所');
    const [csvFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('group-csv').click()]);
    const csv = await readFile(await csvFile.path(), 'utf8');
    assert.ok(csv.startsWith('\ufeff事業所,業務,月の削減額（円）,年の削減額（円）,時間（月）,うち実測（円/月）,うち出典あり（円/月）,うち事業者の声（円/月）,うち仮定（円/月）\r\n'));
    const rows = csv.replace(/^\ufeff/, '').trim().split('\r\n').slice(1).map((l) => l.split(','));
    // A row per facility and line, then the 法人's four.
    assert.equal(rows.length, 4 * 4);
    assert.equal(rows[0][0], "'=1+2 入所");
    assert.deepEqual(rows.slice(12).map((r) => r[0]), ['法人計', '法人計', '法人計', '法人計']);
    for (let line = 0; line < 4; line++) {
      for (const col of [2, 3, 5, 6, 7, 8]) {
        const sum = [0, 1, 2].reduce((a, f) => a + Number(rows[f * 4 + line][col]), 0);
        assert.equal(Number(rows[12 + line][col]), sum, `line ${line}, column ${col}`);
      }
      // Each line's yen is split over the kinds of evidence, to the yen.
      for (const r of [rows[line], rows[12 + line]]) {
        assert.equal(Number(r[5]) + Number(r[6]) + Number(r[7]) + Number(r[8]), Number(r[2]));
      }
    }
    // The 法人 as a file, opened on another device: the same table.
    await typeInto(page, 'group-users', '120');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('group-save-file').click()]);
    const saved = await readFile(await file.path(), 'utf8');
    assert.match(saved, /^\{"v":1,"license":\{"plan":"standard","price":"450","users":"120"\}/);
    const before = await table(page);
    const other = await openPage(app.browser, app.server.url + '#group');
    await other.getByTestId('group-open-file').setInputFiles({ name: 'group.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
    assert.equal(await noticeSays(other, 'ファイル'), 'ファイルの3事業所を追加しました。');
    assert.deepEqual(await table(other), before);
    assert.match(await text(other, 'group-costs'), /（120人 × 450円、法人で1回だけ）/);
    // Not a 法人 file, or a newer one: said, and nothing changes.
    await other.getByTestId('group-open-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"v":1,"items":') });
    assert.equal(await noticeSays(other, '法人の'), '法人のファイルとして読めませんでした。いまの法人はそのままです。');
    await other.getByTestId('group-open-file').setInputFiles({ name: 'y.json', mimeType: 'application/json', buffer: Buffer.from(saved.replace('"v":1', '"v":2')) });
    assert.match(await noticeSays(other, '新しい版'), /アプリを更新してから開いてください。いまの法人はそのままです。$/);
    assert.deepEqual(await table(other), before);
    assert.deepEqual([...page.errors, ...other.errors], []);
    await other.context().close();
    await page.context().close();
  });

  it('compares the facilities in a chart, presents the 法人 slide by slide and prints its board paper', async () => {
    const page = await openPage(app.browser, app.server.url, { init: PRINT_DIALOG });
    await threeFacilities(page);
    const rows = await table(page);
    // The chart: a bar per facility, largest first (本館, handover 40 minutes), each
    // stacked by line, its figures said in words for screen readers.
    const chart = page.getByTestId('group-chart').locator('svg');
    const desc = await chart.locator('desc').textContent();
    assert.deepEqual(desc.split('; ').map((d) => d.split(':')[0]), ['本館', '特養さくら', '事業所1']);
    assert.match(desc, new RegExp(`^本館: ${rows[2][5]} \\(印刷費 ${rows[2][1]}, 連絡ノート ${rows[2][2]}, 申し送り ${rows[2][3]}, 電話かけ直し ${rows[2][4]}\\)`));
    assert.equal(await chart.locator('title').textContent(), '事業所ごとの月間削減額（項目別）');

    // Presented from the 法人's screen: the 法人's slides, not the estimate on screen's.
    await page.getByTestId('group-present').click();
    await page.getByTestId('present').waitFor();
    assert.equal(await text(page, 'present-progress'), '1 / 8');
    await page.keyboard.press('ArrowRight');
    const month = (await text(page, 'group-total')).match(/月(\S+)・/)[1];
    assert.equal(await text(page, 'present-group-total'), `${month}/月`);
    assert.match(await text(page, 'present-group-evidence'), /のうち　実測 0%・出典あり 0%・事業者の声 \d+%・仮定 \d+%$/);
    assert.match(await text(page, 'present-group-net'), /^利用料を引いた効果　月[\d,]+円・年[\d,]+円$/);
    await page.keyboard.press('ArrowRight');
    assert.match(await page.getByTestId('present-group-chart').locator('desc').textContent(), /^本館: /);
    // A slide per facility, in the 法人's order; 本館's says what to look at again.
    const slides = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('ArrowRight');
      slides.push(await text(page, 'present-slide'));
    }
    assert.deepEqual(slides.map((s) => s.split('\n').find((l) => /^(事業所1|特養さくら|本館)$/.test(l))), ['事業所1', '特養さくら', '本館']);
    assert.match(slides[1], /51\.9万円\/月/);
    assert.match(slides[2], /本館：.*申し送り.*40（他の事業所の中央値 10）/);
    assert.doesNotMatch(slides[0] + slides[1], /他の事業所の中央値/);
    assert.equal(await text(page, 'present-progress'), '6 / 8');
    await page.keyboard.press('Escape');

    // Printed from the 法人's screen (its button, or Ctrl+P): the board paper — the
    // 法人 first, then a page per facility with its formulas and inputs.
    await page.getByTestId('group-print').click();
    await page.waitForFunction(() => window.printAsked === 1);
    assert.match(await page.evaluate(() => window.printedText), /^ビジネスチャット導入効果の試算（法人全体）/);
    // (pdf.js reads the middle dot ・ back as ‧.)
    const pages = (await printWithKeys(page)).map((p) => p.replace(/\s+/g, '').replaceAll('‧', '・'));
    assert.match(pages[0], /^ビジネスチャット導入効果の試算（法人全体）3事業所作成日\d{4}-\d{2}-\d{2}/);
    assert.ok(pages[0].includes((await text(page, 'group-total')).replace(/\s+/g, '')), pages[0]);
    assert.doesNotMatch(pages.join(''), /ご提案/);
    for (const [i, name] of ['事業所1', '特養さくら', '本館'].entries()) {
      const own = pages.filter((p) => p.startsWith(name));
      assert.equal(own.length, 1, `${name} starts a page of its own: ${pages.map((p) => p.slice(0, 12))}`);
      assert.ok(own[0].includes(`月間${rows[i][5]}`), own[0]);
    }
    const honkan = pages.find((p) => p.startsWith('本館'));
    // Its handover formula with 40 minutes, and its second look.
    assert.match(honkan, /申し送り.*40分/);
    assert.match(honkan, /他の事業所の中央値10/);

    // In English, the same.
    await page.getByTestId('lang-toggle').click();
    await page.getByTestId('group-present').click();
    await page.keyboard.press('ArrowRight');
    assert.match(await text(page, 'present-slide'), /Savings across the group/);
    await page.keyboard.press('Escape');
    const english = (await printWithKeys(page)).map((p) => p.replace(/\s+/g, ' '));
    assert.match(english[0], /^Estimated effect of a business chat platform \(the whole group\)\s*3 facilities/);
    assert.ok(english.some((p) => p.startsWith('本館')));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('is accessible at laptop and phone widths, empty, with facilities, presented, with its link and while one is edited', async () => {
    for (const viewport of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
      const page = await openPage(app.browser, app.server.url + '#group', { viewport });
      await page.getByTestId('group-add-current').waitFor();
      assert.deepEqual(await violations(page), []);
      await threeFacilities(page);
      await typeInto(page, 'group-optimism', 'abc');
      assert.deepEqual(await violations(page), []);
      // The 法人's slides: its total, the chart, a facility's.
      await page.getByTestId('group-present').click();
      for (const testid of ['present-group-total', 'present-group-chart', 'present-group-facility']) {
        await page.getByTestId('present-next').click();
        await page.getByTestId(testid).waitFor();
        assert.deepEqual(await violations(page), [], testid);
      }
      await page.getByTestId('present-close').click();
      // The link and its QR code.
      await page.getByTestId('group-link-open').click();
      await page.getByTestId('group-link-qr').waitFor();
      assert.deepEqual(await violations(page), []);
      // The calculator while it edits a facility, its bar on top.
      await page.getByRole('button', { name: '本館：計算画面で編集' }).click();
      await page.getByTestId('group-editing').waitFor();
      assert.deepEqual(await violations(page), []);
      // Taken to the top, where the bar is.
      assert.equal(await page.evaluate(() => window.scrollY), 0);
      await page.context().close();
    }
  });
});
