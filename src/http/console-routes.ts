/**
 * GET /console and its three files: the investigator console, a browser client of this API
 * (src/web/console), bundled by esbuild from the same core and client code as the CLI when it is
 * first asked for, then kept (it cannot change while we run). Served from this origin only, under
 * a policy that lets the page run nothing but its own script and worker, style itself only with
 * its own sheet, and talk to nobody but this service: a key or an evidence file has no way out.
 * @module
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { type Request, type RequestHandler, type Response, Router } from 'express';
import { CONSOLE_CSS } from '../web/console/styles.ts';
import { CONSOLE_PAGE } from '../web/console/template.ts';
import { notFound } from './http-errors.ts';
import { withoutZodLocales } from './verify-page-routes.ts';

export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface Asset {
  readonly type: string;
  readonly body: Buffer;
  readonly gzip: Buffer;
  readonly br: Buffer;
}

export type ConsoleAssets = ReadonlyMap<string, Asset>;

/** Bundles the console: a second or two, once per process. */
export async function buildConsole(): Promise<ConsoleAssets> {
  const [app, worker, css] = await Promise.all([
    bundleApp(),
    bundleWorker(),
    esbuild.transform(CONSOLE_CSS, { loader: 'css', minify: true }),
  ]);
  const assets = new Map<string, Asset>();
  const add = (name: string, type: string, text: string) => {
    const body = Buffer.from(text, 'utf8');
    assets.set(name, { type, body, gzip: gzipSync(body, { level: 9 }), br: brotliCompressSync(body) });
  };
  add('', 'text/html; charset=utf-8', CONSOLE_PAGE);
  for (const [name, text] of app) add(name, 'text/javascript; charset=utf-8', text);
  add('hash-worker.js', 'text/javascript; charset=utf-8', worker);
  add('app.css', 'text/css; charset=utf-8', css.code);
  return assets;
}

export function consoleRoutes(build: () => Promise<ConsoleAssets> = buildConsole): Router {
  let assets: Promise<ConsoleAssets> | undefined;
  const load = () =>
    (assets ??= build().catch((e: unknown) => {
      assets = undefined; // a failed build is retried by the next request, not cached
      throw e;
    }));
  const serve =
    (name: (req: Request) => string): RequestHandler =>
    async (req, res) => {
      const asset = (await load()).get(name(req));
      if (!asset) throw notFound('the console has no such file');
      send(req, res, asset);
    };
  return Router()
    .get(
      '/console',
      serve(() => ''),
    )
    .get(
      '/console/:file',
      serve((req) => String(req.params.file)),
    );
}

function send(req: Request, res: Response, asset: Asset): void {
  // Replaces the app-wide policy set by securityHeaders: the console also runs a worker.
  res.setHeader('Content-Security-Policy', CONSOLE_CSP);
  res.setHeader('Content-Type', asset.type);
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Vary', 'Accept-Encoding');
  const accepts = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepts)) res.setHeader('Content-Encoding', 'br').send(asset.br);
  else if (/\bgzip\b/.test(accepts)) res.setHeader('Content-Encoding', 'gzip').send(asset.gzip);
  else res.send(asset.body);
}

const BUILD: esbuild.BuildOptions = {
  bundle: true,
  platform: 'browser',
  target: ['es2022', 'chrome109', 'firefox115', 'safari16'],
  minify: true,
  write: false,
  logLevel: 'silent',
  // zod would probe `new Function` for its JIT; the console's policy refuses eval.
  banner: { js: 'globalThis.__zod_globalConfig={jitless:true};' },
  plugins: [withoutZodLocales],
};

/**
 * The page's script as ES modules: app.js, and chunks loaded on demand (the court export's PDF
 * reader and verifier are most of the weight, and most visits never export).
 */
async function bundleApp(): Promise<Map<string, string>> {
  const out = await esbuild.build({
    ...BUILD,
    entryPoints: { app: entryPath('main.ts') },
    format: 'esm',
    splitting: true,
    outdir: '/console',
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
  });
  return new Map(out.outputFiles!.map((f) => [f.path.slice(f.path.lastIndexOf('/') + 1), f.text]));
}

async function bundleWorker(): Promise<string> {
  const out = await esbuild.build({ ...BUILD, entryPoints: [entryPath('hash-worker.ts')], format: 'iife' });
  return out.outputFiles![0]!.text;
}

/** The entry is TypeScript under tsx, and JavaScript once compiled to dist/. */
function entryPath(entry: string): string {
  const ts = fileURLToPath(new URL(`../web/console/${entry}`, import.meta.url));
  return existsSync(ts) ? ts : ts.replace(/\.ts$/, '.js');
}
