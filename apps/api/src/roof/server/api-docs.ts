import { API_TAGS } from '../../ground/http/routes';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };
type Operation = {
  tags?: string[];
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema; description?: string }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
};
type OpenApiDocument = {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function paragraphs(text: string | undefined): string {
  if (!text) return '';
  return text
    .split(/\n{2,}/)
    .map((part) => `<p>${escapeHtml(part).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>`)
    .join('');
}

/** Inlines referenced component schemas a few levels deep; deeper ones stay as their name. */
function inlineRefs(schema: Json, components: Record<string, Schema>, depth = 0): Json {
  if (Array.isArray(schema)) return schema.map((item) => inlineRefs(item, components, depth));
  if (schema === null || typeof schema !== 'object') return schema;
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const name = ref.replace('#/components/schemas/', '');
    const target = components[name];
    return target && depth < 4 ? inlineRefs(target, components, depth + 1) : { $ref: name };
  }
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, inlineRefs(value, components, depth)]),
  );
}

function schemaBlock(schema: Schema | undefined, components: Record<string, Schema>): string {
  if (!schema) return '';
  const ref = typeof schema.$ref === 'string' ? schema.$ref.replace('#/components/schemas/', '') : undefined;
  const title = ref ? `<a href="#schema-${escapeHtml(ref)}">${escapeHtml(ref)}</a>` : '';
  return `${title}<pre>${escapeHtml(JSON.stringify(inlineRefs(schema, components), null, 2))}</pre>`;
}

function renderOperation(
  method: string,
  path: string,
  op: Operation,
  components: Record<string, Schema>,
): string {
  const id = `${method}-${path}`.replace(/[^a-zA-Z0-9]+/g, '-');
  const parameters = op.parameters?.length
    ? `<h4>Parameters</h4><table><tr><th>Name</th><th>In</th><th>Required</th><th>Schema</th></tr>${op.parameters
        .map(
          (p) =>
            `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td><code>${escapeHtml(JSON.stringify(p.schema ?? {}))}</code></td></tr>`,
        )
        .join('')}</table>`
    : '';
  const bodySchema = op.requestBody?.content?.['application/json']?.schema;
  const body = bodySchema
    ? `<h4>Request body (application/json)</h4>${schemaBlock(bodySchema, components)}`
    : '';
  const responses = Object.entries(op.responses ?? {})
    .map(([status, response]) => {
      const schema = response.content?.['application/json']?.schema;
      const block = schema && Number(status) < 400 ? schemaBlock(schema, components) : '';
      return `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(response.description ?? '')}${block}</li>`;
    })
    .join('');
  return `<section class="op" id="${id}"><h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3><p class="summary">${escapeHtml(op.summary ?? '')}</p>${paragraphs(op.description)}${parameters}${body}<h4>Responses</h4><ul>${responses}</ul></section>`;
}

/** A self-contained HTML reference of the API (no scripts, no external files), grouped by tag. */
export function renderApiDocs({ document }: { document: OpenApiDocument }): string {
  const components = document.components?.schemas ?? {};
  const byTag = new Map<string, string[]>();
  const toc: string[] = [];
  for (const tag of API_TAGS) byTag.set(tag, []);
  for (const [path, item] of Object.entries(document.paths).sort(([a], [b]) => a.localeCompare(b))) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? 'other';
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag)!.push(renderOperation(method, path, op, components));
    }
  }
  const sections = [...byTag.entries()]
    .filter(([, ops]) => ops.length > 0)
    .map(([tag, ops]) => {
      toc.push(`<a href="#tag-${tag}">${escapeHtml(tag)}</a>`);
      return `<h2 id="tag-${tag}">${escapeHtml(tag)}</h2>${ops.join('')}`;
    })
    .join('');
  const schemas = Object.entries(components)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([name, schema]) =>
        `<section class="op" id="schema-${escapeHtml(name)}"><h3>${escapeHtml(name)}</h3><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></section>`,
    )
    .join('');

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(document.info.title)} — API reference</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header,main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem}
nav a{margin-right:1rem}
h2{border-bottom:2px solid #ddd;padding-top:1.5rem;text-transform:capitalize}
.op{background:#fff;border:1px solid #e2e2e2;border-radius:6px;padding:.75rem 1rem;margin:1rem 0}
.op h3{margin:.25rem 0;font-size:1.05rem}
.method{display:inline-block;min-width:4rem;text-align:center;border-radius:4px;padding:0 .4rem;color:#fff;font-size:.85rem}
.get{background:#1f6feb}.post{background:#1a7f37}.put,.patch{background:#9a6700}.delete{background:#cf222e}
.summary{font-weight:600;margin:.25rem 0}
pre{background:#f3f3f3;padding:.5rem;overflow:auto;font-size:.8rem;max-height:28rem}
table{border-collapse:collapse;font-size:.9rem}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
code{font-size:.9em}
</style></head>
<body><header><h1>${escapeHtml(document.info.title)} <small>${escapeHtml(document.info.version)}</small></h1>${paragraphs(document.info.description)}
<nav>${toc.join('')}<a href="#schemas">schemas</a><a href="/api/openapi.json">openapi.json</a></nav></header>
<main>${sections}<h2 id="schemas">Schemas</h2>${schemas}</main></body></html>`;
}
