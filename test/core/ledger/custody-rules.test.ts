import { expect } from 'chai';
import { RuleViolation } from '../../../src/core/errors.ts';
import { CUSTODY_RULES } from '../../../src/core/ledger/custody-rules.ts';
import { CUSTODY_TYPES, type CustodyType } from '../../../src/core/ledger/evidence-payloads.ts';
import { ROLES } from '../../../src/core/ledger/roles.ts';
import { digestOf, MemoryStory } from '../../support/ledger-story.ts';

/** Expects `fn` to be refused by the rule `code`. */
function refusedBy(code: string, fn: () => unknown): RuleViolation {
  try {
    fn();
  } catch (e) {
    expect(e, `expected rule ${code}`).to.be.instanceOf(RuleViolation);
    expect((e as RuleViolation).code).to.equal(code);
    return e as RuleViolation;
  }
  throw new Error(`expected the rule ${code} to refuse this`);
}

describe('custody rules', () => {
  let s: MemoryStory;
  const item = () => s.ledger.item('fr-inv~phone-1')!;

  beforeEach(() => {
    s = new MemoryStory();
    s.genesis();
    s.register('fr-inv', ['investigator']);
    s.register('fr-inv2', ['investigator']);
    s.register('fr-store', ['custodian']);
    s.register('fr-lab', ['examiner']);
    s.register('fr-ca', ['central-authority'], 'FR', 'FR ministry of justice');
    s.register('de-ca', ['central-authority'], 'DE', 'DE federal office of justice');
    s.register('fr-auditor', ['auditor']);
    s.register('fr-witness', ['witness']);
    s.register('other-org', ['investigator'], 'FR', 'FR customs');
    s.openCase('fr-inv~case-1', 'fr-inv');
    s.openCase('fr-inv~case-2', 'fr-inv');
    s.registerItem('fr-inv~phone-1', 'fr-inv~case-1', 'fr-inv');
  });

  const handOver = (to: string, as = 'fr-inv') =>
    s.event('fr-inv~phone-1', 'handed-over', { to, purpose: 'storage' }, as);
  const receive = (as: string, sha256 = item().digests.sha256, result = 'match') =>
    s.event('fr-inv~phone-1', 'received', { digests: { sha256 }, result }, as);

  it('makes the registering actor the first and only custodian', () => {
    expect(item()).to.include({ custodian: 'fr-inv', status: 'active', seal: null, pending: null });
  });

  describe('sealed and unsealed', () => {
    it('seals an unsealed item by its custodian', () => {
      s.event('fr-inv~phone-1', 'sealed', { seal: 'S-1' }, 'fr-inv');
      expect(item().seal).to.equal('S-1');
    });
    it('refuses to seal an item that is already sealed', () => {
      s.event('fr-inv~phone-1', 'sealed', { seal: 'S-1' }, 'fr-inv');
      refusedBy('already_sealed', () => s.event('fr-inv~phone-1', 'sealed', { seal: 'S-2' }, 'fr-inv'));
    });
    it('unseals with the matching seal number', () => {
      s.event('fr-inv~phone-1', 'sealed', { seal: 'S-1' }, 'fr-inv');
      s.event('fr-inv~phone-1', 'unsealed', { seal: 'S-1', reason: 'examination' }, 'fr-inv');
      expect(item().seal).to.equal(null);
    });
    it('refuses to unseal with another seal number', () => {
      s.event('fr-inv~phone-1', 'sealed', { seal: 'S-1' }, 'fr-inv');
      refusedBy('seal_mismatch', () =>
        s.event('fr-inv~phone-1', 'unsealed', { seal: 'S-9', reason: 'x' }, 'fr-inv'),
      );
    });
    it('refuses to unseal an item that is not sealed', () => {
      refusedBy('not_sealed', () =>
        s.event('fr-inv~phone-1', 'unsealed', { seal: 'S-1', reason: 'x' }, 'fr-inv'),
      );
    });
    it('refuses a seal by someone who is not the custodian', () => {
      refusedBy('not_custodian', () => s.event('fr-inv~phone-1', 'sealed', { seal: 'S-1' }, 'fr-inv2'));
    });
  });

  describe('handed-over, handover-cancelled and received', () => {
    it('changes custody only when the named recipient receives', () => {
      handOver('fr-store');
      expect(item()).to.include({ custodian: 'fr-inv' });
      expect(item().pending).to.include({ to: 'fr-store' });
      receive('fr-store');
      expect(item()).to.include({ custodian: 'fr-store', pending: null });
    });
    it('rejects a transfer from someone who is not the custodian', () => {
      refusedBy('not_custodian', () => handOver('fr-store', 'fr-inv2'));
    });
    it('refuses a hand-over across a border: that is a disclosure under a request', () => {
      refusedBy('cross_border', () => handOver('de-ca'));
    });
    it('refuses a hand-over to an unknown actor', () => {
      refusedBy('unknown_actor', () => handOver('nobody'));
    });
    it('refuses a hand-over to an actor whose roles may not hold evidence', () => {
      refusedBy('recipient_role', () => handOver('fr-auditor'));
    });
    it('refuses a hand-over to the custodian itself', () => {
      refusedBy('self_transfer', () => handOver('fr-inv'));
    });
    it('refuses anything but receipt, cancellation or annotation while a transfer is pending', () => {
      handOver('fr-store');
      refusedBy('transfer_pending', () => handOver('fr-lab'));
      refusedBy('transfer_pending', () => s.event('fr-inv~phone-1', 'sealed', { seal: 'S-1' }, 'fr-inv'));
    });
    it('cancels a pending hand-over, leaving custody unchanged', () => {
      handOver('fr-store');
      s.event('fr-inv~phone-1', 'handover-cancelled', { reason: 'courier unavailable' }, 'fr-inv');
      expect(item()).to.include({ custodian: 'fr-inv', pending: null });
    });
    it('refuses to cancel when nothing is pending', () => {
      refusedBy('no_pending_transfer', () =>
        s.event('fr-inv~phone-1', 'handover-cancelled', { reason: 'x' }, 'fr-inv'),
      );
    });
    it('refuses a receipt without a pending hand-over', () => {
      refusedBy('no_pending_transfer', () => receive('fr-store'));
    });
    it('refuses a receipt by anyone but the named recipient', () => {
      handOver('fr-store');
      refusedBy('not_recipient', () => receive('fr-lab'));
    });
    it('records a digest mismatch on receipt as a mismatch', () => {
      handOver('fr-store');
      receive('fr-store', digestOf('something else'), 'mismatch');
      expect(item().custodian).to.equal('fr-store');
    });
    it('refuses a receipt that hides a mismatch', () => {
      handOver('fr-store');
      refusedBy('digest_result_false', () => receive('fr-store', digestOf('something else'), 'match'));
    });
    it('refuses a receipt that claims a mismatch where the digests match', () => {
      handOver('fr-store');
      refusedBy('digest_result_false', () => receive('fr-store', item().digests.sha256, 'mismatch'));
    });
  });

  describe('examined, copied and verified', () => {
    const examine = (as: string) =>
      s.event(
        'fr-inv~phone-1',
        'examined',
        { purpose: 'extraction', tool: { name: 'Cellebrite UFED', version: '7.70' } },
        as,
      );
    const toLab = () => {
      handOver('fr-lab');
      receive('fr-lab');
    };
    it('lets an examiner who holds the item examine it', () => {
      toLab();
      examine('fr-lab');
    });
    it('refuses an examination by a role that does not examine', () => {
      handOver('fr-store');
      receive('fr-store');
      refusedBy('role_not_allowed', () => examine('fr-store'));
    });
    it('refuses to examine a sealed item', () => {
      s.event('fr-inv~phone-1', 'sealed', { seal: 'S-1' }, 'fr-inv');
      refusedBy('sealed', () => examine('fr-inv'));
    });
    it('creates a derivative with its own digests, held by the copier', () => {
      toLab();
      s.event(
        'fr-inv~phone-1',
        'copied',
        {
          derivative: {
            id: 'fr-lab~phone-1-image',
            description: 'physical image',
            mediaType: 'application/octet-stream',
            size: 64,
            digests: { sha256: digestOf('image') },
          },
          tool: { name: 'dd', version: '9.4' },
          method: 'physical extraction',
        },
        'fr-lab',
      );
      const child = s.ledger.item('fr-lab~phone-1-image')!;
      expect(child).to.include({ parent: 'fr-inv~phone-1', case: 'fr-inv~case-1', custodian: 'fr-lab' });
      expect(child.digests.sha256).to.equal(digestOf('image'));
      expect(child.head.leafHash).to.equal(item().head.leafHash);
    });
    it("refuses a derivative whose id is taken, or under another actor's name whether or not it is taken", () => {
      toLab();
      const copy = (id: string) =>
        s.event(
          'fr-inv~phone-1',
          'copied',
          {
            derivative: {
              id,
              description: 'x',
              mediaType: 'application/octet-stream',
              size: 1,
              digests: { sha256: digestOf('x') },
            },
            tool: { name: 'dd', version: '9.4' },
            method: 'x',
          },
          'fr-lab',
        );
      copy('fr-lab~copy');
      refusedBy('duplicate_id', () => copy('fr-lab~copy'));
      const taken = refusedBy('id_namespace', () => copy('fr-inv~phone-1'));
      const free = refusedBy('id_namespace', () => copy('fr-inv~never-used'));
      expect(taken.message.replace('phone-1', 'X')).to.equal(free.message.replace('never-used', 'X'));
    });
    it('records a re-hash and refuses one that hides a mismatch', () => {
      s.event(
        'fr-inv~phone-1',
        'verified',
        { digests: { sha256: item().digests.sha256 }, result: 'match' },
        'fr-inv',
      );
      s.event(
        'fr-inv~phone-1',
        'verified',
        { digests: { sha256: digestOf('changed') }, result: 'mismatch' },
        'fr-inv',
      );
      refusedBy('digest_result_false', () =>
        s.event(
          'fr-inv~phone-1',
          'verified',
          { digests: { sha256: digestOf('changed') }, result: 'match' },
          'fr-inv',
        ),
      );
    });
  });

  describe('preservation', () => {
    it('preserves, extends to a later date and releases', () => {
      s.event('fr-inv~phone-1', 'preserved', { order: 'PO-1', until: '2027-01-31T00:00:00Z' }, 'fr-inv');
      s.event('fr-inv~phone-1', 'preservation-extended', { until: '2027-03-31T00:00:00Z' }, 'fr-inv');
      expect(item().preservation).to.include({ until: '2027-03-31T00:00:00Z', order: 'PO-1' });
      s.event('fr-inv~phone-1', 'preservation-released', { reason: 'case closed' }, 'fr-inv');
      expect(item().preservation).to.equal(null);
    });
    it('refuses a second preservation, an earlier extension, and a release of nothing', () => {
      refusedBy('not_preserved', () =>
        s.event('fr-inv~phone-1', 'preservation-released', { reason: 'x' }, 'fr-inv'),
      );
      refusedBy('not_preserved', () =>
        s.event('fr-inv~phone-1', 'preservation-extended', { until: '2027-03-31T00:00:00Z' }, 'fr-inv'),
      );
      s.event('fr-inv~phone-1', 'preserved', { order: 'PO-1', until: '2027-01-31T00:00:00Z' }, 'fr-inv');
      refusedBy('already_preserved', () =>
        s.event('fr-inv~phone-1', 'preserved', { order: 'PO-2', until: '2027-05-01T00:00:00Z' }, 'fr-inv'),
      );
      refusedBy('preservation_period', () =>
        s.event('fr-inv~phone-1', 'preservation-extended', { until: '2027-01-01T00:00:00Z' }, 'fr-inv'),
      );
    });
  });

  describe('preservation: dates and orders', () => {
    it('refuses a preservation that ends before it starts', () => {
      refusedBy('preservation_period', () =>
        s.event('fr-inv~phone-1', 'preserved', { order: 'PO-1', until: '2026-11-01T00:00:00Z' }, 'fr-inv'),
      );
    });
    it('refuses a preservation under an unknown request as under a request of another case, saying nothing more', () => {
      const preserve = (request: string) =>
        s.event(
          'fr-inv~phone-1',
          'preserved',
          { order: 'PO-1', until: '2027-01-31T00:00:00Z', request },
          'fr-inv',
        );
      const unknown = refusedBy('not_same_case', () => preserve('fr-inv~pres-9'));
      s.submit(
        'request.recorded',
        {
          id: 'fr-inv~pres-2',
          case: 'fr-inv~case-2',
          type: 'preservation-stored-data',
          requestingState: 'DE',
          requestedState: 'FR',
          requestingAuthority: 'BKA',
          requestedAuthority: 'OFAC',
          legalBasis: { instrument: 'ETS-185', article: '29' },
          reference: 'DE-PRES-2',
          dated: s.at(),
          summary: 'preserve the phone',
        },
        'fr-inv',
      );
      const elsewhere = refusedBy('not_same_case', () => preserve('fr-inv~pres-2'));
      expect(elsewhere.message.replace('fr-inv~pres-2', 'R')).to.equal(
        unknown.message.replace('fr-inv~pres-9', 'R'),
      );
    });
  });

  describe('disclosed', () => {
    const requestRecorded = (id = 'fr-ca~mla-1', caseId = 'fr-inv~case-1') =>
      s.submit(
        'request.recorded',
        {
          id,
          case: caseId,
          type: 'mutual-legal-assistance',
          requestingState: 'DE',
          requestedState: 'FR',
          requestingAuthority: 'Bundesamt für Justiz',
          requestedAuthority: 'Ministère de la Justice',
          legalBasis: { instrument: 'UNCC', article: '40' },
          reference: 'DE-MLA-7',
          dated: s.at(),
          summary: 'phone data',
        },
        'fr-ca',
      );
    const grant = (caseId: string) => s.grantCase(caseId, 'fr-ca', 'fr-inv', 'MLA execution');
    const toCentralAuthority = () => {
      grant('fr-inv~case-1');
      handOver('fr-ca');
      receive('fr-ca');
    };
    const disclose = (to = 'de-ca', request = 'fr-ca~mla-1', as = 'fr-ca') =>
      s.event('fr-inv~phone-1', 'disclosed', { to, request, scope: 'full extraction' }, as);

    it('discloses to a foreign authority under a recorded request, which then receives it', () => {
      toCentralAuthority();
      requestRecorded();
      disclose();
      expect(item().pending).to.include({ to: 'de-ca', request: 'fr-ca~mla-1' });
      receive('de-ca');
      expect(item().custodian).to.equal('de-ca');
    });
    it('refuses a disclosure to an authority of the same state', () => {
      toCentralAuthority();
      requestRecorded();
      refusedBy('not_foreign', () => disclose('fr-store'));
    });
    it('refuses a disclosure under a refused request', () => {
      toCentralAuthority();
      requestRecorded();
      s.submit(
        'request.status-changed',
        {
          request: 'fr-ca~mla-1',
          status: 'refused',
          reason: 'dual criminality',
          at: s.at(),
          prev: s.ledger.request('fr-ca~mla-1')!.head.leafHash,
        },
        'fr-ca',
      );
      refusedBy('request_not_usable', () => disclose());
    });
    it('refuses a disclosure under a request of another case', () => {
      toCentralAuthority();
      grant('fr-inv~case-2');
      requestRecorded('fr-ca~mla-2', 'fr-inv~case-2');
      refusedBy('not_same_case', () => disclose('de-ca', 'fr-ca~mla-2'));
    });
    it('refuses a disclosure by a role that does not disclose', () => {
      grant('fr-inv~case-1');
      requestRecorded();
      refusedBy('role_not_allowed', () => disclose('de-ca', 'fr-ca~mla-1', 'fr-inv'));
    });
  });

  describe('returned, destroyed and annotated', () => {
    it('accepts nothing but annotations on a destroyed item', () => {
      s.event(
        'fr-inv~phone-1',
        'destroyed',
        { method: 'shredding', authorisation: 'court order 12', witness: 'fr-witness' },
        'fr-inv',
      );
      refusedBy('item_closed', () => s.event('fr-inv~phone-1', 'sealed', { seal: 'S-1' }, 'fr-inv'));
      s.event('fr-inv~phone-1', 'annotated', { text: 'witnessed the destruction' }, 'fr-witness');
    });
    it('accepts nothing but annotations on a returned item', () => {
      s.event('fr-inv~phone-1', 'returned', { to: 'the owner', reason: 'no longer needed' }, 'fr-inv');
      refusedBy('item_closed', () => handOver('fr-store'));
      s.event('fr-inv~phone-1', 'annotated', { text: 'receipt signed by the owner' }, 'fr-inv');
    });
    it('lets only the custodian return or destroy an item', () => {
      refusedBy('not_custodian', () =>
        s.event('fr-inv~phone-1', 'returned', { to: 'the owner', reason: 'x' }, 'fr-inv2'),
      );
      refusedBy('not_custodian', () =>
        s.event('fr-inv~phone-1', 'destroyed', { method: 'shredding', authorisation: 'order 1' }, 'fr-inv2'),
      );
      expect(item().status).to.equal('active');
    });
    it('refuses a destruction witnessed by someone not registered', () => {
      refusedBy('unknown_actor', () =>
        s.event(
          'fr-inv~phone-1',
          'destroyed',
          { method: 'shredding', authorisation: 'order 1', witness: 'nobody' },
          'fr-inv',
        ),
      );
    });
    it('lets anyone who may read the item annotate it, and nobody else', () => {
      s.event('fr-inv~phone-1', 'annotated', { text: 'audit note' }, 'fr-auditor');
      s.event('fr-inv~phone-1', 'annotated', { text: 'colleague note' }, 'fr-inv2');
      refusedBy('no_access', () => s.event('fr-inv~phone-1', 'annotated', { text: 'x' }, 'other-org'));
    });
    it('lets an annotation correct only an entry of the same item', () => {
      const earlier = item().head.leafHash;
      s.event('fr-inv~phone-1', 'annotated', { text: 'a later note' }, 'fr-inv');
      s.event(
        'fr-inv~phone-1',
        'annotated',
        { text: 'collected at 09:10, not 09:00', corrects: earlier },
        'fr-inv',
      );
      refusedBy('unknown_entry', () =>
        s.event(
          'fr-inv~phone-1',
          'annotated',
          { text: 'x', corrects: s.ledger.case('fr-inv~case-1')!.head.leafHash },
          'fr-inv',
        ),
      );
    });
  });

  describe('roles, for every event type', () => {
    /** The fields of one valid event of each type, beyond item, prev and occurredAt. */
    const FIELDS: Record<CustodyType, Record<string, unknown>> = {
      sealed: { seal: 'S-1' },
      unsealed: { seal: 'S-1', reason: 'x' },
      'handed-over': { to: 'fr-store', purpose: 'storage' },
      'handover-cancelled': { reason: 'x' },
      received: { digests: { sha256: digestOf('fr-inv~phone-1') }, result: 'match' },
      examined: { purpose: 'x', tool: { name: 'xry', version: '10' } },
      copied: {
        derivative: {
          id: 'fr-inv~copy-1',
          description: 'x',
          mediaType: 'application/octet-stream',
          size: 1,
          digests: { sha256: digestOf('copy') },
        },
        tool: { name: 'dd', version: '9.4' },
        method: 'x',
      },
      verified: { digests: { sha256: digestOf('fr-inv~phone-1') }, result: 'match' },
      preserved: { order: 'PO-1', until: '2027-01-31T00:00:00Z' },
      'preservation-extended': { until: '2027-03-31T00:00:00Z' },
      'preservation-released': { reason: 'x' },
      disclosed: { to: 'de-ca', request: 'fr-ca~mla-1', scope: 'x' },
      returned: { to: 'the owner', reason: 'x' },
      destroyed: { method: 'shredding', authorisation: 'order 1' },
      annotated: { text: 'x' },
      'use-consented': { consent: { scope: 'evidence-use' }, reason: 'x' },
      'hold-placed': { reference: 'H-1', reason: 'x' },
      'hold-lifted': { reference: 'H-1', reason: 'x' },
      'retention-set': { category: 'criminal-10y', reason: 'x' },
      'retention-overridden': { reference: 'O-1', reason: 'x' },
    };

    it('refuses every event type to every role the table does not give it', () => {
      let refusals = 0;
      for (const role of ROLES) s.register(`only-${role}`, [role]);
      for (const type of CUSTODY_TYPES) {
        const allowed: readonly string[] = CUSTODY_RULES[type].roles;
        for (const role of ROLES.filter((r) => !allowed.includes(r))) {
          refusedBy('role_not_allowed', () => s.event('fr-inv~phone-1', type, FIELDS[type], `only-${role}`));
          refusals++;
        }
      }
      // Annotations are open to every role that may read the item; the rest to fewer.
      expect(refusals).to.be.greaterThan(CUSTODY_TYPES.length * 2);
    });
  });

  describe('the chain of an item', () => {
    it('refuses a stale prev as a conflict naming the current head', () => {
      const stale = s.prev('fr-inv~phone-1');
      s.event('fr-inv~phone-1', 'sealed', { seal: 'S-1' }, 'fr-inv');
      const e = refusedBy('prev_mismatch', () =>
        s.submit(
          'custody.event',
          {
            item: 'fr-inv~phone-1',
            type: 'unsealed',
            seal: 'S-1',
            reason: 'x',
            prev: stale,
            occurredAt: s.at(),
          },
          'fr-inv',
        ),
      );
      expect(e.status).to.equal(409);
      expect(e.details).to.include({
        currentPrev: s.prev('fr-inv~phone-1'),
        currentIndex: item().head.index,
      });
    });
    it('refuses a replay of an accepted event', () => {
      const draft = s.cast.sign(
        'custody.event',
        {
          item: 'fr-inv~phone-1',
          type: 'sealed',
          seal: 'S-1',
          prev: s.prev('fr-inv~phone-1'),
          occurredAt: s.at(),
        },
        'fr-inv',
      );
      s.ledger.admit(draft, s.index++, s.clockMs);
      refusedBy('prev_mismatch', () => s.ledger.admit(draft, s.index, s.clockMs));
    });
    it('refuses an event dated before the previous one', () => {
      s.tick(60);
      s.event('fr-inv~phone-1', 'sealed', { seal: 'S-1' }, 'fr-inv');
      refusedBy('time_order', () =>
        s.submit(
          'custody.event',
          {
            item: 'fr-inv~phone-1',
            type: 'unsealed',
            seal: 'S-1',
            reason: 'x',
            prev: s.prev('fr-inv~phone-1'),
            occurredAt: s.at(-30),
          },
          'fr-inv',
        ),
      );
    });
    it('refuses an event dated in the future', () => {
      refusedBy('time_in_future', () =>
        s.submit(
          'custody.event',
          {
            item: 'fr-inv~phone-1',
            type: 'sealed',
            seal: 'S-1',
            prev: s.prev('fr-inv~phone-1'),
            occurredAt: s.at(60),
          },
          'fr-inv',
        ),
      );
    });
    it('refuses an event on an unknown item as on one the signer may not read, and says unknown only to those who read everything', () => {
      const seal = (item: string, as: string) =>
        s.submit(
          'custody.event',
          { item, type: 'sealed', seal: 'S-1', prev: s.prev('fr-inv~phone-1'), occurredAt: s.at() },
          as,
        );
      const unknown = refusedBy('no_access', () => seal('fr-inv~nothing', 'other-org'));
      const unreadable = refusedBy('no_access', () => seal('fr-inv~phone-1', 'other-org'));
      expect(unknown.message.replace('nothing', 'X')).to.equal(unreadable.message.replace('phone-1', 'X'));
      expect(unreadable.details).to.deep.equal({});
      refusedBy('unknown_item', () => seal('fr-inv~nothing', 'admin'));
    });
    it('tells a stranger to the item nothing of its head or custodian', () => {
      const stale = s.prev('fr-inv~phone-1');
      s.event('fr-inv~phone-1', 'sealed', { seal: 'S-1' }, 'fr-inv');
      const e = refusedBy('no_access', () =>
        s.submit(
          'custody.event',
          { item: 'fr-inv~phone-1', type: 'annotated', text: 'x', prev: stale, occurredAt: s.at() },
          'other-org',
        ),
      );
      // The id names its creator; nothing else about the item (its custodian, its head) is said.
      expect(e.message.replaceAll('fr-inv~phone-1', 'ITEM')).to.not.include('fr-inv');
      expect(e.details).to.not.have.property('currentPrev');
    });
  });
});
