import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { expect } from 'chai';
import { publicKeyFromSeed } from '../../src/core/crypto/ed25519.ts';
import { concatBytes, fromUtf8, toBase64, utf8 } from '../../src/core/encoding.ts';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { formatSignatureLine, noteVerifierFromKey, openNote } from '../../src/core/log/note.ts';
import { verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import {
  cosign,
  cosignatureMessage,
  cosignatureVerifierFromKey,
} from '../../src/core/witness/cosignature.ts';
import { formatAddCheckpoint } from '../../src/core/witness/witness-protocol.ts';
import { nodeSigner } from '../../src/crypto/node-ed25519.ts';
import { loadLogIdentity } from '../../src/keyring/log-keys.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient, now } from '../support/ledger-client.ts';
import { entryBytes, makeIdentity, openRawLog } from '../support/log-fixture.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';
import { readVector } from '../support/vectors.ts';
import {
  addCheckpoint,
  startWitnessProcess,
  stopWitness,
  type WitnessProcess,
} from '../support/witness-process.ts';

describe('witnesses', function () {
  this.timeout(120_000);
  let dir: string;
  let w1: WitnessProcess;
  let w2: WitnessProcess;
  let run: RunningService;
  let c: LedgerClient;
  let logVkey: string;

  const checkpointWith = async (count: number): Promise<string> => {
    for (let i = 0; i < 100; i++) {
      const note = (await httpGet(run.base, '/log/checkpoint')).text;
      if (note.split('\n— ').length - 1 >= count + 1) return note;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no checkpoint with ${count} cosignatures`);
  };

  before(async () => {
    dir = await tempDir('custos-witness');
    const keysDir = join(dir, 'keys');
    const origin = 'custos.localhost/log';
    logVkey = (await loadLogIdentity(keysDir, origin)).verifierKey;
    [w1, w2] = await Promise.all([
      startWitnessProcess(dir, 'w1.example', logVkey),
      startWitnessProcess(dir, 'w2.example', logVkey),
    ]);
    const witnesses = JSON.stringify([w1, w2].map((w) => ({ url: w.url, verifierKey: w.vkey })));
    run = await startService({ keysDir, dataDir: join(dir, 'data'), origin, witnesses });
    c = LedgerClient.asAdminOf(run);
    await c.register('fr-inv', ['investigator']);
    await c.openCase('fr-inv~c1', 'fr-inv');
    await c.seize('fr-inv~disk', 'fr-inv~c1', 'fr-inv');
  });

  after(async () => {
    await run?.service.close();
    await Promise.all([w1, w2].filter(Boolean).map(stopWitness));
    await removeTempDirs();
  });

  it('serves checkpoints cosigned by both witnesses, verifiable with their published keys', async () => {
    const note = await checkpointWith(2);
    const opened = openNote(note, [
      noteVerifierFromKey(logVkey),
      cosignatureVerifierFromKey(w1.vkey),
      cosignatureVerifierFromKey(w2.vkey),
    ]);
    expect(opened.verifiedBy.map((v) => v.name).sort()).to.deep.equal([
      'custos.localhost/log',
      'w1.example',
      'w2.example',
    ]);
  });

  it('exports a bundle that a 2-of-2 witness policy accepts', async () => {
    const bundle = (await c.get('/v1/items/fr-inv~disk/bundle', 'fr-inv')).json() as Bundle;
    const result = verifyBundle(bundle, {
      logKey: logVkey,
      witnesses: { keys: [w1.vkey, w2.vkey], threshold: 2 },
    });
    expect(result.verdict, JSON.stringify(result.checks.filter((x) => x.status === 'fail'))).to.equal(
      'verified',
    );
    expect(result.checkpoint?.cosignedBy.slice().sort()).to.deep.equal(['w1.example', 'w2.example']);
    expect(bundle.witnesses.map((w) => w.name).sort()).to.deep.equal(['w1.example', 'w2.example']);
    // The cosignatures' timestamps date every entry: an upper bound, never before its loggedAt.
    expect(result.timeline.length).to.be.greaterThan(0);
    for (const e of result.timeline) {
      expect(e.loggedNoLaterThan?.source).to.match(/^witness w[12]\.example$/);
      expect(Date.parse(e.loggedNoLaterThan!.at)).to.be.at.least(Date.parse(e.loggedAt));
    }
  });

  it('keeps appending when a witness is down, and says which witnesses cosigned', async () => {
    await stopWitness(w2);
    const started = Date.now();
    for (let i = 0; i < 20; i++) {
      await c.ok(
        'custody.event',
        {
          item: 'fr-inv~disk',
          type: 'annotated',
          text: `note ${i}`,
          prev: await c.prev('fr-inv~disk', 'fr-inv'),
          occurredAt: now(),
        },
        'fr-inv',
      );
    }
    expect(Date.now() - started).to.be.lessThan(10_000);
    const note = await checkpointWith(1);
    const opened = openNote(note, [
      noteVerifierFromKey(logVkey),
      cosignatureVerifierFromKey(w1.vkey),
      cosignatureVerifierFromKey(w2.vkey),
    ]);
    expect(opened.verifiedBy.map((v) => v.name).sort()).to.deep.equal(['custos.localhost/log', 'w1.example']);
    const status = run.service.witnesses.status();
    expect(status.find((s) => s.name === 'w2.example')?.lastError).to.be.a('string');
  });

  it('fails a 2-of-2 policy on a bundle only one witness cosigned, naming the missing witness', async () => {
    const bundle = (await c.get('/v1/items/fr-inv~disk/bundle', 'fr-inv')).json() as Bundle;
    const result = verifyBundle(bundle, {
      logKey: logVkey,
      witnesses: { keys: [w1.vkey, w2.vkey], threshold: 2 },
    });
    expect(result.verdict).to.equal('failed');
    const check = result.checks.find((x) => x.id === 'witnesses')!;
    expect(check.status).to.equal('fail');
    expect(check.detail).to.match(/missing: w2\.example/);
  });

  it('answers 404 for a log it does not follow and 403 for a bad signature', async () => {
    const stranger = makeIdentity('other.example/log');
    const log = await openRawLog(join(dir, 'stranger'), stranger);
    await log.log.append(entryBytes(0));
    expect(
      (await addCheckpoint(w1, formatAddCheckpoint(0, [], fromUtf8(log.log.head().note)))).status,
    ).to.equal(404);
    const impostor = await openRawLog(join(dir, 'impostor'), makeIdentity('custos.localhost/log'));
    await impostor.log.append(entryBytes(0));
    expect(
      (await addCheckpoint(w1, formatAddCheckpoint(0, [], fromUtf8(impostor.log.head().note)))).status,
    ).to.equal(403);
    await log.log.close();
    await impostor.log.close();
  });
});

describe('cosignature lines (C2SP tlog-cosignature)', () => {
  it('are byte-exact: key ID, big-endian timestamp, Ed25519 over the cosignature/v1 message', () => {
    const seed = new Uint8Array(32).fill(7);
    const publicKey = publicKeyFromSeed(seed);
    const text = 'example.com/log\n42\nRMC5yV4V5OqvWLn/3X0+Eoak1rmHKKjhjCv0g9Y2lHk=\n';
    const line = formatSignatureLine(
      cosign(text, { name: 'witness.example/w1', seed, publicKey }, 1767139200n),
    );
    // Built independently with OpenSSL: the expected bytes of the line.
    const signature = nodeSigner(seed, publicKey)(utf8(`cosignature/v1\ntime 1767139200\n${text}`));
    const id = createHash('sha256')
      .update(concatBytes(utf8('witness.example/w1\n'), Uint8Array.of(0x04), publicKey))
      .digest()
      .subarray(0, 4);
    const ts = new Uint8Array(8);
    new DataView(ts.buffer).setBigUint64(0, 1767139200n);
    expect(line).to.equal(
      `\u2014 witness.example/w1 ${toBase64(concatBytes(id, ts, new Uint8Array(signature)))}\n`,
    );
    expect(toBase64(cosignatureMessage(text, 1767139200n))).to.equal(
      toBase64(utf8(`cosignature/v1\ntime 1767139200\n${text}`)),
    );
  });

  it('verify against the cosignatures Sunlight published with its witness test vectors', () => {
    const note = readVector(
      'sunlight-witness',
      'mirror',
      '000de184301123b9278c086a7d9f68c9577e83872224c197058fd90784ea9706',
      'checkpoint',
    ).toString();
    const witness = readVector(
      'sunlight-witness',
      '000de184301123b9278c086a7d9f68c9577e83872224c197058fd90784ea9706',
      'checkpoint',
    ).toString();
    const mirror = cosignatureVerifierFromKey(
      'mirror.example.org+3fb148ef+BAAjjch9GyYz0sJsJx7ALhbdAtz2ov0unbzSl1vMp94O',
    );
    const w = cosignatureVerifierFromKey(
      'witness.example.org+b8a2cf20+BFLN3yikSfFkVAJtrnh/CiY3Zozkoy7clp+P7XB28qUN',
    );
    expect(openNote(note, [mirror]).verifiedBy.map((v) => v.name)).to.deep.equal(['mirror.example.org']);
    expect(openNote(witness, [w]).verifiedBy.map((v) => v.name)).to.deep.equal(['witness.example.org']);
  });
});
