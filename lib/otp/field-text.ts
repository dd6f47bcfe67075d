// What the words around an input say about it. Pure string work, no DOM, so the word lists can be
// read and extended in one place. Text is normalised first: camelCase and snake_case split into words,
// lower-cased, punctuation turned into spaces, so `smsCode`, `sms_code` and "SMS-код" all read as
// "sms code" / "sms код".

/**
 * What a piece of text says about a field, as bits: a field reads many texts (name, label, placeholder,
 * nearby text…) and the content script that runs this in every frame stays small when merging them is
 * a plain `|`.
 */
export type TextSignal = number;
export const STRONG = 1; // an unambiguous OTP phrase: "otp", "verification code", "код из SMS", 验证码
export const MEDIUM = 2; // a code-ish word that also appears elsewhere: "code", "pin", "код", "kod"
export const WEAK = 4; // per-box labels of split widgets: "digit 1", "цифра 1"
export const NEVER = 8; // card, promo, captcha, search, backup code…: never fill, whatever else it says
export const OTHER = 16; // username, password, phone, e-mail, name…: not a code field unless a strong phrase says so
const SHORT = 32; // three words or fewer (meaningless once signals are merged)
// A captcha or a gift card: the page asks for what it shows or what is printed, never for an SMS. Also
// NEVER; unlike the rest of NEVER it rules a field out from the text around it too (a sentence that
// mentions a bank card does not: 3-D Secure steps do that).
export const NOT_SMS = 64;

/**
 * True when the text rules the field out. A short name like "phone code" or "country_code" is the dialing
 * code, but a sentence like "Enter the code we sent to your phone" is about the code: in longer text a
 * code word outweighs a passing mention of a phone, e-mail or login.
 */
export function rulesOut(s: TextSignal): boolean {
  if (s & NEVER) return true;
  if (!(s & OTHER) || s & STRONG) return false;
  return !(s & MEDIUM) || (s & SHORT) > 0;
}

export function normalizeText(raw: string): string {
  return (
    ' ' +
    raw
      .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2') // smsCode -> sms Code
      .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2') // SMSCode -> SMS Code
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim() +
    ' '
  );
}

// Patterns run on the normalised text, which is padded with spaces, so ` word ` means a whole word
// (\b does not know Cyrillic). KOD is the Russian, Ukrainian and Kazakh "code" with up to two letters of
// ending: код, кода, коду, коды, кодом, кодты, кодын.
const KOD = 'код\\p{L}{0,2}';
const STRONG_PHRASES: readonly RegExp[] = [
  / (otp|totp|hotp|2fa|mfa|passcodes?|onetime|one time|(2|two) (step|factor)) /,
  / (sms|text|verification|verify|verif|confirmation|confirm|authentication|authenticator|auth|activation|access|login|sign ?in|mobile) (codes?|pin) /,
  / (sms|auth|otp|verify|verification|confirm(ation)?|activation)code /,
  // MFA tokens ("Authentication Token", "RSA SecurID token code"); a bare "token" or an API "access token" is not one.
  / (authentication|authenticator|auth|mfa|2fa|otp|verification|rsa|securid|hardware|software|soft) tokens? /,
  // Russian / Ukrainian / Kazakh
  new RegExp(` ${KOD} (из|в|по) (смс|sms) `, 'u'),
  new RegExp(` (смс|sms) ${KOD} `, 'u'),
  new RegExp(` ${KOD}( \\p{L}+)? (подтвержд|проверк|верификац|активац|доступ|підтвердж|перевірк|безпеки)\\p{L}* `, 'u'),
  / (одноразов|бір реттік|растау|подтверждающ)\p{L}* /u,
  new RegExp(` (растау|тексеру|тексеріс) ${KOD} `, 'u'),
  // Western European and others
  / (bestätigungscode|verifizierungscode|einmalcode|einmalpasswort|tan) /,
  / (c[oó]digo|codice|code|kod[ue]?|cod|mã) (de |di |do |da |)(verificaci[oó]n|verifica[cç][aã]o|confirmaci[oó]n|confirma[cç][aã]o|acceso|acesso|verifica|conferma|vérification|verification|confirmation|sms|otp|weryfikacyjny|potwierdzaj[aą]cy|dostępu|weryfikacji|verifikasi|xác nhận|xác thực|doğrulama|onay|de sécurité) /,
  / (doğrulama|onay|tek kullanımlık) (kodu|kod|şifre|şifresi) /,
  / (کد ت[اأ]یید|رمز التحقق|رمز التأكيد|رمز تحقق) /,
];
// CJK has no spaces between words: plain substrings.
const STRONG_CJK = /验证码|驗證碼|校验码|校驗碼|动态码|動態碼|短信码|認証コード|確認コード|認証番号|ワンタイム|인증번호|인증 ?코드|확인 ?코드|보안코드/;

