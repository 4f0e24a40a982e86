/**
 * /verify reads the witness policy the reader shows for each other log through the core trust
 * store, as `custos trust add --witness` keeps it and `custos verify` reads it (explicitPins): the
 * same rules (cosignature keys, each witness once, 1 ≤ k ≤ n) and the same pins. A row left empty
 * is the log's key alone, even when this browser remembers a policy for it; a trust store file's
 * pins come with their policies.
 */
import { expect } from 'chai';
import { publicKeyFromSeed, randomSeed } from '../../src/core/crypto/ed25519.ts';
import { formatVerifierKey, SIG_TYPE_COSIGNATURE_V1, SIG_TYPE_ED25519 } from '../../src/core/log/note.ts';
import { emptyTrustStore, pinLog, setWitnessPolicy } from '../../src/core/verify/trust-store.ts';
import { trustFilePins } from '../../src/web/verify-page/other-logs.ts';
import { readTrust } from '../../src/web/verify-page/trust.ts';

describe('/verify, the witness policy of another log', () => {
  const origin = 'custos.az.example/log';
  const logKey = formatVerifierKey(origin, SIG_TYPE_ED25519, publicKeyFromSeed(randomSeed()));
  const witness = (name: string) =>
    formatVerifierKey(name, SIG_TYPE_COSIGNATURE_V1, publicKeyFromSeed(randomSeed()));
  const [w1, w2] = [witness('w1.example'), witness('w2.example')];
  const fields = {
    logKey: 'custos.de.example/log+00000000+AA==',
    witnessKeys: '',
    threshold: '',
    knownCheckpoint: '',
    tsaRoots: '',
    pqKey: '',
    otherLogs: logKey,
  };
  const row = (witnessKeys: string, threshold = '') => new Map([[origin, { witnessKeys, threshold }]]);

  it('pins the key with the policy shown, k of n, all of them when k is empty', () => {
    const two = readTrust(fields, emptyTrustStore(), row(`${w1}\n\n ${w2} \n`));
    expect(two.ok && two.policy.otherLogs?.(origin)).to.deep.equal({
      logKey,
      witnesses: { keys: [w1, w2], threshold: 2 },
    });
    const one = readTrust(fields, emptyTrustStore(), row(`${w1}\n${w2}`, '1'));
    expect(one.ok && one.policy.otherLogs?.(origin)?.witnesses?.threshold).to.equal(1);
    expect(readTrust(fields).ok && readTrust(fields).ok).to.equal(true);
  });

  it('refuses a witness named twice, a key that is not a witness’s, and a k no set of them meets', () => {
    for (const [keys, threshold, key] of [
      [`${w1}\n${w1}`, '2', 'page.badOtherLogWitnesses'],
      [`${w1}\n${logKey}`, '', 'page.badOtherLogWitnesses'],
      [`${w1}\n${w2}`, '3', 'page.badOtherLogThreshold'],
      [`${w1}\n${w2}`, '0', 'page.badOtherLogThreshold'],
      [`${w1}\n${w2}`, 'two', 'page.badOtherLogThreshold'],
    ] as const) {
      const r = readTrust(fields, emptyTrustStore(), row(keys, threshold));
      expect(r, `${keys} ${threshold}`).to.deep.include({ ok: false, field: 'otherLogs', origin });
      expect(!r.ok && r.message.key).to.equal(key);
    }
  });

  it('uses what the page shows: an empty row is the key alone, even with a policy remembered', () => {
    const remembered = setWitnessPolicy(
      pinLog(emptyTrustStore(), logKey, { how: 'explicit', at: '2026-12-03T00:00:00.000Z' }),
      origin,
      { keys: [w1], threshold: 1 },
    );
    const r = readTrust(fields, remembered, row(''));
    expect(r.ok && r.policy.otherLogs?.(origin)).to.deep.equal({ logKey });
    // An origin remembered but not in the field is not pinned for this verification.
    const other = readTrust({ ...fields, otherLogs: '' }, remembered);
    expect(other.ok && other.policy.otherLogs).to.equal(undefined);
  });

  it('loads a trust store file’s explicit pins with their policies, and nothing from a file the core refuses', () => {
    const at = '2026-12-03T00:00:00.000Z';
    const store = setWitnessPolicy(pinLog(emptyTrustStore(), logKey, { how: 'explicit', at }), origin, {
      keys: [w1, w2],
      threshold: 1,
    });
    const pins = trustFilePins(JSON.stringify(store));
    expect(pins?.keys).to.deep.equal([logKey]);
    expect(pins?.policies.get(origin)).to.deep.equal({ keys: [w1, w2], threshold: 1 });
    const twice = structuredClone(store) as unknown as {
      logs: Record<string, { witnesses: { keys: string[] } }>;
    };
    twice.logs[origin]!.witnesses.keys = [w1, w1];
    const firstUse = pinLog(emptyTrustStore(), logKey, { how: 'first-use', at });
    for (const bad of [twice, firstUse, { format: 'custos-bundle/v2' }])
      expect(trustFilePins(JSON.stringify(bad)), JSON.stringify(bad)).to.equal(undefined);
  });
});
