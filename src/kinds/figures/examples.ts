// figures: examples as data. Positive: the quantities a sentence must yield, valued.
import type { ExampleCorpus } from '../examples.js';
import type { FigureQualifier } from '../../types.js';

export const examples: ExampleCorpus<{ text?: string; value: number; unit: string | null; qualifier?: FigureQualifier | null }> = {
  positive: [
    ['với sự tham dự của hơn 300 đại biểu', [{ text: 'hơn 300 đại biểu', value: 300, unit: 'đại biểu', qualifier: 'more_than' }]],
    ['thu hút gần 558 triệu USD vốn FDI', [{ text: 'gần 558 triệu USD', value: 558e6, unit: 'USD', qualifier: 'nearly' }]],
    ['tăng 34,82% và đạt 139,4% kế hoạch', [{ value: 34.82, unit: '%', qualifier: null }, { value: 139.4, unit: '%', qualifier: null }]],
    ['đạt hơn 21 nghìn tỷ đồng vốn DDI', [{ value: 21e12, unit: 'đồng', qualifier: 'more_than' }]],
    ['vượt 4,26 lần so với kế hoạch', [{ value: 4.26, unit: 'lần' }]],
    ['khoảng 2.000 lượt cán bộ làm công tác đối ngoại', [{ text: 'khoảng 2.000 lượt cán bộ', value: 2000, unit: 'lượt cán bộ', qualifier: 'about' }]],
    ['chúng ta đã có 50 tỉnh, thành phố có Sở Ngoại vụ', [{ value: 50, unit: 'tỉnh' }]],
    ['Qua 10 tháng đầu năm 2023', [{ text: '10 tháng', value: 10, unit: 'tháng' }]],
    ['đại diện các cơ quan ngoại vụ của 63 tỉnh thành trên toàn quốc', [{ value: 63, unit: 'tỉnh thành' }]],
    ['hơn 100 Trưởng cơ quan đại diện Việt Nam ở nước ngoài', [{ value: 100, unit: 'Trưởng cơ quan đại diện', qualifier: 'more_than' }]],
    ['diện tích tự nhiên từ 5,5 km2 trở lên', [{ value: 5.5, unit: 'km2', qualifier: 'at_least' }]],
    ['quy mô dân số từ 21.000 người', [{ value: 21000, unit: 'người' }]],
    ['chưa đầy 1 giờ bị mất trộm', [{ value: 1, unit: 'giờ', qualifier: 'less_than' }]],
    ['trong hai năm qua', [{ text: 'hai năm', value: 2, unit: 'năm' }]],
  ],
  negative: [
    'phòng chống dịch bệnh Covid-19',
    'Nhận định U23 Việt Nam vs U23 Jordan',
    'Hội nghị Thượng đỉnh G20',
    'Hội nghị Ngoại vụ toàn quốc lần thứ 20',
    'thông qua tại Phiên họp 52',
    'Nghị quyết số 112/2025/UBTVQH15',
    'Quốc hội khóa XIV',
    'diễn ra vào lúc 18h30 ngày 6/1',
    'vòng 1 bảng A',
    'Đội CSGT đường bộ số 2 phát hiện',
    'một số định hướng lớn',
    'một trong những nhiệm vụ chính',
    'đầu tư nước ngoài',
    'trong năm 2025',
    'Ban Chỉ đạo 57',
    'lúc 10 giờ sáng',
  ],
};
