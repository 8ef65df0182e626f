import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { gunzipSync } from "node:zlib";
import { findNginx, precompressStatic, renderNginxConf, type NginxSettings } from "../../../scripts/cluster/nginx";

const template = readFileSync(path.resolve("deploy/nginx.conf"), "utf8");
const settings: NginxSettings = { port: 8080, runtime: "/tmp/fw-run", staticDir: "/srv/app/.next/static", deployDir: "/srv/app/deploy", buildId: "build123" };

describe("deploy/nginx.conf", () => {
  test("every placeholder is filled; instances out of rotation are marked down", () => {
    const conf = renderNginxConf(template, settings, [{ port: 3001, down: false }, { port: 3002, down: true }]);
    expect(conf).not.toMatch(/\{\{/);
    expect(conf).toContain("server 127.0.0.1:3001 max_fails=1 fail_timeout=2s;");
    expect(conf).toContain("server 127.0.0.1:3002 max_fails=1 fail_timeout=2s down;");
    expect(conf).toContain("listen 8080;");
    expect(conf).toContain('proxy_cache_key "build123|');
    expect(() => renderNginxConf(`${template}\n# {{NOPE}}`, settings, [])).toThrow(/NOPE/);
  });

  test("the rules the deployment relies on are in the configuration", () => {
    const lines = template.split("\n").map((l) => l.trim()).filter((l) => !l.startsWith("#"));
    const has = (directive: string) => lines.some((l) => l.startsWith(directive));
    // The client's address is nginx's peer; anything a client forged is overwritten or dropped.
    expect(has("proxy_set_header X-Forwarded-For $remote_addr;")).toBe(true);
    expect(has('proxy_set_header Forwarded "";')).toBe(true);
    expect(lines.some((l) => l.includes("$proxy_add_x_forwarded_for"))).toBe(false);
    // Sessions and cookies are never cached.
    expect(has("proxy_cache_bypass $framewise_has_session;")).toBe(true);
    expect(has("proxy_no_cache $framewise_has_session $upstream_http_set_cookie;")).toBe(true);
    expect(lines.some((l) => /proxy_ignore_headers.*(Set-Cookie|Cache-Control)/i.test(l))).toBe(false);
    // POSTs are never resent to another instance.
    expect(lines.some((l) => l.includes("non_idempotent"))).toBe(false);
    // Keep-alive to the instances, shorter than Node's 5 s server timeout.
    expect(has("keepalive 32;")).toBe(true);
    expect(has("keepalive_timeout 4s;")).toBe(true);
    expect(has('proxy_set_header Connection "";')).toBe(true);
    // The same body cap as lib/http/body.ts.
    expect(has("client_max_body_size 64k;")).toBe(true);
    // No cache lock: it queues concurrent GETs of the same uncacheable URL one behind the other.
    expect(has("proxy_cache_lock off;")).toBe(true);
    expect(has("proxy_cache_lock on;")).toBe(false);
  });

  test("the session-cookie rule matches next-auth's cookie names and nothing else", () => {
    const regex = /"~\*(.+)" 1;/.exec(template.split("\n").find((l) => l.includes("session-token"))!)![1]!;
    const matches = (cookie: string) => new RegExp(regex.replaceAll("\\s", "\\s"), "i").test(cookie);
    for (const cookie of ["next-auth.session-token=abc", "theme=dark; next-auth.session-token=abc", "a=1;next-auth.session-token.0=abc", "__Secure-next-auth.session-token=abc"]) expect(matches(cookie), cookie).toBe(true);
    for (const cookie of ["next-auth.csrf-token=abc", "next-auth.callback-url=x", "my-next-auth.session-token=abc", ""]) expect(matches(cookie), cookie).toBe(false);
  });

  test("the instance is asked for gzip only for a page request that may be cached, and the cache key holds it", () => {
    const mapBody = (variable: string) => template.slice(template.indexOf(`${variable} {`)).split("}")[0]!;
    const patternOf = (variable: string) => new RegExp(/"~\*?(.+)" gzip;/.exec(mapBody(variable))![1]!, /"~\*/.test(mapBody(variable)) ? "i" : "");
    const takesGzip = patternOf("$framewise_gzip");
    for (const header of ["gzip", "gzip, deflate, br", "br, GZIP", "deflate, gzip;q=0.5", "gzip;q=1.0"]) expect(takesGzip.test(header), header).toBe(true);
    for (const header of ["", "br", "deflate", "gzip;q=0", "gzip;q=0.000", "x-gzip-not"]) expect(takesGzip.test(header), header).toBe(false);
    const upstream = patternOf("$framewise_upstream_encoding");
    // "$request_method:$framewise_has_session:$framewise_gzip:$uri"
    for (const request of ["GET:0:gzip:/", "HEAD:0:gzip:/learn/flask/philosophy"]) expect(upstream.test(request), request).toBe(true);
    for (const request of ["GET:1:gzip:/learn/flask/philosophy", "GET:0::/", "POST:0:gzip:/learn/flask", "GET:0:gzip:/api/tracks"]) expect(upstream.test(request), request).toBe(false);
    expect(template).toMatch(/proxy_cache_key "[^"]*\$framewise_upstream_encoding";/);
    // Vary is ignored for caching, so the key must hold each header Next varies on (cluster.spec.ts checks the live list).
    const key = /proxy_cache_key "([^"]*)"/.exec(template)![1]!;
    for (const header of ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"]) expect(key).toContain(`$http_${header.replaceAll("-", "_")}`);
    expect(template).toContain("proxy_set_header Accept-Encoding $framewise_upstream_encoding;");
  });

  test("precompressStatic writes a .gz next to each compressible file of 1 KiB or more, once", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "fw-static-"));
    mkdirSync(path.join(dir, "chunks"));
    const css = "body { color: red; }\n".repeat(200);
    writeFileSync(path.join(dir, "chunks", "a.css"), css);
    writeFileSync(path.join(dir, "chunks", "small.js"), "1");
    writeFileSync(path.join(dir, "chunks", "font.woff2"), Buffer.alloc(4096));
    expect(precompressStatic(dir)).toBe(1);
    expect(gunzipSync(readFileSync(path.join(dir, "chunks", "a.css.gz"))).toString()).toBe(css);
    expect(existsSync(path.join(dir, "chunks", "small.js.gz"))).toBe(false);
    expect(existsSync(path.join(dir, "chunks", "font.woff2.gz"))).toBe(false);
    expect(precompressStatic(dir)).toBe(0); // up to date
    const later = new Date(statSync(path.join(dir, "chunks", "a.css.gz")).mtimeMs + 5_000);
    utimesSync(path.join(dir, "chunks", "a.css"), later, later);
    expect(precompressStatic(dir)).toBe(1); // the file changed after its .gz
  });

  test.runIf(findNginx())("nginx accepts the rendered configuration (nginx -t)", () => {
    const runtime = mkdtempSync(path.join(os.tmpdir(), "fw-nginx-"));
    for (const dir of ["tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi", "cache"]) mkdirSync(path.join(runtime, dir), { recursive: true });
    const file = path.join(runtime, "nginx.conf");
    writeFileSync(file, renderNginxConf(template, { ...settings, runtime, staticDir: runtime, deployDir: path.resolve("deploy") }, [{ port: 3001, down: false }]));
    const result = spawnSync(findNginx()!, ["-t", "-q", "-e", path.join(runtime, "error.log"), "-c", file], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
