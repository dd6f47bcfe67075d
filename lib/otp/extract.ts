// SMS → the one-time code to type. Pure and DOM-free, so the background, tests and scripts share it.
// How it decides (docs/code-extraction.md): an origin-bound last line wins outright; otherwise every
// plausible token is scored by the nearest code keyword before or after it, the best one is returned
// only when it clearly beats the rest, and messages that are notices (balances, codes to read out to a
// bank employee, half codes) never return one. A wrong code typed into a site is worse than none.
import {
  isGated, type Analysis, type Binding, type ScoredCandidate,
} from './extract-analysis.ts';
import { findCandidates, type Candidate } from './extract-candidates.ts';
import { messageGates, SECRECY } from './extract-gates.ts';
import { SEND_VERB, TEXT_X_TO_N, TO_NUMBER } from './extract-send.ts';
import { ENTER_BEFORE, findKeywords, LABEL_BEFORE, LETTER_STOPWORDS, SIGN_IN, SIGN_UP, VALID_MINUTES, type KeywordHit } from './extract-keywords.ts';
import { normalizeHint, normalizeText } from './extract-normalize.ts';
import { asCode, CODE_PATTERN, type Code } from './code.ts';
import { vetoes } from './ranker.ts';
import { RANKER } from './ranker-weights.ts';

export interface Extraction {
  /** The code to type, or null when unsure / no code. */
  code: Code | null;
  /** 0..1 */
  confidence: number;
  /** Other plausible codes (shown as chips when code is null), best first, no duplicates. */
  candidates: Code[];
  /** From the origin-bound format "@example.com #123456", else null. */
  origin: string | null;
  /** The embedded form's frame ("@top.example #123456 @pay.example": pay.example), else null. */
  embeddedOrigin: string | null;
}

/** Below this a best guess is only offered as a chip. */
const ACCEPT = 0.5;
/** The winner must beat the runner-up by this much, or both become chips. */
const MARGIN = 0.12;
const MAX_CHIPS = 5;

