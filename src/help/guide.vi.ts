// The user guide in Vietnamese (help.html): the whole yearly workflow as staff do it in the task pane,
// then the usual problems. What each finding means is not here: render.ts writes it from the rule
// catalogue. Bodies are trusted HTML written here; the screenshots are the browser test's
// (test/system/browser/workflow.test.ts saves them under these names).
import { labels } from "./labels.js";
import type { Guide } from "./render.js";

const ui = labels("vi");

export const GUIDE_VI: Guide = {
  lang: "vi",
  title: "Chỉ số CCHC cho Excel – Hướng dẫn sử dụng",
  intro: `<p>Chỉ số CCHC là phần bổ trợ Excel giúp cán bộ Sở Nội vụ, Phòng Nội vụ thẩm định bảng tự đánh giá Chỉ số
cải cách hành chính của các phường, xã, sở, ngành: nạp bộ tiêu chí của tỉnh, kiểm tra từng bảng và chỉ ra đúng ô
sai, chấm điểm – tính chỉ số – xếp hạng – xếp loại bằng công thức Excel ngay trong sổ tính, in kết quả và lập kế
hoạch khắc phục. Mọi việc diễn ra trong sổ tính đang mở; không có dữ liệu nào được gửi ra ngoài máy.</p>
<p>Mở phần bổ trợ: trên thẻ <b>Trang đầu</b> (Home) của Excel, nhóm <b>Chỉ số CCHC</b>, bấm <b>Chấm điểm CCHC</b>.
Ngăn tác vụ mở bên phải, gồm năm bước theo thứ tự: ${ui("stepFramework")}, ${ui("stepUnits")},
${ui("stepCheck")}, ${ui("stepScore")}, ${ui("stepPlans")}. Nếu không thấy nút, hãy hỏi bộ
phận CNTT (phần bổ trợ được triển khai theo hướng dẫn trong README của phần mềm).</p>`,
  contents: "Nội dung",
  otherLanguage: { href: "help-en.html", label: "English", hreflang: "en" },
  sections: [
    {
      id: "bo-tieu-chi",
      title: "1. Chuẩn bị trang bộ tiêu chí",
      body: `<p>Bộ tiêu chí là quyết định của UBND tỉnh cho năm đánh giá và cấp đơn vị (sở, ngành hay xã, phường). Ở bước
${ui("stepFramework")}, chọn một trong hai:</p>
<ul>
<li><b>Bộ mẫu có sẵn</b> – chỉ để dùng thử; đây không phải bộ tiêu chí chính thức của tỉnh nào.</li>
<li><b>Trang bộ tiêu chí trong sổ tính</b> – bộ tiêu chí của tỉnh. Cách nhanh nhất: bấm
${ui("insertFramework")}, rồi sửa trang “Bộ tiêu chí” vừa tạo theo quyết định của tỉnh.</li>
</ul>
<p>Trang bộ tiêu chí gồm:</p>
<ul>
<li>Vài dòng thông tin ở đầu trang, mỗi dòng một nhãn và một giá trị: <code>Tên bộ tiêu chí:</code>, <code>Mã:</code>,
<code>Căn cứ:</code> (số, ngày quyết định), <code>Năm:</code>, <code>Cấp áp dụng:</code>,
<code>Quy tắc không áp dụng:</code> (bỏ điểm tối đa của mục và quy đổi về thang 100, hoặc tính điểm tối đa),
<code>Nhóm đơn vị:</code> (các nhóm xếp hạng, ví dụ phường; xã), <code>Xếp loại:</code> (các mức và ngưỡng %, ví dụ
Xuất sắc ≥ 90), <code>Điểm thưởng tối đa:</code>, <code>Điểm trừ tối đa:</code>.</li>
<li>Một dòng tiêu đề có các cột <b>Mã</b>, <b>Nội dung</b>, <b>Điểm tối đa</b>, và nếu cần <b>Thang điểm</b>,
<b>Nguồn điểm</b> (tự chấm hay điều tra xã hội học), <b>Tài liệu kiểm chứng</b>, <b>Áp dụng cho</b> (nhóm đơn vị
áp dụng tiêu chí).</li>
<li>Mỗi lĩnh vực, tiêu chí, tiêu chí thành phần một dòng. Mã theo vị trí: <code>I</code> hoặc <code>1</code> cho lĩnh
vực, <code>1.1</code> cho tiêu chí, <code>1.1.1</code> cho tiêu chí thành phần. Điểm tối đa của mục cha phải bằng tổng
các mục con; tổng toàn bộ thường là 100.</li>
</ul>
<p>Sau khi sửa trang, bấm ${ui("reread")}. Ngăn tác vụ cho biết số lĩnh vực, tiêu chí, tổng điểm, nhóm và
mức xếp loại đọc được; nếu trang có lỗi (tổng điểm mục cha không khớp, mã trùng, thiếu điểm tối đa…), ngăn liệt
kê từng lỗi kèm ô cần sửa (xem mục <a href="#y-nghia-phat-hien">Ý nghĩa các phát hiện</a>, bảng bộ tiêu chí).</p>
<p>Để gửi đơn vị, bấm ${ui("insertTemplate")} (chọn nhóm nếu mỗi nhóm có tiêu chí riêng):
phần bổ trợ tạo một trang mẫu có sẵn mã, nội dung, điểm tối đa và các cột để đơn vị điền.</p>`,
      shots: [{ file: "01-bo-tieu-chi", caption: "Bước 1: bộ tiêu chí đã chọn và các thông tin đọc được." }],
    },
    {
      id: "ho-so-don-vi",
      title: "2. Thu thập tệp của đơn vị",
      body: `<p>Mỗi đơn vị gửi lại một tệp Excel (.xlsx) có bảng tự đánh giá: mã, nội dung, điểm tối đa, <b>điểm tự đánh
giá</b>, <b>tài liệu kiểm chứng</b> và giải trình. Phần bổ trợ đọc được cả các mẫu thường gặp: tiêu đề gộp ô, mã lĩnh
vực bằng số La Mã, mã nằm trong nội dung (“2.1. Chỉ số SIPAS”), điểm gõ dạng chữ có dấu phẩy (“0,5”), tệp xuất từ
hệ thống trực tuyến có tên trang “Sheet1”.</p>
<p>Ở bước ${ui("stepUnits")}:</p>
<ul>
<li>Bấm ${ui("importFiles")} và chọn một hay nhiều tệp: mỗi trang bảng tự đánh giá được chép vào
sổ tính đang mở thành một trang riêng. Tệp gốc không bị thay đổi.</li>
<li>Nếu Excel của máy chưa có chức năng này (cần ExcelApi 1.13), ngăn tác vụ sẽ báo. Khi đó mở tệp của đơn vị,
chuột phải vào tên trang → <b>Di chuyển hoặc Sao chép…</b> → chọn sổ tính thẩm định, đánh dấu <b>Tạo bản sao</b>,
rồi bấm ${ui("reread")}.</li>
</ul>
<p>Ngăn tác vụ liệt kê các trang bảng tự đánh giá tìm thấy, với tên đơn vị và nhóm đọc được từ tiêu đề trang
(“Đơn vị: UBND phường Hồng Hà”) hoặc tên trang. Sửa tên hay nhóm ngay trong bảng nếu đọc chưa đúng: thay đổi chỉ
dùng để chấm điểm, không sửa trang của đơn vị. Các trang không phải bảng tự đánh giá (bộ tiêu chí, trang do phần
bổ trợ tạo, trang không có cột điểm) được liệt kê riêng kèm lý do.</p>`,
      shots: [{ file: "02-ho-so-don-vi", caption: "Bước 2: đã nhập hai tệp của đơn vị vào sổ tính." }],
    },
    {
      id: "kiem-tra",
      title: "3. Kiểm tra",
      body: `<p>Ở bước ${ui("stepCheck")}, bấm ${ui("checkAll")} (hoặc chọn một trang và bấm ${ui("checkOne")}). Mỗi bảng được so với bộ tiêu chí: thiếu hay thừa tiêu chí, nội dung và điểm tối đa khác bộ tiêu chí,
điểm trống, không phải số, âm, vượt tối đa hay lệch thang điểm, công thức lỗi (<code>#REF!</code>), tổng cộng
không khớp, thiếu tài liệu kiểm chứng…</p>
<ul>
<li>Mỗi phát hiện có mức độ: <b>Lỗi</b> (phải sửa; đơn vị còn lỗi được liệt kê nhưng <b>không xếp hạng</b>),
<b>Cảnh báo</b> (nên xem lại) và <b>Lưu ý</b> (để biết).</li>
<li>Bấm (hoặc nhấn Enter) vào một phát hiện: Excel chọn đúng ô đó trên trang của đơn vị.</li>
<li>Lọc theo mức độ hoặc theo quy tắc; dòng đầu cho biết bao nhiêu đơn vị <b>sẵn sàng chấm điểm</b>.</li>
<li>${ui("highlight")} tô các ô bị phát hiện trên trang của đơn vị; ${ui("clearHighlights")} trả lại đúng màu
cũ. Ngoài màu tô, phần bổ trợ không bao giờ sửa giá trị hay công thức đơn vị đã nộp.</li>
</ul>
<p>Ý nghĩa từng phát hiện và cách xử lý: mục <a href="#y-nghia-phat-hien">Ý nghĩa các phát hiện</a>. Khi đơn vị gửi
lại tệp đã sửa, nhập lại (hoặc chép đè trang cũ) rồi kiểm tra lại.</p>`,
      shots: [
        { file: "03-kiem-tra", caption: "Bước 3: kết quả kiểm tra, nhóm theo đơn vị." },
        { file: "04-chon-o", caption: "Chọn một phát hiện: Excel chọn đúng ô có vấn đề." },
        { file: "05-to-mau", caption: "Tô màu các ô có vấn đề trên trang của đơn vị." },
      ],
    },
    {
      id: "tham-dinh",
      title: "4. Thẩm định",
      body: `<p>Hội đồng thẩm định chấp nhận hoặc điều chỉnh từng điểm tự đánh giá. Trên trang của mỗi đơn vị, ghi điểm
thẩm định vào cột <b>Điểm thẩm định</b> và lý do vào cột <b>Ý kiến thẩm định</b> (nếu mẫu của đơn vị chưa có, thêm
hai cột với đúng các tên này ngay sau cột điểm tự đánh giá). Điểm thẩm định dùng dấu phẩy hay dấu chấm thập phân
đều được.</p>
<ul>
<li>Điểm được tính là <b>điểm thẩm định</b>; mục chưa thẩm định tính theo điểm tự đánh giá. Ở bước 4, phần
${ui("countingChoice")} có thể chọn chỉ tính điểm thẩm định (mục chưa thẩm định được 0 điểm) hoặc xem đơn vị tự chấm
được bao nhiêu. Ngăn tác vụ cho biết bao nhiêu đơn vị đã thẩm định đủ, một phần hay chưa thẩm định.</li>
<li>Kiểm tra lại sau khi thẩm định: mục được điều chỉnh hiện là lưu ý <code>appraisal-adjusted</code>, điểm thẩm
định cao hơn điểm tự chấm là cảnh báo <code>appraisal-above-self</code>.</li>
<li>Mục không áp dụng (ghi <code>KAD</code> hoặc “không áp dụng”, “không phát sinh”) được xử lý theo
<code>Quy tắc không áp dụng</code> của bộ tiêu chí.</li>
<li>Điểm điều tra xã hội học (SIPAS…) không do đơn vị tự chấm: nhập ở bước 4 (phần <b>Điểm điều tra xã hội học,
thưởng, trừ</b>), hoặc trên trang Tổng hợp, hoặc đặt trong sổ một trang có bảng hai cột “Đơn vị” và “Điểm điều tra
XHH”.</li>
</ul>`,
    },
    {
      id: "cham-diem",
      title: "5. Chấm điểm và xếp hạng",
      body: `<p>Ở bước ${ui("stepScore")}, xem lại các thiết đặt rồi bấm ${ui("scoreButton")}:</p>
<ul>
<li>${ui("settingsGroups")}: các nhóm xếp hạng (xếp hạng riêng trong từng nhóm, đồng điểm thì đồng hạng) và
ngưỡng % của từng mức, lấy sẵn từ bộ tiêu chí.</li>
<li>${ui("settingsInputs")} cho từng đơn vị (trong giới hạn của bộ tiêu chí).</li>
<li>${ui("settingsPrevious")}: chọn trang kết quả năm trước (bảng “Đơn vị | Tổng điểm | Xếp hạng”) để có cột
điểm tăng, giảm và hạng tăng, giảm.</li>
<li>${ui("settingsDocument")}: năm đánh giá, cơ quan thẩm định, cơ quan chủ quản, địa danh – dùng cho phần
đầu văn bản khi in.</li>
</ul>
<p>Phần bổ trợ ghi các trang <b>Tổng hợp</b> (mỗi đơn vị một dòng: điểm từng lĩnh vực, tổng điểm, chỉ số %, hạng,
xếp loại), <b>Xếp hạng</b> (mỗi nhóm một bảng, như khi công bố) và <b>Điểm chi tiết</b> (điểm từng tiêu chí của
từng đơn vị). Các trang dùng <b>công thức Excel</b>: sửa một điểm thẩm định trên trang đơn vị thì tổng, chỉ số và hạng
tự cập nhật. Chạy lại sẽ thay các trang do phần bổ trợ tạo; trang của người dùng không bao giờ bị ghi đè. Đơn vị còn
lỗi vẫn có trong Tổng hợp, ghi “Chưa xếp hạng”.</p>`,
      shots: [{ file: "06-xep-hang", caption: "Bước 4: kết quả xếp hạng theo nhóm và các trang đã ghi." }],
    },
    {
      id: "in",
      title: "6. In kết quả",
      body: `<p>Các trang Tổng hợp, Xếp hạng, Điểm chi tiết, Kế hoạch khắc phục và Phân tích được dàn sẵn để in trên khổ
<b>A4</b> theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP): chữ Times New Roman; phần đầu có tên cơ quan
bên trái và “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc” bên phải, địa danh và ngày tháng; vùng
in chỉ gồm các bảng; dòng tiêu đề cột được lặp lại ở mỗi trang; bảng rộng in khổ ngang, vừa chiều rộng trang.</p>
<ol>
<li>Điền ${ui("settingsDocument")} ở bước 4 (cơ quan thẩm định, cơ quan chủ quản, địa danh) trước khi tạo bảng.</li>
<li>Chọn trang cần in, vào <b>Tệp → In</b> (Ctrl+P) và xem trước; chọn máy in, số bản, rồi <b>In</b>. Muốn có tệp
PDF, chọn máy in “Microsoft Print to PDF” hoặc <b>Tệp → Xuất → PDF</b>.</li>
<li>Muốn điều chỉnh (lề, hướng giấy), dùng thẻ <b>Bố trí Trang</b> của Excel; thay đổi này mất khi chạy lại bước 4,
vì trang được tạo lại.</li>
</ol>`,
    },
    {
      id: "ke-hoach",
      title: "7. Kế hoạch khắc phục",
      body: `<p>Sau khi công bố kết quả, mỗi đơn vị lập kế hoạch khắc phục cho mọi tiêu chí bị mất điểm. Ở bước
${ui("stepPlans")}, chọn ${ui("planAll")} hoặc ${ui("planOne")}, rồi bấm
${ui("planButton")}.</p>
<ul>
<li>Với ${ui("planAll")}: trang <b>Kế hoạch khắc phục</b> liệt kê theo đơn vị và lĩnh vực mọi tiêu chí chưa đạt điểm tối đa: mã, tiêu chí,
điểm tối đa, điểm đạt, điểm bị mất, và các cột để điền <b>Nguyên nhân</b>, <b>Giải pháp khắc phục</b>, <b>Sản phẩm
đầu ra</b>, <b>Đơn vị chủ trì</b>, <b>Đơn vị phối hợp</b>, <b>Thời hạn hoàn thành</b> (ngày) và <b>Tình trạng</b>
(chọn trong danh sách).</li>
<li>Với ${ui("planOne")}: phần bổ trợ tạo trang “KH &lt;tên trang của đơn vị&gt;”, văn bản kế hoạch riêng của đơn vị đó có phần đầu, các tiêu chí cần giữ vững và cần khắc phục,
nơi nhận và chỗ ký.</li>
<li>Trang <b>Phân tích</b> cho biết các tiêu chí mất nhiều điểm nhất và bao nhiêu đơn vị bị mất điểm ở đó.</li>
<li>Lập lại kế hoạch (ví dụ sau khi thẩm định lần hai) <b>giữ nguyên</b> những gì cán bộ đã điền (nguyên nhân, giải
pháp, thời hạn…).</li>
</ul>`,
      shots: [{ file: "07-ke-hoach", caption: "Bước 5: kế hoạch khắc phục cho mọi đơn vị, kèm trang Phân tích." }],
    },
  ],
  findings: {
    id: "y-nghia-phat-hien",
    title: "8. Ý nghĩa các phát hiện",
    intro: `<p>Mỗi phát hiện ở bước Kiểm tra có một mã quy tắc cố định (ví dụ <code>score-over-max</code>), mức độ, trang và
ô, mã tiêu chí, lời giải thích, giá trị cần có và giá trị đang có. <b>Lỗi</b> phải sửa trước khi đơn vị được xếp hạng;
<b>Cảnh báo</b> nên xem lại; <b>Lưu ý</b> chỉ để biết. Bảng dưới đây được tạo tự động từ danh mục quy tắc của phần
mềm nên luôn đủ mọi quy tắc. Phát hiện trên trang của đơn vị thì đơn vị sửa và gửi lại (hoặc cán bộ ghi điểm thẩm
định); phát hiện trên bộ tiêu chí thì sửa trang bộ tiêu chí rồi bấm ${ui("reread")}.</p>`,
    submissionTable: "Bảng tự đánh giá của đơn vị và sổ tính",
    frameworkTable: "Trang bộ tiêu chí",
    columns: { id: "Mã quy tắc", severity: "Mức độ", title: "Phát hiện", meaning: "Khi nào xuất hiện" },
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" },
  },
  faq: {
    id: "hoi-dap",
    title: "9. Các vấn đề thường gặp",
    items: [
      {
        q: "Không thấy nút Chấm điểm CCHC trên thẻ Trang đầu.",
        a: `Phần bổ trợ chưa được triển khai cho tài khoản hoặc máy này, hoặc mới triển khai (có thể mất đến 24 giờ).
Với thư mục dùng chung: <b>Trang đầu → Phần bổ trợ → Phần bổ trợ khác → THƯ MỤC DÙNG CHUNG</b> → Chỉ số CCHC →
<b>Thêm</b>. Nếu vẫn không có, hỏi bộ phận CNTT.`,
      },
      {
        q: "Ngăn tác vụ báo “Phiên bản Excel này quá cũ”.",
        a: `Phần bổ trợ cần ExcelApi 1.12: Microsoft 365, Excel 2021 trở lên, Excel 2019 bán lẻ đã cập nhật, Excel
cho Mac từ 16.40 hoặc Excel trên web. Nhờ CNTT cập nhật Office, mở sổ trên Excel trên web, hoặc dùng công cụ dòng
lệnh <code>par-index</code> (làm cùng các việc trên tệp .xlsx).`,
      },
      {
        q: "Ngăn tác vụ trống hoặc báo “Cần mở trong Excel”.",
        a: `“Cần mở trong Excel” nghĩa là trang được mở trong trình duyệt chứ không phải trong Excel: hãy mở từ nút
trên ruy-băng. Nếu ngăn trống, đóng ngăn và mở lại; nếu vẫn vậy, đóng Excel, xóa thư mục
<code>%LOCALAPPDATA%\\Microsoft\\Office\\16.0\\Wef\\</code> rồi mở lại, hoặc báo CNTT kiểm tra máy chủ HTTPS.`,
      },
      {
        q: "Nút “Nhập tệp của đơn vị” không dùng được.",
        a: `Excel của máy chưa hỗ trợ chèn trang từ tệp (cần ExcelApi 1.13). Chép trang bằng tay: mở tệp của đơn vị,
chuột phải vào tên trang → <b>Di chuyển hoặc Sao chép…</b> → sổ tính thẩm định → <b>Tạo bản sao</b>, rồi bấm
${ui("reread")}.`,
      },
      {
        q: "Một trang của đơn vị không được nhận là bảng tự đánh giá.",
        a: `Trang cần một dòng tiêu đề có cột mã hoặc nội dung, và cột điểm tối đa, điểm tự đánh giá hoặc điểm thẩm
định, trong 30 dòng đầu. Kiểm tra tên cột (ví dụ “Điểm tự đánh giá”, “Điểm thẩm định”), bỏ dòng trống chen giữa các
dòng tiêu đề, rồi bấm ${ui("reread")}.`,
      },
      {
        q: "Tên đơn vị hoặc nhóm đọc sai.",
        a: `Sửa ngay trong bảng ở bước 2 (tên và nhóm chỉ dùng để chấm điểm), hoặc sửa dòng tiêu đề “Đơn vị: …” trên
trang, hoặc đổi tên trang.`,
      },
      {
        q: "Mã 1.10 bị thành 1.1.",
        a: `Excel đổi mã gõ dạng số: 1.10 thành 1.1. Phần bổ trợ tự nhận lại theo nội dung và vị trí dòng (lưu ý
<code>code-ambiguous</code>); để tránh hẳn, định dạng cột mã là Văn bản (Text) trong mẫu gửi đơn vị.`,
      },
      {
        q: "Tổng điểm của đơn vị lệch với số công bố 0,01 điểm.",
        a: `Số công bố thường được làm tròn hai chữ số thập phân ở từng thành phần, nên tổng các phần có thể lệch tổng
ghi trên bảng (85,79 và 85,78). Độ lệch trong mức làm tròn chỉ là cảnh báo <code>sum-rounding</code>, đơn vị vẫn được
xếp hạng; lệch lớn hơn là lỗi <code>sum-mismatch</code>.`,
      },
      {
        q: "Đơn vị có trong Tổng hợp nhưng ghi “Chưa xếp hạng”.",
        a: `Đơn vị còn ít nhất một lỗi. Xem ở bước 3 (lọc mức độ “Lỗi”), sửa hoặc đề nghị đơn vị sửa, rồi tạo lại bảng.`,
      },
      {
        q: "Tôi đã sửa trang Tổng hợp, chạy lại thì mất.",
        a: `Các trang do phần bổ trợ tạo được thay khi chạy lại. Nhập điểm điều tra, thưởng, trừ ở bước 4 hoặc trong
cột dành cho chúng trên trang Tổng hợp (được giữ lại); ghi chú riêng nên để ở một trang khác của mình.`,
      },
      {
        q: "Máy không có Excel mới: có cách nào khác?",
        a: `Có: công cụ dòng lệnh <code>par-index</code> chạy trên mọi máy có Node.js 20 và làm cùng các việc kiểm tra,
chấm điểm, xếp hạng, lập kế hoạch trên các tệp .xlsx, ví dụ
<code>npx par-index score --out ket-qua.xlsx ho-so/*.xlsx</code>. Kết quả mở được bằng Excel hoặc LibreOffice.`,
      },
    ],
  },
  noShots:
    "Bản dựng này không kèm ảnh chụp màn hình; hướng dẫn vẫn đầy đủ bằng lời. (Ảnh do kiểm thử trình duyệt chụp từ trang xem thử và được đưa vào khi dựng.)",
  shotsNote:
    "Ảnh chụp màn hình lấy từ trang xem thử của phần mềm: bên trái là ngăn tác vụ như trong Excel, bên phải là một sổ tính giả lập thay cho Excel.",
  footer: (version) => `Chỉ số CCHC cho Excel, phiên bản ${version}. Trang này được tạo khi dựng phần bổ trợ.`,
};
