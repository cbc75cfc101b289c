// Turns operators' published CustomResourceDefinition YAML files into the schemas validate.mjs
// uses: one JSON file per served version, schemas/<group>_<version>_<Kind>.json, holding the
// version's openAPIV3Schema without its descriptions (the structure is all validation needs).
// Usage: node extract-crd-schemas.mjs <crd.yaml>...
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { parseAllDocuments } from "yaml";

function withoutDescriptions(node) {
  if (Array.isArray(node)) return node.map(withoutDescriptions);
  if (node && typeof node === "object") {
    return Object.fromEntries(Object.entries(node)
      .filter(([key, value]) => !(key === "description" && typeof value === "string"))
      .map(([key, value]) => [key, withoutDescriptions(value)]));
  }
  return node;
}

const target = new URL("./schemas/", import.meta.url);
mkdirSync(target, { recursive: true });
for (const file of process.argv.slice(2)) {
  for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
    const crd = doc.toJS();
    if (crd?.kind !== "CustomResourceDefinition") continue;
    for (const version of crd.spec.versions.filter(v => v.served)) {
      const name = `${crd.spec.group}_${version.name}_${crd.spec.names.kind}.json`;
      writeFileSync(new URL(name, target), JSON.stringify(withoutDescriptions(version.schema.openAPIV3Schema)) + "\n");
      console.log(name);
    }
  }
}
