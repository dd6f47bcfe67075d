import { t } from '../lib/i18n.ts';
import { MAX_KEEP_DAYS, MIN_KEEP_DAYS } from '../lib/rentals/retention.ts';

interface Props {
  days: number;
  onDays: (days: number) => void;
}

/** How long the messages of an ended rental stay; the number and where it was used stay for good. */
export function RetentionSettings({ days, onDays }: Props) {
  return (
    <section class="retention-settings" aria-labelledby="retention-title">
      <h2 id="retention-title">{t('retentionTitle')}</h2>
      <label for="keep-days">{t('keepMessagesLabel')}</label>
      <input
        id="keep-days"
        type="number"
        inputMode="numeric"
        min={MIN_KEEP_DAYS}
        max={MAX_KEEP_DAYS}
        step={1}
        value={days}
        aria-describedby="keep-days-hint"
        // Saved on change (blur or Enter), not on every keystroke: "3" on the way to "30" is not a choice.
        onChange={(e) => {
          const value = e.currentTarget.valueAsNumber;
          if (Number.isInteger(value) && value >= MIN_KEEP_DAYS && value <= MAX_KEEP_DAYS) onDays(value);
          else e.currentTarget.value = String(days);
        }}
      />
      <p id="keep-days-hint" class="hint">
        {t('keepMessagesHint')}
      </p>
    </section>
  );
}
