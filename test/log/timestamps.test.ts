import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { fromBase64 } from '../../src/core/encoding.ts';
import { certificatesFromPem, verifyTimestampToken } from '../../src/core/timestamp/verify-token.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';
import { TestTsa } from '../support/tsa-fixture.ts';

const run = promisify(execFile);

interface Timestamps {
  treeSize: number;
  note: string;
  timestamps: { tsaId: string; token: string }[];
}

async function until<T>(what: string, get: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await get();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('RFC 3161 timestamps on checkpoints (a real openssl ts TSA)', function () {
  this.timeout(90_000);
  let tsa: TestTsa;
  let svc: RunningService;
  let c: LedgerClient;
  const stamps = async (size: number) =>
    (await httpGet(svc.base, `/v1/checkpoints/${size}/timestamps`)).json() as Timestamps;
  const head = async () => Number((await httpGet(svc.base, '/log/checkpoint')).text.split('\n')[1]);
  const stamped = (size: number) =>
    until(`a token for size ${size}`, async () =>
      (await stamps(size)).timestamps.length ? stamps(size) : undefined,
    );

  before(async () => {
    tsa = await TestTsa.create();
    await tsa.start();
    svc = await startService({ tsaUrls: tsa.url, tsaIntervalMs: 100 });
    c = LedgerClient.asAdminOf(svc);
  });
  after(async () => {
    await svc.service.close();
    await tsa.stop();
    await removeTempDirs();
  });

  it('timestamps the latest checkpoint, serves the exact note bytes, and openssl ts -verify accepts them', async () => {
    await c.register('fr-inv', ['investigator']);
    const size = await head();
    const answer = await stamped(size);
    expect(answer.treeSize).to.equal(size);
    const note = fromBase64(answer.note);
    expect(new TextDecoder().decode(note).split('\n')[1]).to.equal(String(size));
    const reply = fromBase64(answer.timestamps[0]!.token);
    const roots = [{ name: 'test root', der: certificatesFromPem(await tsa.rootPem())[0]! }];
    expect(await verifyTimestampToken(reply, note, roots)).to.include({ ok: true, tsa: 'Custos Test TSA' });
    const dir = await tempDir('custos-tsverify');
    await writeFile(join(dir, 'note'), note);
    await writeFile(join(dir, 'reply.tsr'), reply);
    const verified = await run('openssl', [
      'ts',
      '-verify',
      '-data',
      join(dir, 'note'),
      '-in',
      join(dir, 'reply.tsr'),
      '-CAfile',
      join(tsa.dir, 'ca.crt'),
    ]);
    expect(verified.stdout).to.match(/Verification: OK/);
  });

  it('answers 404 for a size the log never signed', async () => {
    expect((await httpGet(svc.base, `/v1/checkpoints/${(await head()) + 5}/timestamps`)).status).to.equal(
      404,
    );
  });

  it('keeps appending while the TSA is down, says so, and timestamps the latest checkpoint once it is back', async () => {
    await tsa.stop();
    const before = await head();
    const started = Date.now();
    for (let i = 0; i < 5; i++) await c.register(`down-${i}`, ['investigator']);
    expect(Date.now() - started).to.be.below(5000); // no append waited for the TSA's timeout
    const after = await head();
    expect(after).to.equal(before + 5);
    const health = await until('the health page to show the TSA failing', async () => {
      const h = (await httpGet(svc.base, '/healthz')).json() as {
        status: string;
        timestampingAuthorities: { failures: number; lastError?: string }[];
      };
      return h.timestampingAuthorities[0]!.failures > 0 ? h : undefined;
    });
    expect(health.status).to.equal('ok');
    expect(health.timestampingAuthorities[0]!.lastError).to.be.a('string');
    expect((await httpGet(svc.base, '/metrics')).text).to.match(/custos_tsa_up\{tsa="[^"]+"\} 0/);
    expect((await stamps(after)).timestamps).to.deep.equal([]);
    await tsa.start();
    const late = await stamped(after);
    expect(late.timestamps).to.have.length(1);
    expect((await httpGet(svc.base, '/metrics')).text).to.match(/custos_tsa_up\{tsa="[^"]+"\} 1/);
  });

  it('asks at most about once per interval under a stream of commits', async () => {
    const first = tsa.requests;
    const started = Date.now();
    await Promise.all(Array.from({ length: 40 }, (_, i) => c.register(`burst-${i}`, ['investigator'])));
    await stamped(await head());
    const elapsedIntervals = (Date.now() - started) / 100;
    expect(tsa.requests - first).to.be.at.most(Math.ceil(elapsedIntervals) + 2);
  });
});
