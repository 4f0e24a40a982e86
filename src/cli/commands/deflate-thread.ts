/**
 * A second thread for the report renderer's deflating (src/report/pdf-deflate.ts), for the page
 * check of `custos verify report.pdf`: a worker thread runs the renderer's fflate, so its
 * streams are the ones the renderer would write itself. It deflates the attachment (whose MD5
 * is taken natively) while the main thread verifies the bundle, and half the page contents
 * while the main thread deflates the other half. Should the worker fail, the main thread
 * deflates everything: slower, same bytes.
 *
 * ```ts
 * const thread = deflateThread();
 * thread.ahead(bundleBytes); // starts now
 * const pdf = await renderReportPdf(…, await thread.help());
 * thread.close();
 * ```
 * @module
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { type Deflater, deflate } from '../../report/pdf-deflate.ts';
import type { RenderHelp } from '../../report/report-pdf.ts';

/**
 * The installed fflate, the renderer's, as a CommonJS script requires it (its CommonJS build:
 * the same deflate code; test/cli/deflate-thread.test.ts holds the two byte-equal).
 */
const FFLATE = createRequire(import.meta.url).resolve('fflate');

const WORKER = `
const { parentPort } = require('node:worker_threads');
const { zlibSync } = require(${JSON.stringify(FFLATE)});
parentPort.on('message', ({ id, inputs }) => {
  const outputs = inputs.map((input) => zlibSync(input));
  parentPort.postMessage({ id, outputs }, outputs.map((o) => o.buffer));
});
`;

export interface DeflateThread {
  /** Starts deflating `bytes` (the attachment) on the worker. */
  ahead(bytes: Uint8Array): void;
  /** What the renderer needs: the streams deflated ahead, and the page deflater. */
  help(): Promise<RenderHelp>;
  close(): void;
}

export function deflateThread(): DeflateThread {
  const worker = new Worker(WORKER, { eval: true });
  // Idle, it keeps no process alive; awaited, it must (see onWorker).
  worker.unref();
  const waiting = new Map<number, (outputs: Uint8Array[] | undefined) => void>();
  let next = 0;
  let broken = false;
  const failAll = () => {
    broken = true;
    for (const resolve of waiting.values()) resolve(undefined);
    waiting.clear();
  };
  worker.on('message', ({ id, outputs }: { id: number; outputs: Uint8Array[] }) => {
    waiting.get(id)?.(outputs);
    waiting.delete(id);
    if (waiting.size === 0) worker.unref();
  });
  worker.on('error', failAll);
  worker.on('exit', failAll);
  /** The worker's deflate of `inputs`, or the main thread's if the worker cannot. */
  const onWorker = (inputs: readonly Uint8Array[]): Promise<Uint8Array[]> => {
    if (broken || inputs.length === 0) return Promise.resolve(inputs.map(deflate));
    const id = next++;
    const done = new Promise<Uint8Array[] | undefined>((resolve) => waiting.set(id, resolve));
    worker.ref();
    worker.postMessage({ id, inputs });
    return done.then((outputs) => outputs ?? inputs.map(deflate));
  };
  const deflated = new WeakMap<Uint8Array, Uint8Array>();
  const md5 = new WeakMap<Uint8Array, string>();
  const pending: Promise<void>[] = [];
  const deflater: Deflater = async (inputs) => {
    const [there, here] = halves(inputs);
    const fromWorker = onWorker(there.map((i) => inputs[i]!));
    const outputs: Uint8Array[] = [];
    for (const i of here) outputs[i] = deflate(inputs[i]!);
    (await fromWorker).forEach((o, k) => {
      outputs[there[k]!] = o;
    });
    return outputs;
  };
  return {
    ahead(bytes) {
      // Native MD5 takes milliseconds where the renderer's would take a fifth of a second.
      md5.set(bytes, createHash('md5').update(bytes).digest('hex'));
      pending.push(
        onWorker([bytes]).then(([out]) => {
          deflated.set(bytes, out!);
        }),
      );
    },
    async help() {
      await Promise.all(pending);
      return { deflated, deflater, md5 };
    },
    close() {
      void worker.terminate();
    },
  };
}

/** Indices of `inputs` in two sets of about equal size in bytes, largest first. */
function halves(inputs: readonly Uint8Array[]): [number[], number[]] {
  const sets: [number[], number[]] = [[], []];
  const sizes = [0, 0];
  const order = inputs.map((_, i) => i).sort((a, b) => inputs[b]!.length - inputs[a]!.length);
  for (const i of order) {
    const k = sizes[0]! <= sizes[1]! ? 0 : 1;
    sets[k]!.push(i);
    sizes[k]! += inputs[i]!.length;
  }
  return sets;
}
