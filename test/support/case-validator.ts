/**
 * Validates CASE/UCO JSON-LD against the CASE 1.4.0 ontology and its SHACL shapes, SHACL-SPARQL
 * constraints included (test/vectors/case-uco/case-1.4.0.ttl), with shacl-engine.
 *
 * - The shapes graph is the ontology file (it holds the shapes); the data graph is the export
 *   alone. Targets are resolved over the data as SHACL says, and subclass reasoning for
 *   sh:targetClass and sh:class follows rdfs:subClassOf in the shapes graph (shacl-engine does
 *   so), so the ontology need not be merged into the data: merging it made every ontology node a
 *   focus node of the OWL shapes, which took minutes and judged the ontology, not the export.
 * - SHACL-SPARQL constraints pre-bind `$this` by a `VALUES ?this { <focus> }` block at the start
 *   of the query's WHERE clause, the implementation SHACL §5.2.1 describes for pre-binding,
 *   instead of the engine's substitution: substitution turns `SELECT $this …` into a projected
 *   constant, which the SPARQL parser rightly refuses. A query that groups (GROUP BY) groups by
 *   ?this too, which changes nothing (?this has one value) and keeps the projection legal.
 * - Only sh:Violation results count (CASE's advisories are sh:Warning or sh:Info).
 * - The Custos export profile (docs/case-uco-profile.ttl) is validated with CASE's shapes.
 */
import { readFile } from 'node:fs/promises';
import jsonld from 'jsonld';
import { Parser as TurtleParser } from 'n3';
import rdf from 'rdf-ext';
import { Validator } from 'shacl-engine';
import { compileSparql } from './case-sparql-prebinding.ts';

const ONTOLOGY = new URL('../vectors/case-uco/case-1.4.0.ttl', import.meta.url);
/** What Custos exports must satisfy beyond CASE's own shapes (docs/case-uco.md). */
const PROFILE = new URL('../../docs/case-uco-profile.ttl', import.meta.url);
const SH = 'http://www.w3.org/ns/shacl#';

export interface CaseViolation {
  readonly focusNode: string;
  readonly shape: string;
  readonly path: string;
  readonly message: string;
}

interface Engine {
  validate(data: { dataset: unknown }): Promise<{ results: unknown[] }>;
}

let engine: Promise<Engine> | undefined;
// biome-ignore lint/suspicious/noExplicitAny: an rdf-ext dataset, untyped.
let shapesGraph: any;

/** The validator over the ontology's shapes: parsing them is the slow part, done once. */
function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const quads = [ONTOLOGY, PROFILE].flatMap(async (file) =>
      new TurtleParser().parse(await readFile(file, 'utf8')),
    );
    const shapes = rdf.dataset((await Promise.all(quads)).flat() as never);
    shapesGraph = shapes;
    const validations = new Map([[rdf.namedNode(`${SH}sparql`), compileSparql]]);
    return new Validator(shapes, { factory: rdf, validations }) as Engine;
  })();
  return engine;
}

/** The violations (sh:Violation) of a JSON-LD document. */
export async function caseViolations(doc: unknown): Promise<CaseViolation[]> {
  const validator = await loadEngine();
  const nquads = (await jsonld.toRDF(doc as never, { format: 'application/n-quads' })) as unknown as string;
  const data = rdf.dataset(new TurtleParser({ format: 'N-Quads' }).parse(nquads) as never);
  const report = await validator.validate({ dataset: data });
  const out: CaseViolation[] = [];
  for (const r of report.results as unknown as ResultLike[]) {
    if (!(r.severity?.value ?? '').endsWith('#Violation')) continue;
    out.push({
      focusNode: r.focusNode?.term?.value ?? '',
      shape: shapeName(r.shape?.ptr?.term),
      path: r.path?.[0]?.predicates?.[0]?.value ?? '',
      message: (r.message ?? []).map((m) => m.value).join(' '),
    });
  }
  return out;
}

/**
 * A shape's IRI; a property shape without one (CASE declares most inline) is named by the node
 * shape that holds it and its path, e.g. `…/types/Hash › …/types/hashMethod`.
 */
function shapeName(term: { termType: string; value: string } | undefined): string {
  if (!term) return '';
  if (term.termType !== 'BlankNode') return term.value;
  const owner =
    [...shapesGraph.match(null, rdf.namedNode(`${SH}property`), term)][0]?.subject?.value ?? '(inline)';
  const path = [...shapesGraph.match(term, rdf.namedNode(`${SH}path`), null)][0]?.object?.value ?? '';
  return `${owner} › ${path}`;
}

interface ResultLike {
  focusNode?: { term?: { value: string } };
  severity?: { value: string };
  shape?: { ptr?: { term?: { termType: string; value: string } } };
  path?: { predicates?: { value: string }[] }[];
  message?: { value: string }[];
}
