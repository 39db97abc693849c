// Trunk post-build hook (Trunk.toml), run by every `trunk build` / `trunk serve`:
// 0. builds the program in parts (wasm-parts.mjs: a first module and a part per
//    screen) and renders the first screen into index.html (src/bin/prerender.rs:
//    the app's own components, natively), where the program takes it over; the
//    program starts only after that first paint (see `startAfterPaint`);
// 1. minifies the JavaScript of the build with terser (Trunk minifies CSS and HTML;
//    its own JS minifier cannot read wasm-bindgen's glue and leaves it as is);
// 2. joins the stylesheets (one per screen in style/) into one file, which
//    compresses better: 6.7 → 4.6 KB gzip;
// 3. writes the page's Content-Security-Policy (csp.mjs): a hash per inline
//    script, and a failed build where the page would break it;
// 4. writes sw.js from the template public/sw.js with the list of every file of
//    this build and its content revision (Workbox's injectManifest), and a build id
//    made from that list, so the worker always matches the files it serves.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildParts } from './wasm-parts.mjs';
import { withPolicy } from './csp.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, 'package.json'));
const { injectManifest } = require('workbox-build');
const { minify } = require('terser');

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error('post-build: no build directory (TRUNK_STAGING_DIR or an argument)');
const swDest = join(dir, 'sw.js');
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';

// 0. The program, in parts.
const program = await buildParts(join(here, '..'), dir, { release });

// The first screen, pre-rendered by a native build of the app (the wasm
//    toolchain's settings, which .tools/env.sh may have set, do not apply to it).
{
  const env = { ...process.env };
  for (const k of ['RUSTC', 'RUSTC_BOOTSTRAP', 'CARGO_UNSTABLE_BUILD_STD', 'CARGO_TARGET_DIR',
    'CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER', 'CARGO_BUILD_TARGET', 'RUSTFLAGS']) delete env[k];
  execFileSync('cargo', ['run', '--quiet', '--features', 'ssr', '--bin', 'prerender', '--', join(dir, 'index.html')],
    { cwd: join(here, '..'), env, stdio: ['ignore', 'inherit', 'inherit'] });
}

const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

/** Minifies a JS file in place (an ES module unless `module` is false; `toplevel`:
 * its top-level names may be shortened too, as in a module, which nothing outside
 * it names); returns the subresource-integrity digests before and after. */
async function minifyFile(file, module = true, toplevel = module) {
  const code = await readFile(file, 'utf8');
  const out = await minify(code, { module, toplevel, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  await writeFile(file, out.code);
  return [sri(code), sri(out.code)];
}

/**
 * The page starts the program after the first paint instead of sharing the
 * connection with it: the pre-rendered screen is all a visitor needs first, so a
 * phone on a slow line sees the page as soon as its HTML and CSS arrive
 * (Lighthouse's simulated mobile LCP counted the program as in the way of the
 * first screen). `TrunkApplicationStarted` is the event the page's other scripts
 * (the boot-failure message, the service worker) wait for.
 */
async function startAfterPaint(html, { folder, js, wasm }) {
  let loader = `const start = () => import('./${folder}/${js}').then(async (m) => {`
    + `const wasm = await m.default({ module_or_path: './${folder}/${wasm}' }); window.wasmBindings = m;`
    + `dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } })); });`
    + 'requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start)));';
  if (release) loader = (await minify(loader, { module: true, mangle: true, format: { comments: false } })).code;
  if (!html.includes('</head>')) throw new Error('post-build: index.html has no </head>');
  return html.replace('</head>', `<script type=module>${loader}</script></head>`);
}

{
  const page = join(dir, 'index.html');
  await writeFile(page, await startAfterPaint(await readFile(page, 'utf8'), program));
}

if (release) {
  // The page names its scripts with their integrity digests: keep those true.
  const page = join(dir, 'index.html');
  let html = await readFile(page, 'utf8');
  const scripts = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.js') && f !== 'sw.js');
  for (const f of scripts) {
    const [before, after] = await minifyFile(join(dir, f));
    html = html.split(before).join(after);
  }
  // One stylesheet, in the order the page linked them.
  const links = [...html.matchAll(/<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/g)].map((m) => m[0]);
  if (links.length > 1) {
    const files = links.map((l) => l.match(/\bhref=["']?(?:\.\/)?([^"' >]+)/)[1]);
    const css = (await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')))).join('\n');
    const name = `app-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
    await writeFile(join(dir, name), css);
    for (const f of files) await rm(join(dir, f));
    html = html.replace(links[0], `<link href=./${name} integrity=${sri(css)} rel=stylesheet>`);
    for (const l of links.slice(1)) html = html.replace(l, '');
  }
  await writeFile(page, html);
}

{
  // Last change to the page: the policy hashes its scripts as they ship.
  const page = join(dir, 'index.html');
  const css = await Promise.all((await readdir(dir, { recursive: true }))
    .filter((f) => f.endsWith('.css')).map((f) => readFile(join(dir, f), 'utf8')));
  const { html, policy } = withPolicy(await readFile(page, 'utf8'), css);
  await writeFile(page, html);
  console.log(`post-build: Content-Security-Policy with ${policy.split("'sha256-").length - 1} script hashes`);
}

const { count, size, warnings } = await injectManifest({
  swSrc: join(here, '..', 'public', 'sw.js'),
  swDest,
  globDirectory: dir,
  globPatterns: ['**/*.{html,js,wasm,css,svg,png,webmanifest}'],
  globIgnores: ['sw.js'],
  // Trunk names files name-<16 hex>.ext, and the program's parts sit in a folder
  // pkg-<16 hex>/: the name is the revision.
  dontCacheBustURLsMatching: /-[0-9a-f]{16}(_bg)?\.\w+$|(^|\/)pkg-[0-9a-f]{16}\//,
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
});
if (warnings.length) throw new Error(`post-build: ${warnings.join('; ')}`);
const sw = await readFile(swDest, 'utf8');
const build = createHash('sha256').update(sw).digest('hex').slice(0, 12);
await writeFile(swDest, sw.replace('__BUILD__', build));
// The worker is a classic script whose names no other script reads (−0.1 KB gzip
// with its top-level names shortened).
if (release) await minifyFile(swDest, false, true);
console.log(`post-build: ${count} files (${(size / 1024).toFixed(0)} KB) precached, build ${build}`);
