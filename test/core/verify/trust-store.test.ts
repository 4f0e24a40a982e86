import { expect } from 'chai';
import { publicKeyFromSeed, randomSeed } from '../../../src/core/crypto/ed25519.ts';
import { signCheckpoint } from '../../../src/core/log/checkpoint.ts';
import {
  ed25519NoteSigner,
  formatVerifierKey,
  SIG_TYPE_COSIGNATURE_V1,
  SIG_TYPE_ED25519,
} from '../../../src/core/log/note.ts';
import {
  emptyTrustStore,
  explicitPins,
  pinLog,
  rememberCheckpoint,
  removeLog,
  requireConfirmed,
  requireTrusted,
  setWitnessPolicy,
} from '../../../src/core/verify/trust-store.ts';
import { parseTrustStore } from '../../../src/core/verify/trust-store-format.ts';

const at = '2026-12-03T08:00:00.000Z';

function aLog(origin: string) {
  const seed = randomSeed();
  const pub = publicKeyFromSeed(seed);
  const signer = ed25519NoteSigner(origin, seed, pub);
  return {
    key: formatVerifierKey(origin, SIG_TYPE_ED25519, pub),
    checkpoint: (size: number, fill = size) =>
      signCheckpoint({ origin, size, rootHash: new Uint8Array(32).fill(fill), extensions: [] }, signer),
  };
}

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return 'no error';
};

