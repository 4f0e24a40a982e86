/**
 * The console's hashing worker (served as /console/hash-worker.js): SHA-256 of a file of any
 * size, read in slices so a multi-gigabyte image never has to fit in memory, off the page's
 * thread so the page stays responsive. The file is read here, in the browser; nothing is sent.
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../../core/encoding.ts';

/** 8 MiB: per-slice overhead vanishes, progress still moves several times a second. */
const SLICE = 8 * 1024 * 1024;

interface Scope {
  onmessage: ((e: MessageEvent<File>) => void) | null;
  postMessage(message: unknown): void;
}
const scope = globalThis as unknown as Scope;

scope.onmessage = async (e) => {
  const file = e.data;
  try {
    const hash = sha256.create();
    for (let at = 0; at < file.size; at += SLICE) {
      const end = Math.min(at + SLICE, file.size);
      hash.update(new Uint8Array(await file.slice(at, end).arrayBuffer()));
      scope.postMessage({ done: end, total: file.size });
    }
    scope.postMessage({ sha256: toHex(hash.digest()), size: file.size });
  } catch (err) {
    scope.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
};
