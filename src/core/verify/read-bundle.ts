/**
 * Verifier step 1, before the shape: the bundle's text read as JSON that every reader reads
 * alike (src/core/strict-json.ts). A member name repeated anywhere (in `log`, in an entry, in a
 * payload) fails the bundle, since the verifier and a person's JSON viewer could otherwise each
 * see a different value in the same bytes. Every program that reads a bundle to verify it (the
 * CLI, the /verify page, `custos export`) reads it here.
 * @module
 */
import { ValidationError } from '../errors.ts';
import { parseJsonStrict } from '../strict-json.ts';
import { checkLine, nested } from './check-line.ts';
import type { Check } from './result.ts';

export type BundleRead =
  | { readonly value: unknown }
  /** `code` is `bad_json` for text that is not JSON at all, `repeated_member` for a repeated name. */
  | { readonly failure: Check & { readonly code: 'bad_json' | 'repeated_member' } };

/** `name`: the file's name, or undefined for "the bundle" in the reader's language. */
export function readBundleJson(text: string, name?: string): BundleRead {
  try {
    return { value: parseJsonStrict(text) };
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    const repeated = e.issues.length > 0;
    const values = { name: name ?? nested('detail.theBundle'), reason: e.message };
    const code = repeated ? 'repeated_member' : 'bad_json';
    return {
      failure: {
        ...checkLine('format', 'fail', repeated ? 'detail.jsonRefused' : 'detail.jsonInvalid', values),
        code,
      },
    };
  }
}
