/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload for node --require */
// Preloaded into `next start` by npm run bench:http (NODE_OPTIONS=--require): counts the
// SQL statements the server sends through `pg` and answers the count on
// SQL_COUNTER_PORT (127.0.0.1), so the bench can read it before and after one request.
// Never loaded by the application itself.
const http = require("node:http");
const path = require("node:path");

const port = Number(process.env.SQL_COUNTER_PORT);
if (port) {
  const pg = require(require.resolve("pg", { paths: [process.cwd(), path.resolve(__dirname, "../..")] }));
  let count = 0;
  let recent = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (...args) {
    count += 1;
    const text = typeof args[0] === "string" ? args[0] : args[0] && args[0].text;
    recent = [...recent.slice(-49), String(text).replace(/\s+/g, " ").slice(0, 300)];
    return original.apply(this, args);
  };
  // GET / → the count; GET /recent → the last 50 statements (to see what a render sends).
  const server = http.createServer((req, res) => res.end(req.url === "/recent" ? recent.join("\n") : String(count)));
  // Next may fork: only the first process to listen answers; the others still count nothing we read.
  server.on("error", () => {});
  server.listen(port, "127.0.0.1");
  server.unref();
}
