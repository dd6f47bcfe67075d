// Words that label a one-time code, in the languages SimFill's users meet, and words that label
// something else (an order, a card, an amount, a phone). Tables only: the rules live in extract.ts.
// Latin and Cyrillic words need a word start (so "use" does not fire inside "because"); inflected
// endings are allowed ("кода", "kodu", "codes"). CJK and compounds ("Sicherheitscode") match inside words.

export interface KeywordHit {
  start: number;
  end: number;
  /** How strongly the word says "the code to type follows/precedes": 1 for OTP/password words. */
  weight: number;
}

// Word start for alphabetic scripts. Only a letter of a spaced script (Latin, Cyrillic, Greek) glues:
// Japanese and Chinese write Latin words right next to their own ("あなたのcaptchaは", "您的OTP是").
const WS = '(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{N}])';
const WE = '(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}])'; // word end, for words too short to allow endings

/** Words that by themselves mean a secret to type. */
const STRONG = new RegExp(
  [
    // m-PIN, the one-time PIN of mobile banking in India and Indonesia ("mpin anda … 341532"); TAC, the
    // transaction authorisation code of Malaysian and Singaporean banks
    // "OTP Bank" (Hungary, Romania, Serbia, Ukraine, Russia…) is a sender's name, not the word
    `${WS}(?:otp(?![\\s-]+(?:bank|банк))|tac|(?:m|i|sms|push|chip|photo|mobile)?tan|m?-?pin|sms[- ]?code|passcode|p/w|pwd)${WE}`,
    // "the SMS code" in the languages that put "SMS" after the word ("Kod SMS nr 33", "код SMS", "kód SMS")
    `${WS}(?:k[oó]d|код|kode)\\s(?:z\\s|из\\s)?sms${WE}`,
    `${WS}(?:one[- ]?time|password|passwort|passwd|парол\\p{L}*|parol'?|contrase[ñn]a|senha|has[łl]o|(?:[şs]|sh)ifr[eə]\\p{L}*|[šs]ifr[ae]|parola|mot de passe|wachtwoord|adgangskode|kata sandi|одноразов\\p{L}*|odnorazov\\p{L}*|секретн\\p{L}* код)`,
    // "password" in more languages, with case endings ("hasła", "hesla", "salasanasi", "Fjalëkalimi"),
    // and "one-time", which alone says the number is a one-time secret
    `${WS}(?:has(?:[łl](?:a|em|u|e)|eł)|hes(?:l[aeiou]\\p{L}*|el)|gesl(?:o|a|om|u)|lozink\\p{L}*|jelsz\\p{L}*|salasan\\p{L}*|slaptažod\\p{L}*|contrasenya|fjal[eë]kalim\\p{L}*|palavra[- ]passe|kata laluan|sandi)${WE}`,
    '(?:l[öo]senord|passord)',
    // "password" and "one-time" of the South Slavic languages in Cyrillic, and Croatian "zaporka"
    // ("Еднократна лозинка", "Једнократна лозинка", "Zaporka"; twenty-ninth round)
    `${WS}(?:лозинк\\p{L}*|еднократн\\p{L}*|једнократн\\p{L}*|zapork\\p{L}*)`,
    // "password" and "one-time" of Tajik and Mongolian in Cyrillic and Latin letters ("Рамзи тасдиқ",
    // "Нэг удаагийн нууц үг", "nuuts ug"), and Sorani Kurdish "code" ("کۆد"; twenty-ninth round)
    `${WS}(?:рамз(?:и|ро|ҳо)?|нууц\\s+үг\\p{L}*|нэг\\s+удаагийн|nuuts\\s+ug|neg\\s+udaagiin)${WE}`,
    '(?:کۆد)',
    // "password" and "one-time" in Armenian, Georgian and Greek (twenty-seventh round)
    '(?:գաղտնաբառ|մեկանգամյա|միանգամյա|პაროლ|ერთჯერად|μιας\\s+χρήσης|κωδικ\\p{L}*\\s+πρόσβασης)',
    // "password" and "one-time" in Amharic, and "one-time" in the Turkic languages in Latin letters
    // ("የይለፍ ቃልዎ", "የአንድ ጊዜ", "birdəfəlik", "birdefelik", "bir martalik", "birgezeklik"; twenty-eighth round)
    '(?:ይለፍ\\s?ቃል|የአንድ\\s?ጊዜ)',
    // the verification number in Swahili and Hausa ("Nambari ya kuthibitisha", "lambar tabbatarwa"),
    // also with "your" ("nambari yako ya uthibitisho") or for signing in ("msimbo wa kuingia"), and
    // the Swahili password ("nenosiri"; thirty-first round)
    `${WS}(?:nambari|namba|msimbo|lambar)\\s+(?:(?:yako|wako)\\s+)?(?:(?:ya|wa)\\s+)?(?:kuthibitisha|uthibitisho|tabbatarwa|kuingia)${WE}`,
    `${WS}nenosiri${WE}`,
    `${WS}(?:bird[əe]f[əe]lik|bir\\s?martalik|birgezeklik|бир\\s?марталик|бир\\s+жолку)${WE}`,
    // "password" and "one-time" of Armenian, Georgian and Greek in the Latin letters senders use
    // ("Mekangamya gaxtnabar", "ertjeradi kodi", "kodikos mias xrisis"; twenty-ninth round)
    `${WS}(?:ga(?:gh|x|kh|h|ğ)tnabar\\p{L}*|m(?:ek|i)an?gamy?[ai]a?|ertjerad\\p{L}*|mias\\s+(?:x|ch|h)r[ií]s[ie]s)${WE}`,
    `${WS}(?:jednor[aá]zov\\p{L}*|jednorazow\\p{L}*|jednokratn\\p{L}*|enkratn\\p{L}*|egyszer haszn[aá]latos|kertak[äa]ytt[öo]\\p{L}*|vienkartin\\p{L}*|vienreiz[eē]j\\p{L}*|[üu]hekordn\\p{L}*|eenmalig\\p{L}*|tek kullan[ıi]ml[ıi]k|(?:satu |se)kali (?:pakai|guna|sahaja)|(?:de )?uso [úu]nico|d'un sol [úu]s|de un solo uso|[àa] usage unique)${WE}`,
    '(?:kennwort|passwort|verifizierungscode|bestätigungscode|sicherheitscode|anmeldecode)',
    // German "one-time" as the prefix of a PIN, a TAN or a code ("Einmal-PIN", "EinmalTAN"), and
    // "einmalig"; a one-time PIN is no card's PIN
    `${WS}einmal(?:ig\\p{L}*|-|(?=pin|tan|code))`,
    '(?:验证码|驗證碼|校验码|校驗碼|动态码|動態碼|确认码|確認碼|认证码|認證碼|密码|密碼|口令|認証コード|確認コード|認証番号|確認番号|暗証番号|ワンタイム|パスワード|인증\\s?번호|인증\\s?코드|확인\\s?코드|비밀번호|승인번호|암호(?!화))',
    // Thai glues the qualifier on: "รหัสอ้างอิง" (reference), "รหัสประเทศ" (country), "รหัสสาขา" (branch)
    // name what the code identifies, as NOT_SECRET_AFTER does for spaced scripts
    // "OTP" spelt out in the scripts of South Asia (ओटीपी, ওটিপি, ஓடிபி, ఓటీపీ, او ٹی پی)
    '(?:رمز|کد|كود|كلمة المرور|รหัส(?!อ้างอิง|ประเทศ|ไปรษณีย์|สาขา|ลูกค้า|สินค้า|พนักงาน|ส่วนลด|โปร|คูปอง|บัตรก(?:ำ|ํา)นัล|ของขวัญ|รางวัล|แลก)|ओ\\.?टी\\.?पी|ওটিপি|ਓਟੀਪੀ|ઓટીપી|ଓଟିପି|ஓடிபி|ఓటీపీ|ఓటిపి|ಒಟಿಪಿ|ಓಟಿಪಿ|ഒടിപി|او\\s?ٹی\\s?پی|पासवर्ड|κωδικ|құпия\\s?сөз|бір реттік|ពាក្យសម្ងាត់|ລະຫັດ|စကားဝှက်)',
    '(?<![\\p{L}])[הושבלמכ]?סיסמ',
    // Vietnamese "code" qualified as for confirming, activating, securing, logging in or access
    `${WS}m[aã] (?:otp|x[aá]c|k[ií]ch|b[aả]o|x[aá]c nh[aậ]n|[dđ][aă]ng nh[aậ]p|truy c[aậ]p)`,
    // Kazakh "password" and "one-time" in the Latin letters senders also use ("kupiya soz", "bir rettik")
    `${WS}(?:(?:k|q)upi(?:y|i|ı)?a\\s?s[oöó]z\\p{L}*|bir\\s+ret+ik)${WE}`,
    // Vietnamese "password"
    `${WS}m[aậ]t kh[aẩ]u`,
  ].join('|'),
  'giu',
);

