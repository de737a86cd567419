// Site furniture as data: the phrases news sites put around a story. Compared by folded key
// (case and tone placement do not matter). A new phrase is one line here.

/** Whole lines that are widgets, menus and counters: share buttons, font menus, comment counts. */
export const WIDGET_LINES: readonly string[] = [
  'Chia sẻ', 'Chia sẻ Zalo', 'Chia sẻ Facebook', 'Zalo', 'Facebook', 'Twitter', 'Nhỏ Bình thường Lớn', 'Cỡ chữ', 'In bài',
  'Gửi bài', 'Gửi bài viết', 'Lưu bài', 'Lưu bài viết', 'Phiên bản di động', 'Bản in', 'Copy link', 'Sao chép liên kết',
  'Tổng hợp', 'Quay lại', 'Về trang chủ', 'Bình luận', 'Gửi bình luận', 'Theo dõi chúng tôi',
];

/** Whole lines matched by pattern: counters and follow buttons. */
export const WIDGET_PATTERNS: readonly RegExp[] = [
  /^bình luận \(\d+\)$/u,
  /^\d+ bình luận$/u,
  /^theo dõi .{1,40} trên google news$/u,
  /^(thích|like|share) \(?\d*\)?$/u,
];

/** Site banners and section slogans printed above the headline. */
export const BANNER_LINES: readonly string[] = ['Việt Nam vươn mình trong kỷ nguyên mới'];

/** Headings that open the related-article block: from here to the end of the page is teasers. */
export const TEASER_HEADINGS: readonly string[] = [
  'Có thể bạn quan tâm', 'Tin khác', 'Tin liên quan', 'Xem thêm', 'Nên xem', 'Bài viết liên quan', 'Bài liên quan', 'Đọc thêm',
  'Tin cùng chuyên mục', 'Các tin khác', 'Tin mới', 'Tin mới nhất', 'Tin nổi bật', 'Đọc nhiều', 'Xem nhiều', 'Bài đọc nhiều',
  'Tin đọc nhiều', 'Cùng chuyên mục', 'Tin bài liên quan', 'Video đang được quan tâm',
];

/** Widgets that sites glue into the text itself. */
export const INLINE_PHRASES: readonly string[] = [
  'Lưu bài viết thành công Bạn có thể xem lại bài viết đã lưu ở trangTin bài đã lưu',
  'Lưu bài viết thành công Bạn có thể xem lại bài viết đã lưu ở trang Tin bài đã lưu',
  'Nguồn: [Link nguồn]',
];

/** Words that introduce a photo credit or caption source: `(Ảnh: Tuấn Anh)`. */
export const CREDIT_WORDS: readonly string[] = ['Ảnh', 'Nguồn', 'Ảnh minh họa', 'Ảnh minh hoạ', 'Nguồn ảnh', 'Video', 'Clip', 'Đồ họa', 'Đồ hoạ', 'Infographic'];

/** News agencies that end an unbracketed credit: `Ảnh: Nguyễn Dân - TTXVN`, `Ảnh: VGP/Quang Hiếu`. */
export const AGENCIES: readonly string[] = ['TTXVN', 'VGP', 'VNA', 'VOV', 'VTV', 'Reuters', 'AFP', 'AP', 'Xinhua', 'TASS', 'Sputnik', 'Bloomberg', 'CNN', 'BBC', 'Getty', 'EPA', 'Kyodo', 'Yonhap'];

/** Words that open a source line: `Theo TTXVN/VIETNAM+`, `Nguồn: Thế giới và Việt Nam`. */
export const SOURCE_WORDS: readonly string[] = ['Theo', 'Nguồn', 'Nguồn tin'];
