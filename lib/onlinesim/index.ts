// The provider client's public face. Callers see internal types and error values only.
export { createClient, DEFAULT_TIMEOUT_MS, type ClientConfig, type OnlineSimClient } from './client.ts';
export { validateApiAddress, hostPermission, isLoopback } from './address.ts';
export {
  describeError,
  errorCategory,
  isTransient,
  stopsPolling,
  type ErrorCategory,
  type ErrorLang,
  type ProviderError,
} from './errors.ts';
export { retryAfterMs } from './retry-after.ts';
export type { Balance, ExtendOption, Message, Rental, Tariff, TariffPeriod } from './types.ts';