describe('the trust store', () => {
  const az = aLog('custos.justice.gov.az/log');
  const de = aLog('custos.bfj.bund.de/log');

  it('pins one key per origin, and pinning the same key again changes nothing', () => {
    const once = pinLog(emptyTrustStore(), az.key, { how: 'explicit', at });
    expect(pinLog(once, az.key, { how: 'first-use', at })).to.equal(once);
    const both = pinLog(once, de.key, { how: 'first-use', at, acceptNew: true });
    expect(Object.keys(both.logs)).to.have.members(['custos.justice.gov.az/log', 'custos.bfj.bund.de/log']);
    expect(parseTrustStore(JSON.parse(JSON.stringify(both)))).to.deep.equal(both);
  });

  it('refuses a first-use pin of a new origin from a URL another origin is pinned for', () => {
    const url = 'https://custos.justice.gov.az';
    const evil = aLog('custos.justice.gov.az/log-evil');
    const tofu = pinLog(emptyTrustStore(), az.key, { how: 'first-use', at, url });
    expect(codeOf(() => pinLog(tofu, evil.key, { how: 'first-use', at, url: `${url}/` }))).to.equal(
      'log_origin_changed',
    );
    const explicit = pinLog(emptyTrustStore(), az.key, { how: 'explicit', at, url });
    expect(codeOf(() => pinLog(explicit, evil.key, { how: 'first-use', at, url, acceptNew: true }))).to.equal(
      'log_origin_changed',
    );
    expect(pinLog(tofu, az.key, { how: 'first-use', at, url })).to.equal(tofu);
  });

  it('refuses a first-use pin once the store holds an explicit pin, unless told to accept it', () => {
    const explicit = pinLog(emptyTrustStore(), az.key, { how: 'explicit', at });
    expect(codeOf(() => pinLog(explicit, de.key, { how: 'first-use', at }))).to.equal('untrusted_origin');
    const accepted = pinLog(explicit, de.key, { how: 'first-use', at, acceptNew: true });
    expect(requireTrusted(accepted, 'custos.bfj.bund.de/log').pinned).to.equal('first-use');
  });

  it('confirms only explicitly pinned logs for offline verification', () => {
    const store = pinLog(pinLog(emptyTrustStore(), az.key, { how: 'first-use', at }), de.key, {
      how: 'explicit',
      at,
    });
    expect(codeOf(() => requireConfirmed(store, 'custos.justice.gov.az/log'))).to.equal('untrusted_origin');
    expect(requireConfirmed(store, 'custos.bfj.bund.de/log').verifierKey).to.equal(de.key);
  });

  it('refuses another key for a pinned origin, unless told the operator rotated it', () => {
    const impostor = aLog('custos.justice.gov.az/log');
    const store = pinLog(emptyTrustStore(), az.key, { how: 'explicit', at });
    expect(codeOf(() => pinLog(store, impostor.key, { how: 'first-use', at }))).to.equal('log_key_changed');
    const rotated = pinLog(store, impostor.key, { how: 'explicit', at, replace: true });
    expect(requireTrusted(rotated, 'custos.justice.gov.az/log').verifierKey).to.equal(impostor.key);
  });

  it('names an unknown origin untrusted', () => {
    expect(codeOf(() => requireTrusted(emptyTrustStore(), 'custos.bfj.bund.de/log'))).to.equal(
      'untrusted_origin',
    );
    expect(codeOf(() => removeLog(emptyTrustStore(), 'custos.bfj.bund.de/log'))).to.equal('untrusted_origin');
  });

  it('keeps the largest checkpoint seen, verified with the pinned key, never a smaller one', () => {
    let store = pinLog(emptyTrustStore(), az.key, { how: 'explicit', at });
    store = rememberCheckpoint(store, az.checkpoint(5));
    store = rememberCheckpoint(store, az.checkpoint(3));
    expect(requireTrusted(store, 'custos.justice.gov.az/log').checkpoint).to.equal(az.checkpoint(5));
    store = rememberCheckpoint(store, az.checkpoint(9));
    expect(requireTrusted(store, 'custos.justice.gov.az/log').checkpoint).to.equal(az.checkpoint(9));
    const forged = aLog('custos.justice.gov.az/log').checkpoint(12);
    expect(codeOf(() => rememberCheckpoint(store, forged))).to.equal('unknown_key');
    expect(codeOf(() => rememberCheckpoint(store, de.checkpoint(1)))).to.equal('untrusted_origin');
  });

  it('takes a witness policy of cosignature keys, k of n', () => {
    const store = pinLog(emptyTrustStore(), az.key, { how: 'explicit', at });
    expect(() =>
      setWitnessPolicy(store, 'custos.justice.gov.az/log', { keys: [az.key], threshold: 1 }),
    ).to.throw();
    expect(() => setWitnessPolicy(store, 'custos.justice.gov.az/log', { keys: [], threshold: 1 })).to.throw(
      RangeError,
    );
  });

  it('refuses a witness policy that names one witness twice, so that "2 of 2" needs two witnesses', () => {
    const store = pinLog(emptyTrustStore(), az.key, { how: 'explicit', at });
    const w = formatVerifierKey('witness.example', SIG_TYPE_COSIGNATURE_V1, publicKeyFromSeed(randomSeed()));
    const origin = 'custos.justice.gov.az/log';
    expect(codeOf(() => setWitnessPolicy(store, origin, { keys: [w, w], threshold: 2 }))).to.equal(
      'bad_format',
    );
    const one = setWitnessPolicy(store, origin, { keys: [w], threshold: 1 });
    expect(one.logs[origin]!.witnesses).to.deep.equal({ keys: [w], threshold: 1 });
  });

  it('reads a trust store file strictly: unknown members, another origin’s key, a bad policy', () => {
    const store = pinLog(emptyTrustStore(), az.key, { how: 'explicit', at });
    const json = () => JSON.parse(JSON.stringify(store));
    const origin = 'custos.justice.gov.az/log';
    expect(parseTrustStore(json())).to.deep.equal(store);
    const extra = json();
    extra.logs[origin].trusted = true;
    const misfiled = json();
    misfiled.logs[origin].verifierKey = de.key;
    const zero = json();
    zero.logs[origin].witnesses = { keys: ['w+00000000+AA=='], threshold: 0 };
    const proto = JSON.parse(
      `{"format":"custos-trust/v1","logs":{"__proto__":${JSON.stringify(store.logs[origin])}}}`,
    );
    for (const bad of [extra, misfiled, zero, proto, { ...json(), format: 'custos-trust/v2' }, []])
      expect(
        codeOf(() => parseTrustStore(bad)),
        JSON.stringify(bad),
      ).to.equal('bad_format');
  });

  it('reads a file’s witness policy as the commands would set it: k ≤ n, each witness once, cosignature keys', () => {
    const store = pinLog(emptyTrustStore(), az.key, { how: 'explicit', at });
    const origin = 'custos.justice.gov.az/log';
    const withPolicy = (witnesses: { keys: string[]; threshold: number }) => {
      const json = JSON.parse(JSON.stringify(store));
      json.logs[origin].witnesses = witnesses;
      return json;
    };
    const w = formatVerifierKey('witness.example', SIG_TYPE_COSIGNATURE_V1, publicKeyFromSeed(randomSeed()));
    expect(parseTrustStore(withPolicy({ keys: [w], threshold: 1 })).logs[origin]!.witnesses).to.deep.equal({
      keys: [w],
      threshold: 1,
    });
    for (const bad of [
      { keys: [w], threshold: 2 },
      { keys: [w, w], threshold: 2 },
      { keys: [az.key], threshold: 1 },
    ])
      expect(
        codeOf(() => parseTrustStore(withPolicy(bad))),
        JSON.stringify(bad),
      ).to.equal('bad_format');
  });

  it('confirms a key pinned on first use when the same key is pinned explicitly, keeping what was seen', () => {
    const origin = 'custos.justice.gov.az/log';
    let tofu = pinLog(emptyTrustStore(), az.key, { how: 'first-use', at, url: 'https://custos.sss.gov.az' });
    tofu = rememberCheckpoint(tofu, az.checkpoint(5));
    expect(codeOf(() => requireConfirmed(tofu, origin))).to.equal('untrusted_origin');
    expect(explicitPins(tofu)(origin)).to.equal(undefined);
    const later = '2026-12-03T09:00:00.000Z';
    const confirmed = pinLog(tofu, az.key, { how: 'explicit', at: later });
    expect(confirmed.logs[origin]).to.include({
      pinned: 'explicit',
      pinnedAt: later,
      checkpoint: az.checkpoint(5),
    });
    expect(requireConfirmed(confirmed, origin).verifierKey).to.equal(az.key);
    expect(explicitPins(confirmed)(origin)?.logKey).to.equal(az.key);
    // Seen again on first use, an explicit pin stays explicit.
    expect(pinLog(confirmed, az.key, { how: 'first-use', at })).to.equal(confirmed);
  });
});
