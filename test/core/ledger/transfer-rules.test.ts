/**
 * The pure rules of the cross-border hand-off (docs/rules.md, Across a border): an import into
 * the receiving log carries another log's disclosure that must agree with itself and its
 * tlog-proof (`foreign_proof`), is made once (`already_imported`) by an officer of the authority
 * the importer's state designated (`not_designated`), to which the disclosure is addressed by
 * designation (`not_designated`, `not_recipient`; from version 4 of the rules); a receipt in the sending log must answer its
 * pending disclosure (`no_pending_transfer`) with an import that names it (`foreign_proof`), once
 * (`already_receipted`). The other log's signature is not these rules' business: no key here.
 */
import { expect } from 'chai';
import { canonicalBytes } from '../../../src/core/canonical.ts';
import { publicKeyFromSeed, randomSeed } from '../../../src/core/crypto/ed25519.ts';
import { toBase64 } from '../../../src/core/encoding.ts';
import { signCheckpoint } from '../../../src/core/log/checkpoint.ts';
import { hashLeaf } from '../../../src/core/log/merkle.ts';
import { ed25519NoteSigner } from '../../../src/core/log/note.ts';
import { formatTlogProof } from '../../../src/core/log/tlog-proof.ts';
import { MemoryStory } from '../../support/ledger-story.ts';
import { MemoryTree } from '../../support/memory-tree.ts';
import { refusedBy } from '../../support/rule-refusal.ts';

const OTHER = 'custos.sss.gov.az/log';
const BFJ = 'Bundesamt für Justiz';

/** An entry of another log at `index` of a tree of `size` leaves, as a foreign entry carries it. */
function foreignEntry(entry: Record<string, unknown>, index: number, size = index + 3, origin = OTHER) {
  const bytes = canonicalBytes({ ...entry, index });
  const tree = new MemoryTree();
  for (let i = 0; i < size; i++) tree.add(i === index ? bytes : canonicalBytes({ filler: i }));
  const seed = randomSeed();
  const checkpoint = signCheckpoint(
    { origin, size, rootHash: tree.roots[size]!, extensions: [] },
    ed25519NoteSigner(origin, seed, publicKeyFromSeed(seed)),
  );
  return {
    origin,
    index,
    leafHash: toBase64(hashLeaf(bytes)),
    entry: toBase64(bytes),
    tlogProof: formatTlogProof({ index, proof: tree.inclusion(index, size), checkpoint }),
  };
}

/** The BfJ as the sending log names it: by the entry of that log designating it. */
const TO_BFJ = { addressee: { state: 'DE', authority: BFJ, designation: 3 } };

const disclosureEntry = (item = 'az-ca~logs', to: Record<string, unknown> = TO_BFJ) => ({
  kind: 'custody.event',
  payload: {
    item,
    type: 'disclosed',
    ...to,
    request: 'az-ca~r1',
    scope: 'logs',
    prev: 'x',
    occurredAt: 'y',
  },
  signer: { actor: 'az-ca', publicKey: 'k', signature: 's' },
  loggedAt: '2026-11-02T08:00:00.000Z',
});

