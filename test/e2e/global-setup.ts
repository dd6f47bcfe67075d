import { buildPhonePages } from '../../scripts/build-phone-pages.ts';
import buildLibraryPages from '../libs/build.ts';

// Both widget benches are bundled from the installed packages before any browser starts (offline).
export default async function globalSetup(): Promise<void> {
  await buildPhonePages();
  await buildLibraryPages();
}
