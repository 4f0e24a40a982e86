/**
 * Witnessing across the border (docs/witnessing.md): each state runs a witness that cosigns the
 * other state's log, and each service pins the other log with a witness policy that requires its
 * own state's witness. Two real logs, two real witness processes: the story goes through only
 * because the transfer package carries A's checkpoint cosigned by B's own witness (and the
 * receipt's proof B's checkpoint cosigned by A's); without that cosignature the import is
 * refused (`witness_quorum`).
 */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { importPayload } from '../../src/cli/transfer-package.ts';
import { readTrustStore, writeTrustStore } from '../../src/cli/trust-store-file.ts';
import { CustosClient, ServiceError } from '../../src/client/custos-client.ts';
import { parseTlogProof } from '../../src/core/log/tlog-proof.ts';
import { pinLog, setWitnessPolicy } from '../../src/core/verify/trust-store.ts';
import { verifyTransfer } from '../../src/core/verify/verify-transfer.ts';
import { readPrivateKeyFile } from '../../src/keyring/key-files.ts';
import { loadLogIdentity } from '../../src/keyring/log-keys.ts';
import { type ServerProcess, startServerProcess } from '../support/server-process.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';
import { startWitnessProcess, stopWitness, type WitnessProcess } from '../support/witness-process.ts';

const run = promisify(execFile);
const DEMO = new URL('../../scripts/demo-cross-border.ts', import.meta.url).pathname;
const A_ORIGIN = 'custos.test-az.example/log';
const B_ORIGIN = 'custos.test-de.example/log';

// biome-ignore lint/suspicious/noExplicitAny: a package is edited as plain JSON to tamper with it.
type Json = any;

describe('witnessing across the border', function () {
  this.timeout(300_000);
  let a: ServerProcess;
  let b: ServerProcess;
  let witnessOfB: WitnessProcess;
  let witnessOfA: WitnessProcess;
  let dirB: string;
  let out: string;
  let aKey: string;

  /** A service's pin for the other log: its key, and its own state's witness required. */
  async function pinWithWitness(keysDir: string, key: string, url: string, witness: WitnessProcess) {
    const env = { CUSTOS_TRUST_STORE: join(keysDir, 'trust.json') };
    const pinned = pinLog(await readTrustStore(env), key, {
      how: 'explicit',
      at: new Date().toISOString(),
      url,
    });
    await writeTrustStore(
      setWitnessPolicy(pinned, key.split('+')[0]!, { keys: [witness.vkey], threshold: 1 }),
      env,
    );
  }

  before(async () => {
    const dirA = await tempDir('custos-a');
    [dirB, out] = [await tempDir('custos-b'), await tempDir('custos-out')];
    aKey = (await loadLogIdentity(join(dirA, 'keys'), A_ORIGIN)).verifierKey;
    const bKey = (await loadLogIdentity(join(dirB, 'keys'), B_ORIGIN)).verifierKey;
    // Germany's witness watches Azerbaijan's log, and Azerbaijan's watches Germany's.
    [witnessOfB, witnessOfA] = await Promise.all([
      startWitnessProcess(dirB, 'witness.bfj.test-de.example', aKey),
      startWitnessProcess(dirA, 'witness.sss.test-az.example', bKey),
    ]);
    const witnessed = (w: WitnessProcess) => JSON.stringify([{ url: w.url, verifierKey: w.vkey }]);
    [a, b] = await Promise.all([
      startServerProcess(dirA, { CUSTOS_ORIGIN: A_ORIGIN, CUSTOS_WITNESSES: witnessed(witnessOfB) }),
      startServerProcess(dirB, { CUSTOS_ORIGIN: B_ORIGIN, CUSTOS_WITNESSES: witnessed(witnessOfA) }),
    ]);
    await pinWithWitness(join(dirB, 'keys'), aKey, a.url, witnessOfB);
    await pinWithWitness(join(dirA, 'keys'), bKey, b.url, witnessOfA);
    const env = {
      ...process.env,
      CUSTOS_URL_A: a.url,
      CUSTOS_URL_B: b.url,
      CUSTOS_KEYS_DIR_A: join(dirA, 'keys'),
      CUSTOS_KEYS_DIR_B: join(dirB, 'keys'),
      DEMO_OUT: out,
    };
    await run(process.execPath, ['--import=tsx/esm', DEMO], { env });
  });

  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await Promise.all([witnessOfA, witnessOfB].filter(Boolean).map(stopWitness));
    await removeTempDirs();
  });

  it("imports and receipts only with checkpoints the receiving state's own witness cosigned", async () => {
    const files = await readdir(out);
    const pkg = JSON.parse(await readFile(join(out, files.find((f) => f.startsWith('transfer-'))!), 'utf8'));
    const proof = parseTlogProof(pkg.disclosure.tlogProof);
    expect(proof.checkpoint).to.include(`— ${witnessOfB.name} `);
    const policy = { keys: [witnessOfB.vkey], threshold: 1 };
    expect(verifyTransfer(pkg, { logKey: aKey, witnesses: policy }).cosignedBy).to.deep.equal([
      witnessOfB.name,
    ]);
    const receipt = parseTlogProof(
      await readFile(join(out, files.find((f) => f.startsWith('import-'))!), 'utf8'),
    );
    expect(receipt.checkpoint).to.include(`— ${witnessOfA.name} `);
  });

  it("refuses, in B's service, a package whose checkpoint lacks B's witness's cosignature", async () => {
    const files = await readdir(out);
    const pkg: Json = JSON.parse(
      await readFile(join(out, files.find((f) => f.startsWith('transfer-'))!), 'utf8'),
    );
    const stripped: Json = structuredClone(pkg);
    stripped.disclosure.tlogProof = pkg.disclosure.tlogProof
      .split('\n')
      .filter((l: string) => !l.startsWith(`— ${witnessOfB.name} `))
      .join('\n');
    expect(() =>
      verifyTransfer(stripped, { logKey: aKey, witnesses: { keys: [witnessOfB.vkey], threshold: 1 } }),
    )
      .to.throw()
      .with.property('code', 'witness_quorum');
    const bfj = new CustosClient(b.url, {
      actor: 'de-bfj-weber',
      seed: (await readPrivateKeyFile(join(dirB, 'keys', 'demo-cross-border', 'de-bfj-weber.key'))).seed,
    });
    const payload = importPayload(stripped, verifyTransfer(stripped, { logKey: aKey }), {
      id: 'de-bfj-weber~unwitnessed',
      case: 'unused',
      request: 'unused',
      receivedAt: new Date().toISOString(),
    });
    const refused = await bfj.importTransfer(stripped, payload).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).to.be.instanceOf(ServiceError);
    expect((refused as ServiceError).problem.code).to.equal('witness_quorum');
  });
});