describe('import and receipt across a border (pure rules)', () => {
  let s: MemoryStory;
  const importDraft = (
    disclosure: ReturnType<typeof foreignEntry>,
    id = `de-bfj~logs-${s.index}`,
    as = 'de-bfj',
  ) =>
    s.submit(
      'transfer.imported',
      {
        id,
        case: 'de-inv~case-1',
        request: 'de-bfj~req-1',
        description: 'access logs from Azerbaijan',
        mediaType: 'application/gzip',
        size: 4096,
        digests: { sha256: 'a'.repeat(64) },
        receivedAt: s.at(),
        disclosure,
      },
      as,
    );

  beforeEach(() => {
    s = new MemoryStory();
    s.genesis();
    s.register('de-inv', ['investigator'], 'DE', 'Bundeskriminalamt');
    s.register('de-bfj', ['central-authority'], 'DE', BFJ);
    s.register('de-lka', ['central-authority'], 'DE', 'Landeskriminalamt Berlin');
    s.openCase('de-inv~case-1', 'de-inv');
    for (const actor of ['de-bfj', 'de-lka']) s.grantCase('de-inv~case-1', actor, 'de-inv');
    s.submit(
      'request.recorded',
      {
        id: 'de-bfj~req-1',
        case: 'de-inv~case-1',
        type: 'mutual-legal-assistance',
        requestingState: 'DE',
        requestedState: 'AZ',
        requestingAuthority: BFJ,
        requestedAuthority: 'State Security Service of the Republic of Azerbaijan',
        requestedDesignation: s.designate('AZ', 'State Security Service of the Republic of Azerbaijan', [
          'central-authority-mla',
        ]),
        legalBasis: { instrument: 'ETS-185', article: '31' },
        reference: 'R-1',
        dated: s.at(),
        summary: 'hosting logs',
      },
      'de-bfj',
    );
  });

  const designateBfj = () =>
    s.submit(
      'authority.designated',
      {
        state: 'DE',
        authority: BFJ,
        roles: ['central-authority-mla'],
        instrument: 'ETS-185',
        reference: 'declaration',
        validFrom: s.at(-60),
      },
      'admin',
    );

  it("creates the receiving log's item, held by the importer and linked to the other log's item", () => {
    designateBfj();
    const fe = foreignEntry(disclosureEntry(), 41);
    importDraft(fe, 'de-bfj~logs');
    expect(s.ledger.item('de-bfj~logs')).to.deep.include({
      custodian: 'de-bfj',
      imported: { origin: OTHER, index: 41, leafHash: fe.leafHash, item: 'az-ca~logs' },
    });
    expect(s.ledger.importedAs(OTHER, 41)).to.equal('de-bfj~logs');
  });

  it('refuses a second import of the same disclosure, under any id (already_imported)', () => {
    designateBfj();
    const fe = foreignEntry(disclosureEntry(), 41);
    importDraft(fe, 'de-bfj~logs');
    const refusal = refusedBy('already_imported', () => importDraft(fe, 'de-bfj~logs-again'));
    expect(refusal.details).to.deep.include({ item: 'de-bfj~logs' });
  });

  it('refuses an importer whose authority its state did not designate, or a state with no designation here', () => {
    refusedBy('not_designated', () => importDraft(foreignEntry(disclosureEntry(), 41)));
    designateBfj();
    refusedBy('not_designated', () =>
      importDraft(foreignEntry(disclosureEntry(), 41), 'de-lka~logs', 'de-lka'),
    );
  });

  it("refuses a disclosure addressed to an actor of the sending log, another state's or an undesignated authority (not_designated)", () => {
    designateBfj();
    const refused = (to: Record<string, unknown>, index: number) =>
      refusedBy('not_designated', () => importDraft(foreignEntry(disclosureEntry('az-ca~logs', to), index)));
    refused({ to: 'de-bfj' }, 41);
    refused({ addressee: { state: 'FR', authority: BFJ, designation: 3 } }, 42);
    refused({ addressee: { state: 'DE', authority: 'Bundeskriminalamt', designation: 3 } }, 43);
    // The sending log's designation of it does not count here: only this state's own.
    s.submit(
      'authority.designated',
      {
        state: 'DE',
        authority: BFJ,
        roles: ['contact-point-24-7'],
        instrument: 'ETS-185',
        reference: 'the BfJ is now the 24/7 point only',
        validFrom: s.at(),
        prev: s.ledger.designations('DE')!.head.leafHash,
      },
      'admin',
    );
    refused(TO_BFJ, 44);
  });

  it('refuses an importer of another designated authority than the one addressed (not_recipient)', () => {
    designateBfj();
    s.submit(
      'authority.designated',
      {
        state: 'DE',
        authority: 'Landeskriminalamt Berlin',
        roles: ['central-authority-mla'],
        instrument: 'ETS-185',
        reference: 'declaration',
        validFrom: s.at(-60),
        prev: s.ledger.designations('DE')!.head.leafHash,
      },
      'admin',
    );
    const fe = foreignEntry(disclosureEntry(), 41);
    const refusal = refusedBy('not_recipient', () => importDraft(fe, 'de-lka~logs', 'de-lka'));
    expect(refusal.details).to.deep.equal({ addressee: BFJ });
    importDraft(fe, 'de-bfj~logs');
  });

  it('judges an import logged under version 3 of the rules without the addressee rule', () => {
    designateBfj();
    s.rules = [{ version: 3, from: 0 }];
    importDraft(foreignEntry(disclosureEntry('az-ca~logs', { to: 'de-bfj' }), 41), 'de-bfj~old');
    s.rules = [
      { version: 3, from: 0 },
      { version: 4, from: s.index },
    ];
    refusedBy('not_designated', () =>
      importDraft(foreignEntry(disclosureEntry('az-ca~other', { to: 'de-bfj' }), 42)),
    );
  });

  it('refuses a foreign entry that does not agree with itself or its proof (foreign_proof)', () => {
    designateBfj();
    const fe = foreignEntry(disclosureEntry(), 41);
    const other = foreignEntry(disclosureEntry('az-ca~other'), 41);
    refusedBy('foreign_proof', () => importDraft({ ...fe, entry: other.entry }));
    refusedBy('foreign_proof', () => importDraft({ ...fe, index: 40 }));
    refusedBy('foreign_proof', () => importDraft({ ...fe, origin: 'custos.elsewhere.example/log' }));
    refusedBy('foreign_proof', () => importDraft({ ...fe, tlogProof: other.tlogProof }));
    refusedBy('foreign_proof', () =>
      importDraft({ ...fe, tlogProof: foreignEntry(disclosureEntry(), 42).tlogProof }),
    );
    const notDisclosure = foreignEntry(
      { ...disclosureEntry(), payload: { ...disclosureEntry().payload, type: 'handed-over' } },
      41,
    );
    refusedBy('foreign_proof', () => importDraft(notDisclosure));
  });
});

