/**
 * The page's side of the hashing worker: hashes a chosen file in /console/hash-worker.js and
 * reports progress to a <progress> element.
 * @module
 */

export interface FileDigest {
  readonly sha256: string;
  readonly size: number;
}

export function hashInWorker(
  file: File,
  progress: (done: number, total: number) => void,
): Promise<FileDigest> {
  const worker = new Worker('/console/hash-worker.js');
  return new Promise<FileDigest>((resolve, reject) => {
    worker.onmessage = (
      e: MessageEvent<{ done?: number; total?: number; sha256?: string; size?: number; error?: string }>,
    ) => {
      const m = e.data;
      if (m.error !== undefined) reject(new Error(m.error));
      else if (m.sha256 !== undefined) resolve({ sha256: m.sha256, size: m.size! });
      else progress(m.done!, m.total!);
    };
    worker.onerror = (e) => reject(new Error(e.message));
    worker.postMessage(file);
  }).finally(() => worker.terminate());
}
