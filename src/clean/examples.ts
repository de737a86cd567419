// Examples of site furniture, as data: each text with what must be cut from it (the text cut and
// why), and story text that must lose nothing. test/clean.test.ts runs them.
import type { CutReason } from './index.js';

export interface CleanExample {
  text: string;
  cuts: [string, CutReason][];
}

/** Story long enough for what follows it to be the page's end (teasers need a story before them). */
const STORY =
  'Ngày 13/12, Hội nghị Ngoại vụ toàn quốc lần thứ 20 đã được tổ chức tại Hà Nội với sự tham dự của hơn 300 đại biểu từ các ban, bộ, ngành trung ương. ' +
  'Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị và phát biểu khai mạc, nhấn mạnh vai trò của đối ngoại địa phương trong giai đoạn mới. ' +
  'Các đại biểu đã thảo luận về phương hướng, nhiệm vụ và biện pháp nâng cao hiệu quả công tác đối ngoại của các địa phương.';

export const POSITIVE: CleanExample[] = [
  { text: `Nhỏ Bình thường Lớn\n\n${STORY}`, cuts: [['Nhỏ Bình thường Lớn', 'widget']] },
  { text: `${STORY}\nBình luận (0)`, cuts: [['Bình luận (0)', 'widget']] },
  { text: `Việt Nam vươn mình trong kỷ nguyên mới\n\nTiêu đề bài\n\nTheo TTXVN/VIETNAM+\nChia sẻ Zalo\n${STORY}`, cuts: [['Việt Nam vươn mình trong kỷ nguyên mới', 'banner'], ['Theo TTXVN/VIETNAM+', 'source'], ['Chia sẻ Zalo', 'widget']] },
  { text: `${STORY}\nMai Quý\n\nCó thể bạn quan tâm\n\nGiá vàng tăng mạnh\n\nGiá vàng thế giới tăng mạnh trong năm 2026.`, cuts: [['Mai Quý', 'byline'], ['Có thể bạn quan tâm\n\nGiá vàng tăng mạnh\n\nGiá vàng thế giới tăng mạnh trong năm 2026.', 'teasers']] },
  {
    // Teasers without a heading: headlines each printed twice, then their summaries.
    text: `${STORY}\nGiao ban làm việc với các cơ quan ngoại vụ\n\nGiao ban làm việc với các cơ quan ngoại vụ\n\nNgày 31/10, Bộ Ngoại giao tổ chức giao ban.\nSở Ngoại vụ Phú Thọ: 10 năm hội nhập\n\nSở Ngoại vụ Phú Thọ: 10 năm hội nhập\n\n10 dấu ấn nổi bật.`,
    cuts: [['Giao ban làm việc với các cơ quan ngoại vụ\n\nGiao ban làm việc với các cơ quan ngoại vụ\n\nNgày 31/10, Bộ Ngoại giao tổ chức giao ban.\nSở Ngoại vụ Phú Thọ: 10 năm hội nhập\n\nSở Ngoại vụ Phú Thọ: 10 năm hội nhập\n\n10 dấu ấn nổi bật.', 'teasers']],
  },
  {
    text: 'Đối ngoại địa phương đóng góp vào thành công chung của công tác đối ngoại cả nước Nâng cao hiệu quả công tác thông tin đối ngoại tại các Cơ quan đại diện Việt Nam ở nước ngoài Công tác đối ngoại đã góp phần tích cực vào nỗ lực chung của Chính phủ',
    cuts: [['Đối ngoại địa phương đóng góp vào thành công chung của công tác đối ngoại cả nước Nâng cao hiệu quả công tác thông tin đối ngoại tại các Cơ quan đại diện Việt Nam ở nước ngoài Công tác đối ngoại đã góp phần tích cực vào nỗ lực chung của Chính phủ', 'headlines']],
  },
  { text: 'Ông Lê Duy Thành phát biểu tại Diễn đàn. (Ảnh: Tuấn Anh)', cuts: [['(Ảnh: Tuấn Anh)', 'photo_credit']] },
  // Terminal escape sequences and control characters a scraper kept.
  { text: 'Bộ trưởng phát biểu\u001b[31m tại hội nghị\u0007.', cuts: [['\u001b[31m', 'control'], ['\u0007', 'control']] },
  { text: 'Quang cảnh phiên họp. Ảnh: Nguyễn Dân -TTXVN Sáng 22/5, Quốc hội khai mạc kỳ họp.', cuts: [['Ảnh: Nguyễn Dân -TTXVN', 'photo_credit']] },
  { text: 'Hai Thủ tướng tại buổi hội đàm. Ảnh: VGP/Quang Hiếu Tọa đàm với doanh nghiệp diễn ra sau đó.', cuts: [['Ảnh: VGP/Quang Hiếu', 'photo_credit']] },
  { text: 'Thứ trưởng Bùi Thanh Sơn phát biểu tại phiên họp. Nguồn: Thế giới và Việt Nam. |', cuts: [['Nguồn: Thế giới và Việt Nam. |', 'source']] },
  { text: 'Lưu bài viết thành công Bạn có thể xem lại bài viết đã lưu ở trangTin bài đã lưu Tại Hội nghị, Tổng Bí thư phát biểu.', cuts: [['Lưu bài viết thành công Bạn có thể xem lại bài viết đã lưu ở trangTin bài đã lưu', 'widget']] },
  { text: 'Hai bên nhất trí thúc đẩy hợp tác hội nhập quốc tế. Nguyễn Hồng Điệp (TTXVN)', cuts: [['Nguyễn Hồng Điệp (TTXVN)', 'byline']] },
  { text: 'Triển lãm diễn ra đến 30/4. Thanh Tâm(TheoCNA, AFP)', cuts: [['Thanh Tâm(TheoCNA, AFP)', 'byline']] },
  { text: 'Đó là điều không thể thỏa hiệp". Hà Thu(theo AP, Reuters)', cuts: [['Hà Thu(theo AP, Reuters)', 'byline']] },
  { text: 'Ông cho biết. Như Tâm(TheoWashington Post, BBC, France 24)', cuts: [['Như Tâm(TheoWashington Post, BBC, France 24)', 'byline']] },
  { text: `${STORY}\nAn Bình\nTheo Reuters`, cuts: [['An Bình', 'byline'], ['Theo Reuters', 'source']] },
  { text: `${STORY}\nĐức Hoàng\nTheo Reuters, AFP`, cuts: [['Đức Hoàng', 'byline'], ['Theo Reuters, AFP', 'source']] },
  { text: `${STORY}\nMinh PhươngTheo TASS, Sputnik`, cuts: [['Minh PhươngTheo TASS, Sputnik', 'source']] },
  { text: `${STORY}\nHuỳnh Hải - Xuân Lương`, cuts: [['Huỳnh Hải - Xuân Lương', 'byline']] },
];

