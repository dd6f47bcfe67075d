interface Props {
  text: string;
}

/** A polite live region for screen readers only, always in the DOM: screen readers announce changes to
 * it, not its first content, so mounting it with the current newest code does not read anything out. */
export function Announcer({ text }: Props) {
  return (
    <p class="sr-only" role="status" aria-live="polite">
      {text}
    </p>
  );
}