/** "code" and its translations: a code, but maybe not one to type (promo, authorisation number).
 * Latin-script "code" words are matched by LATIN_CODE below, because whether they count depends on
 * the word they are glued to or follow. */
const CODE = new RegExp(
  [
    // with its case endings glued on ("кода", "коду", Kazakh "коды", "кодыңыз"): the gap to the code is
    // then only what follows the word
    '(?<!(?:промо|штрих|пин|pin|пін)[- ]?)код(?!екс|ир|ов[аи])\\p{L}{0,6}',
    `${WS}(?:cod${WE}|clave|klyuch|ключ|token|токен|captcha|шифр\\p{L}*|msimbo|i?kh(?:o|owu)di)`,
    // Vietnamese "mã" alone also names a transaction or a voucher; "mã của bạn" is "your code".
    // A service's name may stand between ("Mã ID Apple của bạn là"): words without Vietnamese
    // diacritics, none of the unaccented words for an order, a discount, a gift or a transfer.
    `${WS}m[aã] (?:(?!(?:don|giam|khuyen|uu|qua|giao|the|tai|van|hoa|gioi|du|hang|dat|ve)${WE})[a-z0-9]+ ){0,3}`
      + `c[uủ]a (?:b[aạ]n|qu[yý] kh[aá]ch)`,
    `${WS}m[aã] l[aà]${WE}`,
    '(?:コード|코드|کد|کُد|代码|代碼|安全码|激活码|激活碼|कोड|កូដ|ကုဒ်|ကုတ်)',
    // a sign-in code in Chinese ("临时登录码", "登入碼", "短信码"), written without "验证"
    '(?:登录码|登錄碼|登入码|登入碼|短信码|短信碼)',
    // "code" as the scripts of South Asia, the Caucasus and the Horn write it (Bengali/Assamese, Gurmukhi,
    // Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam, Sinhala, Urdu/Sindhi, Armenian, Georgian, Amharic);
    // these scripts glue case endings on ("কোডটি", "კოდია"), so no word end is required.
    '(?:কোড|ਕੋਡ|કોડ|କୋଡ|கோட்|குறியீ|కోడ్|ಕೋಡ್|കോഡ്|කේත|කෝඩ්|کوڈ|ڪوڊ|կոդ|კოდ|ኮድ)',
    // Hebrew has spaces; a one-letter prefix ("הקוד", "בקוד") belongs to the word, more does not ("בנקודת").
    '(?<![\\p{L}])[הושבלמכ]?קוד',
  ].join('|'),
  'giu',
);

