// Built-in sample frameworks (mẫu). They are NOT any province's official criteria set: they give a
// realistic shape to try the add-in with, and staff replace them with their province's decision.
import { Band, CriterionNode, Framework, ScoreSource, ScoringScale } from "../types.js";
import { formatVi, sum } from "../util/numbers.js";
import { inheritedFlags } from "./model.js";

interface LeafSpec {
  title: string;
  max: number;
  scale?: ScoringScale;
  source?: ScoreSource;
  evidence?: boolean;
}
interface GroupSpec {
  title: string;
  children: Spec[];
}
type Spec = LeafSpec | GroupSpec;

const v = (x: number) => formatVi(x);

function leaf(title: string, max: number, scale?: ScoringScale, opts: { evidence?: boolean } = {}): LeafSpec {
  return { title, max, scale, evidence: opts.evidence };
}
function survey(title: string, max: number): LeafSpec {
  return { title, max, source: "survey", evidence: false };
}
function group(title: string, children: Spec[]): GroupSpec {
  return { title, children };
}

/** Explicit levels, highest first, as the decision writes them ("Đạt 100%: 2; …; Dưới 90%: 0"). */
function tiers(...levels: [string, number][]): ScoringScale {
  return {
    values: [...new Set(levels.map(([, x]) => x))].sort((a, b) => a - b),
    text: levels.map(([label, x]) => `${label}: ${v(x)}`).join("; "),
  };
}
const yesNo = (max: number, yes = "Có", no = "Không") => tiers([yes, max], [no, 0]);
const full = (max: number) => tiers(["Có đầy đủ", max], ["Chưa đầy đủ", max / 2], ["Không", 0]);
const timely = (max: number) => tiers(["Đúng thời hạn", max], ["Chậm thời hạn", max / 2], ["Không thực hiện", 0]);
const pct = (max: number) => tiers(["Đạt 100%", max], ["Từ 80% đến dưới 100%", max / 2], ["Dưới 80%", 0]);
const step = (x: number): ScoringScale => ({ step: x, text: `Bước ${v(x)} điểm` });

function build(specs: Spec[], prefix = ""): CriterionNode[] {
  return specs.map((s, i) => {
    const code = prefix === "" ? String(i + 1) : `${prefix}.${i + 1}`;
    if ("children" in s) {
      const children = build(s.children, code);
      return { code, title: s.title, max: sum(children.map((c) => c.max)), children, ...inheritedFlags(children) };
    }
    const source = s.source ?? "self";
    const node: CriterionNode = {
      code,
      title: s.title,
      max: s.max,
      children: [],
      source,
      evidenceRequired: s.evidence ?? source === "self",
    };
    if (s.scale) node.scale = s.scale;
    return node;
  });
}

/** The classification bands of the samples (the thresholds many provinces use; configurable). */
export function sampleBands(): Band[] {
  return [
    { label: "Xuất sắc", labelEn: "Excellent", min: 90 },
    { label: "Tốt", labelEn: "Good", min: 80 },
    { label: "Khá", labelEn: "Fair", min: 70 },
    { label: "Trung bình", labelEn: "Average", min: 50 },
    { label: "Yếu", labelEn: "Weak", min: 0 },
  ];
}

const SIPAS = () =>
  group("Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính (SIPAS)", [
    survey("Tiếp cận dịch vụ hành chính công", 2),
    survey("Thủ tục hành chính", 2),
    survey("Công chức trực tiếp giải quyết công việc", 3),
    survey("Kết quả giải quyết công việc", 3),
  ]);

