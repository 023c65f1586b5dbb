// The address the add-in is served from, and the manifest rewritten for it. manifest.xml is written
// for development (https://localhost:3000); `ADDIN_URL=https://host/path npm run build` gives
// dist/web/manifest.xml whose every URL is under that address, and whose <Version> follows
// package.json. Used by webpack.config.js; pure functions, tested in test/unit/scripts.
"use strict";

/** The development address that manifest.xml is written for. */
const DEV_URL = "https://localhost:3000";

/**
 * The add-in's base address from ADDIN_URL (default: the development address), without a trailing
 * slash. Throws, in Vietnamese and English, on anything Office would refuse: not HTTPS, a query or
 * fragment, user info, or not a URL at all.
 */
function addinBaseUrl(value) {
  const raw = (value ?? "").trim();
  if (raw === "") return DEV_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `ADDIN_URL không phải địa chỉ hợp lệ: "${raw}" (ví dụ https://cchc.tinh.gov.vn/par-index). ` +
        `ADDIN_URL is not a valid address: "${raw}".`,
    );
  }
  const problems = [];
  if (url.protocol !== "https:")
    problems.push("Office chỉ nạp phần bổ trợ qua HTTPS / Office loads add-ins over HTTPS only");
  if (url.search || url.hash) problems.push("không được có ?… hoặc #… / no query or fragment");
  if (url.username || url.password) problems.push("không được có tên đăng nhập / no user name or password");
  if (problems.length > 0) throw new Error(`ADDIN_URL "${raw}": ${problems.join("; ")}.`);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** The manifest's four-part version from package.json's semver: "0.1.0" → "0.1.0.0" (a pre-release tag is dropped). */
function manifestVersion(packageVersion) {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(packageVersion);
  if (!m) throw new Error(`package.json version "${packageVersion}" is not x.y.z`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/** The origin (scheme, host, port) of a base address: what <AppDomain> holds. */
function originOf(base) {
  return new URL(base).origin;
}

/**
 * manifest.xml for `base`: every development URL moved under `base` (the app domain becomes its
 * origin) and <Version> set to `version`. Throws when the manifest holds a URL of another address
 * afterwards, so a new URL added to manifest.xml cannot slip through unrewritten.
 */
function rewriteManifest(xml, base, version) {
  const out = xml
    .replace(/<AppDomain>\s*https:\/\/localhost:3000\/?\s*<\/AppDomain>/g, `<AppDomain>${originOf(base)}</AppDomain>`)
    .replace(/https:\/\/localhost:3000(?=[/"<])/g, base)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  const strays = manifestUrls(out).filter((u) => !u.startsWith(base) && u !== originOf(base));
  if (strays.length > 0) throw new Error(`manifest.xml: URLs outside ${base} remain: ${strays.join(", ")}`);
  return out;
}

/** Every URL the add-in is loaded from in a manifest: attribute values and element texts that are http(s) addresses, namespaces excluded. */
function manifestUrls(xml) {
  const urls = [];
  for (const m of xml.matchAll(/DefaultValue="(https?:\/\/[^"]*)"|Value="(https?:\/\/[^"]*)"/g))
    urls.push(m[1] ?? m[2]);
  for (const m of xml.matchAll(/>\s*(https?:\/\/[^<\s]*)\s*</g)) urls.push(m[1]);
  return urls;
}

module.exports = { DEV_URL, addinBaseUrl, manifestVersion, rewriteManifest, manifestUrls, originOf };