/** "code", "kod", "kód", "kôd", "kood", "código", "codice", "codul", Irish "cód"/"chód" with inflections ("kodu", "kodas", "kóðinn") and
 * compounds ("Aktivierungscode", "autentiseringskode"). */
const LATIN_CODE = /(?<![\p{L}\p{N}])(\p{L}*?)(code|c[oóò]d(?:ig|ic|i(?![\p{L}])|ul(?:ui)?(?![\p{L}]))|g?ch?ód|k[oóôȏ]d|kood|kóð)(\p{L}*)(?![\p{L}\p{N}])/giu;
/** A code word after these is a promotion, a prize, a place or a product, not a secret to type:
 * "promo code", "claimcode", "shortcode", "zip code", "Identifier Code"; "deal code", "kortingscode",
 * "kuponkód", "vinstkod" (twenty-seventh round); a referral's or an invitation's in any
 * spelling or compound ("referalnyi kod", "Empfehlungscode", "Einladungscode"; thirty-first round). */
const NOT_SECRET_CODE = /^(?:promo\p{L}*|промо\p{L}*|bar|post|postal|zip|qr|area|country|swift|sort|ussd|gift|coupon|referr?al\p{L}*|invit\p{L}*|empfehlung\p{L}*|einladung\p{L}*|parrainage|davet\p{L}*|реферал\p{L}*|пригласительн\p{L}*|추천인|초대|discount|claim|prize|bonus|reward|winning|redeem|redemption|voucher|short|identifier|reference|ref|booking|reservation|rezerva\p{L}*|rezerw\p{L}*|tracking|ride|trip|parcel|package|product|item|order|customer|member|client|terminal|merchant|offer|mijoz|m[üu][şs]teri|клиент\p{L}*|терминал\p{L}*|serial|ticket|purchase|entry|branch|store|region|department|hediye|indirim|kampanya|promosyon|gewinn|подарочн\p{L}*|бонусн\p{L}*|скидочн\p{L}*|rabat\p{L}*|deals?|korting\p{L}*|slev\p{L}*|kupon\p{L}*|kedvezm[ée]ny\p{L}*|nyerem[ée]ny\p{L}*|vinst|reducere|कूपन|प्रोमो|रेफ़?रल|রেফারেল|сыйлық\p{L}*)$/iu;
/** Languages that put the qualifier after the code word: "kode klaim", "código de descuento", "код клиента";
 * and "Kod CVV2", card details rather than a code to type. */
const NOT_SECRET_AFTER = /^(?:cvv2?|cvc2?|promo\p{L}*|promocional|premiu\p{L}*|reducere|cadou|slevy|klaim|hadiah|voucher|baucar|ваучер\p{L}*|kupon|cupom|cup[oó]n|coupon|cadeau|regalo|premio|pr[eê]mio|bonus|postal|postale|client|cliente|klienta|kunden\p{L}*|rabatow\p{L}*|rabatu|promocyjn\p{L}*|bbm?|negara|booking|reservasi|pemesanan|pesanan|pelanggan|referensi|referral|undangan|tiket|poleca\p{L}*|davet\p{L}*|приглашени\p{L}*|запрошенн\p{L}*|indirim\p{L}*|offre|produit|клиента|товара|продукта|produktu|produk|акции|купона|подарка|скидки|заказа|терминала|терміналу|бронирования|бронювання|поездки|поїздки|perjalanan|sconto|descuento|desconto|rujukan|tempahan|rezerw\p{L}*|rezerva\p{L}*|reserva|reservering\p{L}*|поповнення|пополнения|платежа|платежу|отделения|відділення|филиала|подразделения|региона|страны|города|банка|جایزه|تخفیف|هدیه|معرف|پیگیری|رهگیری|مرجع|خصم|الخصم|العرض|هدية|جائزة|ترويجي|اشتراک|مشترک|قبض|رزرو|بلیت|الاشتراك|المشترك|الحجز|العميل|קופון|הנחה|הטבה|מבצע|שובר|מתנה|הזמנה|לקוח|מנוי|מעקב|d[eiao]\s+(?:descuento|desconto|réduction|sconto|promo\p{L}*|oferta|producto|produto|produit|prodotto|regalo|pa[ií]s|cliente|indica[çc][ãa]o|convite|invitaci[óo]n|referid\p{L}*|parrainage|terminal|cliente|comercio|seguimiento|rastreo|rastreamento|rastreio|suivi|tracciamento|spedizione|env[íi]o|viaje|viagem|corsa|reserva|vale))$/iu;

/** The same qualifiers glued to the code word, as Chinese, Japanese and Korean write them
 * ("クーポンコード", "优惠券兑换码", "쿠폰코드", "紹介コード"). */
const CJK_NOT_SECRET_BEFORE = /(?:クーポン|ギフト|プロモーション|割引|紹介|招待|特典|쿠폰|할인|선물|추천인|초대|优惠券?|優惠券?|兑换|兌換|邀请|邀請|推荐|推薦|礼品|禮品)\s?$/u;

/** Thai glues the qualifier after its code word ("รหัสอ้างอิง", a reference; "รหัสลูกค้า", a customer's;
 * "รหัสไปรษณีย์", a postal code). */
const THAI_NOT_SECRET_AFTER = /^(?:อ้างอิง|ลูกค้า|สมาชิก|สาขา|ไปรษณีย์|พัสดุ|ส่วนลด|คูปอง|โปรโมชั่น|สินค้า|การจอง)/u;

