import { configJsonSchema, renderConfigReference } from '../../config/reference';

describe('configuration reference', () => {
  it('lists every key of every section', () => {
    const reference = renderConfigReference();
    const schema = configJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }> };
    for (const [section, body] of Object.entries(schema.properties)) {
      expect(reference).toContain(`\`${section}`);
      for (const key of Object.keys(body.properties ?? {})) expect(reference).toContain(`\`${section}.${key}`);
    }
  });
});
