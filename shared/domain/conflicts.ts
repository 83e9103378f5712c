/**
 * Conflicts of interest, found automatically (issue 11): the persons a case names (denounced,
 * respondent, parties) are matched against the committee's staff, by display name and username,
 * ignoring case, diacritics and punctuation. A match excludes that member before the case reaches
 * any queue; the chair sees who and why. Pure: the staff list comes from the store.
 */

/** "Nguyễn Văn Đức" → "nguyen van duc"; "nguyen.van-duc" → "nguyen van duc". */
export function normalizeName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface StaffName {
  username: string;
  displayName: string;
}

/** The forms a member may be named by: their display name and their username read as words. */
function formsOf(m: StaffName): string[] {
  return [normalizeName(m.displayName), normalizeName(m.username)].filter(
    // A single word ("Hùng") names too many people to exclude anyone on it alone.
    (f) => f.split(' ').length >= 2,
  );
}

/**
 * Members named by any of `names`: a name matches when it contains one of the member's forms as
 * whole words ("Ông Nguyễn Văn Đức, trưởng phòng" names "Nguyễn Văn Đức").
 */
export function namedStaff(names: readonly string[], staff: readonly StaffName[]): string[] {
  const wanted = names.map((n) => ` ${normalizeName(n)} `).filter((n) => n.trim());
  const hits = staff.filter((m) => formsOf(m).some((f) => wanted.some((n) => n.includes(` ${f} `))));
  return [...new Set(hits.map((m) => m.username))].sort();
}
