// What every page pays to download-and-parse before SimFill does anything: the content script as built
// (WXT minifies production builds) and gzipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  file: string;
  minifiedBytes: number;
  gzippedBytes: number;
}

export function contentScriptSize(buildDir: string): BundleSize {
  const file = 'otp-autofill.js'; // declared in the manifest by hand (wxt.config.ts)
  const body = readFileSync(join(buildDir, file));
  return { file, minifiedBytes: body.length, gzippedBytes: gzipSync(body, { level: 9 }).length };
}
