/**
 * Writes dist/verify.html: the browser verifier as one file, to hand to someone who should not
 * have to reach our server (or any server) to check a bundle. Its policy travels with it in a
 * meta element.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { buildVerifyPage } from '../src/http/verify-page-routes.ts';

const out = new URL('../dist/verify.html', import.meta.url);
const { html } = await buildVerifyPage();
await mkdir(new URL('.', out), { recursive: true });
await writeFile(out, html);
process.stdout.write(`dist/verify.html written (${html.length.toLocaleString('en')} bytes)\n`);
