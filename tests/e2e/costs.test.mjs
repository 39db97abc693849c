// Costs, payback and ranges as a manager uses them: licence plans, one-time costs,
// subsidy, realization, payback / no payback, break-even, charts, persistence.
// Expected figures come from the integer oracle below, not from the app.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, gotoApp, text, typeInto } from './helpers.mjs';

const yen = (v) => `${v < 0n ? '−' : ''}${(v < 0n ? -v : v).toLocaleString('en-US')}円`;
const round = (n, d) => (n * 2n + d) / (2n * d);              // half up, n ≥ 0

/** Brochure savings split: printing (cash) and staff time, 円/月. */
const PRINTING = 9000n;
const TIME = 97500n + 375000n + 37500n;

function oracle({ users, price, realization = 100n, devices = 0n, devicePrice = 0n, other = 0n, wage = 1500n }) {
  const setupMinutes = 5n + 30n + 10n * users;
  const setup = round(setupMinutes * wage, 60n);
  const onetime = setup + devices * devicePrice + other;
  const running = users * price;
  const net = PRINTING + round(TIME * realization, 100n) - running;
  return { setup, onetime, running, net };
}

describe('costs and payback', () => {
  const app = useApp();
  const open = (hash = '#costs') => openPage(app.browser, app.server.url + hash);

  it('shows the brochure example after the Standard plan', async () => {
    const page = await open();
    const o = oracle({ users: 60n, price: 450n });
    assert.equal(await page.getByTestId('input-license-plan').inputValue(), 'standard');
    assert.equal(await page.getByTestId('input-license-users').inputValue(), '60');
    assert.equal(await text(page, 'result-running-monthly'), yen(o.running));
    assert.equal(await text(page, 'result-onetime-total'), yen(o.onetime));
    assert.equal(await text(page, 'result-net-monthly'), yen(o.net));
    assert.equal(await text(page, 'result-net-yearly'), yen(o.net * 12n));
    // 450 円 ÷ 1,500 円/時 × 60 = 18 分/月; ÷ 26 日 ≈ 0.7 分/日
    assert.equal(await text(page, 'result-breakeven-minutes'), '18分/月');
    assert.match(await text(page, 'breakeven-sentence'), /月18分（1日あたり約0\.7分）/);
    // 15,875 ÷ 492,000 is under a tenth of a month: never "0か月".
    assert.equal(await text(page, 'result-payback-months'), '0.1か月未満');
    assert.match(await text(page, 'result-cash-monthly'), /−18,000円/);
    assert.ok((await page.getByTestId('chart-cumulative').innerHTML()).includes('1か月目に回収'));
    assert.ok((await page.getByTestId('chart-tornado').innerHTML()).includes('時給'));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('recomputes from the user\'s own costs, conservatively', async () => {
    const page = await open();
    await typeInto(page, 'input-license-users', '37');
    // The plan's own price typed key by key (through 「4」 and 「45」) is that plan.
    await typeInto(page, 'input-license-price', '450');
    assert.equal(await page.getByTestId('input-license-plan').inputValue(), 'standard');
    await typeInto(page, 'input-license-price', '600');
    assert.equal(await page.getByTestId('input-license-plan').inputValue(), 'custom', 'a typed price is a custom price');
    await typeInto(page, 'input-devices-count', '3');
    await typeInto(page, 'input-devices-price', '45,800');
    await typeInto(page, 'input-onetime-other', '１２０，０００');
    await page.getByTestId('realization-conservative').click();
    assert.equal(await page.getByTestId('input-realization').inputValue(), '50');
    const o = oracle({ users: 37n, price: 600n, realization: 50n, devices: 3n, devicePrice: 45800n, other: 120000n });
    assert.equal(await text(page, 'result-onetime-total'), yen(o.onetime));
    assert.equal(await text(page, 'result-running-monthly'), yen(o.running));
    assert.equal(await text(page, 'result-net-monthly'), yen(o.net));
    const tenths = round(o.onetime * 10n, o.net);
    const months = `${tenths / 10n}${tenths % 10n ? `.${tenths % 10n}` : ''}か月`;
    assert.equal(await text(page, 'result-payback-months'), months);
    // Range: low 50 % and high 150 % of the time savings.
    const low = PRINTING + round(TIME * 50n * 50n, 10000n) - o.running;
    const high = PRINTING + round(TIME * 50n * 150n, 10000n) - o.running;
    assert.match(await text(page, 'result-net-range'), new RegExp(`低位 ${yen(low)} 〜 高位 ${yen(high)}`));
    // Picking a plan again restores its list price.
    await page.getByTestId('input-license-plan').selectOption('standard');
    assert.equal(await page.getByTestId('input-license-price').inputValue(), '450');
    await page.context().close();
  });

  it('says "no payback" in words when costs exceed the value', async () => {
    const page = await open();
    await typeInto(page, 'input-license-price', '9000');
    const o = oracle({ users: 60n, price: 9000n });
    assert.ok(o.net < 0n);
    assert.equal(await text(page, 'result-net-monthly'), yen(o.net));
    assert.equal(await text(page, 'result-payback-months'), '回収できません');
    assert.match(await text(page, 'payback-sentence'), /回収できません/);
    const chart = await page.getByTestId('chart-cumulative').innerHTML();
    assert.ok(chart.includes('回収できません') && !chart.includes('か月目に回収'));
    const body = await page.locator('body').innerText();
    assert.doesNotMatch(body, /NaN|Infinity|∞|-\d+か月/);
    await page.context().close();
  });

  it('warns when the free plan does not fit', async () => {
    const page = await open();
    await page.getByTestId('input-license-plan').selectOption('free');
    assert.equal(await page.getByTestId('input-license-price').inputValue(), '0');
    assert.equal(await text(page, 'result-running-monthly'), '0円');
    assert.equal(await page.getByTestId('warnings').innerText(), '');
    await typeInto(page, 'input-license-users', '120');
    await page.getByTestId('input-needs-line-talk').check();
    await page.getByTestId('input-needs-audit-download').check();
    const warnings = await page.getByTestId('warnings').innerText();
    assert.match(warnings, /100人まで/);
    assert.match(warnings, /LINE ユーザー/);
    assert.match(warnings, /監査ログ/);
    await page.getByTestId('input-license-plan').selectOption('standard');
    assert.equal(await page.getByTestId('warnings').innerText(), '');
    await page.context().close();
  });

  it('applies the subsidy only when on, to marked costs, within the staff band cap', async () => {
    const page = await open();
    await typeInto(page, 'input-devices-count', '10');
    await typeInto(page, 'input-devices-price', '200000');
    const before = await text(page, 'result-onetime-total');
    assert.equal(await page.getByTestId('input-subsidy-enabled').isChecked(), false, 'off by default');
    assert.equal(await page.getByTestId('result-subsidy').isVisible(), false);
    await page.getByTestId('input-subsidy-enabled').check();
    assert.match(await page.locator('body').innerText(), /都道府県により異なります/);
    // 2,000,000 × 3/4 = 1,500,000, under the 31+ cap of 2,600,000.
    assert.equal(await text(page, 'result-subsidy'), '1,500,000円');
    assert.equal(await text(page, 'result-onetime-total'), before, 'the total before subsidy stays');
    // 8 users: band 1–10, cap 1,000,000.
    await typeInto(page, 'input-license-users', '8');
    assert.equal(await text(page, 'result-subsidy'), '1,000,000円');
    assert.match(await page.getByTestId('warnings').innerText(), /上限（1,000,000円）/);
    await page.getByTestId('input-subsidy-eligible-devices').uncheck();
    assert.equal(await page.getByTestId('result-subsidy').isVisible(), false);
    await page.context().close();
  });

  it('rejects bad cost input beside the field and keeps the rest', async () => {
    const page = await open();
    const net = await text(page, 'result-net-monthly');
    await page.getByTestId('input-realization').fill('150');
    assert.match(await text(page, 'error-realization'), /上限は 100 %/);
    await page.getByTestId('input-license-users').fill('12.5');
    assert.match(await text(page, 'error-license-users'), /整数で入力/);
    await page.getByTestId('input-onetime-other').fill('-5');
    assert.match(await text(page, 'error-onetime-other'), /0以上/);
    assert.equal(await text(page, 'result-net-monthly'), net);
    assert.equal(await page.getByTestId('input-realization').inputValue(), '150', 'typed text is kept');
    await page.context().close();
  });

  it('keeps the costs after a reload and migrates a record from before costs existed', async () => {
    const page = await open();
    await typeInto(page, 'input-license-price', '520');
    await page.getByTestId('input-retention-enabled').check();
    await gotoApp(page, app.server.url + '#costs');
    assert.equal(await page.getByTestId('input-license-plan').inputValue(), 'custom');
    assert.equal(await page.getByTestId('input-license-price').inputValue(), '520');
    assert.equal(await page.getByTestId('input-retention-enabled').isChecked(), true);
    // A v1 record (saved before costs existed) keeps every savings figure.
    const v1 = { v: 1, s: {
      'service-dayservice': '1', 'service-residential': '1', 'service-homevisit': '0', wage: '1230',
      'printing-color-sheets': '120', 'printing-color-price': '25', 'printing-mono-sheets': '0', 'printing-mono-price': '0',
      'notebook-users': '42', 'notebook-minutes': '3.5', 'notebook-days': '22',
      'handover-staff': '37', 'handover-minutes': '12.5', 'handover-days': '30',
      'callback-staff': '8', 'callback-minutes': '4', 'callback-days': '25', 'hours-per-fte': '160' } };
    await page.evaluate((r) => localStorage.setItem('kaigo-savings/scenario', JSON.stringify(r)), v1);
    await page.goto(app.server.url + '#savings');   // a hash change alone does not reload
    await page.reload();
    await page.getByTestId('tab-savings').waitFor();
    assert.equal(await page.getByTestId('input-wage').inputValue(), '1,230');
    assert.equal(await page.getByTestId('notice').isVisible(), false);
    await page.getByTestId('tab-costs').click();
    assert.equal(await page.getByTestId('input-license-users').inputValue(), '37');
    await page.context().close();
  });

  it('explains every formula and default with its source', async () => {
    const page = await open('#method');
    const body = await page.getByTestId('methodology').innerText();
    for (const s of ['純効果 ＝', '回収期間', '損益分岐', '感度分析', '出典あり', '未確認', '仮定', '450円', '12.8%', '55.1万円', '鳥取県']) {
      assert.ok(body.includes(s), s);
    }
    await page.getByTestId('tab-savings').click();
    assert.equal(await text(page, 'result-total-monthly'), '519,000円');
    await page.goBack();
    await page.getByTestId('methodology').waitFor();
    await page.context().close();
  });
});
