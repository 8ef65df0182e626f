import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The API reference's files, all same-origin so the strict CSP holds: swagger-ui-dist's bundle
 * (self-hosted, pinned in package.json; its stylesheet is imported by the page) and our init script. Its init is
 * an external file because the CSP refuses unhashed inline scripts; it loads the bundle, then starts
 * Swagger UI on /api/openapi.json.
 */
const INIT_JS = `"use strict";
function start() {
  // Swagger UI's own node, a child of <body> after <main>: inside React's tree, hydration (which can
  // finish after a cached bundle has rendered) would wipe it; React 19 skips nodes scripts add to <body>.
  var mount = document.createElement("section");
  mount.id = "swagger-ui";
  mount.setAttribute("aria-label", "API operations");
  document.getElementById("main").after(mount);
  var bundle = document.createElement("script");
  bundle.src = "/docs/api/assets/swagger-ui-bundle.js";
  bundle.onload = function () {
    window.SwaggerUIBundle({
      url: "/api/openapi.json",
      dom_id: "#swagger-ui",
      deepLinking: true,
      docExpansion: "list",
      defaultModelsExpandDepth: 0,
      // Calls from the page carry the learner's own session cookie; "Try it out" is for GETs only.
      supportedSubmitMethods: ["get"],
      presets: [window.SwaggerUIBundle.presets.apis],
      plugins: [accessible],
      layout: "BaseLayout",
    });
  };
  bundle.onerror = function () {
    mount.textContent = "The API reference could not load. The raw document is at /api/openapi.json.";
  };
  document.head.appendChild(bundle);
}
// Swagger UI's markup fixed through its own plugin system (wrapComponents), not by patching the DOM:
// - the path in an operation's summary is a deep link (<a href="#/tag/op">) inside the summary's
//   <button>: a link nested in a button (axe nested-interactive). Deep linking stays on (the address
//   bar follows the open operation, tags keep their links); only the summary's path renders as text.
// - the servers <select> sits in an empty <label>: give it a name (axe select-name).
function accessible(system) {
  var h = system.React.createElement;
  return {
    wrapComponents: {
      OperationSummaryPath: function (Original) {
        return function (props) {
          return h(Original, Object.assign({}, props, { operationProps: props.operationProps.set("isDeepLinkingEnabled", false) }));
        };
      },
      Servers: function (Original) {
        return function (props) {
          return h(system.React.Fragment, null, h("label", { htmlFor: "servers", className: "fw-visually-hidden" }, "Server for Try it out"), h(Original, props));
        };
      },
    },
  };
}
// Swagger UI's own dark theme is keyed on html.dark-mode; the site's theme (system or button) on html.dark.
function followTheme() {
  var root = document.documentElement;
  var sync = function () { root.classList.toggle("dark-mode", root.classList.contains("dark")); };
  sync();
  new MutationObserver(sync).observe(root, { attributes: true, attributeFilter: ["class"] });
}
followTheme();
// React hoists async scripts into <head>: from the cache this can run before the body is parsed.
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
`;

const VENDOR: Record<string, string> = { "swagger-ui-bundle.js": "text/javascript; charset=utf-8" };
const OWN: Record<string, { type: string; body: string }> = {
  "init.js": { type: "text/javascript; charset=utf-8", body: INIT_JS },
};

const cache = new Map<string, Uint8Array<ArrayBuffer>>();

/** A file by name (nothing outside the list), or null. */
export async function docsAsset(name: string): Promise<{ type: string; body: Uint8Array<ArrayBuffer> | string } | null> {
  const own = OWN[name];
  if (own) return own;
  const type = VENDOR[name];
  if (!type) return null;
  let body = cache.get(name);
  if (!body) {
    body = new Uint8Array(await readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", name)));
    cache.set(name, body);
  }
  return { type, body };
}
