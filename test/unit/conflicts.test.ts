import { describe, expect, it } from 'vitest';
import { namedStaff, normalizeName } from '../../shared/domain/conflicts.js';

const staff = [
  { username: 'tran.van.duc', displayName: 'Trần Văn Đức' },
  { username: 'hung', displayName: 'Hùng' },
  { username: 'le.thi.mai', displayName: 'Lê Thị Mai' },
  { username: 'nguyen-an', displayName: 'Phạm Quốc Bảo' },
];

describe('conflicts of interest', () => {
  it('normalises case, diacritics, đ and punctuation', () => {
    expect(normalizeName('  Trần VĂN  Đức, ')).toBe('tran van duc');
    expect(normalizeName('nguyen.van-duc')).toBe('nguyen van duc');
    expect(normalizeName('Nguyễn Thị Ánh')).toBe(normalizeName('Nguyen Thi Anh'));
  });

  it('finds a member by display name or username, as whole words inside a longer name', () => {
    expect(namedStaff(['Ông TRAN VAN DUC, trưởng phòng'], staff)).toEqual(['tran.van.duc']);
    expect(namedStaff(['Trần Văn Đức'], staff)).toEqual(['tran.van.duc']);
    expect(namedStaff(['nguyen an'], staff)).toEqual(['nguyen-an']);
    expect(namedStaff(['Phạm Quốc Bảo', 'Lê Thị Mai'], staff)).toEqual(['le.thi.mai', 'nguyen-an']);
  });

  it('does not match parts of words, other people, or a single given name', () => {
    expect(namedStaff(['Trần Văn Đức Anh'], staff)).toEqual(['tran.van.duc']); // whole words, then more
    expect(namedStaff(['Trần Văn Đứcanh'], staff)).toEqual([]);
    expect(namedStaff(['Trần Văn'], staff)).toEqual([]);
    expect(namedStaff(['Hùng'], staff)).toEqual([]);
    expect(namedStaff([''], staff)).toEqual([]);
    expect(namedStaff([], staff)).toEqual([]);
  });
});
