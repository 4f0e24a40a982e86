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
  return tr.t('request.parties', {
    requestingAuthority: r.requestingAuthority,
    requestingState: r.requestingState,
    requestedAuthority: r.requestedAuthority,
    requestedState: r.requestedState,
    hasDesignation: r.requestedDesignation === undefined ? 'no' : 'yes',
    designation: String(r.requestedDesignation ?? ''),
  });
}
