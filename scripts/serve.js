/* eslint-disable no-undef */
/**
 * A small static file server on localhost: the playground (build/playground/)
 * for `npm start` on machines without desktop Excel, the end-to-end tests and
 * the start-up benchmark (which also serves the add-in's dist/). Browsers treat
 * http://localhost as a secure origin, so no certificate is needed.
 */
const http = require("http");
const fs = require("fs");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".md": "text/markdown; charset=utf-8",
};

/** The playground's build folder. */
const PLAYGROUND = path.join(__dirname, "..", "build", "playground");

/** The first of `bases` that has `pathname`, or undefined (a path leaving its base never matches). */
function find(bases, pathname) {
  for (const base of bases) {
    const file = path.normalize(path.join(base, decodeURIComponent(pathname)));
    if (file.startsWith(base) && fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return undefined;
}

/**
 * Serves `root` (a folder, or several, searched in order) on 127.0.0.1:`port`
 * (0 = any free port); resolves to the server once listening. "/" is the playground.
 */
function serve(root, port = 0) {
  const bases = (Array.isArray(root) ? root : [root]).map((r) => path.resolve(r));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || "/", "http://localhost");
    const file = find(bases, url.pathname === "/" ? "/playground.html" : url.pathname);
    fs.readFile(file || "", (err, data) => {
      if (err) {
        res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
        "Cache-Control": "no-store",
      });
      res.end(data);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

module.exports = { serve, PLAYGROUND };

if (require.main === module) {
  const port = Number(process.env.PORT || process.argv[2] || 3000);
  serve(PLAYGROUND, port).then((s) => {
    console.log(`Serving build/playground/ at http://localhost:${s.address().port}/`);
  });
}
