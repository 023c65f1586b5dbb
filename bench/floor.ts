// The floor the command line is measured against: ExcelJS alone reading a workbook file and
// writing a workbook of the same sheets, nothing else. Usage: node floor.js <in.xlsx> <out.xlsx>
import * as ExcelJS from "exceljs";

async function floor(input: string, output: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  await workbook.xlsx.writeFile(output);
}

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write("usage: node floor.js <in.xlsx> <out.xlsx>\n");
  process.exit(2);
}
floor(input, output).catch((e: unknown) => {
  process.stderr.write(`floor: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
