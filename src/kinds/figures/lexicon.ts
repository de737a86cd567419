// Figures' words: scale words, qualifiers, units and counted nouns. A new unit is one line here.
import type { FigureQualifier } from '../../types.js';

/** Scale words multiply: `21 nghìn tỷ` → 21e12. */
export const SCALES: Readonly<Record<string, number>> = {
  trăm: 1e2,
  nghìn: 1e3,
  ngàn: 1e3,
  vạn: 1e4,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

/** Words before a number and the qualifier they give. */
export const QUALIFIERS: readonly (readonly [string, FigureQualifier])[] = [
  ['hơn', 'more_than'],
  ['trên', 'more_than'],
  ['gần', 'nearly'],
  ['xấp xỉ', 'nearly'],
  ['khoảng', 'about'],
  ['chừng', 'about'],
  ['ước', 'about'],
  ['ước tính', 'about'],
  ['dưới', 'less_than'],
  ['chưa đầy', 'less_than'],
  ['chưa tới', 'less_than'],
  ['không quá', 'less_than'],
  ['ít nhất', 'at_least'],
  ['tối thiểu', 'at_least'],
];

/** Units written as symbols or measure words, matched longest first. */
export const MEASURES: readonly string[] = [
  '%', '‰', 'USD', 'đô la', 'đô la Mỹ', 'đôla', 'đồng', 'VND', 'VNĐ', 'đ', 'EUR', 'euro', 'Euro', 'yen', 'Yên', 'nhân dân tệ',
  'NDT', 'bảng Anh', 'rúp', 'won', 'baht', 'kíp', 'riel', 'SGD', 'AUD', 'km', 'km2', 'km²', 'm', 'm2', 'm²', 'm3', 'ha',
  'héc-ta', 'hecta', 'tấn', 'kg', 'gram', 'lít', 'MW', 'kW', 'kWh', 'GW', 'MWh', 'TEU', 'thùng', 'độ C', '°C', 'độ', 'lần',
  'điểm phần trăm', 'điểm', 'USD/tấn', 'cm', 'mm', 'hải lý', 'Mbps', 'GB', 'MB', 'tuổi', 'cent', 'kV', 'KV',
];

/** Units of time: a figure, not a date (`10 tháng`, `hơn 2 năm`). Never extended into a longer word. */
export const TIME_UNITS: readonly string[] = ['năm', 'tháng', 'ngày', 'tuần', 'giờ', 'phút', 'giây', 'quý', 'thập kỷ', 'thế kỷ', 'nhiệm kỳ', 'đêm'];

/** Counted nouns that the dictionary does not know as one word. */
export const COUNT_NOUNS: readonly string[] = ['Trưởng cơ quan đại diện', 'Trưởng Cơ quan đại diện', 'cơ quan đại diện', 'tỉnh thành'];

/** Classifiers that take the noun after them into the unit: `2.000 lượt cán bộ`. */
export const CLASSIFIERS: readonly string[] = ['lượt', 'chiếc', 'con', 'cái', 'ngôi', 'căn', 'bức', 'tòa', 'toà', 'cuộc', 'nền'];

/** Words that are never a counted noun: the number stands alone. */
export const NOT_UNITS: readonly string[] = [
  'là', 'và', 'của', 'có', 'được', 'đã', 'đang', 'sẽ', 'trong', 'với', 'cho', 'các', 'những', 'từ', 'đến', 'tới', 'tại', 'ở',
  'về', 'theo', 'so', 'hơn', 'nhưng', 'mà', 'thì', 'hay', 'hoặc', 'nên', 'bị', 'do', 'vì', 'khi', 'này', 'đó', 'kia', 'nào',
  'gì', 'rồi', 'cũng', 'vẫn', 'còn', 'đều', 'chỉ', 'lại', 'ra', 'vào', 'lên', 'xuống', 'trở', 'tăng', 'giảm', 'đạt', 'chiếm',
  'như', 'nhiều', 'ít', 'rất', 'quá', 'trước', 'sau', 'giữa', 'ngoài', 'bên', 'cùng', 'để', 'nhằm', 'mỗi', 'mọi', 'tất',
  'cả', 'thứ', 'lần', 'trên', 'dưới', 'gần', 'khoảng', 'nay', 'qua', 'tiếp', 'liên', 'đầu', 'cuối', 'nữa', 'thì', 'vừa',
  'mới', 'đây', 'kể', 'trở', 'lên', 'hiện', 'coin',
];

/** Words before a number that make it a label, not a quantity: `số 2`, `vòng 1`, `Điều 5`. */
export const LABEL_WORDS: readonly string[] = [
  'số', 'thứ', 'khóa', 'điều', 'khoản', 'vòng', 'bảng', 'cấp', 'tầng', 'phòng', 'lô', 'tuyến', 'quốc lộ', 'đường', 'mục',
  'chương', 'trang', 'phiên', 'tập', 'đợt', 'hạng', 'top', 'kỳ', 'giai đoạn', 'phần', 'câu', 'nhóm', 'khu', 'ô', 'lớp',
  'tổ', 'đội', 'quận', 'phường', 'ấp', 'thôn', 'xóm', 'căn hộ', 'hẻm', 'ngõ', 'ngách', 'lúc', 'băng chuyền', 'cửa', 'sân',
  'nhà', 'hội nghị', 'bước', 'mẫu', 'model',
];

/** Spelled counts are figures only before these units (`hai năm`, `ba lần`). */
// Not `nước`, `bên`, `quốc gia`: `hợp tác giữa hai nước` refers to the two countries, it states no quantity.
export const SPELLED_UNITS: readonly string[] = ['năm', 'tháng', 'ngày', 'tuần', 'thập kỷ', 'nhiệm kỳ', 'lần', 'tỉnh'];

/** After a time of day: `10 giờ sáng`. */
export const TIME_OF_DAY: readonly string[] = ['sáng', 'chiều', 'tối', 'trưa', 'đêm', 'khuya'];
