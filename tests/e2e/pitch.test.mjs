// The pitch in front of a room: the deck is a real modal (focus inside, the page
// behind inert, focus back on close), swiped on a touch screen, skips what is
// switched off; the proposal prints from any screen with content on every page;
// typed text is bounded and isolated; saved estimates say what happened; no
// control cuts off its own label at any width, in either language.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, gotoApp, text, typeInto, PRINT_DIALOG, printWithKeys } from './helpers.mjs';

const EN = "localStorage.setItem('kaigo-savings/lang', '\"en\"')";

/** Whether the focused element is inside the deck. */
const focusInDeck = (page) => page.evaluate(() => !!document.activeElement?.closest('[data-testid=present]'));

/** Every slide's text, from the first to the last. */
async function allSlides(page) {
  const out = [];
  const [, total] = (await text(page, 'present-progress')).split(' / ').map(Number);
  for (let i = 0; i < total; i++) {
    out.push(await text(page, 'present-slide'));
    assert.equal(await text(page, 'present-progress'), `${i + 1} / ${total}`);
    if (i + 1 < total) await page.getByTestId('present-next').click();
  }
  return out;
}

describe('the pitch', () => {
  const app = useApp();

  it('the deck keeps the focus, the page behind cannot be changed, and focus comes back', async () => {
    const page = await openPage(app.browser, app.server.url, { viewport: { width: 1024, height: 768 } });
    const before = await text(page, 'result-total-monthly');
    await page.getByTestId('present-open').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('present').waitFor();
    await page.waitForFunction(() => !!document.activeElement?.closest('[data-testid=present]'));
    // Tab through far more stops than the deck has: never onto the page behind.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const behind = await page.evaluate(() => !!document.activeElement?.closest('main, header, nav.tabs'));
      assert.equal(behind, false, `Tab ${i + 1} reached the page behind`);
    }
    // Keys typed now change nothing behind the deck.
    await page.keyboard.type('9');
    await page.getByTestId('present-close').click();
    assert.equal(await page.getByTestId('present').count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'present-open', 'focus returns to the button');
    assert.equal(await text(page, 'result-total-monthly'), before);
    assert.equal(await page.evaluate(() => document.querySelectorAll('[inert]').length), 0, 'the page is live again');
    // Esc returns the focus too: opened with a click, the deck takes the focus (on
    // the next frame), so Esc has somewhere to bring it back from.
    await page.getByTestId('present-open').click();
    await page.getByTestId('present').waitFor();
    await page.waitForFunction(() => !!document.activeElement?.closest('[data-testid=present]'), null, { timeout: 5000 }).catch(() => {});
    assert.equal(await focusInDeck(page), true, 'opened with a click, the focus is in the deck');
    await page.keyboard.press('Escape');
    assert.equal(await page.getByTestId('present').count(), 0, 'Esc closes the deck');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'present-open');
    await page.context().close();
  });

  it('a swipe on the slide itself turns the page on a touch screen', async () => {
    const page = await openPage(app.browser, app.server.url, { viewport: { width: 1180, height: 820 }, context: { hasTouch: true, isMobile: true } });
    await page.getByTestId('present-open').click();
    await page.getByTestId('present-slide').waitFor();
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (x0, x1) => {
      const y = 300;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y }] });
      for (let i = 1; i <= 8; i++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x0 + ((x1 - x0) * i) / 8, y }] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(900, 300);
    await page.waitForFunction(() => document.querySelector('[data-testid=present-progress]').textContent.startsWith('2 /'));
    await swipe(300, 900);
    await page.waitForFunction(() => document.querySelector('[data-testid=present-progress]').textContent.startsWith('1 /'));
    await page.context().close();
  });

  it('a service type switched off has no slide, no formula ending in 0円, no figures in print or CSV', async () => {
    const page = await openPage(app.browser, app.server.url, { viewport: { width: 1024, height: 768 }, init: PRINT_DIALOG });
    await page.getByTestId('service-homevisit').uncheck();
    await page.getByTestId('present-open').click();
    assert.equal(await text(page, 'present-progress'), '1 / 8');
    const slides = await allSlides(page);
    for (const s of slides) {
      assert.doesNotMatch(s, /対象外|= 0円/);
    }
    assert.ok(!slides.some((s) => /電話連絡/.test(s) && /万円\/月/.test(s)), 'no call-back slide');
    await page.keyboard.press('Escape');
    const pages = await printWithKeys(page);
    const all = pages.join('\n');
    assert.match(all, /電話連絡（かけ直し等）時間の削減\s*対象外\s*―/, 'the excluded line says so, with no formula and no figure');
    const inputs = all.slice(all.indexOf('事業所の数値'), all.indexOf('計算方法と出典'));
    assert.ok(inputs.length > 100 && !inputs.includes('電話'), `no call-back figure among the inputs: ${inputs}`);
    assert.match(all, /訪問\s*対象外/);
    assert.match(all, /補助金\s*含めない/);
    await page.getByTestId('tab-share').click();
    const csv = decodeURIComponent((await page.getByTestId('share-csv').getAttribute('href')).replace(/^data:text\/csv;charset=utf-8,/, ''));
    assert.match(csv, /\r\n電話連絡（かけ直し等）時間の削減,対象外,\r\n/);
    assert.ok(!/^[^\r]*（電話[^\r]*$/m.test(csv), 'no call-back figure in the CSV');
    await page.context().close();
  });

  for (const lang of ['ja', 'en']) {
    it(`prints the proposal from every screen, with content on every page (${lang})`, async () => {
      // Printed as a person does, with Ctrl+P (the dialog itself is the browser's,
      // which headless Chromium does not show: the test records that it was asked
      // for, then prints to PDF).
      const page = await openPage(app.browser, null, { init: `${lang === 'en' ? EN : ''};${PRINT_DIALOG}` });
      for (const hash of ['#savings', '#costs', '#method', '#features', '#share']) {
        await gotoApp(page, app.server.url + hash);
        const pages = await printWithKeys(page);
        assert.ok(pages.length >= 3 && pages.length <= 5, `${hash}: ${pages.length} pages`);
        pages.forEach((p, i) => assert.ok(p.replace(/\s/g, '').length > 150, `${hash} page ${i + 1} of ${pages.length} is (nearly) empty: ${p}`));
        assert.match(pages[0], lang === 'ja' ? /ご提案/ : /proposal/);
        assert.match(pages[0], lang === 'ja' ? /519,000円/ : /¥519,000/);
        assert.match(pages.at(-1), lang === 'ja' ? /保証するものではありません/ : /guarantee/);
      }
      await page.context().close();
    });
  }

  it('typed text is bounded and cannot reorder the words around it', async () => {
    const page = await openPage(app.browser, `${app.server.url}#share`);
    await page.getByTestId('share-qr').waitFor();
    const long = 'あおぞら'.repeat(20);
    await page.getByTestId('share-facility').fill(long);
    assert.match(await text(page, 'share-facility-error'), /60文字までです（いま80文字）/);
    assert.equal(await page.getByTestId('share-facility').inputValue(), long, 'nothing typed is lost');
    const csv = decodeURIComponent((await page.getByTestId('share-csv').getAttribute('href')).replace(/^data:text\/csv;charset=utf-8,/, ''));
    const facility = csv.split('\r\n').find((l) => l.startsWith('事業所名,')).slice('事業所名,'.length).replace(/,$/, '');
    assert.equal([...facility].length, 60);
    const hostile = '\u202Eevil\u202C ホーム';
    await page.getByTestId('share-facility').fill(hostile);
    assert.equal(await page.getByTestId('share-facility-error').isVisible(), false);
    const meta = await page.getByTestId('print-meta').textContent();
    assert.ok(meta.includes(`\u2068${hostile}\u2069`), 'the name is isolated in the proposal');
    // A saved estimate's name in messages, too.
    await page.getByTestId('library-name').fill(hostile);
    await page.getByTestId('library-save').click();
    await page.getByTestId('library-delete-0').click();
    assert.ok((await text(page, 'library-deleted')).includes(`\u2068${hostile}\u2069`));
    await page.context().close();
  });

  it('saved estimates: a success clears an error, delete can be undone, the compare limit says why', async () => {
    const page = await openPage(app.browser, `${app.server.url}#share`);
    await page.getByTestId('share-qr').waitFor();
    for (const n of ['本館', '別館', '訪問', '通所']) {
      await page.getByTestId('library-name').fill(n);
      await page.getByTestId('library-save').click();
    }
    await page.getByTestId('library-name').fill('本館');
    await page.getByTestId('library-save').click();
    await page.getByTestId('tools-notice').waitFor();
    assert.match(await text(page, 'tools-notice'), /同じ名前/);
    await page.getByTestId('library-duplicate-1').click();
    assert.equal(await page.getByTestId('tools-notice').isVisible(), false, 'the error went with the next success');
    const names = () => page.getByTestId('library-list').locator('input[type=text]').evaluateAll((els) => els.map((e) => e.value));
    assert.deepEqual(await names(), ['本館', '別館', '別館 (2)', '訪問', '通所']);
    await page.getByTestId('library-delete-1').click();
    assert.match(await text(page, 'library-deleted'), /別館.*削除しました/);
    await page.getByTestId('library-undo-delete').click();
    assert.deepEqual(await names(), ['本館', '別館', '別館 (2)', '訪問', '通所'], 'back where it was');
    assert.equal(await page.getByTestId('library-deleted').isVisible(), false);
    for (const i of [0, 1, 2]) await page.getByTestId(`library-compare-${i}`).check();
    assert.equal(await page.getByTestId('library-compare-3').isDisabled(), true, 'a fourth waits');
    assert.match(await text(page, 'library-compare-limit'), /3件まで/);
    await page.getByTestId('library-compare-0').uncheck();
    assert.equal(await page.getByTestId('library-compare-3').isDisabled(), false);
    await page.getByTestId('library-open-0').click();
    await page.getByTestId('tab-savings').click();
    assert.match(await text(page, 'notice-text'), /「.?本館.?」を開きました/);
    assert.doesNotMatch(await text(page, 'notice-text'), /共有/);
    await page.context().close();
  });

  for (const lang of ['ja', 'en']) {
    it(`no control cuts off its own label at 360–1366 px (${lang})`, async () => {
      const page = await openPage(app.browser, null, { init: lang === 'en' ? EN : undefined });
      const cut = [];
      for (const width of [360, 768, 1024, 1180, 1366]) {
        await page.setViewportSize({ width, height: 800 });
        for (const hash of ['#savings', '#costs', '#method', '#share']) {
          await gotoApp(page, app.server.url + hash);
          cut.push(...await page.evaluate(([w, h]) => {
            const out = [];
            // The page itself never scrolls sideways.
            if (document.documentElement.scrollWidth > innerWidth) out.push(`${w}px ${h} page ${document.documentElement.scrollWidth} px wide`);
            const ctx = document.createElement('canvas').getContext('2d');
            for (const el of document.querySelectorAll('select, button, a.button')) {
              if (!el.offsetParent) continue;
              const cs = getComputedStyle(el);
              if (el.tagName === 'SELECT') {
                ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
                const label = el.options[el.selectedIndex]?.textContent ?? '';
                const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 20;
                if (ctx.measureText(label).width > room) out.push(`${w}px ${h} select "${label}"`);
              } else if (el.scrollWidth > el.clientWidth + 1) {
                out.push(`${w}px ${h} ${el.tagName.toLowerCase()} "${el.textContent.trim()}"`);
              }
            }
            return out;
          }, [width, hash]));
        }
      }
      assert.deepEqual(cut, []);
      await page.context().close();
    });
  }
});
