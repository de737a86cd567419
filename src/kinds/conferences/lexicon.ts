// Conference heads, abbreviations and series names. A new series alias is one line here.

/** Words that begin a numbered event or session. */
export const HEADS: readonly string[] = [
  'Hội nghị', 'Đại hội', 'Kỳ họp', 'Kì họp', 'Phiên họp', 'Diễn đàn', 'Hội thảo', 'Hội chợ', 'Đối thoại', 'Tọa đàm',
  'Toạ đàm', 'Liên hoan', 'Festival', 'Hội nghị cấp cao', 'Hội nghị Thượng đỉnh', 'Cuộc họp', 'Vòng đàm phán',
];

/** Abbreviations followed directly by the number: `HNNG 30` = Hội nghị Ngoại giao lần thứ 30. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  HNNG: 'Hội nghị Ngoại giao',
  HNTW: 'Hội nghị Trung ương',
  HNTƯ: 'Hội nghị Trung ương',
};

/**
 * One series written several ways: the folded written form (without `toàn quốc`) → the name
 * reported. Anything not listed is reported in its longest written form.
 */
export const SERIES_ALIASES: Readonly<Record<string, string>> = {
  'đại hội': 'Đại hội Đảng toàn quốc',
  'đại hội đảng': 'Đại hội Đảng toàn quốc',
  'đại hội đảng cộng sản việt nam': 'Đại hội Đảng toàn quốc',
  'đại hội đại biểu': 'Đại hội Đảng toàn quốc',
  'đại hội đại biểu đảng': 'Đại hội Đảng toàn quốc',
  'hội nghị ngoại vụ': 'Hội nghị Ngoại vụ toàn quốc',
  'hội nghị ngoại giao': 'Hội nghị Ngoại giao',
  'hội nghị trung ương': 'Hội nghị Trung ương',
  'hội nghị ban chấp hành trung ương': 'Hội nghị Trung ương',
  'hội nghị ban chấp hành trung ương đảng': 'Hội nghị Trung ương',
  'hội nghị trung ương đảng': 'Hội nghị Trung ương',
  'kỳ họp quốc hội': 'Kỳ họp Quốc hội',
  'kì họp quốc hội': 'Kỳ họp Quốc hội',
  'kì họp': 'Kỳ họp',
};

/** Words that end a series name without a number: verbs and particles of the sentence around it. */
export const SERIES_STOP: readonly string[] = [
  'được', 'đã', 'sẽ', 'đang', 'là', 'có', 'diễn', 'tổ', 'khai', 'bế', 'thông', 'với', 'do', 'tại', 'ở', 'vào', 'từ',
  'trong', 'nhằm', 'cho', 'này', 'đó', 'mà', 'thì', 'nhưng', 'nên', 'vừa', 'sau', 'trước', 'khi', 'lúc', 'theo', 'để',
  'bởi', 'như', 'cũng', 'không', 'chưa', 'đến', 'tới', 'nhất', 'hôm', 'ngày', 'tháng', 'năm', 'chiều', 'sáng', 'tối',
  'trưa', 'qua', 'lần', 'đầu', 'cuối', 'mới', 'gần', 'đây', 'tiếp', 'sắp', 'kết', 'thúc', 'nói', 'biết', 'rằng',
  'coi', 'tham', 'kéo', 'bàn', 'gắn', 'việc',
];

/** Words after the number that may follow a bare number (`Phiên họp 52 của ...`). */
export const AFTER_BARE_NUMBER: readonly string[] = [
  'khóa', 'khoá', 'của', 'vừa', 'đã', 'sẽ', 'diễn', 'tại', 'với', 'và', 'được', 'do', 'có', 'là', 'thông', 'nhằm', 'ở',
  'hôm', 'bàn', 'họp', 'kết', 'khai', 'bế', 'tổ', 'sẽ', 'đã', 'vào', 'xem', 'thảo', 'quyết', 'phê', 'nhất', 'ra', 'sắp',
  'tiếp', 'thành',
];