/** Is the code word at [start, end) qualified as a promotion, product or place by the word before or after? */
function qualifiedAsNotSecret(text: string, start: number, end: number): boolean {
  // a word is letters and the marks of the scripts that write vowels with them ("रेफ़रल", "কূপন")
  const before = text.slice(Math.max(0, start - 20), start);
  // An abbreviation keeps its full stop ("Ref. Code"); a longer word before one ends a sentence.
  const previousWord = /(?:(?<![\p{L}\p{M}])(\p{L}{1,3})\.|([\p{L}\p{M}]+))[\s-]{1,2}$/u
    .exec(before)?.slice(1).join('') ?? '';
  const nextWord = /^[\s-]{1,2}((?:d[eiao]\s+)?[\p{L}\p{M}]+)/u.exec(text.slice(end, end + 20))?.[1] ?? '';
  // A qualifier after "de"/"di"/"do" is the same qualifier ("Cod de reducere", "código de reserva").
  const afterPreposition = nextWord.replace(/^d[eiao]\s+/u, '');
  return NOT_SECRET_CODE.test(previousWord) || NOT_SECRET_AFTER.test(nextWord)
    || NOT_SECRET_AFTER.test(afterPreposition) || CJK_NOT_SECRET_BEFORE.test(before)
    || THAI_NOT_SECRET_AFTER.test(text.slice(end, end + 12)) || namesAnOrder(text, start);
}

/** A code word with its qualifier, then only a colon or a space before the number ("код бронирования:
 * 640219", "Kod baucar anda: RAYA4821", "קוד קופון: SALE4821", "booking code: 4412"). */
