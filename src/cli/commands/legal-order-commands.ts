/**
 * Orders that bind an item: `preserve`, `extend-preservation`, `release-preservation`, `hold`,
 * `release-hold`, `set-retention` and `override-retention`.
 * @module
 */
import type { DeclareEvent } from './event-command.ts';

export function registerLegalOrderCommands(event: DeclareEvent): void {
  event(
    'preserve',
    'preserved',
    'put an item under a preservation order',
    (c) =>
      c
        .requiredOption('--order <reference>')
        .requiredOption('--until <time>')
        .option('--request <id>')
        .option('--basis <instrument:article>'),
    (o) => ({
      order: o.order,
      until: o.until,
      ...(o.request ? { request: o.request } : {}),
      ...(o.basis ? { basis: basisOf(o.basis) } : {}),
    }),
  );
  event(
    'extend-preservation',
    'preservation-extended',
    'extend a preservation',
    (c) => c.requiredOption('--until <time>').option('--order <reference>'),
    (o) => ({ until: o.until, ...(o.order ? { order: o.order } : {}) }),
  );
  event(
    'release-preservation',
    'preservation-released',
    'release a preservation',
    (c) => c.requiredOption('--reason <text>'),
    (o) => ({ reason: o.reason }),
  );
  for (const [name, type, describe] of [
    [
      'hold',
      'hold-placed',
      'place a legal hold on an item (and its copies): none may be returned or destroyed',
    ],
    ['release-hold', 'hold-lifted', "lift an item's legal hold"],
  ] as const) {
    event(
      name,
      type,
      describe,
      (c) => c.requiredOption('--reference <text>').requiredOption('--reason <text>'),
      (o) => ({ reference: o.reference, reason: o.reason }),
    );
  }
  event(
    'set-retention',
    'retention-set',
    'file an item under another retention category (its retention still runs from its registration)',
    (c) =>
      c
        .requiredOption('--category <code>', 'a category of the retention table')
        .requiredOption('--reason <text>', 'why the item is filed under it'),
    (o) => ({ category: o.category, reason: o.reason }),
  );
  event(
    'override-retention',
    'retention-overridden',
    "order an item's return or destruction before its retention ends (an override role of its category)",
    (c) =>
      c
        .requiredOption('--reference <text>', 'the order that allows it')
        .requiredOption('--reason <text>', 'why the item may go before its retention ends'),
    (o) => ({ reference: o.reference, reason: o.reason }),
  );
}

/** `ETS-185:16` as a legal basis. */
function basisOf(text: string): { instrument: string; article: string } {
  const at = text.lastIndexOf(':');
  return { instrument: text.slice(0, at), article: text.slice(at + 1) };
}
