/**
 * The holiday calendar's data, 2019–2040 (issue 14 §1): the years the Prime Minister has decided,
 * each with its text, and the rest computed from the law's rule (public-holidays.ts) and marked
 * provisional. Publishing a year means moving it from computed to decided here, with its source;
 * test/unit/domain/public-holidays.test.ts checks every year against the rule and the lunar calendar.
 */
import type { IsoDate } from './calendar.js';
import {
  type CalendarYear,
  type DayOff,
  holidayCalendar,
  type LunarAnchors,
  provisionalYear,
} from './public-holidays.js';

/**
 * Tết and Hùng Kings' day as solar dates, from Vietnam's lunar calendar (Hồ Ngọc Đức's algorithm at
 * UTC+7, as `@dqcai/vn-lunar` computes it; the test recomputes each one). Vietnam's new year can
 * differ from China's (UTC+8): 2030 begins on 2 February here, 3 February there.
 */
export const lunarAnchors: Readonly<Record<number, LunarAnchors>> = {
  2019: { tet: '2019-02-05', hungKings: '2019-04-14' },
  2020: { tet: '2020-01-25', hungKings: '2020-04-02' },
  2021: { tet: '2021-02-12', hungKings: '2021-04-21' },
  2022: { tet: '2022-02-01', hungKings: '2022-04-10' },
  2023: { tet: '2023-01-22', hungKings: '2023-04-29' },
  2024: { tet: '2024-02-10', hungKings: '2024-04-18' },
  2025: { tet: '2025-01-29', hungKings: '2025-04-07' },
  2026: { tet: '2026-02-17', hungKings: '2026-04-26' },
  2027: { tet: '2027-02-06', hungKings: '2027-04-16' },
  2028: { tet: '2028-01-26', hungKings: '2028-04-04' },
  2029: { tet: '2029-02-13', hungKings: '2029-04-23' },
  2030: { tet: '2030-02-02', hungKings: '2030-04-12' },
  2031: { tet: '2031-01-23', hungKings: '2031-04-01' },
  2032: { tet: '2032-02-11', hungKings: '2032-04-19' },
  2033: { tet: '2033-01-31', hungKings: '2033-04-09' },
  2034: { tet: '2034-02-19', hungKings: '2034-04-28' },
  2035: { tet: '2035-02-08', hungKings: '2035-04-17' },
  2036: { tet: '2036-01-28', hungKings: '2036-04-06' },
  2037: { tet: '2037-02-15', hungKings: '2037-04-24' },
  2038: { tet: '2038-02-04', hungKings: '2038-04-13' },
  2039: { tet: '2039-01-24', hungKings: '2039-04-03' },
  2040: { tet: '2040-02-12', hungKings: '2040-04-20' },
};

export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2040;

const off = (holiday: DayOff['holiday'], kind: DayOff['kind'], ...dates: IsoDate[]): DayOff[] =>
  dates.map((date) => ({ date, holiday, kind }));

/**
 * Years whose days are decided, as the state sector keeps them: the Government Office's letters
 * conveying the Prime Minister's decision, and the ministry's notices (research of 2 Dec 2026; 2027
 * is not decided yet). Swaps are kept apart (`swap` days, worked Saturdays): a profile honours them
 * or not.
 */
