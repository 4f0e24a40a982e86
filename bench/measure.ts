/** Small helpers shared by the benchmarks: timing, medians, machine description. */
import { readFileSync } from 'node:fs';
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

/**
 * CPU time a process has used so far, in ms: all its threads, and its main thread (for Node,
 * the event loop) alone. From /proc (Linux), in clock ticks of 10 ms; unlike wall time it does
 * not count the time another process held the core.
 */
export function threadTimes(pid: number): { all: number; main: number } {
  const ticks = (file: string) => {
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = readFileSync(file, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  return { all: ticks(`/proc/${pid}/stat`), main: ticks(`/proc/${pid}/task/${pid}/stat`) };
}

/**
 * CPU time, in ms, of this process's children that have exited and been waited for (with
 * theirs): a `custos verify` run to its end, or a browser once closed. From /proc (Linux).
 */
export function reapedChildrenCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}
