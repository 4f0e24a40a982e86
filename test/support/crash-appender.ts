/**
 * Child process for the crash test: appends without pause from 32 concurrent appenders and
 * prints one line per acknowledged append ("ack <index> <entry>") and per published checkpoint
 * ("checkpoint <base64 note>"), until it is killed.
 * Usage: node --import=tsx/esm crash-appender.ts <db dir> <seed hex> <run label>
 */
import { fromHex, toBase64 } from '../../src/core/encoding.ts';
import { makeIdentity, openRawLog, TEST_ORIGIN } from './log-fixture.ts';

const [dir, seedHex, run] = process.argv.slice(2) as [string, string, string];
const { log } = await openRawLog(dir, makeIdentity(TEST_ORIGIN, fromHex(seedHex)));
log.onCommit((head) => process.stdout.write(`checkpoint ${toBase64(head.note)}\n`));
process.stdout.write('ready\n');

let next = 0;
async function appender(): Promise<never> {
  for (;;) {
    const text = `run ${run} entry ${next++}`;
    const { index } = await log.append(new TextEncoder().encode(text));
    process.stdout.write(`ack ${index} ${text}\n`);
  }
}
await Promise.all(Array.from({ length: 32 }, appender));
