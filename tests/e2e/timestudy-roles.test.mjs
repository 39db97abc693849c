// The study as MHLW reports one (issue 19): per person-day, each code (A, B with
// its codes 10–19, C, D) scaled to 480 minutes beside the minutes as recorded, by role; a role of
// fewer than three people never shown on its own; no result names a staff code.
// The figures below are computed by hand.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, text } from './helpers.mjs';
import { device, importFile, inView } from './study.mjs';

/** One person's day, task after task from 08:00 (minutes each). */
function day(staff, role, tasks) {
  let at = 8 * 60;
  const hm = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return tasks.map(([task, minutes]) => {
    const row = `${task},2026-12-02 ${hm(at)},2026-12-02 ${hm(at + minutes)},事前,${staff},${role}`;
    at += minutes;
    return row;
  });
}

const CSV = ['業務,開始,終了,時期,職員コード,職種',
  // 100 minutes: A 60, B 30 (11: 20, 10: 10), C 10 → ×4.8: A 288, B 144 (96, 48), C 48.
  ...day('C1', '介護職員', [['直接介護', 60], ['申し送り', 20], ['巡回・移動', 10], ['休憩・待機', 10]]),
  // 200 minutes: A 120, B 40, C 40 → ×2.4: A 288, B 96, C 96.
  ...day('C2', '介護職員', [['直接介護', 120], ['申し送り', 40], ['休憩・待機', 40]]),
  // All direct care: A 480.
  ...day('C3', '介護職員', [['直接介護', 240]]),
  // One nurse, phoning: B 480; alone in her role, so only within 全体 — and the
  // care workers with her (全体 less them would be her day).
  ...day('N1', '看護職員', [['電話連絡', 30]]),
].join('\r\n');

describe('time study: by role, scaled to 480 minutes', () => {
  const app = useApp();

  it('scales each person-day to 480 minutes and shows no role the whole would give away', async () => {
    const page = await device(app, '2026-12-03T09:00:00');
    assert.match(await importFile(page, 'roles.csv', CSV), /^9件を追加しました/);
    await inView(page, 'timestudy-roles');
    const rows = await page.getByTestId('timestudy-roles').locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.innerText)));
    assert.deepEqual(rows, [
      // Everyone: A (288 + 288 + 480 + 0) / 4 = 264, as recorded (60 + 120 + 240) / 4 = 105;
      // B (144 + 96 + 0 + 480) / 4 = 180, recorded (30 + 40 + 0 + 30) / 4 = 25, of which
      // 10: 48 / 4 = 12, recorded 2.5, and 11: (96 + 96 + 480) / 4 = 168, recorded 22.5;
      // C (48 + 96) / 4 = 36, recorded 50 / 4 = 12.5.
      ['全体', '事前（導入前）', '4人', '4人日（1人 1日）', '264分（105分）', '180分（25分）',
        '12分（2.5分）', '168分（22.5分）', '0分（0分）', '0分（0分）', '36分（12.5分）', '0分（0分）'],
      // Not the care workers apart: the whole less them would be the nurse's day
      // (4 × 全体 − 3 × 介護職員). They and she together are the whole.
    ]);
    assert.match(await text(page, 'timestudy-root'), /3人未満の職種は「その他の職種」にまとめ、それでも3人未満なら、表に出す職種のうち最も人数の少ないものも加えます/);
    // The phase's round: days covered, and how many people have 5 days (none yet).
    assert.equal((await text(page, 'timestudy-phases')).trim(), '事前（導入前）：記録9件・1日（2026-12-02）・職員4人（うち5日分そろった人 0人）');
    // The columns are the guideline's codes.
    const head = await page.getByTestId('timestudy-roles').locator('thead th').allInnerTexts();
    assert.deepEqual(head.slice(4), ['A 直接介護', 'B 間接業務（計）', 'うち 10 巡回・移動',
      'うち 11 記録・文書作成・連絡調整等', 'うち 12 見守り機器の使用・確認', 'うち 13〜19 その他の間接業務（計）',
      'C 20 休憩・待機・仮眠', 'D 21 その他・未記入']);
    // No B 13–19 recorded: no table of them one by one.
    assert.equal(await page.getByTestId('timestudy-roles-b13').count(), 0);
    // No table, chart or line of results names a staff code.
    for (const id of ['timestudy-roles', 'timestudy-summary', 'timestudy-phases', 'timestudy-chart', 'timestudy-diffs']) {
      const shown = await page.getByTestId(id).first().evaluate((e) => e.textContent);
      assert.doesNotMatch(shown, /\b(C1|C2|C3|N1)\b/, id);
    }
    // What the records file holds is said before it is written.
    assert.match(await text(page, 'timestudy-export-note'), /職員コードごとの全記録が入ります/);
    assert.deepEqual(page.errors, []);
  });
});
