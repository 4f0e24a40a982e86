// Mocha loads test files with require() when Node supports require(esm). Under tsx that
// path compiles each test file, and every ESM package it imports (@noble/hashes included),
// to CommonJS, which made SHA-256 eight times slower in tests than in production. Loading
// test files with import() keeps them, and everything they import, native ESM.
const { pathToFileURL } = require('node:url');
const esmUtils = require('mocha/lib/nodejs/esm-utils.cjs');

esmUtils.requireOrImport = async (file) => {
  const module = await import(pathToFileURL(file).href);
  return module.default ?? module;
};
