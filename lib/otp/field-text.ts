// What the words around an input say about it. Pure string work, no DOM, so the word lists can be
// read and extended in one place. Text is normalised first: camelCase and snake_case split into words,
// lower-cased, punctuation turned into spaces, so `smsCode`, `sms_code` and "SMS-код" all read as
// "sms code" / "sms код".

/** How strongly a piece of text says "one-time code". */
export type TextSignal = {
  strong: boolean; // an unambiguous OTP phrase: "otp", "verification code", "код из SMS", 验证码
  medium: boolean; // a code-ish word that also appears elsewhere: "code", "pin", "код", "kod"
  weak: boolean; // per-box labels of split widgets: "digit 1", "цифра 1"
  never: boolean; // card, promo, captcha, search, backup code…: never fill, whatever else it says
  other: boolean; // username, password, phone, e-mail, name…: not a code field unless a strong phrase says so
  words: number;
};

/**
 * True when the text rules the field out. A short name like "phone code" or "country_code" is the dialing
 * code, but a sentence like "Enter the code we sent to your phone" is about the code: in longer text a
 * code word outweighs a passing mention of a phone, e-mail or login.
 */
export function rulesOut(s: TextSignal): boolean {
  if (s.never) return true;
  if (!s.other || s.strong) return false;
  return !s.medium || s.words <= 3;
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

// Patterns run on the normalised text, which is padded with spaces, so ` word ` means a whole word.
// Cyrillic inflections are spelled out because \b does not know Cyrillic.
const STRONG: readonly RegExp[] = [
  / (otp|totp|hotp|2fa|mfa|passcode|passcodes|onetime|one time|2 step|two step|two factor|2 factor|2fa code) /,
  / (sms|text|verification|verify|verif|confirmation|confirm|authentication|authenticator|auth|activation|access|login|sign in|signin|otp|mobile) (code|codes|pin) /,
  / (smscode|authcode|otpcode|verifycode|verificationcode|confirmcode|confirmationcode|activationcode) /,
  // Russian / Ukrainian / Kazakh
  / (код|кода|коду|кодом|коды|кодты) (из|в|по) (смс|sms) /,
  / (смс|sms) (код|кода|коду|кодом|коды|кодты) /,
  / (код|кода|коду|кодом)( [\p{L}]+)? (подтвержден|подтверждени|проверк|верификац|активац|доступ|підтвердженн|перевірк|безпеки)\p{L}* /u,
  / (одноразов|бір реттік|растау|растаушы|подтверждающ)\p{L}* /u,
  / (растау|тексеру|тексеріс) (коды|кодын|кодты|код) /,
  // Western European and others
  / (bestätigungscode|verifizierungscode|einmalcode|einmalpasswort|sms code|tan) /,
  / (código|codigo|código sms|codice|code|kod|kodu|kode|cod|mã) (de |di |do |da |)(verificación|verificacion|verificação|verificacao|confirmación|confirmacion|confirmação|confirmacao|acceso|acesso|verifica|conferma|vérification|verification|confirmation|sms|otp|weryfikacyjny|potwierdzający|potwierdzajacy|dostępu|weryfikacji|verifikasi|xác nhận|xác thực|doğrulama|onay|de sécurité) /,
  / (doğrulama|onay|tek kullanımlık) (kodu|kod|şifre|şifresi) /,
  / (کد تایید|کد تأیید|رمز التحقق|رمز التأكيد|رمز تحقق) /,
];
// CJK has no spaces between words: plain substrings.
const STRONG_CJK = /验证码|驗證碼|校验码|校驗碼|动态码|動態碼|短信码|認証コード|確認コード|認証番号|ワンタイム|인증번호|인증 코드|인증코드|확인 코드|확인코드|보안코드/;

const MEDIUM = / (code|codes|pin|token|kod|kodu|kode|код|кода|коду|коды|кодты|код|código|codigo|codice|cod|mã|sms|смс|passcode|코드|コード) /;
const WEAK = / (digit|digits|цифра|цифры|символ|ziffer|chiffre|dígito|digito|cifra|haneli) /;

// Whatever else the text says, these fields never take an SMS code.
const NEVER = new RegExp(
  ' (' +
    [
      'card', 'cards', 'cardnumber', 'card number', 'cc', 'ccnum', 'cvc', 'cvv', 'cvv2', 'cvc2', 'csc', 'cid',
      'expiry', 'expiration', 'exp', 'exp date', 'exp month', 'exp year', 'mm yy', 'карты', 'карта', 'карте',
      'promo', 'promocode', 'promo code', 'coupon', 'coupons', 'voucher', 'gift', 'giftcard', 'discount',
      'referral', 'invite', 'invitation', 'промокод', 'промокода', 'промо', 'купон', 'купона', 'сертификат',
      'сертификата', 'подарочный', 'подарочного', 'скидка', 'скидки',
      'captcha', 'recaptcha', 'капча', 'капчи', 'символы с картинки',
      'backup', 'recovery', 'резервный', 'резервного', 'восстановления', 'recovery code',
      'search', 'query', 'q', 'поиск', 'найти', 'suche', 'buscar', 'recherche',
      'zip', 'zipcode', 'postal', 'postcode', 'post code', 'plz', 'индекс', 'почтовый',
    ].join('|') +
    ') ',
);

// Plain other purposes; a strong OTP phrase overrides ("одноразовый пароль", "SMS login code").
const OTHER = new RegExp(
  ' (' +
    [
      'user', 'username', 'login', 'logon', 'email', 'e mail', 'mail', 'password', 'passwd', 'pass', 'pwd',
      'passwort', 'contraseña', 'пароль', 'пароля', 'логин', 'почта', 'почты',
      'phone', 'tel', 'telephone', 'mobile', 'msisdn', 'телефон', 'телефона', 'номер', 'number',
      'name', 'first', 'last', 'surname', 'имя', 'фамилия', 'address', 'адрес', 'city', 'город', 'street',
      'country', 'страна', 'страны', 'region', 'amount', 'sum', 'сумма', 'qty', 'quantity', 'price',
      'date', 'дата', 'year', 'month', 'day', 'birth', 'birthday', 'age', 'inn', 'snils', 'passport',
      'паспорт', 'iban', 'bic', 'swift', 'company', 'comment',
    ].join('|') +
    ') ',
);

export function readSignal(raw: string): TextSignal {
  const text = normalizeText(raw);
  const words = text.trim() === '' ? 0 : text.trim().split(' ').length;
  if (words === 0) return { strong: false, medium: false, weak: false, never: false, other: false, words };
  return {
    strong: STRONG.some((re) => re.test(text)) || STRONG_CJK.test(raw),
    medium: MEDIUM.test(text),
    weak: WEAK.test(text),
    never: NEVER.test(text),
    other: OTHER.test(text),
    words,
  };
}

// autocomplete tokens (WHATWG autofill field names) that name some other purpose.
const OTHER_AUTOCOMPLETE =
  /^(cc-|tel|email|username|current-password|new-password|postal-code|address|street-address|country|bday|transaction|name|given-name|family-name|additional-name|honorific|nickname|organization|url|photo|sex|language|impp)/;

export type AutocompleteSignal = 'one-time-code' | 'other' | 'none';

export function readAutocomplete(value: string | null): AutocompleteSignal {
  if (!value) return 'none';
  const tokens = value.toLowerCase().split(/\s+/);
  if (tokens.includes('one-time-code')) return 'one-time-code';
  // section-*, shipping, billing, home, work, mobile are modifiers in front of the field name.
  return tokens.some((t) => OTHER_AUTOCOMPLETE.test(t)) ? 'other' : 'none';
}
