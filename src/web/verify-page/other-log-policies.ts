/**
 * The witness policy of each other log the reader pins on the /verify page: one group of fields
 * per origin named in the "Other logs" keys (its witnesses' keys, one per line, and how many must
 * have cosigned), drawn again when the keys change or the language does, keeping what was typed.
 * Only fields: what a policy may be is decided by the core trust store (trust.ts, otherLogPins).
 * @module
 */
import type { WitnessPolicy } from '../../core/verify/trust-policy.ts';
import { originOfLogKey } from '../../core/verify/trust-store.ts';
import { el } from './dom.ts';
import { currentTranslator } from './page-language.ts';
import { linesOf, type PolicyFields } from './trust.ts';

export interface PolicyRows {
  /** The policies shown, by origin. */
  read(): Map<string, PolicyFields>;
  /** Draws one group per origin of the keys in `keysText`, keeping what each shows. */
  draw(keysText: string): void;
  /**
   * Shows `policy` for `origin` unless another one is shown for it, which is kept: answers
   * whether it was kept (a file loaded must not replace a policy the reader sees).
   */
  offer(origin: string, policy: WitnessPolicy): 'shown' | 'same' | 'kept';
  /** The fields of `origin`'s group, to mark them invalid. */
  fieldsOf(origin: string): HTMLElement[];
}

const asFields = (p: WitnessPolicy): PolicyFields => ({
  witnessKeys: p.keys.join('\n'),
  threshold: String(p.threshold),
});

/** Origins of the lines that are log keys, in order, each once (the rest is refused at verify). */
function originsOf(keysText: string): string[] {
  const origins = new Set<string>();
  for (const line of linesOf(keysText))
    try {
      origins.add(originOfLogKey(line));
    } catch {
      // Not a key: the verification says which line.
    }
  return [...origins];
}

export function policyRows(container: HTMLElement, onChange: () => void): PolicyRows {
  const typed = new Map<string, PolicyFields>();
  const groups = new Map<string, { keys: HTMLTextAreaElement; threshold: HTMLInputElement }>();
  const keep = () => {
    for (const [origin, g] of groups)
      typed.set(origin, { witnessKeys: g.keys.value, threshold: g.threshold.value });
  };
  const rows: PolicyRows = {
    read() {
      keep();
      return new Map([...groups.keys()].map((o) => [o, typed.get(o)!]));
    },
    draw(keysText) {
      keep();
      groups.clear();
      const tr = currentTranslator();
      const drawn = originsOf(keysText).map((origin, i) => {
        const shown = typed.get(origin) ?? { witnessKeys: '', threshold: '' };
        const keys = el('textarea', {
          id: `other-log-witnesses-${i}`,
          class: 'other-log-witnesses',
          rows: '2',
          spellcheck: 'false',
          autocomplete: 'off',
          autocapitalize: 'off',
          'aria-describedby': 'other-log-policy-help',
          placeholder: 'witness.example+0a1b2c3d+BOfg…',
        });
        keys.value = shown.witnessKeys;
        const threshold = el('input', {
          id: `other-log-threshold-${i}`,
          class: 'other-log-threshold',
          type: 'number',
          min: '1',
          step: '1',
          inputmode: 'numeric',
          placeholder: 'all',
        });
        threshold.value = shown.threshold;
        for (const f of [keys, threshold]) f.addEventListener('change', onChange);
        groups.set(origin, { keys, threshold });
        return el(
          'fieldset',
          { class: 'other-log', 'data-origin': origin },
          el('legend', {}, el('code', { class: 'hash' }, origin)),
          el('label', { for: keys.id }, tr.t('page.otherLogWitnesses', { origin })),
          keys,
          el('label', { for: threshold.id }, tr.t('page.otherLogThreshold')),
          threshold,
        );
      });
      container.replaceChildren(...drawn);
      container.hidden = drawn.length === 0;
    },
    offer(origin, policy) {
      keep();
      const offered = asFields(policy);
      const now = typed.get(origin);
      const same = (a: PolicyFields, b: PolicyFields) =>
        linesOf(a.witnessKeys).join('\n') === linesOf(b.witnessKeys).join('\n') &&
        (a.threshold.trim() || String(linesOf(a.witnessKeys).length)) ===
          (b.threshold.trim() || String(linesOf(b.witnessKeys).length));
      if (now && linesOf(now.witnessKeys).length) return same(now, offered) ? 'same' : 'kept';
      typed.set(origin, offered);
      const g = groups.get(origin);
      if (g) {
        g.keys.value = offered.witnessKeys;
        g.threshold.value = offered.threshold;
      }
      return 'shown';
    },
    fieldsOf(origin) {
      const g = groups.get(origin);
      return g ? [g.keys, g.threshold] : [];
    },
  };
  return rows;
}
