// The manifest schemas shipped in scripts/schemas/office-manifest are the files their README
// describes (its table of sha256 sums), every one of them, and the README says under which terms
// they are shipped: a changed or added schema cannot slip in without its README saying so.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

const dir = path.resolve(__dirname, "..", "..", "..", "scripts", "schemas", "office-manifest");
const readme = fs.readFileSync(path.join(dir, "README.md"), "utf8");
const table = new Map(
  [...readme.matchAll(/\|\s*`([\w.]+\.xsd)`\s*\|\s*`([0-9a-f]{64})`\s*\|/g)].map((m) => [m[1], m[2]]),
);

describe("the shipped manifest schemas", () => {
  it("are exactly the files of the README's table, with those sums", () => {
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".xsd"))
      .sort();
    expect([...table.keys()].sort()).toEqual(files);
    for (const f of files)
      expect(
        createHash("sha256")
          .update(fs.readFileSync(path.join(dir, f)))
          .digest("hex"),
      ).toBe(table.get(f));
  });

  it("hold the schema the check starts from and every file it imports", () => {
    const imports = (f: string) =>
      [...fs.readFileSync(path.join(dir, f), "utf8").matchAll(/schemaLocation="([^"]+)"/g)].map((m) => m[1]);
    const seen = new Set<string>();
    const todo = ["OfficeAppManifestV1_1.xsd"];
    while (todo.length > 0) {
      const f = todo.pop()!;
      if (seen.has(f)) continue;
      expect(fs.existsSync(path.join(dir, f))).toBe(true);
      seen.add(f);
      todo.push(...imports(f));
    }
    expect(seen.size).toBeGreaterThanOrEqual(4);
  });

  it("say under which terms they are shipped and where they come from", () => {
    expect(readme).toMatch(/Intellectual Property Rights Notice for Open Specifications Documentation/);
    expect(readme).toMatch(/distribute in your implementation, with or\s+without modification, any schema/);
    expect(readme).toMatch(/MS-OWEMXML/);
    expect(readme).toMatch(/not covered by\s+this repository's MIT licence/);
  });
});
