import type { NextConfig } from "next";
import "./lib/env"; // a bad environment fails here, at start-up

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // No ETag on prerendered pages: Next computes it per request by hashing the whole HTML in
  // JavaScript (fnv1a52 over every character, ~1 ms for a 77 KB lesson page: most of what a lesson
  // cost above the catalog, docs/performance.md). Dynamic pages and APIs stream and never had one.
  // What is lost: a browser revalidating a prerendered page gets a 200 instead of a 304.
  generateEtags: false,
  // The Dockerfile builds with FRAMEWISE_STANDALONE=1 (a self-contained server.js); `npm start` keeps `next start`.
  output: process.env.FRAMEWISE_STANDALONE === "1" ? "standalone" : undefined,
  // The generated Prisma client and the argon2 binding load at runtime from node_modules.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "pino", "ioredis"],
  // /docs/api serves Swagger UI's files from node_modules at runtime (lib/api/docs-assets.ts).
  outputFileTracingIncludes: { "/docs/api/assets/[file]": ["./node_modules/swagger-ui-dist/swagger-ui-bundle.js"] },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // HSTS over HTTPS for every page, including the prerendered ones that skip the proxy.
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
      },
    ];
  },
};

export default nextConfig;
