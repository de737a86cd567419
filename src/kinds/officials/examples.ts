// officials: examples as data. Positive: the people and head titles a sentence must yield.
import type { ExampleCorpus } from '../examples.js';

export const examples: ExampleCorpus<{ name: string; roles?: string[]; titles?: string[]; organization?: string }> = {
  positive: [
    ['Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị.', [{ name: 'Bùi Thanh Sơn', roles: ['Bộ trưởng'], titles: ['Bộ trưởng Bộ Ngoại giao'], organization: 'Bộ Ngoại giao' }]],
    ['Phát biểu khai mạc, Bộ trưởng Ngoại giao Bùi Thanh Sơn khẳng định.', [{ name: 'Bùi Thanh Sơn', organization: 'Bộ Ngoại giao' }]],
    ['Thứ trưởng Thường trực Bộ Ngoại giao Bùi Thanh Sơn phát biểu.', [{ name: 'Bùi Thanh Sơn', roles: ['Thứ trưởng Thường trực'] }]],
    ['Thứ trưởng thường trực Bùi Thanh Sơn cho biết.', [{ name: 'Bùi Thanh Sơn', roles: ['Thứ trưởng Thường trực'] }]],
    [
      'Phiên họp do Thủ tướng Chính phủ Nguyễn Xuân Phúc, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh chủ trì.',
      [
        { name: 'Nguyễn Xuân Phúc', roles: ['Thủ tướng'], titles: ['Thủ tướng Chính phủ'] },
        { name: 'Phạm Bình Minh', roles: ['Phó Thủ tướng', 'Bộ trưởng'], titles: ['Phó Thủ tướng', 'Bộ trưởng Ngoại giao'] },
      ],
    ],
    ['Phát biểu tại sự kiện, ông Bùi Lê Thái, Chánh văn phòng Ban Đối ngoại Trung ương, cho rằng.', [{ name: 'Bùi Lê Thái', roles: ['Chánh văn phòng'], titles: ['Chánh văn phòng Ban Đối ngoại Trung ương'] }]],
    [
      'ông Lê Duy Thành, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Vĩnh Phúc đã đánh giá rất cao.',
      [{ name: 'Lê Duy Thành', roles: ['Phó Bí thư', 'Chủ tịch'], titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Vĩnh Phúc'] }],
    ],
    ['Thứ trưởng Lê Hoài Trung: Hội nghị có ý nghĩa rất đặc biệt.', [{ name: 'Lê Hoài Trung', roles: ['Thứ trưởng'] }]],
    ['Tổng thống Mỹ Donald Trump đã gặp Thủ tướng Đức Angela Merkel.', [{ name: 'Donald Trump', roles: ['Tổng thống'], titles: ['Tổng thống Mỹ'] }, { name: 'Angela Merkel', roles: ['Thủ tướng'] }]],
    ['Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Tập Cận Bình hội đàm.', [{ name: 'Tập Cận Bình', roles: ['Chủ tịch nước'] }]],
    ['Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình tiếp.', [{ name: 'Tập Cận Bình', roles: ['Tổng Bí thư', 'Chủ tịch nước'] }]],
    ['Thủ tướng Campuchia Hun Sen cho biết.', [{ name: 'Hun Sen', roles: ['Thủ tướng'] }]],
    ['Bộ trưởng Công Thương Nguyễn Hồng Diên nói.', [{ name: 'Nguyễn Hồng Diên', titles: ['Bộ trưởng Công Thương'], organization: 'Bộ Công Thương' }]],
    ['Chủ tịch UBND tỉnh Hà Nam Trần Văn Tuấn cho biết.', [{ name: 'Trần Văn Tuấn', titles: ['Chủ tịch UBND tỉnh Hà Nam'] }]],
    ['Đại sứ Việt Nam tại Mỹ Hà Kim Ngọc trao quốc thư.', [{ name: 'Hà Kim Ngọc', titles: ['Đại sứ Việt Nam tại Mỹ'] }]],
    [
      'Cục trưởng Cục Ngoại vụ Nguyễn Như Hiếu khẳng định. Sau đó ông Nguyễn Như Hiếu chia sẻ.',
      [{ name: 'Nguyễn Như Hiếu', roles: ['Cục trưởng'], titles: ['Cục trưởng Cục Ngoại vụ'] }],
    ],
    ['Bộ trưởng Bộ Tài nguyên và Môi trường Trần Hồng Hà phát biểu.', [{ name: 'Trần Hồng Hà', titles: ['Bộ trưởng Bộ Tài nguyên và Môi trường'] }]],
    ['Ngoại trưởng Nga Sergei Lavrov hội đàm.', [{ name: 'Sergei Lavrov', roles: ['Ngoại trưởng'] }]],
    ['Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập.', [{ name: 'Hồ Chí Minh', roles: ['Chủ tịch'] }]],
    ['Bộ trưởng Ngoại giao Trung Quốc Vương Nghị nói tại cuộc họp.', [{ name: 'Vương Nghị', titles: ['Bộ trưởng Ngoại giao Trung Quốc'] }]],
    ['Đại tướng Lương Tam Quang, Bộ trưởng Công an, phát biểu.', [{ name: 'Lương Tam Quang', roles: ['Đại tướng', 'Bộ trưởng'] }]],
    ['ông Nguyễn Thanh Long - Bộ trưởng Bộ Y tế cho biết', [{ name: 'Nguyễn Thanh Long', titles: ['Bộ trưởng Bộ Y tế'] }]],
    ['Người phát ngôn Điện Kremlin Dmitry Peskov cho biết.', [{ name: 'Dmitry Peskov', titles: ['Người phát ngôn Điện Kremlin'] }]],
    ['Tổng thống George W. Bush thăm Việt Nam.', [{ name: 'George W. Bush' }]],
    ['Thái tử Arab Saudi Mohammed bin Salman', [{ name: 'Mohammed bin Salman', roles: ['Thái tử'] }]],
    ['Tổng thống Phi-li-pin Rô-đờ-ri-gô Đu-téc-tê', [{ name: 'Rô-đờ-ri-gô Đu-téc-tê', titles: ['Tổng thống Phi-li-pin'] }]],
    ['Thủ tướng Chính phủ Hoàng gia Campuchia Samdech Techo Hun Sen', [{ name: 'Hun Sen' }]],
    ['Phó Thống đốc Ngân hàng Nhà nước Đào Minh Tú khẳng định', [{ name: 'Đào Minh Tú', titles: ['Phó Thống đốc Ngân hàng Nhà nước'] }]],
    ['Chủ tịch HĐND thành phố Nguyễn Ngọc Tuấn cho biết', [{ name: 'Nguyễn Ngọc Tuấn' }]],
    ['Thủ hiến bang Victoria Daniel Andrews', [{ name: 'Daniel Andrews', titles: ['Thủ hiến bang Victoria'] }]],
    [
      'Tổng thống Donald Trump cho biết. Sau đó Tổng thống Trump nói thêm.',
      [{ name: 'Donald Trump', titles: ['Tổng thống'] }],
    ],
    ['Ông Phil Gordon, cựu cố vấn an ninh quốc gia của Mỹ, nói.', [{ name: 'Phil Gordon', roles: ['Cố vấn'] }]],
    ['ông Nguyễn Anh Tuấn - Trưởng phòng Quản lý kinh doanh xăng dầu và khí cho biết', [{ name: 'Nguyễn Anh Tuấn', titles: ['Trưởng phòng Quản lý kinh doanh xăng dầu và khí'] }]],
    [
      'Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến, Bộ trưởng Bộ TN&MT Trần Hồng Hà dự họp',
      [{ name: 'Nguyễn Thị Kim Tiến', titles: ['Bộ trưởng Bộ Y tế'] }, { name: 'Trần Hồng Hà', titles: ['Bộ trưởng Bộ TN&MT'] }],
    ],
    ['Chủ tịch Ủy ban châu Âu Ursula von der Leyen', [{ name: 'Ursula von der Leyen' }]],
    ['Thủ hiến Bang Hessen Volker Bouffler', [{ name: 'Volker Bouffler', titles: ['Thủ hiến Bang Hessen'] }]],
    ['Tổng thống lâm thời Venezuela Delcy Rodriguez', [{ name: 'Delcy Rodriguez', roles: ['Tổng thống'] }]],
    [
      'ông Lê Hoài Trung, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Ngoại giao, Đặc phái viên của Tổng Bí thư Tô Lâm đã hội kiến',
      [{ name: 'Lê Hoài Trung', roles: ['Ủy viên Bộ Chính trị', 'Bộ trưởng', 'Đặc phái viên'] }, { name: 'Tô Lâm', roles: ['Tổng Bí thư'] }],
    ],
    [
      // `Vu` (于) is a Chinese family name: without it the first title ran on into the second person.
      'về phía Trung Quốc có Chủ tịch tỉnh Phúc Kiến Vu Vĩ Quốc, Đại sứ Trung Quốc tại Việt Nam Hồng Tiểu Dũng, cùng gần 300 doanh nghiệp',
      [{ name: 'Vu Vĩ Quốc', titles: ['Chủ tịch tỉnh Phúc Kiến'] }, { name: 'Hồng Tiểu Dũng', titles: ['Đại sứ Trung Quốc tại Việt Nam'] }],
    ],
    // a list after a colon: each item `NAME - TITLE`, and the titles before the colon given to every item of the group
    [
      'có các đồng chí Ủy viên Bộ Chính trị: Vương Đình Huệ - Phó Thủ tướng Chính phủ; Trương Thị Mai - Trưởng ban Dân vận Trung ương; Các đồng chí Ủy viên Trung ương Đảng: Uông Chu Lưu - Phó Chủ tịch Quốc hội, Nguyễn Xuân Thắng - Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh; Đại sứ Việt Nam tại Trung Quốc Đặng Minh Khôi.',
      [
        { name: 'Vương Đình Huệ', titles: ['Ủy viên Bộ Chính trị', 'Phó Thủ tướng Chính phủ'] },
        { name: 'Trương Thị Mai', titles: ['Ủy viên Bộ Chính trị', 'Trưởng ban Dân vận Trung ương'] },
        { name: 'Uông Chu Lưu', titles: ['Ủy viên Trung ương Đảng', 'Phó Chủ tịch Quốc hội'] },
        { name: 'Nguyễn Xuân Thắng', titles: ['Ủy viên Trung ương Đảng', 'Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh'] },
        { name: 'Đặng Minh Khôi', titles: ['Đại sứ Việt Nam tại Trung Quốc'] },
      ],
    ],
    // a list of `NAME, TITLE, TITLE;` with foreign names and no honorific after the first
    [
      'Cùng đi có các đồng chí Somdy Douangdy, Ủy viên Trung ương Đảng, Phó Thủ tướng, Bộ trưởng Bộ Tài chính; Souphanh Keomixay, Bộ trưởng Bộ Kế hoạch Đầu tư; Malaythong Kommasith, Thứ trưởng, Thư ký Thủ tướng.',
      [
        { name: 'Somdy Douangdy', roles: ['Ủy viên Trung ương Đảng', 'Phó Thủ tướng', 'Bộ trưởng'] },
        { name: 'Souphanh Keomixay', roles: ['Bộ trưởng'] },
        { name: 'Malaythong Kommasith', roles: ['Thứ trưởng', 'Thư ký'] },
      ],
    ],
    ['bà Khăm Chăn Phôm Sẻng Sạ Văn, Phó Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước', [{ name: 'Khăm Chăn Phôm Sẻng Sạ Văn', roles: ['Phó Chủ tịch'] }]],
    // a title, a comma and the name; an English title left in the text; `NAME làm TITLE`, `NAME là TITLE`
    ['trong khi Thủ tướng Pakistan, Nawaz Sharif, một đồng minh thân cận', [{ name: 'Nawaz Sharif', titles: ['Thủ tướng Pakistan'] }]],
    ['theo lời mời của Chủ tịch WEF, ông Klaus Schwab.', [{ name: 'Klaus Schwab', titles: ['Chủ tịch WEF'] }]],
    ['cùng Tổng thống Kazakh President Nursultan Nazarbayev.', [{ name: 'Nursultan Nazarbayev', roles: ['Tổng thống'] }]],
    ['Việc ông Trump chọn Scott Bessent làm Bộ trưởng Tài chính được coi là', [{ name: 'Scott Bessent', titles: ['Bộ trưởng Tài chính'] }]],
    [
      'Từ năm 2001 đến năm 2006, đồng chí Thongloun Sisoulith là Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ; Chủ nhiệm Ủy ban Kế hoạch và Đầu tư.',
      [{ name: 'Thongloun Sisoulith', roles: ['Ủy viên Bộ Chính trị', 'Phó Thủ tướng', 'Chủ nhiệm'] }],
    ],
    // titles with an organization in other shapes
    ['theo Trưởng ban Công tác đại biểu Nguyễn Thị Thanh, các ứng viên', [{ name: 'Nguyễn Thị Thanh', titles: ['Trưởng ban Công tác đại biểu'] }]],
    ['Phó Phát ngôn Bộ Ngoại giao Việt Nam Đoàn Khắc Việt cho biết', [{ name: 'Đoàn Khắc Việt', roles: ['Phó Phát ngôn'] }]],
    ['Tổng Bí thư đảng Xã hội chủ nghĩa Venezuela (PSUV) Diosdado Cabello đến', [{ name: 'Diosdado Cabello', roles: ['Tổng Bí thư'] }]],
    ['tiếp Bộ trưởng Phát triển Kinh tế Liên bang Nga Maxim Oreshkin, đang có chuyến thăm', [{ name: 'Maxim Oreshkin' }]],
    // a biography: career lines name no one, their titles are the subject's
    [
      'Chủ tịch Quốc hội trao quyết định cho Bí thư Thành ủy Nguyễn Thiện Nhân. 4/1983-4/1985: Cán bộ giảng dạy Trường Đại học Bách khoa. 4/1985-7/1988: Ủy viên Ban Thường vụ Thành đoàn, Trưởng ban Khoa học rồi Phó Bí thư Thành đoàn. 8/1988-10/1990: Tùy viên giáo dục Đại sứ quán Việt Nam tại Đức.',
      [{ name: 'Nguyễn Thiện Nhân', roles: ['Bí thư', 'Ủy viên', 'Trưởng ban', 'Phó Bí thư', 'Tùy viên'] }],
    ],
    // a name glued to the next word by a scraper
    ['Tổng Bí thư Nguyễn Phú Trọngmong rằng mối quan hệ', [{ name: 'Nguyễn Phú Trọng' }]],
    ['Thủ tướng Anh Keir Starmer đến. Chủ tịch Trung Quốc Ông Starmer nói', [{ name: 'Keir Starmer', titles: ['Thủ tướng Anh'] }]],
  ],
  negative: [
    '(Ảnh: Tuấn Anh)',
    'Mai Quý',
    'Theo TTXVN/VIETNAM+',
    'đối tượng Huỳnh Tăng Bình đã trà trộn vào đám đông.',
    'Thủ tướng cho biết Chính phủ sẽ tiếp tục chỉ đạo.',
    'Bộ trưởng khẳng định có được những kết quả này.',
    'các Đại sứ, Tổng Lãnh sự Việt Nam ở nước ngoài tham dự.',
    'Chủ tịch UBND tỉnh Hà Giang đã ký quyết định.',
    'Bí thư Tỉnh ủy Lạng Sơn phát biểu.',
    'Đại sứ quán Việt Nam tại Nhật Bản thông báo.',
    'Thủ tướng Chính phủ cho rằng cần đẩy mạnh.',
    'Tổng Giám đốc Samsung Việt Nam cho biết.',
    'ông Nguyễn Văn An, 45 tuổi, trú tại Hà Nội.',
    'chính quyền Tổng thống cho biết',
    'Thủ tướng Malta cho biết. Cuộc họp diễn ra tại Malta.',
    'thượng nghị sĩ bang North Carolina cho biết',
    'Giám đốc Công ty Hà Phát cho biết',
    'Phó Chủ tịch Tập đoàn GE Christian Bennett',
    'Vụ trưởng Vụ Châu Á-Thái Bình Dương cho biết',
    'Bí thư Thành ủy Thành phố Hồ Chí Minh trình bày',
    'ông Piere Eladari, Giám đốc điều hành Tập đoàn Puma Energy, cho biết',
    'Ông David Meger, Giám đốc Sacombank, nói',
    // a person's name inside a place or an institution
    'Bí thư Thành ủy TP Hồ Chí Minh phát biểu',
    'Phó Bí thư Thành đoàn TP. Hồ Chí Minh.',
    // a title of another person, after `của`
    'Đặc phái viên của Tổng thống Nga, Hà Nội cho biết',
    'Bộ Công Thương trình Thủ tướng Chính phủ phê duyệt PreFS các dự án',
    'Tổng Giám đốc Ban thư ký APEC Allan',
    'ông là thư ký tòa soạn.',
    'Phó chủ nhiệm Đoàn Luật sư TPHCM',
    'Thứ trưởng Ngoại giao Nga tháp tùng Chủ tịch nước duyệt đội danh dự',
  ],
};
