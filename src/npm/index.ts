/**
 * The npm package `401-or-403`: the decision module (decide(), the outcomes with their citations, the
 * share-URL codec, the test vectors, the response checker) and the helper that writes a response as the
 * checker reads it. Built by `npm run package` into package/dist/; see package/README.md.
 */
export * from '../decision/index.ts';
export { responseText, type ResponseLike } from './exchange.ts';
