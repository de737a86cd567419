// Officials' titles and the words around them. A new title is one line here.

/** Head titles: the office itself. Matched case-insensitively, longest first; the casing here is the `role`. */
export const TITLES: readonly string[] = [
  // Party and state
  'Tổng Bí thư', 'Bí thư', 'Bí thư thứ nhất', 'Thường trực Ban Bí thư', 'Ủy viên Bộ Chính trị', 'Uỷ viên Bộ Chính trị',
  'Ủy viên Trung ương Đảng', 'Uỷ viên Trung ương Đảng', 'Ủy viên Ban Chấp hành Trung ương Đảng', 'Ủy viên', 'Uỷ viên',
  'Chủ tịch nước', 'Chủ tịch', 'Chủ nhiệm', 'Trưởng ban', 'Chánh văn phòng', 'Chánh Văn phòng', 'Tổng Thư ký', 'Tổng thư ký',
  'Tổng Kiểm toán Nhà nước', 'Tổng Kiểm toán', 'Tổng Thanh tra', 'Tổng Thanh tra Chính phủ', 'Chánh án', 'Viện trưởng',
  'Thống đốc', 'Thủ tướng', 'Bộ trưởng', 'Thứ trưởng', 'Thứ trưởng Thường trực', 'Tổng cục trưởng', 'Cục trưởng',
  'Vụ trưởng', 'Giám đốc', 'Tổng Giám đốc', 'Tổng giám đốc', 'Chủ tịch Hội đồng quản trị', 'Người phát ngôn',
  'Phát ngôn viên', 'Trưởng đoàn', 'Trưởng Đoàn', 'Trưởng phòng', 'Hiệu trưởng', 'Tổng Biên tập', 'Tổng biên tập',
  'Trợ lý', 'Cố vấn', 'Đặc phái viên', 'Đại biểu Quốc hội', 'Trưởng Công an', 'Thủ trưởng', 'Thư ký', 'Trưởng khoa',
  'Đảng ủy viên', 'Đảng uỷ viên', 'Thành ủy viên', 'Thành uỷ viên', 'Tỉnh ủy viên', 'Tỉnh uỷ viên', 'Huyện ủy viên', 'Phó Phát ngôn',
  // diplomacy
  'Đại sứ', 'Đại sứ đặc mệnh toàn quyền', 'Tổng Lãnh sự', 'Tổng lãnh sự', 'Lãnh sự', 'Tham tán', 'Tham tán Công sứ',
  'Công sứ', 'Đại biện', 'Tùy viên', 'Tuỳ viên', 'Trưởng Cơ quan đại diện', 'Trưởng cơ quan đại diện',
  // foreign offices
  'Tổng thống', 'Ngoại trưởng', 'Quốc vụ khanh', 'Ủy viên Quốc vụ', 'Thủ hiến', 'Thị trưởng', 'Tỉnh trưởng', 'Quốc vương',
  'Nhà vua', 'Nữ hoàng', 'Hoàng thái tử', 'Thái tử', 'Thượng nghị sĩ', 'Hạ nghị sĩ', 'Nghị sĩ', 'Chủ tịch Hạ viện',
  'Chủ tịch Thượng viện', 'Cao ủy', 'Cao uỷ', 'Toàn quyền', 'Thủ lĩnh', 'Lãnh đạo tối cao',
  // armed forces and police
  'Tổng Tư lệnh', 'Tư lệnh', 'Chính ủy', 'Chính uỷ', 'Tổng Tham mưu trưởng', 'Tham mưu trưởng', 'Đại tướng', 'Thượng tướng',
  'Trung tướng', 'Thiếu tướng', 'Đô đốc', 'Chuẩn Đô đốc', 'Chuẩn đô đốc', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá',
];

/** Words before a title that make a deputy or acting office: part of the role. */
export const ROLE_PREFIXES: readonly string[] = ['Phó', 'Quyền'];

/** Words before a title that say the office was held before: part of the title, not the role. */
export const FORMER_PREFIXES: readonly string[] = ['nguyên', 'cựu', 'Nguyên', 'Cựu'];

/** Honorifics before a name: `ông Bùi Lê Thái`. Never part of the name. */
export const HONORIFICS: readonly string[] = ['ông', 'bà', 'Ông', 'Bà', 'ngài', 'Ngài', 'đồng chí', 'Đồng chí'];

