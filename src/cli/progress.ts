/**
 * A progress bar (bytes, rate, ETA) for long hashes, drawn on stderr only when stderr is a
 * terminal: piped or redirected output stays exactly what `sha256sum` would print.
 * @module
 */
import { SingleBar } from 'cli-progress';

export interface Progress {
  add(bytes: number): void;
  stop(): void;
}

const NONE: Progress = { add: () => undefined, stop: () => undefined };

const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

export function progressBar(
  totalBytes: number,
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  if (!stream.isTTY || totalBytes < 8 * 2 ** 20) return NONE;
  const bar = new SingleBar({
    stream,
    format: `${label} [{bar}] {percentage}% {done}/{total} MiB {rate} MiB/s ETA {eta_formatted}`,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
  });
  const started = Date.now();
  let done = 0;
  bar.start(totalBytes, 0, { done: '0.0', total: mib(totalBytes), rate: '0' });
  return {
    add(bytes) {
      done += bytes;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(done, {
        done: mib(done),
        total: mib(totalBytes),
        rate: (done / 2 ** 20 / seconds).toFixed(0),
      });
    },
    stop: () => bar.stop(),
  };
}
