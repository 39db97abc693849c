// Shared by the time-study tests: a device on the time-study screen running on the
// page's own clock (Playwright's clock, never sleeps), its task buttons, and the
// import of a file as a person picks one.
import { openPage, gotoApp, text } from './helpers.mjs';

export const MIN = 60_000;

/** Without the bidi isolates around staff codes (⁨A01⁩). */
export const unisolate = (s) => s.replace(/[\u2066-\u2069]/g, '');

/** Scrolls a part of the screen into view, as a person does to read it, and
 * waits (in real time) until the browser has drawn it: the records are drawn
 * only when on screen (`content-visibility: auto`), and unrendered text reads as
 * empty. */
export async function inView(page, id) {
  const el = page.getByTestId(id).first();
  await el.evaluate((e) => e.scrollIntoView({ block: 'nearest' }));
  for (let i = 0; i < 100; i++) {
    if (await el.evaluate((e) => e.hidden || e.checkVisibility({ contentVisibilityAuto: true }))) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${id} was not drawn once scrolled to`);
}

/** A screen text without the bidi isolates, read once it is on screen. */
export async function words(page, id) {
  await inView(page, id);
  return unisolate(await text(page, id));
}

/** The summary is counted again once the study has been still for 250 ms: the
 * stopped clock is moved on by that much, as time passes for a person. */
export const counted = (page) => page.clock.runFor(300);

/** A fresh device (its own storage) on the time-study screen, its clock stopped
 * at `time` (local) so that only `wait` moves it; a laptop unless `viewport`. */
export async function device(app, time, viewport) {
  const page = await openPage(app.browser, null, viewport ? { viewport } : {});
  const at = new Date(time).getTime();
  await page.clock.install({ time: at - 10_000 });
  await gotoApp(page, `${app.server.url}#savings`);
  await page.clock.pauseAt(at);
  await page.getByTestId('tab-measure').click();
  await page.getByTestId('timestudy-root').waitFor();
  return page;
}

/** Loads the page again (`go`: a reload, or a first visit of another tab of the
 * same browser) while its clock stays stopped: the clock is moved on in 100 ms
 * steps only until the time-study screen is the program's. */
export async function loadPaused(page, go) {
  await go();
  for (let i = 0; i < 200; i++) {
    const ready = await page.evaluate(() =>
      !document.documentElement.classList.contains('loading') &&
      document.querySelector('[data-testid="timestudy-root"]') !== null);
    if (ready) return;
    await page.clock.runFor(100);
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the time-study screen did not load');
}

/** Opens the folded settings (phase, shift times) as a person does, by their
 * one-line summary; they stay open until closed. */
export async function settings(page) {
  const box = page.getByTestId('timestudy-settings');
  if (!(await box.evaluate((d) => d.open))) await box.locator('summary').click();
}

/** Chooses the phase being recorded, in the settings. */
export async function setPhase(page, phase) {
  await settings(page);
  await page.getByTestId('timestudy-phase').selectOption(phase);
}

export const tap = (page, task) => page.getByTestId(`timestudy-task-${task}`).click();
export const wait = (page, minutes) => page.clock.fastForward(minutes * MIN);
export const recordCount = (page) => page.getByTestId('timestudy-record').count();

/** Imports a file (text or bytes) and returns what the screen says of it: the
 * import is read asynchronously, so this waits (in real time) until the message
 * changes; each import in a test must say something other than the one before. */
export async function importFile(page, name, body) {
  const buffer = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const result = page.getByTestId('timestudy-import-result');
  const before = (await result.count()) ? await result.innerText() : null;
  await page.getByTestId('timestudy-import').setInputFiles({ name, mimeType: 'text/csv', buffer });
  await result.waitFor();
  for (let i = 0; i < 250; i++) {
    const now = await result.innerText();
    if (now !== before) {
      await counted(page);
      return now;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`importing ${name} changed nothing on the screen`);
}
