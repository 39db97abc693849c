// The program in parts (called by post-build.mjs; Trunk cannot split a wasm,
// trunk-rs/trunk#1022). Every screen but the calculator is a function marked as a
// split point in src/ui/split.rs; this step turns one linked wasm into a first
// module and one part per screen (plus the chunks two parts share):
//   1. cargo builds the app for wasm32 (release); .cargo/config.toml links it with
//      --emit-relocs, which the splitter needs;
//   2. wasm-split-cli (crate wasm_split_cli_support, pinned in .tools/setup.sh)
//      splits it: main.wasm, one .wasm per part and chunk, and __wasm_split.js
//      that fetches them;
//   3. wasm-bindgen writes the JS glue of the first module (--keep-lld-exports:
//      the parts link against its exports);
//   4. wasm-opt -Oz on every module, and the small chunks merged into one
//      (release builds; `mergeSmallChunks`).
// Everything goes into one folder named by the hash of its contents (pkg-<16 hex>):
// a first module only ever loads the parts built with it (an update replaces the
// folder as a whole), and the service worker treats the folder as revisioned.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** wasm-opt's settings (with -Oz and without names): the post-MVP features rustc
 * emits (../shared/TOOLCHAIN.md), and no data below 1024 (as Trunk's build had it). */
const WASM_FEATURES = ['--low-memory-unused', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];

const here = dirname(fileURLToPath(import.meta.url));
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });

/**
 * Builds the program into `dir/pkg-<hash>/`; returns the folder's name and the
 * first module's JS and wasm file names in it.
 */
export async function buildParts(projectRoot, dir, { release = true } = {}) {
  const profile = release ? 'release' : 'debug';
  run('cargo', ['build', '--locked', '--target', 'wasm32-unknown-unknown', '--features', 'browser',
    '--bin', 'kaigo-savings', ...(release ? ['--release'] : [])], { cwd: projectRoot });
  const targetDir = process.env.CARGO_TARGET_DIR || join(projectRoot, 'target');
  const linked = join(targetDir, 'wasm32-unknown-unknown', profile, 'kaigo-savings.wasm');

  // The same linked program, split by the same steps and pinned tools, gives the
  // same parts: a rebuild with nothing changed (make test, Trunk's watcher on a
  // CSS edit) takes them from the cache.
  const key = createHash('sha256').update(await readFile(linked)).update(profile);
  for (const f of ['wasm-parts.mjs', 'setup.sh', 'package-lock.json']) key.update(await readFile(join(here, f)));
  const cached = join(targetDir, 'wasm-parts', key.digest('hex').slice(0, 16));
  const cacheRoot = dirname(cached);
  if (!(await stat(cached).catch(() => null))) {
    await split(linked, cached, release);
    // Keep the latest few.
    const entries = await readdir(cacheRoot);
    if (entries.length > 4) {
      const aged = await Promise.all(entries.map(async (e) => [e, (await stat(join(cacheRoot, e))).mtimeMs]));
      for (const [e] of aged.sort((a, b) => a[1] - b[1]).slice(0, entries.length - 4)) {
        await rm(join(cacheRoot, e), { recursive: true, force: true });
      }
    }
  }
  const files = (await readdir(cached)).filter((f) => f !== 'folder').sort();
  const name = (await readFile(join(cached, 'folder'), 'utf8')).trim();
  const dest = join(dir, name);
  await rm(dest, { recursive: true, force: true });
  await mkdir(dest);
  for (const f of files) await writeFile(join(dest, f), await readFile(join(cached, f)));
  return { folder: name, js: 'main.js', wasm: 'main_bg.wasm' };
}

/** Splits the linked program into `into` (steps 2–4), with `folder`: the name of
 * the folder it ships in. */
