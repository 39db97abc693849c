// Trunk post-build hook (Trunk.toml): writes sw.js into the build from the
// template public/sw.js, with the list of every file of this build and its
// content revision (Workbox's injectManifest), and a build id made from that list.
// Run by every `trunk build` / `trunk serve`, so the worker always matches the files.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, 'package.json'));
const { injectManifest } = require('workbox-build');

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error('sw-build: no build directory (TRUNK_STAGING_DIR or an argument)');
const swDest = join(dir, 'sw.js');

const { count, size, warnings } = await injectManifest({
  swSrc: join(here, '..', 'public', 'sw.js'),
  swDest,
  globDirectory: dir,
  globPatterns: ['**/*.{html,js,wasm,css,svg,png,webmanifest}'],
  globIgnores: ['sw.js'],
  // Trunk names files name-<16 hex>.ext: the name is the revision.
  dontCacheBustURLsMatching: /-[0-9a-f]{16}(_bg)?\.\w+$/,
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
});
if (warnings.length) throw new Error(`sw-build: ${warnings.join('; ')}`);
const sw = await readFile(swDest, 'utf8');
const build = createHash('sha256').update(sw).digest('hex').slice(0, 12);
await writeFile(swDest, sw.replace('__BUILD__', build));
console.log(`sw-build: ${count} files (${(size / 1024).toFixed(0)} KB) precached, build ${build}`);
