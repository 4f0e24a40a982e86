/**
 * Forms generated from the zod schemas the server validates with (src/core/ledger): one control
 * per field, required exactly when the schema requires it, and the payload checked with the same
 * schema before it is signed, each problem shown beside its field. A field added to a payload
 * schema appears in the console without a line changed here.
 * @module
 */
import type { z } from 'zod';
import { el } from '../verify-page/dom.ts';
import { fieldHelp, fieldLabel, optionLabel, t } from './messages.ts';

export type FieldKind = 'text' | 'longtext' | 'select' | 'multi' | 'datetime' | 'number';

export interface FieldSpec {
  readonly path: readonly string[];
  readonly kind: FieldKind;
  readonly required: boolean;
  readonly options?: readonly string[];
}

// zod's public introspection, typed loosely: the console reads shapes, it never builds schemas.
interface Introspect {
  readonly type: string;
  readonly shape?: Record<string, Introspect>;
  readonly options?: readonly string[];
  readonly element?: Introspect;
  readonly format?: string | null;
  readonly maxLength?: number | null;
  unwrap?(): Introspect;
}

/** The fields of an object schema, nested objects flattened into dotted paths. */
export function fieldsOf(
  schema: z.ZodType,
  omit: readonly string[] = [],
  prefix: string[] = [],
  optional = false,
): FieldSpec[] {
  const shape = (schema as unknown as Introspect).shape ?? {};
  const out: FieldSpec[] = [];
  for (const [name, raw] of Object.entries(shape)) {
    if (prefix.length === 0 && omit.includes(name)) continue;
    let node = raw;
    let required = !optional;
    if (node.type === 'optional') {
      node = node.unwrap!();
      required = false;
    }
    const path = [...prefix, name];
    if (node.type === 'object') out.push(...fieldsOf(node as unknown as z.ZodType, [], path, !required));
    else out.push({ path, required, ...control(node) });
  }
  return out;
}

function control(node: Introspect): { kind: FieldKind; options?: readonly string[] } {
  if (node.type === 'enum') return { kind: 'select', options: node.options! };
  if (node.type === 'literal') return { kind: 'text' };
  if (node.type === 'array' && node.element?.type === 'enum')
    return { kind: 'multi', options: node.element.options! };
  if (node.type === 'number') return { kind: 'number' };
  if (node.format === 'datetime') return { kind: 'datetime' };
  if ((node.maxLength ?? 0) > 500) return { kind: 'longtext' };
  return { kind: 'text' };
}

const idOf = (form: string, path: readonly string[]) => `${form}-${path.join('-')}`;

export interface GeneratedForm {
  readonly element: HTMLFormElement;
  /** Sets a field's value (e.g. a digest the browser computed). */
  set(path: string, value: string): void;
  get(path: string): string;
  /** The payload if the schema accepts it; otherwise marks the fields and returns undefined. */
  read(extra?: Record<string, unknown>): Record<string, unknown> | undefined;
  /** Shows a problem that belongs to no one field (a refusal from the service). */
  problem(node: Node | string | null): void;
}

export function buildForm(
  name: string,
  schema: z.ZodType,
  options: {
    omit?: readonly string[];
    /** Top-level fields shown after the others (what every event shares, after what this one says). */
    last?: readonly string[];
    defaults?: Record<string, string>;
    submit: string;
    before?: Node[];
  },
): GeneratedForm {
  const rank = (f: FieldSpec) => (options.last?.includes(f.path[0]!) ? 1 : 0);
  const specs = fieldsOf(schema, options.omit ?? []).sort((x, y) => rank(x) - rank(y));
  const form = el('form', { class: 'schema-form', id: name, novalidate: '' });
  const problem = el('div', { class: 'form-problem', role: 'alert', 'aria-live': 'assertive' });
  for (const node of options.before ?? []) form.append(node);
  for (const spec of specs) form.append(fieldControl(name, spec, options.defaults?.[spec.path.join('.')]));
  form.append(
    problem,
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, options.submit)),
  );
  const input = (path: string) =>
    form.querySelector<HTMLInputElement>(`#${CSS.escape(idOf(name, path.split('.')))}`);
  return {
    element: form,
    set: (path, value) => {
      const i = input(path);
      if (i) i.value = value;
    },
    get: (path) => input(path)?.value ?? '',
    read: (extra = {}) => readForm(form, name, specs, schema, extra),
    problem: (node) => problem.replaceChildren(...(node === null ? [] : [node])),
  };
}

