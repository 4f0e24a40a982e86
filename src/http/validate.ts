/**
 * Boundary validation: every request input goes through a zod schema here, and failures
 * become one ValidationError carrying the field paths, so handlers only see typed values.
 * @module
 */
import type { z } from 'zod';
import { ValidationError } from '../core/errors.ts';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 20).map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: i.message,
  }));
  const first = issues[0];
  const at = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  throw new ValidationError('schema', `invalid ${where}${at}: ${first?.message ?? 'malformed'}`, issues);
}
