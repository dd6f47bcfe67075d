import { buildPhonePages } from '../../scripts/build-phone-pages.ts';

export default async function globalSetup(): Promise<void> {
  await buildPhonePages();
}
