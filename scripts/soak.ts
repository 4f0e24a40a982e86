/**
 * `npm run soak`: the full crash soak — a server under signed-event load from 64 clients,
 * killed with SIGKILL 20 times at random moments. Prints the figures; exits non-zero if any
 * acknowledged event was lost, any checkpoint was inconsistent or the audit found anything.
 * SOAK_KILLS and SOAK_CLIENTS override the defaults.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crashSoak } from '../test/support/soak.ts';

const dir = await mkdtemp(join(tmpdir(), 'custos-soak-'));
const kills = Number(process.env.SOAK_KILLS ?? 20);
const clients = Number(process.env.SOAK_CLIENTS ?? 64);
const started = Date.now();
const result = await crashSoak({
  dir,
  kills,
  clients,
  maxRunMs: 2000,
  log: (l) => process.stderr.write(`${l}\n`),
});
await rm(dir, { recursive: true, force: true });
process.stdout.write(
  `crash soak: ${result.kills} SIGKILLs under ${clients} clients in ${((Date.now() - started) / 1000).toFixed(0)} s\n` +
    `  acknowledged events: ${result.acknowledged}\n  lost acknowledged events: ${result.lost}\n` +
    `  checkpoints seen: ${result.checkpointsSeen}, inconsistent with the final head: ${result.inconsistent}\n` +
    `  final tree size: ${result.finalSize}, audit findings: ${result.auditFindings}\n`,
);
process.exit(result.lost || result.inconsistent || result.auditFindings ? 1 : 0);
