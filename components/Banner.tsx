interface Props {
  message: string;
  nextStep: string;
}

/** A failure of the background (the provider cannot be reached, the key stopped working) in plain words
 * with what to do about it. role="alert" so it is read out when it appears. It stays until the
 * background's next success clears it; the answer to a click goes to components/Feedback.tsx instead. */
export function Banner({ message, nextStep }: Props) {
  return (
    <div class="banner" role="alert">
      <p class="banner-message">{message}</p>
      {nextStep && <p class="banner-next">{nextStep}</p>}
    </div>
  );
}
