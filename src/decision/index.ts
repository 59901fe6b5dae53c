/** The one entry point to the decision module. Pages, islands, scripts and tests import from here. */
export * from './rfc.ts';
export * from './questions.ts';
export * from './outcomes.ts';
export * from './graph.ts';
export * from './decide.ts';
export * from './share-url.ts';
export * from './export.ts';
