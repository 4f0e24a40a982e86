/**
 * Paging through lists of subjects a caller may only partly read (items, actors, cases,
 * requests). A page holds up to `limit` subjects the caller may read, after a cursor that is
 * the id of the last one on the previous page, so every cursor handed out names something the
 * caller may read. A cursor the caller may not read is refused exactly as one that does not
 * exist, so no id the caller may not read can be tested through paging. (A `next` may lead to
 * an empty page: the candidates after it were ones the caller may not read.)
 * @module
 */
import { ValidationError } from '../core/errors.ts';

export interface Page<S> {
  readonly found: S[];
  /** The cursor of the next page, or null at the end. */
  readonly next: string | null;
}

/** The refusal for a cursor that is not a readable entry of this listing, whatever the reason. */
export function badCursor(): ValidationError {
  return new ValidationError('schema', 'after must be the `next` of an earlier page of this listing', [
    { path: ['after'], message: 'is not an entry of this listing' },
  ]);
}

/**
 * Reads candidates in order and keeps those `load` returns (the readable ones that match),
 * until `limit`. Only as many candidates are read as the page needs, plus one to know
 * whether there is a next page.
 */
export async function readablePage<S>(
  candidates: AsyncIterable<string> | Iterable<string>,
  limit: number,
  load: (id: string) => Promise<S | undefined>,
): Promise<Page<S>> {
  const found: S[] = [];
  let last: string | undefined;
  for await (const id of candidates) {
    if (found.length === limit) return { found, next: last! };
    const state = await load(id);
    if (state === undefined) continue;
    found.push(state);
    last = id;
  }
  return { found, next: null };
}
