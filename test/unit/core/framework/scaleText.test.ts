import { formatBands, formatScale, parseBandsText, parseScaleText } from "../../../../src/core/framework/scaleText";

describe("scale text", () => {
  test.each([
    ["0; 0,5; 1", { values: [0, 0.5, 1] }],
    ["1; 0,5; 0", { values: [0, 0.5, 1] }],
    ["0 - 0,5 - 1", { values: [0, 0.5, 1] }],
    ["0-0,5-1", { values: [0, 0.5, 1] }],
    ["Có: 1 / Không: 0", { values: [0, 1] }],
    ["Có đầy đủ: 1; Chưa đầy đủ: 0,5; Không: 0", { values: [0, 0.5, 1] }],
    ["đạt 100%: 1; 80–<100%: 0.5; <80%: 0", { values: [0, 0.5, 1] }],
    ["Có: 1 điểm\nKhông: 0 điểm", { values: [0, 1] }],
    ["Bước 0,25", { step: 0.25 }],
    ["Bước 0,5 điểm", { step: 0.5 }],
    ["step 0.25", { step: 0.25 }],
    ["0,25", { step: 0.25 }],
  ])("“%s” is read", (text, expected) => {
    const { scale, ok } = parseScaleText(text);
    expect(ok).toBe(true);
    expect(scale).toEqual({ ...expected, text });
  });

  test.each(["Theo tỷ lệ hoàn thành", "Có: nhiều; Không: 0", "Bước", "Bước 0", ";"])(
    "“%s” is not a scale but its text is kept",
    (text) => {
      expect(parseScaleText(text)).toEqual({ scale: { text }, ok: false });
    },
  );

  test("a scale without text is written in Vietnamese number format", () => {
    expect(formatScale({ values: [0, 0.25, 0.5] })).toBe("0; 0,25; 0,5");
    expect(formatScale({ step: 0.25 })).toBe("Bước 0,25");
    expect(formatScale({ values: [0, 1], text: "Có: 1; Không: 0" })).toBe("Có: 1; Không: 0");
    expect(formatScale(undefined)).toBe("");
  });
});

describe("bands text", () => {
  test("Vietnamese labels get their usual English name; an unusual one is written in brackets", () => {
    const bands = [
      { label: "Xuất sắc", labelEn: "Excellent", min: 90 },
      { label: "Tốt", labelEn: "Very good", min: 82.5 },
      { label: "Loại C", min: 0 },
    ];
    const text = formatBands(bands);
    expect(text).toBe("Xuất sắc: 90; Tốt (Very good): 82,5; Loại C: 0");
    expect(parseBandsText(text)).toEqual({ bands, bad: [] });
  });

  test("thresholds written as ≥ 90%, items that cannot be read are returned", () => {
    expect(parseBandsText("Tốt: ≥ 80%; Khá; Yếu: 0")).toEqual({
      bands: [
        { label: "Tốt", labelEn: "Good", min: 80 },
        { label: "Yếu", labelEn: "Weak", min: 0 },
      ],
      bad: ["Khá"],
    });
  });
});
