/**
 * Terraform addresses are users' state: a resource whose address changes is destroyed and created
 * again (a new distribution domain, a gap in a bucket policy) unless a `moved` block says where it
 * went. The addresses of the default stacks are pinned in addresses.json, as the release before the
 * library's restructuring wrote them: the bucket policies that moved into their buckets then are
 * followed by moved blocks.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { DEFAULT_CONFIG_PATH, loadConfigFile } from '../../config/load';
import { buildApp } from '../../main';

const PINNED: Record<string, string[]> = JSON.parse(fs.readFileSync(path.join(__dirname, 'addresses.json'), 'utf8'));

interface StackJson {
  resource?: Record<string, Record<string, unknown>>;
  data?: Record<string, Record<string, unknown>>;
  moved?: Array<{ from: string; to: string }>;
}

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'video-cdn-addresses-'));
buildApp(loadConfigFile(DEFAULT_CONFIG_PATH), new App({ outdir })).synth();
const stacks: Record<string, StackJson> = Object.fromEntries(
  fs
    .readdirSync(path.join(outdir, 'stacks'))
    .map((stack) => [stack, JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'))]),
);

function addressesOf(json: StackJson): string[] {
  const resources = Object.entries(json.resource ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`));
  const data = Object.entries(json.data ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((name) => `data.${type}.${name}`));
  return [...resources, ...data].sort();
}

describe('resource addresses of the default stacks', () => {
  it('are pinned for every default stack', () => {
    expect(Object.keys(stacks).sort()).toEqual(Object.keys(PINNED).sort());
  });

  it.each(Object.keys(PINNED))('%s: every pinned address is still there, or a moved block says where it went', (stack) => {
    const json = stacks[stack];
    const addresses = new Set(addressesOf(json));
    const movedTo = new Map((json.moved ?? []).map((move) => [move.from, move.to]));
    const lost = PINNED[stack].filter((address) => !addresses.has(address) && !addresses.has(movedTo.get(address) ?? ''));
    // A lost address plans a replacement of the resource in every deployment: add a moved block instead.
    expect(lost).toEqual([]);
  });

  it.each(Object.keys(PINNED))('%s: a new address is added to the pinned list (addresses.json)', (stack) => {
    const json = stacks[stack];
    const moved = new Set((json.moved ?? []).map((move) => move.to));
    const pinned = new Set(PINNED[stack]);
    expect(addressesOf(json).filter((address) => !pinned.has(address) && !moved.has(address))).toEqual([]);
  });
});
