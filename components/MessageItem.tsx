import { formatMessageTime } from '../lib/format.ts';
import { t, type Lang } from '../lib/i18n.ts';
import type { StoredMessage } from '../lib/rentals/state.ts';
import { CodeChip } from './CodeChip.tsx';

interface Props {
  message: StoredMessage;
  now: number;
  lang: Lang;
  onCopy: (text: string) => void;
  /** Fill this code into the code field of the page the user is on ("Ask first" mode's yes). */
  onFill?: () => void;
}

/** One SMS. Its text comes from strangers, so it is only ever rendered as text (Preact escapes it). */
export function MessageItem({ message, now, lang, onCopy, onFill }: Props) {
  return (
    <li class={message.unread ? 'message message-unread' : 'message'}>
      <p class="message-meta">
        <span class="message-service">{message.service || t('unknownService')}</span>
        <time dateTime={new Date(message.receivedAt).toISOString()}>
          {formatMessageTime(message.receivedAt, now, lang)}
        </time>
      </p>
      <p class="message-text">{message.text}</p>
      {message.code !== null ? (
        <div class="code-row">
          <CodeChip code={message.code} onCopy={onCopy} />
          {onFill && (
            <button type="button" aria-label={t('fillIntoPageLabel', message.code)} onClick={onFill}>
              {t('fillIntoPage')}
            </button>
          )}
        </div>
      ) : (
        message.candidates.length > 0 && (
          <div class="candidates">
            <p class="hint">{t('candidatesHint')}</p>
            {message.candidates.map((candidate) => (
              <CodeChip key={candidate} code={candidate} candidate onCopy={onCopy} />
            ))}
          </div>
        )
      )}
      {message.filledInto && <p class="hint">{t('filledInto', message.filledInto.host)}</p>}
      {message.origin && <p class="warning">{t('originOnly', message.origin)}</p>}
    </li>
  );
}
