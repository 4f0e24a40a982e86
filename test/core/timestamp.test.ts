import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { utf8 } from '../../src/core/encoding.ts';
import { readTimestampReply, timestampRequest } from '../../src/core/timestamp/rfc3161.ts';
import {
  certificatesFromPem,
  type TsaRoot,
  verifyTimestampToken,
} from '../../src/core/timestamp/verify-token.ts';
import { removeTempDirs } from '../support/temp-dir.ts';
import { TestTsa } from '../support/tsa-fixture.ts';

describe('RFC 3161 tokens from a real OpenSSL TSA, verified offline against a pinned root', function () {
  this.timeout(60_000);
  let tsa: TestTsa;
  let other: TestTsa;
  let roots: TsaRoot[];
  const note = utf8(
    'custos.localhost/log\n3\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n— custos.localhost/log AAAA\n',
  );
  const request = () => timestampRequest(note, new Uint8Array(randomBytes(8)));

  before(async () => {
    tsa = await TestTsa.create();
    other = await TestTsa.create('Another TSA');
    roots = [{ name: 'Test root', der: certificatesFromPem(await tsa.rootPem())[0]! }];
  });
  after(() => removeTempDirs());

  it('accepts a good token: imprint, nonce, signature, critical timestamping EKU, chain to the pinned root', async () => {
    const req = request();
    const reply = await tsa.answer(req.der);
    const { genTime } = readTimestampReply(reply, req);
    const result = await verifyTimestampToken(reply, note, roots);
    expect(result).to.include({
      ok: true,
      root: 'Test root',
      tsa: 'Custos Test TSA',
      genTime: genTime.toISOString(),
    });
    if (!result.ok) return;
    // accuracy secs:1 in the TSA's configuration: the bound is one second after genTime.
    expect(Date.parse(result.upperBound) - genTime.getTime()).to.equal(1000);
  });

  it('sends every nonce in minimal DER, so a TSA accepts one whose random bytes start with zeros', async () => {
    // OpenSSL refuses a non-minimal INTEGER (PKIStatus 2): one random 8-byte nonce in 512 used
    // to start 00 0x (x < 8) and made the log or the report signer fail without a token.
    for (const nonce of [
      Uint8Array.of(0, 0x12, 3, 4, 5, 6, 7, 8),
      Uint8Array.of(0, 0, 0, 0x80, 5, 6, 7, 8),
      new Uint8Array(8),
      Uint8Array.of(0xff, 1, 2, 3, 4, 5, 6, 7),
    ]) {
      const req = timestampRequest(note, nonce);
      const { genTime } = readTimestampReply(await tsa.answer(req.der), req);
      expect(genTime.getTime(), [...nonce].join(',')).to.be.greaterThan(0);
      expect(req.nonce.length === 1 || req.nonce[0] !== 0 || req.nonce[1]! >= 0x80).to.equal(true);
    }
  });

  it('refuses a token over other data (imprint mismatch), in the log and in the verifier', async () => {
    const req = request();
    const reply = await tsa.answer(timestampRequest(utf8('other data'), req.nonce.slice(-8)).der);
    expect(() => readTimestampReply(reply, req)).to.throw(/other data/);
    expect(await verifyTimestampToken(reply, note, roots)).to.include({
      ok: false,
      code: 'tsa_imprint_mismatch',
    });
  });

  it('refuses a token by a TSA that does not chain to a pinned root', async () => {
    const reply = await other.answer(request().der);
    const result = await verifyTimestampToken(reply, note, roots);
    expect(result).to.include({ ok: false, code: 'tsa_untrusted' });
    expect(await verifyTimestampToken(reply, note, [])).to.include({ ok: false, code: 'tsa_untrusted' });
  });

  it('refuses a token signed with a certificate that had expired at genTime', async () => {
    const reply = await tsa.answer(request().der, 'expired');
    const result = await verifyTimestampToken(reply, note, roots);
    expect(result).to.deep.include({ ok: false, code: 'tsa_bad_certificate' });
    expect(result.ok ? '' : result.reason).to.match(/not valid at/);
  });

  it('refuses a token signed with a certificate of the pinned CA made for another purpose', async () => {
    const genuine = await tsa.answer(request().der);
    const wrong = await tsa.resignWithWrongPurpose(genuine);
    const result = await verifyTimestampToken(wrong, note, roots);
    expect(result).to.include({ ok: false, code: 'tsa_bad_certificate' });
    expect(result.ok ? '' : result.reason).to.match(/not for timestamping.*1\.3\.6\.1\.5\.5\.7\.3\.3/);
  });

  it('refuses a token whose signature was tampered with', async () => {
    const reply = new Uint8Array(await tsa.answer(request().der));
    reply[reply.length - 5]! ^= 0x01; // inside the ECDSA signature, the last field of the token
    const result = await verifyTimestampToken(reply, note, roots);
    expect(result.ok).to.equal(false);
  });

  it('refuses a reply that is not a granted TimeStampResp', async () => {
    expect(await verifyTimestampToken(utf8('not DER'), note, roots)).to.include({
      ok: false,
      code: 'tsa_malformed',
    });
  });
});
