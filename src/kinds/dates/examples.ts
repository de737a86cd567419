// dates: examples as data. Positive: the dates a sentence must yield, with their ISO values.
import type { ExampleCorpus } from '../examples.js';

export const examples: ExampleCorpus<{ text: string; value: string }> = {
  positive: [
    ['Ngày 13/12, Hội nghị đã được tổ chức.', [{ text: 'Ngày 13/12', value: '--12-13' }]],
    ['ngày 15 tháng 3 năm 1975', [{ text: 'ngày 15 tháng 3 năm 1975', value: '1975-03-15' }]],
    ['tháng 11/2023', [{ text: 'tháng 11/2023', value: '2023-11' }]],
    ['tháng 3 năm 1975', [{ text: 'tháng 3 năm 1975', value: '1975-03' }]],
    ['kể từ Hội nghị lần thứ 17 năm 2013;', [{ text: 'năm 2013', value: '2013' }]],
    ['(Thanh Hóa, 24-25/3/2022; Bình Định, 13-14/5/2022)', [{ text: '24-25/3/2022', value: '2022-03-24/2022-03-25' }, { text: '13-14/5/2022', value: '2022-05-13/2022-05-14' }]],
    ['từ ngày 18-23/12 tới đây', [{ text: 'ngày 18-23/12', value: '--12-18/--12-23' }]],
    ['Chiến lược giai đoạn 2021-2030', [{ text: 'giai đoạn 2021-2030', value: '2021/2030' }]],
    ['(Hà Nội, 2/11/2023)', [{ text: '2/11/2023', value: '2023-11-02' }]],
    ['Chỉ trong hai năm 2016, 2017, Ngoại giao đã tham mưu', [{ text: '2016', value: '2016' }, { text: '2017', value: '2017' }]],
    ['trong hai năm 2022 và 2023.', [{ text: '2022', value: '2022' }, { text: '2023', value: '2023' }]],
    ['trong tháng 12 này', [{ text: 'tháng 12', value: '--12' }]],
    ['Kế hoạch năm năm 2021-2025', [{ text: '2021-2025', value: '2021/2025' }]],
    ['giai đoạn 2026 - 2035', [{ text: 'giai đoạn 2026 - 2035', value: '2026/2035' }]],
    ['diễn ra trong ngày 11 – 12/5 tại Bắc Kinh', [{ text: 'ngày 11 – 12/5', value: '--05-11/--05-12' }]],
    ['từ ngày 23 đến 26/6/2017', [{ text: 'ngày 23 đến 26/6/2017', value: '2017-06-23/2017-06-26' }]],
    ['trong hai ngày 5-6/6', [{ text: '5-6/6', value: '--06-05/--06-06' }]],
    ['Bộ Ngoại giao Bulgaria hôm nay 29/4 cho biết.', [{ text: '29/4', value: '--04-29' }]],
    ['nhập cảnh Sân bay Tân Sơn Nhất ngày 18/4 trên chuyến bay', [{ text: 'ngày 18/4', value: '--04-18' }]],
  ],
  negative: [
    'Nghị quyết số 112/2025/UBTVQH15 về tiêu chuẩn',
    'Báo cáo số 859/BC-BTP',
    'phòng chống dịch bệnh Covid-19',
    'Qua 10 tháng đầu năm tỉnh đã thu hút',
    'lúc 18h30',
    'Nghị định 15/2020 quy định',
    'chiếm 1/3 dân số',
    'tương đương 1/4 ngân sách',
    'kiểm soát 2/3 các nhà phát triển',
    'hơn 2.000 người',
  ],
};
