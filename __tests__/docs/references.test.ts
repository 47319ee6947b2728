import * as fs from 'fs';
import * as path from 'path';
import { generatedReferences, REFERENCE_DIR } from '../../bin/write-docs';
import { renderPolicyCheckReference, VIDEO_CDN_POLICY_RULES } from '../../modules';

describe('generated references in docs/reference (run `npm run docs` after changing their sources)', () => {
  it.each(Object.entries(generatedReferences()))('%s is what its source generates', (name, content) => {
    expect(fs.readFileSync(path.join(REFERENCE_DIR, name), 'utf8')).toEqual(content);
  });

  it('the default configuration points editors at the committed JSON Schema', () => {
    const file = path.resolve(REFERENCE_DIR, '..', '..', 'examples', 'default.json');
    const schemaPath = JSON.parse(fs.readFileSync(file, 'utf8')).$schema;
    expect(fs.existsSync(path.resolve(path.dirname(file), schemaPath))).toBe(true);
  });
});

describe('policy-check reference', () => {
  const reference = renderPolicyCheckReference();
  const rows = reference.split('\n').filter((line) => /^\| `/.test(line));

  it('has one row per rule of the pack, in the pack order, with its level, title, why and fix', () => {
    expect(rows).toHaveLength(VIDEO_CDN_POLICY_RULES.length);
    VIDEO_CDN_POLICY_RULES.forEach((rule, index) => {
      const row = rows[index];
      expect(row.startsWith(`| \`${rule.id}\` | ${rule.level} | ${rule.title} |`)).toBe(true);
      expect(row).toContain(rule.why.replace(/\|/g, '\\|'));
      expect(row).toContain(rule.fix.replace(/\|/g, '\\|'));
    });
  });

  it('says when each rule of the pack is non-compliant (its description), not only its title', () => {
    for (const rule of VIDEO_CDN_POLICY_RULES) expect(rule.description).toBeDefined();
  });
});
