/**
 * Unit tests call the domain directly (decide, documentSpec, notices): the decision-document texts
 * are loaded once, as a request that needs them does (shared/domain/document-texts.ts). Handler tests
 * still run each request in a cold scope, where only the request's own loading counts.
 */
import { loadDocumentTexts } from '../../shared/domain/document-texts.js';

// Top level: some test files use the texts while their tests are collected.
await loadDocumentTexts();
