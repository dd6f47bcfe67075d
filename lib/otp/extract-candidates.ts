// Finds the tokens that could be a code and throws out the ones that are plainly something else
// (dates, times, amounts, phones, card endings, hashes). One pass over ASCII alphanumeric runs; the
// text is already normalised, so every digit is ASCII.
import { isQualifiedCodeLabel, LABEL_BEFORE, MESSENGER, SYMBOL_BEFORE, UNIT_AFTER, USE_VERB } from './extract-keywords.ts';

export type CandidateKind = 'digits' | 'split' | 'prefixed' | 'alnum' | 'letters' | 'spaced';

export interface Candidate {
  value: string;
  start: number;
  end: number;
  kind: CandidateKind;
}

interface Token {
  start: number;
  end: number;
  digits: boolean;
}

/** Numbers glued to letters of spaced scripts ("СЧЁТ1234", "100р") are not codes; CJK, Arabic and
 * Hebrew write codes right next to words ("验证码490578"), so those scripts do not glue. */
const GLUE_LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;
/** A top-level domain right after a number: "95105899.com", "10010.cn/". */
const HOST_END = /^\.[a-z]{2,4}(?![A-Za-z0-9])/;
const COMPOSITE_SEP = new Set(['.', ',', ':', '/']);
const DASHES = new Set(['-', '–']);

/** Templates that lost the space before a copula ("%son sinu … kood", "%ser … koden") or before the next
 * sentence ("Code: 0858Alternatively click …"): the letters after the number are the next word, not a
 * unit or a name. A capitalised word of five letters or more is no unit ("5GB", "10Mb") and no part of a
 * random mixed-case code, which does not end in a lower-case run. */
const GLUED_COPULA = /^(?:(?:is|ist|est|on|er|är|je|ir|ni|ay)\s|[A-Z][a-z]{4,}(?![A-Za-z0-9]))/;

function isGlued(text: string, t: Token): boolean {
  if (GLUE_LETTER.test(text[t.start - 1] ?? '')) return true;
  return GLUE_LETTER.test(text[t.end] ?? '') && !(t.digits && GLUED_COPULA.test(text.slice(t.end, t.end + 30)));
}

/** "*1234" (card ending) and "5*6163", "0000*0000" (masked numbers), but not WhatsApp bold "*123456*". */
function isMasked(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  // "*100*10#": a USSD code dialled on the phone; its numbers are menu items, not a code to type.
  if (before === '*' && after === '*') return /^\*[0-9*]*#/.test(text.slice(end, end + 12));
  if (before === '*' || before === '•') return true;
  if (after === '*' && /[0-9xX*]/.test(text[end + 1] ?? '')) return true;
  const near = text.slice(Math.max(0, start - 6), start);
  return /(?:\*{2,}|[xX•]{2,}|\.\.)\s?$/.test(near);
}

