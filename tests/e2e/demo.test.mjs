// The chat-feature demo as a presenter shows it: part of the one program, the
// feature cards, broadcasts with read counts and a time-lapse, external members,
// account shutdown, the audit log, the roster import, quiet hours, meetings; and
// how it looks: every room, label and file name whole at phone to laptop widths.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, openPage, gotoApp, text } from './helpers.mjs';

const WIDTHS = [360, 768, 1024, 1366];

/** The rows of a CSV file (quoted fields with "" escapes, CRLF), BOM removed. */
function csvRows(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell.replace(/\r$/, '')); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/**
 * Every visible select and button of the demo whose label does not show whole:
 * a button whose content is wider than its box (scrollWidth > clientWidth), a
 * select narrower than it needs for its longest option, or either reaching off
 * the screen. Chromium reports a select's scrollWidth as its clientWidth even when
 * it cuts the chosen option's words off, so a select is measured by a copy of it
 * that may grow: that copy's scrollWidth against the select's clientWidth.
 */
function cutLabels() {
  const bad = [];
  for (const el of document.querySelectorAll('#demo-root select, #demo-root button')) {
    if (!el.checkVisibility()) continue;
    const name = `${el.tagName.toLowerCase()} ${el.dataset.testid ?? el.textContent.trim().slice(0, 40)}`;
    if (el.tagName === 'SELECT') {
      const copy = el.cloneNode(true);
      copy.removeAttribute('data-testid');
      Object.assign(copy.style, { width: 'auto', minWidth: '0', maxWidth: 'none', position: 'absolute', visibility: 'hidden' });
      el.after(copy);
      const need = copy.scrollWidth;
      copy.remove();
      if (need > el.clientWidth + 1) bad.push(`${name}: needs ${need}px, has ${el.clientWidth}px`);
    } else if (el.scrollWidth > el.clientWidth + 1) {
      bad.push(`${name}: ${el.scrollWidth}px of content in ${el.clientWidth}px`);
    }
    const r = el.getBoundingClientRect();
    if (r.left < -0.5 || r.right > innerWidth + 0.5) bad.push(`${name}: off the screen (${Math.round(r.left)}–${Math.round(r.right)})`);
  }
  // The demo itself never reaches past the screen (the app's header is not its part).
  const root = document.getElementById('demo-root');
  if (root.scrollWidth > root.clientWidth + 1 || root.getBoundingClientRect().right > innerWidth + 0.5) {
    bad.push(`demo: ${root.scrollWidth}px of content in ${root.clientWidth}px`);
  }
  return bad;
}

