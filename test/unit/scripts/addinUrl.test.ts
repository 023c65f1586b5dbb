// The add-in's address for a deployment (scripts/addin-url.js, used by webpack.config.js): which
// ADDIN_URL values are accepted, how manifest.xml is rewritten for one, and its version.
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";

const root = path.resolve(__dirname, "../../..");

interface AddinUrl {
  DEV_URL: string;
  addinBaseUrl(value: string | undefined): string;
  manifestVersion(packageVersion: string): string;
  rewriteManifest(xml: string, base: string, version: string): string;
  manifestUrls(xml: string): string[];
}
const lib = createRequire(__filename)(path.join(root, "scripts", "addin-url.js")) as AddinUrl;
const source = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };

describe("ADDIN_URL", () => {
  it("defaults to the development address", () => {
    expect(lib.addinBaseUrl(undefined)).toBe("https://localhost:3000");
    expect(lib.addinBaseUrl("  ")).toBe("https://localhost:3000");
  });

  it("keeps a sub-folder and a port, drops trailing slashes, lower-cases the host", () => {
    expect(lib.addinBaseUrl("https://CCHC.example.gov.vn/par-index/")).toBe("https://cchc.example.gov.vn/par-index");
    expect(lib.addinBaseUrl("https://host:8443/a/b//")).toBe("https://host:8443/a/b");
    expect(lib.addinBaseUrl("https://host")).toBe("https://host");
  });

  it.each([
    ["http://host/par", /HTTPS/],
    ["https://host/par?x=1", /query/],
    ["https://host/par#top", /fragment/],
    ["https://user:pw@host/par", /password/],
    ["host/par", /not a valid address/],
  ])("refuses %s", (value, message) => {
    expect(() => lib.addinBaseUrl(value)).toThrow(message);
  });
});

describe("the manifest for an address", () => {
  const base = "https://cchc.example.gov.vn/ung-dung/par-index";
  const xml = lib.rewriteManifest(source, base, "2.3.4.0");

  it("moves every URL under the address and the app domain to its origin", () => {
    const urls = lib.manifestUrls(xml);
    expect(urls).toHaveLength(lib.manifestUrls(source).length);
    expect(urls.filter((u) => !u.startsWith(base + "/"))).toEqual(["https://cchc.example.gov.vn"]);
    expect(xml).toContain("<AppDomain>https://cchc.example.gov.vn</AppDomain>");
    expect(xml).toContain(`<SourceLocation DefaultValue="${base}/taskpane.html"/>`);
    expect(xml).toContain(`<bt:Url id="Commands.Url" DefaultValue="${base}/commands.html"/>`);
    expect(xml).not.toContain("localhost");
  });

  it("sets <Version>", () => {
    expect(xml).toContain("<Version>2.3.4.0</Version>");
    expect(xml.match(/<Version>/g)).toHaveLength(1);
  });

  it("finds all eleven URLs of manifest.xml (so none is left out of the rewrite)", () => {
    expect(lib.manifestUrls(source)).toHaveLength(11);
    expect(lib.manifestUrls(source).every((u) => u.startsWith(lib.DEV_URL))).toBe(true);
  });

  it("refuses a manifest with a URL it cannot move", () => {
    const extra = source.replace("</AppDomains>", "<AppDomain>https://elsewhere.example</AppDomain></AppDomains>");
    expect(() => lib.rewriteManifest(extra, base, "1.0.0.0")).toThrow(/elsewhere/);
  });

  it("leaves the development manifest as it is for the default address", () => {
    expect(lib.rewriteManifest(source, lib.DEV_URL, lib.manifestVersion(pkg.version))).toBe(source);
  });
});

describe("the manifest's version", () => {
  it("is package.json's version in four parts", () => {
    expect(lib.manifestVersion("0.1.0")).toBe("0.1.0.0");
    expect(lib.manifestVersion("12.3.45-beta.1")).toBe("12.3.45.0");
    expect(() => lib.manifestVersion("1.2")).toThrow(/x\.y\.z/);
  });
});
