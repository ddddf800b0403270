/**
 * Generates schemas/blueprint.generated.ts from schemas/blueprint.schema.json.
 * The JSON Schema is the single source of truth; test/schemas/types-drift.test.ts fails when the
 * committed types differ from what this produces. Run: npx tsx schemas/generate-types.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

export const SCHEMA_PATH = join(__dirname, 'blueprint.schema.json');
export const TYPES_PATH = join(__dirname, 'blueprint.generated.ts');

export async function generateTypes(): Promise<string> {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as JSONSchema;
  return compile(schema, 'Blueprint', {
    bannerComment:
      '/* eslint-disable */\n/**\n * GENERATED from schemas/blueprint.schema.json by schemas/generate-types.ts. Do not edit.\n */',
    additionalProperties: false,
    unreachableDefinitions: false,
    strictIndexSignatures: true,
    format: false,
    ignoreMinAndMaxItems: true,
    style: { singleQuote: true },
  });
}

if (require.main === module) {
  generateTypes().then((text) => {
    writeFileSync(TYPES_PATH, text);
    process.stdout.write(`wrote ${TYPES_PATH}\n`);
  });
}
