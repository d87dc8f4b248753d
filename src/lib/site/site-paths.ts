import { createPaths } from './paths.ts';

/** The site's URL builders for the configured base (`BASE`); `createPaths` stays pure for tests. */
export const paths = createPaths(import.meta.env.BASE_URL);
