/** Firefox add-on id. Fixed so Firefox keeps the add-on's storage across reinstalls and tests can pin its
 * extension UUID (extensions.webextensions.uuids). */
export const GECKO_ID = 'simfill@simfill.dev';
