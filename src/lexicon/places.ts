// Countries, regions and Vietnamese provinces and cities, as written in the press. A place in
// front of a name belongs to the title (`Tổng thống Mỹ`, `Chủ tịch UBND tỉnh Vĩnh Phúc`).

export const COUNTRIES: readonly string[] = [
  'Việt Nam', 'Mỹ', 'Hoa Kỳ', 'Trung Quốc', 'Trung Hoa', 'Nhật Bản', 'Nhật', 'Hàn Quốc', 'Triều Tiên', 'Nga', 'Liên bang Nga',
  'Pháp', 'Đức', 'Anh', 'Vương quốc Anh', 'Ấn Độ', 'Lào', 'Campuchia', 'Thái Lan', 'Singapore', 'Malaysia', 'Indonesia',
  'Philippines', 'Myanmar', 'Brunei', 'Timor-Leste', 'Đông Timor', 'Australia', 'Úc', 'New Zealand', 'Canada', 'Italy', 'Italia', 'Ý',
  'Tây Ban Nha', 'Bồ Đào Nha', 'Hà Lan', 'Bỉ', 'Thụy Sĩ', 'Thuỵ Sĩ', 'Thụy Điển', 'Thuỵ Điển', 'Na Uy', 'Đan Mạch', 'Phần Lan',
  'Ba Lan', 'Séc', 'Cộng hòa Séc', 'Slovakia', 'Hungary', 'Áo', 'Ukraine', 'Belarus', 'Kazakhstan', 'Mông Cổ', 'Cuba',
  'Venezuela', 'Brazil', 'Argentina', 'Chile', 'Mexico', 'Peru', 'Colombia', 'Ai Cập', 'Israel', 'Palestine', 'Iran', 'Iraq',
  'Thổ Nhĩ Kỳ', 'Saudi Arabia', 'Ả Rập Xê-út', 'Ả-rập Xê-út', 'UAE', 'Qatar', 'Kuwait', 'Nam Phi', 'Nigeria', 'Mozambique',
  'Angola', 'Algeria', 'Pakistan', 'Bangladesh', 'Sri Lanka', 'Nepal', 'Hy Lạp', 'Romania', 'Rumani', 'Bulgaria', 'Serbia',
  'Croatia', 'Slovenia', 'Ireland', 'Iceland', 'Luxembourg', 'Estonia', 'Latvia', 'Litva', 'Lithuania', 'Azerbaijan',
  'Armenia', 'Gruzia', 'Georgia', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Afghanistan', 'Syria',
  'Jordan', 'Liban', 'Lebanon', 'Oman', 'Bahrain', 'Yemen', 'Libya', 'Tunisia', 'Maroc', 'Morocco', 'Ethiopia', 'Kenya',
  'Tanzania', 'Uganda', 'Ghana', 'Senegal', 'Ecuador', 'Bolivia', 'Paraguay', 'Uruguay', 'Panama', 'Costa Rica',
  'Nicaragua', 'Guatemala', 'Honduras', 'Jamaica', 'Fiji', 'Papua New Guinea', 'Đài Loan', 'Hồng Kông', 'Vatican',
  'Tòa Thánh Vatican', 'Scotland', 'Belarus', 'Moldova', 'Montenegro', 'Albania', 'Macedonia', 'Bắc Macedonia',
  'Cộng hòa Nhân dân Trung Hoa', 'Cộng hoà Nhân dân Trung Hoa', 'Hợp chủng quốc Hoa Kỳ', 'Cộng hòa Pháp', 'Cộng hoà Pháp',
  'Cộng hòa Liên bang Đức', 'CHLB Đức', 'Hàn', 'Nhật Bản', 'Mỹ Latinh', 'EU', 'ASEAN', 'Liên hợp quốc', 'Liên Hợp Quốc', 'LHQ',
  'Liên minh châu Âu', 'Liên minh Châu Âu', 'châu Âu', 'Châu Âu', 'NATO', 'WTO', 'APEC', 'Trung Đông', 'Đông Nam Á', 'Cuba',
  'Nam Tư', 'Malta', 'Síp', 'Cyprus', 'Arab Saudi', 'Ả Rập Saudi', 'Saudi', 'Ả-rập', 'Cananda', 'Hungari', 'Đông Timor',
  // transliterations still found in the press
  'Cam-pu-chia', 'Phi-li-pin', 'Phi-lip-pin', 'Phi-líp-pin', 'Ma-lai-xi-a', 'In-đô-nê-xi-a', 'Xin-ga-po', 'Mi-an-ma', 'Bru-nây', 'Ác-hen-ti-na',
  'U-dơ-bê-ki-xtan', 'Xéc-bi-a', 'Ca-na-đa', 'Ô-xtrây-li-a', 'Niu Di-lân', 'Cu-ba', 'Vê-nê-xu-ê-la', 'Bra-xin', 'Chi-lê',
  'Mê-hi-cô', 'Pê-ru', 'I-ran', 'I-rắc', 'I-xra-en', 'Pa-le-xtin', 'Xy-ri', 'Li-băng', 'Gioóc-đa-ni', 'Cô-oét', 'Ca-ta',
  'Ô-man', 'Y-ê-men', 'Li-bi', 'An-giê-ri', 'Ma-rốc', 'Tuy-ni-di', 'Ni-giê-ri-a', 'Ăng-gô-la', 'Mô-dăm-bích', 'Tan-da-ni-a',
  'Kê-ni-a', 'Ét-xtô-ni-a', 'Lát-vi-a', 'Bê-la-rút', 'U-crai-na', 'Ru-ma-ni', 'Bun-ga-ri', 'Hung-ga-ri', 'Xlô-va-ki-a',
  'Xlô-ve-ni-a', 'Crô-a-ti-a', 'An-ba-ni', 'Man-ta', 'Ai-len', 'Ai-xơ-len', 'Lúc-xăm-bua', 'Ca-dắc-xtan', 'Cư-rơ-gư-xtan',
  'Tát-gi-ki-xtan', 'Tuốc-mê-ni-xtan', 'Áp-ga-ni-xtan', 'Pa-ki-xtan', 'Băng-la-đét', 'Xri Lan-ca', 'Nê-pan', 'Bu-tan',
  'Đông Ti-mo', 'Ti-mo Lex-te', 'Cô-lôm-bi-a', 'Ê-cu-a-đo', 'Bô-li-vi-a', 'Pa-ra-goay', 'U-ru-goay', 'Ni-ca-ra-goa', 'Pa-na-ma',
  // Chinese provinces and cities, in their Vietnamese readings
  'Bắc Kinh', 'Thượng Hải', 'Thiên Tân', 'Trùng Khánh', 'Quảng Đông', 'Quảng Tây', 'Vân Nam', 'Tứ Xuyên', 'Hồ Nam',
  'Hồ Bắc', 'Hà Bắc', 'Sơn Đông', 'Sơn Tây', 'Thiểm Tây', 'Cam Túc', 'Chiết Giang', 'Giang Tô', 'Giang Tây', 'An Huy',
  'Phúc Kiến', 'Hải Nam', 'Quý Châu', 'Cát Lâm', 'Liêu Ninh', 'Hắc Long Giang', 'Nội Mông', 'Tân Cương', 'Tây Tạng',
  'Ninh Hạ', 'Thanh Hải', 'Quảng Châu', 'Thâm Quyến', 'Ma Cao', 'Nam Ninh', 'Côn Minh',
  // seats of power named for their government
  'Điện Kremlin', 'Kremlin', 'Nhà Trắng', 'Lầu Năm Góc', 'Fed', 'Điện Elysee', 'Phố Downing',
  // regions and seas
  'Châu Á - Thái Bình Dương', 'Châu Á-Thái Bình Dương', 'châu Á - Thái Bình Dương', 'Thái Bình Dương', 'Đại Tây Dương',
  'Ấn Độ Dương', 'Châu Á', 'châu Á', 'Châu Phi', 'châu Phi', 'Châu Mỹ', 'châu Mỹ', 'Mỹ La-tinh', 'Biển Đông', 'Bắc Mỹ', 'Nam Mỹ',
];

export const VIETNAM_PLACES: readonly string[] = [
  'Hà Nội', 'TP.HCM', 'TP HCM', 'TP. HCM', 'TP. Hồ Chí Minh', 'TP Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'thành phố Hồ Chí Minh',
  'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'An Giang', 'Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Vũng Tàu', 'Bạc Liêu', 'Bắc Giang',
  'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương', 'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk',
  'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương', 'Hậu Giang',
  'Hòa Bình', 'Hoà Bình', 'Hưng Yên', 'Khánh Hòa', 'Khánh Hoà', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn',
  'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam',
  'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa',
  'Thanh Hoá', 'Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc',
  'Yên Bái', 'Tây Nguyên', 'Đồng bằng sông Cửu Long', 'Nam Bộ', 'Bắc Bộ', 'Trung Bộ', 'Sài Gòn',
];
