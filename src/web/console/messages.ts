/**
 * The console's words, in one catalogue keyed by message id, field path, option value and error
 * code, so that a translation is one more table of the same keys. English is the only language
 * today; the ledger's own refusals arrive from the service with their rule code, which is what
 * the console looks up (docs/rules.md), so a refusal reads in the officer's language as soon as
 * the catalogue has it, with the service's detail beside it.
 * @module
 */

type Catalogue = Readonly<Record<string, string>>;

const EN: Catalogue = {
  optional: 'optional',
  'app.title': 'Custos console',
  'app.tagline': 'chain-of-custody ledger',
  'nav.home': 'Home',
  'nav.cases': 'Cases',
  'nav.register': 'Register an item',
  'nav.search': 'Search items',
  'nav.admin': 'Administration',
  'nav.key': 'My key',
  'nav.signout': 'Sign out',
  'signin.title': 'Sign in with your key',
  'signin.lede':
    'Your private key stays in this browser. The service sends a one-time challenge, the browser signs it, and only the signature is sent.',
  'signin.actor': 'Your actor id',
  'signin.actor.help': 'Exactly as the administrator registered you, e.g. fr-ofac-martin.',
  'signin.import': 'Import the private key file the command line made (PKCS#8 PEM)',
  'signin.generate': 'Generate a new key in this browser',
  'signin.new': 'A key for this browser',
  'signin.stored': 'Keys kept in this browser',
  'signin.use': 'Sign in as {actor}',
  'signin.forget': 'Forget this key',
  'signin.none': 'No key is kept in this browser yet.',
  'signin.give': 'Give these two values to your administrator, who registers you with them:',
  'signin.engine.webcrypto':
    'Keys are kept as non-extractable WebCrypto keys: page script can sign with them but cannot read them.',
  'signin.engine.noble':
    'This browser’s WebCrypto has no Ed25519: keys are kept and used by the portable signer (noble), stored as bytes in this browser’s storage. Prefer a browser with WebCrypto Ed25519.',
  'home.title': 'Today',
  'home.awaiting': 'Awaiting my receipt',
  'home.awaiting.none': 'Nothing is addressed to you.',
  'home.custody': 'In my custody',
  'home.custody.none': 'You hold no item.',
  'cases.title': 'Cases',
  'cases.open': 'Open a case',
  'case.items': 'Items',
  'case.requests': 'Cooperation requests',
  'case.grant': 'Grant access to this case',
  'case.record-request': 'Record a cooperation request',
  'case.history': 'History',
  'case.hold': 'Place or lift a legal hold',
  'case.request-status': 'Change a request’s status',
  'item.facts': 'The item',
  'item.timeline': 'Custody timeline',
  'item.record': 'Record an event',
  'item.record.type': 'Event',
  'item.export': 'Court export',
  'item.export.go': 'Export the court report',
  'item.export.verified': 'The bundle inside the report verifies against the pinned log key: {n} entries.',
  'item.export.pages':
    'Bundle verified; pages not checked: this browser does not compare the printed pages with the bundle. Run custos verify on the PDF to check them.',
  'item.export.failed': 'The report’s bundle does not verify; it is not offered for download.',
  'item.proofs': 'Check every entry’s inclusion proof',
  'item.proof.ok': 'included in the log (checkpoint of size {size})',
  'item.proof.bad': 'NOT proven: {why}',
  'register.title': 'Register an item',
  'register.file': 'The evidence file (hashed here, in this browser; it is never uploaded)',
  'hash.progress': 'Hashing the file',
  'hash.done': 'SHA-256 computed in this browser: {sha256}',
  'recheck.file': 'Re-check the digest: choose the file you received (hashed here, never uploaded)',
  'recheck.match': 'The file matches the registered digest.',
  'recheck.mismatch': 'The file does NOT match the registered digest: the mismatch will be recorded.',
  'search.title': 'Search items',
  'search.go': 'Search',
  'admin.title': 'Administration',
  'admin.register': 'Register an actor',
  'admin.rotate': 'Rotate a key',
  'admin.revoke': 'Revoke a key',
  'admin.designate': 'Designate an authority (as a state notified it)',
  'admin.health': 'Health',
  'admin.checkpoint': 'Latest checkpoint',
  'admin.actors': 'Actors',
  'submit.record': 'Sign and record',
  'submit.done': 'Recorded as entry {index}.',
  refused: 'Refused: {title}',
  'log.key': 'Pinned log key',
  'log.key.help':
    'Pinned the first time this browser signed in here. Compare it with the key the log’s operator gave you out of band.',
  loading: 'Loading…',
  none: 'None.',
};

