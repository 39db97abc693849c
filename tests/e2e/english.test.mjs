// The English UI uses English punctuation (issue 19): no 「：」「／」「（」「）」「、」
// 「。」「〜」「・」 or brackets in anything the app writes in English, on every
// screen in the states a person reaches (a study with records before and after,
// its comparison and tables, the presentation), in visible text and in the
// names screen readers read. Japanese that is a proper name (生産性向上推進体制加算)
// keeps its own punctuation, and so does what the demo's people wrote (their
// names and messages are Japanese): only what is left once Japanese writing is
// taken out is checked.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './helpers.mjs';
import { device, importFile, inView } from './study.mjs';

const JAPANESE_PUNCTUATION = /[：／（）「」『』、。〜・]/;

/** Everything the page says in words: its text (outside what people wrote) and
 * the names and hints of its controls. */
const said = (page) => page.evaluate(() => {
  const theirs = 'textarea';
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest('script, style, [hidden], [aria-hidden="true"]') || el.closest(theirs)) continue;
    if (!el.checkVisibility() || !n.textContent.trim()) continue;
    out.push(n.textContent.trim());
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
    if (el.closest(theirs)) continue;
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = el.getAttribute(a);
      if (v) out.push(v);
    }
  }
  return out;
});

// A run of Japanese writing (at least one kana or kanji, with the punctuation
// and spaces around and inside it): a name or words in Japanese, whose own
// punctuation is Japanese. What is left of a text is English.
const JAPANESE_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々：／（）「」『』、。〜・\s]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々：／（）「」『』、。〜・\s]*/gu;
const offending = (texts) => texts.filter((t) => JAPANESE_PUNCTUATION.test(t.replace(JAPANESE_RUN, ' ')));

/** Before: handover 12 min; after: 5 min, five people each, so every table,
 * interval and comparison of the study has figures. */
function study() {
  const rows = ['業務,開始,終了,時期,職員コード,職種'];
  for (const [phase, minutes, day] of [['事前', 12, 2], ['事後①', 5, 9]]) {
    for (let p = 1; p <= 5; p++) {
      for (let d = 0; d < 2; d++) {
        const date = `2026-11-${String(day + d).padStart(2, '0')}`;
        rows.push(`申し送り,${date} 08:0${p},${date} 08:${String(p + minutes).padStart(2, '0')},${phase},S${p},介護職員`);
        rows.push(`直接介護,${date} 09:0${p},${date} 10:0${p},${phase},S${p},介護職員`);
      }
    }
  }
  return rows.join('\r\n');
}

describe('English punctuation', () => {
  const app = useApp();

  it('appears on no screen of the English app', async () => {
    const page = await device(app, '2026-12-02T08:00:00');
    assert.match(await importFile(page, 'study.csv', study()), /^40件を追加/);
    await page.getByTestId('lang-toggle').click();
    const found = {};
    const look = async (where) => {
      const bad = offending(await said(page));
      if (bad.length) found[where] = bad;
    };
    await inView(page, 'timestudy-records');
    await page.getByTestId('timestudy-settings').locator('summary').click();
    await look('measure');
    for (const tab of ['savings', 'costs', 'method', 'share', 'features', 'group']) {
      if (tab === 'group') {
        await page.getByTestId('tab-group').click();
        await page.getByTestId('group-add-current').click();
      }
      await page.getByTestId(`tab-${tab}`).click();
      await page.waitForFunction(() => !document.querySelector('[data-testid^="part-loading-"]'));
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await look(tab);
    }
    await page.getByTestId('tab-savings').click();
    await page.getByTestId('present-open').click();
    await page.getByTestId('present-slide').waitFor();
    for (let i = 0; i < 8; i++) {
      await look(`presentation, slide ${i + 1}`);
      await page.keyboard.press('ArrowRight');
    }
    assert.deepEqual(found, {});
    assert.deepEqual(page.errors, []);
  });
});
