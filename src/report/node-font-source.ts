/**
 * The report fonts read from the npm packages that ship them (the Node edge of the renderer:
 * the renderer itself reads no file). Each file is read once per process.
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FACE_FILES, type Face, type FontSource } from './pdf-fonts.ts';

const require = createRequire(import.meta.url);
const cache = new Map<Face, Uint8Array>();

export const nodeFontSource: FontSource = {
  bytes(face: Face): Uint8Array {
    let bytes = cache.get(face);
    if (!bytes) {
      const { pkg, file } = FACE_FILES[face];
      bytes = new Uint8Array(readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file)));
      cache.set(face, bytes);
    }
    return bytes;
  },
};