const FIELDS: Catalogue = {
  id: 'Id',
  case: 'Case',
  description: 'Description',
  mediaType: 'Media type',
  size: 'Size in bytes',
  'digests.sha256': 'SHA-256',
  'digests.sha512': 'SHA-512',
  'digests.sha1': 'SHA-1',
  'digests.md5': 'MD5',
  exhibitNumber: 'Exhibit number',
  'origin.method': 'How it was obtained',
  'origin.location': 'Where it was obtained',
  'origin.authorisation.type': 'Authorisation: type',
  'origin.authorisation.reference': 'Authorisation: reference',
  'origin.authorisation.issuer': 'Authorisation: issued by',
  'origin.request': 'Under the request',
  'origin.parent': 'Derived from the item',
  collectedBy: 'Collected by (actor id)',
  collectedAt: 'Collected at',
  occurredAt: 'When it happened',
  location: 'Where',
  note: 'Note',
  seal: 'Seal number',
  reason: 'Reason',
  to: 'To (actor id)',
  purpose: 'Purpose',
  channel: 'Channel',
  result: 'Digest check result',
  condition: 'Condition on receipt',
  'tool.name': 'Tool',
  'tool.version': 'Tool version',
  findings: 'Findings',
  method: 'Method',
  order: 'Order',
  until: 'Until',
  request: 'Request',
  scope: 'Scope',
  conditions: 'Conditions',
  authorisation: 'Authorisation',
  witness: 'Witness (actor id)',
  text: 'Text',
  corrects: 'Corrects the entry (leaf hash)',
  reference: 'Reference',
  title: 'Title',
  'offence.description': 'Offence',
  'offence.legalBasis': 'Offence: legal basis',
  openedAt: 'Opened at',
  actor: 'Actor id',
  name: 'Name',
  organisation: 'Organisation',
  state: 'State (ISO 3166-1 alpha-2)',
  roles: 'Roles',
  publicKey: 'Public key (base64)',
  contact: 'Contact',
  effectiveAt: 'Compromised since',
  holder: 'Holder (actor id)',
  status: 'Status',
  registeredFrom: 'Registered from',
  registeredTo: 'Registered until',
  authority: 'Authority (as its officers’ organisation is registered)',
  instrument: 'Instrument',
  validFrom: 'Valid from',
  validUntil: 'Valid until',
};

const HELP: Catalogue = {
  id: 'Your actor id, "~", then a name of your choosing.',
  'digests.sha256': 'Filled in when you choose the file above.',
  to: 'The actor who is to receive the item.',
};

const OPTIONS: Catalogue = {
  'handed-over': 'Hand over',
  received: 'Receive',
  sealed: 'Seal',
  unsealed: 'Unseal',
  'handover-cancelled': 'Cancel the hand-over',
  examined: 'Examine',
  copied: 'Copy (make a derivative)',
  verified: 'Verify (re-hash)',
  preserved: 'Preserve',
  'preservation-extended': 'Extend preservation',
  'preservation-released': 'Release preservation',
  disclosed: 'Disclose to a foreign authority',
  returned: 'Return',
  destroyed: 'Destroy',
  annotated: 'Annotate',
};

/** Short names of the rules (docs/rules.md) a refusal may carry. */
const RULES: Catalogue = {
  no_access: 'you may not read this (or it does not exist)',
  not_custodian: 'only the current custodian may record this',
  not_recipient: 'only the named recipient may receive it',
  no_pending_transfer: 'nothing awaits receipt',
  transfer_pending: 'a hand-over or disclosure awaits receipt',
  not_cancellable: 'a disclosure to another state’s authority stays pending until the receipt of its import',
  item_closed: 'the item was returned or destroyed',
  already_sealed: 'the item is already sealed',
  not_sealed: 'the item is not sealed',
  seal_mismatch: 'that is not the seal on the item',
  sealed: 'unseal the item first',
  self_transfer: 'the recipient already holds the item',
  recipient_role: 'the recipient may not keep evidence',
  cross_border: 'evidence crosses a border only by a disclosure',
  digest_result_false: 'the declared result disagrees with the digests',
  prev_mismatch: 'someone recorded on the item in the meantime',
  role_not_allowed: 'none of your roles may do this',
  id_namespace: 'ids you create begin with your own actor id and "~"',
  duplicate_id: 'this id exists already',
  unknown_actor: 'no such actor',
  time_in_future: 'that time is in the future',
  time_order: 'dated before the item’s previous event',
  unauthenticated: 'the service did not accept the login',
  key_in_use: 'this public key is registered to another actor',
  already_granted: 'the actor already has access',
  schema: 'the service refused the form’s values',
};

let catalogue = {
  ...EN,
  ...prefixed('field.', FIELDS),
  ...prefixed('help.', HELP),
  ...prefixed('option.', OPTIONS),
  ...prefixed('rule.', RULES),
};

function prefixed(prefix: string, c: Catalogue): Catalogue {
  return Object.fromEntries(Object.entries(c).map(([k, v]) => [prefix + k, v]));
}

/** Replaces the catalogue (another language); missing keys fall back to English. */
export function useCatalogue(entries: Catalogue): void {
  catalogue = { ...catalogue, ...entries };
}

export function t(key: string, vars: Readonly<Record<string, string | number>> = {}): string {
  const text = catalogue[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

const humanise = (s: string) =>
  s
    .replace(/([A-Z])/g, ' $1')
    .replace(/[-_.]/g, ' ')
    .replace(/^./, (c) => c.toUpperCase());

export const fieldLabel = (path: string): string =>
  catalogue[`field.${path}`] ?? humanise(path.split('.').at(-1)!);
export const fieldHelp = (path: string): string | undefined => catalogue[`help.${path}`];
export const optionLabel = (value: string): string => catalogue[`option.${value}`] ?? value;
export const ruleTitle = (code: string): string => catalogue[`rule.${code}`] ?? code.replace(/_/g, ' ');
