/**
 * The versions of the filer's notice (legal-notice.ts), apart from their texts: the intake schema
 * checks the version a filer saw on every filing, and a function that files or acts on cases should
 * not load four paragraphs of Vietnamese and English to do so. A new wording adds its version here.
 */
export const legalNoticeVersions = ['2026.1'] as const;
export type LegalNoticeVersion = (typeof legalNoticeVersions)[number];
