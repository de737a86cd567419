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
  ],
};