const QUALIFIED_LABEL = /(?<![\p{L}])(?:code|c[oó]d(?:igo|ice)?|k[oóô]d\p{L}{0,2}|kood|kode|код\p{L}{0,2}|کد|كود|[הושבלמכ]?קוד)((?:[\s-]{1,2}(?:d[eiao]\s+)?[\p{L}\p{M}]+){1,2})?[\s:：=#№-]{0,4}$/iu;

/** Is the number at `start` labelled by a code word qualified as a booking, a voucher, a customer's
 * (the qualifier before or after it)? What the label names the number is, whatever follows; the
 * message's other code words ("Покажите код на ресепшене") then speak of it, so it is no sole
 * number either (thirtieth round). */
export function isQualifiedCodeLabel(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = QUALIFIED_LABEL.exec(before);
  if (!m) return false;
  const at = start - before.length + m.index;
  const word = /^\S+/.exec(m[0])?.[0] ?? '';
  return qualifiedAsNotSecret(text, at, at + word.length);
}

/** Endings a code word may carry: plural for "code", case endings for the others ("kodu", "kodunuz"). */
const CODE_ENDING = /^(?:s?|[\p{L}]{0,7})$/u;

/** The word glued before a code word is a verification word ("verifierings-", "verificatie-"). CONTEXT
 * is a global pattern, so its position is reset around the test. */
function verifiesPrefix(prefix: string): boolean {
  if (prefix === '') return false;
  CONTEXT.lastIndex = 0;
  const found = CONTEXT.test(prefix);
  CONTEXT.lastIndex = 0;
  return found;
}

function latinCodeHits(text: string): KeywordHit[] {
  const hits: KeywordHit[] = [];
  LATIN_CODE.lastIndex = 0;
  for (let m = LATIN_CODE.exec(text); m; m = LATIN_CODE.exec(text)) {
    const [, prefix = '', stem = '', ending = ''] = m;
    // "vscode", "unicode", "barcode": a glued prefix must be a word of its own (Sicherheits-, autentiserings-).
    if (prefix.length > 0 && ((prefix.length < 4 && !/^sms$/i.test(prefix)) || NOT_SECRET_CODE.test(prefix))) continue;
    if (/^code$/i.test(stem) ? !/^s?$/i.test(ending) : !CODE_ENDING.test(ending)) continue; // "codex", "coded"
    if (qualifiedAsNotSecret(text, m.index, m.index + m[0].length)) continue;
    // "verifieringskod", "verificatiecode", "vahvistuskoodi": a verification word glued on is one
    // strong keyword, as "verification code" is two words (mergePhrases; twenty-seventh round).
    hits.push({ start: m.index, end: m.index + m[0].length, weight: verifiesPrefix(prefix) ? 1 : 0.9 });
  }
  return hits;
}

/** Verbs that ask to type something ("enter", "introduce", "введите"); not "use", which also sells promo codes. */
const ENTER_VERB = 'enter|type|input|введите|введіть|vvedite|digita|digite|introduzca|introduce|ingresa|ingrese|saisi\\p{L}*|eingeben|geben sie|insira|wpisz|girin|masukkan|nh[aậ]p';
/** "Use 5753 to confirm": "use" in the languages that put it before a code they announce (Indonesian and
 * Malay, French, Spanish, Portuguese, German, Russian, Ukrainian, Arabic, Vietnamese). */
export const USE_VERB = 'use|gunakan|utilisez|utilice|utilize|verwenden sie|используйте|використовуйте|استخدم|s[uử] d[uụ]ng';
/** "Enter the code", "Introduce el código", "Введите код": the keyword after this is the label of a thing to type. */
export const ENTER_BEFORE = new RegExp(`${WS}(?:${ENTER_VERB})${WE}[\\s\\p{L}]{0,12}$`, 'iu');

/** "Your order with code 588082 has been shipped", "заказ с кодом", "pedido con código", "سفارش شما با
 * کد": an order or a parcel that has a code, which names it; the preposition makes the code the
 * order's attribute. */
const ORDER_WITH = /(?<![\p{L}])(?:order|parcel|package|shipment|заказ\p{L}*|замовлен\p{L}*|посылк\p{L}*|відправлен\p{L}*|pedido|encomenda|commande|colis|bestellung|sendung|paket|sipari[şs]\p{L}*|pesanan|zam[óo]wieni\p{L}*|przesyłk\p{L}*|paczk\p{L}*|سفارش|مرسوله|طلب)(?:\s+[\p{L}']+){0,2}\s+(?:with|с|з|con|com|avec|mit|dengan|z|با)\s+(?:(?:the|a|dem|el|o|le|la)\s+)?$/iu;
/** "Confirm your order with code 4412", "Confirma tu pedido con el código": the code confirms it. */
const ASKS_BEFORE = new RegExp(`(?:${WS}(?:confirm\\p{L}*|verif\\p{L}*|подтверд\\p{L}*|підтверд\\p{L}*|bestätig\\p{L}*|valid\\p{L}*|${ENTER_VERB}|use)${WE}|تایید|تأیید|وارد)[^.!?\\n]*$`, 'iu');

function namesAnOrder(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const order = ORDER_WITH.exec(before);
  return order !== null && !ASKS_BEFORE.test(before.slice(0, order.index));
}

/** Words about verifying or confirming, and verbs that ask to type something. */
const CONTEXT = new RegExp(
  [
    `${WS}(?:x[aá]c minh|verif\\p{L}*|confirm\\p{L}*|authenti\\p{L}*|auth|подтвержд\\p{L}*|podtverzhd\\p{L}*|підтвердж\\p{L}*|do[ğg]rulama|vahvist\\p{L}*|bestätig\\p{L}*|x[aá]c (?:th[uự]c|nh[aậ]n)|weryfik\\p{L}*|verifica\\p{L}*)`,
    // "verification"/"confirmation" in the languages of widely translated apps (Signal, Nextcloud, appwrite)
    `${WS}(?:vérif\\p{L}*|konfirm\\p{L}*|pengesah\\p{L}*|potwierdz\\p{L}*|ověř\\p{L}*|overov\\p{L}*|potvr[dz]\\p{L}*|ellenőrz\\p{L}*|megerősít\\p{L}*|bevestig\\p{L}*|bekr[æäe]ft\\p{L}*|kinnit\\p{L}*|apstiprin\\p{L}*|patvirtin\\p{L}*|fíor\\p{L}*|k?uthibitish\\p{L}*|uthibitisho|təsdiq\\p{L}*|tasdiq\\p{L}*|staðfest\\p{L}*|egiazta\\p{L}*|beripik\\p{L}*|верифік\\p{L}*|верифик\\p{L}*|потврд\\p{L}*|потвърж\\p{L}*|растау\\p{L}*|баталгаажуул\\p{L}*|επαλήθευ\\p{L}*|επιβεβαίω\\p{L}*)`,
    '(?:אימות|सत्यापन|पुष्टि|যাচাই|ยืนยัน|დადასტურ|ვერიფიკაც|հաստատ|ማረጋገጫ)',
    `${WS}(?:${ENTER_VERB}|${USE_VERB})${WE}`,
    '(?:验证|驗證|認証|인증|تایید|تأكيد|(?:ال)?تحقق|输入|輸入|入力|입력|أدخل)',
  ].join('|'),
  'giu',
);

const TABLES: [RegExp, number][] = [
  [STRONG, 1],
  [CODE, 0.9],
  [CONTEXT, 0.65],
];

/** A keyword followed by these is an authorisation number of a finished purchase ("KOD AVT.075807"). */
const NOT_A_CODE_AFTER = /^[\s:.-]{0,3}(?:avt|авт)/i;
/** "Your password was changed", "Hasło zostało zmienione", "密码已修改": a notice about the secret, not one that
 * carries it; a number there is a request or a reference. (Only finished changes: "password reset code" is a code.)
 * Also with the secret's value between ("senha 4821 cadastrada", "PIN 4821 has been set", "пароль 4821
 * установлен"): a password already set is the user's own, a notice, not a one-time code (thirtieth round). */
const CHANGED_AFTER = /^(?:[\s:]{0,3}\d{4,8}(?=\s))?[^.!?\n\d]{0,30}?(?:(?:was|has been|have been|is now)\s+(?:changed|reset|updated|blocked|locked|set|registered|created)|has expired|(?:foi\s+)?(?:cadastrad|definid|criad)[ao](?![\p{L}])|(?:ha\s+sido\s+)?(?:registrad|establecid)[ao](?![\p{L}])|(?:у|в)становлен[аоы]?(?![\p{L}])|ustawion[eya](?![\p{L}])|olu[şs]turuldu|belirlendi|(?:изм[еe]н[её]н|сброшен|заблокирован)[аоы]?(?![\p{L}])|змінен[оа]?(?![\p{L}])|zmienion[eya](?![\p{L}])|zm[eě]n[eě]n[oa]|ge[äa]ndert|zur[üu]ckgesetzt|(?:a|ont) [ée]t[ée] (?:modifi|r[ée]initialis)|(?:ha|han) sido (?:cambiad|modificad|restablecid)|foi (?:alterad|redefinid)|de[ğg]i[şs]tirildi|(?:berhasil |telah )?diubah|telah ditukar|đ[aã] (?:được )?thay đổi|已修改|已重置|修改成功|已变更|변경\s?(?:되|완료)|変更(?:され|しました|完了))/iu;

/** "Your ticket is confirmed", "Бронь подтверждена", "Ve … da duoc xac nhan": a confirmation already done
 * is a notice (a booking, a ticket, a payment), not a request to type something, so the participle is no
 * keyword; the number near it is a booking or a seat. */
const DONE_PARTICIPLE = /^(?:confirmed|verified|authenticated|подтвержд[её]н[аоы]?|підтвердж?ен[аоі]?|bestätigt|confirmad[oa]s?|confirmée?s?|potwierdzon[aey]?|terkonfirmasi|dikonfirmasi|terverifikasi)$/iu;
const DONE_BEFORE = /(?:(?<![\p{L}])(?:đ[aã]|da)\s+(?:(?:được|duoc)\s+)?)$/iu;

function isDoneConfirmation(text: string, start: number, end: number): boolean {
  return DONE_PARTICIPLE.test(text.slice(start, end)) || DONE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** What may join the two words of a phrase: "code d'authentification", "código de verificación". */
const PHRASE_GLUE = /^[\s-]{0,2}(?:(?:d'|de|di|del|du|of|for|для|dlya|dla|za|na)[\s-]{0,2})?$/iu;

/** "verification code", "код подтверждения": a context word next to a code word is one strong keyword. */
function mergePhrases(hits: KeywordHit[], text: string): KeywordHit[] {
  const out: KeywordHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start >= last.end && PHRASE_GLUE.test(text.slice(last.end, h.start)) && last.weight + h.weight > 1.5) {
      out[out.length - 1] = { start: last.start, end: h.end, weight: 1 };
    } else if (last && h.start < last.end) {
      // Overlapping hits ("验证码" inside "验证…"): keep the longer, stronger one.
      if (h.end > last.end || h.weight > last.weight) out[out.length - 1] = { start: last.start, end: Math.max(h.end, last.end), weight: Math.max(h.weight, last.weight) };
    } else out.push(h);
  }
  return out;
}

/** Does the text use a word that by itself means a one-time secret (OTP, password, 验证码, …)? */
export function hasOtpWord(text: string): boolean {
  STRONG.lastIndex = 0;
  const found = STRONG.test(text);
  STRONG.lastIndex = 0;
  return found;
}

export function findKeywords(text: string): KeywordHit[] {
  const hits: KeywordHit[] = latinCodeHits(text);
  for (const [re, weight] of TABLES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (re === CONTEXT ? isDoneConfirmation(text, m.index, end) : qualifiedAsNotSecret(text, m.index, end)) continue;
      hits.push({ start: m.index, end, weight });
    }
  }
  const kept = hits.filter((h) => !NOT_A_CODE_AFTER.test(text.slice(h.end, h.end + 10)) && !CHANGED_AFTER.test(text.slice(h.end, h.end + 40)));
  return mergePhrases(kept.sort((a, b) => a.start - b.start || b.end - a.end), text);
}

/** Asking to sign up or in ("Register with 436617", "使用062050註冊", "Logowanie: 4412"): words that
 * name nothing else, so the rules may read them alone (a short sign-up line, the parcel gate's
 * sign-in purpose). No boundary before them: Slavic prefixes glue on ("Zaregistrujte sa"). */
export const SIGN_UP = new RegExp(
  [
    String.raw`(?:re[gģ]ist\p{L}*|sign(?:ing)?[ -]?(?:up|in)|log(?:ging)?[ -]?in|opret\p{L}*|daftar\p{L}*`
      + String.raw`|sajili\p{L}*|zarejestr\p{L}*|anmeld\p{L}*|inscri\p{L}*|kay[ıi]t\p{L}*|реги?стр\p{L}*`
      + String.raw`|реєстр\p{L}*|вход\p{L}*|войти|увійти`
      // Polish "logowanie", Czech and Slovak "přihlášení", Hungarian "bejelentkezés", Dutch
      // "inloggen", Swedish "logga in"
      + String.raw`|logowa\p{L}*|p[řr]ihl[áa][šs]\p{L}*|prihl[áa]s\p{L}*|bejelentkez\p{L}*|inlog\p{L}*|logga\s+in)`,
    '(?:注册|註冊|登录|登錄|登入|登録|ログイン|등록|로그인|नोंदणी|पंजीकरण|ನೋಂದ|నమోదు|രജിസ്റ്റർ|பதிவு|নিবন্ধন|تىزىمل|ثبت|تسجيل)',
  ].join('|'),
  'iu',
);

/** Signing up or in, or the sign-in's access, session or authentication: the one purpose a code for
 * a site is sent for. The nouns beyond SIGN_UP are everyday words too (an entrance, "вхід з двору",
 * "giriş kapısı"; "accesorios", "connexion internet", "sesión de fotos", "autentico"), so the rules
 * read this class only beside a context of their own: a code word and a preposition ("kod dlya
 * vhoda X"), a PIN ("PIN для входу"), a confirm verb ("Confirmez votre accès :"), a label's colon.
 * One class, so a word known to one of those rules is known to all (session 22). */
export const SIGN_IN = new RegExp(
  String.raw`${SIGN_UP.source}|(?<![\p{L}])(?:вхід\p{L}*|v(?:kh|h)od\p{L}*|giri[şs]\p{L}*|bel[ée]p[ée]s\p{L}*`
    + String.raw`|σύνδεσ\p{L}*|acc?[eè]s\p{L}*|connexion|sesi[oó]n|autentic\p{L}*`
    // the verbs of signing in that name nothing else (twenty-ninth round: "zaloguj się", "se
    // connecter", "entrar na conta", "accedi"); "entrar" alone is any entering
    + String.raw`|zaloguj\p{L}*|(?:se\s+)?connecter|entrar\s+(?:na|en|a)\s+(?:sua\s+|tu\s+|la\s+)?(?:conta|cuenta)|accedi`
    // Indonesian and Malay "masuk", "log masuk", Vietnamese "đăng nhập", with or without its marks,
    // Uzbek "kirish", Kazakh "кіру" (thirtieth round); Persian and Arabic entry, also an arrival
    // ("ورود", "الدخول"; thirty-first round)
    + String.raw`|masuk|[dđ][aă]ng\s+nh[aậ]p|kirish|кіру|kuingia)|ورود|(?:ال)?دخول`,
  'iu',
);

/** "Valid", "gültig", "действителен", "有效", "اعتبار" … */
const VALIDITY = [
  `${WS}(?:v[aá]lid\\p{L}*|valable|gültig\\p{L}*|durata|geldig|giltig|gyldig|ważn\\p{L}*|platn\\p{L}*|действ\\p{L}*|дійсн\\p{L}*|geçerli\\p{L}*|berlaku|hi[eệ]u l[uự]c|expir\\p{L}*|scad\\p{L}*|caduc\\p{L}*|läuft)`,
  '(?:有效|有効|유효|اعتبار|معتبر|صالح)',
].join('|');
/** "until", "to", "до", "تا", "sampai", "bis", "至": what joins a validity word to the time it ends. */
const UNTIL = String.raw`(?:until|till|thru|through|up to|to|до|по|تا|حتى|sampai|hingga|s/d|bis|jusqu'à|hasta|até|fino alle|tot|do|kadar|đến|至|到|まで|까지)`;
/** A lifetime of minutes, or until a time of the same day ("valid 5 minutes", "gültig für 15 Minuten",
 * "有效期5分钟", "اعتبار تا 12:58", "действителен до 14:05"): what a one-time code has (offers and tickets
 * last hours or days). */
export const VALID_MINUTES = new RegExp(
  `(?:${VALIDITY})(?:[^.!?\\n\\d]{0,20}\\d{1,3}\\s?(?:min|мин|хв|dakika|ph[uú]t|分|분)|[^.!?\\n\\d]{0,12}${UNTIL}\\s{0,2}(?:[01]?\\d|2[0-3]):[0-5]\\d(?![\\d:.]))`
  // the minutes first, as Chinese, Japanese and Korean say it: "5分钟内有效", "5분간 유효"
  + String.raw`|\d{1,3}\s?(?:分钟|分鐘|分|분)[^.!?\n\d]{0,4}(?:有效|有効|유효)`,
  'iu',
);

/** Messengers: a number after their name is a contact handle ("WhatsApp 0812…", "PIN BB: 2A96DE82"),
 * unless a code word names the messenger as the service the code is for ("код WhatsApp: 551-902"). */
export const MESSENGER = 'whatsapp|viber|telegram|wechat|bbm|pin\\s?bb';

/** Labels that, right before a number, say it is something else than a code to type. */
export const LABEL_BEFORE = new RegExp(
  '(?:' +
    [
      // orders, accounts, tracking
      // references of a transfer or transaction that already happened ("Код транзакції 441209")
      `${WS}(?:код|kod|code|m[aã]|kode)\\s+(?:транзакци\\p{L}*|транзакці\\p{L}*|перевода|переказу|transaction|transaksi|giao d[iị]ch)`,
      `${WS}(?:i[şs]lem\\s+(?:no|kodu|numaras[ıi])|transaction\\s+(?:id|no|ref\\p{L}*)|txn\\s+(?:id|no|ref\\p{L}*))`,
      // places and things a number names: "branch 5519", "device 5519", "ticket 4412", "user 5519"
      `${WS}(?:branch|office|device|room|gate|seat|flight|platform|ticket|user|session|билет\\p{L}*|bilet\\p{L}*|отделени\\p{L}*|офис\\p{L}*|филиал\\p{L}*|устройств\\p{L}*)`,
      `${WS}(?:order|заказ\\p{L}*|zakaz\\p{L}*|track\\p{L}*|трек\\p{L}*|invoice|(?:confirmation|booking|reservation|appointment|ticket)\\s+(?:number|no\\.?|#)|сч[её]т\\p{L}*|schet\\p{L}*|rakhun\\p{L}*|рахун\\p{L}*|account|acct|a/c|akkaunt|t[aà]i kho[aả]n|खात[ाे]|договор\\p{L}*|dogovor\\p{L}*|поручени\\p{L}*|ref\\p{L}*|id|ip|login|логин|посылк\\p{L}*|отправлени\\p{L}*|parcel|shipment|订单|快递|运单|運單|单号|單號)`,
      // a flight and its airline's two-character code ("vuelo AM 0412", "рейс SU 1402")
      `${WS}(?:flight|vuelo|voo|vol|flug|рейс\\p{L}*|re[ij]s|uçuş|penerbangan|chuyến bay)(?:\\s+[A-Z0-9]{2})?`,
      // cards and card endings
      `${WS}(?:card|karta|kartka|карт\\p{L}*|thẻ|c[uủ]a the|visa|mastercard|mir|maestro|ending(?: in| with)?|berakhir(?:an)?(?: dengan)?|com final|con terminaci[oó]n|che termina con|заканч\\p{L}*|endziffer\\p{L}*|endet auf|terminad[ao] en|se terminant par|kończąc\\p{L}* się na)`,
      // a card's or an account's last digits in CJK ("尾号7544", "末尾1234", "下4桁", "끝자리 1234")
      '(?:尾号|尾號|尾数|尾數|末尾|末四位|下4桁|끝자리)',
      // amounts
      `${WS}(?:sum|summa|сумм\\p{L}*|suma|sumu|amount|total|итого|balance|баланс|balans|доступно|dostupno|ostatok|остаток|price|цена|rub|rur|usd|eur|kzt|uah|byn|jpy|cny|vnd|inr|rs)`,
      '(?:金額|金额|مبلغ|[$€£₽₸¥])',
      `${WS}(?:rp|idr|npr|lkr|pkr)`,
      '(?:کارت|بطاقة)',
      // a tracking, reference, order or account number in Persian and Arabic ("شماره پیگیری ۵۶۰۱۲",
      // "رقم المرجع"; thirty-first round)
      '(?:شماره\\s+(?:پیگیری|رهگیری|مرجع|سفارش|حساب|تراکنش)|رقم\\s+(?:ال)?(?:مرجع|طلب|عملية|تتبع|حساب))',
      // a card's ending in Arabic ("المنتهية بـ 2338", "تنتهي بالرقم 2338", "بالبطاقة المنتهية 4417")
      '(?:المنتهي(?:ة|ه)?|تنتهي|ينتهي)(?:\\s+(?:ب|بـ|بالرقم|بالأرقام))?',
      // phones ("sent to 9876543210")
      `${WS}(?:(?:sent|send|отправлен\\p{L}*|otpravlen\\p{L}*|надіслан\\p{L}*)\\s+(?:to|на|na)|envoy\\p{L}*\\s+(?:au|à)|enviad\\p{L}*\\s+(?:a|al|para)|dikirim\\s+ke)`,
      // Persian "to the number" (a phone or a service line: "تماس … به شماره 7000")
      '(?:به\\s+شماره)',
      `${WS}(?:tel|phone|telefon\\p{L}*|call|звон\\p{L}*|позвон\\p{L}*|zvon\\p{L}*|номер\\p{L}*|nomer\\p{L}*|numer\\p{L}*|nummer|lh|hotline|helpline|fax|info|инфо|подробн\\p{L}*|podrobn\\p{L}*|hub(?:ungi)?|telp|tlp|${MESSENGER})`,
      // the word "number" or "date" of more languages: a phone or an account, or a date written
      // without separators ("nomor: 081234", "tanggal 240226", "fecha 011226"; twenty-second round)
      `${WS}(?:nomor|nombor|n[uú]mero|numéro|numara\\p{L}*|date|tanggal|tgl|fecha|datum|дата\\p{L}*|tarih\\p{L}*|ng[aà]y)`,
      '(?:日期|날짜|تاريخ|تاریخ)',
      // an example of a format, not a value ("password: your birth date, e.g. 28061983", "เช่น", "例如")
      `${WS}(?:e\\.g|for example|for instance|например|напр|наприклад|np|z\\.\\s?b|zum beispiel|contoh(?:nya)?|misal(?:nya)?|örneğin|ví dụ|por ejemplo|p\\.\\s?ej|par exemple|ex|مثلا|مثال)`,
      '(?:เช่น|ตัวอย่าง|例如|比如|例えば|예를 들어|예:)',
      // a customer-service line ("고객센터 1588", "客服 95588")
      '(?:客服|고객센터|콜센터|コールセンター)',
      // "call" and "phone" in Thai, Chinese, Japanese and Korean ("ถามโทร 1159", "电话 95588", "请致电 95188")
      '(?:โทร|电话|電話|전화|致电|致電|拨打|撥打)',
      // promotions
      `${WS}(?:promo|coupon|gift|voucher|discount|referral|invite)[\\s-]?code`,
      `${WS}(?:promo\\p{L}*|промо\\p{L}*|coupon|купон\\p{L}*|voucher|ваучер\\p{L}*|скидк\\p{L}*|discount|gutschein|rabatt|cup[oó]n|cupom|referral|invite)`,
      '(?:优惠|兑换|邀请|クーポン|쿠폰)',
    ].join('|') +
    // "order no. 10199111", "ticket number 4412": the label's own "number" word may follow it
    `)(?:\\s(?:no|nr|num|number|nummer|numer|номер)${WE})?[\\s:.#№-]{0,3}$`,
  'iu',
);

/** Symbols that must touch the number: "№123", "#123", "+7…". */
// "nr" is only ever the abbreviation of "number" (Polish, German, Dutch, Nordic: "Kod SMS nr 271 z dn. …").
export const SYMBOL_BEFORE = /(?:[№#+]|\bN|\bNo\.?|\b[Nn]r\.?)\s?$/;

/** Units and currencies right after a number: it is an amount, a duration or a size. */
export const UNIT_AFTER = new RegExp(
  '^\\s?(?:' +
    [
      `(?:р|руб\\p{L}*|rub|rur|т|тг|тенге|kzt|uah|грн|usd|eur|byn|jpy|vnd|inr|dong|đ|rs|ريال|ریال|تومان|دلار)${WE}`,
      `(?:min|mins|minute\\p{L}*|minut\\p{L}*|мин\\p{L}*|хв\\p{L}*|sec\\p{L}*|сек\\p{L}*|hour\\p{L}*|hrs?|час\\p{L}*|day\\p{L}*|дн\\p{L}*|gb|mb|гб|мб|km|kg|шт|ph[uú]t|gi[aâ]y|dakika|minuten|stunden|tage)${WE}`,
      '(?:[€$£₽₸¥%元円年月日号時분초원]|分|秒|小时|دقیقه|دقائق)',
    ].join('|') +
    ')',
  'iu',
);

/** Words that make an all-letter token a word rather than a code ("CODE: NEVER share"). */
export const LETTER_STOPWORDS = new Set([
  'CODE', 'CODES', 'PASSWORD', 'PIN', 'OTP', 'NEVER', 'DO', 'NOT', 'DONT', 'SHARE', 'THIS', 'YOUR', 'WITH', 'FROM', 'HELP', 'STOP',
  'HTTP', 'HTTPS', 'WWW', 'VALID', 'ONLY', 'TEAM',
  'BANK', 'LOGIN', 'VISA', 'INFO', 'SMS', 'NULL', 'NONE', 'TRUE', 'FALSE', 'ENTER', 'EXPIRES', 'DATE', 'TIME', 'NOTE', 'PLEASE',
  // what follows "enter the code" in prose
  'BELOW', 'ABOVE', 'SENT', 'HERE',
  // what a code can be said to be ("Your code is EXPIRED"), since a copula presents the word after it
  'EXPIRED', 'INVALID', 'INCORRECT', 'CORRECT', 'WRONG', 'ACTIVE', 'BLOCKED', 'USED', 'READY', 'REQUIRED',
]);
