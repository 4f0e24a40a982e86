/**
 * shacl-engine's SHACL-SPARQL constraint component (sh:sparql) with `$this` pre-bound by a
 * VALUES block, as SHACL §5.2.1 describes pre-binding, instead of by substitution into the
 * query: substituting `$this` in `SELECT $this …` leaves a constant in the projection, which the
 * SPARQL parser refuses ("Variable not allowed in projection"), so CASE 1.4.0's constraints could
 * not run at all. The rest follows shacl-engine's own component (lib/validations/sparql.js):
 * sh:prefixes, $PATH, one result per solution with ?value, ?path and the message's arguments.
 */

import { QueryEngine } from '@comunica/query-sparql-rdfjs-lite';
import { Readable } from 'readable-stream';
import * as ns from 'shacl-engine/lib/namespaces.js';
import parsePath from 'shacl-engine/lib/parsePath.js';
import { bindingsToObject, stringifyPath } from 'shacl-engine/lib/sparql.js';
import { Generator, Parser, type SelectQuery } from 'sparqljs';

// biome-ignore lint/suspicious/noExplicitAny: shacl-engine's shapes and contexts are untyped JavaScript.
type Any = any;

function prefixesOf(ptr: Any, prefixes: string[] = []): string[] {
  for (const imports of ptr.out([ns.owl.imports])) prefixesOf(imports, prefixes);
  for (const declare of ptr.out([ns.sh.declare]))
    prefixes.push(`PREFIX ${declare.out([ns.sh.prefix]).value}: <${declare.out([ns.sh.namespace]).value}>`);
  return prefixes;
}

/**
 * The query with `?this` bound to one IRI by `VALUES` at the start of its WHERE clause; a grouped
 * query also groups by ?this (one value: the groups are unchanged, the projection stays legal).
 */
export function preBind(query: string, focusIri: string): string {
  // The query as written projects ?this without grouping by it: legal only once ?this is bound.
  const parsed = new Parser({ skipValidation: true } as never).parse(query) as SelectQuery;
  if (parsed.type !== 'query' || parsed.queryType !== 'SELECT')
    throw new TypeError('sh:select must be a SELECT query');
  const thisVar = { termType: 'Variable', value: 'this' } as const;
  const values = { type: 'values', values: [{ '?this': { termType: 'NamedNode', value: focusIri } }] };
  parsed.where = [values as never, ...(parsed.where ?? [])];
  if (parsed.group && !parsed.group.some((g) => (g.expression as { value?: string }).value === 'this'))
    parsed.group.push({ expression: thisVar as never });
  return new Generator().stringify(parsed);
}

/** One engine for every query: creating comunica's engine is most of a query's cost. */
let queryEngine: QueryEngine | undefined;

async function select(dataset: Any, query: string): Promise<Any[]> {
  queryEngine ??= new QueryEngine();
  const source = { match: (s: Any, p: Any, o: Any, g: Any) => Readable.from(dataset.match(s, p, o, g)) };
  const stream = await queryEngine.queryBindings(query, { sources: [source as never] });
  return stream.toArray();
}

export function compileSparql(shape: Any) {
  const text = shape.sparql.out([ns.sh.select]).value as string;
  const prefixes = prefixesOf(shape.sparql.out([ns.sh.prefixes]));
  const query = [...prefixes, text].filter(Boolean).join('\n').split('$PATH').join(stringifyPath(shape.path));
  const message = shape.sparql.out([ns.sh.message]).terms;
  const source = shape.sparql.terms;
  return {
    generic: async (context: Any) => {
      const focus = context.focusNode.term;
      // VALUES cannot carry a blank node: such a focus node cannot be pre-bound soundly.
      if (focus.termType !== 'NamedNode')
        throw new Error(
          `a SPARQL constraint cannot pre-bind the blank node ${focus.value}: give every node an IRI`,
        );
      const rows = await select(context.focusNode.dataset, preBind(query, focus.value));
      for (const row of rows as Any[]) {
        const args = bindingsToObject(row);
        const path = row.has('path') && parsePath(context.focusNode.node([row.get('path')]));
        const value = context.focusNode.node([row.get('value') || focus]);
        context.violation(ns.sh.SPARQLConstraintComponent, { args, message, path, source, value });
      }
      if (rows.length === 0) context.debug(ns.sh.SPARQLConstraintComponent, { source });
    },
  };
}
