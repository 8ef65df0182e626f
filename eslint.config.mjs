import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layering: lib/ never imports app/ (routes compose lib, not the other way round), and only lib/db
// touches the generated Prisma client (everything else goes through lib/db/queries).
const appImports = { group: ["@/app/*", "**/app/*", "../app", "../../app"], message: "lib/ must not import from app/: move the shared code into lib/." };
const prismaImports = { group: ["@/lib/generated/*", "**/generated/prisma", "**/generated/prisma/*", "@prisma/client", "@prisma/client/*"], message: "Only lib/db imports the Prisma client: add a query in lib/db/queries." };
// Pages call the API through lib/api/refs (method and path, typed by the contract): the contract's
// values are zod schemas, which would ship to the browser with every page that calls an endpoint.
const contractImports = { group: ["@/lib/api/contract/*"], allowTypeImports: true, message: "Pages call endpoints through lib/api/refs; import the contract for its types only." };

const config = [
  ...next,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  { files: ["lib/**/*.{ts,tsx}"], ignores: ["lib/db/**"], rules: { "no-restricted-imports": ["error", { patterns: [appImports, prismaImports] }] } },
  { files: ["lib/db/**/*.{ts,tsx}"], rules: { "no-restricted-imports": ["error", { patterns: [appImports] }] } },
  { files: ["app/**/*.{ts,tsx}", "proxy.ts"], rules: { "no-restricted-imports": ["error", { patterns: [prismaImports] }] } },
  { files: ["app/**/*.{ts,tsx}"], ignores: ["app/api/**"], rules: { "no-restricted-imports": ["error", { patterns: [prismaImports, contractImports] }] } },
];
export default config;
