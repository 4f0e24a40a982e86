/**
 * What each Custos entry is called as a CASE investigative action (docs/case-uco.md). CASE 1.4
 * has no controlled vocabulary of custody events: `uco-core:name` is free text, so the names
 * follow the community's examples where one exists ("seized", "transferred", "custody-receive")
 * and are the Custos event type otherwise.
 * @module
 */
import type { CustodyType } from '../ledger/evidence-payloads.ts';

export const ACTION_NAMES: Readonly<Record<CustodyType, string>> = {
  sealed: 'sealed',
  unsealed: 'unsealed',
  'handed-over': 'transferred',
  'handover-cancelled': 'transfer-cancelled',
  received: 'custody-receive',
  examined: 'examined',
  copied: 'acquired',
  verified: 'verified',
  preserved: 'preserved',
  'preservation-extended': 'preservation-extended',
  'preservation-released': 'preservation-released',
  disclosed: 'disclosed',
  returned: 'returned',
  destroyed: 'destroyed',
  annotated: 'annotated',
  'use-consented': 'use-consented',
  'hold-placed': 'hold-placed',
  'hold-lifted': 'hold-lifted',
  'retention-set': 'retention-set',
  'retention-overridden': 'retention-overridden',
};

/** A registration: "seized" for a seizure, "obtained" otherwise (the method is in the description). */
export const registrationName = (method: string): string => (method === 'seizure' ? 'seized' : 'obtained');