/** Lower-case words that continue an organization after a title: `UBND tỉnh Vĩnh Phúc`, `Việt Nam tại Mỹ`. */
export const ORG_LOWER: readonly string[] = [
  'và', 'tại', 'tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'nước', 'bang', 'nhân dân', 'thường trực',
  'thường vụ', 'trung ương', 'đặc mệnh toàn quyền', 'toàn quốc', 'chính phủ', 'quốc hội', 'cấp cao', 'phụ trách',
  'lâm thời', 'tạm quyền', 'đắc cử', 'đương nhiệm', 'mãn nhiệm', 'sắp mãn nhiệm', 'đảng',
];

/** Organizations whose head is named by the title alone (`Bộ trưởng Ngoại giao` = of `Bộ Ngoại giao`). */
export const ORG_OF_TITLE: Readonly<Record<string, string>> = {
  'Bộ trưởng': 'Bộ',
  'Thứ trưởng': 'Bộ',
  'Thứ trưởng Thường trực': 'Bộ',
  'Cục trưởng': 'Cục',
  'Vụ trưởng': 'Vụ',
  'Tổng cục trưởng': 'Tổng cục',
};

/** Abbreviations written with a full stop inside an organization or place: `TP. Hồ Chí Minh`. */
export const DOTTED_ABBREVIATIONS: readonly string[] = ['TP', 'Tp', 'tp'];

/** Lower-case words after which the capitalized words are a place: `bang North Carolina`, `tỉnh Giang Tây`. */
export const LOCALITY_WORDS: readonly string[] = ['tỉnh', 'thành phố', 'bang', 'huyện', 'quận', 'xã', 'phường', 'thị xã', 'thủ đô'];

/** Organizations that are companies: their officers hold no public office, and the words after them name the company. */
export const COMPANY_WORDS: readonly string[] = [
  'Công ty', 'Tập đoàn', 'TNHH', 'Cổ phần', 'CTCP', 'Tổng công ty', 'Ngân hàng TMCP', 'JSC', 'Group', 'Corporation', 'HĐQT',
  'Hội đồng quản trị',
];

/** Predicate words that end a title written after a name: `ông X, Chủ tịch UBND tỉnh Y đã đánh giá`. */
export const PREDICATE_STARTS: readonly string[] = [
  'cho', 'nói', 'khẳng', 'nhấn', 'phát', 'chia', 'đánh', 'đề', 'trả', 'tham', 'dự', 'đã', 'đang', 'sẽ', 'vừa', 'cũng', 'là',
  'có', 'được', 'bị', 'không', 'chưa', 'từng', 'hiện', 'vẫn', 'còn', 'luôn', 'đều', 'thì', 'mà', 'để', 'khi', 'sau', 'trước',
  'tiếp', 'gặp', 'làm', 'ký', 'kí', 'tuyên', 'bày', 'nêu', 'yêu', 'kêu', 'cảnh', 'nhận', 'lưu', 'giải', 'tin', 'bác',
  'thừa', 'tiết', 'chỉ', 'ông', 'bà', 'với', 'về', 'trong', 'ngày', 'hôm', 'sáng', 'chiều', 'tối', 'năm', 'lúc', 'nhưng',
  'rời', 'trình', 'thăm', 'hội', 'đến', 'tới', 'lên', 'xuống', 'đi', 'ra', 'vào', 'bắt', 'mở', 'đóng', 'cấm', 'chủ',
  'mong', 'trao', 'thông', 'giới', 'dẫn', 'tháp', 'kiêm', 'gửi', 'chúc', 'cảm', 'hy', 'hi', 'muốn', 'cần', 'phải', 'bảo', 'hỏi', 'viết',
];

/** Capitalized words that end a name: a new sentence or caption starts (`Tô Lâm Với ...`, `... Ảnh:`). */
export const NAME_STOPS: readonly string[] = [
  'Với', 'Trước', 'Trong', 'Những', 'Tại', 'Về', 'Ảnh', 'Theo', 'Khi', 'Sau', 'Chiều', 'Sáng', 'Tối', 'Trưa', 'Các', 'Nhưng',
  'Đây', 'Đó', 'Ngày', 'Hôm', 'Ông', 'Bà', 'Cùng', 'Là', 'Và', 'Của', 'Trên', 'Dưới', 'Từ', 'Đến', 'Tới', 'Tuy', 'Do', 'Vì',
  'Để', 'Nếu', 'Còn', 'Cũng', 'Này', 'Nguồn', 'Video', 'Clip', 'Xem',
];

