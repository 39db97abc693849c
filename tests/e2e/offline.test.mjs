// Offline, as sales staff use it: the calculator opened once at the office, then in a
// facility with no network — every screen, the whole presentation, the demo, the
// share link, QR code, CSV and the printed proposal. And a real new deploy: two
// builds one after the other, the update offered, the old build's files gone.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { useApp, serve, openPage, gotoApp, text, typeInto, root } from './helpers.mjs';

const run = promisify(execFile);

/** Waits until the service worker controls the page (it has precached every file). */
const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);

/** The URLs in every cache of the page's origin, by cache name. */
const cached = (page) => page.evaluate(async () => {
  const out = {};
  for (const name of await caches.keys()) {
    out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname.split('/').pop());
  }
  return out;
});

/**
 * A second real build of the app into `out`: the same pipeline as `make dist`
 * (Trunk, the program in parts, the service worker), from a copy of the sources
 * with one stylesheet rule and one word of the method screen changed: what a new
 * release looks like. The copy lives in target/variant-src with its own build
 * cache; only files whose content changed are rewritten, so a second run rebuilds
 * nothing that did not change.
 */
const NEXT_HEADING = '計算方法と出典（新しい版）';
async function buildVariant(out) {
  const src = join(root, 'target', 'variant-src');
  const edits = {
    [join('style', 'main.css')]: (t) => `${t}\n.notice { font-weight: 600; }\n`,
    [join('src', 'i18n', 'method.rs')]: (t) => t.replace('"計算方法と出典", "Method and sources"', `"${NEXT_HEADING}", "Method and sources (new version)"`),
  };
  const sync = async (rel) => {
    const from = join(root, rel);
    if ((await stat(from)).isDirectory()) {
      const names = await readdir(from);
      for (const f of names) {
        if (rel === '.tools' && f === 'node_modules') continue;
        await sync(join(rel, f));
      }
      // What the sources no longer have goes from the copy too (a module moved
      // into a folder would otherwise be found twice).
      for (const f of await readdir(join(src, rel)).catch(() => [])) {
        if (!names.includes(f)) await rm(join(src, rel, f), { recursive: true, force: true });
      }
      return;
    }
    let body = await readFile(from);
    if (edits[rel]) {
      const edited = edits[rel](body.toString('utf8'));
      assert.notEqual(edited, body.toString('utf8'), `the variant changes ${rel}`);
      body = Buffer.from(edited);
    }
    const to = join(src, rel);
    const old = await readFile(to).catch(() => null);
    if (!old || !old.equals(body)) {
      await mkdir(dirname(to), { recursive: true });
      await writeFile(to, body);
    }
  };
  for (const f of ['src', 'style', 'public', '.cargo', '.tools', 'Cargo.toml', 'Cargo.lock', 'index.html', 'Trunk.toml']) await sync(f);
  await symlink(join(root, '.tools', 'node_modules'), join(src, '.tools', 'node_modules')).catch((e) => { if (e.code !== 'EEXIST') throw e; });
  await run('bash', ['-c', `source .tools/env.sh && wasm_env trunk build --release --dist "${out}"`],
    { cwd: src, maxBuffer: 64 * 1024 * 1024 });
}

