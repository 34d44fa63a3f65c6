import { ERROR_CATALOG, type CatalogEntry, type CodeSurface } from '../../domain/error-catalog';

/**
 * /docs/errors: the error catalog as a page, one section per code whose `id` is the code, so
 * `/docs/errors#evidence_reused` lands on it. Static HTML and a stylesheet, no script: the page
 * needs nothing the docs CSP would have to allow.
 */

const GROUPS: [CodeSurface, string, string][] = [
  ['error', 'Errors', 'The `code` of a REST problem body (`{"detail", "code"}`) and of a GraphQL error (`Error.code` on typed results, `extensions.code` otherwise).'],
  ['check', 'Check results', 'The `code` of each check in a credential test, a retest or a scheduled re-check (`credentials_valid`, `inbound_reachable`, `outbound_authorized`), and of a connection’s `last_error`.'],
  ['verification', 'Number verification', 'The `code` of the `inbound_routing` and `outbound_authorization` checks when a number is verified.'],
  ['import', 'Import results', 'The `code` of a number that failed to import.'],
  ['call', 'Test calls', 'The `code` of the `outbound_call` and `inbound_call` checks of a verification or a test call, including why a provider refused to place a call (its own code is beside it as `carrier_code`).'],
  ['delivery', 'Webhook deliveries', 'The `error` of a webhook delivery attempt that got no answer; after `address_refused`, a colon and the reason follow.'],
];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Catalog text marks code with backticks. */
const text = (s: string) => escape(s).replace(/`([^`]+)`/g, '<code>$1</code>');

function section(e: CatalogEntry): string {
  const also = e.surfaces.length > 1 ? `<p class="also">Also appears in: ${e.surfaces.slice(1).join(', ')}.</p>` : '';
  return `<section id="${escape(e.code)}">
<h3><a href="#${escape(e.code)}"><code>${escape(e.code)}</code></a>${e.status ? ` <span class="status">HTTP ${e.status}</span>` : ''}</h3>
<p>${text(e.meaning)}</p>
${e.causes.length ? `<h4>Likely causes</h4><ul>${e.causes.map((c) => `<li>${text(c)}</li>`).join('')}</ul>` : ''}
<h4>What to do</h4><p>${text(e.fix)}</p>
${also}
</section>`;
}

export function errorCatalogHtml(): string {
  const groups = GROUPS.map(([surface, title, intro]) => {
    const entries = ERROR_CATALOG.filter((e) => e.surfaces[0] === surface);
    return `<h2 id="${surface}-codes">${title}</h2>\n<p>${text(intro)}</p>\n${entries.map(section).join('\n')}`;
  });
  const index = GROUPS.map(([surface, title]) => `<li><a href="#${surface}-codes">${title}</a>: ${ERROR_CATALOG.filter((e) => e.surfaces[0] === surface).map((e) => `<a href="#${escape(e.code)}">${escape(e.code)}</a>`).join(', ')}</li>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>Trunkline error and check codes</title>
<link rel="stylesheet" href="/docs/errors.css" />
</head>
<body>
<main>
<h1>Error and check codes</h1>
<p>Every machine <code>code</code> the Trunkline API can answer with: what it means, what usually causes it, and what to do. The same list is at <a href="/docs/errors.json">/docs/errors.json</a>; the API reference is at <a href="/docs">/docs</a>.</p>
<ul class="index">${index.join('')}</ul>
${groups.join('\n')}
</main>
</body>
</html>`;
}

export const ERROR_CATALOG_CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}
main{max-width:50rem;margin:0 auto;padding:1rem 1.5rem 4rem}
section{border-top:1px solid #ddd;padding:.5rem 0}
section:target{background:#fff8d6}
h3{margin:.5rem 0;font-size:1.1rem}h3 a{color:inherit;text-decoration:none}
h4{margin:.5rem 0 .25rem;font-size:.95rem}
.status{font-weight:normal;font-size:.85rem;color:#555}
.also{font-size:.85rem;color:#555}
code{font-family:ui-monospace,monospace;background:#f3f3f3;padding:0 .2em;border-radius:3px}
.index li{margin-bottom:.5rem}`;

export const errorCatalogJson = () => JSON.stringify({ codes: ERROR_CATALOG });
