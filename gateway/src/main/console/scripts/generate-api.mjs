// Types for the typed API client, generated from the OpenAPI snapshots in api-docs/ (one per
// service). Refresh the snapshots with `npm run refresh-api-docs` against a running platform.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const out = new URL('../src/api/schema/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const file of readdirSync(new URL('../api-docs/', import.meta.url))) {
  if (!file.endsWith('.json')) continue;
  const document = JSON.parse(readFileSync(new URL(`../api-docs/${file}`, import.meta.url), 'utf8'));
  const ast = await openapiTS(document, { alphabetize: true });
  const header = `// Generated from api-docs/${file} by scripts/generate-api.mjs. Do not edit.\n`;
  writeFileSync(new URL(file.replace(/\.json$/, '.ts'), out), header + astToString(ast));
}