/** Lower-case particles inside foreign names: `Michael van Straalem`, `Mohammed bin Salman`. */
export const NAME_PARTICLES: readonly string[] = ['van', 'von', 'de', 'der', 'den', 'bin', 'ibn', 'da', 'di', 'dos', 'del', 'la', 'le', 'al'];

/** Words after which the capitalized words are a place, not a person: `tại Malta`, `thăm Rotterdam`. */
export const PLACE_CUES: readonly string[] = ['tại', 'ở', 'thăm', 'sang', 'thủ đô', 'thành phố', 'bang'];

/** Institutions named after a person: after one of these, a name in a title written after a name is the institution's (`X - Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh`). */
export const EPONYM_INSTITUTIONS: readonly string[] = [
  'Học viện', 'Trường', 'Đại học', 'Lăng', 'Bảo tàng', 'Khu di tích', 'Quảng trường', 'Quỹ', 'Giải thưởng', 'Huân chương',
  'Đoàn Thanh niên', 'Thành đoàn', 'Nhà văn hóa', 'Cung', 'Bệnh viện', 'Viện', 'Thư viện', 'Đội',
];

/** Lower-case words of two syllables inside an organization's name, after its first capital: `Ban Công tác đại biểu`, `Mặt trận Lào xây dựng đất nước`. */
export const ORG_NOUNS: readonly string[] = [
  'đại biểu', 'kinh tế', 'xã hội', 'quốc tế', 'quốc gia', 'khoa học', 'công nghệ', 'phát triển', 'dân tộc', 'tôn giáo',
  'đối ngoại', 'tuyên giáo', 'dân vận', 'kiểm tra', 'tổ chức', 'nội chính', 'chủ nghĩa', 'cộng sản', 'hợp tác', 'an ninh',
  'quốc phòng', 'thương mại', 'đầu tư', 'công nghiệp', 'nông nghiệp', 'nông thôn', 'môi trường', 'giáo dục', 'đào tạo',
  'y tế', 'văn hóa', 'văn hoá', 'thể thao', 'du lịch', 'lao động', 'thương binh', 'tài chính', 'ngân hàng', 'tư pháp',
  'quân đội', 'hải quân', 'biên phòng', 'công an', 'cảnh sát', 'nghiên cứu', 'chiến lược', 'pháp luật', 'đô thị',
  'giao thông', 'vận tải', 'xây dựng', 'thông tin', 'truyền thông', 'hữu nghị', 'hòa bình', 'hoà bình', 'đoàn kết',
  'đất nước', 'tổ quốc', 'cách mạng', 'dân chủ', 'công tác', 'kế hoạch', 'năng lượng', 'tài nguyên', 'nội vụ', 'ngoại giao',
  'nghị viện', 'điều tra', 'nhà báo', 'thế giới', 'vấn đề', 'điều phối', 'liên bang', 'nhân quyền', 'hàng hải', 'hàng không',
  'bưu chính', 'viễn thông', 'phát thanh', 'truyền hình', 'mặt trận', 'thanh niên', 'phụ nữ', 'nông dân', 'doanh nghiệp',
];

/** English titles left inside a translated article: `Tổng thống Kazakh President Nursultan Nazarbayev`. The name starts after them. */
export const ENGLISH_TITLES: readonly string[] = [
  'President', 'Prime Minister', 'Minister', 'Chairman', 'Secretary', 'Secretary-General', 'Chancellor', 'King', 'Queen',
  'Premier', 'Governor', 'Mayor', 'Senator', 'Ambassador', 'Director', 'Director-General', 'CEO',
];

/** Verbs that give the name before them the title after them: `ông X làm Bộ trưởng`, `đồng chí X là Ủy viên Bộ Chính trị`. */
export const COPULAS: readonly string[] = [
  'là', 'làm', 'giữ chức', 'giữ cương vị', 'được bầu làm', 'được bổ nhiệm làm', 'được bổ nhiệm giữ chức', 'được cử giữ chức',
  'được hiệp thương cử giữ chức', 'trở thành', 'tiếp tục làm', 'tiếp tục giữ chức', 'đảm nhiệm', 'đảm nhận',
];

/** Honorifics written inside a foreign name's run, before the name itself: `Samdech Techo Hun Sen`. */
export const NAME_HONORIFICS: readonly string[] = ['Samdech Techo', 'Samdech', 'Techo', 'Sheikh', 'Sultan', 'Tiến sĩ', 'Tân', 'Ngài', 'Quý bà', 'Thái tử'];