const decided: CalendarYear[] = [
  {
    year: 2019,
    status: 'decided',
    daysOff: [
      ...off('new_year', 'swap', '2018-12-31'),
      ...off('new_year', 'holiday', '2019-01-01'),
      ...off('tet', 'holiday', '2019-02-04', '2019-02-05', '2019-02-06', '2019-02-07', '2019-02-08'),
      ...off('hung_kings', 'compensatory', '2019-04-15'),
      ...off('reunification', 'swap', '2019-04-29'),
      ...off('reunification', 'holiday', '2019-04-30'),
      ...off('labour', 'holiday', '2019-05-01'),
      ...off('national', 'holiday', '2019-09-02'),
    ],
    workedDays: [
      { date: '2019-01-05', for: '2018-12-31' },
      { date: '2019-05-04', for: '2019-04-29' },
    ],
    sources: [
      {
        ref: 'Công văn 6519/VPCP-KGVX ngày 11/7/2018 (Văn phòng Chính phủ, ý kiến Thủ tướng Nguyễn Xuân Phúc)',
        title: 'V/v nghỉ lễ, tết năm 2019 đối với cán bộ, công chức, viên chức',
        url: 'https://thuvienphapluat.vn/cong-van/EN/Lao-dong-Tien-luong/Official-Dispatch-6519-VPCP-KGVX-2018-national-holidays-for-public-sector-employees/387625/tieng-anh.aspx',
      },
      {
        ref: 'Thông báo 3238/TB-LĐTBXH (Bộ LĐTBXH, 2018; exact date not confirmed)',
        title: 'Lịch nghỉ lễ, Tết năm 2019 (Báo Nghệ An)',
        url: 'https://baonghean.vn/en/lich-nghi-le-tet-nam-2019-bo-ld-tb-xh-da-co-thong-bao-chinh-thuc-10181655.html',
      },
    ],
    provisionalWindows: [],
  },
  {
    year: 2020,
    status: 'decided',
    daysOff: [
      ...off('new_year', 'holiday', '2020-01-01'),
      ...off('tet', 'holiday', '2020-01-23', '2020-01-24', '2020-01-27'),
      ...off('tet', 'compensatory', '2020-01-28', '2020-01-29'),
      ...off('hung_kings', 'holiday', '2020-04-02'),
      ...off('reunification', 'holiday', '2020-04-30'),
      ...off('labour', 'holiday', '2020-05-01'),
      ...off('national', 'holiday', '2020-09-02'),
    ],
    workedDays: [],
    sources: [
      {
        ref: 'Công văn 9087/VPCP-KGVX ngày 07/10/2019 (Văn phòng Chính phủ)',
        title: 'V/v nghỉ Tết Âm lịch năm 2020 của cán bộ, công chức, viên chức và người lao động',
        url: 'https://vbpl.ts24.com.vn/support/solutions/articles/16000100840-c%C3%B4ng-v%C4%83n-9087-vpcp-kgvx-ngh%E1%BB%89-t%E1%BA%BFt-am-l%E1%BB%8Bch-n%C4%83m-2020-c%E1%BB%A7a-c%C3%A1n-b%E1%BB%99-c%C3%B4ng-ch%E1%BB%A9c-vi%C3%AAn-ch%E1%BB%A9c-v%C3%A0-ng%C6%B0%E1%BB%9Di-lao-%C4%91%E1%BB%99ng',
      },
      {
        ref: 'Thông báo 4544/TB-LĐTBXH ngày 25/10/2019 (Bộ LĐTBXH)',
        title:
          'Official Lunar New Year Holiday Schedule: Officials and Public Employees to Have 07 Days Off (LawNet)',
        url: 'https://lawnet.vn/thong-tin-phap-luat/en/thong-bao-van-ban-moi/official-lunar-new-year-holiday-schedule-officials-and-public-employees-to-have-07-days-off-144554.html',
      },
    ],
    provisionalWindows: [],
  },
  {
    year: 2021,
    status: 'decided',
    daysOff: [
      ...off('new_year', 'holiday', '2021-01-01'),
      ...off('tet', 'holiday', '2021-02-10', '2021-02-11', '2021-02-12'),
      ...off('tet', 'compensatory', '2021-02-15', '2021-02-16'),
      ...off('hung_kings', 'holiday', '2021-04-21'),
      ...off('reunification', 'holiday', '2021-04-30'),
      ...off('labour', 'compensatory', '2021-05-03'),
      ...off('national', 'holiday', '2021-09-02', '2021-09-03'),
    ],
    workedDays: [],
    sources: [
      {
        ref: 'Công văn 9895/VPCP-KGVX ngày 26/11/2020 (Văn phòng Chính phủ)',
        title:
          'V/v nghỉ Tết Âm lịch và Quốc khánh năm 2021 của cán bộ, công chức, viên chức và người lao động',
        url: 'https://thuvienphapluat.vn/cong-van/EN/Lao-dong-Tien-luong/Official-Dispatch-9895-VPCP-KGVX-2020-Lunar-New-Year-and-National-Day-holidays-of-officials/460294/tieng-anh.aspx',
      },
      {
        ref: 'Thông báo 4875/TB-LĐTBXH (Bộ LĐTBXH, late 2020; exact date not confirmed)',
        title: 'Chính thức công bố lịch nghỉ Tết Tân Sửu 2021 (Khoa học & Đời sống)',
        url: 'https://khoahocdoisong.vn/chinh-thuc-cong-bo-lich-nghi-tet-tan-suu-2021-post143258.html',
      },
    ],
    provisionalWindows: [],
  },
  {
    year: 2022,
    status: 'decided',
    daysOff: [
      ...off('new_year', 'compensatory', '2022-01-03'),
      ...off('tet', 'holiday', '2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04'),
      ...off('hung_kings', 'compensatory', '2022-04-11'),
      ...off('reunification', 'compensatory', '2022-05-02'),
      ...off('labour', 'compensatory', '2022-05-03'),
      ...off('national', 'holiday', '2022-09-01', '2022-09-02'),
    ],
    workedDays: [],
    sources: [
      {
        ref: 'Công văn 245/VPCP-KGVX ngày 11/01/2022 (Văn phòng Chính phủ, ý kiến PTT Vũ Đức Đam)',
        title: 'Nghỉ Tết Âm lịch và Quốc khánh năm 2022 (Tết 31/1–4/2/2022; Quốc khánh 1/9–2/9/2022)',
        url: 'https://english.luatvietnam.vn/official-dispatch-no-245-vpcp-kgvx-dated-january-11-2022-of-the-government-office-215627-doc6.html',
      },
    ],
    provisionalWindows: [],
  },
  {
    year: 2023,
    status: 'decided',
    daysOff: [
      ...off('new_year', 'compensatory', '2023-01-02'),
      ...off('tet', 'holiday', '2023-01-20', '2023-01-23', '2023-01-24'),
      ...off('tet', 'compensatory', '2023-01-25', '2023-01-26'),
      ...off('labour', 'holiday', '2023-05-01'),
      ...off('hung_kings', 'compensatory', '2023-05-02'),
      ...off('reunification', 'compensatory', '2023-05-03'),
      ...off('national', 'holiday', '2023-09-01'),
      ...off('national', 'compensatory', '2023-09-04'),
    ],
    workedDays: [],
    sources: [
      {
        ref: 'Công văn 8056/VPCP-KGVX ngày 01/12/2022 (Văn phòng Chính phủ, ý kiến PTT Vũ Đức Đam)',
        title: 'Nghỉ Tết Âm lịch (20/1–26/1/2023) và nghỉ lễ Quốc khánh (1/9–4/9/2023) năm 2023',
        url: 'https://m.thuvienphapluat.vn/cong-van/Lao-dong-Tien-luong/Cong-van-8056-VPCP-KGVX-2022-nghi-Tet-Am-lich-va-nghi-le-Quoc-khanh-2023-542221.aspx',
      },
    ],
    provisionalWindows: [],
  },
  {
    year: 2024,
    status: 'decided',
    daysOff: [
      ...off('new_year', 'holiday', '2024-01-01'),
      ...off('tet', 'holiday', '2024-02-08', '2024-02-09', '2024-02-12'),
      ...off('tet', 'compensatory', '2024-02-13', '2024-02-14'),
      ...off('hung_kings', 'holiday', '2024-04-18'),
      ...off('reunification', 'swap', '2024-04-29'),
      ...off('reunification', 'holiday', '2024-04-30'),
      ...off('labour', 'holiday', '2024-05-01'),
      ...off('national', 'holiday', '2024-09-02', '2024-09-03'),
    ],
    workedDays: [{ date: '2024-05-04', for: '2024-04-29' }],
    sources: [
      {
        ref: 'Công văn 8662/VPCP-KGVX ngày 03/11/2023 (Văn phòng Chính phủ, ý kiến TTg Phạm Minh Chính)',
        title: 'V/v nghỉ Tết Âm lịch (8/2–14/2/2024) và nghỉ lễ Quốc khánh (31/8–3/9/2024) năm 2024',
        url: 'https://thuvienphapluat.vn/cong-van/EN/Lao-dong-Tien-luong/Official-Dispatch-8662-VPCP-KGVX-2023-Lunar-New-Year-Holiday-National-Day-Holiday-Schedules-2024/585800/tieng-anh.aspx',
      },
      {
        ref: 'Công văn 2450/VPCP-KGVX ngày 12/4/2024 (Văn phòng Chính phủ) – hoán đổi 29/4 ↔ thứ Bảy 4/5/2024',
        title: 'Hoán đổi ngày làm việc dịp lễ 30/4 và 1/5/2024',
        url: 'https://thuvienphapluat.vn/cong-van/EN/Lao-dong-Tien-luong/Official-Dispatch-2450-VPCP-KGVX-2024-swap-of-working-days-during-the-Reunification-Day/606458/tieng-anh.aspx',
      },
    ],
    provisionalWindows: [],
  },
  {
    year: 2025,
    status: 'decided',
    daysOff: [
      ...off('new_year', 'holiday', '2025-01-01'),
      ...off('tet', 'holiday', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'),
      ...off('hung_kings', 'holiday', '2025-04-07'),
      ...off('reunification', 'holiday', '2025-04-30'),
      ...off('labour', 'holiday', '2025-05-01'),
      ...off('labour', 'swap', '2025-05-02'),
      ...off('national', 'holiday', '2025-09-01', '2025-09-02'),
    ],
    workedDays: [{ date: '2025-04-26', for: '2025-05-02' }],
    sources: [
      {
        ref: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024 (Văn phòng Chính phủ, ý kiến TTg Phạm Minh Chính) – Tết, Quốc khánh và hoán đổi ngày làm việc dịp 30/4–1/5/2025',
        title: 'Prime Minister agrees to a 9-day off plan for the Lunar New Year in 2025 (LawNet)',
        url: 'https://lawnet.vn/thong-tin-phap-luat/en/thong-bao-van-ban-moi/prime-minister-of-vietnam-agrees-to-a-9-day-off-plan-for-the-lunar-new-year-in-2025-174223.html',
      },
      {
        ref: 'Thông báo 6150/TB-BLĐTBXH (Bộ LĐTBXH, Nov 2024; exact date not confirmed)',
        title: 'Lễ Quốc khánh 2/9/2025 được nghỉ mấy ngày? (GĐXH) – 30/8–2/9/2025',
        url: 'https://giadinh.suckhoedoisong.vn/le-quoc-khanh-2-9-2025-duoc-nghi-may-ngay-172250501154904282.htm',
      },
      {
        ref: 'Thông báo 377/TB-UBND ngày 09/12/2024 (UBND tỉnh Bình Thuận) restating the national schedule: Tết 25/1–2/2, Quốc khánh 30/8–2/9, swap Fri 2/5 -> Sat 26/4/2025',
        title: 'Announcement of schedule for Lunar New Year holiday in Binh Thuan Province (LawNet)',
        url: 'https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/announcement-of-schedule-for-lunar-new-year-holiday-in-binh-thuan-province-175602.html',
      },
    ],
    provisionalWindows: [],
  },
  {
    year: 2026,
    status: 'decided',
    daysOff: [
      ...off('new_year', 'holiday', '2026-01-01'),
      ...off('new_year', 'swap', '2026-01-02'),
      ...off('tet', 'holiday', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'),
      ...off('hung_kings', 'compensatory', '2026-04-27'),
      ...off('reunification', 'holiday', '2026-04-30'),
      ...off('labour', 'holiday', '2026-05-01'),
      ...off('national', 'swap', '2026-08-31'),
      ...off('national', 'holiday', '2026-09-01', '2026-09-02'),
    ],
    workedDays: [
      { date: '2026-01-10', for: '2026-01-02' },
      { date: '2026-08-22', for: '2026-08-31' },
    ],
    sources: [
      {
        ref: 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Văn phòng Chính phủ, ý kiến PTT Phạm Thị Thanh Trà) – Tết Dương lịch 1–4/1/2026, hoán đổi thứ Sáu 2/1 sang thứ Bảy 10/1/2026',
        title: 'Công chức, viên chức được nghỉ 4 ngày dịp Tết Dương lịch năm 2026 (BHXH Việt Nam)',
        url: 'https://baohiemxahoi.gov.vn/tintuc/audio/Pages/default.aspx?CateID=0&ItemID=25908&OtItem=date',
      },
      {
        ref: 'Công văn 9859/VPCP-KGVX ngày 13/10/2025 (Văn phòng Chính phủ, ý kiến TTg Phạm Minh Chính) on Bộ Nội vụ proposal 8764/BNV-CVL (1/10/2025)',
        title: 'Prime Minister approves nine-day Lunar New Year holiday plan (Viet Nam News)',
        url: 'https://vietnamnews.vn/society/1727239/prime-minister-approves-nine-day-lunar-new-year-holiday-plan.html',
      },
      {
        ref: 'Thông báo 9441/TB-BNV ngày 16/10/2025 (Bộ Nội vụ)',
        title:
          'Ministry of Home Affairs announces 2026 holiday schedule for Lunar New Year, National Day (Viet Nam News)',
        url: 'https://vietnamnews.vn/politics-laws/1727514/ministry-of-home-affairs-announces-2026-holiday-schedule-for-lunar-new-year-national-day.html',
      },
    ],
    provisionalWindows: [],
  },
];

function computedOrDecided(year: number): CalendarYear {
  const known = decided.find((y) => y.year === year);
  if (known) return known;
  const anchors = lunarAnchors[year];
  if (!anchors) throw new Error(`no lunar anchors for ${year}`);
  return provisionalYear(year, anchors);
}

/** Every year the calendar serves, decided or computed. */
export const calendarYears: readonly CalendarYear[] = Array.from(
  { length: LAST_YEAR - FIRST_YEAR + 1 },
  (_, i) => computedOrDecided(FIRST_YEAR + i),
);

/** The calendar without the state sector's swaps: the one every period counts by today (LEGAL.md §0). */
export const stateCalendar = holidayCalendar(calendarYears, { honourSwaps: false });
