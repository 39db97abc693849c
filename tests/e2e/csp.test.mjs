// The page's Content-Security-Policy (.tools/csp.mjs): what the build writes, that
// the build refuses a page that would break it, and that the browser refuses what
// the policy forbids — a request to another site, an injected script, a
// `javascript:` URL, eval — with nothing sent. That no screen breaks the policy in
// normal use is checked by every test of the suite (helpers.mjs, `useApp`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useApp, serve, openPage, root, takeViolations } from './helpers.mjs';
import { check, policyFor, withPolicy, scriptHash } from '../../.tools/csp.mjs';

const PAGE = (body, head = '') => `<!DOCTYPE html><html><head><meta charset=utf-8>${head}<title>t</title></head><body>${body}</body></html>`;

describe('Content-Security-Policy', () => {
  const app = useApp();

  it('the build refuses a page that would break its policy, naming each problem', () => {
    assert.deepEqual(check(PAGE('<p>ok</p><script>let a = 1;</script><img src="data:image/png;base64,AA"><a href="https://example.com/">link</a>')), []);
    const problems = check(PAGE([
      '<button onclick="go()">x</button>',
      '<p style="color:red">x</p>',
      '<a href="javascript:alert(1)">x</a>',
      '<script src="https://cdn.example.com/x.js"></script>',
      '<img src="//example.com/pixel.png">',
      '<iframe src="frame.html"></iframe>',
      "<script>const a = '{{__TRUNK_ADDRESS__}}';</script>",
    ].join(''), '<base href="https://example.com/"><style>p{}</style>'), ['body { background: url(https://example.com/bg.png) }']);
    const expected = [/<base>.*not allowed/, /<style>.*not allowed/, /onclick=/, /style attribute/, /javascript: URL/,
      /src=https:\/\/cdn\.example\.com\/x\.js/, /src=\/\/example\.com\/pixel\.png/, /<iframe>.*not allowed/,
      /live-reload/, /stylesheet: https:\/\/example\.com\/bg\.png/];
    assert.equal(problems.length, expected.length, problems.join('\n'));
    expected.forEach((re, i) => assert.match(problems[i], re));
    assert.throws(() => withPolicy(PAGE('<b onmouseover="x()">x</b>')), /onmouseover=/);
  });

  it('each inline script is allowed by its own hash, and the policy comes before any script', () => {
    const script = "\n  document.title = 'a';\n";
    const page = PAGE(`<script>${script}</script><script type=module src=./main.js></script>`, '<script>1</script>');
    const { html, policy } = withPolicy(page);
    assert.ok(policy.includes(scriptHash(script)) && policy.includes(scriptHash('1')), policy);
    assert.equal(policy.split("'sha256-").length - 1, 2, 'one hash per inline script, none for a script file');
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'), 'before the first script');
    assert.ok(html.indexOf('<meta charset') < html.indexOf('Content-Security-Policy'), 'after the charset');
    // A changed script is a new hash: the policy follows the page.
    assert.notEqual(policyFor(page), policyFor(page.replace("'a'", "'b'")));
  });

  it('the built page carries the policy: every inline script hashed, no unsafe source, no referrer', async () => {
    const html = await readFile(join(root, 'dist/index.html'), 'utf8');
    const meta = html.match(/<meta http-equiv=Content-Security-Policy content="([^"]+)">/);
    assert.ok(meta, 'the page has its policy');
    const policy = meta[1];
    assert.equal(policy, policyFor(html.replace(meta[0], '')), 'the policy is the one for the page as built');
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    for (const d of ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval' 'sha256-", "style-src 'self';",
      "connect-src 'self';", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) assert.ok(policy.includes(d), d);
    assert.ok(html.indexOf(meta[0]) < html.indexOf('<script'), 'before the first script');
    assert.match(html, /<meta name=referrer content=no-referrer>/);
    assert.deepEqual(check(html.replace(meta[0], '')), [], 'and the page keeps it');
  });

  it('the browser refuses requests to another site, injected scripts, javascript: URLs and eval, and nothing is sent', async () => {
    // Another origin on this machine: it must receive nothing at all.
    const other = await serve();
    try {
      const page = await openPage(app.browser, app.server.url);
      const tried = await page.evaluate(async (elsewhere) => {
        const outcome = {};
        const data = encodeURIComponent('月51.9万円');
        // Fetch and beacon.
        outcome.fetch = await fetch(`${elsewhere}leak?${data}`, { mode: 'no-cors' }).then(() => 'sent', (e) => e.name);
        navigator.sendBeacon(`${elsewhere}beacon`, data); // queued; refused when sent
        // An image and a script from another site, as an injection would add them.
        const img = new Image();
        outcome.image = await new Promise((ok) => { img.onload = () => ok('loaded'); img.onerror = () => ok('refused'); img.src = `${elsewhere}pixel.png?${data}`; });
        const ext = document.createElement('script');
        outcome.externalScript = await new Promise((ok) => { ext.onload = () => ok('ran'); ext.onerror = () => ok('refused'); ext.src = `${elsewhere}x.js`; document.head.append(ext); });
        // An inline script, an inline handler, a javascript: URL.
        document.body.append(Object.assign(document.createElement('script'), { textContent: 'window.injected = "script";' }));
        const box = document.createElement('div');
        box.innerHTML = '<img src="no-such-image.png" onerror="window.injected = \'handler\'">';
        document.body.append(box);
        const a = Object.assign(document.createElement('a'), { href: 'javascript:window.injected = "url"' });
        document.body.append(a);
        a.click();
        outcome.eval = await new Promise((ok) => setTimeout(() => {
          try { ok(`ran ${window.eval('1 + 1')}`); } catch (e) { ok(e.name); }
        }));
        await new Promise((ok) => setTimeout(ok, 300));
        outcome.injected = window.injected ?? 'nothing ran';
        box.remove(); a.remove(); ext.remove();
        return outcome;
      }, other.url);
      assert.deepEqual(tried, {
        fetch: 'TypeError', image: 'refused', externalScript: 'refused', eval: 'EvalError', injected: 'nothing ran',
      });
      await page.waitForTimeout(300);
      assert.deepEqual(other.requested, [], 'the other site received nothing');
      const seen = takeViolations().map((v) => `${v.directive} ${v.blocked}`.replace(other.url, 'elsewhere/').replace(/\?.*/, ''));
      const count = (v) => seen.filter((s) => s === v).length;
      for (const v of ['connect-src elsewhere/leak', 'connect-src elsewhere/beacon', 'img-src elsewhere/pixel.png',
        'script-src-elem elsewhere/x.js', 'script-src-attr inline', 'script-src eval']) {
        assert.ok(count(v) >= 1, `${v} refused and reported (${seen.join(', ')})`);
      }
      assert.equal(count('script-src-elem inline'), 2, `the injected script and the javascript: URL (${seen.join(', ')})`);
      // The refusals are the only errors, and the app still answers.
      assert.ok(page.errors.every((e) => /Content Security Policy|status of 404/.test(e)), page.errors.join('\n'));
      await page.getByTestId('input-handover-staff').fill('12');
      await page.getByTestId('input-handover-staff').press('Tab');
    } finally {
      await other.close();
    }
  });
});
