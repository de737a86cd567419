// quotes: the words that attribute speech. A new speech verb or speaker noun is one line here.

/**
 * Speech verbs. `clause`: the verb may take what was said right after it (`khẳng định công tác này
 * …`); otherwise reported speech needs `rằng`, `là`, `,` or `:` after it (`nói rằng …`), so
 * `nói về`, `phát biểu tại`, `chia sẻ kinh nghiệm` are no speech. Direct quotations take any.
 */
export const SPEECH_VERBS: readonly { verb: string; clause: boolean }[] = [
  { verb: 'nói', clause: false },
  { verb: 'nói thêm', clause: false },
  { verb: 'cho biết', clause: true },
  { verb: 'cho biết thêm', clause: true },
  { verb: 'cho hay', clause: true },
  { verb: 'khẳng định', clause: true },
  { verb: 'tái khẳng định', clause: true },
  { verb: 'khẳng định lại', clause: true },
  { verb: 'nhấn mạnh', clause: true },
  { verb: 'chia sẻ', clause: false },
  { verb: 'phát biểu', clause: false },
  { verb: 'đề nghị', clause: true },
  { verb: 'kêu gọi', clause: true },
  { verb: 'bày tỏ', clause: true },
  { verb: 'cho rằng', clause: true },
  { verb: 'nêu rõ', clause: true },
  { verb: 'tuyên bố', clause: true },
  { verb: 'thông báo', clause: true },
  { verb: 'nhận định', clause: true },
  { verb: 'nhận xét', clause: false },
  { verb: 'lưu ý', clause: true },
  { verb: 'cảnh báo', clause: true },
  { verb: 'tin tưởng', clause: true },
  { verb: 'thừa nhận', clause: true },
  { verb: 'tiết lộ', clause: true },
  { verb: 'nhắc lại', clause: false },
  { verb: 'giải thích', clause: false },
  { verb: 'trả lời', clause: false },
  { verb: 'bình luận', clause: false },
  { verb: 'viết', clause: false },
  { verb: 'chỉ rõ', clause: true },
  { verb: 'yêu cầu', clause: true },
  { verb: 'đề xuất', clause: true },
  { verb: 'kiến nghị', clause: true },
  { verb: 'khuyến nghị', clause: true },
  { verb: 'hối thúc', clause: true },
  { verb: 'thúc giục', clause: true },
  { verb: 'cam kết', clause: true },
  { verb: 'bác bỏ', clause: true },
  { verb: 'nhắn nhủ', clause: false },
  { verb: 'chỉ đạo', clause: false },
  { verb: 'mong muốn', clause: true },
  { verb: 'mong rằng', clause: true },
  { verb: 'mong', clause: false },
  { verb: 'hy vọng', clause: true },
  { verb: 'hi vọng', clause: true },
  { verb: 'kỳ vọng', clause: true },
  { verb: 'phủ nhận', clause: true },
  { verb: 'cáo buộc', clause: true },
  { verb: 'phản bác', clause: false },
  { verb: 'lên tiếng', clause: true },
  { verb: 'xác nhận', clause: true },
];

/** Words after a clause verb that make it no speech: `bày tỏ vui mừng` is speech, `đề nghị của` is a noun. */
export const VERB_STOPS: readonly string[] = ['của', 'này', 'đó', 'trên', 'chuyện', 'về việc', 'về', 'tới', 'đến'];

/** Words between a speaker and the verb: `ông X cũng đã cho biết`. */
export const ADVERBS: readonly string[] = [
  'đã', 'cũng', 'cũng đã', 'đều', 'vừa', 'vừa qua', 'mới đây', 'từng', 'còn', 'lại', 'thì', 'một lần nữa', 'tiếp tục', 'hôm nay',
  'trước đó', 'sau đó', 'khi đó', 'cũng từng', 'đồng thời', 'thẳng thắn', 'nhiều lần', 'xúc động', 'chính thức',
  'luôn', 'mới', 'vẫn', 'nhất trí', 'thống nhất', 'cùng',
];

/** Words between the verb and what was said: `cho biết thêm rằng: …`. */
export const VERB_LINKS: readonly string[] = ['thêm', 'rằng', 'là'];

