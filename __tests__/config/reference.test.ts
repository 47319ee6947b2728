import { configJsonSchema, configJsonSchemaFile, renderConfigReference } from '../../config/reference';

interface Node {
  properties?: Record<string, Node>;
  anyOf?: Node[];
  allOf?: Node[];
  required?: string[];
  additionalProperties?: Node | boolean;
  $ref?: string;
  $defs?: Record<string, Node>;
}

const SECTIONS = ['liveMediaPackage', 'mkio', 'antMedia', 'liveMediaStore', 'vod'];

describe('configuration reference', () => {
  it('lists every key of every section', () => {
    const reference = renderConfigReference();
    const schema = configJsonSchema() as Node;
    for (const section of SECTIONS) {
      const single = schema.properties![section].anyOf!.find((form) => form.properties?.enabled);
      expect(Object.keys(single!.properties!).length).toBeGreaterThan(5);
      for (const key of Object.keys(single!.properties!)) expect(reference).toContain(`\`${section}.${key}`);
    }
    for (const key of Object.keys(schema.properties!)) expect(reference).toContain(`\`${key}`);
  });

  it('the JSON Schema file takes both forms of each section, instances and defaults without required keys', () => {
    const schema = configJsonSchemaFile() as Node;
    for (const section of SECTIONS) {
      const [instancesForm, singleForm] = schema.properties![section].anyOf!;
      const keys = schema.$defs![section];
      expect(keys.properties).toHaveProperty('enabled');
      expect(keys.required).toBeUndefined();
      expect(singleForm.allOf).toEqual([{ $ref: `#/$defs/${section}` }]);
      expect(instancesForm.properties!.defaults.$ref).toBe(`#/$defs/${section}Instance`);
      expect(instancesForm.properties!.instances.additionalProperties).toEqual({ $ref: `#/$defs/${section}Instance` });
      // Defaults and instances complete each other, down to nested keys (customDomain.domainName).
      expect(JSON.stringify(schema.$defs![`${section}Instance`])).not.toMatch(/"required"/);
      expect(schema.$defs![`${section}Instance`].properties).toEqual(expect.objectContaining({ customDomain: expect.anything() }));
      expect(instancesForm.required).toEqual(['instances']);
    }
    expect(schema.$defs!.mkio.properties).toHaveProperty('streamingEndpointHostName');
    expect(schema.properties!.mkio.anyOf![1].required).toContain('streamingEndpointHostName');
    expect(JSON.stringify(schema.$defs!.mkio.properties!.customDomain)).toMatch(/"required":\["domainName"\]/);
  });
});