describe('offline', () => {
  const app = useApp();

  it('is installable: a Japanese manifest with icons', async () => {
    const page = await openPage(app.browser, app.server.url);
    const href = await page.getAttribute('link[rel=manifest]', 'href');
    const manifest = JSON.parse(await readFile(join(root, 'dist', href), 'utf8'));
    assert.equal(manifest.lang, 'ja');
    assert.match(manifest.name, /介護事業所/);
    assert.ok(manifest.icons.length >= 2);
    // Every icon loads as what it says it is; PNGs for the platforms that take no
    // SVG (Android's older browsers: 192 and 512 px; iOS and iPadOS's home screen:
    // apple-touch-icon, 180 px), and each is kept for offline use.
    const size = (src) => page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return `${img.naturalWidth}x${img.naturalHeight}`;
    }, src);
    const types = [];
    for (const icon of manifest.icons) {
      const res = await page.request.get(new URL(icon.src, app.server.url).href);
      assert.equal(res.status(), 200, icon.src);
      assert.equal(res.headers()['content-type'].split(';')[0], icon.type, icon.src);
      if (icon.type === 'image/png') assert.equal(await size(icon.src), icon.sizes, icon.src);
      types.push(`${icon.type} ${icon.sizes} ${icon.purpose}`);
    }
    assert.ok(types.includes('image/png 192x192 any') && types.includes('image/png 512x512 any')
      && types.includes('image/png 512x512 maskable'), types.join(', '));
    const apple = await page.getAttribute('link[rel=apple-touch-icon]', 'href');
    assert.equal(await size(apple), '180x180');
    await controlled(page);
    const files = Object.values(await cached(page)).flat();
    for (const f of ['apple-touch-icon.png', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png']) assert.ok(files.includes(f), f);
    await page.context().close();
  });

  it('after a visit to the calculator only, everything works with no network', async () => {
    const page = await openPage(app.browser, app.server.url);
    await controlled(page);
    await page.context().setOffline(true);
    await gotoApp(page, app.server.url);
    const failed = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    assert.equal(await text(page, 'result-total-monthly'), '519,000円');
    await typeInto(page, 'input-wage', '1000');
    assert.equal(await text(page, 'result-total-monthly'), '349,000円');
    // Costs and method.
    await page.getByTestId('tab-costs').click();
    assert.match(await text(page, 'result-net-monthly'), /円/);
    await page.getByTestId('tab-method').click();
    await page.getByTestId('methodology').waitFor();
    // The 法人 screen: the estimate on screen as its first facility.
    await page.getByTestId('tab-group').click();
    await page.getByTestId('group-add-current').click();
    assert.match(await text(page, 'group-total'), /^法人合計　月34.9万円/);
    // The chat demo: a photo handover with one of the bundled pictures.
    await page.getByTestId('tab-features').click();
    await page.getByTestId('demo-overview').waitFor();
    await page.getByTestId('demo-compose').fill('オフラインでも送れます');
    await page.getByTestId('demo-photo').selectOption({ index: 1 });
    await page.getByTestId('demo-send').click();
    const last = page.locator('[data-testid^="demo-message-"]').last();
    assert.match(await last.innerText(), /オフラインでも送れます/);
    const width = await last.locator('img.photo').evaluate(async (img) => { await img.decode(); return img.naturalWidth; });
    assert.ok(width > 0, 'the bundled photo shows');
    // Share link, QR code, CSV, a saved estimate, the printed proposal.
    await page.getByTestId('tab-share').click();
    assert.match(await page.getByTestId('share-url').inputValue(), /wage=1000/);
    assert.ok((await page.getByTestId('share-qr').innerHTML()).includes('<svg'));
    const csv = decodeURIComponent((await page.getByTestId('share-csv').getAttribute('href')).split(',').slice(1).join(','));
    assert.match(csv, /月間,349000,円\/月/);
    await page.getByTestId('library-name').fill('オフライン試算');
    await page.getByTestId('library-save').click();
    assert.equal(await page.getByTestId('library-list').locator('tr').count(), 1);
    await page.emulateMedia({ media: 'print' });
    assert.match(await page.getByTestId('print-view').innerText(), /349,000円/);
    await page.emulateMedia({ media: 'screen' });
    // The whole presentation, a figure changed on its slide.
    await page.getByTestId('present-open').click();
    await page.getByTestId('present').waitFor();
    for (let i = 1; i < 9; i++) await page.getByTestId('present-next').click();
    assert.equal(await text(page, 'present-progress'), '9 / 9');
    for (let i = 1; i < 4; i++) await page.getByTestId('present-prev').click();
    await page.keyboard.press('Escape');
    assert.equal(await page.getByTestId('present').count(), 0);
    assert.deepEqual(failed, [], 'nothing failed to load');
    assert.deepEqual(page.errors, []);
    await page.context().setOffline(false);
    await page.context().close();
  });

  it('a first visit on a static host downloads the program once, then works offline', async () => {
    const server = await serve(join(root, 'dist'), '/', { host: true });
    try {
      const page = await openPage(app.browser, server.url);
      await controlled(page);
      const program = server.requested.filter((u) => /\/pkg-[0-9a-f]{16}\/(main_bg\.wasm|main\.js|__wasm_split\.js)$/.test(u));
      assert.equal(program.length, 3, `the first module's three files, once each: ${program}`);
      await page.context().setOffline(true);
      await page.reload();
      await page.getByTestId('result-total-monthly').waitFor();
      await page.context().close();
    } finally {
      await server.close();
    }
  });

  it('a page that cannot load its program says so and offers a reload', async () => {
    const page = await openPage(app.browser, null);
    // The context's route also sees what the service worker asks for.
    await page.context().route('**/*_bg.wasm', (r) => r.abort());
    await page.goto(app.server.url);
    await page.getByTestId('boot-failed').waitFor();
    assert.match(await text(page, 'boot-failed'), /読み込めませんでした/);
    await page.context().close();
  });

  it('a new deploy is offered as an update: every part is replaced together, the old build removed', async () => {
    const deployed = await mkdtemp(join(tmpdir(), 'kaigo-site-'));
    const next = await mkdtemp(join(tmpdir(), 'kaigo-next-'));
    await cp(join(root, 'dist'), deployed, { recursive: true });
    await buildVariant(next);
    const pkgOf = async (dir) => (await readdir(dir)).find((f) => /^pkg-[0-9a-f]{16}$/.test(f));
    const [oldPkg, newPkg] = [await pkgOf(deployed), await pkgOf(next)];
    assert.ok(oldPkg && newPkg && oldPkg !== newPkg, `a new program in a folder of its own: ${oldPkg} ${newPkg}`);
    const server = await serve(deployed);
    try {
      const page = await openPage(app.browser, server.url);
      await controlled(page);
      assert.equal(await page.getByTestId('sw-update').isVisible(), false, 'no prompt on a first visit');
      const before = await cached(page);
      assert.equal(Object.keys(before).length, 1);
      const oldFiles = Object.values(before)[0];
      // Deploy the new build over the old one, as a static host does.
      for (const f of await readdir(deployed)) await rm(join(deployed, f), { recursive: true, force: true });
      await cp(next, deployed, { recursive: true });
      const newCss = (await readdir(next)).find((f) => /^app-.*\.css$/.test(f));
      const oldCss = oldFiles.find((f) => /^app-.*\.css$/.test(f));
      assert.ok(newCss && oldCss && newCss !== oldCss, 'the new build changed a file');
      // The page still runs the old build: a screen opened now is the old build's
      // part (from its cache), never the new one's.
      let mark = page.requests.length;
      await page.getByTestId('tab-method').click();
      assert.equal(await page.locator('#method-heading').innerText(), '計算方法と出典');
      const oldAsked = page.requests.slice(mark).filter((u) => /\.wasm$/.test(u));
      assert.ok(oldAsked.length > 0 && oldAsked.every((u) => u.includes(`/${oldPkg}/`)), `the old build's parts: ${oldAsked}`);
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
      await page.getByTestId('sw-update').waitFor();
      mark = page.requests.length;
      await Promise.all([page.waitForEvent('load'), page.getByTestId('sw-update-button').click()]);
      // The page reloads on the screen it showed: the new first module, and with it
      // the new parts only.
      assert.equal(await page.locator('#method-heading').innerText(), NEXT_HEADING);
      await page.getByTestId('tab-costs').click();
      await page.getByTestId('result-net-monthly').waitFor();
      const newAsked = page.requests.slice(mark).filter((u) => /\.wasm$/.test(u));
      assert.ok(newAsked.length > 0 && newAsked.every((u) => u.includes(`/${newPkg}/`)), `the new build's parts only: ${newAsked}`);
      const after = await cached(page);
      assert.equal(Object.keys(after).length, 1, `one cache: ${Object.keys(after)}`);
      assert.notDeepEqual(Object.keys(after), Object.keys(before), 'a cache of its own per build');
      const files = Object.values(after)[0];
      assert.ok(files.includes(newCss), 'the new build is kept');
      assert.ok(!files.includes(oldCss), 'the old build is gone');
      const paths = await page.evaluate(async () => (await (await caches.open((await caches.keys())[0])).keys()).map((r) => new URL(r.url).pathname));
      assert.ok(!paths.some((p) => p.includes(oldPkg)) && paths.some((p) => p.includes(newPkg)), 'the old build\'s parts are gone, every new one is cached');
      assert.ok(await page.evaluate((css) => [...document.styleSheets].some((s) => s.href?.endsWith(css)), newCss), 'the page runs the new build');
      await page.context().close();
    } finally {
      await server.close();
      await rm(deployed, { recursive: true, force: true });
      await rm(next, { recursive: true, force: true });
    }
  });
});