/** When, between a speaker and the verb: `Điện Kremlin ngày 29/1 cho biết`, `ông X hôm qua nói`. */
export const TIME_WORDS: readonly string[] = ['ngày', 'hôm', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'tuần', 'tháng', 'năm', 'cuối tuần', 'đầu tuần', 'hồi'];

/** Pronouns and honorifics standing for a person named earlier: `ông nói`, `bà cho biết`. */
export const PRONOUNS: readonly { word: string; gender?: 'm' | 'f' }[] = [
  { word: 'ông', gender: 'm' },
  { word: 'ông ấy', gender: 'm' },
  { word: 'ông ta', gender: 'm' },
  { word: 'bà', gender: 'f' },
  { word: 'bà ấy', gender: 'f' },
  { word: 'ngài' },
  { word: 'vị này' },
];

/** Honorifics before a name: `ông Lê Duy Thành`, `bà Nguyễn Thị Hằng`. */
export const HONORIFICS: readonly string[] = [
  'ông', 'bà', 'ngài', 'đồng chí', 'anh', 'chị', 'GS', 'PGS', 'TS', 'PGS.TS', 'GS.TS', 'ThS', 'tiến sĩ', 'giáo sư', 'luật sư', 'bác sĩ',
  'thạc sĩ', 'kỹ sư', 'nhà báo', 'nhà văn', 'nghệ sĩ', 'thượng nghị sĩ', 'hạ nghị sĩ', 'nghị sĩ',
];

/**
 * Nouns that head a speaker written as a noun phrase: `đại diện Ban Đối ngoại Trung ương`,
 * `người phát ngôn Bộ Ngoại giao`, `Bộ Ngoại giao`. Capitalized forms are organizations.
 */
export const SPEAKER_NOUNS: readonly string[] = [
  'bên', 'nước', 'nhà lãnh đạo', 'cử tri', 'nhà ngoại giao', 'nhà khoa học', 'nhà kinh tế', 'nhà đầu tư', 'giới chuyên gia', 'đại diện', 'lãnh đạo', 'người phát ngôn', 'phát ngôn viên', 'chuyên gia', 'giới chức', 'quan chức', 'giới phân tích',
  'nhà phân tích', 'giới quan sát', 'nhà quan sát', 'nhà nghiên cứu', 'đại biểu', 'nguồn tin', 'Bộ', 'Ban', 'Ủy ban', 'Uỷ ban',
  'Đại sứ quán', 'Nhà Trắng', 'Điện Kremlin', 'Lầu Năm Góc', 'Văn phòng', 'Chính phủ', 'Hãng thông tấn', 'Hãng tin',
  'Liên hợp quốc', 'Quân đội', 'Thông cáo', 'Tuyên bố chung', 'Cơ quan', 'Người phát ngôn', 'Đại diện', 'Lãnh đạo',
];

/** Words that never stand inside a speaker phrase: `Bộ Công Thương đã phát đi thông báo`, `thông điệp được Thủ tướng nhấn mạnh`. */
export const NOT_IN_SPEAKER: readonly string[] = ['đã', 'đang', 'sẽ', 'vừa', 'được', 'bị', 'là', 'cũng', 'có', 'phát đi', 'đưa ra', 'không', 'chưa'];

/** Quantifiers before a speaker noun: `một số đại diện địa phương`. */
export const QUANTIFIERS: readonly string[] = ['một số', 'nhiều', 'các', 'những', 'một', 'hai', 'ba', 'hầu hết', 'đa số', 'phần lớn'];

/** Words that start a clause but no subject: `”, đồng thời nhấn mạnh`, `và cho biết`. */
export const NOT_SUBJECTS: readonly string[] = [
  'và', 'nhưng', 'đồng thời', 'song', 'tuy nhiên', 'mà', 'rồi', 'cũng', 'đã', 'còn', 'vì', 'do', 'khi', 'nếu', 'để', 'theo đó',
  'tôi', 'chúng tôi', 'chúng ta', 'ta', 'mình', 'họ', 'người ta', 'ai', 'đây', 'điều này', 'nó', 'anh', 'chị', 'em', 'bạn',
];

