/**
 * Child process for the crash test: appends without pause from 32 concurrent appenders and
 * prints one line per acknowledged append ("ack <index> <entry>") and per published checkpoint
 * ("checkpoint <base64 note>"), until it is killed.
 * Usage: node --import=tsx/esm crash-appender.ts <db dir or postgres URL> <seed hex> <run label>
 */
import { fromHex, toBase64 } from '../../src/core/encoding.ts';
import { isPostgresUrl } from '../../src/storage/store-location.ts';
import { makeIdentity, openRawLog, TEST_ORIGIN } from './log-fixture.ts';
import { levelKind, postgresKind } from './store-kinds.ts';

const [location, seedHex, run] = process.argv.slice(2) as [string, string, string];
const kind = isPostgresUrl(location) ? postgresKind : levelKind;
const { log } = await openRawLog(location, makeIdentity(TEST_ORIGIN, fromHex(seedHex)), kind);
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
