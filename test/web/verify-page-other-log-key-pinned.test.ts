/**
 * Review (/verify, other logs' pins): the page keeps other logs' keys "through the core trust
 * store, so a changed key is refused" (0c646c1; docs/bundle.md §4). It refuses one only when the
 * reader presses Remember. The keys remembered fill the field at start; a trust store file the
 * reader loads (one a party forwarding the bundle may well send along with it) is merged in as
 * more lines, and the field is read one key per origin, the last line winning. So a file pinning
 * another key for an origin the reader already pinned silently replaces that pin for the
 * verification, and the part of that "log" is reported as verified with the key pinned for it.
 */
import { expect } from 'chai';
import { publicKeyFromSeed } from '../../src/core/crypto/ed25519.ts';
import { formatVerifierKey, SIG_TYPE_ED25519 } from '../../src/core/log/note.ts';
import { emptyTrustStore, pinLog } from '../../src/core/verify/trust-store.ts';
import { mergeKeys } from '../../src/web/verify-page/other-logs.ts';
import { readTrust } from '../../src/web/verify-page/trust.ts';

describe('/verify, a trust file with another key for an origin the reader pinned', () => {
  const origin = 'custos.az.example/log';
  const keyOf = (fill: number) =>
    formatVerifierKey(origin, SIG_TYPE_ED25519, publicKeyFromSeed(new Uint8Array(32).fill(fill)));
  const blank = {
    logKey: 'custos.de.example/log+00000000+AA==',
    witnessKeys: '',
    threshold: '',
    knownCheckpoint: '',
    tsaRoots: '',
    pqKey: '',
  };

  it('does not verify the other log’s part with the file’s key in place of the pinned one', () => {
    const pinned = keyOf(7);
    const offered = keyOf(8);
    // What wireOtherLogs does: the remembered keys fill the field, the file's explicit pins are merged in.
    const field = mergeKeys(pinned, [offered]);
    const r = readTrust({ ...blank, otherLogs: field });
    // Either refused (a changed key, as `custos trust add` and Remember refuse it) or the pin kept.
    if (r.ok) expect(r.policy.otherLogs?.(origin)?.logKey).to.equal(pinned);
    else expect(r.field).to.equal('otherLogs');
  });

  it('refuses a key for an origin that differs from the one this browser remembers, and keeps the same', () => {
    const remembered = pinLog(emptyTrustStore(), keyOf(7), {
      how: 'explicit',
      at: '2026-12-03T00:00:00.000Z',
    });
    const changed = readTrust({ ...blank, otherLogs: keyOf(8) }, remembered);
    expect(changed).to.deep.include({
      ok: false,
      field: 'otherLogs',
      message: { key: 'page.otherLogChanged', values: { origin } },
    });
    const same = readTrust({ ...blank, otherLogs: keyOf(7) }, remembered);
    expect(same.ok && same.policy.otherLogs?.(origin)).to.deep.equal({ logKey: keyOf(7) });
  });
});
