// What Japanese offices really type and save (issue 19): a CSV saved by Japanese
// Excel (Shift_JIS) imports, a file in neither UTF-8 nor Shift_JIS is refused in
// words about its encoding and changes nothing, and the full-width characters of
// a Japanese keyboard (「Ａ０１」, 「７：３０」) are read as their ASCII selves.
// Everything runs on the page's own clock (Playwright's clock, never sleeps).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useApp, text, typeInto, root } from './helpers.mjs';
import { device, importFile, recordCount, settings, tap, wait, words } from './study.mjs';

/** `text` as UTF-16 little-endian with its BOM (what Excel's 「Unicode テキスト」 writes). */
const utf16 = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

describe('time study: what Japanese offices type and save', () => {
  const app = useApp();

  it('imports a CSV saved by Japanese Excel (Shift_JIS) and refuses one in neither encoding', async () => {
    const page = await device(app, '2026-12-02T10:00:00');
    // Saved as 「CSV（コンマ区切り）」: Shift_JIS (Windows-31J: ① too), CRLF, no BOM,
    // Excel's dates (2026/11/30 8:30) and a staff code typed in full width (Ｋ２).
    const sjis = await readFile(join(root, 'tests/e2e/fixtures/timestudy-excel-sjis.csv'));
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(sjis), 'the fixture is not UTF-8');
    assert.equal(await importFile(page, 'excel.csv', sjis), '3件を追加しました（取り込み済み0件）。');
    assert.equal(await recordCount(page), 3);
    const list = await words(page, 'timestudy-records');
    assert.match(list, /11\/30 08:30〜08:45 申し送り・事前（導入前）・昼 K1 15分/);
    assert.match(list, /11\/30 09:00〜09:05 連絡ノート[^・]*・事前（導入前）・昼 K1 5分/);
    assert.match(list, /11\/30 09:10〜09:12 電話連絡（不通も）・事後①・昼 K2 2分/);
    // Neither UTF-8 nor Shift_JIS: said in words about the encoding, nothing changes
    // (the imports alternate so that each says something new).
    const csv = '業務,開始,終了,職員コード\r\n申し送り,2026-12-01 08:30,2026-12-01 08:40,K9\r\n';
    const encoding = /^文字コードを読み取れません。UTF-8 か Shift_JIS（Excel の「CSV（コンマ区切り）」）で保存してください。/;
    const neither = async (name, bytes) => {
      assert.match(await importFile(page, name, bytes), encoding, name);
      assert.equal(await recordCount(page), name === 'photo.csv' ? 4 : 3, `${name} changes nothing`);
    };
    await neither('unicode.csv', utf16(csv));
    // The same Excel file again: the same records, nothing added.
    assert.equal(await importFile(page, 'excel.csv', sjis), '0件を追加しました（取り込み済み3件）。');
    // UTF-16 of plain ASCII (no BOM) would read as UTF-8 with NULs: refused too.
    await neither('unicode-no-bom.csv', Buffer.from('task,start,end,staff\r\n', 'utf16le'));
    // A UTF-8 file (as this app exports, with its BOM) still goes in.
    assert.equal(await importFile(page, 'utf8.csv', Buffer.from('\ufeff' + csv)), '1件を追加しました（取り込み済み0件）。');
    assert.equal(await recordCount(page), 4);
    await neither('photo.csv', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xfd, 0xfe]));
    // In English too: the message on screen follows the switch, and so does the
    // next import's.
    await page.getByTestId('lang-toggle').click();
    assert.match(await text(page, 'timestudy-import-result'), /character encoding cannot be read\. Save it as UTF-8 or Shift_JIS/);
    assert.match(await importFile(page, 'excel.csv', sjis), /^Added 0/);
    assert.match(await importFile(page, 'unicode.csv', utf16(csv)), /character encoding cannot be read\. Save it as UTF-8 or Shift_JIS/);
    assert.equal(await recordCount(page), 4);
    assert.deepEqual(page.errors, []);
  });

  it('reads a full-width staff code and times as their ASCII selves', async () => {
    const page = await device(app, '2026-12-02T07:20:00');
    // 「７：３０」 typed for the day shift's start is accepted …
    await settings(page);
    await typeInto(page, 'timestudy-day-from', '７：３０');
    assert.equal(await page.getByTestId('timestudy-day-from-error').isVisible(), false);
    await typeInto(page, 'timestudy-night-from', '１９：００');
    assert.equal(await page.getByTestId('timestudy-night-from-error').isVisible(), false);
    // … and used: 07:20 is now before the day shift, so night (below).

    // 「Ａ０１」 on a Japanese keyboard starts a timer for A01 …
    await typeInto(page, 'timestudy-staff', 'Ａ０１');
    await tap(page, 'handover');
    assert.match(await words(page, 'timestudy-running'), /A01：申し送り/);
    // The button shows it is being timed for the code as typed.
    assert.equal(await page.getByTestId('timestudy-task-handover').getAttribute('aria-pressed'), 'true');
    await wait(page, 5);
    // … which 「A01」 typed later stops: one person, one record, nobody running.
    await typeInto(page, 'timestudy-staff', 'A01');
    await tap(page, 'handover');
    assert.equal(await words(page, 'timestudy-running'), '');
    assert.equal(await recordCount(page), 1);
    assert.match(await words(page, 'timestudy-records'), /12\/02 07:20〜07:25 申し送り・事前（導入前）・夜 A01 5分/);
    // The other way round, with ideographic spaces around it: the same person again.
    await typeInto(page, 'timestudy-staff', 'A01');
    await tap(page, 'notebook');
    await wait(page, 2);
    await typeInto(page, 'timestudy-staff', '\u3000Ａ０１\u3000');
    await tap(page, 'notebook');
    assert.equal(await words(page, 'timestudy-running'), '');
    assert.equal(await recordCount(page), 2);

    // A correction typed in full width is read too.
    await page.getByTestId('timestudy-record-edit').first().click();
    await typeInto(page, 'timestudy-edit-end', '２０２６－１２－０２　０７：３０');
    await page.getByTestId('timestudy-edit-save').click();
    assert.equal(await page.getByTestId('timestudy-edit-error').isVisible(), false);
    assert.match(await words(page, 'timestudy-records'), /12\/02 07:25〜07:30 連絡ノート[^・]*・事前（導入前）・夜 A01 5分/);
    // A shift time that is not a time still says so.
    await settings(page);
    await typeInto(page, 'timestudy-day-from', '７時');
    assert.match(await text(page, 'timestudy-day-from-error'), /07:00/);
    assert.deepEqual(page.errors, []);
  });
});
