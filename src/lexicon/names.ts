// Family names: Vietnamese, and the Sino-Vietnamese readings the press uses for Chinese
// leaders (`Tập Cận Bình`, `Lý Cường`, `Vương Nghị`). A name that starts with one is a person's.

export const SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đào', 'Đoàn', 'Vương', 'Trịnh', 'Trương', 'Lâm', 'Phùng', 'Mai', 'Tô', 'Hà', 'Tạ', 'Lưu', 'Lương', 'Cao', 'Đinh',
  'Thái', 'Chu', 'Châu', 'Quách', 'Tôn', 'Kiều', 'Khúc', 'Lại', 'Mạc', 'Nông', 'Triệu', 'Tăng', 'Hầu', 'Thân', 'Giáp',
  'Doãn', 'Lục', 'Âu', 'Diệp', 'Khổng', 'Khương', 'Lã', 'Lò', 'Lữ', 'Mạnh', 'Ninh', 'Ông', 'Quan', 'Tống', 'Từ', 'Vi',
  'Cấn', 'Cù', 'Đàm', 'Đồng', 'Giang', 'Hứa', 'La', 'Lạc', 'Liêu', 'Mông', 'Nghiêm', 'Phí', 'Sầm', 'Thạch',
  'Thiều', 'Tiêu', 'Trình', 'Vòng', 'Y', 'Ksor', 'Rơ', 'Kpă', 'Danh', 'Hầu', 'Bế', 'Hoàng', 'Lường', 'Sùng', 'Vàng',
  'Giàng', 'Hạ', 'Ma', 'Lù', 'Điểu', 'Kim', 'Thào', 'Quàng', 'Mè', 'Nhữ', 'Chử', 'Chẩu', 'Đèo', 'Đậu', 'Kha', 'Khuất',
  'Lục', 'Mẫn', 'Ngọ', 'Nhâm', 'Phương', 'Tòng', 'Trà', 'Ưng', 'Viên', 'Yên', 'Bạch', 'Biện', 'Cung', 'Đường', 'Hàn',
  'Tập', 'Ôn', 'Hồ', 'Mao', 'Tưởng', 'Hàn', 'Ngụy', 'Thôi', 'Uông', 'Vạn', 'Trâu', 'Bành', 'Khâu', 'Chung', 'Vu',
];
