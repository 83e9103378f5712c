/**
 * HTTP contracts shared by the functions, the OpenAPI document, the web client and the tests. They
 * live in one module per audience (contracts/*.ts), so a function builds only the schemas its route
 * uses (DESIGN.md §7, cold path); this module gathers them for the pages, the document and the tests.
 */
export * from './contracts/admin.js';
export * from './contracts/cases.js';
export * from './contracts/common.js';
export * from './contracts/desk.js';
export * from './contracts/metrics.js';
export * from './contracts/public.js';
export * from './contracts/sign-in.js';
