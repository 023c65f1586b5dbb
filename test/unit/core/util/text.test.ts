import { cellText, foldLoose, foldText } from "../../../../src/core/util/text";

// Titles and headers as they arrive: NFD-decomposed Vietnamese (looks the same, compares different),
// capitals, trailing spaces, line breaks inside merged header cells.

const TITLE = "Cải cách thủ tục hành chính";

describe("foldText", () => {
  it("makes NFD Vietnamese equal to NFC", () => {
    const nfd = TITLE.normalize("NFD");
    expect(nfd).not.toBe(TITLE);
    expect(foldText(nfd)).toBe(foldText(TITLE));
    expect(foldText(nfd)).toBe("cải cách thủ tục hành chính");
  });

  it("drops zero-width characters copied from web pages inside a word (Điể\\u200bm = điểm)", () => {
    expect(foldText("Điể\u200bm tối\ufeff đa")).toBe("điểm tối đa");
    expect(foldText("Điểm\u200b \u200btối đa")).toBe("điểm tối đa");
  });

  it("composes a tone mark typed after a precomposed vowel (ê + ◌́ = ế)", () => {
    expect(foldText("Kê\u0301 hoạch")).toBe(foldText("Kế hoạch"));
    expect(foldText("Kế hoạch")).toBe("kế hoạch");
  });

  it("lower-cases Vietnamese capitals, Đ and the horned vowels included", () => {
    expect(foldText("ĐIỂM TỰ ĐÁNH GIÁ")).toBe("điểm tự đánh giá");
    expect(foldText("ỦY BAN NHÂN DÂN TỈNH NINH THUẬN")).toBe("ủy ban nhân dân tỉnh ninh thuận");
    expect(foldText("ĐẠT")).toBe(foldText("đạt"));
    expect(foldText("ƯU TIÊN Ơ")).toBe("ưu tiên ơ");
  });

  it("trims and collapses spaces, tabs, line breaks and non-breaking spaces", () => {
    expect(foldText("  CẢI   CÁCH\nTHỦ TỤC\thành chính  ")).toBe("cải cách thủ tục hành chính");
    expect(foldText("Điểm\u00a0tối đa ")).toBe("điểm tối đa");
    expect(foldText("Điểm tự\r\nđánh giá")).toBe("điểm tự đánh giá");
    expect(foldText("Tiêu chí ")).toBe(foldText("Tiêu chí"));
  });

  it("keeps diacritics and punctuation: different words stay different", () => {
    expect(foldText("Có")).not.toBe(foldText("Co"));
    expect(foldText("Đạt")).not.toBe(foldText("Dat"));
    expect(foldText("1.1. Ban hành")).toBe("1.1. ban hành");
  });

  it("is empty for blank text", () => {
    expect(foldText("")).toBe("");
    expect(foldText(" \u00a0\n ")).toBe("");
  });

  it("gives the same answer when asked again (results are remembered)", () => {
    const long = `${TITLE} `.repeat(200).normalize("NFD");
    expect(foldText(long)).toBe(foldText(long));
    expect(foldText(long)).toBe(`${TITLE} `.repeat(200).trim().toLocaleLowerCase("vi"));
    expect(foldText(TITLE)).toBe(foldText(TITLE));
  });
});

describe("foldLoose", () => {
  it("drops diacritics, đ/Đ becomes d", () => {
    expect(foldLoose("Điểm tự đánh giá")).toBe("diem tu danh gia");
    expect(foldLoose("ĐIỂM TỰ ĐÁNH GIÁ")).toBe("diem tu danh gia");
    expect(foldLoose("đ Đ")).toBe("d d");
    expect(foldLoose("Ý kiến thẩm định")).toBe("y kien tham dinh");
    expect(foldLoose("Ưu Ơ ơ Ă â")).toBe("uu o o a a");
  });

  it("makes NFD and NFC and unaccented spellings equal", () => {
    expect(foldLoose(TITLE.normalize("NFD"))).toBe("cai cach thu tuc hanh chinh");
    expect(foldLoose(TITLE)).toBe(foldLoose("CAI CACH THU TUC HANH CHINH"));
  });

  it("turns punctuation into spaces but keeps % and / (header names)", () => {
    expect(foldLoose("Chỉ số (%)")).toBe("chi so %");
    expect(foldLoose("Tài liệu kiểm chứng/Giải trình")).toBe("tai lieu kiem chung/giai trinh");
    expect(foldLoose("Điểm tối đa:")).toBe("diem toi da");
    expect(foldLoose("STT.")).toBe("stt");
    expect(foldLoose("ĐIỂM TỰ ĐÁNH GIÁ (1)")).toBe("diem tu danh gia 1");
    expect(foldLoose("Phường Hồng Hà – Quảng Ninh")).toBe("phuong hong ha quang ninh");
    expect(foldLoose("1.1. Ban hành")).toBe("1 1 ban hanh");
  });

  it("collapses spaces and line breaks", () => {
    expect(foldLoose("  Điểm\n tự   đánh\u00a0giá ")).toBe("diem tu danh gia");
    expect(foldLoose("")).toBe("");
  });
});

describe("cellText", () => {
  it("is empty for an empty cell", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
  });

  it("keeps text as it is, spaces and NFD included", () => {
    expect(cellText(" 0,5 ")).toBe(" 0,5 ");
    const nfd = TITLE.normalize("NFD");
    expect(cellText(nfd)).toBe(nfd);
  });

  it("writes numbers as typed in en-US and booleans as true/false", () => {
    expect(cellText(1.1)).toBe("1.1");
    expect(cellText(0.5)).toBe("0.5");
    expect(cellText(0)).toBe("0");
    expect(cellText(2.0)).toBe("2");
    expect(cellText(true)).toBe("true");
    expect(cellText(false)).toBe("false");
  });

  it("writes an error cell as its code", () => {
    expect(cellText({ error: "#REF!" })).toBe("#REF!");
    expect(cellText({ error: "#DIV/0!" })).toBe("#DIV/0!");
  });
});
