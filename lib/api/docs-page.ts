// The API's reference page (/api/v1/docs, issue 14): Swagger UI from the swagger-ui-dist package,
// served by the app itself (nothing is fetched from the internet), under the app's
// Content-Security-Policy: its two scripts carry the request's nonce. Style overrides bring
// Swagger UI's colours and labels to WCAG 2.1 AA (docs/decisions/024-api-and-tokens.md).
import { readFile } from "node:fs/promises";
import path from "node:path";

/** The nonce proxy.ts put in the request's Content-Security-Policy, or null. */
export function nonceOf(request: Request): string | null {
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(request.headers.get("content-security-policy") ?? "")?.[1] ?? null;
}

const DIST = path.join(process.cwd(), "node_modules", "swagger-ui-dist");

/** A file of swagger-ui-dist, cached for a day (the package's version is fixed). */
export async function swaggerAsset(file: "swagger-ui-bundle.js" | "swagger-ui.css", contentType: string): Promise<Response> {
  const body = await readFile(path.join(DIST, file));
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "public, max-age=86400" } });
}

/**
 * Swagger UI's own colours fail WCAG AA contrast in places (grey on white, the method badges'
 * white on light colours); these darken them. The rest of the page is Swagger UI's.
 */
export const DOCS_OVERRIDES = `
.swagger-ui .info .title small pre, .swagger-ui .info .title small { background: #3b4151; color: #fff; }
.swagger-ui .info .title small.version-stamp { background: #2f6b00; }
.swagger-ui .opblock .opblock-summary-method { background: #1d1d1d; color: #fff; text-shadow: none; }
.swagger-ui .opblock.opblock-get .opblock-summary-method { background: #0b5394; }
.swagger-ui .opblock.opblock-put .opblock-summary-method { background: #7a4100; }
.swagger-ui .opblock.opblock-post .opblock-summary-method { background: #1e6b3c; }
.swagger-ui .opblock-tag small, .swagger-ui .opblock .opblock-summary-description, .swagger-ui .parameter__in,
.swagger-ui .parameter__type, .swagger-ui .prop-format, .swagger-ui .response-col_links, .swagger-ui table thead tr th,
.swagger-ui .model-title, .swagger-ui .model .property, .swagger-ui .renderedMarkdown p, .swagger-ui .markdown p,
.swagger-ui .opblock-description-wrapper p, .swagger-ui .response-col_description, .swagger-ui .model,
.swagger-ui .tab li, .swagger-ui .opblock .opblock-section-header h4, .swagger-ui .servers-title, .swagger-ui label,
.swagger-ui .parameter__name, .swagger-ui .prop-type, .swagger-ui span.prop-enum, .swagger-ui .model-toggle:after,
.swagger-ui .info li, .swagger-ui .info p, .swagger-ui .info table, .swagger-ui .opblock-tag { color: #1d1d1d; }
.swagger-ui .prop-type { color: #4b2a85; }
.swagger-ui .parameter__name.required span, .swagger-ui .parameter__name.required:after { color: #b00020; }
.swagger-ui .info a, .swagger-ui a.nostyle, .swagger-ui .info .link { color: #0b5394; }
.swagger-ui .btn.authorize { color: #1e6b3c; border-color: #1e6b3c; }
.swagger-ui .btn.authorize svg { fill: #1e6b3c; }
.swagger-ui .opblock-summary-path, .swagger-ui .opblock-summary-path a { color: #1d1d1d; }
.swagger-ui .response-control-media-type__accept-message { color: #1e6b3c; }
.swagger-ui .scheme-container { box-shadow: none; border-bottom: 1px solid #d0d0d0; }
.swagger-ui a, .swagger-ui .info a { text-decoration: underline; }
.swagger-ui :focus-visible { outline: 3px solid #0b5394; outline-offset: 2px; }
`;

/** The page: Swagger UI reading /api/v1/openapi.json, its scripts with the nonce. */
export function docsPage(nonce: string | null): string {
  const n = nonce ? ` nonce="${nonce}"` : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dugnad API – reference</title>
<link rel="stylesheet" href="/api/v1/docs/swagger-ui.css">
<style>${DOCS_OVERRIDES}</style>
</head>
<body>
<main>
<h1 style="font-family: sans-serif; margin: 1rem 1.25rem 0; font-size: 1.5rem; color: #1d1d1d">Dugnad API – reference</h1>
<p style="font-family: sans-serif; margin: .5rem 1.25rem; color: #1d1d1d">The OpenAPI document: <a href="/api/v1/openapi.json" style="color:#0b5394">/api/v1/openapi.json</a>. Tokens are made under <a href="/profil/api-tokener" style="color:#0b5394">Min profil → API-tokener</a>.</p>
<div id="swagger-ui"></div>
</main>
<script src="/api/v1/docs/swagger-ui-bundle.js"${n}></script>
<script${n}>
window.ui = SwaggerUIBundle({
  url: "/api/v1/openapi.json",
  dom_id: "#swagger-ui",
  validatorUrl: null,
  // Deep links would put a link inside each operation's toggle button (nested controls, WCAG 4.1.2).
  deepLinking: false,
  defaultModelsExpandDepth: 0,
  // The highlighter's colours fail AA contrast on its dark background; plain text does not.
  syntaxHighlight: false,
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout",
});
// Swagger UI's server select has no label of its own.
new MutationObserver(function () {
  var s = document.getElementById("servers");
  if (s && !s.hasAttribute("aria-label")) s.setAttribute("aria-label", "Server");
}).observe(document.getElementById("swagger-ui"), { childList: true, subtree: true });
</script>
</body>
</html>`;
}
