import { t } from '../lib/i18n.ts';

interface Props {
  code: string;
  /** A candidate from an ambiguous message: shown smaller, never filled by itself. */
  candidate?: boolean;
  onCopy: (code: string) => void;
}

export function CodeChip({ code, candidate = false, onCopy }: Props) {
  return (
    <button
      type="button"
      class={candidate ? 'chip chip-candidate' : 'chip chip-code'}
      onClick={() => onCopy(code)}
      aria-label={t('copyCode', code)}
    >
      {code}
    </button>
  );
}
