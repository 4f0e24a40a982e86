import { expect } from 'chai';
import { randomSeed } from '../../../src/core/crypto/ed25519.ts';
import type { Bundle } from '../../../src/core/ledger/bundle.ts';
import { mldsaCheckpointSigner, SIG_TYPE_MLDSA44 } from '../../../src/core/log/mldsa-note.ts';
import { formatSignatureLine, formatVerifierKey, parseNote } from '../../../src/core/log/note.ts';
import { type TrustPolicy, verifyBundle } from '../../../src/core/verify/verify-bundle.ts';
import { recordCrossBorderStory, STORY } from '../../support/cross-border-story.ts';
import { httpGet } from '../../support/http-client.ts';
import { LedgerClient } from '../../support/ledger-client.ts';
import { type RunningService, startService } from '../../support/service-fixture.ts';

describe('the verifier’s post-quantum policy (ML-DSA-44 checkpoint signature)', function () {
  this.timeout(60_000);
  let run: RunningService;
  let bundle: Bundle;
  let trust: TrustPolicy;
  const fails = (b: Bundle, t: TrustPolicy) => verifyBundle(b, t).checks.filter((c) => c.status === 'fail');

  before(async () => {
    run = await startService({ logMldsa44: 'on' });
    const c = LedgerClient.asAdminOf(run);
    await recordCrossBorderStory(c);
    const logKey = (await httpGet(run.base, '/log/key')).text.trim();
    const pqKey = (await httpGet(run.base, '/log/key/mldsa44')).text.trim();
    trust = { logKey, postQuantum: { key: pqKey, required: true } };
    bundle = (await c.get(`/v1/items/${STORY.image}/bundle`, 'de-ca')).json() as Bundle;
  });
  after(() => run.service.close());

  /** The bundle's checkpoint with its signature lines passed through `edit`. */
  const withLines = (edit: (lines: ReturnType<typeof parseNote>['signatures']) => typeof lines): Bundle => {
    const note = parseNote(bundle.checkpoint);
    return {
      ...bundle,
      checkpoint: `${note.text}\n${edit(note.signatures).map(formatSignatureLine).join('')}`,
    };
  };

  it('verifies a bundle whose checkpoint carries the pinned ML-DSA-44 signature, when required', () => {
    const result = verifyBundle(bundle, trust);
    expect(result.verdict).to.equal('verified');
    expect(result.checks.find((c) => c.id === 'post-quantum')).to.include({ status: 'pass' });
  });

  it('still verifies for a reader who pins only the Ed25519 key (the ML-DSA line is ignored)', () => {
    expect(verifyBundle(bundle, { logKey: trust.logKey }).verdict).to.equal('verified');
  });

  it('fails, naming the reason, when the required signature was stripped', () => {
    const stripped = withLines((lines) => lines.slice(0, 1));
    expect(fails(stripped, trust).map((c) => c.code)).to.deep.equal(['pq_signature_missing']);
    // Not required: a warning only.
    const relaxed = { ...trust, postQuantum: { ...trust.postQuantum!, required: false } };
    expect(verifyBundle(stripped, relaxed).verdict).to.equal('verified');
  });

  it('fails when the ML-DSA-44 signature does not verify (one bit flipped)', () => {
    const tampered = withLines((lines) =>
      lines.map((l, i) => {
        if (i !== 1) return l;
        const signature = l.signature.slice();
        signature[500]! ^= 0x40;
        return { ...l, signature };
      }),
    );
    const failed = fails(tampered, trust);
    expect(failed.map((c) => c.id)).to.include('checkpoint');
    expect(failed[0]!.detail).to.match(/does not verify/);
  });

  it('fails when the line is by another ML-DSA-44 key of the same name (a forger without the key)', () => {
    const forger = mldsaCheckpointSigner(run.config.origin, randomSeed());
    const forged = withLines((lines) => [
      lines[0]!,
      {
        name: forger.name,
        keyId: forger.keyId,
        signature: forger.sign(new TextEncoder().encode(parseNote(bundle.checkpoint).text)),
      },
    ]);
    expect(fails(forged, trust).map((c) => c.code)).to.deep.equal(['pq_signature_missing']);
    const pinnedForger = {
      ...trust,
      postQuantum: {
        key: formatVerifierKey(forger.name, SIG_TYPE_MLDSA44, forger.publicKey),
        required: true,
      },
    };
    expect(fails(bundle, pinnedForger).map((c) => c.code)).to.deep.equal(['pq_signature_missing']);
  });
});