describe('the receipt that closes a disclosure (pure rules)', () => {
  const RECEIVER = 'custos.bfj.bund.de/log';
  let s: MemoryStory;
  let disclosure: { index: number; leafHash: string };
  const ITEM = 'az-inv~logs';
  const importOf = (d: { index: number; leafHash: string }, at = 57) =>
    foreignEntry(
      {
        kind: 'transfer.imported',
        payload: { id: 'de-bfj~logs', disclosure: { origin: 'custos.sss.gov.az/log', ...d } },
        signer: { actor: 'de-bfj', publicKey: 'k', signature: 's' },
        loggedAt: '2026-11-02T09:00:00.000Z',
      },
      at,
      at + 2,
      RECEIVER,
    );
  const receipt = (fe: ReturnType<typeof foreignEntry>, as = 'az-ca', index = disclosure.index) =>
    s.submit('transfer.receipt', { item: ITEM, prev: s.prev(ITEM), disclosure: index, import: fe }, as);

  beforeEach(() => {
    s = new MemoryStory();
    s.genesis();
    s.azerbaijanExecutesGermanRequest('SSS');
    s.registerItem(ITEM, 'az-inv~case', 'az-inv');
    s.event(ITEM, 'handed-over', { to: 'az-ca', purpose: 'execution' }, 'az-inv');
    s.event(
      ITEM,
      'received',
      { digests: { sha256: s.ledger.item(ITEM)!.digests.sha256 }, result: 'match' },
      'az-ca',
    );
    // Addressed to the BfJ by this log's designation of it: no German officer is registered here.
    const designation = s.submit(
      'authority.designated',
      {
        state: 'DE',
        authority: BFJ,
        roles: ['central-authority-mla'],
        instrument: 'ETS-185',
        reference: 'declaration',
        validFrom: s.at(-60),
      },
      'admin',
    ).entry.index;
    const d = s.event(
      ITEM,
      'disclosed',
      { addressee: { state: 'DE', authority: BFJ, designation }, request: 'az-ca~req', scope: 'logs' },
      'az-ca',
    );
    disclosure = { index: d.entry.index, leafHash: toBase64(d.leafHash) };
  });

  it('closes the pending disclosure and records which entry of which log took it in', () => {
    const fe = importOf(disclosure);
    receipt(fe);
    const item = s.ledger.item(ITEM)!;
    expect(item.pending).to.equal(null);
    expect(item.custodian).to.equal('az-ca');
    expect(item.receipts).to.deep.equal([
      { origin: RECEIVER, index: 57, leafHash: fe.leafHash, disclosure: disclosure.index },
    ]);
  });

  it('refuses a second receipt (already_receipted), and one for an entry that is not the pending disclosure', () => {
    refusedBy('no_pending_transfer', () => receipt(importOf(disclosure), 'az-ca', disclosure.index - 1));
    receipt(importOf(disclosure));
    refusedBy('already_receipted', () => receipt(importOf(disclosure, 60)));
  });

  it('refuses an import that names another entry of this log, or is not an import (foreign_proof)', () => {
    refusedBy('foreign_proof', () =>
      receipt(importOf({ ...disclosure, leafHash: toBase64(new Uint8Array(32)) })),
    );
    refusedBy('foreign_proof', () => receipt(foreignEntry(disclosureEntry(), 57, 59, RECEIVER)));
  });

  it('refuses a receipt from anyone but the custodian who disclosed', () => {
    refusedBy('role_not_allowed', () => receipt(importOf(disclosure), 'az-inv'));
    s.register('az-ca2', ['central-authority'], 'AZ', 'SSS');
    s.grantCase('az-inv~case', 'az-ca2', 'az-inv');
    refusedBy('not_custodian', () => receipt(importOf(disclosure), 'az-ca2'));
  });
});
