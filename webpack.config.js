// Builds the task pane and the ribbon-command bundles that manifest.xml points at (dist/web). The
// browser preview page (the real task pane on the in-memory fake Excel) is built only when asked,
// with --env preview (npm run preview, npm run build:preview), into dist/preview. Any other build
// fails if it would contain the preview or the fake (src/excel/fake).
// ADDIN_URL=https://host/path moves every URL of the copied manifest under that address
// (scripts/addin-url.js; default https://localhost:3000); its <Version> follows package.json.
// Production bundles carry a content hash in their names, so a browser never mixes an old cached
// bundle with a new page; the pages that load them (taskpane.html, commands.html) keep fixed names.
// The user guide (help.html in Vietnamese, help-en.html in English; the manifest's support page) is
// written at build time by src/help/index.ts from the guide's text and the rule catalogue. Its
// screenshots are the browser test's pictures of the preview page (test-artifacts/browser, or
// PAR_HELP_SCREENSHOTS): copied into help/ and shown when present; the guide reads whole without them.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { addinBaseUrl, manifestVersion, rewriteManifest } = require("./scripts/addin-url.js");
const { version } = require("./package.json");

const PORT = Number(process.env.PAR_DEV_PORT || 3000);

/** HTTPS options from the office-addin dev certificates, read from their files
 *  (office-addin-dev-certs' getHttpsServerOptions() throws where the CA cannot be trusted). */
function devHttps() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const present = Object.values(files).every((f) => fs.existsSync(path.join(dir, f)));
  if (!present) {
    console.warn(
      `[dev-server] Chưa có chứng chỉ phát triển trong ${dir}; chạy "npx office-addin-dev-certs install" trước. ` +
        "No dev certificates found; serving plain HTTP (fine for the preview, not for Office).",
    );
    return undefined;
  }
  const read = (f) => fs.readFileSync(path.join(dir, f));
  return { type: "https", options: { key: read(files.key), cert: read(files.cert), ca: read(files.ca) } };
}

/** The screenshots for the guide: the browser test's PNGs (test/system/browser/workflow.test.ts). */
const HELP_SHOTS_DIR = path.resolve(
  process.env.PAR_HELP_SCREENSHOTS || path.join(__dirname, "test-artifacts", "browser"),
);

/** The names (without .png) of the screenshots present in `dir`; none when the folder is absent. */
function helpShots(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /^[\w-]+\.png$/.test(f))
    .map((f) => f.slice(0, -4))
    .sort();
}

const PREVIEW_ONLY = [path.join(__dirname, "src", "preview"), path.join(__dirname, "src", "excel", "fake")];

/** What a build that was not asked for the preview must not contain: modules of the preview or the
 *  fake (absolute paths), and preview pages or bundles (asset names). Empty when the build is clean. */
function previewLeaks(moduleResources, assetNames) {
  const modules = moduleResources.filter((r) => PREVIEW_ONLY.some((dir) => r.startsWith(dir + path.sep)));
  const assets = assetNames.filter((a) => /(^|\/)preview\b/.test(a));
  return [...modules.map((m) => path.relative(__dirname, m)), ...assets];
}

/** Fails the compilation when previewLeaks finds anything (the production bundles never carry the fake). */
class NoPreviewPlugin {
  apply(compiler) {
    compiler.hooks.afterCompile.tap("NoPreviewPlugin", (compilation) => {
      const resources = [...compilation.modules].map((m) => m.resource).filter(Boolean);
      const leaks = previewLeaks(resources, Object.keys(compilation.assets));
      if (leaks.length > 0) {
        const { WebpackError } = compiler.webpack;
        compilation.errors.push(
          new WebpackError(`This build must not contain the preview or the fake Excel, but has: ${leaks.join(", ")}`),
        );
      }
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const preview = env.preview === true || env.preview === "true";
  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
  };
  const html = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
    }),
    new HtmlWebpackPlugin({
      filename: "commands.html",
      template: "./src/commands/commands.html",
      chunks: ["commands"],
    }),
  ];
  const shots = helpShots(HELP_SHOTS_DIR);
  for (const [filename, helpLang] of [
    ["help.html", "vi"],
    ["help-en.html", "en"],
  ])
    html.push(
      new HtmlWebpackPlugin({
        filename,
        template: "./src/help/index.ts",
        templateParameters: { helpLang, helpShots: shots, version },
        inject: false,
        chunks: [],
      }),
    );
  if (preview) {
    entry.preview = "./src/preview/index.tsx";
    html.push(
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] }),
    );
  }
  const out = path.resolve(__dirname, "dist", preview ? "preview" : "web");
  const base = addinBaseUrl(process.env.ADDIN_URL);
  return {
    devtool: dev ? "source-map" : false,
    entry,
    output: { path: out, filename: dev ? "[name].js" : "[name].[contenthash:10].js", clean: true },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // startEngineWorker.mts is an ES module (import.meta, for the engine's Web Worker).
      extensionAlias: { ".js": [".ts", ".tsx", ".js"], ".mjs": [".mts", ".mjs"] },
    },
    module: {
      rules: [
        {
          test: /\.m?tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.web.json", transpileOnly: false } },
        },
      ],
    },
    plugins: [
      ...html,
      ...(preview ? [] : [new NoPreviewPlugin()]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          ...shots.map((name) => ({ from: path.join(HELP_SHOTS_DIR, `${name}.png`), to: `help/${name}.png` })),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString("utf8"), base, manifestVersion(version)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: out },
      headers: { "Access-Control-Allow-Origin": "*" },
      // The dev certificates are read (and their absence reported) only when serving (`webpack serve`).
      server: preview || !env.WEBPACK_SERVE ? "http" : devHttps() || "http",
      port: PORT,
      open: preview ? "/preview.html" : false,
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports.previewLeaks = previewLeaks;
module.exports.helpShots = helpShots;
