import { formatMessageTime } from '../lib/format.ts';
import { t, type Lang } from '../lib/i18n.ts';
import type { StoredMessage } from '../lib/storage/rentals.ts';
import { asCode } from '../lib/otp/code.ts';
import { NOT_FILLED_TEXT } from '../lib/fill-outcome.ts';
import { CodeChip } from './CodeChip.tsx';

interface Props {
  message: StoredMessage;
  /** Arrived since the user last looked: marked by a "New" label and a bar, not by weight alone. */
  isNew: boolean;
  now: number;
  lang: Lang;
  onCopy: (text: string) => void;
  /** Fill this code into the code field of the page the user is on; absent when filling is off. */
  onFill?: () => void;
  /** Add a site to the never-fill list; absent when it is on the list already. */
  onNeverFill?: (host: string) => void;
}

/** One SMS. Its text comes from strangers, so it is only ever rendered as text (Preact escapes it). */
export function MessageItem({ message, isNew, now, lang, onCopy, onFill, onNeverFill }: Props) {
  return (
    <li class={isNew ? 'message message-unread' : 'message'}>
      <p class="message-meta">
        <span class="message-service">
          {isNew && <span class="pill pill-new">{t('newMark')}</span>}
          {message.service || t('unknownService')}
        </span>
        <time dateTime={new Date(message.receivedAt).toISOString()}>{formatMessageTime(message.receivedAt, now, lang)}</time>
      </p>
      <p class="message-text">{message.text}</p>
      <MessageCodes message={message} onCopy={onCopy} onFill={onFill} />
      {message.filledInto && (
        <p class="hint filled">
          {t('filledInto', message.filledInto.host)}
          {/* Where a fill was unwanted, the way to stop it is right beside where it is reported. */}
          {onNeverFill && (
            <button type="button" class="small" onClick={() => onNeverFill(message.filledInto!.host)}>
              {t('neverFillHere', message.filledInto.host)}
            </button>
          )}
        </p>
      )}
      {message.origin && <p class="warning">{t('originOnly', message.origin)}</p>}
    </li>
  );
}

interface CodesProps {
  message: StoredMessage;
  onCopy: (text: string) => void;
  onFill?: () => void;
}

/** The code as a chip that copies (and a Fill button), or the candidates when the code is unclear. Fill
 * is offered only for what a fill request can carry (lib/otp/code.ts): a button that could only fail is
 * never shown. */
export function MessageCodes({ message, onCopy, onFill }: CodesProps) {
  if (message.code !== null) {
    return (
      <div class="code-row">
        <CodeChip code={message.code} onCopy={onCopy} />
        {onFill && asCode(message.code) && (
          <button type="button" aria-label={t('fillIntoPageLabel', message.code)} onClick={onFill}>
            {t('fillIntoPage')}
          </button>
        )}
        {/* Why the last try failed, beside the button that tries again. */}
        {message.notFilled && !message.filledInto && <p class="hint not-filled">{t(NOT_FILLED_TEXT[message.notFilled.reason])}</p>}
      </div>
    );
  }
  if (message.candidates.length === 0) return null;
  return (
    <div class="candidates">
      <p class="hint">{t('candidatesHint')}</p>
      {message.candidates.map((candidate) => (
        <CodeChip key={candidate} code={candidate} candidate onCopy={onCopy} />
      ))}
    </div>
  );
}
