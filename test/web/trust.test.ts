import { expect } from 'chai';
import { publicKeyFromSeed } from '../../src/core/crypto/ed25519.ts';
import { formatVerifierKey, SIG_TYPE_ED25519 } from '../../src/core/log/note.ts';
import { readTrust } from '../../src/web/verify-page/trust.ts';

describe('the verifier page’s trust fields', () => {
  const blank = {
    logKey: '',
    witnessKeys: '',
    threshold: '',
    knownCheckpoint: '',
    tsaRoots: '',
    pqKey: '',
    otherLogs: '',
  };

  it('requires a pinned log key and never invents one', () => {
    const r = readTrust({ ...blank, logKey: '  \n' });
    expect(r).to.deep.include({ ok: false, field: 'logKey' });
  });

  it('reads witness keys one per line, requiring all of them unless told otherwise', () => {
    const r = readTrust({ ...blank, logKey: ' log+00000000+AA== ', witnessKeys: 'w1\n\n  w2 \n' });
    expect(r).to.deep.equal({
      ok: true,
      policy: { logKey: 'log+00000000+AA==', witnesses: { keys: ['w1', 'w2'], threshold: 2 } },
    });
    const one = readTrust({ ...blank, logKey: 'k', witnessKeys: 'w1\nw2', threshold: '1' });
    expect(one.ok && one.policy.witnesses?.threshold).to.equal(1);
  });

  it('refuses a threshold that no set of the given witnesses could meet, or that none need meet', () => {
    // 0 of n would pass a bundle no witness cosigned while the page lists witnesses as required;
    // custos verify --witnesses-required and the trust store take 1 to n as well.
    for (const threshold of ['3', '0', '-1', '1.5', 'two'])
      expect(readTrust({ ...blank, logKey: 'k', witnessKeys: 'w1\nw2', threshold })).to.deep.include({
        ok: false,
        field: 'threshold',
      });
  });

  it('restores the final newline a pasted checkpoint note loses', () => {
    const r = readTrust({
      ...blank,
      logKey: 'k',
      knownCheckpoint: 'origin\r\n5\r\nroot=\r\n\r\n— origin sig',
    });
    expect(r.ok && r.policy.knownCheckpoint).to.equal('origin\n5\nroot=\n\n— origin sig\n');
  });

  it('takes TSA roots as PEM and an ML-DSA-44 key as a requirement, and refuses text that is no certificate', () => {
    expect(readTrust({ ...blank, logKey: 'k', tsaRoots: 'not a certificate' })).to.deep.include({
      ok: false,
      field: 'tsaRoots',
    });
    const r = readTrust({ ...blank, logKey: 'k', pqKey: ' pq+00000000+Bg== ' });
    expect(r.ok && r.policy.postQuantum).to.deep.equal({ key: 'pq+00000000+Bg==', required: true });
  });

  it('pins other logs by origin, keys only, and refuses a line that is no log verifier key', () => {
    const seed = new Uint8Array(32).fill(7);
    const key = formatVerifierKey('custos.az.example/log', SIG_TYPE_ED25519, publicKeyFromSeed(seed));
    const r = readTrust({ ...blank, logKey: 'k', otherLogs: `\n ${key} \n` });
    expect(r.ok && r.policy.otherLogs?.('custos.az.example/log')).to.deep.equal({ logKey: key });
    expect(r.ok && r.policy.otherLogs?.('custos.de.example/log')).to.equal(undefined);
    expect(readTrust({ ...blank, logKey: 'k' })).to.deep.equal({ ok: true, policy: { logKey: 'k' } });
    expect(readTrust({ ...blank, logKey: 'k', otherLogs: `${key}\nnot a key` })).to.deep.include({
      ok: false,
      field: 'otherLogs',
      message: { key: 'page.badOtherLogs', values: { line: 2 } },
    });
  });
});
