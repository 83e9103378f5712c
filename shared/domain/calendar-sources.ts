/**
 * The texts that decided each year of the holiday calendar (calendar-years.ts): the Government
 * Office letters conveying the Prime Minister's decision, the ministry notices, and where they were
 * read. Kept apart from the days themselves: the functions that count periods do not carry them.
 */
export interface CalendarSource {
  ref: string;
  title: string;
  url?: string;
}

export const calendarSources: Readonly<Record<number, readonly CalendarSource[]>> = {
  2019: [
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
  2020: [
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
  2021: [
    {
      ref: 'Công văn 9895/VPCP-KGVX ngày 26/11/2020 (Văn phòng Chính phủ)',
      title: 'V/v nghỉ Tết Âm lịch và Quốc khánh năm 2021 của cán bộ, công chức, viên chức và người lao động',
      url: 'https://thuvienphapluat.vn/cong-van/EN/Lao-dong-Tien-luong/Official-Dispatch-9895-VPCP-KGVX-2020-Lunar-New-Year-and-National-Day-holidays-of-officials/460294/tieng-anh.aspx',
    },
    {
      ref: 'Thông báo 4875/TB-LĐTBXH (Bộ LĐTBXH, late 2020; exact date not confirmed)',
      title: 'Chính thức công bố lịch nghỉ Tết Tân Sửu 2021 (Khoa học & Đời sống)',
      url: 'https://khoahocdoisong.vn/chinh-thuc-cong-bo-lich-nghi-tet-tan-suu-2021-post143258.html',
    },
  ],
  2022: [
    {
      ref: 'Công văn 245/VPCP-KGVX ngày 11/01/2022 (Văn phòng Chính phủ, ý kiến PTT Vũ Đức Đam)',
      title: 'Nghỉ Tết Âm lịch và Quốc khánh năm 2022 (Tết 31/1–4/2/2022; Quốc khánh 1/9–2/9/2022)',
      url: 'https://english.luatvietnam.vn/official-dispatch-no-245-vpcp-kgvx-dated-january-11-2022-of-the-government-office-215627-doc6.html',
    },
  ],
  2023: [
    {
      ref: 'Công văn 8056/VPCP-KGVX ngày 01/12/2022 (Văn phòng Chính phủ, ý kiến PTT Vũ Đức Đam)',
      title: 'Nghỉ Tết Âm lịch (20/1–26/1/2023) và nghỉ lễ Quốc khánh (1/9–4/9/2023) năm 2023',
      url: 'https://m.thuvienphapluat.vn/cong-van/Lao-dong-Tien-luong/Cong-van-8056-VPCP-KGVX-2022-nghi-Tet-Am-lich-va-nghi-le-Quoc-khanh-2023-542221.aspx',
    },
  ],
  2024: [
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
  2025: [
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
  2026: [
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
};
