// Builds the task pane and the ribbon-command bundles that manifest.xml points at, plus the
// browser preview page (the real task pane on an in-memory workbook).
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

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

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
  };
  const html = [
    new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
    new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
  ];
  if (fs.existsSync("./src/preview/index.tsx")) {
    entry.preview = "./src/preview/index.tsx";
    html.push(new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] }));
  }
  return {
    devtool: dev ? "source-map" : false,
    entry,
    output: { path: path.resolve(__dirname, "dist", "web"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"], extensionAlias: { ".js": [".ts", ".tsx", ".js"] } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.web.json", transpileOnly: false } },
        },
      ],
    },
    plugins: [
      ...html,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.join(__dirname, "dist", "web") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.preview ? "http" : devHttps() || "http",
      port: PORT,
      open: env.preview ? "/preview.html" : false,
      client: { overlay: { warnings: false } },
    },
  };
};
