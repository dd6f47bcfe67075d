// Answers the provider is documented to give in more than one way (docs/provider-api.md, "Where sources
// disagree"). Each switch picks one, so end-to-end runs can cover every variant, not only the stand-in's
// favourite. Set with `POST /control/variants` or `standIn.setVariants()`; `reset` restores the defaults.
import { z } from 'zod';

export const variantsSchema = z.strictObject({
  /** getRentState without tzid on an account with no rentals: `{"response":1,"list":[]}` or the PHP SDK's `NO_NUMBER`. */
  emptyAccount: z.enum(['list', 'no-number']),
  /** closeRentNum's success: `true` (docs) or `1` (several SDKs). */
  closeResponse: z.union([z.literal(true), z.literal(1)]),
  /** A wrong or missing key: HTTP 456 (SDK changelogs) or 200 (a third-party test), same body. */
  wrongKeyStatus: z.union([z.literal(456), z.literal(200)]),
  /** How boolean parameters are read: `strict` (true/1, false/0) or `php`, a cast where any non-empty
   * string but "0" is true, so `extension=false` turns auto-renew ON. */
  booleans: z.enum(['strict', 'php']),
});

export type Variants = z.infer<typeof variantsSchema>;

export const DEFAULT_VARIANTS: Variants = { emptyAccount: 'list', closeResponse: true, wrongKeyStatus: 456, booleans: 'strict' };