async function split(linked, into, release) {
  const work = await mkdtemp(join(tmpdir(), 'kaigo-parts-'));
  try {
    const parts = join(work, 'split');
    const out = join(work, 'out');
    await mkdir(parts);
    await mkdir(out);
    run('wasm-split-cli', [linked, parts]);
    run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript',
      '--out-name', 'main', '--out-dir', out, join(parts, 'main.wasm')]);
    for (const f of await readdir(parts)) {
      if (f !== 'main.wasm') await rename(join(parts, f), join(out, f));
    }
    if (release) {
      // One wasm-opt per core at a time (some forty modules).
      const queue = (await readdir(out)).filter((f) => f.endsWith('.wasm'));
      const opt = promisify(execFile);
      const worker = async () => {
        for (let f = queue.shift(); f; f = queue.shift()) {
          await opt('wasm-opt', ['-Oz', '--converge', '--strip-debug', '--strip-producers', '--strip-target-features', ...WASM_FEATURES, join(out, f), '-o', join(out, f)]);
        }
      };
      await Promise.all(Array.from({ length: availableParallelism() }, worker));
      await mergeSmallChunks(out, work);
    }
    // Which files each part fetches, for the budget test and the benchmark (read
    // before the loader is minified).
    await writeFile(join(out, 'parts.json'), `${JSON.stringify(await partFiles(out), null, 1)}\n`);
    // The folder's name: the hash of every file in it.
    const hash = createHash('sha256');
    for (const f of (await readdir(out)).sort()) hash.update(f).update(await readFile(join(out, f)));
    await writeFile(join(out, 'folder'), `pkg-${hash.digest('hex').slice(0, 16)}\n`);
    await mkdir(dirname(into), { recursive: true });
    await rm(into, { recursive: true, force: true });
    await rename(out, into).catch(async () => {
      // Another file system: copy.
      await mkdir(into);
      for (const f of await readdir(out)) await writeFile(join(into, f), await readFile(join(out, f)));
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Chunks smaller than this (bytes, after wasm-opt) are merged into one file.
 * Measured on the 法人 build (gzip -9): under 1.5 KB, the whole app −2.0 KB and no
 * part's first opening more than +0.7 KB; under 2.5 KB, −5.1 KB and at most
 * +1.3 KB (share; group, figures and demo −1.0 to −1.2 KB); under 4.5 KB, −7.3 KB
 * but +2.2 to +3.3 KB for four of the five parts: a screen's wait comes first. */
const MERGE_BELOW = 2560;
const MERGED = 'chunk_small.wasm';

/**
 * Merges the small chunks of `dir` into one file, `chunk_small.wasm`, and points
 * the loader at it. The splitter makes a chunk for every set of two or more parts
 * that share code (26 for five parts), with no size limit and no option to
 * change that (wasm_split_cli_support 0.2.4, src/split_point.rs), and each file
 * carries its own header, imports and gzip start (the 11 chunks under 1.5 KB:
 * 5.7 KB gzip one by one, 3.7 KB as one file). Safe to merge: a
 * chunk imports only the memory, the function table and the stack pointer, and
 * writes its functions and data at fixed table slots and addresses, so loading
 * one a part does not use changes nothing that part sees.
 */
async function mergeSmallChunks(dir, work) {
  const chunks = [];
  for (const f of (await readdir(dir)).filter((n) => /^chunk_\d+\.wasm$/.test(n)).sort()) {
    if ((await stat(join(dir, f))).size < MERGE_BELOW) chunks.push(f);
  }
  if (chunks.length < 2) return;
  // wasm-merge wants one provider of the shared imports (the chunks each import
  // their own memory, which it would take for several memories).
  // The features alone (wasm-dis, wasm-as and wasm-merge take no optimisation flags).
  const features = WASM_FEATURES.filter((f) => f !== '--low-memory-unused');
  const wat = execFileSync('wasm-dis', [...features, join(dir, chunks[0])], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const memory = wat.match(/\(import "__wasm_split" "memory" \(memory \$\S+ (\d+)/)?.[1];
  const table = wat.match(/\(import "__wasm_split" "__indirect_function_table" \(table \$\S+ (\d+) funcref/)?.[1];
  if (!memory || !table) throw new Error(`${chunks[0]}: its imports are not the splitter's (memory, table)`);
  const provider = join(work, 'provider.wat');
  await writeFile(provider, `(module
 (import "env" "memory" (memory $m ${memory}))
 (import "env" "__indirect_function_table" (table $t ${table} funcref))
 (import "env" "__wasm_split_shared0" (global $g (mut i32)))
 (export "memory" (memory $m))
 (export "__indirect_function_table" (table $t))
 (export "__wasm_split_shared0" (global $g)))
`);
  run('wasm-as', [...features, provider, '-o', join(work, 'provider.wasm')]);
  const merged = join(work, 'merged.wasm');
  run('wasm-merge', [...features, join(work, 'provider.wasm'), '__wasm_split',
    ...chunks.flatMap((c) => [join(dir, c), c.replace(/\.wasm$/, '')]), '-o', merged]);
  // Back to the splitter's import names, and no exports (a chunk has none).
  const text = execFileSync('wasm-dis', [...features, merged], { encoding: 'utf8', maxBuffer: 64 << 20 })
    .split('\n').filter((l) => !l.startsWith(' (export ')).join('\n')
    .replaceAll('(import "env"', '(import "__wasm_split"');
  await writeFile(join(work, 'merged.wat'), text);
  run('wasm-as', [...features, join(work, 'merged.wat'), '-o', merged]);
  run('wasm-opt', ['-Oz', '--converge', '--strip-debug', '--strip-producers', '--strip-target-features', ...WASM_FEATURES, merged, '-o', join(dir, MERGED)]);
  for (const c of chunks) await rm(join(dir, c));

  // The loader: one load for the merged file, and each merged chunk's name for it.
  const loaderPath = join(dir, '__wasm_split.js');
  let js = await readFile(loaderPath, 'utf8');
  const first = js.search(/(\/\*[^*]*\*\/\s*)?const __chunk_\d+ = makeLoad/);
  if (first < 0) throw new Error('__wasm_split.js: no chunk loads found');
  for (const c of chunks) {
    const id = `__chunk_${c.match(/\d+/)[0]}`;
    const re = new RegExp(`const ${id} = makeLoad\\(\\(\\) => \\{[\\s\\S]*?new URL\\("\\./${c.replace('.', '\\.')}"[\\s\\S]*?\\}\\s*,\\s*\\[\\]\\);`);
    if (!re.test(js)) throw new Error(`__wasm_split.js: the load of ${c} is not as expected`);
    js = js.replace(re, `const ${id} = __chunk_small;`);
  }
  const load = `/* merged: ${chunks.join(', ')} */
const __chunk_small = makeLoad(() => {
    const src = fetch(new URL("./${MERGED}", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
`;
  js = js.slice(0, first) + load + js.slice(first);
  await writeFile(loaderPath, js);
}

/**
 * The parts of a built app (`parts.json` of its program folder): for each split
 * point (`costs`, `demo` …), the wasm files its first opening fetches, its own and
 * the chunks it shares with other parts.
 */
export async function builtParts(pkgDir) {
  return JSON.parse(await readFile(join(pkgDir, 'parts.json'), 'utf8'));
}

/** The same, read from the splitter's loader `__wasm_split.js` (not minified). */
async function partFiles(pkgDir) {
  const js = await readFile(join(pkgDir, '__wasm_split.js'), 'utf8');
  // `const __chunk_8 = makeLoad(() => { …fetch(new URL("./chunk_8.wasm"…)… }, [deps])`,
  // and for a part `export const __wasm_split_load_costs = wrapAsyncCb(makeLoad(…, [deps]))`.
  const loads = new Map();
  const re = /const\s+(\w+)\s*=\s*(?:wrapAsyncCb\()?makeLoad\(\(\)\s*=>\s*\{[\s\S]*?new URL\("\.\/([^"]+\.wasm)"[\s\S]*?\}\s*,\s*\[([^\]]*)\]/g;
  for (const m of js.matchAll(re)) {
    loads.set(m[1], { file: m[2], deps: [...m[3].matchAll(/\w+/g)].map((d) => d[0]) });
  }
  // A chunk merged into another (`mergeSmallChunks`): `const __chunk_8 = __chunk_small;`.
  for (const m of js.matchAll(/const\s+(\w+)\s*=\s*(\w+);/g)) {
    if (loads.has(m[2])) loads.set(m[1], loads.get(m[2]));
  }
  const closure = (id, seen = new Set()) => {
    if (!loads.has(id) || seen.has(id)) return seen;
    seen.add(id);
    for (const d of loads.get(id).deps) closure(d, seen);
    return seen;
  };
  const parts = {};
  for (const id of loads.keys()) {
    const name = id.match(/^__wasm_split_load_(\w+)$/)?.[1];
    // A file once, however many of its chunks' names a part lists.
    if (name) parts[name] = [...new Set([...closure(id)].map((d) => loads.get(d).file))];
  }
  if (Object.keys(parts).length === 0) throw new Error(`no parts found in ${pkgDir}/__wasm_split.js`);
  return parts;
}