function communeAreas(): Spec[] {
  return [
    group("Công tác chỉ đạo, điều hành CCHC", [
      group("Kế hoạch cải cách hành chính năm", [
        leaf("Ban hành kế hoạch CCHC năm đúng thời hạn", 1, timely(1)),
        leaf("Kế hoạch xác định đầy đủ nhiệm vụ, sản phẩm, thời hạn và trách nhiệm thực hiện", 1, full(1)),
        leaf("Mức độ hoàn thành kế hoạch CCHC năm", 1, pct(1)),
      ]),
      group("Thực hiện chế độ báo cáo CCHC định kỳ", [
        leaf("Báo cáo đầy đủ (quý, 6 tháng, năm)", 1, full(1)),
        leaf("Báo cáo đúng thời hạn", 1, timely(1)),
      ]),
      group("Tự kiểm tra công tác CCHC", [
        leaf("Ban hành kế hoạch tự kiểm tra công tác CCHC", 0.5, yesNo(0.5)),
        leaf("Thực hiện kế hoạch tự kiểm tra và xử lý tồn tại, hạn chế phát hiện qua kiểm tra", 1.5, step(0.25)),
      ]),
      leaf("Thông tin, tuyên truyền và sáng kiến, giải pháp mới trong thực hiện CCHC", 3, step(0.5)),
    ]),
    group("Cải cách thể chế", [
      group("Xây dựng, ban hành văn bản quy phạm pháp luật của cấp xã", [
        leaf("Thực hiện đúng quy trình xây dựng, ban hành văn bản", 1.5, full(1.5)),
        leaf("Lấy ý kiến Nhân dân, đối tượng chịu tác động đối với dự thảo văn bản", 1, full(1)),
        leaf("Đăng tải văn bản lên Cơ sở dữ liệu quốc gia về pháp luật đúng thời hạn", 0.5, yesNo(0.5)),
      ]),
      group("Tự kiểm tra, rà soát, hệ thống hóa văn bản", [
        leaf("Ban hành kế hoạch rà soát, hệ thống hóa văn bản", 0.5, yesNo(0.5)),
        leaf("Mức độ hoàn thành kế hoạch rà soát", 1, pct(1)),
        leaf("Xử lý văn bản trái pháp luật, không còn phù hợp được phát hiện", 1.5, full(1.5)),
      ]),
      group("Tổ chức thi hành pháp luật, phổ biến, giáo dục pháp luật", [
        leaf("Tổ chức phổ biến, giáo dục pháp luật cho Nhân dân", 1.5, step(0.25)),
        leaf("Đạt chuẩn tiếp cận pháp luật", 0.5, yesNo(0.5, "Đạt", "Không đạt")),
      ]),
    ]),
    group("Cải cách thủ tục hành chính", [
      group("Công khai thủ tục hành chính", [
        leaf("Công khai đầy đủ, kịp thời TTHC tại Bộ phận Một cửa", 1, full(1)),
        leaf("Công khai TTHC trên Trang thông tin điện tử của xã", 1, full(1)),
        leaf("Niêm yết địa chỉ tiếp nhận phản ánh, kiến nghị về TTHC", 0.5, yesNo(0.5)),
      ]),
      group("Thực hiện cơ chế một cửa, một cửa liên thông", [
        leaf("Bộ phận Một cửa bảo đảm cơ sở vật chất, trang thiết bị theo quy định", 1, full(1)),
        leaf(
          "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn",
          2,
          tiers(["Đạt 100%", 2], ["Từ 95% đến dưới 100%", 1.5], ["Từ 90% đến dưới 95%", 1], ["Dưới 90%", 0]),
        ),
        leaf(
          "Thực hiện xin lỗi người dân, tổ chức khi giải quyết hồ sơ quá hạn",
          1,
          tiers(["Thực hiện đầy đủ", 1], ["Chưa đầy đủ", 0.5], ["Không thực hiện", 0]),
        ),
      ]),
      group("Số hóa hồ sơ, kết quả giải quyết TTHC", [
        leaf(
          "Tỷ lệ hồ sơ TTHC được số hóa khi tiếp nhận",
          1.5,
          tiers(["Từ 80% trở lên", 1.5], ["Từ 50% đến dưới 80%", 0.75], ["Dưới 50%", 0]),
        ),
        leaf(
          "Tỷ lệ kết quả giải quyết TTHC được số hóa",
          1.5,
          tiers(["Từ 80% trở lên", 1.5], ["Từ 50% đến dưới 80%", 0.75], ["Dưới 50%", 0]),
        ),
      ]),
      leaf(
        "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về TTHC",
        2,
        tiers(["Xử lý đúng hạn 100%", 2], ["Có phản ánh, kiến nghị xử lý quá hạn", 1], ["Không xử lý", 0]),
      ),
      group("Cung cấp dịch vụ công trực tuyến", [
        leaf("Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến", 1.5, pct(1.5)),
        leaf("Tỷ lệ thanh toán trực tuyến phí, lệ phí", 1, pct(1)),
      ]),
    ]),
    group("Cải cách tổ chức bộ máy hành chính nhà nước", [
      group("Thực hiện quy định về tổ chức bộ máy", [
        leaf("Ban hành quy chế làm việc của UBND cấp xã theo quy định", 1, yesNo(1)),
        leaf("Bố trí công chức đúng cơ cấu, chức danh theo quy định", 1, full(1)),
        leaf("Thực hiện đúng số lượng cán bộ, công chức được giao", 1, yesNo(1, "Đúng", "Vượt")),
      ]),
      group("Thực hiện phân cấp, ủy quyền", [
        leaf("Thực hiện đầy đủ nhiệm vụ được phân cấp, ủy quyền", 1, full(1)),
        leaf("Báo cáo, đánh giá tình hình thực hiện phân cấp, ủy quyền", 1, yesNo(1)),
      ]),
      leaf("Kiểm tra tình hình tổ chức và hoạt động của các tổ chức thuộc UBND cấp xã", 2, full(2)),
    ]),
    group("Cải cách chế độ công vụ", [
      group("Quản lý, sử dụng cán bộ, công chức theo vị trí việc làm", [
        leaf("Bố trí công chức theo vị trí việc làm được phê duyệt", 1.5, full(1.5)),
        leaf("Cập nhật Cơ sở dữ liệu cán bộ, công chức đầy đủ, đúng quy định", 1.5, full(1.5)),
      ]),
      leaf(
        "Đánh giá, xếp loại chất lượng cán bộ, công chức",
        2,
        tiers(["Đúng quy định, đúng thời hạn", 2], ["Chưa đúng thời hạn", 1], ["Không thực hiện", 0]),
      ),
      group("Đào tạo, bồi dưỡng cán bộ, công chức", [
        leaf("Ban hành kế hoạch đào tạo, bồi dưỡng năm", 0.5, yesNo(0.5)),
        leaf("Mức độ hoàn thành kế hoạch đào tạo, bồi dưỡng", 1, pct(1)),
        leaf("Tỷ lệ cán bộ, công chức đạt chuẩn theo quy định", 1, pct(1), { evidence: false }),
      ]),
      group("Kỷ luật, kỷ cương hành chính", [
        leaf("Thực hiện quy định về văn hóa công vụ", 1.5, step(0.5)),
        leaf("Không có cán bộ, công chức bị xử lý kỷ luật", 1, yesNo(1, "Không có", "Có")),
        leaf("Thực hiện dân chủ ở cơ sở", 1, full(1)),
      ]),
    ]),
    group("Cải cách tài chính công", [
      group("Quản lý, sử dụng ngân sách", [
        leaf("Công khai dự toán, quyết toán ngân sách đúng quy định", 1, full(1)),
        leaf(
          "Tỷ lệ giải ngân vốn đầu tư công được giao",
          2,
          tiers(["Từ 95% trở lên", 2], ["Từ 80% đến dưới 95%", 1], ["Dưới 80%", 0]),
        ),
      ]),
      leaf("Xây dựng và thực hiện quy chế chi tiêu nội bộ", 1.5, full(1.5)),
      group("Quản lý, sử dụng tài sản công", [
        leaf(
          "Ban hành quy chế quản lý, sử dụng tài sản công; kiểm kê, báo cáo tài sản công đúng quy định",
          1.5,
          full(1.5),
        ),
        leaf("Thực hiện kết luận thanh tra, kiểm toán về tài chính, tài sản", 1, full(1)),
      ]),
    ]),
    group("Xây dựng và phát triển chính quyền điện tử, chính quyền số", [
      group("Ứng dụng công nghệ thông tin trong hoạt động của UBND cấp xã", [
        leaf("Sử dụng hệ thống quản lý văn bản và điều hành", 1.5, pct(1.5)),
        leaf("Tỷ lệ văn bản đi được ký số", 1, pct(1)),
        leaf("Sử dụng hệ thống thư điện tử công vụ", 1, full(1)),
        leaf("Bảo đảm an toàn thông tin mạng", 1.5, full(1.5)),
      ]),
      leaf("Trang thông tin điện tử của xã cập nhật thông tin đầy đủ, kịp thời", 2, full(2)),
      group("Chuyển đổi số", [
        leaf("Ban hành kế hoạch chuyển đổi số năm", 0.5, yesNo(0.5)),
        leaf("Hoạt động của Tổ công nghệ số cộng đồng", 1.5, full(1.5)),
        leaf("Tỷ lệ người dân trưởng thành có danh tính điện tử và sử dụng dịch vụ số", 2, pct(2), { evidence: false }),
      ]),
      leaf("Kết nối, chia sẻ dữ liệu với các cơ sở dữ liệu quốc gia và của tỉnh", 2, step(0.5)),
    ]),
    group("Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH", [
      SIPAS(),
      group("Khảo sát người dân về kết quả thực hiện CCHC của chính quyền cấp xã", [
        survey("Tính công khai, minh bạch", 2.5),
        survey("Trách nhiệm giải trình của chính quyền", 2.5),
        survey("Chất lượng cung cấp dịch vụ công", 3),
      ]),
      group("Tác động của CCHC đến phát triển kinh tế - xã hội", [
        leaf(
          "Thực hiện chỉ tiêu thu ngân sách nhà nước trên địa bàn",
          2,
          tiers(["Vượt dự toán", 2], ["Đạt dự toán", 1.5], ["Đạt từ 90% đến dưới 100%", 1], ["Dưới 90%", 0]),
        ),
        leaf("Tỷ lệ giảm hộ nghèo theo kế hoạch", 2, pct(2)),
        leaf("Thực hiện các chỉ tiêu phát triển kinh tế - xã hội do HĐND cấp xã giao", 2, step(0.5)),
        leaf("Bảo đảm an ninh, trật tự, giải quyết khiếu nại, tố cáo trên địa bàn", 2, full(2)),
      ]),
      group("Tác động của CCHC đến hoạt động của chính quyền cấp xã", [
        leaf("Không có văn bản của xã bị hủy bỏ, bãi bỏ do trái pháp luật", 1, yesNo(1, "Không có", "Có")),
        leaf("Không có hồ sơ TTHC quá hạn giải quyết", 1, yesNo(1, "Không có", "Có")),
        leaf("Tỷ lệ nhiệm vụ UBND tỉnh giao được hoàn thành đúng hạn", 2, pct(2)),
      ]),
    ]),
  ];
}