/** Story that must lose nothing. */
export const NEGATIVE: string[] = [
  STORY,
  // A doubled photo caption in the story is not the teaser block.
  `${STORY}\nThứ trưởng Bộ Ngoại giao Lê Hoài Trung.\nThứ trưởng Bộ Ngoại giao Lê Hoài Trung.\n${STORY}`,
  // A title repeated at the top.
  `Việt Nam và Lào ký 4 văn kiện hợp tác\nViệt Nam và Lào ký 4 văn kiện hợp tác\n${STORY}`,
  // Commas between titles: an apposition, not headlines run together.
  'ông Lê Hoài Trung, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Ngoại giao, Đặc phái viên của Tổng Bí thư Tô Lâm đã hội kiến',
  // Two capitalized words close together in one headline.
  'Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Shinzo Abe dự Hội nghị Xúc tiến đầu tư Việt Nam',
  'Bộ Chính trị sẽ thành lập Ban Chỉ đạo Trung ương về bổ sung, sửa đổi Điều lệ Đảng',
  // `Theo …,` opening a sentence is reported speech, not a source line.
  'Theo Thứ trưởng Bùi Thanh Sơn, ngành Ngoại giao đã quyết liệt triển khai chỉ đạo của Chính phủ.',
  'Theo Đặc phái viên TTXVN, hai bên bày tỏ vui mừng trước sự phát triển của quan hệ hai nước.',
  // `Chia sẻ` and `Bình luận` as words of the story.
  'Chia sẻ với phóng viên, lãnh đạo một doanh nghiệp cho biết sản lượng giảm.',
  'Bình luận của ông Trump được đưa ra sau một bài báo.',
  // A credit whose end cannot be told: nothing is cut.
  'Video: Công an Gia Lai Kết quả điều tra cho thấy đối tượng đã bỏ trốn.',
  // A last sentence without a full stop ending on a place name.
  'Hội nghị đã thành công tốt đẹp. Đoàn sẽ tiếp tục chương trình làm việc tại Hà Nội',
  // Capitals after the last full stop, not a byline (the `?`): read in one pass, not split at every letter (fuzz test).
  'Thứ trưởng đánh giá như thế nào về kết quả. CỦA HOẠT ĐỘNG NGOẠI VỤ ĐỊA PHƯƠNG TRONG THỜI GIAN QUA?',
];
