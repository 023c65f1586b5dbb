import fc from "fast-check";
import { fromFileFormula, isFutureFunction, toFileFormula } from "../../../src/cli/xlsx/index.js";

describe("toFileFormula", () => {
  it("prefixes the functions newer than Excel 2007 that the summary sheets use", () => {
    expect(toFileFormula("=RANK.EQ(C4,$C$4:$C$30)")).toBe("=_xlfn.RANK.EQ(C4,$C$4:$C$30)");
    expect(toFileFormula('=NUMBERVALUE("0,5",",",".")')).toBe('=_xlfn.NUMBERVALUE("0,5",",",".")');
    expect(toFileFormula('=IFS(D4>=90,"Xuất sắc",D4>=80,"Tốt")')).toBe('=_xlfn.IFS(D4>=90,"Xuất sắc",D4>=80,"Tốt")');
    expect(toFileFormula('=MAXIFS(D:D,B:B,"Phường")+MINIFS(D:D,B:B,"Xã")')).toBe(
      '=_xlfn.MAXIFS(D:D,B:B,"Phường")+_xlfn.MINIFS(D:D,B:B,"Xã")',
    );
    expect(toFileFormula('=TEXTJOIN(", ",TRUE,CONCAT(A1,B1))')).toBe('=_xlfn.TEXTJOIN(", ",TRUE,_xlfn.CONCAT(A1,B1))');
    expect(toFileFormula("=XLOOKUP(A1,B:B,C:C)*STDEV.S(D:D)")).toBe("=_xlfn.XLOOKUP(A1,B:B,C:C)*_xlfn.STDEV.S(D:D)");
    expect(toFileFormula("=SORT(FILTER(A2:B9,B2:B9>0))")).toBe("=_xlfn._xlws.SORT(_xlfn._xlws.FILTER(A2:B9,B2:B9>0))");
  });

  it("leaves Excel 2007 functions alone", () => {
    const f =
      '=IFERROR(SUMPRODUCT((B4:B30="Phường")*(D4:D30>D4))+1,"")&COUNTIFS(B:B,"Xã")&RANK(D4,D:D)&ROUND(SUM(C4:C9),2)';
    expect(toFileFormula(f)).toBe(f);
  });

  it("does not touch text in quotes, sheet names, names or structured references", () => {
    expect(toFileFormula('=IF(A1="RANK.EQ(",1,0)')).toBe('=IF(A1="RANK.EQ(",1,0)');
    expect(toFileFormula('="a""IFS(""b"&IFS(A1,1)')).toBe('="a""IFS(""b"&_xlfn.IFS(A1,1)');
    expect(toFileFormula("='IFS(2)'!A1+'It''s CONCAT('!B2")).toBe("='IFS(2)'!A1+'It''s CONCAT('!B2");
    expect(toFileFormula("=IFS!A1+CONCAT")).toBe("=IFS!A1+CONCAT");
    expect(toFileFormula("=SUM(Bang[IFS(])")).toBe("=SUM(Bang[IFS(])");
  });

  it("is idempotent and case-insensitive", () => {
    expect(toFileFormula("=rank.eq(A1,A:A)")).toBe("=_xlfn.rank.eq(A1,A:A)");
    const once = toFileFormula("=RANK.EQ(A1,A:A)+NUMBERVALUE(B1)");
    expect(toFileFormula(once)).toBe(once);
  });

  it("never changes a string literal, whatever it holds", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const literal = `"${s.replace(/"/g, '""')}"`;
        const out = toFileFormula(`=${literal}&RANK.EQ(A1,A:A)`);
        expect(out).toBe(`=${literal}&_xlfn.RANK.EQ(A1,A:A)`);
      }),
    );
  });
});

describe("fromFileFormula", () => {
  it("gives back the formula as Excel shows it", () => {
    expect(fromFileFormula("_xlfn.RANK.EQ(C4,$C$4:$C$30)")).toBe("RANK.EQ(C4,$C$4:$C$30)");
    expect(fromFileFormula("_xlfn._xlws.SORT(A1:A9)")).toBe("SORT(A1:A9)");
    expect(fromFileFormula('_xlfn.LET(_xlpm.x,1,_xlpm.x+"_xlfn.")')).toBe('LET(x,1,x+"_xlfn.")');
  });

  it("undoes toFileFormula", () => {
    for (const f of [
      '=RANK.EQ(C4,C:C)+IFS(A1,"NUMBERVALUE(",TRUE,1)',
      "=SUM('Tổng hợp'!D4:D30)",
      "=SORT(FILTER(A:A,B:B))",
    ]) {
      expect(fromFileFormula(toFileFormula(f))).toBe(f);
    }
  });

  it("knows which functions are future functions", () => {
    expect(isFutureFunction("rank.eq")).toBe(true);
    expect(isFutureFunction("RANK")).toBe(false);
  });
});
