// The page's Content-Security-Policy (called by post-build.mjs, last step before the
// service worker's file list). The README promises that a facility's figures never
// leave the browser; the policy makes the browser enforce it: nothing may be
// fetched from, sent to or run from anywhere but the app's own origin.
//
// The policy is a <meta> (any static host, a sub-folder, offline), written from the
// built page itself: each inline script is allowed by the SHA-256 of its text, so a
// change of a script, or a new one, changes the policy with it. A page that would
// break its own policy fails the build instead (`check`): an inline event handler,
// a style attribute or <style> element, a `javascript:` URL, a file from another
// origin, a <base>, an <object>/<embed>/<iframe>, or Trunk's live-reload script
// (its text is completed when served, so no hash can allow it).
//
// Styles: 'self' only, no 'unsafe-inline'. The UI sets no style attribute in
// markup (the one it had, the presentation's progress bar, is set through the
// CSSOM, which a policy does not restrict), and the charts' SVG uses presentation
// attributes, not style attributes.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const { parse } = await import(createRequire(join(here, 'package.json')).resolve('parse5'));

/**
 * The directives besides the script hashes, and why each allows what it does.
 * `frame-ancestors`, `report-uri` and `sandbox` are not valid in a <meta> (the
 * README gives them as response headers for hosts that can send them).
 */
const DIRECTIVES = [
  // Whatever is not named below: nothing (fonts, media, frames, …).
  ["default-src", "'none'"],
  // The program's JS files (its first module, the loader of its parts) from the
  // app itself; 'wasm-unsafe-eval' compiles the wasm (it allows no JS eval).
  ["script-src", "'self'", "'wasm-unsafe-eval'"],
  ["style-src", "'self'"],
  // Icons from the app; charts, the QR code and photos in the chat demo are drawn
  // as data: and blob: images in the page.
  ["img-src", "'self'", 'data:', 'blob:'],
  // The program's parts, fetched by its loader; nothing else is ever requested.
  ["connect-src", "'self'"],
  ["worker-src", "'self'"],
  ["manifest-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'none'"],
  ["form-action", "'none'"],
];

/** Elements that must not be in the page at all. */
const FORBIDDEN = new Set(['base', 'object', 'embed', 'iframe', 'frame', 'frameset', 'applet', 'style']);

/** Attributes holding a URL the browser loads or follows. */
const URL_ATTRS = new Set(['src', 'href', 'srcset', 'action', 'formaction', 'poster', 'data', 'xlink:href']);

/** The SHA-256 source expression of a script's text, as the browser hashes it. */
export const scriptHash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Every element of the parsed page (parse5 tree with source locations). */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elements(child.content ?? child); // <template> holds its children in `content`
  }
}

/** True for a URL that stays on the page's own origin (relative, or a fragment). */
const sameOrigin = (url) => !/^\s*([a-z][a-z0-9+.-]*:|\/\/|\\\\)/i.test(url);

/**
 * The policy's problems with `html`, as sentences (empty: the page keeps its
 * policy). `css` is the text of the page's stylesheets.
 */
export function check(html, css = []) {
  const problems = [];
  const where = (el) => `<${el.tagName}> at line ${el.sourceCodeLocation?.startLine ?? '?'}`;
  for (const el of elements(parse(html, { sourceCodeLocationInfo: true }))) {
    if (FORBIDDEN.has(el.tagName)) {
      problems.push(`${where(el)}: not allowed by the policy`);
      continue;
    }
    for (const { name, value } of el.attrs) {
      if (/^on/i.test(name)) problems.push(`${where(el)}: inline event handler ${name}= (add a listener in a script)`);
      if (name === 'style') problems.push(`${where(el)}: style attribute (use a class, or set it through element.style)`);
      if (URL_ATTRS.has(name)) {
        const urls = name === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0]) : [value];
        for (const url of urls) {
          if (/^\s*javascript:/i.test(url)) problems.push(`${where(el)}: javascript: URL`);
          // A link to another site is a navigation, which the policy leaves alone; a
          // file the page loads must be its own, or an image drawn in the page.
          const loads = el.tagName !== 'a' && !(el.tagName === 'link' && /\b(canonical|alternate)\b/.test(rel(el)));
          const inline = el.tagName === 'img' && /^\s*(data|blob):/i.test(url);
          if (loads && !inline && !sameOrigin(url)) problems.push(`${where(el)}: ${name}=${url} is not the app's own file`);
        }
      }
    }
    if (el.tagName === 'script' && !el.attrs.some((a) => a.name === 'src') && /\{\{__TRUNK_/.test(scriptText(html, el))) {
      problems.push(`${where(el)}: Trunk's live-reload script (completed when served, so no hash can allow it): serve with --no-autoreload`);
    }
    if (el.tagName === 'meta' && /content-security-policy/i.test(attr(el, 'http-equiv') ?? '')) {
      problems.push(`${where(el)}: the page already has a policy (the build writes the only one)`);
    }
  }
  for (const text of css) {
    for (const m of text.matchAll(/(?:url\(\s*["']?|@import\s+["'])([^"')\s]+)/gi)) {
      if (!sameOrigin(m[1]) && !/^(data):/i.test(m[1])) problems.push(`stylesheet: ${m[1]} is not the app's own file`);
    }
  }
  return problems;
}

const attr = (el, name) => el.attrs.find((a) => a.name === name)?.value;
const rel = (el) => attr(el, 'rel') ?? '';

/** A script element's text exactly as written (the browser hashes it unchanged). */
function scriptText(html, el) {
  const loc = el.sourceCodeLocation;
  return html.slice(loc.startTag.endOffset, loc.endTag ? loc.endTag.startOffset : loc.endOffset);
}

/** The policy for `html`: the directives, with a hash per inline script. */
export function policyFor(html) {
  const hashes = [];
  for (const el of elements(parse(html, { sourceCodeLocationInfo: true }))) {
    if (el.tagName === 'script' && !el.attrs.some((a) => a.name === 'src')) hashes.push(scriptHash(scriptText(html, el)));
  }
  return DIRECTIVES.map(([name, ...sources]) => [name, ...sources, ...(name === 'script-src' ? hashes : [])].join(' '))
    .join('; ');
}

/**
 * Writes the policy and the referrer policy into `html`, right after its
 * `<meta charset>` (before any script, which a <meta> policy does not cover when
 * it comes later). Throws with every problem when the page would break it.
 */
export function withPolicy(html, css = []) {
  const problems = check(html, css);
  if (problems.length) throw new Error(`the page would break its own Content-Security-Policy:\n  ${problems.join('\n  ')}`);
  const charset = [...elements(parse(html, { sourceCodeLocationInfo: true }))].find((el) => el.tagName === 'meta' && attr(el, 'charset'));
  if (!charset) throw new Error('the page has no <meta charset>, after which the policy goes');
  const policy = policyFor(html);
  const at = charset.sourceCodeLocation.endOffset;
  // A share link carries the figures in its query: no page it links to gets it.
  const metas = `<meta http-equiv=Content-Security-Policy content="${policy}"><meta name=referrer content=no-referrer>`;
  return { html: html.slice(0, at) + metas + html.slice(at), policy };
}
