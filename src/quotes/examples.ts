// quotes: examples as data. Positive: the quotations a text must yield, in order (only the fields
// given are compared); negative: texts that must yield none. Run by test/quotes.test.ts.
import type { ExampleCorpus } from '../kinds/examples.js';
import type { Quote } from './rules.js';

type Expected = Partial<Pick<Quote, 'kind' | 'speaker' | 'verb' | 'text' | 'resolved'>>;

export const examples: ExampleCorpus<Expected> = {
  positive: [
    // direct, the speaker after
    [
      'Ông Lê Duy Thành, Chủ tịch UBND tỉnh Vĩnh Phúc đã dự. “Chúng tôi đã chuẩn bị rất tốt các điều kiện”, ông Lê Duy Thành nói.',
      [{ kind: 'direct', speaker: 'Lê Duy Thành', verb: 'nói', text: 'Chúng tôi đã chuẩn bị rất tốt các điều kiện', resolved: false }],
    ],
    ['"Đây là bước tiến quan trọng", Ngoại trưởng Nga Sergei Lavrov nói.', [{ kind: 'direct', speaker: 'Sergei Lavrov', verb: 'nói', text: 'Đây là bước tiến quan trọng' }]],
    ['“Quan hệ hai nước đang ở giai đoạn tốt nhất”, theo Đại sứ Việt Nam tại Mỹ Hà Kim Ngọc.', [{ kind: 'direct', speaker: 'Hà Kim Ngọc', verb: 'theo' }]],
    ['“Chúng tôi lên án mạnh mẽ hành động này”, nhà ngoại giao cấp cao của Cuba nêu rõ.', [{ kind: 'direct', speaker: 'nhà ngoại giao cấp cao của Cuba', verb: 'nêu rõ' }]],
    // direct, the speaker before
    [
      'Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn nhấn mạnh: “Ngoại giao phải đi trước mở đường.”',
      [{ kind: 'direct', speaker: 'Bùi Thanh Sơn', verb: 'nhấn mạnh', text: 'Ngoại giao phải đi trước mở đường.' }],
    ],
    ['Bộ trưởng Bùi Thanh Sơn nói với báo chí:\n“Chúng ta phải chủ động hơn nữa trong hội nhập.”', [{ kind: 'direct', speaker: 'Bùi Thanh Sơn', verb: 'nói', text: 'Chúng ta phải chủ động hơn nữa trong hội nhập.' }]],
    // a pronoun or title resolved to the one official it can stand for
    [
      'Tổng thống Mỹ Donald Trump phát biểu tại Nhà Trắng. “Chúng tôi sẽ đạt được thỏa thuận rất sớm”, ông nói.',
      [{ kind: 'direct', speaker: 'Donald Trump', verb: 'nói', resolved: true }],
    ],
    [
      'Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Nhật Bản. Bộ trưởng cho biết hai nước đang có quan hệ tốt đẹp nhất từ trước đến nay.',
      [{ kind: 'reported', speaker: 'Bùi Thanh Sơn', verb: 'cho biết', resolved: true, text: 'hai nước đang có quan hệ tốt đẹp nhất từ trước đến nay' }],
    ],
    // speaker labels
    ['Thứ trưởng Lê Hoài Trung: Hội nghị có ý nghĩa rất đặc biệt.', [{ kind: 'label', speaker: 'Lê Hoài Trung', verb: null, text: 'Hội nghị có ý nghĩa rất đặc biệt.' }]],
    // reported speech
    ['Bộ trưởng Bùi Thanh Sơn khẳng định Việt Nam luôn coi trọng quan hệ với Lào.', [{ kind: 'reported', speaker: 'Bùi Thanh Sơn', verb: 'khẳng định', text: 'Việt Nam luôn coi trọng quan hệ với Lào' }]],
    ['Theo Thứ trưởng Lê Hoài Trung, các địa phương cần xây dựng kế hoạch cụ thể.', [{ kind: 'reported', speaker: 'Lê Hoài Trung', verb: 'theo', text: 'các địa phương cần xây dựng kế hoạch cụ thể' }]],
    ['Ông Nguyễn Văn An cho biết, dự án sẽ hoàn thành trong năm nay.', [{ kind: 'reported', speaker: 'Nguyễn Văn An', verb: 'cho biết', text: 'dự án sẽ hoàn thành trong năm nay' }]],
    [
      'Phát biểu tại sự kiện, đại diện Ban Đối ngoại Trung ương cho rằng hợp tác địa phương là trụ cột quan trọng.',
      [{ kind: 'reported', speaker: 'đại diện Ban Đối ngoại Trung ương', verb: 'cho rằng', text: 'hợp tác địa phương là trụ cột quan trọng' }],
    ],
    [
      'Ông Piere Eladari, Giám đốc điều hành Tập đoàn Puma Energy, cho biết công ty sẽ mở rộng đầu tư tại Việt Nam.',
      [{ kind: 'reported', speaker: 'Piere Eladari', verb: 'cho biết', text: 'công ty sẽ mở rộng đầu tư tại Việt Nam' }],
    ],
    ['Điện Kremlin ngày 29/1 cho biết ông Putin sẵn sàng gặp ông Zelensky tại Moscow.', [{ kind: 'reported', speaker: 'Điện Kremlin', verb: 'cho biết' }]],
    [
      '"Bà ấy đảm nhiệm tất cả vai trò", ông Taniguchi nói, cho rằng gánh nặng đang đè nặng lên vai bà.',
      [
        { kind: 'direct', speaker: 'Taniguchi', verb: 'nói', text: 'Bà ấy đảm nhiệm tất cả vai trò' },
        { kind: 'reported', speaker: 'Taniguchi', verb: 'cho rằng', text: 'gánh nặng đang đè nặng lên vai bà' },
      ],
    ],
    [
      'Bên lề hội nghị, Thủ tướng Phạm Minh Chính bày tỏ vui mừng trước những bước phát triển của quan hệ hai nước.',
      [{ kind: 'reported', speaker: 'Phạm Minh Chính', verb: 'bày tỏ', text: 'vui mừng trước những bước phát triển của quan hệ hai nước' }],
    ],
    // furniture inside a quotation ends it (`text` is the normalized text, and the credit is not what was said)
    [
      'Bộ trưởng Bùi Thanh Sơn cho biết hai nước đang có quan hệ (Ảnh: Tuấn Anh) tốt đẹp nhất từ trước đến nay.',
      [{ kind: 'reported', speaker: 'Bùi Thanh Sơn', verb: 'cho biết', text: 'hai nước đang có quan hệ' }],
    ],
    ['“Chúng tôi đã chuẩn bị rất tốt (Ảnh: Tuấn Anh) các điều kiện”, ông Lê Duy Thành nói.', [{ kind: 'direct', speaker: 'Lê Duy Thành', verb: 'nói', text: 'Chúng tôi đã chuẩn bị rất tốt' }]],
  ],
  negative: [
    // a title, a theme, a slogan in quotation marks; scare quotes
    'Hội nghị diễn ra với chủ đề: “Nâng cao hiệu quả công tác đối ngoại địa phương phục vụ hội nhập và phát triển.”',
    'Hội thảo “Hiệp định UKVFTA - Thương mại xanh và công bằng với Việt Nam” đã diễn ra tại Hà Nội.',
    '“Việt Nam - Điểm đến an toàn và thân thiện” là thông điệp của chương trình.',
    'Trong năm 2023, độ “phủ sóng” của Bộ Ngoại giao tại nhiều địa phương được tăng cường.',
    'Bộ trưởng Bùi Thanh Sơn phát biểu với chủ đề: “Ngoại giao kinh tế phục vụ phát triển đất nước”.',
    // the interviewer's questions
    '- Theo Thứ trưởng, thời gian tới Bộ Ngoại giao sẽ hỗ trợ các địa phương như thế nào?',
    '- Thứ trưởng có thể cho biết Hội nghị có ý nghĩa như thế nào?',
    'PV: Xin Bộ trưởng cho biết kết quả chuyến thăm?',
    // a headline in label form: no full stop
    'Thứ trưởng Ngoại giao Đỗ Hùng Việt: Cộng đồng quốc tế đánh giá cao thông điệp của Việt Nam',
    // no speaker that can be told
    'Thủ tướng cho biết Chính phủ sẽ tiếp tục chỉ đạo quyết liệt.',
    'Ông nói rằng hai nước cần hợp tác chặt chẽ hơn.',
    'Tổng thống Mỹ Donald Trump và Tổng thống Nga Vladimir Putin đã điện đàm. “Cuộc gọi rất hiệu quả”, ông nói.',
    'Theo kế hoạch, hội nghị sẽ diễn ra trong hai ngày tại Hà Nội.',
    'Theo TTXVN, đoàn đã đến Hà Nội chiều 12/12 để dự hội nghị.',
    'Theo đề nghị của Bộ Ngoại giao, Thủ tướng đã phê duyệt đề án.',
    'Chương trình hợp tác nêu rõ các nội dung toàn diện và sâu rộng.',
    'Bắc Giang đề xuất phối hợp với Bộ Ngoại giao tổ chức Tọa đàm về kinh tế.',
    // a speech verb that says nothing here
    'Ông Trump nói chuyện với các phóng viên tại Nhà Trắng hôm thứ Ba.',
    'Bộ trưởng Bùi Thanh Sơn phát biểu tại lễ khai mạc hội nghị.',
    'Thủ tướng Nguyễn Xuân Phúc lưu ý tới một khía cạnh khác trong quan hệ thương mại.',
    'Bộ Công Thương đã phát đi thông báo liên quan đến số cổ phần của Thứ trưởng.',
    '“Đây là thông điệp quan trọng”, đó cũng là thông điệp được Thủ tướng nhấn mạnh.',
    // a speaker across furniture (its text would hold the blanked credit)
    '“Chúng tôi đã chuẩn bị rất tốt các điều kiện”, quan chức (Ảnh: Tuấn Anh) Iran nói.',
  ],
};
