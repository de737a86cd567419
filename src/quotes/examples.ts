// quotes: examples as data. Positive: the quotations a text must yield, in order (only the fields
// given are compared); negative: texts that must yield none. Run by test/quotes.test.ts.
import type { ExampleCorpus } from '../kinds/examples.js';
import type { Quote } from './quote.js';

type Expected = Partial<Pick<Quote, 'kind' | 'speaker' | 'verb' | 'text' | 'resolved' | 'speaker_kind'>>;

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
    // a speech verb opening a clause with no subject: the sentence's subject speaks
    [
      'Thủ tướng Nguyễn Xuân Phúc hoan nghênh các doanh nghiệp Nhật Bản quan tâm đến Việt Nam, nhấn mạnh các doanh nghiệp Nhật Bản là những nhà đầu tư có tiềm lực mạnh.',
      [{ kind: 'reported', speaker: 'Nguyễn Xuân Phúc', verb: 'nhấn mạnh', text: 'các doanh nghiệp Nhật Bản là những nhà đầu tư có tiềm lực mạnh' }],
    ],
    [
      'Tuy nhiên, Chủ tịch Cuba Miguel Diaz-Canel phản bác gay gắt, cho rằng công dân Cuba đã bị lôi kéo sang Mỹ.',
      [{ kind: 'reported', speaker: 'Miguel Diaz-Canel', verb: 'cho rằng', text: 'công dân Cuba đã bị lôi kéo sang Mỹ' }],
    ],
    // … and the sentence's reported speech holds a second verb (one quotation, not two)
    [
      'Thứ trưởng Ngoại giao Nga I. Morgulov bày tỏ ủng hộ Việt Nam trên cương vị Chủ nhà APEC 2017; khẳng định sẵn sàng chia sẻ kinh nghiệm đăng cai APEC.',
      [{ kind: 'reported', speaker: 'I. Morgulov', verb: 'bày tỏ', text: 'ủng hộ Việt Nam trên cương vị Chủ nhà APEC 2017; khẳng định sẵn sàng chia sẻ kinh nghiệm đăng cai APEC' }],
    ],
    // a verb opening another's words is part of them: `bày tỏ tin tưởng rằng …` is one quotation
    [
      'Thủ tướng Nguyễn Xuân Phúc bày tỏ tin tưởng rằng Kỳ họp sẽ tạo ra động lực mới cho hợp tác giữa hai nước.',
      [{ kind: 'reported', speaker: 'Nguyễn Xuân Phúc', verb: 'bày tỏ', text: 'tin tưởng rằng Kỳ họp sẽ tạo ra động lực mới cho hợp tác giữa hai nước' }],
    ],
    // the words first, the speaker and verb ending the sentence, no quotation marks
    [
      'Mối quan hệ giữa ba tổ chức Mặt trận ngày càng được củng cố và phát triển, Phó Chủ tịch – Tổng Thư ký Trần Thanh Mẫn khẳng định.',
      [{ kind: 'reported', speaker: 'Trần Thanh Mẫn', verb: 'khẳng định', text: 'Mối quan hệ giữa ba tổ chức Mặt trận ngày càng được củng cố và phát triển' }],
    ],
    // more verbs: mong muốn, kỳ vọng, phủ nhận, lên tiếng …
    [
      'Tổng Bí thư Nguyễn Phú Trọng mong muốn hai Đảng, hai nước sẽ tiếp tục nỗ lực để giữ gìn môi trường hòa bình.',
      [{ kind: 'reported', speaker: 'Nguyễn Phú Trọng', verb: 'mong muốn', text: 'hai Đảng, hai nước sẽ tiếp tục nỗ lực để giữ gìn môi trường hòa bình' }],
    ],
    [
      'Ngoại trưởng Cuba Bruno Rodriguez đã phát biểu tại Havana. Ông cũng phủ nhận việc Cuba nhận được bất kỳ khoản bồi hoàn tài chính nào.',
      [{ kind: 'reported', speaker: 'Bruno Rodriguez', verb: 'phủ nhận', resolved: true, text: 'việc Cuba nhận được bất kỳ khoản bồi hoàn tài chính nào' }],
    ],
    // a title standing for several officials: the one given exactly that title (not `Thủ tướng Nhật Bản`) …
    [
      'Thủ tướng Nguyễn Xuân Phúc đã gặp Thủ tướng Nhật Bản Shinzo Abe. Thủ tướng cho biết Việt Nam đã duy trì tốc độ phát triển kinh tế khá cao.',
      [{ kind: 'reported', speaker: 'Nguyễn Xuân Phúc', resolved: true, text: 'Việt Nam đã duy trì tốc độ phát triển kinh tế khá cao' }],
    ],
    // … else the one mentioned last
    [
      'Thứ trưởng thường trực Bộ Ngoại giao Bùi Thanh Sơn tiếp Thứ trưởng Bộ Ngoại giao Nga I. Morgulov. Thứ trưởng khẳng định Nga ủng hộ và sẵn sàng phối hợp với Việt Nam.',
      [{ kind: 'reported', speaker: 'I. Morgulov', resolved: true, text: 'Nga ủng hộ và sẵn sàng phối hợp với Việt Nam' }],
    ],
    // a periphrasis of a title, and `nhà lãnh đạo` + a country
    [
      'Thủ tướng Phạm Minh Chính tiếp ông Hồng Thiên Chúc. Người đứng đầu Chính phủ đề nghị Texhong tiếp tục đầu tư có chiều sâu tại Việt Nam.',
      [{ kind: 'reported', speaker: 'Phạm Minh Chính', resolved: true, verb: 'đề nghị', text: 'Texhong tiếp tục đầu tư có chiều sâu tại Việt Nam' }],
    ],
    [
      'Thủ tướng Anh Keir Starmer gặp Chủ tịch Trung Quốc Tập Cận Bình. “Các sự kiện ở nước ngoài đều ảnh hưởng đến mọi thứ”, nhà lãnh đạo Anh nhận định.',
      [{ kind: 'direct', speaker: 'Keir Starmer', resolved: true, verb: 'nhận định' }],
    ],
    // speakers with no official: a title and a name extract did not pair, a role, an organization
    [
      'Đề cập về nguyên tắc phân bổ, theo Trưởng ban Công tác đại biểu Nguyễn Thị Thanh, các ứng viên do Bộ Chính trị phân công sao cho cân đối.',
      [{ kind: 'reported', speaker: 'Nguyễn Thị Thanh', speaker_kind: 'person', verb: 'theo' }],
    ],
    [
      'Bộ trưởng Tài chính Vương quốc Anh cho biết tại hội nghị rằng Anh là một đối tác tự nhiên của con đường tơ lụa mới.',
      [{ kind: 'reported', speaker: 'Bộ trưởng Tài chính Vương quốc Anh', speaker_kind: 'role', text: 'tại hội nghị rằng Anh là một đối tác tự nhiên của con đường tơ lụa mới' }],
    ],
    [
      'Hai bên nhất trí cho rằng các quốc gia thành viên của Công ước 1982 cần tuân thủ đầy đủ các nghĩa vụ của mình.',
      [{ kind: 'reported', speaker: 'Hai bên', speaker_kind: 'role', verb: 'cho rằng' }],
    ],
    ['Người phát ngôn Bộ Ngoại giao cho biết Việt Nam đã chuẩn bị các phương án bảo hộ công dân.', [{ kind: 'reported', speaker: 'Người phát ngôn Bộ Ngoại giao', speaker_kind: 'role' }]],
    ['Bộ Ngoại giao đề nghị các cơ quan chức năng hỗ trợ công dân Việt Nam.', [{ kind: 'reported', speaker: 'Bộ Ngoại giao', speaker_kind: 'organization' }]],
    ['Nhà Trắng cho biết ông Trump sẽ ký sắc lệnh trong tuần này.', [{ kind: 'reported', speaker: 'Nhà Trắng', speaker_kind: 'organization' }]],
    [
      '“Kết quả rất đáng khích lệ”, một cử tri tại Hà Nội nói.',
      [{ kind: 'direct', speaker: 'một cử tri tại Hà Nội', speaker_kind: 'role', verb: 'nói' }],
    ],
    [
      'Đại biểu Nguyễn Tuấn Anh cho rằng cần sớm có quy định xác lập sở hữu tài sản trên đất.',
      [{ kind: 'reported', speaker: 'Nguyễn Tuấn Anh', speaker_kind: 'person', verb: 'cho rằng' }],
    ],
    [
      '“Ông ấy được các thị trường tài chính tôn trọng”, David Bahnsen - Giám đốc đầu tư của The Bahnsen Group nhận định.',
      [{ kind: 'direct', speaker: 'David Bahnsen', speaker_kind: 'person', verb: 'nhận định' }],
    ],
    // a verb after a quotation that says what follows it, not the quotation (the name of a session here)
    [
      'Thủ tướng Nguyễn Xuân Phúc đã dự hội nghị. Phát biểu tại Phiên thảo luận “Đầu tư cơ sở hạ tầng thông minh”, Thủ tướng nhấn mạnh tầm quan trọng của cơ sở hạ tầng đối với phát triển.',
      [{ kind: 'reported', speaker: 'Nguyễn Xuân Phúc', verb: 'nhấn mạnh', text: 'tầm quan trọng của cơ sở hạ tầng đối với phát triển' }],
    ],
    // a mention of extract running on over a comma into the next clause's title (`Hun Sen, Thủ tướng`)
    [
      'Thủ tướng Nguyễn Xuân Phúc dự lễ. Phát biểu sau khi nhận chuông từ Thủ tướng Campuchia Hun Sen, Thủ tướng nhấn mạnh việc WEF chọn Việt Nam là minh chứng cho quan hệ đối tác.',
      [{ kind: 'reported', speaker: 'Nguyễn Xuân Phúc', resolved: true, verb: 'nhấn mạnh' }],
    ],
    // a verb after `và`, and a title given in apposition to a name (`ông X, Chủ tịch Tập đoàn Y`) standing for it
    [
      'Thủ tướng tiếp ông Hồng Thiên Chúc, Chủ tịch Tập đoàn Texhong. Chủ tịch Tập đoàn Texhong cảm ơn sự quan tâm của Chính phủ và cho biết sẽ đẩy mạnh đầu tư tại Việt Nam.',
      [{ kind: 'reported', speaker: 'Hồng Thiên Chúc', resolved: true, verb: 'cho biết', text: 'sẽ đẩy mạnh đầu tư tại Việt Nam' }],
    ],
    // `Ông cũng …` after two people in the paragraph: the one who spoke last
    [
      'Chủ tịch Cuba Miguel Diaz-Canel viết trên mạng xã hội. Ngoại trưởng Cuba Bruno Rodriguez cũng tuyên bố Cuba có quyền nhập khẩu nhiên liệu từ bất kỳ nhà cung cấp nào. Ông cũng phủ nhận việc Cuba nhận được bất kỳ khoản bồi hoàn nào.',
      [
        { kind: 'reported', speaker: 'Bruno Rodriguez', verb: 'tuyên bố' },
        { kind: 'reported', speaker: 'Bruno Rodriguez', verb: 'phủ nhận', resolved: true },
      ],
    ],
    // a sentence of eight words or more written again (a caption repeating its paragraph) is one quotation
    [
      'Bộ trưởng Bùi Thanh Sơn khẳng định Việt Nam luôn coi trọng quan hệ với Lào.\nBộ trưởng Bùi Thanh Sơn khẳng định Việt Nam luôn coi trọng quan hệ với Lào.',
      [{ kind: 'reported', speaker: 'Bùi Thanh Sơn', text: 'Việt Nam luôn coi trọng quan hệ với Lào' }],
    ],
    // … a few words said again are said twice
    [
      '“Chúng tôi đồng ý”, ông An nói. “Chúng tôi đồng ý”, ông An nói.',
      [{ kind: 'direct', speaker: 'An', text: 'Chúng tôi đồng ý' }, { kind: 'direct', speaker: 'An', text: 'Chúng tôi đồng ý' }],
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
    // a capitalized verb is a noun; `Theo phóng viên` names a source
    'Hai nước ra Tuyên bố chung về tăng cường hơn nữa quan hệ Đối tác chiến lược toàn diện.',
    'Theo phóng viên TTXVN tại Bắc Kinh, đoàn đã đến thủ đô Trung Quốc chiều 12/5 để dự diễn đàn.',
    'Theo đặc phái viên TTXVN, Thủ tướng đã hội kiến Tổng thống Pháp bên lề hội nghị.',
    // `bên`, `nước` speak only counted; a title with no name, country or organization stays unresolved
    'Bên cạnh đó cho biết thêm rằng kế hoạch sẽ được triển khai trong năm nay.',
    'Bộ trưởng nhấn mạnh rằng công tác này cần được triển khai quyết liệt hơn nữa.',
    // a chained verb in a sentence whose subject is no speaker
    'Tại hội nghị, các nội dung được thảo luận sôi nổi, nhấn mạnh vai trò của hợp tác khu vực trong thời gian tới.',
    // a speaker across furniture (its text would hold the blanked credit)
    '“Chúng tôi đã chuẩn bị rất tốt các điều kiện”, quan chức (Ảnh: Tuấn Anh) Iran nói.',
  ],
};
