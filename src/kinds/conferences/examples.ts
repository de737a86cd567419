// conferences: examples as data. Positive: the (series, number) entries a sentence must yield.
import type { ExampleCorpus } from '../examples.js';

export const examples: ExampleCorpus<{ series?: string; number: number; term?: number }> = {
  positive: [
    ['Hội nghị Ngoại vụ toàn quốc lần thứ 20 là dịp quan trọng.', [{ series: 'Hội nghị Ngoại vụ toàn quốc', number: 20 }]],
    ['Hội nghị Ngoại vụ lần thứ 18 và Hội nghị Ngoại vụ toàn quốc lần thứ 18.', [{ series: 'Hội nghị Ngoại vụ toàn quốc', number: 18 }]],
    ['quán triệt Nghị quyết Đại hội XIII của Đảng', [{ series: 'Đại hội Đảng toàn quốc', number: 13 }]],
    ['Đại hội Đảng lần thứ XII, Đại hội Đảng toàn quốc lần thứ XIII', [{ series: 'Đại hội Đảng toàn quốc', number: 12 }, { series: 'Đại hội Đảng toàn quốc', number: 13 }]],
    ['từ nay tới Đại hội Đảng XIII', [{ series: 'Đại hội Đảng toàn quốc', number: 13 }]],
    ['HNNG 30: Đẩy mạnh Ngoại giao phục vụ Phát triển', [{ series: 'Hội nghị Ngoại giao', number: 30 }]],
    ['kể từ HNNG 29, tình hình thế giới', [{ series: 'Hội nghị Ngoại giao', number: 29 }]],
    ['Diễn đàn Nhịp cầu phát triển lần thứ ba (Đà Nẵng, 17/3/2023)', [{ series: 'Diễn đàn Nhịp cầu phát triển', number: 3 }]],
    ['thông qua tại Phiên họp 52.', [{ series: 'Phiên họp', number: 52 }]],
    ['Hội nghị Trung ương 6 khóa XII đã thảo luận.', [{ series: 'Hội nghị Trung ương', number: 6, term: 12 }]],
    ['Kỳ họp thứ ba, Quốc hội khóa XIV', [{ series: 'Kỳ họp Quốc hội', number: 3, term: 14 }]],
    ['Hội nghị hợp tác giữa các địa phương Việt Nam và Pháp lần thứ 12;', [{ series: 'Hội nghị hợp tác giữa các địa phương Việt Nam và Pháp', number: 12 }]],
    ['Đại hội lần thứ 19 của Đảng Cộng sản Trung Quốc', [{ series: 'Đại hội Đảng Cộng sản Trung Quốc', number: 19 }]],
    ['Đại hội XVII của Đảng bộ Thành phố', [{ series: 'Đại hội Đảng bộ Thành phố', number: 17 }]],
    ['Đại hội XIV của Đảng Cộng sản Việt Nam thành công tốt đẹp', [{ series: 'Đại hội Đảng toàn quốc', number: 14 }]],
    ['Hội nghị cấp cao ASEAN lần thứ 28-29', [{ series: 'Hội nghị cấp cao ASEAN', number: 28 }, { series: 'Hội nghị cấp cao ASEAN', number: 29 }]],
    ['Hội nghị Các quan chức cấp cao APEC 2017 lần thứ hai', [{ number: 2 }]],
    [
      'Kỳ họp thứ 3, Quốc hội khóa XIV. Tại Kỳ họp thứ 3 các đại biểu thảo luận.',
      [{ series: 'Kỳ họp Quốc hội', number: 3, term: 14 }],
    ],
    ['Đại hội Đảng toàn quốc lần thứ XII, Quốc hội khóa XIV', [{ series: 'Đại hội Đảng toàn quốc', number: 12, term: undefined }]],
    ['Hội nghị Trung ương 5, khóa XII', [{ series: 'Hội nghị Trung ương', number: 5, term: 12 }]],
    ['Phiên họp toàn thể Kỳ họp thứ 3, Quốc hội khóa XIV', [{ series: 'Kỳ họp Quốc hội', number: 3, term: 14 }]],
    [
      'Kỳ họp lần thứ 39 Ủy ban liên Chính phủ Việt Nam-Lào. Kỳ họp lần thứ 39 Ủy ban liên Chính phủ về hợp tác song phương.',
      [{ number: 39 }],
    ],
    ['Đại hội XIV Tổng Bí thư Tô Lâm phát biểu', [{ series: 'Đại hội Đảng toàn quốc', number: 14 }]],
    // long series names: the number first, a title inside, a comma inside, capitals that look like stop words
    ['tổ chức Hội nghị lần thứ 3 Chủ tịch Mặt trận ba nước Campuchia - Lào - Việt Nam', [{ series: 'Hội nghị Chủ tịch Mặt trận ba nước Campuchia - Lào - Việt Nam', number: 3 }]],
    [
      'chuẩn bị cho Hội nghị quốc tế xây dựng đường biên giới hòa bình, hữu nghị Việt Nam - Campuchia lần thứ 5 dự kiến',
      [{ series: 'Hội nghị quốc tế xây dựng đường biên giới hòa bình, hữu nghị Việt Nam - Campuchia', number: 5 }],
    ],
    ['Tại Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ VIII diễn ra', [{ series: 'Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam', number: 8 }]],
    ['Hội nghị hiệp thương lần hai đã thống nhất danh sách', [{ series: 'Hội nghị hiệp thương', number: 2 }]],
    ['sẽ được trình lên Hội nghị Cấp cao 25 xem xét thông qua', [{ series: 'Hội nghị Cấp cao', number: 25 }]],
    // an abbreviation in brackets is the same series
    [
      'Hội nghị các Bộ trưởng phụ trách Thương mại APEC lần thứ 23 (MRT 23) diễn ra tại Hà Nội. Hội nghị MRT 23 đã kết thúc tốt đẹp.',
      [{ series: 'Hội nghị các Bộ trưởng phụ trách Thương mại APEC', number: 23 }],
    ],
    // a session of the legislature the article names, in lower case
    ['tại kỳ họp cuối cùng của Quốc hội khóa XIV vừa qua (kỳ họp 11), Quốc hội đã kiện toàn', [{ series: 'Kỳ họp Quốc hội', number: 11 }]],
  ],
  negative: [
    'Hội nghị Gặp gỡ Nhật Bản 2023 - Meet Japan 2023',
    'Hội nghị thượng đỉnh APEC 2017 tại Đà Nẵng',
    'đại biểu Quốc hội khóa XIV',
    'Hội nghị được kết nối trực tuyến tới các địa phương.',
    'Phát biểu khai mạc Hội nghị, Bộ trưởng khẳng định.',
    'Hội nghị diễn ra trong 2 ngày.',
    'các diễn đàn quốc tế và khu vực 36 lần',
    'hội nghị 1 năm trước',
    'Cuộc họp các Bộ trưởng TPP 11',
    // `khóa N` is the term, never the number
    'Hội nghị Ban Chấp hành Trung ương Đảng khóa XII đã họp.',
    'Kỳ họp Quốc hội khóa XIV bế mạc',
    // the number of a document named in the meeting's name
    'Hội nghị toàn quốc học tập, quán triệt Nghị quyết Trung ương 5, khóa XII',
    'kỳ họp này, dự kiến làm việc trong 11 ngày',
  ],
};
