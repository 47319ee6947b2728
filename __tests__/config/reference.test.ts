import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_REFERENCE_END, CONFIG_REFERENCE_START, configJsonSchema, renderConfigReference } from '../../config/reference';

const ROOT = path.resolve(__dirname, '..', '..');

describe('configuration reference', () => {
  it('README.md holds the reference generated from the schema (run `npm run docs` after changing it)', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf(CONFIG_REFERENCE_START) + CONFIG_REFERENCE_START.length;
    const end = readme.indexOf(CONFIG_REFERENCE_END);
    expect(readme.slice(start, end).trim()).toEqual(renderConfigReference().trim());
  });

  it('examples/config.schema.json is the schema (run `npm run docs` after changing it)', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', 'config.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(configJsonSchema())));
  });

  it('lists every key of every section', () => {
    const reference = renderConfigReference();
    const schema = configJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }> };
    for (const [section, body] of Object.entries(schema.properties)) {
      expect(reference).toContain(`\`${section}`);
      for (const key of Object.keys(body.properties ?? {})) expect(reference).toContain(`\`${section}.${key}`);
    }
  });
});
