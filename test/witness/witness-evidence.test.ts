/**
 * Issue 21, findings 2 and 3: a witness records misbehaviour only when the record alone proves
 * it, refuses everything else with the tlog-witness status, rate-limits refusals per client and
 * does not grow under junk. Against real `custos witness serve` processes and a real log.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { fromUtf8, toBase64 } from '../../src/core/encoding.ts';
import { noteVerifierFromKey } from '../../src/core/log/note.ts';
import { checkForkEvidence } from '../../src/core/witness/fork-evidence.ts';
import { formatAddCheckpoint } from '../../src/core/witness/witness-protocol.ts';
import { parsePrivateKeyPem } from '../../src/keyring/key-files.ts';
import { loadLogIdentity } from '../../src/keyring/log-keys.ts';
import { runCli } from '../support/cli-runner.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { entryBytes, makeIdentity, openRawLog } from '../support/log-fixture.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';
import {
  addCheckpoint,
  startWitnessProcess,
  stopWitness,
  type WitnessProcess,
  witnessEvidence,
} from '../support/witness-process.ts';

const ORIGIN = 'custos.localhost/log';

async function bytesIn(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) total += (await stat(join(e.parentPath, e.name))).size;
  return total;
}

describe('witness evidence (issue 21: no fabricated forks or rollbacks)', function () {
  this.timeout(180_000);
  let dir: string;
  let run: RunningService;
  let logVkey: string;
  let logSeed: Uint8Array;
  let honest: WitnessProcess;
  let unlimited: WitnessProcess;

  /** A checkpoint the real log signed at `size`. */
  const genuine = async (size: number) => fromUtf8((await run.service.ledger.log.reader.checkpointAt(size))!);
  const proof = async (from: number, to: number) =>
    (await run.service.ledger.log.reader.consistencyProof(from, to)).proof;
  /** A log of `size` entries that differ from the real ones, signed with the real log key. */
  const forgedNote = async (name: string, size: number) => {
    const fork = await openRawLog(join(dir, name), makeIdentity(ORIGIN, logSeed));
    for (let i = 0; i < size; i++) await fork.log.append(entryBytes(i, `forged-${name}`));
    return fork;
  };

  before(async () => {
    dir = await tempDir('custos-witness-evidence');
    const keysDir = join(dir, 'keys');
    logVkey = (await loadLogIdentity(keysDir, ORIGIN)).verifierKey;
    logSeed = parsePrivateKeyPem(await readFile(join(keysDir, 'log.key'), 'utf8')).seed;
    run = await startService({ keysDir, dataDir: join(dir, 'data'), origin: ORIGIN });
    const c = LedgerClient.asAdminOf(run);
    for (let i = 0; i < 12; i++) await c.register(`officer-${i}`, ['investigator']);
    [honest, unlimited] = await Promise.all([
      startWitnessProcess(dir, 'honest.example', logVkey),
      startWitnessProcess(dir, 'unlimited.example', logVkey, ['--rate-limit', '0', '--refusal-limit', '0']),
    ]);
    // Both witnesses have seen the real log up to size 5.
    for (const w of [honest, unlimited])
      expect((await addCheckpoint(w, formatAddCheckpoint(0, [], await genuine(5)))).status).to.equal(200);
  });

  after(async () => {
    await run?.service.close();
    await Promise.all([honest, unlimited].filter(Boolean).map(stopWitness));
    await removeTempDirs();
  });

  it("refuses the review's forged fork and replayed rollback with the spec's statuses and records nothing", async () => {
    const size = run.service.ledger.log.head().checkpoint.size;
    // Finding 2: the genuine current checkpoint, the right old size, a made-up proof.
    const fakeProof = await addCheckpoint(
      honest,
      formatAddCheckpoint(5, [randomBytes(32)], await genuine(size)),
    );
    expect(fakeProof.status).to.equal(422);
    // Finding 3: an older checkpoint the log genuinely signed, replayed with the latest old size.
    const replay = await addCheckpoint(honest, formatAddCheckpoint(5, [], await genuine(3)));
    expect(replay.status).to.equal(400);
    const wrongOld = await addCheckpoint(honest, formatAddCheckpoint(4, [], await genuine(size)));
    expect([wrongOld.status, wrongOld.text]).to.deep.equal([409, '5\n']);
    expect(wrongOld.type).to.match(/^text\/x\.tlog\.size/);
    expect(await witnessEvidence(honest)).to.deep.equal([]);
    // The real extension is still cosigned afterwards.
    const real = await addCheckpoint(honest, formatAddCheckpoint(5, await proof(5, 7), await genuine(7)));
    expect(real.status).to.equal(200);
  });

  it('records a real fork (same size, other root, both signed by the log key) with a proof the offline check accepts', async () => {
    const fork = await forgedNote('same-size', 7);
    const answer = await addCheckpoint(honest, formatAddCheckpoint(7, [], fromUtf8(fork.log.head().note)));
    await fork.log.close();
    expect([answer.status, answer.text]).to.deep.equal([409, '7\n']);
    const evidence = await witnessEvidence(honest);
    expect(evidence).to.have.length(1);
    const verdict = checkForkEvidence(evidence[0], noteVerifierFromKey(logVkey));
    expect(verdict.proven, JSON.stringify(verdict)).to.equal(true);
    expect(evidence[0]).to.include({ origin: ORIGIN, witness: 'honest.example' });
  });

  it('records a fork at a larger size when the proof sent with it implies another root for the cosigned size', async () => {
    const fork = await forgedNote('diverged', 11);
    const forkProof = (await fork.log.reader.consistencyProof(7, 11)).proof;
    const note = fromUtf8(fork.log.head().note);
    await fork.log.close();
    const answer = await addCheckpoint(honest, formatAddCheckpoint(7, forkProof, note));
    expect(answer.status).to.equal(422);
    // The same pair again is not stored twice.
    expect((await addCheckpoint(honest, formatAddCheckpoint(7, forkProof, note))).status).to.equal(422);
    const evidence = await witnessEvidence(honest);
    expect(evidence).to.have.length(2);
    const diverged = evidence.find((e) => e.consistency !== undefined)!;
    expect(checkForkEvidence(diverged, noteVerifierFromKey(logVkey)).proven).to.equal(true);
  });

  it('`custos witness evidence` checks the records offline and rejects one that proves nothing', async () => {
    const ok = await runCli(['witness', 'evidence', honest.url, '--log-key', logVkey]);
    expect(ok.code, ok.stderr).to.equal(0);
    expect(ok.stdout.match(/^PROVEN /gm)).to.have.length(2);
    const [record] = await witnessEvidence(honest);
    // Two consistent genuine checkpoints, with a made-up "implied root": proves nothing.
    const bogus = {
      ...record,
      cosigned: await genuine(5),
      submitted: await genuine(9),
      consistency: {
        proof: (await proof(5, 9)).map((h) => toBase64(h)),
        impliedRoot: toBase64(randomBytes(32)),
      },
    };
    // A genuine record whose second checkpoint was altered after the log signed it.
    const altered = {
      ...record,
      submitted: String(record!.submitted).replace(
        /\n[A-Za-z0-9+/]{43}=\n/,
        `\n${toBase64(randomBytes(32))}\n`,
      ),
    };
    const file = join(dir, 'bogus.json');
    await writeFile(file, JSON.stringify({ evidence: [bogus, altered] }));
    const bad = await runCli(['witness', 'evidence', file, '--log-key', logVkey]);
    expect(bad.code, bad.stdout + bad.stderr).to.equal(1);
    expect(bad.stdout.match(/^NOT PROVEN /gm)).to.have.length(2);
  });

  it('1,000 anonymous junk submissions leave the evidence empty and the store bounded', async () => {
    const before = await bytesIn(unlimited.dataDir);
    const size = run.service.ledger.log.head().checkpoint.size;
    const current = await genuine(size);
    const impostor = await openRawLog(join(dir, 'impostor'), makeIdentity(ORIGIN));
    await impostor.log.append(entryBytes(0));
    const stranger = await openRawLog(join(dir, 'stranger'), makeIdentity('other.example/log'));
    await stranger.log.append(entryBytes(0));
    const junk: (() => Promise<string>)[] = [
      async () => randomBytes(200).toString('base64'),
      async () => formatAddCheckpoint(5, [randomBytes(32), randomBytes(32)], current),
      async () => formatAddCheckpoint(5, [], await genuine(1 + Math.floor(Math.random() * 4))),
      async () => formatAddCheckpoint(Math.floor(Math.random() * 1e6), [], current),
      async () => formatAddCheckpoint(0, [], fromUtf8(impostor.log.head().note)),
      async () => formatAddCheckpoint(0, [], fromUtf8(stranger.log.head().note)),
      async () =>
        `${current}${`\u2014 junk.example/${'x'.repeat(40)} ${toBase64(randomBytes(72))}\n`.repeat(90)}`,
      async () => formatAddCheckpoint(5, [], 'x'.repeat(70_000)),
    ];
    const statuses = new Map<number, number>();
    for (let i = 0; i < 1000; i++) {
      const answer = await addCheckpoint(unlimited, await junk[i % junk.length]!());
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    }
    await impostor.log.close();
    await stranger.log.close();
    expect(
      [...statuses.keys()].every((s) => s >= 400 && s < 500),
      JSON.stringify([...statuses]),
    ).to.equal(true);
    expect(await witnessEvidence(unlimited)).to.deep.equal([]);
    const grown = (await bytesIn(unlimited.dataDir)) - before;
    expect(grown, `the store grew by ${grown} bytes`).to.be.lessThan(4096);
  });

  it('answers 429 with Retry-After once a client has been refused 60 times in a minute', async () => {
    let refused = 0;
    let limited: Awaited<ReturnType<typeof addCheckpoint>> | undefined;
    for (let i = 0; i < 100 && !limited; i++) {
      const answer = await addCheckpoint(honest, formatAddCheckpoint(5, [], await genuine(2)));
      if (answer.status === 429) limited = answer;
      else refused++;
    }
    expect(limited, 'never rate-limited').to.not.equal(undefined);
    expect(Number(limited!.retryAfter)).to.be.within(1, 60);
    expect(refused).to.be.at.most(60);
  });
});
