/**
 * GET /verify: the browser verifier, one self-contained HTML document. Its script is the same
 * verifier code as the CLI's (src/core/verify and the rest of src/core), bundled by esbuild when the page is
 * first asked for; script and styles are inline so that the page also works saved to a file,
 * and the page's Content-Security-Policy allows exactly those two by their SHA-256 and forbids
 * every connection: a dropped bundle or evidence file has no way out of the browser.
 * @module
 */

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { type RequestHandler, Router } from 'express';
import { nodeFontSource } from '../report/node-font-source.ts';
import { FACES, type Face } from '../report/pdf-fonts.ts';
import { VERIFY_PAGE_CSS } from '../web/verify-page/styles.ts';
import { fillTemplate } from '../web/verify-page/template.ts';
import { notFound } from './http-errors.ts';

export interface VerifyPage {
  readonly html: string;
  /** The policy for the HTTP header: the page's own plus what only a header can say. */
  readonly csp: string;
}

/** Bundles the page script and assembles the page; takes a few hundred milliseconds. */
export async function buildVerifyPage(): Promise<VerifyPage> {
  const [script, style] = await Promise.all([bundleScript(), minifyCss(VERIFY_PAGE_CSS)]);
  const csp = [
    "default-src 'none'",
    `script-src '${hashSource(script, 'script')}'`,
    `style-src '${hashSource(style, 'style')}'`,
    'img-src data:',
    // Only to fetch the report fonts from this server, each accepted by its pinned SHA-256
    // (web/verify-page/report-fonts.ts); nothing read from a dropped file is ever sent.
    "connect-src 'self'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  return { html: fillTemplate({ script, style, csp }), csp: `${csp}; frame-ancestors 'none'` };
}

/** Serves the page, built on first request and then kept: it cannot change while we run. */
export function verifyPageRoutes(build: () => Promise<VerifyPage> = buildVerifyPage): Router {
  let page: Promise<VerifyPage> | undefined;
  const serve: RequestHandler = async (_req, res) => {
    page ??= build().catch((e: unknown) => {
      page = undefined; // a failed build is retried by the next request, not cached
      throw e;
    });
    const { html, csp } = await page;
    // Replaces the app-wide policy set by securityHeaders, which would block the inline code.
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.send(html);
  };
  return Router().get('/verify', serve).get('/verify/fonts/:file', serveFont);
}

/** The report fonts, for the page to draw a report's pages again; the page checks their SHA-256. */
const serveFont: RequestHandler = (req, res, next) => {
  const face = /^([a-z-]+)\.ttf$/.exec(String(req.params.file))?.[1] as Face | undefined;
  if (!face || !FACES.includes(face)) return next(notFound('the report has no such font'));
  res.setHeader('Content-Type', 'font/ttf');
  res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  res.send(Buffer.from(nodeFontSource.bytes(face)));
};

async function bundleScript(): Promise<string> {
  const out = await esbuild.build({
    entryPoints: [pageEntry()],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2022', 'chrome109', 'firefox115', 'safari16'],
    minify: true,
    write: false,
    logLevel: 'silent',
    // zod would probe `new Function` for its JIT; the page's policy refuses eval, and Chromium
    // reports the refused probe as a violation even though zod recovers from it.
    banner: { js: 'globalThis.__zod_globalConfig={jitless:true};' },
    // pdfkit's browser build keys its bundled ICC profile by a URL made from import.meta.url,
    // which a classic script lacks: any fixed base gives the same key at write and read.
    define: { 'import.meta.url': JSON.stringify('https://pdfkit.invalid/js/pdfkit.browser.mjs') },
    plugins: [withoutZodLocales],
  });
  return out.outputFiles[0]!.text.trimEnd();
}

/** The entry is TypeScript under tsx, and JavaScript once compiled to dist/. */
function pageEntry(): string {
  const ts = fileURLToPath(new URL('../web/verify-page/main.ts', import.meta.url));
  return existsSync(ts) ? ts : ts.replace(/\.ts$/, '.js');
}

/** zod's translated messages are two thirds of its size; the verifier reports in English only. */
export const withoutZodLocales: esbuild.Plugin = {
  name: 'without-zod-locales',
  setup(build) {
    build.onResolve({ filter: /[/\\]locales[/\\]index\.js$/ }, (args) =>
      args.importer.includes(`${sep}zod${sep}`)
        ? { path: 'zod-locales', namespace: 'no-locales' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'no-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

async function minifyCss(css: string): Promise<string> {
  return (await esbuild.transform(css, { loader: 'css', minify: true })).code.trimEnd();
}

/**
 * The CSP source for an inline element's text. The browser hashes the text as parsed, so the
 * text must survive HTML parsing unchanged: no end tag, comment opener, CR or NUL inside.
 */
function hashSource(text: string, tag: 'script' | 'style'): string {
  if (new RegExp(`</${tag}|<!--|\\r|\\0`, 'i').test(text))
    throw new Error(`the verifier page's ${tag} would not survive inlining`);
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