/** The code's own pattern without its anchors: an origin-bound line carries exactly a code. */
const CODE_CHARS = CODE_PATTERN.source.slice(1, -1);
const ORIGIN_LINE = new RegExp(String.raw`(?:^|\n)[ \t]*@([A-Za-z0-9](?:[A-Za-z0-9.-]{0,250}[A-Za-z0-9])?(?::\d{1,5})?)[ \t]+#(${CODE_CHARS})(?:[ \t]+@(\S{1,255}))?[ \t]*$`, CODE_PATTERN.flags);
/** Android SMS Retriever appends an 11-character hash of the app's signature. */
const APP_HASH = /(?:^|\s)([A-Za-z0-9+/]{11})\s*$/;
const RETRIEVER_MARK = /^\s*(?:<#>|\[#\]|#)/;
const URL = /\b(?:https?:\/\/|www\.)\S{1,500}|\b[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,5}\.[a-z]{2,6}\/\S{0,500}|\S{1,64}@[A-Za-z0-9-]{1,63}\.[A-Za-z0-9.-]{2,100}/g;

/** "is", "es", "是", ":" … between a keyword and its code: the tightest possible binding. A number sign
 * counts too ("OTP No. 276094", "код № 551902"): it names the code itself. */
const TIGHT_GAP = /^[\s:=#*()[\]【】『』「」"'«»<>.,，、|\-–—]{0,8}(?:n[or]\.?[\s:#]{0,3})?(?:(?:is|es|és|est|ist|è|é|lautet|это|je|to|jest|wynosi|är|er|on|ir|yra|là|la|adalah|ay|είναι|是|为|為|は|는|은|คือ)(?![\p{L}])[\s:=*(["'«【『「\-–—]{0,4})?$/iu;
/** Scripts written without spaces between words (CJK, Thai, Lao, Khmer, Burmese): a keyword after the
 * code in the same clause labels it, as the word order of these languages puts it there. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const LABEL_PHRASE = /^[^.!?。！？\n:]{1,45}:[ \t]*$/u;
/** Dates, times, ordinals and short abbreviations inside a label ("Kod nr 3 z dn. 12.03.2024:") are
 * part of the label, not the end of a sentence. */
const LABEL_NUMBER = /\d+(?:[.:/-]\d+)*/g;
const LABEL_ABBREVIATION = /(?<![\p{L}])\p{L}{1,3}\./gu;
/** A host name in a label ("Codul tau unic ghiseul.ro:", "kód pre Slovensko.sk:") names the service
 * the code is for; its dot ends no sentence (twenty-ninth round). */
const LABEL_HOST = /(?<![\p{L}\d.-])[\p{L}\d-]{2,63}(?:\.[\p{L}\d-]{1,63})*\.[a-z]{2,6}(?![\p{L}\d.])/gu;

/** "пароль для входа в личный кабинет: X", "Kod SMS do operacji nr 1 z 12.03: X": a short phrase that
 * starts with the keyword and ends with a colon labels X as tightly as the keyword alone. */
function isLabelPhrase(gap: string, mixed = false): boolean {
  // A mixed token needs its label tight, so only for it does a number labelled as something else
  // stay in the copula's phrase; a number of digits after "is" is bound by the copula anyway (gapScore).
  const copulaGap = mixed ? gap.replace(LABEL_NUMBER, (n, at: number) => (labelledNumber(gap, at) ? 'N' : n)) : gap;
  const plain = gap.replace(LABEL_HOST, 'x').replace(LABEL_NUMBER, '0').replace(LABEL_ABBREVIATION, 'x');
  return LABEL_PHRASE.test(plain) || COPULA_PHRASE.test(copulaGap)
    || SIGN_IN_PURPOSE.test(gap);
}
/** "OTP for login to account 1104821 is a9f3b1": a number that its own label names as something else
 * (an account, an order) is part of the phrase that announces the code (thirtieth round). */
function labelledNumber(gap: string, at: number): boolean {
  return LABEL_BEFORE.test(gap.slice(Math.max(0, at - 24), at));
}
/** "kod dlya vhoda h2m6tc", "código de login w2k8pq", "code for sign-in X": a code word and its
 * purpose, signing in, label what follows as a colon would (twenty-fourth round). */
const SIGN_IN_PURPOSE = new RegExp(String.raw`^\s+(?:for|de|do|da|para|pour|f[üu]r|zum|zur|для|dlya|dlia|untuk|za)\s+`
  + String.raw`(?:(?:the|your|la|el|o|a)\s+)?(?:${SIGN_IN.source})\s{1,2}$`, 'iu');
/** "รหัสยืนยัน Steam ของคุณคือ X", "code for your Acme account is X": a short phrase from the keyword to a
 * copula labels X like a colon does. Up to 40 characters (24 until the twenty-fifth round): languages
 * that join the service's name by a genitive say it longer ("Msimbo wako wa kuingia Airtel Money ni
 * X", "código para iniciar sesión en Mercado Pago es X"); Swahili's copula is "ni". A spaced hyphen
 * is the dash of a keyboard without one ("kod pidtverdzhennia - hz4n8c"; thirty-first round). */
const COPULA_PHRASE = /^[^.!?。！？\n:\d]{1,40}(?:(?<![\p{L}])(?:is|est|es|é|e|ist|lautet|это|je|jest|to|är|er|adalah|ialah|là|la|ni)|\s[—–-]|คือ|是|为|為|は)\s{0,2}$/iu;
/** "password no. 1:", "kod (#2):", "пароль №3": a numbered label is still a label. */
const ORDINAL = /^\s*\(?(?:№|#|n[o°º]\.?|nr\.?|номер)\s?\d{1,2}\)?/iu;
/** A full stop of CJK ("。") ends a sentence with no space after it: "829475。这是一封密码情书" is two. */
const SENTENCE_BREAK = /[.!?](?:\s|$)|[。！？]|\n\s*\n/;
/** The gap ends with "is", "est", ":", "—" …: the number is what the sentence was announcing. */
const COPULA_END = /(?:^|[\s\p{P}])(?:is|est|es|és|ist|è|é|lautet|это|je|to|jest|wynosi|är|er|ir|yra|là|la|adalah|ay|ni|είναι|هو|是|为|為|は|คือ|:|-|–|—)[\s:*"'«(\[]{0,3}$/iu;
/** After the number, "is your …" / "— код …" announces it just as well. */
const COPULA_START = /^[\s*)\]"'»]{0,2}(?:is|es|és|est|ist|è|é|е|je|er|är|on|ir|yra|ni|ay|adalah|είναι|—|-|–|это|це|to|la|là|هو|是|があなた|입니다|คือ|e(?=\s+[oa]\s+(?:seu|sua|teu|tua)\s))(?![\p{L}])/iu;

/** "send 1234 to 900", "ответьте 1234": a reply to the service, not a code for a site. */
const SEND_VERB_BEFORE = new RegExp(`(?:${SEND_VERB}|ответ\\p{L}*)[^.!?\\n]{0,45}$`, 'iu');
const TO_NUMBER_AFTER = /^["»']?\s*(?:(?:in reply|in response|у відповідь|в ответ|w odpowiedzi|en respuesta|em resposta|en réponse|sebagai balasan)\s+)?(?:to|на|na|an|a|al|au|à|ke|para|no)\s*(?:номер\p{L}*\s+|nomer\p{L}*\s+|numer\p{L}*\s+|(?:the\s+)?(?:short\s+)?number\s+)?\+?\d{3,}/iu;
/** "text MIX to 85069", "отправьте … на номер 900": the number is where to send, not what to type. */
// After a code word "SMS" is a noun and "to" a copula ("Twój kod SMS to 011387", Polish and Czech).
const DESTINATION_BEFORE = new RegExp(`(?:(?<!(?:kod|k[oó]d|code|код|kode)\\p{L}{0,4}\\s)${SEND_VERB}|call)[^.!?\\n]{0,40}${TO_NUMBER}\\s*$`, 'iu');
/** The same in Chinese, where no space marks the words: "可发CZWLANMM到10086", "发送“CZ#…”至10010". */
const CJK_DESTINATION_BEFORE = /(?:发送?|發送?|回复|回覆|编辑|編輯)[^。!?\n]{0,40}(?:到|至)\s*$/u;
/** Verb-final languages put the send verb after the number: "4609'a gönderin", "7010 нөміріне жіберіңіз",
 * "به 300012 ارسال کنید". Only the imperative: "Код 551902 жіберілді" (was sent) is a code. */
const SEND_VERB_AFTER = /^['’ ]?(?:y?[ae])?\s+(?:nömirin\p{L}*\s+|нөмір\p{L}*\s+)?(?:g[öo]nder(?:in|iniz)?|жіберіңіз|жібер|ارسال\s+کنید|بفرستید)(?![\p{L}])|^\s?(?:宛て?に?|へ|번?으로|로)\s?(?:送信|送って|返信|보내|전송|회신)/iu;
/** "582019 — send it to 5050", "أرسله إلى 5050": the number, then a request to send it to a short
 * number; a code for a service's reply line, not for a site. */
const SEND_IT_AFTER = /^[\s,.;:–—-]{0,3}(?:(?:send|text|sms|reply)\s+(?:it|this(?:\s+code)?)|(?:отправьте|пришлите|надішліть)\s+(?:его|этот код|його)|env[ií]alo|envie-o|kirim(?:kan)?(?:\s+kode\s+ini)?|أرسله|ارسله|أرسلها|ارسلها|ابعثه)\s+(?:to|на|al|a|para|ke|إلى|الى|ل)?\s*(?:номер\s+)?\+?\d{3,}/iu;
const REPLY_WITH_BEFORE = /(?:reply|respond|ответьте|otvet\p{L}*)\s+(?:with\s+|словом\s+)?["«']?$/iu;

interface Scored {
  value: string;
  score: number;
  /** Letters, mixed and spaced tokens only count when a keyword sits right before them. */
  eligible: boolean;
}

/** How strongly a keyword binds a candidate across `gap`; `between` = another number sits in the gap. */
function gapScore(gap: string, tight: boolean, between: boolean): number {
  let s: number;
  if (tight) s = 1;
  else if (gap.length <= 12) s = 0.85;
  else if (gap.length <= 30) s = 0.7;
  else if (gap.length <= 60) s = 0.55;
  else if (gap.length <= 150) s = 0.35;
  else s = 0.15;
  const broken = !tight && SENTENCE_BREAK.test(gap);
  if (broken) s *= 0.75;
  // "…password for user account with BluSmart is 942369": a copula right before the number makes it
  // the value the sentence's keyword announced, however long the sentence.
  if (!broken && !between && COPULA_END.test(gap)) s = Math.max(s, 0.75);
  if (between) s *= 0.6;
  return s;
}

/** Keywords further than this still say "this message is about a code", but only weakly; past it no
 * gap is examined, which keeps the work per candidate constant on huge inputs. */
const WINDOW_BEFORE = 150;
const WINDOW_AFTER = 200;
const FAR_SCORE = 0.15;
const NEAREST = 3;

/** First index in a start-sorted list whose start is >= pos. */
function lowerBound(items: { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { start: number }).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A code shown on a line of its own below the text that announces it ("Enter the following code when
 * prompted …\n\n482913", "Ваш код для входа указан ниже.\n\n4412"): the layout is the label. */
const LINE_LABEL_WINDOW = 400;
const LINE_LABEL_SCORE = 0.8;
const ONLY_PUNCTUATION = /^[\s\p{P}]*$/u;

function aloneOnLine(text: string, c: Candidate): boolean {
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
  if (lineStart === 0) return false; // the first line is no code under a label
  const newline = text.indexOf('\n', c.end);
  const lineEnd = newline < 0 ? text.length : newline;
  return ONLY_PUNCTUATION.test(text.slice(lineStart, c.start)) && ONLY_PUNCTUATION.test(text.slice(c.end, lineEnd));
}

/** Nothing but a bracketed sender name ("[Acme]", "【Acme】") or an emoji ("🔐 582031 is your …")
 * between the sentence start and the token. */
const SENTENCE_OPENING = /(?:^|[.!?。！？\n])[\s\p{P}\p{Extended_Pictographic}\uFE0F\u200D]*(?:(?:\[[^\]\n]{1,30}\]|【[^】\n]{1,30}】)[\s\p{P}]*)?$/u;

function opensSentence(text: string, c: Candidate): boolean {
  const lead = text.slice(Math.max(0, c.start - 40), c.start);
  // A cut-off lead has lost its start, so only a sentence break inside it counts (the "x" stands for
  // the text before it).
  return SENTENCE_OPENING.test(c.start <= 40 ? lead : `x${lead}`);
}

/** "PicPay: 61 94 25 e o seu codigo": only the sender's name and a colon open the message before it. */
const SENDER_OPENING = /^\s*\p{Lu}[\p{L}\d&.' -]{0,24}:\s+$/u;

function bind(text: string, c: Candidate, keywords: KeywordHit[], numbers: Candidate[], labelling: Set<KeywordHit>): Binding {
  const b: Binding = { before: 0, after: 0, tightBefore: 0, labelled: false, tightAfter: 0 };
  const alone = (c.kind === 'digits' || c.kind === 'split') && aloneOnLine(text, c);
  const numberIn = (from: number, to: number) => {
    for (let i = lowerBound(numbers, from); i < numbers.length; i++) {
      const n = numbers[i] as Candidate;
      if (n.end > to) return false;
      if (n !== c) return true;
    }
    return false;
  };
  // Only the nearest few keywords on each side can win; looking at more only costs time.
  const first = lowerBound(keywords, c.start);
  let seen = 0;
  for (let i = first - 1; i >= 0 && seen < NEAREST; i--) {
    const k = keywords[i] as KeywordHit;
    if (k.end > c.start) continue; // overlaps the candidate
    seen++;
    if (alone && k.weight >= 0.9 && c.start - k.end <= LINE_LABEL_WINDOW) {
      b.before = Math.max(b.before, k.weight * LINE_LABEL_SCORE * (numberIn(k.end, c.start) ? 0.6 : 1));
    }
    if (c.start - k.end > WINDOW_BEFORE) {
      // Further back it only says "the message talks about codes".
      b.before = Math.max(b.before, k.weight * FAR_SCORE);
      break;
    }
    // "cod. de seguranca 205619", "cód. de verificación": the full stop of the abbreviated code word
    // ends no sentence (twenty-fourth round).
    const abbreviated = /^\.\s/.test(text.slice(k.end, k.end + 2)) && /^c[oó]d$/i.test(text.slice(k.start, k.end));
    const gap = text.slice(abbreviated ? k.end + 1 : k.end, c.start).replace(ORDINAL, '');
    const adjacent = tightLabel(gap, c);
    const between = numberIn(k.end, c.start);
    // A label never spans another candidate number: "sifreniz: 551902. Kart: 5xxx" labels 551902 only.
    const tight = adjacent || (!between && isLabelPhrase(gap, c.kind !== 'digits'));
    b.before = Math.max(b.before, k.weight * gapScore(gap, tight, between));
    if (tight) {
      b.tightBefore = Math.max(b.tightBefore, k.weight);
      // Letter-only codes need the keyword itself right before the colon ("Steam Guard code: FKQPX"), or a
      // verb asking to type it before the keyword and a capital right after it ("Introduce el código DUSG
      // para …"); "enter the OTP to proceed" is prose.
      const typed = /^[ \t]{1,2}$/.test(gap) && /^[A-Z]/.test(c.value) && ENTER_BEFORE.test(text.slice(Math.max(0, k.start - 30), k.start));
      if ((adjacent && (/[:\n]/.test(gap) || typed)) || statedByCopula(text, gap, c)) b.labelled = true;
    }
  }
  seen = 0;
  for (let i = lowerBound(keywords, c.end); i < keywords.length && seen < NEAREST; i++, seen++) {
    const k = keywords[i] as KeywordHit;
    // "ma GD 1533 ma OTP 572123": a keyword that labels the next number says nothing about this one.
    if (labelling.has(k)) break;
    if (k.start - c.end > WINDOW_AFTER) {
      b.after = Math.max(b.after, 0.92 * k.weight * FAR_SCORE);
      break;
    }
    const gap = text.slice(c.end, k.start);
    // After the code, only a short connector is tight: "123456 is your code", "*512657* هو رمز".
    // A date or a time in between counts as another number: "Сбербанк: 0042 05.11.2024 Пароль … 55912"
    // is a sequence number and a date, then the label of the code that follows it.
    const between = numberIn(c.end, k.start) || DATE_OR_TIME.test(gap);
    // The object particle of Korean and Japanese ("7391을 입력하시면", "123456を入力") joins the number
    // to the verb after it as tightly as a colon (twenty-seventh round).
    let s = gapScore(gap, /^[\s*)\]】』」"'»:\-–—]{0,4}(?:을|를|を)?\s?$/u.test(gap), between);
    const sameClause = !between && !SENTENCE_BREAK.test(gap) && !/[,;，；]/.test(gap);
    const announced = sameClause && COPULA_START.test(gap);
    // A number that opens its sentence and a code word later in the same clause: "745504 თქვენი …
    // კოდია", "306736 таны … код юм". Word order puts the copula at the end or leaves it out, so the
    // shape is the label, whatever the language.
    const opensClause = sameClause && k.weight >= 0.9 && gap.length <= 60 && opensSentence(text, c);
    if (announced || opensClause) s = Math.max(s, 0.75);
    // A code first and its label after in the same clause: CJK word order ("12345X 是您的代码"), or a
    // copula in any script when the code opens its sentence ("a7k2p9 is your Acme code", "[Acme] k3jd8s
    // est votre code"); mid-sentence ("… ref AB12CD is your …") it is the tail of something else.
    // A keyword in a warning ("ห้ามบอกรหัสนี้", "请勿泄露验证码") names no token before it.
    const warned = WARNING_BEFORE.test(text.slice(Math.max(0, k.start - 32), k.start));
    if (sameClause && gap.length <= 30 && !warned && (CJK.test(gap) || (announced && (opensSentence(text, c) || SENDER_OPENING.test(text.slice(0, c.start))))
      || suffixedCopula(text, c, k, gap))) b.tightAfter = Math.max(b.tightAfter, k.weight);
    // "… 123456\nNever share this code": a warning's code word speaks of the message's code, whichever
    // it is; it does not make the number before it one (thirteenth round, metamorphic).
    b.after = Math.max(b.after, 0.92 * k.weight * (warned ? Math.min(s, WARNED_AFTER) : s));
  }
  return b;
}

/** "<#> 88 516 tek kullanımlık şifrenizdir", "a7k2p9 رمز یکبار مصرف شماست": languages that end the
 * sentence with the keyword and glue the copula to it (Turkish "-dir", Persian "-ast") put an OTP or
 * password word right after the code that opens the sentence; it labels that code as a copula would.
 * Not when the keyword goes on to a number in its clause ("k0de otp anda … adalah 096617"): there it
 * opens the label of that number. */
function suffixedCopula(text: string, c: Candidate, k: KeywordHit, gap: string): boolean {
  if (k.weight < 1 || !/^[ \t]{1,2}$/.test(gap) || !opensSentence(text, c)) return false;
  const clauseRest = text.slice(k.end, k.end + 80).split(/[.!?。！？\n,;،]/)[0] ?? '';
  return !/\d/.test(clauseRest);
}

const DATE_OR_TIME = /\d[.:/]\d/;
/** The most a keyword in a warning binds a number before it: below ACCEPT. */
const WARNED_AFTER = 0.5;

function isSendBack(text: string, c: Candidate): boolean {
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  const lead = text.slice(Math.max(0, c.start - 60), c.start);
  if (REPLY_WITH_BEFORE.test(before) || DESTINATION_BEFORE.test(lead) || CJK_DESTINATION_BEFORE.test(lead)) return true;
  if (SEND_VERB_AFTER.test(text.slice(c.end, c.end + 30)) || SEND_IT_AFTER.test(text.slice(c.end, c.end + 40))) return true;
  return SEND_VERB_BEFORE.test(before) && TO_NUMBER_AFTER.test(text.slice(c.end, c.end + 30));
}

/** The only number left once amounts, dates, times, phones and card masks are set aside, in a message
 * that speaks of a code anywhere ("… Не сообщайте его никому: 24808") or is one short sentence ("Opret
 * med 436617", "使用062050註冊"): nothing else in the message can be the code. */
const SOLE_SCORE = 0.6;
const SHORT_MESSAGE = 50;

/** "Never share your OTP", "without OTP/PIN", "never asks for your PIN": a warning, not a label. */
const WARNING_BEFORE = /(?:(?<![\p{L}])(?:не|ne|nie|not|never|without|jangan|nunca|niemals|никогда|никому)(?![\p{L}])|n't|勿|不要|ห้าม|อย่า)[^.!?。！？\n]{0,20}$/iu;

/** "Подтвердите вход в Сбербанк Онлайн: 7204", "Confirm your login to Acme: 4412": a request to
 * confirm a sign-in, then a colon, labels the number after it as a sole number's (twenty-fourth round). */
function confirmsSignIn(body: string, c: Candidate): boolean {
  const lead = body.slice(Math.max(0, c.start - 60), c.start);
  return /:\s*$/.test(lead) && CONFIRM_SIGN_IN.test(lead);
}
const CONFIRM_SIGN_IN = new RegExp(String.raw`(?<![\p{L}])(?:подтвердите|підтвердіть|podtverdite|confirm|confirme[zr]?|confirma|potwierd[zź]|bestätigen\s+sie|konfirmasi)\s+`
  + String.raw`(?:(?:the|your|o|el|le|la|seu|su|votre)\s+)?(?:${SIGN_IN.source})[^:.!?\n]{0,30}:\s*$`, 'iu');

/** "for logging in:", "untuk masuk:", "для входа:": a purpose of signing in, then a colon. SIGN_IN has
 * "masuk" (thirtieth round); Malay's "log masuk" starts with a word of its own. */
const SIGN_IN_LABEL = new RegExp(`(?:(?:to|for|для|untuk|utk|pour|para|zum|do)\\s+(?:${SIGN_IN.source})|(?:untuk|utk)\\s+log\\s+masuk)[^:\\n]{0,12}:\\s*$`, 'iu');

/** What a sender puts around any message: a tag first ("[Acme] ", "【Acme】", a part number "(2/3) ",
 * the date and time sent) and a signature last (" -Acme"). Set aside, the message is the same
 * (thirteenth round). "Acme: " is left: "Код клиента: 551902" is written the same way and is a label,
 * not a sender; only a sign-up sentence, which names no label, is read past it (NAME_TAG). */
const SENDER_TAG = new RegExp(String.raw`^\s*(?:(?:\[[^\]\n]{1,30}\]|【[^】\n]{1,30}】)\s*`
  + String.raw`|(?:\(\d{1,2}\/\d{1,2}\)|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?),?\s+)+`, 'u');
const NAME_TAG = /^\p{Lu}[\p{L}\d&.' -]{0,24}:\s+/u;
const SIGNATURE = /\s[-–—]\s?\p{Lu}[\p{L}\d&.' ]{0,24}\s*$/u;

/** Sentences any code message may end with: a warning ("Do not share it.", "Никому не сообщайте этот
 * код.") or a lifetime ("Valid 5 min."), each opening its sentence (two words may come first: "Please
 * never share", "It is valid for"). A new sentence starts after a stop, a line break, or a space
 * before a capital. */
const BOILERPLATE_TAIL = new RegExp(
  String.raw`(?:[.!?。！？]\s*|\n\s*|\s+(?=\p{Lu}))`
  + String.raw`(?:(?:\p{L}+\s+){0,2}(?:${SECRECY.source}|${VALID_MINUTES.source})`
  + String.raw`[^.!?。！？\n]*(?:[.!?。！？]\s*|\n\s*|$))+$`,
  'iu',
);
/** Only short messages are judged as bare codes or one short sentence, so only they are trimmed. */
const FRAMED = 120;

/** The message without its sender's tag and signature and the boilerplate it ends with. */
function senderFrame(body: string): { start: number; end: number } {
  if (body.length > FRAMED) return { start: 0, end: body.length };
  const start = SENDER_TAG.exec(body)?.[0].length ?? 0;
  const sig = SIGNATURE.exec(body);
  let end = sig && sig.index > start ? sig.index : body.length;
  const tail = BOILERPLATE_TAIL.exec(body.slice(0, end));
  if (tail && tail.index > start) end = tail.index;
  return { start, end };
}

/** "… ثبت شد", "Заявка … зарегистрирована", "registered successfully": a registration already made
 * is a notice (an order, a request), not a request to sign up with the number. */
const SIGNED_UP = /ثبت\s?(?:شد|گردید)|(?:has been|was|is)\s+registered|registered\s+successfully|зарегистрирован\p{L}*|зареєстрован\p{L}*|kaydedildi|kaydınız\s+alındı|(?:注册|註冊)成功|登録(?:されました|完了)|등록(?:되었|완료)/iu;

/** An SMS Retriever message whose one candidate number is a code split for reading ("81 27",
 * "5820-17") and which holds no other number: the message exists to deliver that code. */
function isRetrieverSplit(retriever: boolean, numbers: Candidate[], found: Candidate[]): boolean {
  return retriever && numbers.length === 0 && found.filter((c) => c.kind === 'spaced').length === 1;
}

function isSoleNumber(body: string, numbers: Candidate[], keywords: KeywordHit[], retriever: boolean,
  frame: { start: number; end: number }): boolean {
  const only = numbers.length === 1 ? numbers[0] : undefined;
  if (only?.kind !== 'digits' || only.value.length < 4 || only.value.length > 8 || TEXT_X_TO_N.test(body)) return false;
  // The SMS Retriever marker ("<#>") says "this is a one-time code" without a word for it, and so does a
  // lifetime of minutes when the number is given as the message's value: first, or after "is" or a colon
  // ("SMS ist 961640 … gültig 15 Minuten"), not after a noun of its own ("Ticket valid 90 minutes. Bay 4412").
  if (retriever) return true;
  const lead = body.slice(Math.max(0, only.start - 12), only.start);
  if (VALID_MINUTES.test(body) && (opensSentence(body, only) || COPULA_END.test(lead) || /:\s*$/.test(lead))) return true;
  const announces = (k: KeywordHit) =>
    k.weight >= 0.9 && Math.max(only.start - k.end, k.start - only.end) <= LINE_LABEL_WINDOW && !WARNING_BEFORE.test(body.slice(Math.max(0, k.start - 30), k.start))

  if (keywords.some(announces)) return true;
  // "… jangan memberitahu kode rahasia ini … untuk masuk: 848280": the code word sits in the warning,
  // and a colon after "to log in" labels the number.
  if (keywords.some((k) => k.weight >= 0.9) && SIGN_IN_LABEL.test(body.slice(Math.max(0, only.start - 40), only.start))) return true;
  // One plain sentence ("Log in: X" aside): a comma or colon would make the number one item among others.
  const core = body.slice(frame.start, frame.end);
  const named = frame.start + (NAME_TAG.exec(body.slice(frame.start, only.start))?.[0].length ?? 0);
  const rest = body.slice(named, only.start).replace(/:\s*$/, '') + body.slice(only.end, frame.end);
  return core.trim().length <= SHORT_MESSAGE && !/[\d,;:!?]/.test(rest) && SIGN_UP.test(core)
    && !SIGNED_UP.test(core) && !NAMES_AN_ORDER.test(core);
}

/** "سفارش شما با کد پیگیری 482019 ثبت شد", "Your order 4412 is registered": an order, a parcel or a
 * booking was registered, and the sentence's one number is its own. */
const NAMES_AN_ORDER = /(?<![\p{L}])(?:order|parcel|booking|shipment|заказ\p{L}*|замовлен\p{L}*|посылк\p{L}*|pedido|commande|bestellung|sipari[şs]\p{L}*|pesanan|zam[óo]wieni\p{L}*|سفارش|مرسوله|طلب)(?![\p{L}])|订单|訂單|注文|주문/iu;

/** Three or more numbers in a row joined only by commas ("584，5682177778，12234，…", "4412, 3390,
 * 582913"): items of a list (a puzzle, lottery numbers, a set of backup codes), none of them the code. */
const LIST_SEPARATOR = /^\s?[,，、;；]\s?$/;
const LIST_LENGTH = 3;

function listedNumbers(body: string, numbers: Candidate[]): Set<Candidate> {
  const out = new Set<Candidate>();
  let run: Candidate[] = [];
  for (const n of numbers) {
    const prev = run[run.length - 1];
    if (prev && !LIST_SEPARATOR.test(body.slice(prev.end, n.start))) run = [];
    run.push(n);
    if (run.length >= LIST_LENGTH) run.forEach((m) => out.add(m));
  }
  return out;
}

/** DDMMYYYY, MMDDYYYY or YYYYMMDD with a year from 1990 to 2039: about one random eight-digit number in 2 000 reads so. */
function isCalendarDate(v: string): boolean {
  const day = (d: number, m: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31;
  const year = (y: number) => y >= 1990 && y <= 2039;
  const n = (from: number, to: number) => Number(v.slice(from, to));
  if (year(n(4, 8)) && (day(n(0, 2), n(2, 4)) || day(n(2, 4), n(0, 2)))) return true;
  return year(n(0, 4)) && day(n(6, 8), n(4, 6));
}

/** "Use ab7x9q to verify your account", "Masukkan k3jd8s untuk verifikasi": a verb asking to use or type
 * the token and the purpose of verifying or signing in right after it label a mixed code as a code word
 * does; a promotion says what the code buys instead. */
const USE_BEFORE = /(?<![\p{L}])(?:use|enter|type|usa|utilisez|saisissez|gunakan|masukkan|введите|используйте|digite|ingresa)\s+$/iu;
const TO_VERIFY_AFTER = /^\s+(?:to|para|pour|untuk|для|чтобы)\s+(?:verify|confirm|log\s?in|sign\s?in|verificar|confirmar|vérifier|confirmer|verifikasi|masuk|подтвердить|войти)(?![\p{L}])/iu;

function usedToVerify(text: string, c: Candidate): boolean {
  return USE_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start)) && TO_VERIFY_AFTER.test(text.slice(c.end, c.end + 24));
}

function score(c: Candidate, b: Binding, sendBack: boolean, whole: boolean, sole: boolean, verify = false): Scored {
  const context = Math.max(b.before, b.after);
  const len = c.value.length;
  if (sendBack) return { value: c.value, score: 0, eligible: false };
  switch (c.kind) {
    case 'digits': {
      if (len === 3 || len >= 9) {
        // Short and long numbers are usually something else; only a strong keyword close before vouches
        // ("رمز پویا 7861564985").
        // Three digits need an OTP word, not just "code": "your code is 123" is a fragment, a CVV or a test.
        const ok = len === 3 ? b.tightBefore >= 1 : b.tightBefore >= 0.9 || b.before >= 0.8;
        return { value: c.value, score: ok ? 0.85 * Math.max(b.tightBefore, b.before) : 0, eligible: ok };
      }
      // "dispatched on 11042022": eight digits that read as a calendar date are a date, unless a code word
      // labels them right before.
      if (len === 8 && !whole && b.tightBefore < 0.9 && isCalendarDate(c.value)) return { value: c.value, score: 0, eligible: false };
      const base = whole ? Math.max(context, 0.85) : sole ? Math.max(context, SOLE_SCORE) : context;
      return { value: c.value, score: base * (len === 6 ? 1 : 0.97), eligible: true };
    }
    case 'split':
      return { value: c.value, score: whole ? Math.max(context, 0.85) : context, eligible: true };
    case 'prefixed': {
      // "G-123456" is a format on its own (Google); "D-007", "D-0081", "X-55190" name deposits, tariffs and
      // products (a label before the prefix rules those out, extract-candidates.ts). Four digits also need a
      // code word right before or after them.
      const ok = whole || len >= 5 || (len === 4 && Math.max(b.tightBefore, b.tightAfter) >= 0.9);
      return { value: c.value, score: ok ? Math.max(context, 0.8) : 0, eligible: ok };
    }
    case 'alnum':
    case 'spaced': {
      // Mixed tokens are names and references unless a code word (not just "use"/"enter") sits right
      // before them, or right after them in the same clause (CJK order: "12345X 初始化…代码").
      // The only code of a Retriever message, split for reading, needs only a code word before it
      // in reach, like a sole number ("Kode OTP GoPay kamu 81 27", a service's name between).
      const bound = Math.max(b.tightBefore >= 0.9 ? b.tightBefore : 0, b.tightAfter >= 0.9 ? 0.95 * b.tightAfter : 0,
        verify && c.kind === 'alnum' ? 0.9 : 0,
        sole && c.kind === 'spaced' && b.before >= 0.5 ? Math.max(b.before, SOLE_SCORE) : 0);
      return { value: c.value, score: bound * 0.95, eligible: bound > 0 };
    }
    case 'letters': {
      const ok = b.labelled && !LETTER_STOPWORDS.has(c.value.toUpperCase());
      return { value: c.value, score: ok ? b.tightBefore * 0.9 : 0, eligible: ok };
    }
  }
}

/** "Your TeamViewer code is QGFDAE", "votre code est QGFDAE", "Kode Anda adalah PLMQRT": a copula (also
 * at the end of a short label phrase) presents the upper-case word that ends the clause as the code's
 * value, as a colon does (twenty-second round); "kode verifikasi DANA kamu" goes on and names the
 * service. The caller has checked that the gap is tight or such a phrase. */
const COPULA_GAP = /(?<![\p{L}])(?:is|es|és|est|ist|è|é|lautet|это|je|jest|to|wynosi|är|er|ir|yra|adalah|ialah|là|la|ay|είναι)\s{1,2}$|(?:是|为|為|は|คือ)\s?$/iu;
const ENDS_CLAUSE = /^(?:\s*$|\s?\n|[.,;!?)\]"'»。])/u;

function statedByCopula(text: string, gap: string, next: Candidate): boolean {
  return next.kind === 'letters' && /^[A-Z]/.test(next.value) && COPULA_GAP.test(gap)
    && ENDS_CLAUSE.test(text.slice(next.end, next.end + 2));
}

/** Keywords that sit right before a candidate ("OTP 572123", "code: X"): they label that candidate. */
/** A keyword that ends its sentence ("… kodunuzdur. B001") labels no mixed or letter token after
 * the full stop: that is the next sentence's, a sender's tag or a name (thirty-first round). */
function tightLabel(gap: string, c: Candidate): boolean {
  return TIGHT_GAP.test(gap) && !(/^\.\s/.test(gap) && (c.kind === 'alnum' || c.kind === 'letters'));
}

function labellingKeywords(text: string, keywords: KeywordHit[], found: Candidate[]): Set<KeywordHit> {
  const out = new Set<KeywordHit>();
  for (const k of keywords) {
    const next = found[lowerBound(found, k.end)];
    if (!next) continue;
    const gap = text.slice(k.end, next.start).replace(ORDINAL, '');
    // A lower-case word is only a code after a colon ("Passcode: hjktwe"); "koden deira" is prose.
    // So is an upper-case word, or after a verb asking to type it ("Introduce el código DUSG"):
    // "kode verifikasi DANA kamu" names the service, and the code before it keeps its label.
    const lowerWord = next.kind === 'letters' && /^[a-z]/.test(next.value);
    const typed = next.kind === 'letters' && !lowerWord
      && ENTER_BEFORE.test(text.slice(Math.max(0, k.start - 30), k.start));
    if (tightLabel(gap, next) && (next.kind !== 'letters' || /[:\n]/.test(gap) || typed || statedByCopula(text, gap, next))) {
      out.add(k);
    }
  }
  return out;
}



const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;

export function extractCode(text: string, providerHint?: string | null): Extraction {
  // Every code the scoring below finds has a code's shape; checked here all the same, so that the type
  // says so and no later change to a candidate rule can hand the page something else.
  const found = findCode(text, providerHint);
  return { ...found, code: asCode(found.code), candidates: found.candidates.flatMap((c) => asCode(c) ?? []) };
}

type Found = Omit<Extraction, 'code' | 'candidates'> & { code: string | null; candidates: string[] };

export function analyseMessage(text: string): Analysis {
  // "<#>" or "[#]" opens only messages for Android's SMS Retriever, which exists to deliver one-time codes
  // (read before normalising, which drops "<#>" as a tag).
  const retriever = /^\s*(?:<#>|\[#\])/.test(text);
  let body = normalizeText(text);

  const originMatch = ORIGIN_LINE.exec(body.trimEnd());
  const origin = originMatch?.[1]?.toLowerCase() ?? null;
  const originCode = originMatch?.[2] ?? null;
  const embeddedOrigin = originMatch?.[3]?.toLowerCase() ?? null;
  if (originMatch) body = body.slice(0, originMatch.index);

  const hash = APP_HASH.exec(body);
  if (hash?.[1] && (/[0-9+/]/.test(hash[1]) || /[A-Z].*[A-Z]/.test(hash[1])) && /[a-z]/.test(hash[1])) {
    body = body.slice(0, hash.index);
    // The SMS Retriever marker ("<#>", "[#]", "#") is not a "#" label of the number after it.
    body = body.replace(RETRIEVER_MARK, '');
  }
  const linked = body.search(URL) >= 0;
  body = body.replace(URL, ' ');

  const keywords = findKeywords(body);
  const found = findCandidates(body, retriever);
  // A date written as eight digits is not a number that stands between a label and its code, nor a sole one.
  const numbers = found.filter((c) => (c.kind === 'digits' && !(c.value.length === 8 && isCalendarDate(c.value))) || c.kind === 'split' || c.kind === 'prefixed');
  const labelling = labellingKeywords(body, keywords, found);
  // A message that is nothing but the code ("2715", "G-830829") needs no keyword.
  const frame = senderFrame(body);
  const core = body.slice(frame.start, frame.end);
  const bare = core.length < 40 ? core.replace(/[\s\p{P}\p{S}]/gu, '') : '';
  const bareNoPrefix = bare.replace(/^[A-Z]{1,2}/, '');
  const sole = isSoleNumber(body, numbers, keywords, retriever, frame);
  const listed = listedNumbers(body, numbers);
  const retrieverSplit = isRetrieverSplit(retriever, numbers, found);
  const candidates = found.map((c): ScoredCandidate => {
    const whole = bare === c.value || bareNoPrefix === c.value;
    const binding = bind(body, c, keywords, numbers, labelling);
    const sendBack = isSendBack(body, c);
    const s = listed.has(c)
      ? { value: c.value, score: 0, eligible: false }
      : score(c, binding, sendBack, whole, c.kind === 'spaced' ? retrieverSplit : sole || confirmsSignIn(body, c),
        usedToVerify(body, c));
    return {
      ...c, binding, score: s.score, eligible: s.eligible, whole, sendBack,
      alone: aloneOnLine(body, c), opensSentence: opensSentence(body, c),
    };
  });
  const gates = messageGates(body, keywords, linked);
  return {
    body, origin, originCode, embeddedOrigin, retriever, sole, keywords, numbers, candidates, gates,
  };
}

function findCode(text: string, providerHint?: string | null): Found {
  if (typeof text !== 'string' || text.trim() === '') return { code: null, confidence: 0, candidates: [], origin: null, embeddedOrigin: null };
  const a = analyseMessage(text);
  const found = decideByRules(a, providerHint);
  // The learned ranker's veto (ranker.ts): a code it finds unlikely is offered as a chip, not
  // filled. An origin-bound line is the sender's own word and is never second-guessed.
  if (found.code === null || a.originCode !== null || !vetoes(RANKER, a, found.code)) return found;
  const candidates = [found.code, ...found.candidates].slice(0, MAX_CHIPS);
  return { ...found, code: null, confidence: round(found.confidence * 0.5), candidates };
}

/** The hand rules' decision alone, before the learned ranker's veto (scripts/train-ranker.ts trains
 * the ranker against it). */
export function decideByRules(a: Analysis, providerHint?: string | null): Found {
  const { origin, originCode, embeddedOrigin } = a;
  const byValue = new Map<string, Scored>();
  for (const c of a.candidates) {
    if (!c.eligible) continue;
    const prev = byValue.get(c.value);
    if (!prev || prev.score < c.score) byValue.set(c.value, c);
  }
  const ranked = [...byValue.values()].sort((x, y) => y.score - x.score);

  if (originCode) {
    return { code: originCode, confidence: 1, candidates: ranked.map((r) => r.value).filter((v) => v !== originCode).slice(0, MAX_CHIPS), origin, embeddedOrigin };
  }

  const best = ranked[0];
  const second = ranked[1];
  const gated = isGated(a.gates);
  const clear = best !== undefined && best.score >= ACCEPT && (!second || best.score - second.score >= MARGIN);
  const hint = normalizeHint(providerHint);

  if (best && clear && !gated) {
    const confidence = second ? best.score - 0.5 * second.score : best.score;
    return {
      code: best.value,
      confidence: round(best.value === hint ? Math.max(confidence, 0.9) : confidence),
      candidates: ranked.slice(1, MAX_CHIPS + 1).map((r) => r.value),
      origin: null,
      embeddedOrigin: null,
    };
  }

  // Unsure. The provider's own guess may break a tie, but only between candidates our keywords back.
  const backed = hint ? ranked.find((r) => r.value === hint && r.score >= 0.3) : undefined;
  if (backed && !gated) {
    return { code: backed.value, confidence: 0.6, candidates: ranked.filter((r) => r !== backed).slice(0, MAX_CHIPS).map((r) => r.value), origin: null, embeddedOrigin: null };
  }
  return { code: null, confidence: round((best?.score ?? 0) * 0.5), candidates: ranked.slice(0, MAX_CHIPS).map((r) => r.value), origin: null, embeddedOrigin: null };
}
