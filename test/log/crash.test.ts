import { type ChildProcess, spawn } from 'node:child_process';
import { expect } from 'chai';
import { randomSeed } from '../../src/core/crypto/ed25519.ts';
import { fromBase64, fromUtf8, toHex } from '../../src/core/encoding.ts';
import { openCheckpoint } from '../../src/core/log/checkpoint.ts';
import { verifyConsistency } from '../../src/core/log/proof-verify.ts';
import { auditLog } from '../../src/log/audit.ts';
import { makeIdentity, openRawLog, TEST_ORIGIN } from '../support/log-fixture.ts';
import { STORE_KINDS } from '../support/store-kinds.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

const CHILD = new URL('../support/crash-appender.ts', import.meta.url).pathname;
const KILLS = 12;

interface RunOutput {
  acks: Map<number, string>;
  checkpoints: string[];
}

/** Starts the appender, lets it run a random while, kills it with SIGKILL mid-flight. */
async function runAndKill(dir: string, seedHex: string, run: number): Promise<RunOutput> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import=tsx/esm', CHILD, dir, seedHex, String(run)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const out: RunOutput = { acks: new Map(), checkpoints: [] };
  let buffer = '';
  let ready: () => void;
  const started = new Promise<void>((r) => {
    ready = r;
  });
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines) {
      if (line === 'ready') ready();
      else if (line.startsWith('ack ')) {
        const [, index, ...text] = line.split(' ');
        out.acks.set(Number(index), text.join(' '));
      } else if (line.startsWith('checkpoint ')) out.checkpoints.push(line.slice(11));
    }
  });
  const exited = new Promise((r) => child.on('exit', r));
  await started;
  await new Promise((r) => setTimeout(r, 50 + Math.random() * 400));
  child.kill('SIGKILL');
  await exited;
  return out;
}

for (const kind of STORE_KINDS)
  describe(`crash safety on ${kind.name}`, function () {
    this.timeout(180_000);
    afterEach(removeTempDirs);

    it(`keeps every acknowledged append across ${KILLS} SIGKILLs, with a clean audit and consistent checkpoints`, async () => {
      const dir = await kind.newLocation();
      const seed = randomSeed();
      const identity = makeIdentity(TEST_ORIGIN, seed);
      const acknowledged = new Map<number, string>();
      const published: string[] = [];
      let lost = 0;

      for (let run = 0; run < KILLS; run++) {
        const out = await runAndKill(dir, toHex(seed), run);
        for (const [index, text] of out.acks) {
          expect(acknowledged.has(index), `index ${index} acknowledged twice`).to.equal(false);
          acknowledged.set(index, text);
        }
        published.push(...out.checkpoints);

        const { log, store } = await openRawLog(dir, identity, kind);
        const head = openCheckpoint(log.head().note, identity.verifier).checkpoint;
        for (const [index, text] of acknowledged) {
          const entry = index < head.size ? await log.reader.entry(index) : undefined;
          if (!entry || fromUtf8(entry) !== text) lost++;
        }
        for (const note of out.checkpoints) {
          const old = openCheckpoint(fromBase64(note), identity.verifier).checkpoint;
          expect(old.size).to.be.at.most(head.size);
          if (old.size === 0) continue;
          const proof = await log.reader.consistencyProof(old.size, head.size);
          verifyConsistency(old.size, head.size, proof.proof, old.rootHash, head.rootHash);
        }
        const audit = await auditLog(store, identity.verifier);
        expect(audit.findings, `audit after kill ${run + 1}`).to.deep.equal([]);
        await log.close();
      }

      console.log(
        `      ${KILLS} kills, ${acknowledged.size} acknowledged appends, ${published.length} checkpoints seen, ${lost} lost`,
      );
      expect(lost).to.equal(0);
      expect(acknowledged.size).to.be.greaterThan(KILLS * 10);
    });
  });