// "verification" alone: a field the page itself labels "Verification" / "verification input" asks for the code.
const MEDIUM_WORDS = new RegExp(` (codes?|pin|token|verification|kod[ue]?|${KOD}|c[oó]digo|codice|cod|mã|sms|смс|passcode|코드|コード) `, 'u');
const WEAK_WORDS = / (digits?|цифр[аы]|символ|ziffer|chiffre|d[ií]gito|cifra|haneli) /;

/** A whole-word pattern from a space-separated list of regular expressions; `_` stands for the space
 * between the words of a phrase ("promo_code"). */
const anyWord = (list: string): RegExp => new RegExp(` (${list.trim().split(/\s+/).join('|').replace(/_/g, ' ')}) `);

// Whatever else the text says, these fields never take an SMS code.
const NEVER_WORDS = anyWord(`
  cards? cardnumber cc ccnum cvc2? cvv2? csc cid expir(y|ation) exp mm_yy карт[аеуы]
  promo promocode coupons? voucher gift giftcard discount referral invit(e|ation)
  промо промокода? купона? сертификата? подарочн[ыо][йг]о? скидк[аи]
  backup recovery резервн[ыо][йг]о? восстановления
  search query q поиск найти suche buscar recherche
  zip(code)? postal post_?code plz индекс почтовый
`);

// en, ru, uk, kk: "captcha", "the characters you see / in the picture", "not a robot", "gift card".
const NOT_SMS_PHRASES =
  / ((re|h)?captcha|капч\p{L}*|(characters|letters|symbols|text|word) (you see|in the (image|picture))|not a robot|не робот|робот емес\p{L}*|(символ|текст|букв|таңба)\p{L}* (с|з|із|на) (картинк|изображени|зображен)\p{L}*|суретте(гі|н)|gift ?cards?|(подарочн|подарунков)\p{L}* (карт|сертиф)\p{L}*|сыйлық) /u;

// Plain other purposes; a strong OTP phrase overrides ("одноразовый пароль", "SMS login code").
const OTHER_WORDS = anyWord(`
  user username login logon e_?mail mail password passwd pass pwd passwort contraseña парол[ья] логин почт[аы]
  phone tel telephone mobile msisdn телефона? номер number
  name surname имя фамилия address адрес city город street country стран[аы] region
  amount sum сумма qty quantity price date дата year month day birth(day)? age
  inn snils passport паспорт iban bic swift company comment
`);

export function readSignal(raw: string): TextSignal {
  const text = normalizeText(raw); // " word word ": one space between words and at each end
  if (text.length < 3) return 0;
  const words = text.split(' ').length - 2;
  return (
    (NOT_SMS_PHRASES.test(text) ? NOT_SMS | NEVER : 0) |
    (STRONG_PHRASES.some((re) => re.test(text)) || STRONG_CJK.test(raw) ? STRONG : 0) |
    (MEDIUM_WORDS.test(text) ? MEDIUM : 0) |
    (WEAK_WORDS.test(text) ? WEAK : 0) |
    (NEVER_WORDS.test(text) ? NEVER : 0) |
    (OTHER_WORDS.test(text) ? OTHER : 0) |
    (words <= 3 ? SHORT : 0)
  );
}

// autocomplete tokens (WHATWG autofill field names) that name some other purpose.
const OTHER_AUTOCOMPLETE =
  /^(cc-|tel|email|username|(current|new)-password|postal-code|address|street-address|country|bday|transaction|(given-|family-|additional-|nick)?name|honorific|organization|url|photo|sex|language|impp)/;

export type AutocompleteSignal = 'one-time-code' | 'other' | 'none';

export function readAutocomplete(value: string | null): AutocompleteSignal {
  if (!value) return 'none';
  const tokens = value.toLowerCase().split(/\s+/);
  const otc = 'one-time-code';
  if (tokens.includes(otc)) return otc;
  // section-*, shipping, billing, home, work, mobile are modifiers in front of the field name.
  return tokens.some((t) => OTHER_AUTOCOMPLETE.test(t)) ? 'other' : 'none';
}