/**
 * Nouns that name what a quotation is the title of, not what someone said: `chủ đề “…”`,
 * `khẩu hiệu “…”`, `Hội thảo “…”`. A quotation after one of them (within three words) is no speech.
 */
export const TITLE_NOUNS: readonly string[] = [
  'chủ đề', 'khẩu hiệu', 'tiêu đề', 'thông điệp', 'phương châm', 'tinh thần', 'tên', 'tên gọi', 'cụm từ', 'chương trình',
  'hội nghị', 'hội thảo', 'tọa đàm', 'toạ đàm', 'diễn đàn', 'sự kiện', 'dự án', 'chiến dịch', 'phong trào', 'cuộc thi',
  'giải', 'bài', 'bài viết', 'bài báo', 'cuốn', 'cuốn sách', 'sách', 'tác phẩm', 'phim', 'bộ phim', 'ca khúc', 'bài hát',
  'triển lãm', 'đề án', 'chuyên đề', 'mục', 'chuyên mục', 'danh hiệu', 'biệt danh', 'triết lý', 'slogan', 'nghị quyết',
  'chỉ thị', 'kế hoạch', 'quyết định', 'luật', 'hiệp định', 'đề tài', 'gặp gỡ', 'chủ trương', 'tầm nhìn',
];

/** Interviewers' labels: `PV:`, `Phóng viên:`. A line they start is a question. */
export const INTERVIEWER_LABELS: readonly string[] = ['PV', 'P.V', 'Phóng viên', 'Hỏi', 'Nhà báo'];

/** Words after `Theo` that make it no speaker: `Theo đó`, `Theo kế hoạch`. */
export const THEO_NOT_SPEAKERS: readonly string[] = ['phóng viên', 'đặc phái viên', 'PV', 'nhóm phóng viên', 'đó', 'kế hoạch', 'báo cáo', 'số liệu', 'thống kê', 'quy định', 'dự kiến', 'thông tin', 'nguồn tin'];

/** Speaker nouns that speak only counted: `hai bên`, `các nước` (`bên`, `nước` alone are no speaker). */
export const GROUP_SPEAKERS: readonly string[] = ['bên', 'nước'];

/** Phrases standing for a title: `Người đứng đầu Chính phủ đề nghị …` is the Thủ tướng's. */
export const TITLE_PERIPHRASES: readonly { phrase: string; title: string }[] = [
  { phrase: 'người đứng đầu Chính phủ', title: 'Thủ tướng' },
  { phrase: 'người đứng đầu Nhà nước', title: 'Chủ tịch nước' },
  { phrase: 'người đứng đầu ngành ngoại giao', title: 'Bộ trưởng Ngoại giao' },
  { phrase: 'người đứng đầu Quốc hội', title: 'Chủ tịch Quốc hội' },
  { phrase: 'người đứng đầu Nhà Trắng', title: 'Tổng thống' },
  { phrase: 'chủ nhân Nhà Trắng', title: 'Tổng thống' },
];

/** Words that start an organization's name, after a title: `Chủ tịch Tập đoàn Texhong` names no person. */
export const ORGANIZATION_HEADS: readonly string[] = [
  'Tập đoàn', 'Công ty', 'Tổng công ty', 'Ngân hàng', 'Quỹ', 'Viện', 'Đại học', 'Hội', 'Hiệp hội', 'Liên đoàn', 'Tổ chức',
  'Trung tâm', 'Sở', 'Cục', 'Tổng cục', 'Vụ', 'Đảng', 'Quốc hội', 'Hội đồng', 'Tòa án', 'Thượng viện', 'Hạ viện', 'Nghị viện',
];

/** Speaker nouns a person's name may follow: `đại biểu Nguyễn Tuấn Anh`, `chuyên gia Carl Thayer`. */
export const PERSON_SPEAKER_NOUNS: readonly string[] = [
  'đại biểu', 'chuyên gia', 'nhà phân tích', 'nhà quan sát', 'nhà nghiên cứu', 'nhà ngoại giao', 'nhà lãnh đạo', 'nhà khoa học',
  'nhà kinh tế', 'nhà đầu tư', 'người phát ngôn', 'phát ngôn viên', 'cử tri', 'đại diện', 'quan chức', 'lãnh đạo',
];