function fieldControl(form: string, spec: FieldSpec, value: string | undefined): HTMLElement {
  const id = idOf(form, spec.path);
  const key = spec.path.join('.');
  const help = fieldHelp(key);
  const described = [help ? `${id}-help` : '', `${id}-error`].filter(Boolean).join(' ');
  const label = el(
    'label',
    { for: id },
    fieldLabel(key),
    spec.required ? '' : el('span', { class: 'optional' }, t('optional')),
  );
  const attrs: Record<string, string> = { id, name: key, 'aria-describedby': described };
  if (spec.required) attrs['aria-required'] = 'true';
  let input: HTMLElement;
  if (spec.kind === 'select') {
    input = el(
      'select',
      attrs,
      spec.required ? null : el('option', { value: '' }, '—'),
      ...spec.options!.map((o) => el('option', { value: o }, optionLabel(o))),
    );
  } else if (spec.kind === 'multi') {
    return el(
      'fieldset',
      { class: 'field multi', id, 'aria-describedby': described },
      el('legend', {}, fieldLabel(key)),
      ...spec.options!.map((o) =>
        el(
          'label',
          { class: 'check' },
          el('input', { type: 'checkbox', name: key, value: o }),
          optionLabel(o),
        ),
      ),
      el('p', { class: 'field-error', id: `${id}-error` }),
    );
  } else if (spec.kind === 'longtext') {
    input = el('textarea', { ...attrs, rows: '3' });
  } else {
    const type = spec.kind === 'datetime' ? 'datetime-local' : spec.kind === 'number' ? 'number' : 'text';
    input = el('input', {
      ...attrs,
      type,
      autocomplete: 'off',
      ...(spec.kind === 'datetime' ? { step: '1' } : {}),
    });
  }
  if (value !== undefined) (input as HTMLInputElement).value = value;
  return el(
    'div',
    { class: 'field' },
    label,
    input,
    help ? el('p', { class: 'help', id: `${id}-help` }, help) : null,
    el('p', { class: 'field-error', id: `${id}-error` }),
  );
}

function readForm(
  form: HTMLFormElement,
  name: string,
  specs: readonly FieldSpec[],
  schema: z.ZodType,
  extra: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const payload: Record<string, unknown> = { ...extra };
  for (const spec of specs) {
    const value = fieldValue(form, name, spec);
    if (value === undefined) continue;
    let at = payload;
    for (const part of spec.path.slice(0, -1)) {
      at[part] ??= {};
      at = at[part] as Record<string, unknown>;
    }
    at[spec.path.at(-1)!] = value;
  }
  for (const e of form.querySelectorAll('.field-error')) e.textContent = '';
  for (const e of form.querySelectorAll('[aria-invalid]')) e.removeAttribute('aria-invalid');
  const parsed = schema.safeParse(payload);
  if (parsed.success) return payload;
  let first: HTMLElement | null = null;
  for (const issue of parsed.error.issues) {
    const id = idOf(name, issue.path.map(String));
    const field = form.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    const error = form.querySelector(`#${CSS.escape(`${id}-error`)}`);
    if (field && error) {
      field.setAttribute('aria-invalid', 'true');
      error.textContent = issue.message;
      first ??= field;
    } else
      form.querySelector('.form-problem')?.append(el('p', {}, `${issue.path.join('.')}: ${issue.message}`));
  }
  first?.focus();
  return undefined;
}

function fieldValue(form: HTMLFormElement, name: string, spec: FieldSpec): unknown {
  const id = idOf(name, spec.path);
  if (spec.kind === 'multi')
    return [...form.querySelectorAll<HTMLInputElement>(`#${CSS.escape(id)} input:checked`)].map(
      (i) => i.value,
    );
  const raw = form.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`)?.value.trim() ?? '';
  if (raw === '') return spec.required ? '' : undefined;
  if (spec.kind === 'number') return Number(raw);
  if (spec.kind === 'datetime') return rfc3339Local(raw);
  return raw;
}

/** A datetime-local value as RFC 3339 with this browser's offset, as the schemas require. */
export function rfc3339Local(local: string): string {
  const date = new Date(local);
  if (Number.isNaN(date.getTime())) return local;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  const pad = (n: number) => String(n).padStart(2, '0');
  const d = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${d}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${sign}${hh}:${mm}`;
}

/** Now, as a datetime-local control's value. */
export function nowLocal(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
