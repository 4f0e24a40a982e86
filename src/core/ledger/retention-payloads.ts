/**
 * `retention.category-set`: one category of the retention table an administrator keeps in the
 * log — how long an item filed under it must be kept (from its registration) before it may be
 * returned or destroyed, the law or policy that says so, and the roles that may order disposal
 * earlier. The latest entry for a category replaces its earlier ones, so the table as it stood
 * at any entry is provable (docs/model.md, Retention).
 * @module
 */
import { z } from 'zod';
import { LeafHash, Text } from './fields.ts';
import { ROLES } from './roles.ts';

/** A category's code: lowercase letters, digits, ".", "-" (e.g. `criminal-10y`). */
export const RetentionCategoryCode = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9.-]{0,63}$/,
    'must be 1–64 lowercase letters, digits, "." or "-" (e.g. criminal-10y)',
  );

export const RetentionCategorySet = z
  .object({
    category: RetentionCategoryCode,
    description: Text(1000),
    /** Days an item is kept from its registration (the log's time of the entry that created it). */
    retainDays: z.number().int().min(0).max(36_500),
    /** The law, regulation or policy the period comes from. */
    basis: Text(500),
    /** Who may order an item's disposal before its retention ends (with a reason, by an entry). */
    overrideRoles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
    /** The category's latest entry; absent for its first. */
    prev: LeafHash.optional(),
  })
  .strict()
  .refine((c) => new Set(c.overrideRoles).size === c.overrideRoles.length, {
    message: 'overrideRoles repeat',
    path: ['overrideRoles'],
  });

export type RetentionCategorySet = z.infer<typeof RetentionCategorySet>;
