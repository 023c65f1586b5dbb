// Picked files as the gateway takes them: name and base64 content.
import type { ImportFile } from "../excel/gateway.js";

/** Reads one picked file as base64 (the data URL without its "data:…;base64," prefix). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      // readAsDataURL always gives a string.
      const url = typeof reader.result === "string" ? reader.result : "";
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsDataURL(file);
  });
}

/** Reads every picked file, keeping its name for messages. */
export async function toImportFiles(files: Iterable<File>): Promise<ImportFile[]> {
  const out: ImportFile[] = [];
  for (const f of files) out.push({ fileName: f.name, base64: await readAsBase64(f) });
  return out;
}
