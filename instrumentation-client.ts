// Runs in the browser before the app's own modules. zod compiles its object parsers with
// `new Function` after probing whether eval is allowed; under our Content-Security-Policy (no
// 'unsafe-eval') the probe itself is a reported violation. In the browser zod parses without
// compiling; the server keeps the compiled parsers (tests/e2e/csp.spec.ts listens for violations).
// zod keeps its settings on this global, which its `config()` fills: setting it here, instead of
// importing `config`, spares every page ~17 KB of zod's core (tests/unit/lib/zod-browser.test.ts
// holds zod to reading it).
const zodHost = globalThis as typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };
(zodHost.__zod_globalConfig ??= {}).jitless = true;
export {};