describe('chat-feature demo', () => {
  const app = useApp();
  const open = async (viewport) => {
    const page = await openPage(app.browser, app.server.url + '#features', viewport ? { viewport } : {});
    await page.getByTestId('demo-overview').waitFor();
    return page;
  };
  /** Downloads the audit log through the export button; its rows. */
  const auditCsv = async (page) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('demo-audit-csv').click()]);
    return csvRows((await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, ''));
  };
  const as = (page, id) => page.getByTestId('demo-whoami').selectOption(String(id));
  const send = async (page, body, { broadcast = false } = {}) => {
    await page.getByTestId('demo-compose').fill(body);
    if (broadcast) await page.getByTestId('demo-broadcast').check();
    await page.getByTestId('demo-send').click();
  };

  it('opens its own part of the program only, and keeps its state across screens', async () => {
    const page = await openPage(app.browser, app.server.url);
    await page.waitForFunction(() => window.wasmBindings !== undefined);
    const pkg = page.requests.find((u) => /\/main_bg\.wasm$/.test(u)).replace(/main_bg\.wasm$/, '');
    const before = page.requests.length;
    await page.getByTestId('tab-features').click();
    await page.getByTestId('demo-overview').waitFor();
    // Its own part and the chunks it shares, from the build the page runs; no other
    // screen's part, nothing else.
    const code = page.requests.slice(before).filter((u) => /\.(wasm|js)(\?|$)/.test(u));
    assert.ok(code.some((u) => u === `${pkg}split_demo.wasm`), `the demo's part: ${code}`);
    // (The proposal's part may arrive meanwhile: it is fetched once the page is idle.)
    const parts = JSON.parse(await (await fetch(`${pkg}parts.json`)).text());
    const allowed = new Set([...parts.demo, ...parts.share].map((f) => pkg + f));
    assert.deepEqual(code.filter((u) => !allowed.has(u)), [], 'nothing but the demo\'s part');
    assert.equal(await page.getByTestId('demo-overview').locator('li').count(), 11, 'one card per brochure feature and point');
    // It keeps its state across screens.
    await send(page, '朝の申し送りです');
    await page.getByTestId('tab-savings').click();
    await page.getByTestId('tab-features').click();
    assert.match(await text(page, 'demo-messages'), /朝の申し送りです/);
    const origin = new URL(app.server.url).origin;
    assert.deepEqual(page.requests.filter((u) => !u.startsWith(origin + '/')), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('counts reads of a broadcast, lets them arrive, reminds the unread', async () => {
    const page = await open();
    await send(page, '明日の防災訓練は10時からです', { broadcast: true });
    const status = page.locator('[data-testid^="demo-read-status-"]').last();
    assert.equal(await status.innerText(), '既読0人　未読67人');
    await page.getByTestId('demo-timelapse-slider').fill('240');
    assert.equal(await status.innerText(), '既読65人　未読2人');
    await page.locator('[data-testid^="demo-remind-"]').last().click();
    assert.equal(await text(page, 'demo-info'), '2人にリマインドを送りました。');
    await page.context().close();
  });

  it('time-lapse is a view of the clock: back shows the reads of then, and the log never runs backwards', async () => {
    const page = await open();
    await send(page, '台風接近のため、明日の送迎時間を変更します', { broadcast: true });
    const status = page.locator('[data-testid^="demo-read-status-"]').last();
    const slider = page.getByTestId('demo-timelapse-slider');
    const reads = async () => Number((await status.innerText()).match(/^既読(\d+)人/)[1]);
    await slider.fill('15');
    assert.match(await text(page, 'demo-timelapse-time'), /^送信から15分後（\d\d:\d\d）$/);
    const at15 = await reads();
    assert.ok(at15 > 0 && at15 < 65, `${at15} read 15 minutes after sending`);
    await slider.fill('240');
    assert.equal(await status.innerText(), '既読65人　未読2人');
    // Back to 15 minutes: the reads of then, not of 240 minutes.
    await slider.fill('15');
    assert.equal(await status.innerText(), `既読${at15}人　未読${67 - at15}人`);
    assert.match(await text(page, 'demo-timelapse-time'), /送信から15分後/);
    assert.match(await text(page, 'demo-timelapse-past'), /さかのぼって表示/);
    await slider.fill('100');
    const at100 = await reads();
    assert.ok(at100 >= at15 && at100 <= 65);
    // Forward again and back again: the same history.
    await slider.fill('240');
    assert.equal(await status.innerText(), '既読65人　未読2人');
    await slider.fill('15');
    assert.equal(await reads(), at15);
    await page.getByTestId('demo-timelapse-now').click();
    assert.equal(await status.innerText(), '既読65人　未読2人');
    assert.ok(await page.getByTestId('demo-timelapse-past').isHidden());
    // Acting after looking back happens in the present: the log's times only go forward.
    await slider.fill('30');
    await send(page, 'その後の連絡です');
    const rows = (await auditCsv(page)).slice(1);
    const times = rows.map((r) => Number(r[1]));
    assert.ok(times.length > 80, `${times.length} entries`);
    for (let i = 1; i < times.length; i++) {
      assert.ok(times[i] >= times[i - 1], `entry ${rows[i][0]} at ${times[i]}s is before entry ${rows[i - 1][0]} at ${times[i - 1]}s`);
    }
    const shown = await page.getByTestId('demo-audit').locator('td.time').allInnerTexts();
    assert.deepEqual(shown, [...shown].sort().reverse(), 'newest first, times never increasing down the list');
    await page.context().close();
  });

  it('sends a policy file with per-member read status', async () => {
    const page = await open();
    await page.getByTestId('demo-file-name').fill('2027年度 運営方針.pdf');
    await page.getByTestId('demo-share-file').click();
    const last = page.locator('[data-testid^="demo-message-"]').last();
    assert.match(await last.innerText(), /2027年度 運営方針\.pdf/);
    assert.match(await last.locator('[data-testid^="demo-read-status-"]').innerText(), /既読0人　未読67人/);
    // A staff member opens the room on their phone: the count moves by one.
    const id = (await last.getAttribute('data-testid')).replace('demo-message-', '');
    await page.getByTestId('demo-whoami').selectOption('2');
    await page.getByTestId('demo-room-0').click();
    await page.getByTestId('demo-whoami').selectOption('0');
    await page.getByTestId('demo-room-0').click();
    assert.equal(await page.getByTestId(`demo-read-status-${id}`).innerText(), '既読1人　未読66人');
    await page.context().close();
  });

  it('downscales a picked photo before posting it', async () => {
    const page = await open();
    // A 1,600 × 1,200 photo made in the browser.
    const png = await page.evaluate(() => {
      const c = document.createElement('canvas');
      c.width = 1600; c.height = 1200;
      const g = c.getContext('2d');
      g.fillStyle = '#6a9'; g.fillRect(0, 0, 1600, 1200);
      g.fillStyle = '#fc6'; g.fillRect(400, 300, 800, 600);
      return c.toDataURL('image/png').split(',')[1];
    });
    await page.getByTestId('demo-photo-file').setInputFiles({ name: 'レク風景.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
    await page.getByTestId('demo-photo-picked').waitFor();
    assert.match(await text(page, 'demo-photo-picked'), /レク風景\.png/);
    await send(page, 'レクの様子です');
    const img = page.locator('[data-testid^="demo-message-"]').last().locator('img.photo');
    const { src, w, h } = await img.evaluate(async (el) => { await el.decode(); return { src: el.src, w: el.naturalWidth, h: el.naturalHeight }; });
    assert.ok(src.startsWith('data:image/jpeg;base64,'), 'kept as a small JPEG');
    assert.deepEqual([w, h], [480, 360], 'longest side 480 px, proportions kept');
    assert.ok(src.length < 60_000, `${src.length} bytes`);
    // Not an image: a clear refusal, nothing attached.
    await page.getByTestId('demo-photo-file').setInputFiles({ name: 'memo.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    assert.match(await text(page, 'demo-error'), /画像ファイル/);
    await page.context().close();
  });

  it('renders hostile text as text', async () => {
    const page = await open();
    let dialog = false;
    page.on('dialog', (d) => { dialog = true; d.dismiss(); });
    const xss = '<img src=x onerror=alert(1)>';
    await send(page, xss);
    const last = page.locator('[data-testid^="demo-message-"]').last();
    assert.equal(await last.locator('.body').innerText(), xss);
    assert.equal(await page.locator('#demo-root img[src="x"]').count(), 0);
    // Names too: a roster row with markup is shown as text.
    await page.getByTestId('demo-roster-input').fill('氏名,所属,役割\n"<b onmouseover=alert(2)>太郎</b>",2階,職員\n');
    await page.getByTestId('demo-roster-import').click();
    assert.match(await page.getByTestId('demo-members').innerText(), /<b onmouseover=alert\(2\)>太郎<\/b>/);
    assert.equal(await page.locator('#demo-root b').count(), 0);
    assert.equal(dialog, false);
    await page.context().close();
  });

  it('keeps families and partners in their own rooms', async () => {
    const page = await open();
    await as(page, 68); // 田中 花子, joined from LINE
    assert.equal(await page.locator('[data-testid^="demo-room-"]').count(), 1);
    assert.match(await text(page, 'demo-messages'), /お庭を散歩/);
    await send(page, '母が喜んでいました');
    assert.match(await text(page, 'demo-messages'), /母が喜んでいました/);
    assert.match(await text(page, 'demo-admin-refused'), /管理者だけ/);
    await page.context().close();
  });

  it('shuts a suspended account out of everything, and logs it', async () => {
    const page = await open();
    await page.getByTestId('demo-suspend-2').click();
    await as(page, 2);
    assert.match(await text(page, 'demo-phone-refused'), /停止されています/);
    await as(page, 0);
    await page.getByTestId('demo-reinstate-2').click();
    await page.getByTestId('demo-audit-action').selectOption('suspend');
    assert.match(await text(page, 'demo-audit'), /アカウント停止/);
    await page.getByTestId('demo-audit-verify').click();
    assert.match(await text(page, 'demo-audit-result'), /すべて改ざんなし/);
    await page.getByTestId('demo-audit-tamper').click();
    assert.match(await text(page, 'demo-audit-result'), /件目が書き換えられています/);
    await page.getByTestId('demo-trace').click();
    const trace = await text(page, 'demo-trace-result');
    assert.match(trace, /ダウンロード/);
    assert.match(trace, /ケアマネジャー/);
    // The CSV goes through the backend's export: a file for Excel, and a log entry.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('demo-audit-csv').click()]);
    assert.equal(download.suggestedFilename(), 'audit-log.csv');
    const csv = await readFile(await download.path(), 'utf8');
    assert.ok(csv.startsWith('\uFEFF'), 'CSV with a BOM for Excel');
    assert.match(csv, /,suspend,/);
    await page.getByTestId('demo-audit-action').selectOption('export-audit');
    assert.match(await text(page, 'demo-audit'), /ログ書き出し/);
    await page.context().close();
  });

  it('imports a roster all or nothing, reporting each bad row', async () => {
    const page = await open();
    await page.getByTestId('demo-roster-input').fill('氏名,所属,役割\n山口 新,2階,職員\n,1階,職員\n森 一郎,3階,職員\n');
    await page.getByTestId('demo-roster-import').click();
    const errors = await text(page, 'demo-roster-errors');
    assert.match(errors, /3行目：氏名が空です/);
    assert.match(errors, /4行目：所属「3階」がありません/);
    assert.doesNotMatch(await page.getByTestId('demo-members').innerText(), /山口 新/, 'nothing half-imported');
    await page.getByTestId('demo-roster-input').fill('氏名,所属,役割\n山口 新,2階,職員\n森 一郎,訪問介護チーム,職員\n');
    await page.getByTestId('demo-roster-import').click();
    assert.equal(await text(page, 'demo-info'), '2人を登録しました。各ユニットのトークに参加しています。');
    await page.context().close();
  });

  it('keeps the demo across a reload, recovers a corrupt save, resets', async () => {
    const page = await open();
    await send(page, '再読み込み後も残る連絡');
    await page.getByTestId('demo-suspend-3').click();
    await page.reload();
    await page.getByTestId('demo-overview').waitFor();
    assert.match(await text(page, 'demo-messages'), /再読み込み後も残る連絡/);
    assert.ok(await page.getByTestId('demo-reinstate-3').isVisible(), 'the suspension is kept');
    await page.getByTestId('demo-audit-verify').click();
    assert.match(await text(page, 'demo-audit-result'), /すべて改ざんなし/, 'the saved log still verifies');
    // A damaged save: the demo starts over, says so, keeps the original.
    await page.evaluate(() => localStorage.setItem('kaigo-savings/demo', '{"v":1,"now":'));
    await page.reload();
    await page.getByTestId('demo-overview').waitFor();
    assert.match(await text(page, 'demo-notice'), /読み込めなかった.*バックアップ/);
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kaigo-savings/demo-backup/')).map((k) => localStorage.getItem(k)));
    assert.deepEqual(backups, ['{"v":1,"now":']);
    assert.doesNotMatch(await text(page, 'demo-messages'), /再読み込み後も残る連絡/);
    await send(page, 'リセット前');
    await page.getByTestId('demo-reset').click();
    await page.getByTestId('demo-reset-confirm').click();
    assert.doesNotMatch(await text(page, 'demo-messages'), /リセット前/);
    await page.context().close();
  });

  it('follows another tab of the same browser, each tab acting as its own person', async () => {
    const one = await open();
    const two = await one.context().newPage();
    two.errors = [];
    two.on('pageerror', (e) => two.errors.push(String(e)));
    await gotoApp(two, app.server.url + '#features');
    await two.getByTestId('demo-overview').waitFor();
    // Tab two acts as a staff member; tab one, as the director, posts to everyone.
    await as(two, 2);
    await send(one, 'もう一つのタブにも届く連絡');
    // Stored at once, then shown in tab two, which stays the staff member.
    await two.waitForFunction(() => document.querySelector('[data-testid="demo-messages"]')?.innerText.includes('もう一つのタブにも届く連絡'));
    assert.equal(await two.getByTestId('demo-whoami').inputValue(), '2');
    assert.equal(await one.getByTestId('demo-whoami').inputValue(), '0');
    // And back: tab two, as the director too, suspends an account; tab one sees it.
    await as(two, 0);
    await two.getByTestId('demo-suspend-3').click();
    await one.getByTestId('demo-reinstate-3').waitFor();
    await one.getByTestId('demo-audit-verify').click();
    assert.match(await text(one, 'demo-audit-result'), /すべて改ざんなし/);
    assert.deepEqual([...one.errors, ...two.errors], []);
    await one.context().close();
  });

  it('leaves a newer version\'s demo as it is, says so, and stores nothing over it', async () => {
    const newer = '{"v":99,"now":0}';
    const page = await openPage(app.browser, app.server.url, {
      init: `localStorage.getItem('kaigo-savings/demo') || localStorage.setItem('kaigo-savings/demo', ${JSON.stringify(newer)})`,
    });
    await page.getByTestId('tab-features').click();
    await page.getByTestId('demo-overview').waitFor();
    assert.match(await text(page, 'demo-notice'), /新しい版.*そのまま残し/);
    await send(page, '保存されない連絡');
    assert.match(await text(page, 'demo-messages'), /保存されない連絡/);
    assert.equal(await page.evaluate(() => localStorage.getItem('kaigo-savings/demo')), newer);
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('demo')));
    assert.deepEqual(keys, ['kaigo-savings/demo']);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('asks before a reset, in the page, and gives the focus back', async () => {
    const page = await open();
    await send(page, '消したくない連絡');
    const reset = page.getByTestId('demo-reset');
    const question = page.getByTestId('demo-reset-question');
    // Where the focus is, once it has moved (it moves as the page changes).
    const focused = async (want) => {
      await page.waitForFunction((id) => document.activeElement?.dataset.testid === id, want, { timeout: 2000 }).catch(() => {});
      return page.evaluate(() => document.activeElement?.dataset.testid);
    };
    assert.ok(await question.isHidden());
    await reset.click();
    assert.match(await question.innerText(), /最初の状態に戻しますか/);
    assert.equal(await reset.getAttribute('aria-expanded'), 'true');
    assert.equal(await focused('demo-reset-cancel'), 'demo-reset-cancel', 'the safe choice first');
    // Escape and やめる keep everything, and give the focus back to the button.
    await page.keyboard.press('Escape');
    assert.ok(await question.isHidden());
    assert.equal(await focused('demo-reset'), 'demo-reset');
    await reset.click();
    await page.getByTestId('demo-reset-cancel').click();
    assert.equal(await focused('demo-reset'), 'demo-reset');
    assert.match(await text(page, 'demo-messages'), /消したくない連絡/);
    // 最初に戻す does.
    await reset.click();
    await page.getByTestId('demo-reset-confirm').click();
    assert.doesNotMatch(await text(page, 'demo-messages'), /消したくない連絡/);
    assert.equal(await text(page, 'demo-info'), 'デモを最初の状態に戻しました。');
    assert.ok(await question.isHidden());
    assert.equal(await focused('demo-reset'), 'demo-reset');
    assert.equal(page.errors.length, 0, page.errors.join('\n'));
    await page.context().close();
  });

  it('remembers who is acting, and where, across a reload; marks a suspended account', async () => {
    const page = await open();
    await page.getByTestId('demo-suspend-68').click();
    const whoami = page.getByTestId('demo-whoami');
    assert.equal(await whoami.locator('option[value="68"]').innerText(), '田中 花子（長女）（停止中）');
    await as(page, 2);
    await page.getByTestId('demo-room-2').click();
    await page.reload();
    await page.getByTestId('demo-overview').waitFor();
    assert.equal(await whoami.inputValue(), '2', 'still acting as the staff member');
    assert.equal(await page.getByTestId('demo-room-2').getAttribute('aria-pressed'), 'true', 'in the same room');
    assert.match(await whoami.locator('option[value="68"]').innerText(), /（停止中）$/);
    await page.getByTestId('lang-toggle').click();
    assert.equal(await whoami.locator('option[value="68"]').innerText(), '田中 花子（長女） (suspended)');
    // Kept inside the demo's own saved data, nowhere else.
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('demo')));
    assert.deepEqual(keys, ['kaigo-savings/demo']);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('kaigo-savings/demo')));
    assert.deepEqual([saved.v, saved.me, saved.room], [2, 2, 2]);
    await page.context().close();
  });

  it('refuses a broadcast from a family member, out loud, and posts nothing instead', async () => {
    const page = await open();
    await as(page, 68);
    const before = await page.locator('[data-testid^="demo-message-"]').count();
    await send(page, '母の薬について皆さんに確認したいです', { broadcast: true });
    assert.match(await text(page, 'demo-error'), /既読を確認する一斉連絡を送れません/);
    assert.equal(await page.locator('[data-testid^="demo-message-"]').count(), before, 'not posted as a plain message');
    assert.equal(await page.getByTestId('demo-compose').inputValue(), '母の薬について皆さんに確認したいです', 'the words are kept');
    // Unticked, it goes as an ordinary message.
    await page.getByTestId('demo-broadcast').uncheck();
    await page.getByTestId('demo-send').click();
    assert.ok(await page.getByTestId('demo-error').isHidden());
    assert.match(await text(page, 'demo-messages'), /母の薬について/);
    // Staff asking for read tracking in the family room get it.
    await as(page, 2);
    await page.getByTestId('demo-room-5').click();
    await send(page, '面会時間の変更をお知らせします', { broadcast: true });
    assert.match(await page.locator('[data-testid^="demo-read-status-"]').last().innerText(), /^既読0人　未読\d+人$/);
    // The refusal is in the log, in words.
    await as(page, 0);
    await page.getByTestId('demo-audit-refused').check();
    assert.match(await text(page, 'demo-audit'), /拒否：ご家族・外部の方（LINE）は、既読を確認する一斉連絡を送れません/);
    await page.context().close();
  });

  it('shows the audit log as sentences in Japanese and English, never as codes', async () => {
    const page = await open();
    await page.getByTestId('demo-quiet-toggle').check();
    await page.getByTestId('demo-meeting-book').click();
    await page.getByTestId('demo-meeting-book').click(); // the same guest, overlapping: refused
    await page.getByTestId('demo-suspend-12').click();
    await page.getByTestId('demo-reinstate-12').click();
    await page.getByTestId('demo-file-name').fill('研修資料.pdf');
    await page.getByTestId('demo-share-file').click();
    await page.getByTestId('demo-roster-import').click();
    await page.getByTestId('demo-trace').click();
    const codes = /\b(quiet|member|room|scope|message|file|meeting|rows|name|unit):|\([a-z]+(-[a-z]+)+\)|\b[a-z]+-[a-z]+(-[a-z]+)*\b/;
    const log = await text(page, 'demo-audit');
    assert.match(log, /通知停止\s+\d\d:\d\d〜\d\d:\d\d/);
    assert.match(log, /拒否：その時間はすでに面談が入っています。/);
    assert.match(log, /アカウント停止\s+\S+/);
    assert.match(log, /ファイル共有\s+「研修資料\.pdf」 → 全体連絡/);
    assert.match(log, /名簿取り込み\s+2人分/);
    assert.doesNotMatch(log, codes);
    assert.doesNotMatch(await text(page, 'demo-trace-result'), codes);
    await page.getByTestId('lang-toggle').click();
    const en = await text(page, 'demo-audit');
    assert.match(en, /Notifications off\s+\d\d:\d\d–\d\d:\d\d/);
    assert.match(en, /Refused: There is already a meeting then\./);
    assert.match(en, /Roster import\s+2 rows/);
    assert.doesNotMatch(en, codes);
    // The exported file keeps the stable keys in their own columns.
    const rows = await auditCsv(page);
    assert.deepEqual(rows[0], ['seq', 'time', 'actor_id', 'actor', 'action', 'target', 'result', 'hash']);
    assert.ok(rows.some((r) => r[4] === 'book-meeting' && r[6] === 'meeting-clash'));
    await page.context().close();
  });

  it('imports a roster written in English or Japanese, and counts in good English', async () => {
    const page = await open();
    await page.getByTestId('lang-toggle').click();
    const input = page.getByTestId('demo-roster-input');
    assert.match(await input.inputValue(), /^name,unit,role\n/, 'the example is in English');
    assert.match(await text(page, 'demo-roster-hint'), /Floor 1, Floor 2, Day service, Home-visit team/);
    await page.getByTestId('demo-roster-import').click();
    assert.equal(await text(page, 'demo-info'), "Added 2 people; they joined their units' rooms.");
    await input.fill('Name,Unit,Role\nKen Ono,floor 1,Staff\n');
    await page.getByTestId('demo-roster-import').click();
    assert.equal(await text(page, 'demo-info'), "Added 1 person; they joined their unit's room.");
    await input.fill('氏名,所属,役割\n林 二郎,デイサービス,職員\n');
    await page.getByTestId('demo-roster-import').click();
    assert.equal(await text(page, 'demo-info'), "Added 1 person; they joined their unit's room.", 'Japanese words in English too');
    await input.fill('name,unit,role\nAya Ito,Floor 9,staff\n');
    await page.getByTestId('demo-roster-import').click();
    assert.equal(await text(page, 'demo-error'), '1 problem: nobody was added. Fix it and import again.');
    assert.equal(await text(page, 'demo-roster-errors'), 'Line 2: No unit called "Floor 9" (Floor 1, Floor 2, Day service, Home-visit team)');
    const members = await page.getByTestId('demo-members').innerText();
    for (const name of ['Arata Yamaguchi', 'Ichiro Mori', 'Ken Ono', '林 二郎']) assert.match(members, new RegExp(name));
    assert.doesNotMatch(members, /Aya Ito/);
    await page.context().close();
  });

  it('every room is in reach at 360, 768, 1024 and 1366 px, by pointer and by keyboard', async () => {
    for (const width of WIDTHS) {
      const page = await open({ width, height: 900 });
      const nav = page.locator('.room-list');
      const fits = await nav.evaluate((n) => {
        const box = n.getBoundingClientRect();
        return {
          overflow: n.scrollWidth - n.clientWidth,
          outside: [...n.querySelectorAll('button')].filter((b) => {
            const r = b.getBoundingClientRect();
            return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.right > innerWidth || r.width === 0;
          }).map((b) => b.dataset.testid),
        };
      });
      assert.deepEqual(fits, { overflow: 0, outside: [] }, `${width}px`);
      assert.equal(await nav.locator('button').count(), 8);
      // Keyboard: from the first room, Tab reaches the last one; Enter opens it.
      await page.getByTestId('demo-room-0').focus();
      for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'demo-room-7', `${width}px`);
      await page.keyboard.press('Enter');
      assert.equal(await page.getByTestId('demo-room-7').getAttribute('aria-pressed'), 'true');
      assert.match(await text(page, 'demo-messages'), /参考までに/);
      await page.context().close();
    }
  });

  it('a long file name wraps inside its bubble', async () => {
    for (const width of [360, 1024]) {
      const page = await open({ width, height: 900 });
      const name = '令和7年度_感染症対策委員会_議事録_最終版_修正済み_' + 'x'.repeat(90) + '.pdf';
      await page.getByTestId('demo-file-name').fill(name);
      await page.getByTestId('demo-share-file').click();
      const bubble = page.locator('[data-testid^="demo-message-"]').last();
      const m = await bubble.evaluate((b) => {
        const file = b.querySelector('.file').getBoundingClientRect();
        const box = b.getBoundingClientRect();
        const root = document.getElementById('demo-root');
        return { overflow: b.scrollWidth - b.clientWidth, fileRight: file.right, boxRight: box.right, demo: root.scrollWidth - root.clientWidth };
      });
      assert.match(await bubble.innerText(), /令和7年度/);
      assert.ok(m.overflow <= 0 && m.fileRight <= m.boxRight + 0.5 && m.demo <= 0, `${width}px: ${JSON.stringify(m)}`);
      await page.context().close();
    }
  });

  it('every select and button shows its whole label, in Japanese and English, at every width', async () => {
    for (const width of WIDTHS) {
      const page = await open({ width, height: 900 });
      // The longest labels: suspended outside members in the who-am-I list, the
      // time-lapse looking back, the reset question open.
      for (const id of [68, 69, 70]) await page.getByTestId(`demo-suspend-${id}`).click();
      await send(page, '研修のお知らせ', { broadcast: true });
      await page.getByTestId('demo-timelapse-slider').fill('240');
      await page.getByTestId('demo-timelapse-slider').fill('20');
      await page.getByTestId('demo-reset').click();
      for (const lang of ['ja', 'en']) {
        if (lang === 'en') await page.getByTestId('lang-toggle').click();
        assert.ok(await page.getByTestId('demo-timelapse-now').isVisible());
        assert.deepEqual(await page.evaluate(cutLabels), [], `${width}px, ${lang}`);
      }
      await page.context().close();
    }
  });

  it('holds notifications in quiet hours, books a meeting, follows the language', async () => {
    const page = await open();
    await page.getByTestId('demo-quiet-toggle').check();
    await as(page, 2);
    await send(page, '夜勤さんへの連絡です', { broadcast: true });
    await as(page, 0);
    assert.match(await text(page, 'demo-notifications'), /保留中1件/);
    await page.getByTestId('demo-meeting-book').click();
    assert.match(await text(page, 'demo-call'), /ビデオ通話中/);
    await page.getByTestId('lang-toggle').click();
    assert.match(await page.locator('#demo-heading').innerText(), /What the chat platform does/);
    await page.context().close();
  });
});
