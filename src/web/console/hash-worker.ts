/**
 * The console's hashing worker (served as /console/hash-worker.js): SHA-256 of a file of any
 * size, off the page's thread so the page stays responsive. The file is read here, in the
 * browser; nothing is sent.
 *
 * WebCrypto's digest is native (and uses the CPU's SHA instructions where it has them), several
 * times faster than any script, but it takes the whole message at once. So a file up to 1 GiB is
 * read into memory slice by slice (the progress bar follows the reading) and digested natively;
 * a larger one is hashed incrementally by noble, 8 MiB at a time, so a multi-gigabyte image never
 * has to fit in memory.
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../../core/encoding.ts';

/** 8 MiB: per-slice overhead vanishes, progress still moves several times a second. */
const SLICE = 8 * 1024 * 1024;
/** The largest file read whole for WebCrypto's one-shot digest. */
const WHOLE_FILE_LIMIT = 1024 * 1024 * 1024;

interface Scope {
  onmessage: ((e: MessageEvent<File>) => void) | null;
  postMessage(message: unknown): void;
}
const scope = globalThis as unknown as Scope;

async function* slices(file: Blob): AsyncGenerator<{ at: number; bytes: Uint8Array }> {
  for (let at = 0; at < file.size; at += SLICE) {
    const bytes = new Uint8Array(await file.slice(at, Math.min(at + SLICE, file.size)).arrayBuffer());
    yield { at, bytes };
    scope.postMessage({ done: at + bytes.length, total: file.size });
  }
}

async function nativeDigest(file: Blob): Promise<string> {
  const whole = new Uint8Array(file.size);
  for await (const { at, bytes } of slices(file)) whole.set(bytes, at);
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', whole)));
}

async function streamingDigest(file: Blob): Promise<string> {
  const hash = sha256.create();
  for await (const { bytes } of slices(file)) hash.update(bytes);
  return toHex(hash.digest());
}

scope.onmessage = async (e) => {
  const file = e.data;
  try {
    const native = file.size <= WHOLE_FILE_LIMIT && globalThis.crypto?.subtle !== undefined;
    const digest = native ? await nativeDigest(file) : await streamingDigest(file);
    scope.postMessage({ sha256: digest, size: file.size, engine: native ? 'WebCrypto' : 'noble' });
  } catch (err) {
    scope.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
};
