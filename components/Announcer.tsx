interface Props {
  text: string;
  /** Shown on screen as well (copy feedback); otherwise only for screen readers. */
  visible?: boolean;
}

/** A polite live region that is always in the DOM: screen readers announce changes to it, not its
 * first content, so mounting it with the current newest code does not read anything out. */
export function Announcer({ text, visible = false }: Props) {
  return (
    <p class={visible ? 'toast' : 'sr-only'} role="status" aria-live="polite">
      {text}
    </p>
  );
}