function departmentAreas(): Spec[] {
  return [
    group("Công tác chỉ đạo, điều hành CCHC", [
      group("Kế hoạch cải cách hành chính năm của cơ quan", [
        leaf("Ban hành kế hoạch CCHC năm đúng thời hạn", 1, timely(1)),
        leaf(
          "Mức độ hoàn thành kế hoạch CCHC năm",
          2,
          tiers(["Đạt 100%", 2], ["Từ 80% đến dưới 100%", 1], ["Dưới 80%", 0]),
        ),
      ]),
      group("Thực hiện chế độ báo cáo CCHC định kỳ", [
        leaf("Báo cáo đầy đủ (quý, 6 tháng, năm)", 1, full(1)),
        leaf("Báo cáo đúng thời hạn", 1, timely(1)),
      ]),
      group("Kiểm tra công tác CCHC đối với các phòng, đơn vị trực thuộc", [
        leaf("Ban hành kế hoạch kiểm tra công tác CCHC", 0.5, yesNo(0.5)),
        leaf("Thực hiện kế hoạch kiểm tra và xử lý tồn tại phát hiện qua kiểm tra", 1.5, step(0.25)),
      ]),
      leaf("Thông tin, tuyên truyền và sáng kiến, giải pháp mới trong CCHC", 3, step(0.5)),
    ]),
    group("Cải cách thể chế", [
      group("Tham mưu xây dựng văn bản quy phạm pháp luật thuộc lĩnh vực quản lý", [
        leaf(
          "Mức độ hoàn thành chương trình xây dựng văn bản QPPL được giao",
          2,
          tiers(["Đạt 100%", 2], ["Từ 80% đến dưới 100%", 1], ["Dưới 80%", 0]),
        ),
        leaf("Không có dự thảo văn bản bị trả lại do chưa bảo đảm chất lượng", 1, yesNo(1, "Không có", "Có")),
        leaf("Lấy ý kiến đối tượng chịu tác động đối với dự thảo văn bản", 1, full(1)),
      ]),
      group("Rà soát, hệ thống hóa văn bản quy phạm pháp luật", [
        leaf("Thực hiện rà soát văn bản định kỳ, thường xuyên", 1.5, full(1.5)),
        leaf("Xử lý kết quả rà soát theo thẩm quyền hoặc kiến nghị xử lý", 1.5, full(1.5)),
      ]),
      leaf("Theo dõi tình hình thi hành pháp luật trong lĩnh vực quản lý", 3, step(0.5)),
    ]),
    group("Cải cách thủ tục hành chính", [
      group("Rà soát, đơn giản hóa thủ tục hành chính", [
        leaf("Ban hành kế hoạch rà soát, đơn giản hóa TTHC", 0.5, yesNo(0.5)),
        leaf("Mức độ hoàn thành kế hoạch rà soát", 1, pct(1)),
        leaf("Phương án đơn giản hóa được cấp có thẩm quyền thông qua", 1.5, step(0.5)),
      ]),
      group("Công bố, công khai thủ tục hành chính", [
        leaf("Tham mưu công bố danh mục TTHC đúng thời hạn", 1.5, timely(1.5)),
        leaf("Công khai TTHC trên Cổng Dịch vụ công của tỉnh", 1.5, full(1.5)),
      ]),
      group("Kết quả giải quyết thủ tục hành chính", [
        leaf(
          "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn",
          2,
          tiers(["Đạt 100%", 2], ["Từ 95% đến dưới 100%", 1.5], ["Từ 90% đến dưới 95%", 1], ["Dưới 90%", 0]),
        ),
        leaf("Tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến toàn trình", 1.5, pct(1.5)),
        leaf("Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa", 1.5, pct(1.5)),
      ]),
      leaf(
        "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về TTHC",
        3,
        tiers(["Xử lý đúng hạn 100%", 3], ["Có phản ánh, kiến nghị xử lý quá hạn", 1.5], ["Không xử lý", 0]),
      ),
    ]),
    group("Cải cách tổ chức bộ máy hành chính nhà nước", [
      group("Thực hiện quy định về tổ chức bộ máy", [
        leaf("Quy định chức năng, nhiệm vụ của các phòng, đơn vị thuộc cơ quan đúng quy định", 1.5, yesNo(1.5)),
        leaf("Thực hiện tinh giản biên chế theo kế hoạch", 1.5, pct(1.5)),
      ]),
      group("Quản lý đơn vị sự nghiệp công lập trực thuộc", [
        leaf("Giao quyền tự chủ cho đơn vị sự nghiệp công lập", 1.5, full(1.5)),
        leaf("Tỷ lệ giảm chi trực tiếp từ ngân sách nhà nước cho đơn vị sự nghiệp", 1.5, pct(1.5), { evidence: false }),
      ]),
      leaf("Thực hiện phân cấp, ủy quyền trong lĩnh vực quản lý", 2, full(2)),
    ]),
    group("Cải cách chế độ công vụ", [
      group("Quản lý công chức, viên chức theo vị trí việc làm", [
        leaf("Bố trí công chức, viên chức theo vị trí việc làm được phê duyệt", 1.5, full(1.5)),
        leaf("Cập nhật Cơ sở dữ liệu công chức, viên chức đầy đủ, đúng quy định", 1.5, full(1.5)),
      ]),
      group("Tuyển dụng, bổ nhiệm, đánh giá công chức, viên chức", [
        leaf("Tuyển dụng công chức, viên chức đúng quy định", 1.5, full(1.5)),
        leaf("Bổ nhiệm, bổ nhiệm lại lãnh đạo quản lý đúng quy trình", 1.5, full(1.5)),
        leaf(
          "Đánh giá, xếp loại chất lượng công chức, viên chức",
          2,
          tiers(["Đúng quy định, đúng thời hạn", 2], ["Chưa đúng thời hạn", 1], ["Không thực hiện", 0]),
        ),
      ]),
      group("Kỷ luật, kỷ cương hành chính", [
        leaf("Thực hiện quy định về văn hóa công vụ", 1.5, step(0.5)),
        leaf("Không có công chức, viên chức bị xử lý kỷ luật", 1.5, yesNo(1.5, "Không có", "Có")),
        leaf("Thực hiện dân chủ trong hoạt động của cơ quan", 1, full(1)),
      ]),
    ]),
    group("Cải cách tài chính công", [
      group("Quản lý, sử dụng kinh phí", [
        leaf(
          "Tỷ lệ giải ngân vốn đầu tư công được giao",
          2,
          tiers(["Từ 95% trở lên", 2], ["Từ 80% đến dưới 95%", 1], ["Dưới 80%", 0]),
        ),
        leaf("Công khai ngân sách và thực hiện quy chế chi tiêu nội bộ", 2, full(2)),
      ]),
      group("Quản lý, sử dụng tài sản công", [
        leaf("Ban hành quy chế quản lý, sử dụng tài sản công", 0.5, yesNo(0.5)),
        leaf("Kiểm kê, báo cáo tài sản công đúng quy định", 1.5, full(1.5)),
      ]),
      leaf("Thực hiện kết luận thanh tra, kiểm toán về tài chính, tài sản", 2, full(2)),
    ]),
    group("Xây dựng và phát triển chính quyền điện tử, chính quyền số", [
      group("Ứng dụng công nghệ thông tin trong chỉ đạo, điều hành", [
        leaf("Tỷ lệ văn bản trao đổi dưới dạng điện tử", 1.5, pct(1.5)),
        leaf("Tỷ lệ văn bản đi được ký số", 1.5, pct(1.5)),
      ]),
      group("Cơ sở dữ liệu chuyên ngành", [
        leaf("Xây dựng, cập nhật cơ sở dữ liệu chuyên ngành", 2, step(0.5)),
        leaf("Kết nối, chia sẻ dữ liệu với các hệ thống thông tin của tỉnh", 1, full(1)),
      ]),
      group("Cung cấp dịch vụ công trực tuyến", [
        leaf(
          "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình",
          2,
          tiers(["Từ 80% trở lên", 2], ["Từ 50% đến dưới 80%", 1], ["Dưới 50%", 0]),
        ),
        leaf("Tích hợp, cung cấp dịch vụ công trên Cổng Dịch vụ công quốc gia", 2, full(2)),
      ]),
      group("An toàn thông tin và chuyển đổi số", [
        leaf("Bảo đảm an toàn thông tin mạng theo cấp độ", 2, full(2)),
        leaf("Ban hành kế hoạch chuyển đổi số năm", 0.5, yesNo(0.5)),
        leaf("Mức độ hoàn thành kế hoạch chuyển đổi số", 1.5, pct(1.5)),
      ]),
    ]),
    group("Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH", [
      SIPAS(),
      survey("Đánh giá của lãnh đạo, quản lý về kết quả CCHC của cơ quan (điều tra xã hội học)", 8),
      group("Tác động của CCHC đến phát triển ngành, lĩnh vực", [
        leaf(
          "Mức độ thực hiện các chỉ tiêu phát triển kinh tế - xã hội của ngành",
          2,
          tiers(["Đạt và vượt 100%", 2], ["Từ 80% đến dưới 100%", 1], ["Dưới 80%", 0]),
        ),
        leaf("Đóng góp cải thiện các chỉ số PCI, PAPI, DDCI của tỉnh", 2, step(0.5)),
        leaf("Tỷ lệ nhiệm vụ UBND tỉnh giao được hoàn thành đúng hạn", 2, pct(2)),
      ]),
    ]),
  ];
}

