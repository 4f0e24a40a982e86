/** Small helpers shared by the benchmarks: timing, medians, machine description. */
import { cpus, totalmem } from 'node:os';

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
  readonly note?: string;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs `fn` for about `seconds`, returning operations per second. */
export async function rate(fn: () => Promise<number> | number, seconds: number): Promise<number> {
  const start = performance.now();
  let ops = 0;
  while (performance.now() - start < seconds * 1000) ops += await fn();
  return ops / ((performance.now() - start) / 1000);
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}/${process.arch}`;
}

export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}
