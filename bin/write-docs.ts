/**
 * `npm run docs`: writes the generated references under docs/reference/ (configuration reference,
 * its JSON Schema, policy-check reference). Tests fail when a committed file differs from this output.
 */
import * as fs from 'fs';
import * as path from 'path';
import { configJsonSchemaFile, renderConfigReference } from '../config/reference';
import { renderPolicyCheckReference } from '../modules';

export const REFERENCE_DIR = path.resolve(__dirname, '..', 'docs', 'reference');

/** Each generated file, by name, with its content. */
export function generatedReferences(): Record<string, string> {
  return {
    'configuration.md': renderConfigReference(),
    'config.schema.json': `${JSON.stringify(configJsonSchemaFile(), null, 2)}\n`,
    'policy-checks.md': renderPolicyCheckReference(),
  };
}

if (require.main === module) {
  fs.mkdirSync(REFERENCE_DIR, { recursive: true });
  for (const [name, content] of Object.entries(generatedReferences())) fs.writeFileSync(path.join(REFERENCE_DIR, name), content);
  process.stdout.write(`Wrote ${Object.keys(generatedReferences()).join(', ')} to docs/reference/\n`);
}
