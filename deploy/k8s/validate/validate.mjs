// Validates every object of rendered Kubernetes manifests (multi-document YAML files) offline:
// core objects with the kubernetes-models validators (the Kubernetes OpenAPI schema), operator
// resources with their CRD's openAPIV3Schema from schemas/ (see README.md there). As the API
// server's strict field validation does, a field a CRD schema does not declare is an error.
// Prints one line per problem and exits 1 if there is any, or if an object's kind has no schema.
// Usage: node validate.mjs <rendered.yaml>...
import { readFileSync, existsSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";
import { validate as validateObjectMeta } from "@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta";

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const crdValidators = new Map();

/** The CRD schema as JSON Schema, with the Kubernetes extensions the API server applies. */
function asJsonSchema(node) {
  if (Array.isArray(node)) return node.map(asJsonSchema);
  if (!node || typeof node !== "object") return node;
  const schema = Object.fromEntries(Object.entries(node).map(([key, value]) =>
    [key, key === "properties" || key === "patternProperties"
      ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, asJsonSchema(sub)]))
      : asJsonSchema(value)]));
  if (schema["x-kubernetes-int-or-string"]) {
    delete schema.type;
    schema.anyOf = [{ type: "integer" }, { type: "string" }];
  }
  if (schema.nullable && typeof schema.type === "string") schema.type = [schema.type, "null"];
  if (schema.properties && schema.additionalProperties === undefined && !schema["x-kubernetes-preserve-unknown-fields"]) {
    schema.additionalProperties = false;
  }
  return schema;
}

function crdValidator(group, version, kind) {
  const key = `${group}_${version}_${kind}`;
  if (!crdValidators.has(key)) {
    const file = new URL(`./schemas/${key}.json`, import.meta.url);
    let validator = null;
    if (existsSync(file)) {
      const schema = asJsonSchema(JSON.parse(readFileSync(file, "utf8")));
      // every object has these at its root; metadata is ObjectMeta, checked with the core schema below
      Object.assign(schema.properties, { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" } });
      validator = ajv.compile(schema);
    }
    crdValidators.set(key, validator);
  }
  return crdValidators.get(key);
}

async function coreModel(apiVersion, kind) {
  try {
    return (await import(`kubernetes-models/${apiVersion}/${kind}`))[kind];
  } catch {
    return null;
  }
}

function describe(errors) {
  return errors.map(e => `${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`);
}

let problems = 0;
let objects = 0;
for (const file of process.argv.slice(2)) {
  for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (doc.errors.length) {
      console.log(`${file}: ${doc.errors.map(e => e.message).join("; ")}`);
      problems++;
      continue;
    }
    const object = doc.toJS();
    if (object == null) continue;
    objects++;
    const name = `${object.kind}/${object.metadata?.name}`;
    const report = messages => messages.forEach(m => { console.log(`${file}: ${name}: ${m}`); problems++; });
    const [group, version] = String(object.apiVersion).includes("/") ? object.apiVersion.split("/") : ["", object.apiVersion];
    const Model = await coreModel(object.apiVersion, object.kind);
    if (Model) {
      try {
        new Model(object).validate();
      } catch (e) {
        report(e.message.split(", "));
      }
      continue;
    }
    const validator = crdValidator(group, version, object.kind);
    if (!validator) {
      report([`no schema for ${object.apiVersion} ${object.kind}`]);
      continue;
    }
    if (!validator(object)) report(describe(validator.errors));
    if (!validateObjectMeta(object.metadata ?? {})) report(describe(validateObjectMeta.errors).map(m => `metadata${m}`));
    if (!object.metadata?.name) report(["metadata.name is missing"]);
  }
}
console.log(`${objects} objects, ${problems} problems`);
process.exit(problems === 0 && objects > 0 ? 0 : 1);
