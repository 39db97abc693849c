// Takes screenshots of the built app: the README screenshot (.docs/screenshot.png)
// and, with SHOTS_DIR set, laptop and phone views for a look during development.
import { serve, launch, openPage, root } from '../e2e/helpers.mjs';
import { join } from 'node:path';

const server = await serve();
const browser = await launch();
try {
  const out = process.env.SHOTS_DIR;
  const views = out
    ? [['laptop', { width: 1366, height: 768 }, false], ['phone', { width: 390, height: 844 }, true], ['laptop-full', { width: 1366, height: 768 }, true]]
    : [['readme', { width: 1366, height: 768 }, false]];
  for (const [name, viewport, fullPage] of views) {
    const page = await openPage(browser, server.url, { viewport });
    if (process.env.SHOT_LANG === 'en') await page.getByTestId('lang-toggle').click();
    const path = out ? join(out, `${name}.png`) : join(root, '.docs/screenshot.png');
    await page.screenshot({ path, fullPage });
    console.log(path);
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}
