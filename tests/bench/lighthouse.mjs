// Lighthouse as a user on a phone gets the app: the mobile preset with simulated
// throttling (npm `lighthouse`, pinned in .tools/, driving the system Chromium),
// against dist/ served by a local server that gzips and caches like a static host.
// Three runs; the median by performance score is reported. Used by bench.mjs.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root, serve } from '../e2e/helpers.mjs';

const require = createRequire(join(root, '.tools/package.json'));

/** Targets of the first-paint issue. */
export const TARGETS = { lcpMs: 1200, tbtMs: 150, cls: 0, performance: 98, accessibility: 100 };

export async function lighthouseRuns(runs = 3) {
  const { default: lighthouse } = await import(require.resolve('lighthouse'));
  const chromeLauncher = await import(require.resolve('chrome-launcher'));
  const server = await serve(join(root, 'dist'), '/', { host: true });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(server.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const a = lhr.audits;
      results.push({
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
        seo: Math.round(lhr.categories.seo.score * 100),
        fcpMs: a['first-contentful-paint'].numericValue,
        lcpMs: a['largest-contentful-paint'].numericValue,
        tbtMs: a['total-blocking-time'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue,
        failed: Object.values(lhr.categories).flatMap((c) => c.auditRefs)
          .map((r) => a[r.id]).filter((x) => x && x.score !== null && x.score < 0.9 && x.scoreDisplayMode === 'binary')
          .map((x) => x.id),
      });
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  results.sort((x, y) => x.performance - y.performance || y.lcpMs - x.lcpMs);
  return { median: results[Math.floor(results.length / 2)], all: results };
}
