/**
 * English: the reference catalogue. Every other catalogue has exactly these keys, each with the
 * same placeholders (test/core/i18n/catalogues.test.ts). Messages are ICU MessageFormat
 * (intl-messageformat): `{name}` is a value, `{n, plural, …}` and `{x, select, …}` choose by it.
 * An ASCII apostrophe quotes in ICU syntax: write ’. A part that is there only when a value is
 * selects on a flag named `has…` (`yes` or `no`), never on the value itself, which is as logged.
 * @module
 */
export const EN_MESSAGES = {
  // The report: title, verdict, summary.
  'report.title': 'Chain-of-custody report: item {item}',
  'report.verified': 'VERIFIED',
  'report.notVerified': 'NOT VERIFIED',
  'report.verifiedDetail':
    'Every check passed against the pinned log key: the custody history below is what the log committed to.',
  'report.notVerifiedDetail':
    'At least one check failed (see “Verification”). The facts below are only what the bundle claims: do not rely on them.',
  'report.compromised':
    'Entries {entries} were signed with a key later declared compromised as of a time before they were logged: they were logged before that declaration, so they verify, but weigh them (marked below).',
  'report.item': 'Item',
  'report.generated': 'Report generated',
  'report.bundleMade': 'Bundle made',
  'report.exportedBy': 'Exported by',
  'report.derivatives': 'Derivatives’ histories',
  'report.derivativesIncluded':
    '{included, select, yes {included, checked with the item’s} other {not included}}',
  'report.bundleSha256': 'Bundle SHA-256',
  'report.language': 'Language',
  'report.unprintable':
    'Some characters have no glyph in this PDF’s fonts; each is shown as [U+code point] and the attached bundle.json holds the exact text: {codes}.',
  'report.seeBundle': '… [see bundle.json]',
  'report.footer': 'Item {item} · {verdict} · bundle SHA-256 {sha256}',
  'report.page': 'Page {n} of {of}',
  'report.reviewed':
    'Translation reviewed by {reviewer}. The attached bundle.json is the authoritative record.',
  'report.unreviewed':
    'Machine-drafted translation, not yet reviewed by a qualified legal translator. The attached bundle.json is the authoritative record.',
  'report.generatedAt': 'report generated {time}',
  // Times: UTC first; the offset the actor recorded beside it.
  'time.utc': '{time} UTC',
  'time.recorded': '{utc} (recorded as {local})',
  'time.logged': 'logged {time}',
  'time.byTsa': 'TSA {name}',
  'time.byWitness': 'witness {name}',
  'time.noLaterThan': 'no later than {time}',
  // Case and requests.
  'case.section': 'Case and requests',
  'case.reference': 'Case reference',
  'case.title': 'Title',
  'case.organisation': 'Organisation',
  'case.state': 'State',
  'case.none': 'The bundle names no case.',
  'request.heading': 'Requests between states',
  'request.request': 'Request',
  'request.type': 'Type',
  'request.fromTo': 'From → to',
  'request.parties':
    '{requestingAuthority} ({requestingState}) → {requestedAuthority} ({requestedState}, designated by entry {designation})',
  'request.legalBasis': 'Legal basis',
  'request.status': 'Status',
  'request.none': 'No request for assistance concerns this item.',
  // Items.
  'item.none': 'No verified registration of the item (see “Verification”).',
  'item.the': 'The item: {id}',
  'item.related': 'Related item: {id}',
  'item.description': 'Description',
  'item.case': 'Case',
  'item.exhibit': 'Exhibit number',
  'item.size': 'Size',
  'item.mediaType': 'Media type',
  'item.origin': 'Origin',
  'item.originUnknown': 'not recorded in the bundle',
  'item.registered': 'Registered (logged)',
  'item.custodian': 'Custodian (last recorded here)',
  'item.status': 'Status (last recorded here)',
  'item.derivedFrom': 'Derived from',
  'item.relation': 'Relation',
  'item.sourceOf': 'source from which {id} was copied',
  'item.originObtained': '{method}{hasLocation, select, yes { at {location}} other {}}',
  'item.originAuthorisation': 'under {type} {reference} issued by {issuer}',
  'item.originRequest': 'under request {request}',
  'item.originCollected': 'collected by {person} on {time}',
  'item.originCopy': 'copy of {item} ({method}) made with {tool} by {person} on {time}',
  'item.preservation': 'Preservation',
  'item.preservationValue':
    'order {order}{hasBasis, select, yes {, under {basis}} other {}}, from {since} until {until}: {hasForce, select, yes {in force} other {EXPIRED}} as of {asOf} (the bundle’s latest entry)',
  'item.legalHold': 'Legal hold',
  'item.legalHoldValue': '{reference}, placed on {on}, in force at the bundle’s checkpoint',
  'item.retention': 'Retention',
  'item.retentionValue':
    '{hasCategory, select, yes {category {category} ({basis}), kept until {until}; } other {}}{hasLimit, select, yes {kept no longer than {limit} (conditions set by {state}); } other {}}{isDue, select, yes {DUE FOR REVIEW since {reviewAt}} other {due for review on {reviewAt}}} as of {asOf} (the bundle’s latest entry){hasOverride, select, yes {; early disposal ordered ({reference})} other {}}',
  'size.bytes': '{n, plural, one {# byte} other {# bytes}}',
  // Custody.
  'custody.section': 'Custody history',
  'custody.intro':
    'One row per event, in the order the log recorded them. “#” is the entry’s position in the log, as the verification section cites it; times are UTC, with the offset the actor recorded beside them.',
  'custody.when': 'When (occurred; logged)',
  'custody.who': 'Who',
  'custody.what': 'What',
  'custody.where': 'Where',
  'custody.seal': 'Seal',
  'custody.digest': 'Digest',
  'custody.none': 'The bundle holds no custody event for this item.',
  'custody.inLog': 'in the log {origin}',
  'custody.crossedOut':
    'BORDER: custody passed from this log to the log {origin}, which imported it as its entry {index}',
  'custody.crossedIn':
    'BORDER: custody came to this log from the log {origin}, which disclosed it as its entry {index}',
  'custody.match': 'match',
  'custody.mismatch': 'MISMATCH',
  // Derivatives.
  'derivatives.section': 'Chain of derivatives',
  'derivatives.intro': 'Each arrow leads from an item to the copies made from it, as the log recorded them.',
  'derivatives.none': 'No derivative items: nothing in this bundle was copied from or into the item.',
  // Verification.
  'verification.section': 'Verification',
  'verification.noCheckpoint': 'No checkpoint could be verified with the pinned log key.',
  'verification.intro':
    'The bundle was checked against this signed checkpoint of the log, opened with the log verifier key pinned by whoever made this report:',
  'verification.origin': 'Checkpoint origin',
  'verification.treeSize': 'Tree size',
  'verification.entries': '{n, plural, one {# entry} other {# entries}}',
  'verification.rootHash': 'Root hash (base64)',
  'verification.keyId': 'Log key ID',
  'verification.witnesses': 'Witnesses that cosigned',
  'verification.noWitnesses': 'none checked (no witness policy given)',
  'verification.result': 'Result',
  'verification.check': 'Check',
  'verification.entry': 'Entry',
  'verification.detail': 'Detail',
  'verification.noChecks': 'No check was made.',
  'status.pass': 'PASS',
  'status.fail': 'FAIL',
  'status.warn': 'WARNING',
  'status.info': 'NOTE',
  // Check names, and what each check establishes (the verifier’s own detail follows in English).
  'check.format': 'Format',
  'check.log-key': 'Log key',
  'check.checkpoint': 'Checkpoint',
  'check.witnesses': 'Witnesses',
  'check.post-quantum': 'Post-quantum signature',
  'check.time': 'Time',
  'check.rollback': 'Rollback',
  'check.entries': 'Entries',
  'check.inclusion': 'Inclusion',
  'check.signatures': 'Signatures',
  'check.genesis': 'Genesis',
  'check.rules': 'Custody rules',
  'check.chain': 'Chain',
  'check.revocations': 'Revocations',
  'check.digests': 'Digests',
  'check.derivatives': 'Derivatives',
  'check.subject': 'Subject',
  'check.file': 'Evidence file',
  'check.attachment': 'PDF attachment',
  'check.log-origin': 'Log origin',
  'check.pages': 'Printed pages',
  'check.signature': 'Exporter’s signature',
  'check.report-signature': 'Report signature',
  'check.completeness': 'Completeness',
  'check.border': 'Border',
  'check.parts': 'Other logs’ parts',
  'check.detailInEnglish': 'The verifier’s detail, in English:',
  // The bundle.
  'bundle.section': 'The bundle',
  'bundle.intro':
    'The court bundle (format custos-bundle, docs/bundle.md) is the signed data this report was made from. The PDF version of this report carries it as the attached file bundle.json.',
  'bundle.sha256': 'SHA-256',
  'bundle.entries': 'Entries',
  'bundle.origin': 'Log origin',
  'bundle.key': 'Log key in the bundle',
  // How to verify.
  'guide.section': 'How to verify this report independently',
  'guide.intro':
    'What this report prints can be checked instead of trusted. The signed data it was made from is attached to the PDF as bundle.json; the verifier checks that data, then draws these pages again from it and compares them with the file, without trusting the Custos server or its staff.',
  'guide.step1':
    'Obtain the log’s verifier key out of band: from the log’s operator by letter, by telephone (reading out its key ID) or through a court registry. Never take it from this report or from the bundle — their copies are only compared with it.',
  'guide.step1Key': 'The key this report was checked with has key ID {keyId}.',
  'guide.step2':
    'Run the Custos verifier on the PDF, giving it that key (command below); it needs no network access. It extracts the attached bundle.json, checks that its SHA-256 is the one printed in this report, checks every signature, inclusion proof and custody rule, and then requires every page of the file to be exactly what that verified history renders to: a changed, added or removed page is reported by its number.',
  'guide.step3':
    'Or open the /verify page of a Custos server in a web browser, choose this PDF and enter the same key. It makes the same checks; to check the pages it loads the report fonts from that server, so a saved copy of the page opened offline checks the history and says that the pages were NOT checked.',
  'guide.step4':
    'If you hold the evidence file itself, its SHA-256 (for example from sha256sum) must equal the registered SHA-256 printed in this report.',
  'guide.proves': 'What a verified result proves',
  'guide.provesText':
    'That the log whose key you pinned committed, in this order, to the entries shown, signed by the actors named with keys valid at the time, obeying the custody rules; and, where witnesses cosigned, that they saw the same log.',
  'guide.notProves': 'What it does not prove',
  'guide.notProves1':
    'That the history is complete after the checkpoint: later events may exist — ask for a fresh bundle.',
  'guide.notProves2': 'That no actor outside the bundle had a colliding key.',
  'guide.notProves3':
    'That what an actor signed is true in the world. That rests on the actors, the witnesses and the courts.',
  // Events: one line each, values exactly as logged.
  'event.registered':
    'registered: {description}; obtained by {method}{hasLocation, select, yes { at {location}} other {}}; collected by {collector}',
  'event.sealed': 'sealed with seal {seal}',
  'event.unsealed': 'seal {seal} broken: {reason}',
  'event.handedOver': 'handed over to {to} for {purpose}{hasChannel, select, yes { by {channel}} other {}}',
  'event.handoverCancelled': 'hand-over cancelled: {reason}',
  'event.received':
    'received; SHA-256 re-checked: {hasMatch, select, yes {matches} other {DOES NOT MATCH}} the registered digest{hasCondition, select, yes {; {condition}} other {}}',
  'event.examined':
    'examined for {purpose} with {tool}{hasFindings, select, yes {; findings: {findings}} other {}}',
  'event.copied': 'copied to derivative {derivative} ({description}) with {tool}',
  'event.created': 'created as a copy of {item} with {tool} ({method})',
  'event.verified':
    're-hashed: {hasMatch, select, yes {matches} other {DOES NOT MATCH}} the registered digest',
  'event.preserved':
    'preserved under order {order} until {until}{hasRequest, select, yes { (request {request})} other {}}',
  'event.preservationExtended': 'preservation extended until {until}',
  'event.preservationReleased': 'preservation released: {reason}',
  'event.disclosed':
    'disclosed to {to} under request {request}: {scope}{hasConditions, select, yes {; conditions: {conditions}} other {}}{hasConditionsOnUse, select, yes {; conditions on use: {conditionsOnUse}} other {}}',
  'event.disclosedToAuthority':
    'disclosed to {authority} ({state}, designated by entry {designation}) under request {request}: {scope}{hasConditions, select, yes {; conditions: {conditions}} other {}}{hasConditionsOnUse, select, yes {; conditions on use: {conditionsOnUse}} other {}}',
  'event.imported': 'imported from log {origin}, where entry {index} disclosed item {item}: {description}',
  'event.transferReceipt': 'receipt of disclosure {disclosure}: imported into log {origin} as entry {index}',
  'event.holdPlaced': 'legal hold {reference} placed: {reason}',
  'event.holdLifted': 'legal hold lifted ({reference}): {reason}',
  'event.retentionSet': 'filed under retention category {category}: {reason}',
  'event.retentionOverridden': 'early disposal ordered before the end of retention ({reference}): {reason}',
  'event.useConsented':
    'consent by the providing state to {hasOnward, select, yes {transfer onward to {to}} other {{hasPurpose, select, yes {use for {purpose}} other {use as evidence before a court}}}}: {reason}',
  'event.useConsentedToAuthority':
    'consent by the providing state to transfer onward to {authority} ({state}, designated by entry {designation}): {reason}',
  'event.returned': 'returned to {to}: {reason}',
  'event.destroyed':
    'destroyed by {method} ({authorisation}){hasWitness, select, yes {, witnessed by {witness}} other {}}',
  'event.annotated': 'annotation: {text}{hasCorrects, select, yes { (corrects an earlier entry)} other {}}',
  'keyNote.compromised':
    'Signed with a key later declared compromised as of {from}, declared by {by} on {at} (entry {entry}).',
  'keyNote.issued':
    'Signed with a key that administrator {by} issued on {actor}’s behalf on {at} (entry {entry}).',
  // Words the log records as codes, as a person reads them.
  'origin.seizure': 'seizure',
  'origin.production-order': 'production order',
  'origin.preservation': 'preservation',
  'origin.voluntary-disclosure': 'voluntary disclosure',
  'origin.foreign-authority': 'transmission by a foreign authority',
  'origin.derived': 'derivation from another item',
  'itemStatus.active': 'active',
  'itemStatus.returned': 'returned',
  'itemStatus.destroyed': 'destroyed',
  'requestType.mutual-legal-assistance': 'mutual legal assistance',
  'requestType.preservation-stored-data': 'expedited preservation of stored data',
  'requestType.preservation-traffic-data': 'expedited preservation of traffic data',
  'requestType.production': 'production order',
  'requestType.network-24-7': '24/7 network request',
  'requestType.spontaneous-information': 'spontaneous information',
  'requestStatus.recorded': 'recorded',
  'requestStatus.received': 'received',
  'requestStatus.accepted': 'accepted',
  'requestStatus.executed': 'executed',
  'requestStatus.partially-executed': 'partially executed',
  'requestStatus.refused': 'refused',
  'requestStatus.withdrawn': 'withdrawn',
  'eventType.registered': 'registered',
  'eventType.created': 'created as a copy',
  'eventType.sealed': 'sealed',
  'eventType.unsealed': 'unsealed',
  'eventType.handed-over': 'handed over',
  'eventType.handover-cancelled': 'hand-over cancelled',
  'eventType.received': 'received',
  'eventType.examined': 'examined',
  'eventType.copied': 'copied',
  'eventType.verified': 're-hashed',
  'eventType.preserved': 'preserved',
  'eventType.preservation-extended': 'preservation extended',
  'eventType.preservation-released': 'preservation released',
  'eventType.disclosed': 'disclosed',
  'eventType.returned': 'returned',
  'eventType.destroyed': 'destroyed',
  'eventType.annotated': 'annotated',
  'eventType.use-consented': 'consent to use',
  'eventType.hold-placed': 'legal hold placed',
  'eventType.hold-lifted': 'legal hold lifted',
  'eventType.imported': 'imported from another log',
  'eventType.transfer-receipt': 'receipt from the receiving log',
  'subjectKind.actor': 'actor',
  'subjectKind.case': 'case',
  'subjectKind.request': 'request',
  'subjectKind.item': 'item',
  'subjectKind.designations': 'designations',
  'subjectKind.retention': 'retention category',
  'subjectKind.derivatives': 'items derived from item',
  'eventType.retention-set': 'retention category set',
  'eventType.retention-overridden': 'retention overridden',
  'revocationReason.compromised': 'compromised',
  'revocationReason.lost': 'lost',
  'revocationReason.superseded': 'superseded',
  'revocationReason.left-organisation': 'left the organisation',
  'revocationReason.other': 'other reason',
  'item.holdOnItem': 'item {id}',
  'item.holdOnCase': 'case {id}',
  'conditions.onUse':
    'permitted purposes: {purposes}; onward transfer: {hasOnwardPermitted, select, yes {permitted} other {only with the provider’s consent}}; use as evidence: {hasEvidencePermitted, select, yes {permitted} other {only with the provider’s consent}}{hasRetainUntil, select, yes {; retain no longer than {retainUntil}} other {}}{hasDataProtection, select, yes {; data protection: {dataProtection}} other {}}',
  // The verifier's checks, one sentence each, with the values it computed.
  'detail.notBundle': 'not a custos-bundle (v1 or v2): {path} {problem}',
  'detail.format': '{format} for item {item}, made {createdAt}',
  'detail.jsonRefused': '{name} is refused: {reason}',
  'detail.jsonInvalid': '{name} is {reason}',
  'detail.theBundle': 'the bundle',
  'detail.fileNoItems': 'no verified item to compare {file} with',
  'detail.fileMatches': '{file} has the registered SHA-256 of item {item}',
  'detail.fileMismatch':
    '{file} has SHA-256 {sha256}, which is registered for none of the {n} {n, plural, one {item} other {items}} in the bundle ({items}): not this evidence, or altered',
  'detail.logKeyInvalid': 'the pinned log key is not a valid verifier key: {reason}',
  'detail.witnessKeyInvalid': 'witness key {key} is not a cosignature verifier key: {reason}',
  'detail.checkpointInvalid': 'the checkpoint does not verify with the pinned log key: {reason}',
  'detail.checkpoint':
    'checkpoint of {origin} at tree size {size}, root {root}, signed by the pinned log key',
  'detail.witnesses':
    '{n} of {threshold} required witnesses cosigned{hasCosigners, select, yes { ({cosigners})} other {}}{hasMissing, select, yes {; missing: {missing}} other {}}',
  'detail.witnessesNoPolicy':
    '{hasCosigners, select, yes {cosigned by {cosigners} (no witness policy given)} other {no witness policy given}}',
  'detail.logKeyNamed': 'the bundle names the pinned log key {name} (key ID {keyId})',
  'detail.logOriginNamed': 'the bundle names the log origin {name}, the pinned key’s',
  'detail.logMemberDiffers': 'the bundle names log.{member} {value}, not the pinned {pinned}',
  'detail.logMemberUnpinned':
    'the bundle’s log.{member} is nothing the verifier pins, so it cannot be checked',
  'detail.pqKeyInvalid': 'the pinned ML-DSA-44 key is not usable: {reason}',
  'detail.pqSigned': 'the checkpoint also carries a valid ML-DSA-44 signature by the pinned key',
  'detail.pqRequired':
    'the policy requires an ML-DSA-44 signature by the pinned key, and the checkpoint has none',
  'detail.pqMissing': 'the checkpoint carries no ML-DSA-44 signature by the pinned key',
  'detail.seenInvalid': 'the checkpoint you saw before does not verify: {reason}',
  'detail.seenSame': 'the same tree as the checkpoint you saw (size {size})',
  'detail.forked':
    'two different roots for tree size {size}: the log forked; keep both checkpoints as evidence',
  'detail.seenEmpty': 'the checkpoint you saw is of the empty tree: any later tree is consistent with it',
  'detail.consistencyUnproven':
    'the bundle’s checkpoint (size {size}) is {hasNewer, select, yes {newer} other {older}} than the one you saw (size {seen}); offline this proves nothing either way: verify with --online to have the log prove that both are one history',
  'detail.consistent':
    'proven consistent with the checkpoint you saw (size {seen}): the log’s tree of size {older} is a prefix of its tree of size {newer} (RFC 9162)',
  'detail.inconsistent':
    'the log’s consistency proof from size {older} to {newer} does not hold: the bundle’s checkpoint and the one you saw are not one history; keep both as evidence',
  'detail.entryMalformed': 'an entry is malformed: {reason}',
  'detail.outOfOrder': 'entry {entry} comes after entry {previous}: entries must be in log order, each once',
  'detail.beyondCheckpoint':
    'entry {entry} is not proven in the log: its index is beyond the checkpoint’s size {size} (a rolled-back checkpoint?)',
  'detail.proofMismatch':
    'entry {entry} is not proven in the log: its inclusion proof does not lead to the checkpoint root (altered entry or proof)',
  'detail.entries': '{n} of {total} entries are canonical JCS, well-formed and in log order',
  'detail.inclusion': '{n} of {total} entries proven included in the checkpoint (RFC 9162)',
  'detail.inclusionNoCheckpoint': 'inclusion cannot be checked without a verified checkpoint',
  'detail.genesis': 'the chain of trust starts at entry 0, the genesis administrator {actor}',
  'detail.noGenesis':
    'the bundle does not start with the genesis administrator (entry 0): signers cannot be traced to the log’s configuration',
  'detail.notAsLogged':
    'entry {entry} is not what the log would have written for it (its time is not in the log’s format)',
  'detail.chainGap':
    'entry {entry} does not follow the previous entry of its subject in this bundle: an entry is missing or out of order',
  'detail.ruleBroken': 'entry {entry} breaks the rule {code}: {reason}',
  'detail.chainBroken': 'the chain of entries is broken (see above)',
  'detail.chain': 'every event names its subject’s previous entry: no gap, no reordering',
  'detail.rulesNoVersion':
    '{n} of {total} entries come from a log that announced no version of the rules: they were replayed under version 1, the rules they were logged under',
  'detail.rulesOlderVersion':
    '{n} of {total} entries were logged before entry {from}, from which the log applies version {version} of the rules: each was replayed under the version in force for it',
  'detail.rulesMoved':
    'the log changed which version of the rules applies to entries a checkpoint you saw already covered ({reason})',
  'detail.rulesLineInvalid': 'the checkpoint’s rules line cannot be read: {reason}',
  'detail.rules': '{n} of {total} entries pass the custody rules when replayed (same rules as the server)',
  'detail.signatureBad': 'entry {entry}: the signature of {actor} does not verify over its content',
  'detail.signatures': '{n} of {total} entry signatures verify (Ed25519, strict RFC 8032)',
  'detail.subject': 'item {item} is registered in the bundle: {description}',
  'detail.noSubject': 'the bundle does not contain the registration of item {item}',
  'detail.digestMismatch':
    'entry {entry}: {actor} recorded that item {item} did NOT match its registered SHA-256 ({type})',
  'detail.digests':
    '{n} digest re-check(s) matched the registered digests{hasMismatches, select, yes {; {mismatches} recorded a mismatch (see above)} other {}}{hasIgnored, select, yes {; {ignored} in entries not proven or not signed, not counted} other {}}',
  'detail.orphan': 'item {item} claims to derive from {parent}, whose history is not in the bundle',
  'detail.derivatives': '{n} derivative(s), each created from its parent by its custodian',
  'detail.noDerivatives': 'no derivative items',
  'detail.compromisedLater':
    'entry {entry} was signed by {actor} with a key later declared compromised as of {from}, declared by {by} on {at} (entry {declaration}, {reason}{hasNote, select, yes {: {note}} other {}}); the log proves the entry was logged before that declaration',
  'detail.issuedByAdministrator':
    'entry {entry} was signed by {actor} with a key that administrator {by} issued on their behalf on {at} (entry {since}): {by} may have held it',
  'detail.compromisedSummary':
    '{n} {n, plural, one {entry was} other {entries were}} signed with a key later declared compromised as of a time before they were logged (listed above); each was logged before the declaration, so it verifies, but weigh it',
  'detail.revocations':
    'no entry is signed with a key revoked before it was logged, or declared compromised as of a time before it was logged',
  'detail.noCompleteness':
    'this {format} bundle carries no completeness proof: it shows that its entries are in the log, not that the history of item {item} is complete (ask for a new export)',
  'detail.mapLineMalformed': 'the checkpoint’s history map line is malformed: {reason}',
  'detail.noMap':
    'the checkpoint (size {size}) commits to no history map, so the history of item {item} cannot be shown complete',
  'detail.incompleteNoProof':
    'the history of {kind} {id} is not shown complete: the bundle has no completeness proof for it',
  'detail.incompleteBadProof':
    'the history of {kind} {id} is not shown complete: its history map proof does not match the checkpoint ({reason})',
  'detail.incompleteNoHistory':
    'the history of {kind} {id} is not shown complete: the log proves it has no history at all as of the checkpoint',
  'detail.incompleteCount':
    'the history of {kind} {id} is not shown complete: the log holds {count}, the latest #{latest}; the bundle has {held} entries, the last #{last}',
  'detail.incompleteLatest':
    'the history of {kind} {id} is not shown complete: the log’s latest entry #{latest} is not the bundle’s entry #{last}',
  'detail.incompleteWithheld':
    'the history of {kind} {id} is not shown complete: the bundle holds entries of it but declares it withheld',
  'detail.derivativeWithheld':
    'the history of derivative item {id} is not in this bundle and not shown complete: its exporter may not read it (ask its holder for its own bundle)',
  'detail.incompleteNoneNoProof':
    'the history of {kind} {id} is not shown complete: it is a derivative the bundle holds none of, and the bundle has no completeness proof for it',
  'detail.incompleteNoneHeld':
    'the history of {kind} {id} is not shown complete: it is a derivative the bundle holds none of; the log holds {count}, the latest #{latest}',
  'detail.derivativesWithheld':
    'not every item registered as derived from item {id} is in this bundle: its exporter may not read some of them, so they are not shown complete (ask their holder for their own bundle)',
  'detail.derivativesCountedFrom':
    'the log counts the items registered as derived from an item from entry {from} on (version 3 of the rules): one registered before entry {from} and left out of this bundle whole would not be noticed',
  'detail.derivativesNoProof':
    'the derivatives of item {id} are not shown complete: the bundle has no proof of how many items the log registered as derived from it',
  'detail.derivativesNoneInLog':
    'the derivatives of item {id} are not shown complete: the bundle holds {held} registrations of items derived from it since entry {from}, and the log proves it holds none',
  'detail.derivativeMissing':
    'a derivative of item {id} is missing: the log registered an item derived from it at entry {latest}, which the bundle does not hold (the log holds {count} such registrations since entry {from}, the bundle {held})',
  'detail.derivativesMissing':
    'derivatives of item {id} are missing: the log holds {count} registrations of items derived from it since entry {from}, the bundle {held}',
  'detail.pdfUnreadable': 'the file cannot be read as a PDF ({reason}), so its pages cannot be checked',
  'detail.noRenderRecord':
    'the PDF does not say how its pages were made (no complete custos render record in its XMP metadata), so they cannot be rendered again and compared',
  'detail.pagesMatch':
    'every page is exactly what the verified history renders to: rendering the report again from the verified bundle ({renderer}, {languages}) gives {hasSignature, select, yes {the signed revision of this file byte for byte, and the file holds nothing else but the signature of the exporting authority (no later revision, annotation, form field or extra page)} other {this file byte for byte, so the file holds nothing else (no later revision, annotation, form field or extra page)}}',
  'detail.pagesDiffer':
    'the pages are NOT what the verified history renders to: {findings}{hasMore, select, yes {; and {more} more differences} other {}}',
  'detail.pagesNotChecked': 'the printed pages were NOT checked: {why}',
  'detail.historyUnverified': 'the history they would be compared with does not verify',
  'detail.attachmentUndeclared':
    'the PDF does not declare the SHA-256 of its bundle (no “{prefix}” Subject), so the attached {file} (SHA-256 {sha256}) cannot be tied to the printed report',
  'detail.attachmentMatches': 'the attached {file} has the SHA-256 the report declares and prints: {sha256}',
  'detail.attachmentReplaced':
    'the attached {file} has SHA-256 {sha256}, not the {declared} the report declares and prints: the attachment was replaced or altered after the report was made',
  'detail.completeAsOf': 'complete as of checkpoint {root}… (size {size})',
  'detail.complete':
    'the histories of {n} subjects are {complete}: the log’s map holds the bundle’s last entry of each, and as many entries: {named}{hasMore, select, yes {, and {more} more} other {}}',
  'detail.borderProven':
    'entry {index} carries entry {other} of the log {origin}, proven in its checkpoint of size {size} with the key pinned for that log',
  'detail.borderNotPinned':
    'entry {index} carries entry {other} of the log {origin}, which is not pinned here: that part was NOT checked (pin that log’s key to check it)',
  'detail.borderFailed':
    'entry {index} carries entry {other} of the log {origin}, and its proof fails with the key and witness policy pinned for that log: {reason}',
  'detail.partsMissing': 'a {format} bundle carries other logs’ parts, but this one carries none',
  'detail.partsNotMultiLog': 'a {format} bundle cannot carry other logs’ parts: only custos-bundle/v3 does',
  'detail.partAbsent':
    'entry {index} imports entry {other} of the log {origin}, but the bundle does not carry that log’s part: the history there is not shown',
  'detail.partUnclaimed':
    'part {n} (the log {origin}, its entry {other}) is not the disclosure that any import in this bundle names',
  'detail.partNotPinned':
    'the part of the log {origin} (its history up to its entry {other}, imported by entry {index}) was NOT checked: no key is pinned here for that log. To check it, pin that log’s key: custos trust add, or “Other logs” on the /verify page',
  'detail.partFailed':
    'the part of the log {origin} imported by entry {index} does not verify with the key and witness policy pinned for that log: {reason}',
  'detail.partBundleFailed':
    'the part of the log {origin} imported by entry {index} does not verify with the key pinned for that log: its bundle does not verify: {failures}',
  'detail.partCheckFailed':
    '{check}: {reason}{hasNext, select, yes {; {next}} other {}}{hasMore, select, yes {; {more, plural, one {# more failure} other {# more failures}}} other {}}',
  'detail.partMismatch':
    'entry {index} imports entry {other} of the log {origin} with leaf hash {named}, but the bundle’s part of that log discloses an entry with leaf hash {leafHash}',
  'detail.partVerified':
    'entry {index} imports item {item} from the log {origin}: that log’s part verifies with the key pinned for it, and its entry {other} is the disclosure the import names. It is complete only as of that log’s checkpoint {root}… (size {size}), made when it disclosed: later events in that log are not covered',
  // Why another log's part or entry fails (src/core/verify/failure-reason.ts), inside the lines above.
  'reason.unreadable': 'it cannot be read',
  'reason.badSignature': 'the signature by {name} on the checkpoint does not verify',
  'reason.notSignedByPinnedKey': 'the checkpoint is not signed by the key pinned for that log',
  'reason.otherOrigin': 'the checkpoint is of the log {origin}, not of the pinned log {pinned}',
  'reason.proofFails': 'its inclusion or consistency proof does not lead to the checkpoint’s root',
  'reason.malformed': 'its proof or checkpoint is malformed (code {code})',
  'reason.failedWithCode': 'it fails with code {code}',
  'reason.witnessQuorum':
    '{n} of the {threshold} required trusted witnesses cosigned the checkpoint{hasCosigners, select, yes { ({cosigners})} other {}}{hasMissing, select, yes {; not cosigned by: {missing}} other {}}',
  'reason.proofWithoutEntry':
    'the tlog-proof carries no entry and none was given: nothing is proven included',
  'reason.packageMalformed':
    '{what, select, format {the transfer package’s format is not {format}} members {the transfer package has members the format does not define: {members}} disclosure {the transfer package’s disclosure is not exactly an index and a tlog-proof} bundle {the transfer package carries no court bundle with entries} other {the transfer package’s consistency proof is not a list of base64 hashes}}',
  'reason.notADisclosure': 'entry {index} of its bundle is not a disclosure',
  'reason.proofOfOtherEntry': 'its tlog-proof proves entry {proven}, not the disclosure, entry {named}',
  'reason.foreignEntryMismatch':
    'the tlog-proof proves entry {proven} (leaf hash {provenLeaf}) of the log {provenOrigin}, not entry {index} (leaf hash {leafHash}) of the log {origin}',
  'detail.tsaUnchecked': 'a TSA policy was given but the tokens were not checked (use verifyBundleWithTime)',
  'detail.tokenFailed': 'timestamp {n} on checkpoint {size}: {reason}',
  'detail.timeContradiction':
    'entry {entry} says it was logged at {at}, but checkpoint {size}, which contains it, existed by {bound} ({source})',
  'detail.anchorInvalid': 'time anchor {n}: its checkpoint does not verify with the pinned log key: {reason}',
  'detail.anchorInconsistent':
    'time anchor {n} (checkpoint {size}) is not consistent with the bundle’s checkpoint {bundleSize}',
  'detail.reportNotSigned':
    'the report is not signed by the authority that exported it (no PAdES signature): who exported it is not proven; its pages are checked against the verified history all the same',
  'detail.reportSigned':
    'signed with the {key} certificate SHA-256 {sha256} (subject “{subject}”, issued by “{issuer}”, valid {notBefore} to {notAfter}) {whichTime, select, own {at {at} by the signer’s own clock} checked {at {at}, time-stamped by {tsa} at {genTime} (checked against the pinned TSA root {root})} other {at {at}, time-stamped by {tsa} at {genTime} (NOT checked: no TSA root is pinned)}}, {level}: the signature covers the whole file but its own value, and nothing follows it. No certification authority is checked here: whoever holds that certificate’s key signed; compare the certificate’s SHA-256 with the one the exporting authority publishes',
  'detail.reportSignatureInvalid': 'the report’s signature is NOT valid: {reason}',
  'detail.reportSignatureAppended':
    'the report’s signature is NOT valid: {n} bytes were added after the signed range ends (an incremental update after signing), and a viewer shows them',
  'detail.reportSignatureRevision':
    'the report’s signature is NOT valid: the signature’s revision holds more than the signature field Custos writes (another object, page or annotation was added with it)',
  'detail.tsaCovered':
    'every entry is in a checkpoint timestamped by {k} pinned {k, plural, one {TSA} other {TSAs}} ({tokens} {tokens, plural, one {token} other {tokens}} verified)',
  'detail.tsaUncovered':
    '{n} {n, plural, one {entry is} other {entries are}} in no checkpoint timestamped by {k} pinned {k, plural, one {TSA} other {TSAs}} (first: entry {first})',
  'detail.timeBounds':
    '{n} of {total} entries have a verified time bound; no TSA root pinned, so RFC 3161 timestamps were not checked',
  'detail.more':
    'and {n, number} more {whichStatus, select, fail {{n, plural, one {failure} other {failures}}} warn {{n, plural, one {warning} other {warnings}}} info {{n, plural, one {note} other {notes}}} other {{n, plural, one {pass} other {passes}}}} of this check, not listed',
  'page.signed': 'Signed:',
  'page.signatureInvalid': 'Signature NOT valid:',
  'page.notSigned': 'Not signed:',
  'page.signerCertificate': 'Signer’s certificate SHA-256',
  'page.signerSubject': 'Certificate subject',
  'page.signerIssuer': 'Issued by',
  'page.signerValidity': 'Valid',
  'page.pagesChecked': 'Printed pages checked:',
  'page.pagesNotChecked': 'Printed pages NOT checked:',
  'page.pagesDiffer': 'Printed pages DO NOT MATCH the verified history:',
  // The /verify page.
  'page.title': 'Custos — verify a court bundle',
  'page.language': 'Language',
  'page.skip': 'Skip to the result',
  'page.brand': 'chain-of-custody ledger',
  'page.heading': 'Verify a court bundle',
  'page.lede':
    'Checks an evidence item’s custody history against the log’s signed checkpoint, with the same code as the command-line verifier. It all happens in this page: nothing you choose here is uploaded, and the page also works saved to disk and opened offline.',
  'page.stepKey': 'Pin the log’s verifier key',
  'page.logKey': 'Log verifier key',
  'page.logKeyHelp':
    'Use the key the log’s operator gave you out of band — by letter, by phone, through a court registry. Never copy it from the bundle: the bundle’s own copy is only compared with it.',
  'page.moreWitness': 'Witness policy and an earlier checkpoint (optional)',
  'page.witnessKeys': 'Witness keys you trust, one per line',
  'page.threshold': 'How many of them must have cosigned',
  'page.witnessHelp':
    'With a policy, the checkpoint must carry valid cosignatures from at least that many of these witnesses: they saw the same log as you.',
  'page.knownCheckpoint': 'A checkpoint of this log you saw before',
  'page.checkpointHelp':
    'The bundle’s checkpoint must not be older than it, nor disagree with it: that would be a rolled-back or forked log.',
  'page.moreTsa': 'Timestamping authorities and the post-quantum key (optional)',
  'page.tsaRoots': 'Root certificates of timestamping authorities you trust (PEM)',
  'page.tsaHelp':
    'With a TSA root, every event must be in a checkpoint that authority timestamped (RFC 3161), and each event is shown as logged no later than that time.',
  'page.pqKey': 'The log’s ML-DSA-44 verifier key',
  'page.pqHelp':
    'With this key, the checkpoint must also carry a valid post-quantum (ML-DSA-44) signature by it.',
  'page.moreOtherLogs': 'Other logs, for a bundle that spans several logs (optional)',
  'page.otherLogs': 'Verifier keys of other logs you trust, one per line',
  'page.otherLogsHelp':
    'A bundle exported in one state may carry the part of the log of the state that disclosed the item. That part is checked only with a key you pin here for its log, never with one the bundle names. Paste the keys, or load a trust store file (custos-trust/v1). They are used for this page only, unless you choose to remember them in this browser.',
  'page.otherLogsFile': 'Load a trust store file (custos-trust/v1)',
  'page.rememberOtherLogs': 'Remember these keys and witness policies in this browser',
  'page.forgetOtherLogs': 'Forget the remembered keys',
  'page.otherLogsRemembered': 'Keys of other logs remembered in this browser: {n}',
  'page.otherLogsForgotten': 'No key of another log is remembered in this browser.',
  'page.badOtherLogs': 'Line {line} of the other logs’ keys is not a log verifier key.',
  'page.badTrustFile': 'That file is not a trust store (custos-trust/v1) with explicit pins.',
  'page.otherLogChanged':
    'A different key for the log {origin} is remembered in this browser: if its operator really rotated it, forget the remembered keys and pin the new one.',
  'page.otherLogWitnesses': 'Witnesses of the log {origin} you trust, one per line',
  'page.otherLogThreshold': 'How many of them must have cosigned',
  'page.otherLogPolicyHelp':
    'With witnesses, that log’s part counts only if the checkpoint that proves its disclosure carries valid cosignatures from at least that many of them: the witness policy a trust store keeps for that log (custos trust add --witness). Empty: the log’s key alone.',
  'page.badOtherLogWitnesses':
    'The witness policy for the log {origin} cannot be used: each line must be a witness’s cosignature verifier key, each witness once.',
  'page.badOtherLogThreshold':
    'For the log {origin}, how many witnesses must have cosigned must be a whole number from 1 to {max}.',
  'page.otherLogPolicyKept':
    'The trust store file sets another witness policy for the log {origin} than the one shown here, which is kept: to change it, edit it here.',
  'page.stepBundle': 'Choose the bundle',
  'page.bundleFile': 'bundle.json, or the report PDF it is attached to',
  'page.drop': 'or drop the file here',
  'page.stepFile': 'Check the evidence file',
  'page.optional': 'optional',
  'page.evidenceFile': 'The evidence file itself (e.g. the disk image)',
  'page.evidenceHelp':
    'Its SHA-256 is computed here, in pieces, and compared with the registered digest. Large files take a while.',
  'page.hashing': 'Hashing the evidence file',
  'page.verify': 'Verify',
  'page.print': 'Print',
  'page.proves': 'What a verified bundle proves, and what it does not',
  'page.provesText':
    'It proves that the log whose key you pinned committed, in this order, to these entries, signed by these actors with keys valid at the time, obeying the custody rules; and — with a witness policy — that the witnesses saw the same log.',
  'page.notProvesText':
    'It does not prove that the history is complete after the checkpoint (later events may exist: ask for a fresh bundle), or that what an actor signed is true in the world. Those rest on the actors, the witnesses and the courts.',
  'page.footer':
    'Formats custos-bundle/v2 and v3, a bundle across several logs (v1 is read, and fails completeness), specified in docs/bundle.md. This page makes no network requests; its security policy forbids them.',
  'page.chooseBundle': 'Choose a bundle to verify.',
  'page.verifying': 'Verifying…',
  'page.reading': 'Reading {name}…',
  'page.verifiedStatus': 'Verified: {name}',
  'page.failedStatus': 'Failed: {name}',
  'page.computing': 'computing SHA-256…',
  'page.unreadable': 'could not be read: {reason}',
  'page.verified': 'VERIFIED',
  'page.failed': 'FAILED',
  'page.verifiedLede':
    'Every check passed{hasSubject, select, yes { for item {subject}} other {}}: the log whose key you pinned committed to this history, in this order, signed by actors whose keys were valid at the time and who obeyed the custody rules{hasComplete, select, yes {; the history is {complete}} other {}}.',
  'page.failedLede':
    '{n, plural, one {# check failed} other {# checks failed}}. Do not rely on this history; the failures are listed below and under Checks.',
  'page.keyNotes':
    '{n, plural, one {Entry {entries} was signed with a key later declared compromised as of a time before it was logged. The log proves it was recorded before that declaration, so it verifies; weigh it (marked in the timeline and under Checks).} other {Entries {entries} were signed with a key later declared compromised as of a time before they were logged. The log proves they were recorded before that declaration, so they verify; weigh them (marked in the timeline and under Checks).}}',
  'page.derivativesIncluded':
    '{included, select, yes {The bundle includes the item’s derivatives: their histories were checked with the item’s.} other {The bundle does not include the item’s derivatives: their histories are not part of this verification.}}',
  'page.more': 'and {n} more',
  'page.attachedTo': 'Bundle attached to {name}',
  'page.items': '{n, plural, one {Evidence item} other {Evidence items}}',
  'page.notVerified': '{title} (not verified)',
  'page.custodianNow': 'Custodian now',
  'page.registered': 'Registered',
  'page.status': 'Status',
  'page.derivatives': 'Derivatives',
  'page.checkpointHelpResult': 'The signed tree head every entry was proven to be included in.',
  'page.log': 'Log',
  'page.rootHash': 'Root hash',
  'page.witnesses': 'Witnesses',
  'page.noneCosigned': 'none cosigned',
  'page.requests': 'Mutual legal assistance',
  'page.when': 'When (UTC)',
  'page.event': 'Event',
  'page.by': 'By',
  'page.whatHappened': 'What happened',
  'page.timeline': 'Timeline',
  'page.timelineWarning': 'The bundle failed verification: this is what it claims, not what the log proves.',
  'page.timelineCaption': 'Custody events in log order',
  'page.location': 'Location: {location}',
  'page.sealLine': 'Seal: {seal}',
  'page.itemLine': 'item {item}',
  'page.checks': 'Checks',
  'page.checksSummary':
    '{n, plural, one {# check} other {# checks}}, {failed} failed. Failures name the entry by its log index.',
  'page.checksCaption': 'Every check the verifier made, in order',
  'page.code': 'code: {code}',
  'page.statusPass': 'PASS',
  'page.statusFail': 'FAIL',
  'page.statusWarn': 'WARN',
  'page.statusInfo': 'INFO',
  'page.subjectTag': 'subject of the bundle',
  'page.needKey': 'Pin the log verifier key first: the one the operator gave you, not the bundle’s copy.',
  'page.badThreshold':
    'The witness threshold must be a whole number from 1 to {max} (the number of witness keys given).',
  'page.badTsaRoots': 'The TSA roots must be PEM certificates (BEGIN CERTIFICATE).',
  'page.reviewed': 'Translation reviewed by {reviewer}.',
  'page.unreviewed': 'Machine-drafted translation, not yet reviewed by a qualified legal translator.',
} as const;

export type MessageKey = keyof typeof EN_MESSAGES;

/** A Catalogue (catalogue.ts), typed here without importing it: that file imports MessageKey. */
export const EN = {
  language: 'en',
  name: 'English',
  direction: 'ltr',
  // The reference text, written with the project: not a translation.
  origin: 'source',
  reviewedBy: null,
  messages: EN_MESSAGES,
} as const;
