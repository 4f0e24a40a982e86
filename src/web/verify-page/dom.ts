/**
 * A tiny element builder for the verifier page. The bundle is untrusted input, so its text only
 * ever enters the document as text nodes (never as markup), and attributes are set one by one
 * with setAttribute: nothing here parses HTML.
 * @module
 */

export type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string>> = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  append(node, children);
  return node;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }
}

/** The page's own element with this id; a missing one is a bug in the template, not in the input. */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`the page has no ${type.name} #${id}`);
  return node;
}

/** RFC 3339 UTC as people read it in a report, keeping the machine form for assistive tech. */
export function time(iso: string | undefined): Child {
  if (!iso) return '—';
  const shown = /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(iso)
    ? `${iso.replace('T', ' ').replace('Z', '')} UTC`
    : iso;
  return el('time', { datetime: iso }, shown);
}

/** A digest or key: monospace, breakable anywhere so it never overflows, selectable in full. */
export function code(text: string): HTMLElement {
  return el('code', { class: 'hash' }, text);
}