/** "code of confirmation of …", "OTP for …": the words right before a label that make it part of a code phrase. */
const CODE_PHRASE_END = /(?:код\p{L}*|kod\p{L}*|code|otp|парол\p{L}*|password)(?:\s+(?:#|№|no\.?)\s?\d{1,2})?(?:\s+(?:подтвержд\p{L}*|podtverzhd\p{L}*|confirmation|confirm|for|для|dlya|to|untuk|utk|pour|para|f[üu]r)){1,2}\s+$/iu;

/** "password for Mobile Banking login: X", "код для входа в личный кабинет: X": a code or password word,
 * "for" and a few words, then a label word and its colon; the label names what the code is for. */
const CODE_FOR_PHRASE = /(?:код\p{L}*|kod\p{L}*|code|otp|парол\p{L}*|password|passcode|pin)\s+(?:for|для|dlya|do|pour|para|f[üu]r)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** After the number, "— код для входа", "is your code": the sentence calls it a code whatever came before. */
const CALLED_A_CODE_AFTER = /^\s?(?:—|–|-|is|это|es|est|ist|je|to)\s+(?:[\p{L}]+\s+){0,4}?(?:код|code|kod|k[oó]d|c[oó]digo|codice|otp|парол|password)/iu;
/** A messenger named right after a code word is the service the code is for ("код WhatsApp: 551-902"). */
const MESSENGER_LABEL = new RegExp(`^(?:${MESSENGER})`, 'i');
/** "Kode verifikasi login: 8697", "код входа логин": "login" right after a code word (and at most one
 * word qualifying it) is the code's purpose, as languages that put the modifier last say it, not a
 * user name's label (twenty-ninth round). */
const LOGIN_LABEL = /^(?:login|логин)/iu;
const CODE_QUALIFIED_END = /(?<![\p{L}])(?:код\p{L}*|kod\p{L}*|code|c[oó]digo|codice|otp|m[aã])(?:\s+\p{L}+)?\s+$/iu;
/** "Código número 551902", "code numéro 551902": the word "number" right after a code word is the
 * code's own (twenty-second round; alone, "nomor: 081234" is a phone's). */
const NUMBER_WORD_LABEL = /^(?:nomor|nombor|n[uú]mero|numéro|numara)/iu;
const CURRENCY_LABEL = /^(?:rub|rur|usd|eur|kzt|uah|byn|jpy|cny|vnd|inr|rs)\b/i;
// "код WhatsApp", "código de WhatsApp", "code for Viber": a short connector may sit between.
const CODE_WORD_END = /(?:код\p{L}*|kod\p{L}*|code|c[oó]digo|codice|otp)\s+(?:(?:de|di|du|da|do|del|for|of|для|от|za|na)\s+)?$/iu;

const VALUE_FOLLOWS = /^\s?(?:is|es|est|ist|adalah|ialah|là|la|:)\s{1,2}(?=[\p{L}\d]{4,10}(?![\p{L}\d]))[\p{L}]*\d/iu;

/** "Код подтверждения заказа: 4412", "Ozon ID: 5519 — код", "code WhatsApp : 551-902": the label belongs
 * to a code phrase, and the number is the code. */
function labelIsPartOfCodePhrase(text: string, labelAt: number, label: string, end: number): boolean {
  const lead = text.slice(Math.max(0, labelAt - 40), labelAt);
  // "platezha 1500.00 RUR: 5519": the currency is the unit of the amount before it.
  if (CURRENCY_LABEL.test(label) && /\d\s?$/.test(lead)) return true;
  // "OTP for order 55120 is k3m9x2": a copula or a colon after the number hands the phrase on to
  // the token with digits that follows; the labelled number is the order's (thirtieth round).
  const phrase = CODE_PHRASE_END.test(lead) || (/:\s*$/.test(label) && CODE_FOR_PHRASE.test(lead));
  if (phrase && !VALUE_FOLLOWS.test(text.slice(end, end + 20))) return true;
  if ((MESSENGER_LABEL.test(label) || NUMBER_WORD_LABEL.test(label)) && CODE_WORD_END.test(lead)) return true;
  if (LOGIN_LABEL.test(label) && CODE_QUALIFIED_END.test(lead)) return true;
  return CALLED_A_CODE_AFTER.test(text.slice(end, end + 60));
}

/** "OTP No. 276094.", "Код № 551902,": a number sign right after a code word names the code itself when the
 * number ends its clause; "Kod SMS nr 129 z dn. …:" is the label's sequence number. */
const CODE_NUMBERED = /(?:код\p{L}*|kod\p{L}*|code|c[oó]digo|otp|pin|tan|парол\p{L}*|password|passcode)\s?(?:#|No\.?|nr\.?)\s?$/iu;
const CLAUSE_END_AFTER = /^\s?(?:$|[.,;!?)\n]|\s(?:is|valid|expires|for)\s)/iu;

/** "(Ref: KpQ7)", "Ref=AB12", "参考：X7K2", "อ้างอิง: QW3R": the reference a gateway prints beside its OTP
 * (Thai templates always do) names a token the user matches, never types (twenty-sixth round); numbers
 * after "ref" are labelled so in LABEL_BEFORE. */
const REFERENCE_BEFORE = /(?:(?<![\p{L}])(?:ref|r[ée]f[ée]rence|referen[cs]\p{L}*|refer[êe]ncia)\.?|อ้างอิง|参考|参照|참조)\s?(?:no\.?\s?|#\s?)?[:=：#]?\s?$/iu;

/** "Use 5000 points", "Utilisez 4412 tickets", "Gunakan 5000 kupon": a number between "use" and a noun is a
 * quantity; a code to use is followed by its purpose ("Use 123456 to verify", "as your code", "untuk",
 * "pour", "để", "um"), a comma or the end of the sentence. */
const USE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${USE_VERB})\\s+$`, 'iu');
const NOUN_AFTER = /^\s+(?!(?:to|as|for|in|on|at|when|within|before|pour|comme|afin|para|como|untuk|sebagai|guna|bagi|um|als|für|zum|zur|для|как|чтобы|в|на|để|de|làm|lam|khi)(?![\p{L}]))[\p{Script=Latin}\p{Script=Cyrillic}]/iu;

/** "Parol No.2 dlya podtverzhdeniya operacii 0418 ot 01.12.2026 18:04: 481293", "Ma xac thuc lan 2
 * cho giao dich 0049 luc 09:12 01/12: 602814": inside a label that ends with the code, the number of
 * an operation, followed by its date, time or amount, is the operation's reference. */
const OPERATION_BEFORE = /(?<![\p{L}])(?:операци\p{L}*|operaci\p{L}*|operation|opera[cç][aã]o|transacci[oó]n|transaction|transfer(?:\s+request)?|request|txn|trx|giao d[iị]ch|transaksi|i[şs]lem|transakcj\p{L}*|платеж\p{L}*|перевод\p{L}*|переказ\p{L}*)(?:\s+(?:no\.?|nr\.?|#))?\s{0,2}$/iu;
const DATED_AFTER = /^\s+(?:(?:of|on|ot|от|від|z|ze|from|dated|luc|lúc|vom|du|del|de|at|tgl|tanggal)\s+(?:[A-Z]{3}\s?|[$€£₽₸₹]\s?)?)?\d{1,4}[.:/,-]\d/u;
const CODE_FOLLOWS = /^[^\n]{0,60}?(?::|\sis|\slà|\sadalah)\s*\d{4,8}(?!\d)/u;

function isOperationReference(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  return OPERATION_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && DATED_AFTER.test(after) && CODE_FOLLOWS.test(after);
}

/** Is the number labelled as something else right before it, or followed by a unit or currency? */
function isLabelledOther(text: string, start: number, end: number): boolean {
  if (isOperationReference(text, start, end)) return true;
  const before = text.slice(Math.max(0, start - 24), start);
  const label = LABEL_BEFORE.exec(before);
  if (label && !labelIsPartOfCodePhrase(text, start - before.length + label.index, label[0], end)) return true;
  if (SYMBOL_BEFORE.test(before) && !(CODE_NUMBERED.test(before) && end - start >= 4 && CLAUSE_END_AFTER.test(text.slice(end, end + 12)))) return true;
  if (isQualifiedCodeLabel(text, start)) return true;
  if (/\(\d{2,4}\)\s?$/.test(before)) return true; // "(817) 697-4520"
  // "Authentication:0204:r5v5sms:MEQ…": a field of a colon-separated machine record, not a code.
  if (/\S:$/.test(before) && /^:\S/.test(text.slice(end, end + 2))) return true;
  if (USE_BEFORE.test(before) && NOUN_AFTER.test(text.slice(end, end + 12))) return true;
  return UNIT_AFTER.test(text.slice(end, end + 12));
}

/** Deposits, tariffs, models and products are named with a number ("Вклад D-007", "Model X-55190",
 * "Lokata L-0124", "gói cước D120"): the name is no code. After a colon the word ends a code's label
 * ("Код подтверждения открытия вклада: 4412"). */
const PRODUCT_BEFORE = /(?<![\p{L}])(?:вклад\p{L}*|депозит\p{L}*|deposit|tari(?:f|ff)\p{L}*|тариф\p{L}*|model\p{L}*|модел\p{L}*|lokat\p{L}*|mevduat\p{L}*|product|продукт\p{L}*|s[aả]n ph[aẩ]m|g[oó]i(?: c[uư][oớ]c)?|产品|商品|型号)[\s#№-]{1,3}$/iu;

const ORDINAL_MARK = /(?:[№#]|\bno\.?|\bnr\.?)\s?$/i;
/** "Пароль №2:661045" (№ is "No" once normalised): the ordinal is glued to its mark, so it is no number of its own. */
const GLUED_ORDINAL = /(?:#|\bno|\bnr)\.?\d{1,2}:$/i;

/** The months of the Solar Hijri calendar (Iran, Afghanistan) and the words "month" and "year". */
const HIJRI_MONTH = /(?<![\p{L}])(?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|ماه|سال)(?![\p{L}])/u;

/** A year after a word that places something in time ("tax code for 2026", "Series of 2024", "seit 2019",
 * "за 2025 год", "tahun 2026"): the year of what is named, no code typed into a site (twenty-second
 * round). A code is never written right after "for" or "of". */
const YEAR_PREPOSITION = /(?<![\p{L}])(?:for|of|in|since|until|from|year|für|seit|im|pour|depuis|en|para|desde|hasta|за|с|до|od|tahun|năm)\s$/iu;

/** A year shown next to a month or a time ("Jan 05 12:00:00 CET 2024", "31 января 2018", and in the
 * Solar Hijri calendar "فروردین ماه 1405"), or after a word placing something in time. */
function isYear(text: string, t: Token): boolean {
  const value = text.slice(t.start, t.end);
  if (t.end - t.start !== 4) return false;
  const around = text.slice(Math.max(0, t.start - 30), t.end + 4);
  if (/^1[34]\d\d$/.test(value)) return HIJRI_MONTH.test(around);
  if (!/^(?:19|20)\d\d$/.test(value)) return false;
  if (YEAR_PREPOSITION.test(text.slice(Math.max(0, t.start - 8), t.start))) return true;
  return /\d:\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|янв|фев|мар|апр|мая|июн|июл|авг|сен|окт|ноя|дек|\d{4}\s?(?:г|year|год|年)/i.test(around);
}

/** An upper-case word next to another upper-case word is a shouted sentence ("BITTE NIEMALS …",
 * "TEILE DIESEN CODE"), not a code. */
const SHOUTED_NEIGHBOUR = /^ [A-Z]{2}/;
const SHOUTED_BEFORE = /[A-Z]{2} $/;

/** Digits with the rest masked by x's ("5738xx", "XX1245"): a hidden number, not a code. */
const MASKED_TOKEN = /^(?:[0-9]+[xX]{2,}|[xX]{2,}[0-9]+)$/;

/** A lower-case word is only a code when it ends the clause ("Passcode: hjktwe."), never when the
 * sentence goes on ("Code: please enter …"). */
const CLAUSE_END = /^(?:$|\s*$|\s?\n|[.,;!?)\]"'»])/;

/** An SMS Retriever message ("<#>") exists to deliver one code, which some senders split for reading
 * in other groups than 3+3 or 4+4 ("7314 21", "5820-17", "03-91"): two groups of 2-4 digits. Read as
 * one code (kind "spaced": only where a code word labels it), never as its first group. */
function isReadingSplit(text: string, a: Token, b: Token): boolean {
  const [la, lb] = [a.end - a.start, b.end - b.start];
  return la >= 2 && la <= 4 && lb >= 2 && lb <= 4 && !(la === lb && la >= 3) && !isGlued(text, { start: a.start, end: b.end, digits: true })
    && !isLabelledOther(text, a.start, b.end) && !isMasked(text, a.start, b.end) && !/^[.,:/]\d/.test(text.slice(b.end, b.end + 2));
}

/** The same code in three groups of two or three digits, six to eight in all ("40-51-52",
 * "582-01-93"; twenty-seventh round): a phone number has more digits. */
function isReadingTriple(text: string, parts: Token[]): boolean {
  const lens = parts.map((p) => p.end - p.start);
  const total = lens.reduce((x, y) => x + y, 0);
  const [first, last] = [parts[0] as Token, parts[parts.length - 1] as Token];
  return lens.every((l) => l === 2 || l === 3) && total >= 6 && total <= 8
    && !isGlued(text, { start: first.start, end: last.end, digits: true })
    && !isLabelledOther(text, first.start, last.end) && !isMasked(text, first.start, last.end)
    && !/^[.,:/]\d/.test(text.slice(last.end, last.end + 2));
}

/** One code written as two groups ("76 74", "400.050", "5820-17"): the user types the digits joined. */
function joined(text: string, a: Token, b: Token, kind: CandidateKind): Candidate {
  return { value: text.slice(a.start, a.end) + text.slice(b.start, b.end), start: a.start, end: b.end, kind };
}

/** The names of a card's security field (CVV2, CVC2, CSC): a label, never a code. */
const CARD_FIELD = /^(?:cvv|cvc|csc|cvn|cav)2?$/i;

export function findCandidates(text: string, retriever = false): Candidate[] {
  const tokens: Token[] = [];
  // A number glued to a copula or the next sentence ("123023on sinu …") is a token of its own (see GLUED_COPULA).
  const tokenRe = /[0-9]+(?=(?:is|ist|est|on|er|är|je|ir|ni|ay)\s|[A-Z][a-z]{4,}(?![A-Za-z0-9]))|[A-Za-z0-9]+/g;
  for (let m = tokenRe.exec(text); m; m = tokenRe.exec(text)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, digits: /^[0-9]+$/.test(m[0]) });
  }

  const out: Candidate[] = [];
  const consumed = new Set<number>();

  // 1) Numbers: digit tokens joined by single separators. "12.05.2024", "12:00", "5,555,555",
  //    "388-941-4444" are composites (never codes); "123-456" / "1234-5678" are split codes.
  interface NumberGroup { first: number; last: number; seps: string[]; composite: boolean }
  const groups: NumberGroup[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t?.digits) continue;
    const g: NumberGroup = { first: i, last: i, seps: [], composite: false };
    for (let j = i + 1; j < tokens.length; j++) {
      const prev = tokens[j - 1];
      const next = tokens[j];
      if (!prev || !next?.digits || next.start !== prev.end + 1) break;
      const sep = text[prev.end] ?? '';
      if (!COMPOSITE_SEP.has(sep) && !DASHES.has(sep)) break;
      g.seps.push(sep);
      g.last = j;
    }
    g.composite = g.seps.some((s) => COMPOSITE_SEP.has(s));
    // A decimal/date glued on the left or right ("-300.00", ",44") also makes a composite.
    groups.push(g);
    i = g.last;
  }

  const isDateOrTime = (g: NumberGroup) => g.seps.includes(':') || g.seps.includes('/')
    || (g.seps.length >= 2 && g.seps.every((x) => x === '.'));

  // 2) Space chains of numbers: "8 800 100 07 01" (phone), "146 003,44" (amount) or "823 815" (split code).
  for (let gi = 0; gi < groups.length; gi++) {
    const chain = [groups[gi] as NumberGroup];
    while (gi + 1 < groups.length) {
      const a = tokens[(chain[chain.length - 1] as NumberGroup).last] as Token;
      const nextGroup = groups[gi + 1] as NumberGroup;
      const b = tokens[nextGroup.first] as Token;
      if (b.start !== a.end + 1 || text[a.end] !== ' ') break;
      // "01.12.2026 17:25 469538": a date or a time ends a phone number or an amount; the number
      // after it stands alone.
      if (isDateOrTime(chain[chain.length - 1] as NumberGroup) || isDateOrTime(nextGroup)) break;
      chain.push(nextGroup);
      gi++;
    }
    const firstTok = tokens[(chain[0] as NumberGroup).first] as Token;
    const phoneLike = /\+\s?$/.test(text.slice(Math.max(0, firstTok.start - 2), firstTok.start));
    if (chain.length >= 3 || phoneLike) {
      for (const g of chain) for (let k = g.first; k <= g.last; k++) consumed.add(k);
      // "code is 12 34 56": three pairs are a code read out in pairs, but only where a code word labels
      // them (kind "spaced", see extract.ts); anywhere else they are a phone number or a date.
      if (!phoneLike && chain.length === 3 && chain.every((g) => g.first === g.last && (tokens[g.first] as Token).end - (tokens[g.first] as Token).start === 2)) {
        const a = tokens[(chain[0] as NumberGroup).first] as Token;
        const b = tokens[(chain[2] as NumberGroup).first] as Token;
        if (!isGlued(text, { start: a.start, end: b.end, digits: true })) {
          out.push({ value: text.slice(a.start, b.end).replace(/ /g, ''), start: a.start, end: b.end, kind: 'spaced' });
        }
      }
      continue;
    }
    if (chain.length === 2) {
      const [g1, g2] = chain as [NumberGroup, NumberGroup];
      const a = tokens[g1.first] as Token;
      const b = tokens[g2.last] as Token;
      const la = a.end - a.start;
      const lb = b.end - b.start;
      const simple = g1.first === g1.last && g2.first === g2.last;
      // "код для входа: 76 74": two pairs are a four-digit code read out in pairs, like three pairs
      // (kind "spaced": only where a code word labels them).
      if (simple && la === 2 && lb === 2 && !isGlued(text, { start: a.start, end: b.end, digits: true })) {
        out.push(joined(text, a, b, 'spaced'));
        consumed.add(g1.first).add(g2.first);
        continue;
      }
      if (simple && la === lb && (la === 3 || la === 4) && !isGlued(text, { start: a.start, end: b.end, digits: true })) {
        // Thousands grouping ("146 003") looks the same; a currency or decimal after it decides.
        if (!isLabelledOther(text, a.start, b.end) && !/^[.,]\d/.test(text.slice(b.end, b.end + 2))) {
          out.push(joined(text, a, b, 'split'));
        }
        consumed.add(g1.first).add(g2.first);
        continue;
      }
      if (retriever && simple && isReadingSplit(text, a, b)) {
        out.push(joined(text, a, b, 'spaced'));
        consumed.add(g1.first).add(g2.first);
        continue;
      }
      // Amount with thousands grouping: "1 000", "15 000.00", "503 390.99".
      if (la <= 3 && (tokens[g2.first] as Token).end - (tokens[g2.first] as Token).start === 3) {
        for (const g of chain) for (let k = g.first; k <= g.last; k++) consumed.add(k);
        continue;
      }
    }
    for (const g of chain) {
      const a = tokens[g.first] as Token;
      const b = tokens[g.last] as Token;
      for (let k = g.first; k <= g.last; k++) consumed.add(k);
      if (g.composite) {
        // "Kod nr 3:551902": a numbered label glued to its code by the colon, not a time.
        const [n, v] = [a, b].map((t) => t.end - t.start) as [number, number];
        if (g.last === g.first + 1 && g.seps[0] === ':' && n <= 2 && v >= 4 && v <= 8 && ORDINAL_MARK.test(text.slice(Math.max(0, a.start - 5), a.start))
          && !/^[.,:/]\d/.test(text.slice(b.end, b.end + 2)) && !isGlued(text, b)) {
          out.push({ value: text.slice(b.start, b.end), start: b.start, end: b.end, kind: 'digits' });
        }
        // "Ma OTP la 400.050": two groups of three joined by a dot are a code split for reading where a
        // code word labels them (kind "spaced", extract.ts), and an amount anywhere else.
        if (g.last === g.first + 1 && g.seps[0] === '.' && n === 3 && v === 3 && !/^[.,]\d/.test(text.slice(b.end, b.end + 2))
          && !/\d[.,]$/.test(text.slice(a.start - 2, a.start)) && !isGlued(text, { start: a.start, end: b.end, digits: true })
          && !isLabelledOther(text, a.start, b.end)) {
          out.push(joined(text, a, b, 'spaced'));
        }
        continue;
      }
      if (g.first !== g.last) {
        const parts = [];
        for (let k = g.first; k <= g.last; k++) parts.push(tokens[k] as Token);
        const lens = parts.map((p) => p.end - p.start);
        // "388-941-": a dash at either end is a phone number cut off, not a code split for reading.
        const cutOff = DASHES.has(text[a.start - 1] ?? '') || DASHES.has(text[b.end] ?? '');
        if (parts.length === 2 && !cutOff && lens[0] === lens[1] && (lens[0] === 3 || lens[0] === 4) && !isGlued(text, { start: a.start, end: b.end, digits: true })) {
          if (!isLabelledOther(text, a.start, b.end) && !isMasked(text, a.start, b.end)) {
            out.push({ value: parts.map((p) => text.slice(p.start, p.end)).join(''), start: a.start, end: b.end, kind: 'split' });
          }
        } else if (retriever && parts.length === 2 && !cutOff && isReadingSplit(text, a, b)) {
          out.push(joined(text, a, b, 'spaced'));
        } else if (retriever && parts.length === 3 && !cutOff && isReadingTriple(text, parts)) {
          out.push({ value: parts.map((p) => text.slice(p.start, p.end)).join(''), start: a.start, end: b.end, kind: 'spaced' });
        }
        continue;
      }
      if (/^[.,]\d/.test(text.slice(a.end, a.end + 2)) || (/\d[.,:/]$/.test(text.slice(a.start - 2, a.start)) && !GLUED_ORDINAL.test(text.slice(Math.max(0, a.start - 8), a.start)))) continue;
      if (isGlued(text, a) || isMasked(text, a.start, a.end) || isYear(text, a)) continue;
      // "web.95105899.com", "www.10010.com": a label of a host name, not a code.
      if (/[A-Za-z0-9]\.$/.test(text.slice(a.start - 2, a.start)) && HOST_END.test(text.slice(a.end, a.end + 6))) continue;
      // "Dz-8342-FY344": the middle of a dash-joined reference (tracking, booking) is no code of its own.
      if (/[A-Za-z0-9]-$/.test(text.slice(a.start - 2, a.start)) && /^-[A-Za-z0-9]/.test(text.slice(a.end, a.end + 2))) continue;
      const len = a.end - a.start;
      if (len < 3 || len > 10) continue;
      // "G-123456": a one- or two-letter brand prefix the user does not type.
      // It starts at the prefix, so that "code is G-123456" reads as tightly as "code is 123456", and a label
      // before the prefix ("Вклад D-0081", "Model X-55190") names it.
      const prefix = /(?:^|[^A-Za-z0-9])([A-MO-Z]{1,2}-)$/.exec(text.slice(Math.max(0, a.start - 4), a.start))?.[1];
      const start = a.start - (prefix?.length ?? 0);
      if (PRODUCT_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || isLabelledOther(text, start, a.end)) continue;
      out.push({ value: text.slice(a.start, a.end), start, end: a.end, kind: prefix ? 'prefixed' : 'digits' });
    }
  }

  // 3) Letters and mixed tokens: "123ABC78", "ABC4", "QGFDAE". Whether they count is decided by how
  //    tightly a keyword precedes them (extract.ts); here only their shape.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.digits || consumed.has(i)) continue;
    const value = text.slice(t.start, t.end);
    const len = value.length;
    if (len < 4 || len > 10) continue;
    if (GLUE_LETTER.test(text[t.start - 1] ?? '') || GLUE_LETTER.test(text[t.end] ?? '')) continue; // "Bestätigungscode"
    if (/[-'.]/.test(text[t.end] ?? '') && /[A-Za-z0-9]/.test(text[t.end + 1] ?? '')) continue; // "Amazon-Einmal", "v.whatsapp"
    // "QQ20******2": the visible start of a masked account, not a code
    if (/^(?:\*{2,}|•{2,})/.test(text.slice(t.end, t.end + 2))) continue;
    if (MASKED_TOKEN.test(value)) continue; // "5738xx is your OTP": the code is hidden, nothing to type
    if (CARD_FIELD.test(value)) continue; // "安全码（CVV2）：739": the name of a card's field, not its value
    if (REFERENCE_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start))) continue;
    if (/[0-9]/.test(value)) out.push({ value, start: t.start, end: t.end, kind: 'alnum' });
    else if (/^[A-Z]+$/.test(value) && (SHOUTED_NEIGHBOUR.test(text.slice(t.end, t.end + 3)) || SHOUTED_BEFORE.test(text.slice(Math.max(0, t.start - 3), t.start)))) continue;
    else if (/^[A-Z]+$/.test(value) || (/^[a-z]+$/.test(value) && CLAUSE_END.test(text.slice(t.end, t.end + 2)))) {
      out.push({ value, start: t.start, end: t.end, kind: 'letters' });
    }
  }

  // 4) Codes split by dashes for reading, in one case ("RKJ-YP6", "f11-x29-zpk", "a8k3-m2qx", and since
  //    the twenty-sixth round two lower-case groups of three or four, "a4f9-k2p"): typed without them.
  //    Letters-only or digits-only groups are names ("WI-FI") or numbers, handled above. Like every
  //    mixed token they count only right after a code word (extract.ts).
  const dashedRe = /(?<![A-Za-z0-9-])(?:[A-Z0-9]{2,5}(?:-[A-Z0-9]{2,5}){1,2}|[a-z0-9]{3}(?:-[a-z0-9]{3}){1,2}|[a-z0-9]{3,4}-[a-z0-9]{3,4})(?![A-Za-z0-9]|-[A-Za-z0-9])/g;
  for (let m = dashedRe.exec(text); m; m = dashedRe.exec(text)) {
    const value = m[0].replace(/-/g, '');
    // "FB-49102": a brand prefix of one or two letters and a number, which step 2 reads as prefixed
    // (thirty-first round), not one mixed token
    if (/^[A-MO-Z]{1,2}-\d+$/.test(m[0])) continue;
    if (/[0-9]/.test(value) && /[A-Za-z]/.test(value) && value.length <= (/[a-z]/.test(value) ? 9 : 8)) {
      out.push({ value, start: m.index, end: m.index + m[0].length, kind: 'alnum' });
    }
  }

  // 5) Characters printed one by one: "a u 8 k u f" (Austrian Handy-Signatur TAN).
  const spacedRe = /(?<![A-Za-z0-9])[A-Za-z0-9](?: [A-Za-z0-9]){3,9}(?![A-Za-z0-9])/g;
  for (let m = spacedRe.exec(text); m; m = spacedRe.exec(text)) {
    const value = m[0].replace(/ /g, '');
    if (value.length <= 8 && /[0-9]/.test(value) && /[A-Za-z]/.test(value)) {
      out.push({ value, start: m.index, end: m.index + m[0].length, kind: 'spaced' });
    }
  }

  return out.sort((a, b) => a.start - b.start);
}
