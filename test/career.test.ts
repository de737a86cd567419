// Biographies: the career lines' titles are the subject's and carry the lines' dates, which the
// shared reader (src/text/career.ts) reads for dates too.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { careerMarkers, monthYearRange } from '../src/text/career.js';
import { tokenize } from '../src/text/tokens.js';

const BIO =
  'Tiểu sử Bí thư Thành ủy Nguyễn Thiện Nhân. 4/1983-4/1985: Cán bộ giảng dạy. 4/1985-7/1988: Ủy viên Ban Thường vụ Thành đoàn, Phó Bí thư Thành đoàn. ' +
  '7/2006-7/2007: Ủy viên Trung ương Đảng, Bộ trưởng Bộ Giáo dục và Đào tạo. Từ 7/2010 đến 5/2013: Phó Thủ tướng Chính phủ.';

describe('career lines', () => {
  it('reads month ranges and open or closed spans of years', () => {
    expect(monthYearRange('6/1970-12/1979')).toEqual({ from: '1970-06', to: '1979-12' });
    expect(monthYearRange('12/1979-6/1970')).toBeUndefined();
    const m = careerMarkers(tokenize('năm 1987-1992, là Thứ trưởng; Từ tháng 4/2016 đến nay, đồng chí là', 0));
    expect(m.map((x) => [x.from, x.to, x.colon])).toEqual([['1987', '1992', false], ['2016-04', undefined, false]]);
  });

  it('gives the subject the titles of each step, dated by the step', () => {
    const [nhan] = extract(BIO, { only: ['officials'] }).officials;
    expect(nhan?.name).toBe('Nguyễn Thiện Nhân');
    expect(nhan?.career).toEqual([
      { title: 'Ủy viên Ban Thường vụ Thành đoàn', from: '1985-04', to: '1988-07' },
      { title: 'Phó Bí thư Thành đoàn', from: '1985-04', to: '1988-07' },
      { title: 'Ủy viên Trung ương Đảng', from: '2006-07', to: '2007-07' },
      { title: 'Bộ trưởng Bộ Giáo dục và Đào tạo', from: '2006-07', to: '2007-07' },
      { title: 'Phó Thủ tướng Chính phủ', from: '2010-07', to: '2013-05' },
    ]);
    // the steps are no mentions of the name
    expect(nhan?.mentions).toHaveLength(1);
  });

  it('reads no career from an article with fewer than three steps', () => {
    const out = extract('Bộ trưởng Nguyễn Văn An cho biết. Năm 2016-2020, Thứ trưởng Bộ Tài chính chủ trì.', { only: ['officials'] }).officials;
    expect(out.map((o) => [o.name, o.career])).toEqual([['Nguyễn Văn An', undefined]]);
  });
});
