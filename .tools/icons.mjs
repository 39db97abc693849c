// Draws the PNG icons from the SVG ones (public/icons/*.svg) in Chromium, for the
// platforms that take no SVG icon: iOS and iPadOS's home screen (apple-touch-icon,
// 180 px, full-bleed: the system rounds the corners) and older Android browsers
// (192 and 512 px in the manifest). The PNGs are committed; run this again, with
// `node .tools/icons.mjs`, after changing an SVG icon.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, root } from '../tests/e2e/helpers.mjs';

const icons = join(root, 'public/icons');
const DRAW = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
  ['icon-maskable.svg', 'apple-touch-icon.png', 180],
];

const browser = await launch();
for (const [svg, png, size] of DRAW) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const src = `data:image/svg+xml;base64,${(await readFile(join(icons, svg))).toString('base64')}`;
  await page.setContent(`<style>*{margin:0}</style><img src="${src}" width="${size}" height="${size}">`);
  await page.locator('img').evaluate((img) => img.decode());
  await page.screenshot({ path: join(icons, png), omitBackground: true });
  await page.close();
  console.log(`${png}: ${size}×${size}`);
}
await browser.close();
