// After a language switch every message on screen is in the new language
// (issue 20), on every screen: each message is made to appear as a person makes
// it, in Japanese; the language is switched to English and back. What the
// person typed and had not saved stays in its field through both switches.
// Names typed in the test are ASCII, so that any Japanese left in an English
// message is the app's own.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, gotoApp, text, typeInto, retype } from './helpers.mjs';
import { MIN, device, importFile, tap } from './study.mjs';

/** Kana or kanji: the app's Japanese words. */
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const toggle = (page) => page.getByTestId('lang-toggle').click();

/** The message `id` says something in Japanese; in English once the language is
 * switched, and the same Japanese again once it is switched back. */
async function follows(page, id) {
  const ja = await text(page, id);
  assert.match(ja, JAPANESE, `${id} starts in Japanese: ${ja}`);
  await toggle(page);
  const en = await text(page, id);
  assert.doesNotMatch(en, JAPANESE, `${id} after the switch to English: ${en}`);
  assert.ok(en.trim().length > 0, `${id} still says something in English`);
  await toggle(page);
  assert.equal(await text(page, id), ja, `${id} back in Japanese`);
}

describe('messages follow a language switch', () => {
  const app = useApp();

  it('on the calculator, the share screen and the saved estimates', async () => {
    const page = await openPage(app.browser, app.server.url);
    await page.getByTestId('preset').selectOption('homevisit');
    await follows(page, 'notice-text');
    await page.getByTestId('tab-share').click();
    await page.getByTestId('library-name').fill('Annex');
    await page.getByTestId('library-save').click();
    await page.getByTestId('library-name').fill('Annex');
    await page.getByTestId('library-save').click();
    await follows(page, 'tools-notice');
    // An import of the saved estimates' own file, with one entry added that
    // cannot be read.
    const href = await page.getByTestId('library-export').getAttribute('href');
    const doc = JSON.parse(decodeURIComponent(href.slice(href.indexOf(',') + 1)));
    doc.items.push({ name: 42 });
    const file = JSON.stringify(doc);
    await page.getByTestId('library-import').setInputFiles({ name: 'estimates.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.waitForFunction(() => /件を読み込み/.test(document.querySelector('[data-testid="tools-notice"]')?.innerText ?? ''));
    await follows(page, 'tools-notice');
    assert.equal(page.errors.length, 0, page.errors.join('\n'));
    await page.context().close();
  });

  it('on the time study: its notice, an import, a refused tap, a run left going and a correction', async () => {
    // A study a newer version stored: read, never written over, and said so.
    const page = await openPage(app.browser, null);
    await page.clock.install({ time: new Date('2026-12-02T07:59:50').getTime() });
    await gotoApp(page, `${app.server.url}#savings`);
    await page.evaluate(() => localStorage.setItem('kaigo-savings/timestudy', JSON.stringify({ v: 99, records: [] })));
    await page.getByTestId('tab-measure').click();
    await page.getByTestId('timestudy-notice').waitFor();
    await follows(page, 'timestudy-notice');
    await page.context().close();

    const study = await device(app, '2026-12-02T08:00:00');
    await importFile(study, 'study.csv', '業務,開始,終了,職員コード\r\n申し送り,2026-12-01 08:00,2026-12-01 08:10,A02\r\n');
    await follows(study, 'timestudy-import-result');
    await tap(study, 'handover');
    await follows(study, 'timestudy-error');

    // A run left going: the end time typed in cannot be read; said next to the
    // field in either language, and what was typed stays.
    await typeInto(study, 'timestudy-staff', 'A01');
    await tap(study, 'handover');
    await study.clock.fastForward(13 * 60 * MIN);
    await study.getByTestId('timestudy-stop-A01').click();
    await typeInto(study, 'timestudy-end-at-A01', '5時');
    await study.getByTestId('timestudy-end-at-save-A01').click();
    await follows(study, 'timestudy-end-at-error-A01');
    assert.equal(await study.getByTestId('timestudy-end-at-A01').inputValue(), '5時', 'the typed end time is kept');

    // A correction whose start cannot be read.
    await study.getByTestId('timestudy-record-edit').first().click();
    await typeInto(study, 'timestudy-edit-start', 'きのう');
    await study.getByTestId('timestudy-edit-save').click();
    await follows(study, 'timestudy-edit-error');
    assert.equal(await study.getByTestId('timestudy-edit-start').inputValue(), 'きのう', 'the typed start is kept');
    assert.equal(study.errors.length, 0, study.errors.join('\n'));
    await study.context().close();
  });

  it('in the chat demo and on the 法人 screen', async () => {
    const page = await openPage(app.browser, `${app.server.url}#features`);
    await page.getByTestId('demo-overview').waitFor();
    // A family member may not send a read-tracked broadcast.
    await page.getByTestId('demo-whoami').selectOption('68');
    await page.getByTestId('demo-compose').fill('hello');
    await page.getByTestId('demo-broadcast').check();
    await page.getByTestId('demo-send').click();
    await follows(page, 'demo-error');
    await page.getByTestId('demo-whoami').selectOption('0');
    await page.getByTestId('demo-audit-verify').click();
    await follows(page, 'demo-audit-result');
    await page.getByTestId('demo-reset').click();
    await page.getByTestId('demo-reset-confirm').click();
    await follows(page, 'demo-info');
    await page.getByTestId('tab-group').click();
    await page.getByTestId('group-add-current').click();
    // A name emptied is said next to the field; what was typed stays.
    const name = page.getByTestId('group-name');
    await retype(name, '');
    await follows(page, 'group-name-error');
    await retype(name, 'North');
    await page.getByRole('button', { name: 'North：外す' }).click();
    await follows(page, 'group-notice');
    assert.equal(page.errors.length, 0, page.errors.join('\n'));
    await page.context().close();
  });
});
