/**
 * The reporting categories of a case (LEGAL.md §b) with their names. Kept apart from the intake
 * contracts so a page that only names a field does not carry the schemas.
 */
export const fields = [
  'land_housing',
  'policy_benefits',
  'civil_service',
  'administrative_other',
  'judicial',
  'party_mass_org',
  'corruption',
  'other',
] as const;
export type Field = (typeof fields)[number];

/** The reporting categories (LEGAL.md §b), as a filer and a report read them. */
export const fieldLabels: Record<Field, { vi: string; en: string }> = {
  land_housing: { vi: 'Đất đai, nhà ở', en: 'Land and housing' },
  policy_benefits: { vi: 'Chế độ, chính sách', en: 'Benefits and policy' },
  civil_service: { vi: 'Công chức, công vụ', en: 'Civil service' },
  administrative_other: { vi: 'Hành chính khác', en: 'Other administrative matters' },
  judicial: { vi: 'Tư pháp', en: 'Judicial' },
  party_mass_org: { vi: 'Đảng, đoàn thể', en: 'Party and mass organisations' },
  corruption: { vi: 'Tham nhũng, tiêu cực', en: 'Corruption' },
  other: { vi: 'Khác', en: 'Other' },
};
