/** `npm run docs:api`: writes docs/api.md from the OpenAPI document. */
import { writeFile } from 'node:fs/promises';
import { renderApiMarkdown } from '../src/http/api-docs.ts';
import { VERSION } from '../src/service.ts';

await writeFile(new URL('../docs/api.md', import.meta.url), renderApiMarkdown(VERSION));
process.stdout.write('docs/api.md written\n');
