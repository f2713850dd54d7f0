/** The editor at /admin/ (Sveltia CMS): the build integration that serves it with its configuration generated from the schemas. */
export { editorIntegration } from './integration.ts';
