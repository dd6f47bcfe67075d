import { t } from '../lib/i18n.ts';

interface Failure {
  message: string;
  nextStep: string;
}

interface Props {
  /** A short confirmation ("Copied …"); '' when there is none. */
  toast: string;
  failure: Failure | null;
  onDismiss: () => void;
}

/** The answer to what the user just did, pinned to the bottom of the popup: a card may be scrolled far
 * from the top, and "Copied" or an error shown at one end of the page would be out of sight. The status
 * region is always in the DOM (screen readers announce changes to it, not its first content). */
export function Feedback({ toast, failure, onDismiss }: Props) {
  return (
    <div class="feedback">
      {failure && (
        <div class="banner" role="alert">
          <p class="banner-message">{failure.message}</p>
          {failure.nextStep && <p class="banner-next">{failure.nextStep}</p>}
          <button type="button" class="small" onClick={onDismiss}>
            {t('dismiss')}
          </button>
        </div>
      )}
      <p class={toast ? 'toast toast-shown' : 'toast'} role="status" aria-live="polite">
        {toast}
      </p>
    </div>
  );
}
