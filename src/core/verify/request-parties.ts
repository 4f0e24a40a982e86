/**
 * Who asked whom, as a court reads a request: the two authorities and their states, and the
 * entry of the log that designates the requested authority when the request names it
 * (docs/model.md, Designated authorities). The report and /verify print the same line.
 * @module
 */
import type { Translator } from '../i18n/translator.ts';
import type { BundleVerification } from './result.ts';

export function requestParties(tr: Translator, r: BundleVerification['requests'][number]): string {
  if (!r.requestingAuthority || !r.requestedAuthority) return `${r.requestingState} → ${r.requestedState}`;
  // A request that names no entry reads as it always did, so reports already drawn stay byte for byte.
  if (r.requestedDesignation === undefined)
    return `${r.requestingAuthority} (${r.requestingState}) → ${r.requestedAuthority} (${r.requestedState})`;
  return tr.t('request.parties', {
    requestingAuthority: r.requestingAuthority,
    requestingState: r.requestingState,
    requestedAuthority: r.requestedAuthority,
    requestedState: r.requestedState,
    designation: String(r.requestedDesignation),
  });
}
