/** The status colours, generated from src/site/status.ts by the Vite plugin in astro.config.mjs. */
declare module 'virtual:status.css';
