// shacl-engine and rdf-ext ship JavaScript without types; the CASE validator uses them untyped.
declare module 'shacl-engine';
declare module 'shacl-engine/lib/namespaces.js';
declare module 'shacl-engine/lib/parsePath.js';
declare module 'shacl-engine/lib/sparql.js';
declare module 'rdf-ext';
