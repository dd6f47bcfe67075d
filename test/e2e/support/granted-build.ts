// The built extension as a user has it after allowing a host: a copy whose manifest lists that host in
// `host_permissions`, which both browsers grant at install. Needed because the key goes only to granted
// hosts, and automation cannot answer the permission prompt: in headless Chromium a
// `permissions.request` from a real click stays pending for good (measured on Chromium 156), and Firefox
// only skips its prompt for optional permissions through a pref. The product's own manifest is untouched;
// the manifest spec checks the real build.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The local stand-in and the test pages run here. */
export const LOOPBACK_GRANT = ['http://127.0.0.1/*'];

export interface GrantedBuild {
  dir: string;
  remove(): Promise<void>;
}

/** `permissions`: extra API permissions, for a test harness only (the Firefox security spec injects its
 * probe into SimFill's content-script world with `scripting`). */
export async function grantedBuild(buildDir: string, hosts: readonly string[], permissions: readonly string[] = []): Promise<GrantedBuild> {
  const dir = await mkdtemp(join(tmpdir(), 'simfill-granted-'));
  await cp(buildDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { host_permissions?: string[]; permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
  manifest.permissions = [...(manifest.permissions ?? []), ...permissions];
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