function communeSample(): Framework {
  return {
    id: "mau-cap-xa",
    name: "Bộ tiêu chí xác định Chỉ số CCHC cấp xã (mẫu)",
    legalBasis: "",
    year: 2025,
    level: "Cấp xã",
    sample: true,
    notApplicableRule: "rescale",
    groups: ["Phường", "Xã", "Đặc khu"],
    bands: sampleBands(),
    bonusMax: 2,
    penaltyMax: 5,
    areas: build(communeAreas()),
  };
}

function departmentSample(): Framework {
  return {
    id: "mau-so-nganh",
    name: "Bộ tiêu chí xác định Chỉ số CCHC các sở, ban, ngành (mẫu)",
    legalBasis: "",
    year: 2025,
    level: "Sở, ban, ngành",
    sample: true,
    notApplicableRule: "rescale",
    groups: ["Sở, ban, ngành"],
    bands: sampleBands(),
    bonusMax: 2,
    penaltyMax: 5,
    areas: build(departmentAreas()),
  };
}

/** The built-in sample frameworks, freshly built (callers may change them freely). */
export function builtinFrameworks(): Framework[] {
  return [communeSample(), departmentSample()];
}

/** A built-in sample by id ("mau-cap-xa", "mau-so-nganh"); undefined when there is none. */
export function getBuiltinFramework(id: string): Framework | undefined {
  return builtinFrameworks().find((f) => f.id === id);
}
