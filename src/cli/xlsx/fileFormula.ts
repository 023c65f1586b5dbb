// Formulas as the .xlsx file stores them. Office.js takes and returns "=RANK.EQ(...)", but in the file
// every function newer than Excel 2007 is written with a prefix ("_xlfn.RANK.EQ"); without it Excel
// shows #NAME? and LibreOffice does not recognise the function.

const XLWS = new Set(["FILTER", "SORT"]);

// Functions Excel stores with "_xlfn." (Excel 2010 and later), from Microsoft's list of future functions.
const XLFN = new Set(
  (
    "ACOT ACOTH AGGREGATE ARABIC ARRAYTOTEXT BASE BETA.DIST BETA.INV BINOM.DIST BINOM.DIST.RANGE BINOM.INV BITAND " +
    "BITLSHIFT BITOR BITRSHIFT BITXOR BYCOL BYROW CEILING.MATH CEILING.PRECISE CHISQ.DIST CHISQ.DIST.RT CHISQ.INV " +
    "CHISQ.INV.RT CHISQ.TEST CHOOSECOLS CHOOSEROWS COMBINA CONCAT CONFIDENCE.NORM CONFIDENCE.T COT COTH " +
    "COVARIANCE.P COVARIANCE.S CSC CSCH DAYS DECIMAL DROP ERF.PRECISE ERFC.PRECISE EXPAND EXPON.DIST F.DIST " +
    "F.DIST.RT F.INV F.INV.RT F.TEST FILTERXML FLOOR.MATH FLOOR.PRECISE FORECAST.ETS FORECAST.ETS.CONFINT " +
    "FORECAST.ETS.SEASONALITY FORECAST.ETS.STAT FORECAST.LINEAR FORMULATEXT GAMMA GAMMA.DIST GAMMA.INV " +
    "GAMMALN.PRECISE GAUSS HSTACK HYPGEOM.DIST IFNA IFS IMCOSH IMCOT IMCSC IMCSCH IMSEC IMSECH IMSINH IMTAN " +
    "ISFORMULA ISOMITTED ISOWEEKNUM LAMBDA LET LOGNORM.DIST LOGNORM.INV MAKEARRAY MAP MAXIFS MINIFS MODE.MULT " +
    "MODE.SNGL MUNIT NEGBINOM.DIST NETWORKDAYS.INTL NORM.DIST NORM.INV NORM.S.DIST NORM.S.INV NUMBERVALUE " +
    "PDURATION PERCENTILE.EXC PERCENTILE.INC PERCENTRANK.EXC PERCENTRANK.INC PERMUTATIONA PHI POISSON.DIST " +
    "QUARTILE.EXC QUARTILE.INC RANDARRAY RANK.AVG RANK.EQ REDUCE RRI SCAN SEC SECH SEQUENCE SHEET SHEETS SKEW.P " +
    "SORTBY STDEV.P STDEV.S SWITCH T.DIST T.DIST.2T T.DIST.RT T.INV T.INV.2T T.TEST TAKE TEXTAFTER TEXTBEFORE " +
    "TEXTJOIN TEXTSPLIT TOCOL TOROW UNICHAR UNICODE UNIQUE VALUETOTEXT VAR.P VAR.S VSTACK WEBSERVICE WEIBULL.DIST " +
    "WORKDAY.INTL WRAPCOLS WRAPROWS XLOOKUP XMATCH XOR Z.TEST"
  ).split(" "),
);

/** The file form of an English formula: functions newer than Excel 2007 get "_xlfn." ("_xlfn._xlws." for FILTER, SORT); text in quotes and sheet names are left alone. */
export function toFileFormula(formula: string): string {
  return mapFunctionNames(formula, (name) => {
    const upper = name.toUpperCase();
    if (XLWS.has(upper)) return `_xlfn._xlws.${name}`;
    if (XLFN.has(upper)) return `_xlfn.${name}`;
    return name;
  });
}

/** The formula as Excel shows it (and Office.js returns it): "_xlfn.", "_xlws." and "_xlpm." prefixes removed outside quotes. */
export function fromFileFormula(formula: string): string {
  return mapIdentifiers(formula, (id) => id.replace(/^(?:_xlfn\.|_xlws\.|_xlpm\.)+/i, ""));
}

/** Whether Excel stores this function with a "_xlfn." prefix. */
export function isFutureFunction(name: string): boolean {
  const upper = name.toUpperCase();
  return XLFN.has(upper) || XLWS.has(upper);
}

function mapFunctionNames(formula: string, rename: (name: string) => string): string {
  return mapIdentifiers(formula, (id, next) => (next === "(" ? rename(id) : id));
}

// Walks the formula, copying string literals ("…"), quoted sheet names ('…') and structured
// references ([…]) verbatim, and hands every bare identifier (function, name, cell, sheet) to `map`
// with the character that follows it (a function name is followed directly by "(").
function mapIdentifiers(formula: string, map: (id: string, next: string) => string): string {
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      for (;;) {
        if (j >= n) break;
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        if (formula[j] === "[") depth++;
        else if (formula[j] === "]" && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (/[A-Za-z_\\]/.test(ch)) {
      let j = i + 1;
      while (j < n && /[A-Za-z0-9_.\\]/.test(formula[j])) j++;
      out += map(formula.slice(i, j), formula[j] ?? "");
      i = j;
    } else if (/[0-9]/.test(ch)) {
      // A number such as 1E+5 or 1.5: its letters are not an identifier.
      let j = i + 1;
      while (j < n && /[0-9.Ee]/.test(formula[j])) j++;
      out += formula.slice(i, j);
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
