// Replaces the snapshots in api-docs/ with the documents the running platform serves through the
// gateway (/v3/api-docs/<service>). ConsoleIT fails while a snapshot differs from its service.
import { writeFileSync } from 'node:fs';

const gateway = process.env.GATEWAY ?? 'http://localhost:8080';
for (const service of ['society', 'funding', 'expert', 'event', 'publicity']) {
  const response = await fetch(`${gateway}/v3/api-docs/${service}`);
  if (!response.ok) throw new Error(`${service}: ${response.status} from ${gateway}`);
  const document = await response.json();
  writeFileSync(new URL(`../api-docs/${service}.json`, import.meta.url), JSON.stringify(document, null, 2) + '\n');
  console.log(`api-docs/${service}.json: ${Object.keys(document.paths).length} paths`);
}
