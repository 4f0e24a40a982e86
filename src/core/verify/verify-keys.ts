/**
 * Verifier step 9, after the replay: what a reader must know about the keys entries were signed
 * with. The replay already failed any entry signed with a key revoked before it was logged (the
 * log refuses those). An entry logged before a revocation is valid, as the log proves it existed
 * then; if it was logged after the time the revocation declares the key compromised from, it is
 * listed, with who declared it and when (docs/model.md, "Keys, revocation and compromise").
 * Entries signed with a key an administrator rotated in on the signer's behalf are listed too.
 * @module
 */
import type { MessageKey } from '../i18n/en.ts';
import { type Message, translator } from '../i18n/translator.ts';
import { REVOCATION_REASONS } from '../ledger/actor-payloads.ts';
import type { MemoryLedger } from '../ledger/memory-ledger.ts';
import { revocationOf } from '../ledger/signer-rules.ts';
import { checkLine, nested } from './check-line.ts';
import type { Check, KeyNote } from './result.ts';
import type { Parsed } from './verify-entries.ts';

const iso = (ms: number) => new Date(ms).toISOString();

export function checkKeys(parsed: readonly Parsed[], ledger: MemoryLedger, checks: Check[]): KeyNote[] {
  const notes: KeyNote[] = [];
  for (const { entry } of parsed) {
    const actor = ledger.actor(entry.signer.actor);
    if (!actor) continue;
    const key = entry.signer.publicKey;
    const revoked = revocationOf(actor, key);
    if (revoked && revoked.index > entry.index && revoked.effectiveAtMs <= Date.parse(entry.loggedAt)) {
      const line = checkLine(
        'revocations',
        'warn',
        'detail.compromisedLater',
        {
          entry: String(entry.index),
          actor: actor.id,
          from: iso(revoked.effectiveAtMs),
          by: revoked.by,
          at: revoked.recordedAt,
          declaration: String(revoked.index),
          reason: revocationReason(revoked.reason),
          ...(revoked.note ? { hasNote: 'yes', note: revoked.note } : { hasNote: 'no' }),
        },
        { entry: entry.index, code: 'key_compromised_later' },
      );
      const text = line.detail;
      notes.push({
        kind: 'compromised-later',
        entry: entry.index,
        actor: actor.id,
        text,
        compromisedFrom: iso(revoked.effectiveAtMs),
        declaredBy: revoked.by,
        declaredAt: revoked.recordedAt,
        declarationEntry: revoked.index,
        reason: revoked.reason,
        ...(revoked.note !== undefined ? { note: revoked.note } : {}),
      });
      checks.push(line);
    }
    const issued = actor.keys.find((k) => k.publicKey === key);
    if (issued?.issuedBy !== undefined && issued.issuedAt !== undefined) {
      const line = checkLine(
        'revocations',
        'info',
        'detail.issuedByAdministrator',
        {
          entry: String(entry.index),
          actor: actor.id,
          by: issued.issuedBy,
          at: issued.issuedAt,
          since: String(issued.since),
        },
        { entry: entry.index, code: 'key_issued_by_administrator' },
      );
      const text = line.detail;
      notes.push({
        kind: 'issued-by-administrator',
        entry: entry.index,
        actor: actor.id,
        text,
        issuedBy: issued.issuedBy,
        issuedAt: issued.issuedAt,
        issuingEntry: issued.since,
      });
      checks.push(line);
    }
  }
  const compromised = notes.filter((n) => n.kind === 'compromised-later').length;
  checks.push(
    compromised
      ? checkLine('revocations', 'warn', 'detail.compromisedSummary', { n: compromised })
      : checkLine('revocations', 'pass', 'detail.revocations'),
  );
  return notes;
}

/** A reason the log knows as a word to translate; any other is printed as recorded. */
function revocationReason(reason: string): Message | string {
  return (REVOCATION_REASONS as readonly string[]).includes(reason)
    ? nested(`revocationReason.${reason as (typeof REVOCATION_REASONS)[number]}`)
    : reason;
}

/** The note as a catalogue message (src/core/i18n), for a report in any language. */
export function keyNoteMessage(note: KeyNote): {
  key: Extract<MessageKey, `keyNote.${string}`>;
  values: Record<string, string>;
} {
  return note.kind === 'compromised-later'
    ? {
        key: 'keyNote.compromised',
        values: {
          from: note.compromisedFrom,
          by: note.declaredBy,
          at: note.declaredAt,
          entry: String(note.declarationEntry),
        },
      }
    : {
        key: 'keyNote.issued',
        values: { by: note.issuedBy, actor: note.actor, at: note.issuedAt, entry: String(note.issuingEntry) },
      };
}

const english = translator(['en'], { isolate: false });

/** The note as one short English sentence beside its entry, in a timeline or a custody table row. */
export function keyNoteLine(note: KeyNote): string {
  const { key, values } = keyNoteMessage(note);
  return english.t(key, values);
}

/** The notes of each entry, by index. */
export function keyNotesByEntry(notes: readonly KeyNote[]): Map<number, KeyNote[]> {
  const out = new Map<number, KeyNote[]>();
  for (const n of notes) out.set(n.entry, [...(out.get(n.entry) ?? []), n]);
  return out;
}
