interface Props {
  message: string;
  nextStep: string;
  onDismiss?: () => void;
  dismissLabel?: string;
}

/** A failure in plain words with what to do about it. role="alert" so it is read out when it appears. */
export function Banner({ message, nextStep, onDismiss, dismissLabel }: Props) {
  return (
    <div class="banner" role="alert">
      <p class="banner-message">{message}</p>
      {nextStep && <p class="banner-next">{nextStep}</p>}
      {onDismiss && (
        <button type="button" class="link-button" onClick={onDismiss}>
          {dismissLabel}
        </button>
      )}
    </div>
  );
}
