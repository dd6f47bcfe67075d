// SMS → the one-time code to type. Pure and DOM-free, so the background, tests and scripts share it.
// How it decides (docs/code-extraction.md): an origin-bound last line wins outright; otherwise every
// plausible token is scored by the nearest code keyword before or after it, the best one is returned
// only when it clearly beats the rest, and messages that are notices (balances, codes to read out to a
// bank employee, half codes) never return one. A wrong code typed into a site is worse than none.
import {
  isGated, type Analysis, type Binding, type Gates, type ScoredCandidate,
} from './extract-analysis.ts';
import { findCandidates, type Candidate } from './extract-candidates.ts';
import { ENTER_BEFORE, findKeywords, hasOtpWord, LETTER_STOPWORDS, SIGN_UP, VALID_MINUTES, type KeywordHit } from './extract-keywords.ts';
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

/** "пароль для входа в личный кабинет: X", "Kod SMS do operacji nr 1 z 12.03: X": a short phrase that
 * starts with the keyword and ends with a colon labels X as tightly as the keyword alone. */
function isLabelPhrase(gap: string): boolean {
  return LABEL_PHRASE.test(gap.replace(LABEL_NUMBER, '0').replace(LABEL_ABBREVIATION, 'x')) || COPULA_PHRASE.test(gap)
    || SIGN_IN_PURPOSE.test(gap);
}
/** "kod dlya vhoda h2m6tc", "código de login w2k8pq", "code for sign-in X": a code word and its
 * purpose, signing in, label what follows as a colon would (twenty-fourth round). */
const SIGN_IN_PURPOSE = new RegExp(String.raw`^\s+(?:for|de|do|da|para|pour|f[üu]r|zum|zur|для|dlya|dlia|untuk|za)\s+`
  + String.raw`(?:(?:the|your|la|el|o|a)\s+)?(?:${SIGN_UP.source}|acceso|acesso|acc[eè]s|connexion|sesi[oó]n|logowani\p{L}*|v(?:kh|h)od\p{L}*)\s{1,2}$`, 'iu');
/** "รหัสยืนยัน Steam ของคุณคือ X", "code for your Acme account is X": a short phrase from the keyword to a
 * copula labels X like a colon does. Up to 40 characters (24 until the twenty-fifth round): languages
 * that join the service's name by a genitive say it longer ("Msimbo wako wa kuingia Airtel Money ni
 * X", "código para iniciar sesión en Mercado Pago es X"); Swahili's copula is "ni". */
const COPULA_PHRASE = /^[^.!?。！？\n:\d]{1,40}(?:(?<![\p{L}])(?:is|est|es|é|e|ist|lautet|это|je|jest|to|är|er|adalah|ialah|là|la|ni)|\s[—–]|คือ|是|为|為|は)\s{0,2}$/iu;
/** "password no. 1:", "kod (#2):", "пароль №3": a numbered label is still a label. */
const ORDINAL = /^\s*\(?(?:№|#|n[o°º]\.?|nr\.?|номер)\s?\d{1,2}\)?/iu;
/** A full stop of CJK ("。") ends a sentence with no space after it: "829475。这是一封密码情书" is two. */
const SENTENCE_BREAK = /[.!?](?:\s|$)|[。！？]|\n\s*\n/;
/** The gap ends with "is", "est", ":", "—" …: the number is what the sentence was announcing. */
const COPULA_END = /(?:^|[\s\p{P}])(?:is|est|es|és|ist|è|é|lautet|это|je|to|jest|wynosi|är|er|ir|yra|là|la|adalah|ay|ni|είναι|هو|是|为|為|は|คือ|:|-|–|—)[\s:*"'«(\[]{0,3}$/iu;
/** After the number, "is your …" / "— код …" announces it just as well. */
const COPULA_START = /^[\s*)\]"'»]{0,2}(?:is|es|és|est|ist|è|é|е|je|er|är|on|ir|yra|ni|ay|adalah|είναι|—|-|–|это|це|to|la|là|هو|是|があなた|입니다|คือ|e(?=\s+[oa]\s+(?:seu|sua|teu|tua)\s))(?![\p{L}])/iu;

/** Half of a code ("первая часть кода"): nothing to type on a website. */
const PARTIAL = /(?:перв|втор)\p{L}*\s+част\p{L}*\s+(?:код|парол)|(?:pervaya|vtoraya|pervuyu)\s+chast'?\s+kod|(?:first|second)\s+(?:part|half)\s+of\s+(?:the\s+|your\s+)?code/iu;
/** A code to read out to an employee, not to type ("Сообщите его сотруднику"), or to share when an
 * order is delivered ("share this code only when your order is delivered", Hindi "… साझा करें जब …
 * डिलीवर …", "डिलिवरी के लिए … OTP … साझा करें"; "साझा न करें", "do not share", matches neither). */
const READ_OUT = /(?:сообщите|назовите|продиктуйте|повідомте|назвіть|soobshchite|soobshite|nazovite)\s+(?:его|этот код|код|його|цей код|ego|etot kod)?\s*(?:\d{3,8}\s+)?(?:нашему\s+|нашому\s+)?(?:сотрудник|оператор|курьер|кур'єр|співробітник|представител|представник|водій|получател|отримувач|sotrudnik|operator|kurer|poluchatel)|(?:告知|告诉|提供给|出示给|交给)(?:快递员|快递小哥|配送员|骑手|司机|工作人员|店员|收银员)|(?:tell|give|read|show|provide)\s+(?:it|this code|the code|this)\s+to\s+(?:the\s+|our\s+|your\s+|a\s+)?(?:courier|agent|employee|operator|representative|driver|cashier|staff)|(?:pin|code|код|kod)\s+(?:for|для|dlya)\s+(?:the\s+|your\s+)?(?:courier|driver|agent|cashier|курьер|водител|kurer|voditel)|(?:share|give|tell|show|provide|hand)\s+(?:the\s+|this\s+|your\s+|that\s+)?(?:[\p{L}-]+\s+)?(?:otp|code|pin|it)\b[^.!?\n]{0,20}?\s(?:with|to)\s+(?:(?:the|your|our|an?)\s+(?!(?:[\p{L}\p{N}-]+\s+)?(?:any|app|application|website|site|web|page|portal|form|field|screen)(?![\p{L}]))\p{L}|delivery|driver|courier|agent|executive|partner|rider|captain|cashier|service|engineer|technician|ambassador|staff|employee|officer|representative)|(?:please|kindly)\s+share\s+(?:the|this|your)\s+(?:[\p{L}-]+\s+)?(?:otp|code|pin)(?![\p{L}])(?![^.!?\n]{0,20}\s(?:on|in|into|via)\s+(?:the\s+)?(?:official\s+)?(?:app|website|site|portal|page))|(?:proporcion\p{L}*|entreg\p{L}*|informe|mostr\p{L}*|muestr\p{L}*|berikan|tunjukkan|sampaikan)\s+(?:el\s+|o\s+|este\s+|esse\s+|ini\s+)?(?:c[oó]digo|kode|otp|pin)[^.!?\n]{0,20}?\s(?:(?:al|ao|à)\s+(?!nadie|ningu[eé]m|terceir|\p{L}+(?:ar|er|ir)(?![\p{L}]))|(?:ke|kepada)\s+(?!siapa|orang lain))\p{L}|delivery\s+(?:authentication\s+|verification\s+)?(?:code|otp|pin)|(?:code|otp|pin)\s+for\s+(?:the\s+|your\s+)?delivery|share\s+(?:it\s+)?with\s+(?:the\s+|our\s+)?(?:delivery|driver|courier|agent|rider)|show\s+(?:this|the|your)\s+(?:code|pin)\s+(?:at|to)\s|cung c[aấ]p cho nh[aâ]n vi[eê]n|(?:передайте|покажите|скажите)\s+(?:его\s+|этот\s+код\s+|код\s+)?(?:курьер|водител|сотрудник)|(?:แจ้ง|บอก)[^\n]{0,40}?(?:แก่|กับ|ให้)\s?(?:เจ้าหน้าที่|พนักงาน)|share\s+(?:the\s+|this\s+|your\s+)?(?:otp|code|pin)\s+(?:only\s+)?(?:when|once|after|upon)\s[^.!?\n]{0,40}?deliver|साझा\s*कर\S*\s+(?:जब|तभी)[^।\n]{0,40}?डिल[िी]वर|डिल[िी]वर[^।\n]{0,100}?(?:साझा\s*कर|(?<!(?:न|मत)\s)(?:बताएं|बताइए|बताएँ|दिखाएं|दिखाइए|दिखाएँ))/iu;
/** A courier, a delivery person or a counter's staff as the one the code goes to: a dative or a
 * "to"/"for" before the noun ("Курьерге кодты айтыңыз", "kuryeye … söyleyin", "للمندوب", "配達員に",
 * "डिलीवरी पार्टनर को", "al repartidor", "kepada kurir"), or shared "with" a ride's driver ("Share this
 * with your driver", "con tu conductor", "водителю"; twenty-sixth round). The code is said at the door,
 * the car or the counter, not typed on a site. */
const TO_COURIER = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:(?:to|for|with|al|a la|ao|à|au|dem|der|mit|con|avec|com|kepada|ke|dengan|cho|para|pour|für|untuk|для|dlya|do|dla)\s+(?:(?:the|your|our|el|la|o|le|seu|votre|tu|tuo|den|ihrem|deinem|dem)\s+)?`
      // Romance "a"/"à" alone needs a possessive after it: "a tu repartidor", "à ton livreur"
      + String.raw`|(?:a|à)\s+(?:tu|su|vuestro|nuestro|seu|sua|ton|votre|tuo|vostro)\s+)`
      + String.raw`(?:courier|delivery\s+(?:partner|agent|person|boy|executive)|rider|driver|conductor|chauffeur|motorista|fahrer(?:in)?|pengemudi|sopir|supir|repartidor\p{L}*|mensajer[oa]|entregador\p{L}*|corriere|livreur|zusteller\p{L}*|kurir|kurye|кур(?:ь|['’ʼ])?[еєэ]р\p{L}*|kurier\p{L}*|shipper|người giao hàng|cartero|carteiro|facteur|postman|postbote|listonosz\p{L}*|почтальон\p{L}*)(?![\p{L}])(?!\s+(?:app|account|portal|id|profile|licen[cs]e))`,
    // the courier as the indirect object: "Give the driver this code at the door", "tell the courier the PIN"
    String.raw`(?<![\p{L}])(?:give|tell|show|read)\s+(?:the|your|our)\s+(?:courier|driver|rider|postman|delivery\s+\p{L}+)\s+(?:(?:this|the|your|that)\s+)?(?:code|pin|otp|number)(?![\p{L}])`,
    // the code given, told or shown so as to receive the order ("Informe o código 4417 para
    // receber", "give the code to receive it"; the moment itself is AT_HANDOVER; twenty-fourth round)
    String.raw`(?<![\p{L}])(?:d[aée]le|da|d[êe]|informe|diga|mostr\p{L}*|muestr\p{L}*|give|tell|show|say|berikan|sebutkan|tunjukkan|donnez|dites|montrez)\s+`
      + String.raw`(?:\p{L}+\s+){0,2}?(?:c[oó]digo|code|pin|otp|kode|kod)\s+(?:\d{3,8}\s+)?(?:para|to|pour|untuk)\s+(?:receber|recibir|receive|recevoir|menerima)(?![\p{L}])`,
    // the dative glued on: Kazakh "-ге/-ға", Russian and Ukrainian "-у", Turkish "-(y)e", Polish "-owi"
    String.raw`(?<![\p{L}])(?:курьер(?:ге|у)|кур['’]єру|kuryeye|kurierowi|водител(?:ю|ге)|водієві|водію|s[uü]r[uü]c[uü]ye|voditelyu)(?![\p{L}])`,
    // the same datives written in Latin letters ("Kurerge kod aitynyz", Uzbek "kuryerga")
    String.raw`(?<![\p{L}])(?:kur['’]?[ey]?erge|kur['’]?[ey]?erga|kuryerga)(?![\p{L}])`,
    // Korean: every delivery noun with the honorific or plain dative ("배송기사님께", "택배 기사에게")
    String.raw`(?:배달|배송|택배)\s?(?:기사|원)(?:님)?\s?(?:에게|께)`,
    String.raw`(?:للمندوب|لمندوب|للسائق|به پیک|配達員に|配達員へ|ドライバーに|配送员|快递员|骑手|ไรเดอร์|พนักงานส่ง)`,
    String.raw`(?:डिल[िी]वरी\s+(?:पार्टनर|बॉय)|(?:डिल[िी]वरी\s+|कूरियर\s+)?एजेंट|कूरियर)\s+को`,
    // the code of the hand-over itself ("Kode serah terima kurir", "handover code", "código de entrega")
    String.raw`(?<![\p{L}])(?:kode\s+serah\s+terima|hand[\s-]?over\s+(?:code|otp|pin)|c[óo]digo\s+de\s+entrega)(?![\p{L}])`,
    String.raw`สำหรับ\s?(?:พนักงานส่ง|ไรเดอร์|คนขับ|แมสเซนเจอร์)`,
    // Thai tells, shows or gives the driver the code with no word for "to" ("แจ้งคนขับ", "ให้คนขับ")
    String.raw`(?:แจ้ง|บอก|แสดง|ให้|แก่|กับ)\s?คนขับ`,
    // a counter's or a store's staff shown or told the code, in the languages that put the verb
    // last ("점포 직원에게 보여주세요", "係員にご提示ください"); "마세요"/"ないで" negate it
    String.raw`(?:직원|점원|기사)(?:님)?\s?(?:에게|께)\s?(?:보여|제시|알려|말씀)`,
    String.raw`(?:係員|店員|スタッフ|従業員|窓口)(?:に|へ)\s?(?:ご提示|提示|見せ|お見せ|伝え|お伝え)`,
  ].join('|'),
  'iu',
);
/** "Never give the code to the courier", "JANGAN berikan kepada kurir", "söylemeyin", "伝えないで":
 * a warning names the courier too; only a sentence without one hands the code over. */
const HANDOVER_NEGATION = /(?<![\p{L}])(?:не|ні|ne|not|never|no|não|nao|nunca|jamais|nie|nicht|niemals|jangan|asla|đừng|không|न|मत|لا|هرگز)(?![\p{L}])|n't|\p{L}m[ae]y[ıi]n|ないで|しないで|마세요|말고|勿|不|别|ห้าม|อย่า|айтпаңыз|бермеңіз|(?<![\p{L}])(?:a[iy]tpa|aytma|berme|berma)\p{L}*/iu;

/** A message's sentences, cut at the full stops of the scripts senders use (Latin, CJK, Devanagari). */
function sentences(text: string): string[] {
  return text.split(/[.!?。！？।\n]/);
}

function handsToCourier(text: string): boolean {
  return sentences(text).some((s) => TO_COURIER.test(s) && !HANDOVER_NEGATION.test(s));
}

/** A READ_OUT phrase that hands the code over. Chinese puts the negation before the object ("请勿将
 * 验证码告知快递员"), so a negation anywhere before the phrase in its sentence makes it a warning,
 * as one right before the verb always did ("никому не сообщайте"). */
function readsOut(text: string): boolean {
  const ro = READ_OUT.exec(text);
  if (ro === null) return false;
  const head = text.slice(0, ro.index);
  const sentence = head.slice(head.search(/[^.!?。！？।\n]*$/));
  return !NEGATION_BEFORE.test(text.slice(Math.max(0, ro.index - 12), ro.index))
    && !HANDOVER_NEGATION.test(sentence);
}
/** The moment goods change hands ("at pickup", "at the time of delivery", "while delivering", "при
 * получении заказа", "al recoger", "bei der Abholung", "à la livraison", "saat pengambilan", "teslim
 * alırken", "khi nhận hàng", "取件时", "受け取り時", "수령 시"): a code used then is shown or said at the
 * door or the counter, not typed on a site (twenty-second round). */
const AT_HANDOVER = new RegExp(
  String.raw`(?<![\p{L}])(?:at\s+(?:the\s+(?:time|moment)\s+of\s+)?(?:pick-?up|collection|delivery)|while\s+delivering`
  + String.raw`|при\s+(?:получении\s+(?:заказа|посылки|товара|отправления)|доставке|вручении)|під\s+час\s+(?:отримання|доставки)`
  + String.raw`|al\s+(?:recoger|retirar)|(?:al|en\s+el)\s+momento\s+de\s+la\s+entrega|no\s+momento\s+da\s+(?:entrega|retirada)`
  + String.raw`|bei\s+(?:der\s+)?(?:abholung|lieferung|zustellung|übergabe)|(?:à|lors\s+de)\s+la\s+livraison|au\s+retrait`
  + String.raw`|saat\s+(?:pengambilan|pengiriman|serah\s+terima)|teslimat\s+s[ıi]ras[ıi]nda|teslim\s+al[ıi]rken`
  + String.raw`|khi\s+(?:nh[aậ]n|giao)\s+h[aà]ng`
  // receiving as the moment (twenty-fourth round: "al recibir tu pedido", "on delivery", "saat
  // menerima"); "cash on delivery" is a way to pay
  + String.raw`|al\s+recibir|ao\s+receber|(?:(?<!cash\s)on|upon)\s+(?:delivery|receipt)|saat\s+menerima)(?![\p{L}])|(?:取件|收货|收貨|签收|簽收|取货|取貨)时|受け?取り?時|お届け時|(?:수령|배송|배달)\s?시`,
  'iu');
/** "share OTP 2051", "Comparte el código", "Berikan kode", "kodunu paylaşın": a sentence asking to give
 * the code to someone. */
const SHARE_CODE = /(?<![\p{L}])(?:kod\p{L}*|otp|code)[^.!?\n]{0,12}?(?<![\p{L}])(?:paylaş|söyle|ilet)\p{L}*|(?<![\p{L}])(?:share|give|tell|provide|compart[ae]\p{L}*|proporcion[ae]\p{L}*|informe|partilhe|bagikan|berikan|sampaikan|paylaş\p{L}*|söyle\p{L}*|nennen\s+sie|communiquez|donnez|сообщите|назовите|передайте|повідомте|cung\s+c[aấ]p)(?![\p{L}])[^.!?\n]{0,24}?(?<![\p{L}])(?:otp|code|pin|kode|c[óo]digo|код|kod\p{L}{0,2}|mã)(?![\p{L}])/iu;
/** A delivery named anywhere in the message: the person the code is shared with is its courier. */
const DELIVERY = /(?<![\p{L}])(?:deliver\p{L}*|courier|awb|waybill|entrega|repartidor\p{L}*|livraison|livreur|lieferung|zustell\p{L}*|доставк\p{L}*|курьер\p{L}*|kurir|pengiriman|teslimat\p{L}*|kargo\p{L}*|giao\s+h[aà]ng|shipper)(?![\p{L}])|配送|快递|配達|배송|택배|डिल[िी]वर/iu;

/** "Share it with nobody", "a nadie", "никому": a warning without a negation word. */
const NOBODY = /(?<![\p{L}])(?:nobody|no[\s-]one|nadie|ningu[ée]m|personne|niemand\p{L}*|никому|нікому|kimse\p{L}*|siapa\s?pun)(?![\p{L}])/iu;

/** A code used at the hand-over of goods, or shared in a message about a delivery: its courier's. */
function usedAtHandover(text: string): boolean {
  // The moment itself is no negation: Portuguese "no momento da entrega" is "at the moment of delivery".
  const warned = (s: string) => HANDOVER_NEGATION.test(s.replace(AT_HANDOVER, '')) || NOBODY.test(s);
  return sentences(text).some((s) => !warned(s)
    && ((AT_HANDOVER.test(s) && /\d{4}|otp|code|kod|код|código|mã|码|コード|번호/iu.test(s))
      || (SHARE_CODE.test(s) && DELIVERY.test(text))));
}
/** Codes for a parcel locker, a pickup point or a cash machine, and a new card or phone-banking PIN:
 * typed on a terminal or a keypad, not on a website. */
const NOT_WEB = new RegExp(String.raw`(?<![\p{L}])(?:(?:at|in|from|в|на|из|с|з|di|dari|w|z|ze|t[aạ]i)\s+(?:the\s+|an\s+|any\s+)?(?:[\p{L}&'-]+\s+){0,3}?(?:atm|банкомат\p{L}*|bankomat\p{L}*)|cajeros?(?: autom[aá]tico)?|caixa(?:s)? (?:eletr[oô]nico|autom[aá]tico|multibanco)|multibanco|geldautomat\p{L}*|distributeur(?: automatique| de billets)?|bancomat|atm机|取款机|提款机|withdraw(?:al)?\s+(?:of\s+)?cash|cash\s+withdrawal|сняти\p{L}*\s+наличн\p{L}*|retir\p{L}*\s+(?:de\s+)?(?:efectivo|dinero|dinheiro|esp[eè]ces)|retrait\s+(?:d['’]\s?argent|d['’]esp[eè]ces|de\s+(?:fonds|cash))|取款|取现|(?:caixa|banco)\s?24\s?horas|(?:pe)?tarik(?:an)?\s+tunai|penarikan\s+tunai|r[uú]t\s+ti[eề]n(?:\s+m[aặ]t)?|nakit\s+[çc]ek\p{L}*|cardless|locker|new pin|pin baru|pin mới|нов\p{L}+ (?:pin|пин))(?![\p{L}])|код\p{L}*\s+(?:для\s+)?(?:получения|выдачи|отримання|видачі)(?!\s+(?:бонус|кешб|кэшб|скидк|знижк|балл|бал[іа]|доступ)\p{L}*)|pickup code|collection code|parcel locker|code de retrait|kod odbioru|abholcode|c[óo]digo de retirada|kode pengambilan|teslim kodu|取件码|取货码|รหัส(?:ยืนยัน)?(?:การ)?รับ(?:พัสดุ|สินค้า)|m[aã] nh[aậ]n h[aà]ng|受け?取り?用?の?(?:コード|パスワード|暗証番号)|수령\s?(?:코드|(?:인증)?번호|비밀\s?번호)`
  // the pickup code in Latin letters of Russian and Ukrainian ("Kod dlia otrymannia", "kod polucheniya")
  + String.raw`|(?<![\p{L}])kod\p{L}{0,2}\s+(?:dl[iy]a\s+)?(?:otrymann(?:ia|ya|ja)|vydach[iy]|polucheni(?:ya|ia|ja|e))(?![\p{L}])`
  // a cash machine named with the postposition or the booth word of its language ("ATMに入力", "ATM에서",
  // "ที่ตู้ ATM"), and a withdrawal without a card ("ไม่ใช้บัตร", "sem cartão", "카드 없이", "无卡")
  + String.raw`|atm\s?(?:に|で|から|에서)|ถอนเงิน|현금\s?인출|ตู้\s?(?:atm|เอทีเอ็ม)|ไม่(?:ต้อง)?ใช้บัตร|카드\s?없이|无卡|無卡|カード(?:なし|不要)`
  // a parcel locker in the scripts written without spaces ("宅配ロッカー", "快递柜", "무인택배함")
  + String.raw`|(?:ロッカー|宅配ボックス|快递柜|快遞櫃|智能柜|自提柜|택배\s?보관함|무인\s?택배함|ตู้ล็อกเกอร์|ตู้รับพัสดุ)(?!\s?(?:小程序|应用|アプリ|앱|app))`
  // Arabic and Persian: a cash withdrawal, and "from/at the cash machine" ("من الصراف",
  // "از خودپرداز"); "بطاقة الصراف" alone is a debit card, used on sites too
  + String.raw`|(?<![\p{L}])(?:(?:ال)?سحب\s+(?:ال)?نقد\p{L}*|(?:من|في|عبر)\s+(?:أي\s+)?(?:جهاز\s+|ماكينة\s+|أجهزة\s+)?(?:ال)?صراف|(?:از|در)\s+(?:دستگاه\s+)?(?:های\s+)?خودپرداز|برداشت\s+(?:وجه\s+)?نقد\p{L}*)(?![\p{L}])`
  + String.raw`|(?<![\p{L}])(?:sem\s+cart[ãa]o|sin\s+tarjeta|without\s+(?:a\s+|your\s+)?card|tanpa\s+kartu|kartsız|без\s+карт\p{L}*|bez\s+kart\p{L}*)(?![\p{L}])`
  // Russian in Latin letters, as senders transliterate it ("Snyatie nalichnyh", "kod dlya bankomata")
  + String.raw`|(?<![\p{L}])(?:sn[yi]ati\p{L}*\s+nalichn\p{L}*|(?:для|dlya|dlia)\s+(?:банкомат|bankomat)\p{L}*)(?![\p{L}])`
  // the cash machine with its case ending glued on, as Kazakh and Turkish write it ("банкоматтан",
  // "банкоматта", "ATM'den"), and cash handed out at a counter ("для получения наличных", "қолма-қол
  // ақша алу", "отримання готівки", "cash pickup")
  + String.raw`|(?<![\p{L}])(?:банкомат(?:та|те|тан|тен|қа|ке)|bankomat(?:ta|tan|qa)|atm['’](?:de|da|den|dan|ye|ya))(?![\p{L}])`
  + String.raw`|(?<![\p{L}])(?:(?:получени|выдач|отриман|видач)\p{L}*\s+(?:наличн|готівк)\p{L}*|қолма-қол\s+ақша|cash\s+(?:pick-?up|collection))(?![\p{L}])`
  // the pickup code in the Turkic languages, which put "receiving" before the code word (Kazakh "Алу
  // коды", "Alu kody", Uzbek "Olish kodi", Kyrgyz "Алуу коду")
  + String.raw`|(?<![\p{L}])(?:алуу?|alu|olish)\s+(?:коды|коду|kody|kodi)(?![\p{L}])`
  // the cash machine in the scripts and compounds of the Caucasus, Hebrew, Dutch, the Nordic
  // languages and Hungarian, its case ending glued on ("բանկոմատում", "ბანკომატში", "כספומט",
  // "geldautomaat", "uttagsautomat", "ATM-nél"; twenty-seventh round)
  + String.raw`|բանկոմատ\p{L}*|ბანკომატ\p{L}*|כספומט\p{L}*|(?<![\p{L}])(?:geld|pin)automa(?:at|ten)`
  + String.raw`|uttagsautomat\p{L}*|bankautomat\p{L}*|(?<![\p{L}])atm-(?:ben|n[ée]l|b[őo]l|be)(?![\p{L}])`,
  'iu');
/** Where a parcel waits (a pickup point, a parcel locker's station): its code is the place's,
 * unless the message warns about the code as a login code's sender does ("Votre colis … est au
 * point relais. Ne communiquez jamais ce code."; twenty-fourth round). */
const PICKUP_PLACE = /(?<![\p{L}])(?:пункт\p{L}*\s+выдачи|постамат\p{L}*|point relais|paczkomat\p{L}*|packstation)(?![\p{L}])/iu;
/** The cash machine denied ("not at ATM", "tidak pernah meminta OTP untuk tarik tunai di ATM",
 * "ATMでのお引出しではありません"): a sentence that says the code is not for it. */
const NOT_WEB_DENIED = /(?<![\p{L}])(?:not|never|tidak|bukan|không|не|nie|nunca|jamais|nicht|niemals)(?![\p{L}])[^.!?。\n]{0,30}(?:atm|bankomat|банкомат|tarik tunai|cash|cajero|caixa)|atm[^。\n]{0,20}(?:ではありません|ではない|じゃない)/iu;
/** "Kod odbioru otrzymasz osobno", "the pickup code will be sent separately": a sentence about a code
 * that comes in another message says nothing about this one's. */
const SENT_SEPARATELY = /(?<![\p{L}])(?:osobno|oddzielnie|osobnym|separately|отдельн\p{L}*|окрем\p{L}*|por separado|em separado|separadamente|s[ée]par[ée]ment|separat|gesondert|terpisah)(?![\p{L}])|另行|別途|별도/iu;

/** A parcel named by its noun, in the languages of the shops and couriers that write to SimFill's
 * users, or by its tracking number (an international postal one, "RR912596377IL", or an air
 * waybill's "AWB"). */
const PARCEL = /(?<![\p{L}])(?:parcels?|packages?|shipments?|consignments?|awb|waybill|z[áa]silk\p{L}*|zasielk\p{L}*|bal[íi]k\p{L}*|colet\p{L}*|csomag\p{L}*|pakket\p{L}*|zending\p{L}*|paket\p{L}*|pakke\p{L}*|f[öo]rs[äa]ndelse\p{L}*|forsendelse\p{L}*|przesy[łl]k\p{L}*|paczk\p{L}*|посылк\p{L}*|посилк\p{L}*|бандерол\p{L}*|kargo\p{L}*|ba[ğg]lama\p{L}*|posilka\p{L}*|bungkusan|parsela|δέμα\p{L}*|δεμάτι\p{L}*|חביל\p{L}*|משלוח\p{L}*|ամանաթ\p{L}*|ծանրոց\p{L}*|ამანათ\p{L}*|پارسل|পার্সেল)(?![\p{L}])|(?<![\p{L}\d])[A-Z]{2}\d{9}[A-Z]{2}(?![\p{L}\d])/iu;

/** A message about a parcel whose code word is bare ("Kód pro vyzvednutí", "Cod predare", "קוד
 * איסוף", "Teslimat kodu") and which says nothing of an OTP: the code word names the parcel's
 * pickup or hand-over, keyed at a locker or said at the door. A sign-in code in a courier's
 * message is named as one ("ověřovací kód", "doğrulama kodu": a keyword of weight 1; twenty-seventh
 * round). */
function isParcelCode(text: string, otpSpeech: boolean): boolean {
  return !otpSpeech && PARCEL.test(text) && !SIGN_UP.test(text) && !TO_SIGN_IN.test(text)
    && findKeywords(text).every((k) => k.weight < 1);
}
/** A code's purpose that is a site or an app, not the parcel: "log in with code", "Kod do
 * logowania w aplikacji", "Para acessar o app", "Код для входу в застосунок", "přihlášení",
 * "belépési kód", "inlogcode". */
const TO_SIGN_IN = /(?<![\p{L}])(?:log\s+in|logowa\p{L}*|apps?|aplika[cč]\p{L}*|aplicativo|applica\p{L}*|застосун\p{L}*|приложени\p{L}*|кабинет\p{L}*|входу|acess\p{L}*|acces\p{L}*|p[řr]ihl[áa][šs]\p{L}*|prihl[áa]s\p{L}*|uygulama\p{L}*|giri[şs]\p{L}*|bejelentkez\p{L}*|bel[ée]p[ée]s\p{L}*|inlog\p{L}*|logga\s+in|σύνδεσ\p{L}*|autentific\p{L}*|autentica\p{L}*)(?![\p{L}])/iu;

/** The NOT_WEB reading of the message, leaving out the sentences about a code sent separately. */
function isNotWeb(text: string): boolean {
  return NOT_WEB.test(text)
    && sentences(text).some((s) => NOT_WEB.test(s) && !SENT_SEPARATELY.test(s) && !NOT_WEB_DENIED.test(s));
}
/** "Отправьте 1 на номер 900, чтобы подтвердить перевод", "Reply YES to 5050 to confirm": the
 * message is confirmed by a reply from the phone, so its other numbers are references, not codes
 * to type (twenty-fourth round). */
function confirmsByReply(text: string): boolean {
  return TEXT_X_TO_N.test(text) && sentences(text).some((s) => TEXT_X_TO_N.test(s) && REPLY_CONFIRMS.test(s));
}
const REPLY_CONFIRMS = /подтверд|підтверд|podtver|pidtverd|confirm|potwierd|bestätig|konfirm|onayla|xác nhận|xac nhan/iu;
/** A code for a bank's call centre or phone banking ("authentication code for using the Contact Centre
 * service", "OTP … at the Bank Call Center"): keyed in on a phone call, not on a website. Only the code's
 * own purpose counts: "for queries call our call centre", "contact phone banking" name a help line (no
 * verb may stand between). */
const CALL_CENTRE = /(?<![\p{L}])(?:at|for(?:\s+using)?|для|pour|para|f[üu]r)\s+(?:(?!call|contact|visit|reach|звон|позвон)[\p{L}&'-]+\s+){0,3}?(?:(?:call|contact)[\s-]?cent(?:er|re)|(?:tele)?phone[\s-]banking|ivr|колл?-?центр\p{L}*|телефонн\p{L}* банк\p{L}*)(?![\p{L}])/iu;
/** "exp 09/29", "срок 09/28", "ważna do 09/29", "SKT 09/29" next to a card: the card's details. */
const CARD_EXPIRY = /(?<![\p{L}])(?:exp(?:iry|iration)?(?:\s+date)?|valid\s+(?:thru|through)|срок(?:\s+действия)?|термін(?:\s+дії)?|ważn\p{L}*|skt|son kullanma(?:\s+tarihi)?|gültig bis|vencimiento|validade|scadenza)[\s:.]{1,3}(?:\p{L}{1,3}\s)?(?:0[1-9]|1[0-2])\s?\/\s?(?:20)?\d{2}(?![\d/])/iu;
/** A card's PIN ("PIN: 1234 for your new card", "card PIN", "PIN-код карты", "PIN kartu", "kartınızın
 * şifresi"): typed at a terminal or a cash machine, never on a website. */
const CARD_PIN = /(?<![\p{L}])(?:(?:(?:kod|code|c[óo]digo|код)\s+)?(?:pin|пин|пін)(?:[- ]?(?:код\p{L}*|code|kod\p{L}{0,2}))?(?:[^.!?\n\p{L}]{0,12}|\s+\d{4,6}\s+)(?:(?:for|of|to|для|от|до|на|к|по|k|dlya|dlia|do|de|dla)\s+)?(?:(?:your|the|a|ваш\p{L}*|new|нов\p{L}*|la|votre|su|tu|twoj\p{L}*)\s+){0,2}(?:card|карт\p{L}*|kartu|kart\p{L}*|cart[ea]|tarjeta)|(?:card|карт\p{L}*|kartu|kart\p{L}*)\s+(?:[*x•]{1,4}\s?\d{4}\s+)?(?:(?:pin|пин|пін)(?:[- ]?(?:код\p{L}*|code|kod\p{L}{0,2}))?|[şs]ifre\p{L}*))(?![\p{L}])/iu;
/** Every card PIN phrase of a message, to set them aside when looking for another code word. */
const CARD_PINS = new RegExp(CARD_PIN.source, 'giu');
/** "Код для подтверждения смены PIN", "Zmiana kodu PIN", "to set a PIN": the code confirms a change of
 * the PIN on a site or in an app, which is a code to type. */
const PIN_CHANGE = /(?:смен\p{L}*|измен\p{L}*|установк\p{L}*|zmian\p{L}*|ustawieni\p{L}*|change|set(?:ting)?|reset|değişikli\p{L}*)\s+(?:\p{L}+\s+)?(?:a\s+|the\s+|your\s+)?(?:pin|пин|пін)/iu;
/** A card's expiry in Chinese, Japanese and Korean, written with no space ("有效期09/29", "有効期限
 * 09/29"), beside the script's word for a card (卡, カード, 카드). */
const CJK_CARD_EXPIRY = /(?:有效期至?|有効期限|유효\s?기간)[\s:]{0,3}(?:0[1-9]|1[0-2])\s?\/\s?(?:20)?\d{2}(?![\d/])/u;
const CJK_CARD = /卡|カード|카드/u;
/** "PIN-код для входа в приложение", "PIN-код: 4412 для входа": an app's PIN, named by its sign-in
 * purpose (also after the number, twenty-sixth round). */
const PIN_TO_SIGN_IN = new RegExp(String.raw`(?<![\p{L}])(?:pin|пин|пін)[^\s:]{0,5}(?:[\s:]{1,3}\d{4,8})?\s+(?:for|для|dlya|do|to|untuk|pour|para|zum|zur|f[üu]r)\s+(?:(?:the|your|a)\s+)?(?:${SIGN_UP.source})`, 'iu');
/** The words for a card's PIN ("Ihre PIN", "Geheimzahl", "code confidentiel", "code secret"; Persian
 * "رمز اول", the first PIN of an Iranian card, typed at a terminal, and "رمز کارت"; the second,
 * "رمز دوم", is the one for the web). "PIN-код", "PIN-Code", "PIN code" are the PIN's whole name: the
 * code word in it is the PIN's own (twenty-fourth round). */
const CARD_PIN_WORDS = /(?<![\p{L}])(?:(?:pin|пин|пін)(?:[- ]?(?:код\p{L}*|code|kod\p{L}{0,2}))?|geheimzahl|code (?:confidentiel|secret)|رمز\s?(?:اول|کارت))(?![\p{L}])/giu;
/** A card named anywhere, also in a compound ("Kreditkarte", "creditcard") or in French ("carte"). */
const CARD_NAMED = /(?<![\p{L}])(?:\p{L}*karte|carte|\p{L}*card)(?![\p{L}])/iu;

/** Settings sent to the handset ("setup information … to enable data services on your phone",
 * "configuration messages … configure your handset", "настройки интернета", "Internet-Einstellungen",
 * "configuración de internet", "pengaturan internet", "internet ayarları"): their PIN or security code
 * is typed on the phone when it installs them, never on a website. */
const HANDSET_SETTINGS = /(?<![\p{L}])(?:(?:configur\p{L}*|settings?|setup)\s+(?:messages?|information|sms)|configure\s+(?:your|the)\s+(?:handset|phone|device)|data services|(?:internet|gprs|mms|wap)[\s-]?(?:settings|einstellungen|ayarlar\p{L}*)|настро\p{L}*\s+(?:интернет\p{L}*|mms|ммс|gprs|телефон\p{L}*)|налаштуван\p{L}*\s+(?:інтернет\p{L}*|mms)|configura(?:ci[oó]n|[çc][ãa]o|ções)\s+(?:de\s+|do\s+|del\s+)?(?:internet|mms|gprs|tel[eé]fono|equipo|aparelho)|param[eè]tres\s+(?:internet|mms)|pengaturan\s+(?:internet|mms|gprs))(?![\p{L}])/iu;
/** A call's price per minute ("Rs 2 per minute", "रू 2 चार्ज प्रत्येक मिनेट", "5 руб. за минуту", "0,10 €
 * por minuto", "Rp 500 per menit", "2 บาท ต่อนาที", "每分钟0.1元"): an offer of calls, whose "access
 * code" is dialled. A price, not any number: "1 attempt per minute" is no tariff. */
const CALL_PRICE = String.raw`(?:(?:rs\.?|inr|rp\.?|idr|रू|रु|₹|\$|€|£|₽|₸)\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£|₽|₸|руб\p{L}*|р\.|грн|тг|rs|inr|usd|eur|cents?|baht|บาท|元))`;
const PER_MINUTE = new RegExp(CALL_PRICE + String.raw`[^\d\n]{0,12}(?:(?<![\p{L}])(?:per|each|every|por|pro|par|за)\s+`
  + String.raw`(?:min|minute|minuto|minuta|menit|минуту|мин)(?![\p{L}])|(?:प्रत्येक|प्रति)\s?(?:मिनेट|मिनट)|ต่อนาที)`
  + String.raw`|每分钟[^\d\n]{0,4}\d[\d.]*\s?元`, 'iu');
/** An order or a parcel on its way ("Je bestelling … is onderweg", "your order is on its way",
 * "Ihre Bestellung ist unterwegs", "votre commande est en route", "tu pedido está en camino", "ваш
 * заказ в пути", "paket yolda"): a code beside it is the courier's, given at the door. */
const ORDER_ON_ITS_WAY = /(?<![\p{L}])(?:order|parcel|package|shipment|bestelling|pakket|zending|bestellung|paket|sendung|commande|colis|pedido|encomenda|заказ\p{L}*|посылк\p{L}*|sipari[şs]\p{L}*|pesanan|paczk\p{L}*|zam[óo]wieni\p{L}*|g[öo]nderi\p{L}*|kargo\p{L}*)(?:\s+[\p{L}€$£\d.,']+){0,5}?\s+(?:(?:is|ist|est|está|esta|wird|jest|в|sedang)\s+)?(?:on (?:its|the) way|out for delivery|onderweg|unterwegs|en route|en camino|a caminho|в пути|yolda|dalam perjalanan|w drodze|in zustellung|wordt bezorgd|da[ğg][ıi]t[ıi]ma\s+[çc][ıi]k\p{L}*)(?![\p{L}])/iu;

function hasCardExpiry(text: string): boolean {
  return (CARD_EXPIRY.test(text) && CARD.test(text)) || (CJK_CARD_EXPIRY.test(text) && CJK_CARD.test(text));
}

/** A card sent or issued with its PIN in another sentence ("Ihre Kreditkarte **** 7312 wurde
 * versandt. Ihre PIN erhalten Sie separat: 8764", "Votre carte … Code confidentiel : 0200"): the
 * PIN is the only code word, and it is typed at a terminal, never on a website. */
function isCardPinNotice(text: string): boolean {
  CARD_PIN_WORDS.lastIndex = 0;
  if (!CARD_PIN_WORDS.test(text) || !(CARD.test(text) || CARD_NAMED.test(text))) return false;
  // "PIN-код для входа в приложение": an app's PIN, named by its sign-in purpose, beside a card.
  if (PIN_TO_SIGN_IN.test(text)) return false;
  return pinIsTheOnlyCode(text, CARD_PIN_WORDS);
}

/** The card's PIN (`pins`, a global pattern) is the message's only code: it confirms no change of the
 * PIN on a site, and no code or OTP word stands beside it ("PIN-код для карты … Код подтверждения: X"). */
function pinIsTheOnlyCode(text: string, pins: RegExp): boolean {
  return !PIN_CHANGE.test(text) && !findKeywords(text.replace(pins, ' ')).some((k) => k.weight >= 0.9);
}
const ACCOUNT = /(?<![\p{L}])(?:сч[её]т\p{L}*|рахун\p{L}*|account|a\/c|acct|konto|rekening|hesab\p{L}*)(?![\p{L}])/iu;
const CARD = /(?<![\p{L}])(?:card|karta|kartka|kart\p{L}*|карт\p{L}*|tarjeta|cart[ãa]o|carta)|[*x•]{2,}\s?\d{4}|\d[*x•]{2,}\d/iu;
const NEGATION_BEFORE = /(?:не|ne|not|never|n't|don't|никому|(?<![\p{L}])(?:no|não|nunca|jangan|nie))\s*$/iu;
/** Balance reports ("Доступно: 146 003,44т", "the remaining 1,250.00 USDT") quote authorisation numbers as
 * "Kod:"; they hold no OTP unless the message also speaks like one. A remaining amount counts only with
 * its cents, so that "3 attempts remaining" is no balance. */
const BALANCE_NOTICE = /dostupn|доступн|баланс|balance|balans|saldo|(?:nouveau\s+|votre\s+)?solde(?!s)|bakiye|ostatok|остаток|ost\.|zalyshok|залишок|kolzhetimdi|қалдық|คงเหลือ|(?:remaining|restante?|verbleibend\p{L}*|kalan|sisa)\s+\d{1,3}(?:[.,\s]\d{3})*[.,]\d{2}(?!\d)/iu;
/** An amount with its cents and currency ("10.00 RUR", "USD 120.00"), and a date ("13.09.2024"). */
const AMOUNT = /(?:\d[.,]\d{2}\s?(?:rur|rub|руб\p{L}*|₽|usd|eur|kzt|₸|uah|грн|byn|inr|idr)|(?:rur|rub|usd|eur|kzt|uah|byn|inr|rs\.?|idr|rp\.?)\s?\d[\d,.]*[.,]\d{2})(?![\p{L}\d])/iu;
const DATE = /(?<![\d.])(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:20)?\d{2}(?!\.?\d)/;

/** A transfer or a purchase already made: an amount with its cents, a date and the card or account it
 * went from ("Перевод по СБП 10.00 RUR с карты/счёта 7522 в Т-Банк 13.09.2024 Код: 449221"). Its
 * "Код" is the operation's reference; without an OTP or password word it holds nothing to type. */
function isTransferNotice(text: string): boolean {
  return AMOUNT.test(text) && DATE.test(text) && (CARD.test(text) || ACCOUNT.test(text))
    && !hasOtpWord(text);
}

/** A purchase or a payment already approved, with its authorisation number ("Compra aprobada por
 * $1.299 … Cod. autorizacion 482910", "Purchase approved … auth code 551902", "Покупка одобрена …
 * код авторизации"): the bank's reference of a finished operation, like "KOD AVT.". Korean names the
 * approval with the payment's kind or amount before it ("해외승인", "일시불 45,000원 승인"). */
const APPROVED_PURCHASE = /(?<![\p{L}])(?:compra|purchase|payment|pago|pagamento|transac\p{L}*|покупк\p{L}*|оплат\p{L}*|zakup\p{L}*|płatno\p{L}*|achat|paiement|kauf|zahlung)\s+(?:\p{L}+\s+)?(?:aprobad\p{L}*|approved|aprovad\p{L}*|autorizad\p{L}*|authori[sz]ed|одобрен\p{L}*|успешн\p{L}*|successful|exitos\p{L}*|realizad\p{L}*|effectu\p{L}*|zaakceptowan\p{L}*|genehmigt|autoris[ée]e?)(?![\p{L}])|(?:카드[\s\d*]{0,8}|(?:해외|국내|일시불|할부|체크|신용)\s?|\d원\s?)승인(?!\s?번호)|결제\s?완료|決済(?:が)?完了|(?:支付|付款|消费|消費)成功/iu;
const AUTHORISATION_NUMBER = /(?<![\p{L}])(?:(?:c[oó]d(?:igo)?|code|kod|код)\.?\s*(?:de\s+|d'|of\s+)?(?:autori[sz]a\p{L}*|authori[sz]a\p{L}*|auth|autoryzac\p{L}*|авторизац\p{L}*)|(?:authori[sz]ation|auth|approval)\.?\s+(?:code|no|number))(?![\p{L}])|승인\s?번호|承認番号/iu;

function isApprovedPurchase(text: string): boolean {
  // Korean "승인번호" labels an OTP too; in a card's approval notice it is the purchase's number.
  return APPROVED_PURCHASE.test(text) && AUTHORISATION_NUMBER.test(text)
    && !hasOtpWord(text.replace(/승인\s?번호/gu, ' '));
}

/** A request to approve or validate what the notice describes ("Ihr Freigabecode", "Code de
 * validation", "Підтвердіть вхід", "kod do zatwierdzenia", "onay kodu"): a payment or a sign-in in
 * progress, whose code is one to type; the Russian and English words are OTP speech already. */
const APPROVAL_SPEECH = /підтверд|freigabe|freigeben|validation|valider|validez|validaci[óo]n|valida[çc][ãa]o|validar|zatwierd[zź]|onay\s?kod/iu;

/** "Use code 5521 to get 20% off": a code that buys a discount, in a message that never speaks like an OTP. */
const PROMOTION = new RegExp(
  [
    '\\d\\s?%\\s?(?:off|скидк|rabatt|de descuento|de desconto|de réduction|sconto|diskon|indirim)',
    // Turkish, Persian and Arabic write the sign first: "%50 indirim", "%۲۰ تخفیف"
    '%\\s?\\d{1,2}\\s?(?:off|indirim|discount|rabatt|sconto|diskon|تخفیف|خصم)',
    // the words of an advertising campaign or a deal ("KAMPANYA:", "Fırsat kodu", "campaign")
    '(?<![\\p{L}])(?:kampanya\\p{L}*|f[ıi]rsat\\p{L}*|campaign|kampani[ae]\\p{L}*)',
    // free shipping, in the languages of online shops
    '(?:envío gratis|frete gr[aá]tis|livraison gratuite|kostenlose[rn]? (?:versand|lieferung)|[üu]cretsiz kargo|бесплатн\\p{L}* доставк|gratis ongkir|ارسال رایگان|شحن مجاني|包邮|免运费|送料無料|무료\\s?배송)',
    // a gift to win, either word first: "hediyesi kazanmak için", "gana un regalo", "выиграй подарок"
    '(?<![\\p{L}])(?:(?:hediye|gift|подар|regalo|cadeau|geschenk)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:kazan|win|выигр|gana|gagn|gewinn)|(?:win|выигр|gana|gagne|gewinn)\\p{L}*\\s+(?:(?:an?|un|une|einen?|the|your)\\s+)?(?:gift|подар|regalo|cadeau|geschenk))',
    // money given to join: "10TL FREE bonus", "welcome bonus", "bonus 100%"
    '(?<![\\p{L}])(?:(?:free|welcome|deposit|sign[- ]?up|first deposit|hoş ?geldin|bedava|ilk üye)\\s+bonus\\p{L}*|bonus\\s+\\d{1,3}\\s?%)',
    // an investment or a deposit sold by its yearly rate: "15% годовых", "5.2% p.a.", "预期年率5.2%"
    '\\d\\s?%\\s?(?:годовых|річних|p\\.\\s?a\\.|per annum|a year|yearly|annual|yıllık)(?![\\p{L}])',
    '(?:(?:annual|yearly)\\s+(?:yield|return|rate)|年化|年率|年利率|收益率)[^\\d\\n]{0,12}\\d+(?:[.,]\\d+)?\\s?%',
    // an amount of money off ("100 TL indirim", "500円OFF", "10 € de descuento", "₹50 की छूट")
    '\\d\\s?(?:tl|₺|rs\\.?|₹|€|\\$|£|₽|руб\\p{L}*|грн|zł|円|元|원)\\s?(?:de\\s+|की\\s+)?(?:indirim|off|discount|скидк\\p{L}*|знижк\\p{L}*|rabatt|descuento|desconto|diskon|zniżk\\p{L}*|réduction|छूट|割引|优惠|할인)',
    // a gift voucher ("Hediye çekiniz", "gift voucher", "vale-presente", "bon d'achat", "подарочный сертификат")
    '(?<![\\p{L}])(?:hediye\\s+çek\\p{L}*|gift\\s+(?:voucher|certificate)|vale[- ]presente|cheque[- ]regalo|bon\\s+d[\'’]achat|подарочн\\p{L}*\\s+сертификат\\p{L}*|подарунков\\p{L}*\\s+сертифікат\\p{L}*)',
    // a heading that names the message an offer ("Promo: usa el código …", "Акция: …", "عرض خاص!")
    '(?<![\\p{L}])(?:promo|promoci[oó]n|promo[çc][ãa]o|promocja|promozione|акция|акція|aksiya)\\s?:',
    '(?<![\\p{L}])(?:special offer|oferta especial|offre sp[ée]ciale|sonderangebot|oferta specjalna|спецпредложени\\p{L}*|عرض خاص)',
    // "discount" in Thai, Korean and Chinese, which need no percentage to say it
    '(?:ส่วนลด|할인\\s?(?:쿠폰|코드)|折扣码|优惠码)',
    // "discount 40%", "Disc.25%", "Discond 40%", "diskon 60%"
    '(?:скидк\\p{L}*|disc\\p{L}*|rabatt|descuento|desconto|diskon|sale)[.\\s]+(?:of\\s+|на\\s+|von\\s+|de\\s+)?\\d{1,2}\\s?%',
    // money back or off: "get Rs 100 cashback", "flat ₹50 off", "кешбэк 500 ₽"
    // a credit notice: "has credited Rs.200 (Code: FIRST50) in your wallet"
    'credited\\s+(?:with\\s+)?(?:rs\\.?|inr|₹|\\$|€|£)\\s?\\d|cash\\s?back|кэшбэк|кешб[эе]к|keşbek|(?:get|save|flat|extra|upto|up to)\\s+(?:rs\\.?|inr|₹|\\$|€|£)\\s?\\d|\\d\\s?(?:rs\\.?|inr|₹|\\$|€|£)?\\s?off(?![\\p{L}])|free (?:delivery|shipping)',
  ].join('|'),
  'iu',
);
/** "Congratulations, you won": prize and lottery notices, in the languages of SimFill's users. */
const PRIZE = new RegExp(
  [
    `(?<![\\p{L}])(?:congratulations|congrats|you(?:'ve| have)? won|winner|jackpot|lottery|(?:lucky|prize) draw|prize|awarded|to claim|contest|sweepstakes?|win an? |claim (?:your|it|now|the)|поздравляем|выигра(?:л|йте|ть)\\p{L}*|победител\\p{L}*|вітаємо|виграл\\p{L}*|tebrikler|kazand\\p{L}*|gratulacje|wygra\\p{L}*|nagrod\\p{L}*|glückwunsch|gewonnen|felicidades|felicitaciones|ganaste|ganador|parab[ée]ns|ganhou|sortead[oa]s?|pr[eê]mio|félicitations|gagnant|memenangkan|pemenang|menang(?:kan)?(?![\\p{L}])|hadiah|(?:peng)?undian|terpilih|(?:cek|uang) tunai|tahniah|rp\\.?\\s?\\d+(?:[.,]\\d+)?\\s?(?:jt|juta)(?![\\p{L}])|bonus poin|(?<!dengan\\s)s(?:el?|l)amat(?!\\s+(?:datang|pagi|siang|sore|malam|bergabung|jalan|tinggal))|slmt|chúc mừng|trúng thưởng|chuc mung|trung thuong|giải thưởng|you(?:'ve| have)? been selected|sorteo|sorteio|vincitore|hai vinto|tirage au sort|gewinnspiel|verlosung|çekiliş|ödül|приз\\p{L}*|розыгрыш\\p{L}*|розіграш\\p{L}*|roz[iy][gh]r[yi]sh\\p{L}*|ұтыс|жеңімпаз`
    // the Russian and Ukrainian words in Latin letters ("Vitayemo! Vash nomer vyhrav … Kod pryzu")
    + '|pryz\\p{L}*|priz(?:a|u|om|y)(?![\\p{L}])|v[yi]i?[gh]ra(?:[lv]|[yji]?te|t)\\p{L}*|vita[yi]?emo|pozdravl[yi]a[ey]m'
    // "congratulations" and "you won" in the Turkic languages of Central Asia ("Құттықтаймыз! … ұтып алдыңыз")
    + '|құттықтаймыз|ұтып\\s+ал\\p{L}*|ұттыңыз|quttyqta[iy]myz|utyp\\s+ald\\p{L}*|tabriklaymiz|yut(?:dingiz|ib\\s+old\\p{L}*)|куттуктайбыз|утуп\\s+алдыңыз|təbrik\\s+edirik'
    // the Kazakh prize and winner in both scripts and the Latin spellings senders use ("Jůlde kody",
    // "Zhenimpaz"), the Uzbek prize and winner ("Sovrin kodi", "g'olib")
    + '|жүлде\\p{L}*|(?:zh|j)[uüůú]lde\\p{L}*|(?:zh|j)e[nń]impaz\\p{L}*|sovrin\\p{L}*|g[\'ʻ‘’]?olib\\p{L}*'
    // "congratulations" and the prize or gift named in the languages of Europe's and the Caucasus'
    // banks and shops (twenty-seventh round): Romanian, Czech, Hungarian, Dutch, the Nordic languages,
    // Greek, the Baltic and South Slavic ones, Azerbaijani, Georgian, Armenian, Hebrew, Urdu and
    // Filipino in Latin letters; and the prize as the code's own name ("Cod premiu", "vinstkod")
    + '|felicit[aă]r[ie]\\p{L}*|gratul\\p{L}*|blahop[řr]ej\\p{L}*|gefeliciteerd|proficiat|grattis|tillykke|onnittel\\p{L}*'
    + '|sveikinam\\p{L}*|apsveica\\p{L}*|[čc]estitam\\p{L}*|честита\\p{L}*|віншу\\p{L}*|συγχαρητ\\p{L}*|təbrik\\p{L}*'
    + '|tabrik\\p{L}*|табрик\\p{L}*|mubarak\\s+ho|binabati|premi(?:u|ul|ului)(?![\\p{L}])|nyerem[ée]ny\\p{L}*|nyert\\p{L}*'
    + '|v[ýy]hr[aáuyo]\\p{L}*|vinst\\p{L}*|δώρ\\p{L}*|κερδίσ\\p{L}*|hədiyyə\\p{L}*|inaam\\p{L}*|inami)',
    '(?:გილოცავ|საჩუქარ|პრიზ|շնորհավոր|մրցանակ|նվեր|מזל\\s?טוב|זכית|פרס|הגרלה)',
    // "Your number won GBP 750,000": "won" before an amount
    '(?<![\\p{L}])won\\s+(?:a\\s+)?(?:gbp|usd|eur|inr|rs\\.?|rp\\.?|£|\\$|€|₹)\\s?\\d',
    '(?:ยินดีด้วย|รางวัล|تبریک|برنده|قرعه|جایزه|جوایز|جائزة|مبروك|تهانينا|فزت|बधाई|इनाम|लॉटरी|पुरस्कार|विजेता|انعام|(?<!عید\\s?)مبارک\\s?ہو|قرعہ|অভিনন্দন|পুরস্কার|বিজয়ী|লটারি|恭喜|中奖|获奖|抽奖|开奖|開獎|彩票|奖品|おめでとう|当選|抽選|賞品|축하|당첨|경품)',
  ].join('|'),
  'iu',
);
/** "Do not share", "никому не сообщайте", "jangan berikan" (also the passive "jangan dibagikan", Malay "jangan kongsi"), "请勿泄露": what a real OTP message says.
 * Since the twenty-seventh round also in the Nordic languages, Dutch, Czech, Slovak, Hungarian,
 * Romanian, Greek and Finnish ("Dela den inte med någon", "Deel deze code niet", "Ne add meg
 * senkinek", "Nu îl comunicați", "Μην τον δώσετε", "Älä jaa"). */
const SECRECY = /(?:never|do not|don't|dont|not to)\s+(?:share|disclose|give|tell|forward|reveal)|никому|nikomu|не\s+(?:сообщайте|передавайте|говорите)|нікому|ешкімге|eshkimge|jangan\s+(?:di)?(?:berikan|bagikan|beritahu\p{L}*|memberitahu|sebarkan|kasih|kongsi)|rahasiakan|ne\s+soobsh\p{L}*|勿|不要(?:泄露|告诉|透露|转发)|不得|절대|타인에게|請勿|共有しないで|教えないで|(?:no|nunca)\s+(?:lo\s+)?(?:compartas|comparta|reveles|revele)|(?:não|nao|nunca)\s+(?:o\s+)?(?:compartilhe|partilhe|informe|revele|passe|repasse|forneça|divulgue)|(?:niemals|nie|nicht|niemandem)\s+(?:\p{L}+\s+){0,2}?(?:weiter(?:geben|leiten)?|teilen|mitteilen|nennen|preisgeben)(?![\p{L}])|ne\s+(?:le\s+|la\s+)?(?:partagez|communiquez|transmettez|divulguez)|non\s+(?:condividere|comunicare|divulgare)|nie\s+(?:udostępniaj|podawaj|przekazuj)|(?:dela|del|deel)\s+(?:\p{L}+\s+){0,2}?(?:inte|ikke|niet)(?![\p{L}])|(?:dela|del|deel)\s+(?:aldrig|aldri|nooit)|nooit\s+(?:\p{L}+\s+)?delen|nikomu\s+(?:\p{L}+\s+)?(?:nesd[ěe]l\p{L}*|nesd[íi]l\p{L}*|neposk\p{L}*)|senkivel|senkinek|nu\s+(?:[îi]l\s+|o\s+)?(?:comunica|divulga|transmite|da[țt]i)\p{L}*|μην\s+(?:τον|το|τα)\s+\p{L}+|älä\s+(?:jaa|kerro|luovuta)|paylaşmayın|kimseyle|hiç kimse|không\s+(?:chia sẻ|cung cấp)|به هیچ|اختیار دیگران|لا\s+تشارك|(?:ห้าม|อย่า)\s?(?:บอก|เปิดเผย|แชร์)/iu;
/** What a message says when its code is a one-time secret to type: an OTP or password word, "enter",
 * "confirm", "verify". */
const OTP_USE_SPEECH = /otp|парол|parol|password|одноразов|odnorazov|one[- ]?time|введите|vvedite|enter|подтвер|podtver|confirm|verif/iu;
/** "send 1234 to 900", "ответьте 1234": a reply to the service, not a code for a site. */
/** "Reply" as an order in Russian and Ukrainian, also in Latin letters ("Otvet'te DA na 4444"). */
const REPLY_VERB = String.raw`ответьте|ответь|відповідайте|відповідай|otvet['’]?t?e|otvet['’]|vidpovidajte`;
/** Verbs that send an SMS ("send", "text", "отправьте", "envía", "senden", "kirim", "wyślij", "gönderin", "soạn"),
 * and the words that join them to the number it goes to ("to", "на номер", "al", "an", "ke", "au"). */
const SEND_VERB = String.raw`(?:send|text|txt|reply|sms|ketik|kirim\p{L}*|отправ\p{L}*|пришли\p{L}*|надішл\p{L}*|otprav\p{L}*|${REPLY_VERB}|env[ií]\p{L}*|envoy\p{L}*|sende\p{L}*|wy[śs]lij|g[öo]nder\p{L}*|so[aạ]n)`;
const TO_NUMBER = String.raw`(?<![\p{L}])(?:to|an|al|ke|au|à|на(?:\s+(?:короткий\s+)?номер)?|na(?:\s+(?:numer|nomer))?|g[uử]i(?:\s+đ[eế]n)?|إلى)`;
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
    const adjacent = TIGHT_GAP.test(gap);
    const between = numberIn(k.end, c.start);
    // A label never spans another candidate number: "sifreniz: 551902. Kart: 5xxx" labels 551902 only.
    const tight = adjacent || (!between && isLabelPhrase(gap));
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

/** "Ketik INFO kirim ke 0896…", "text STOP to 85069": an offer of a service, whose numbers are prices and
 * short numbers, not a code. */
/** "Подтвердите вход в Сбербанк Онлайн: 7204", "Confirm your login to Acme: 4412": a request to
 * confirm a sign-in, then a colon, labels the number after it as a sole number's (twenty-fourth round). */
function confirmsSignIn(body: string, c: Candidate): boolean {
  const lead = body.slice(Math.max(0, c.start - 60), c.start);
  return /:\s*$/.test(lead) && CONFIRM_SIGN_IN.test(lead);
}
const CONFIRM_SIGN_IN = new RegExp(String.raw`(?<![\p{L}])(?:подтвердите|підтвердіть|podtverdite|confirm|confirme[zr]?|confirma|potwierd[zź]|bestätigen\s+sie|konfirmasi)\s+`
  + String.raw`(?:(?:the|your|o|el|le|la|seu|su|votre)\s+)?(?:${SIGN_UP.source}|вхід\p{L}*|v(?:kh|h)od\p{L}*|acceso|acesso|connexion|logowanie)[^:.!?\n]{0,30}:\s*$`, 'iu');
const TEXT_X_TO_N = new RegExp(`${SEND_VERB}\\s[^.!?\\n]{0,30}?${TO_NUMBER}\\s+\\+?\\d{3,}`, 'iu');

/** "for logging in:", "untuk masuk:", "для входа:": a purpose of signing in, then a colon. */
const SIGN_IN_LABEL = new RegExp(`(?:(?:to|for|для|untuk|utk|pour|para|zum|do)\\s+(?:${SIGN_UP.source})|(?:untuk|utk)\\s+(?:log\\s+)?masuk)[^:\\n]{0,12}:\\s*$`, 'iu');

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
    if (TIGHT_GAP.test(gap) && (next.kind !== 'letters' || /[:\n]/.test(gap) || typed || statedByCopula(text, gap, next))) {
      out.add(k);
    }
  }
  return out;
}

/** "您正在登录网易邮箱", "you are signing in to": the sign-in in progress that a login code's template
 * names, which a prize lure does not (twenty-fourth round). */
const SIGNING_IN_NOW = /(?:您|你)正在(?:\p{Script=Han}{0,6})?(?:登录|登入|登錄|注册|註冊)|(?<![\p{L}])(?:you\s+are\s+(?:signing|logging)\s+in|вы\s+(?:входите|выполняете\s+вход)|ви\s+входите)(?![\p{L}])/iu;

function messageGates(text: string): Gates {
  const useSpeech = OTP_USE_SPEECH.test(text);
  // A warning (SECRECY) is OTP speech too, but one any sender may append: it lifts the notice gates,
  // never the promotion gate ("Use code 55120 … Do not share it" is still an advert; thirteenth round).
  const warned = SECRECY.test(text);
  const otpSpeech = useSpeech || warned;
  return {
    partial: PARTIAL.test(text),
    // Handset settings' PIN and a call offer's access code are keyed on the phone (sixteenth round).
    notWeb: isNotWeb(text) || (PICKUP_PLACE.test(text) && !warned) || (HANDSET_SETTINGS.test(text) && !useSpeech),
    // A confirmation by a reply from the phone is keyed on the phone too (twenty-fourth round).
    callCentre: CALL_CENTRE.test(text) || (PER_MINUTE.test(text) && !useSpeech) || confirmsByReply(text),
    // A card's details (its expiry date and a "security code", "kod", CVV) carry no one-time code
    // unless the message says OTP or password.
    // A card's PIN is a card detail too, unless a code or OTP word other than the PIN's own stands
    // beside it ("PIN-код для карты … Код подтверждения: X").
    cardDetails: (hasCardExpiry(text) && !hasOtpWord(text)) || isCardPinNotice(text)
      || (CARD_PIN.test(text) && pinIsTheOnlyCode(text, CARD_PINS)),
    // A prize notice is spam or a lottery; a real code for claiming a prize in an app is announced
    // with an OTP word ("领奖验证码"), not just "code". A "PIN" for a prize draw is part of the lure
    // too, and so is the bare word "code" of Persian and Arabic (کد, كود), which the keyword tables
    // count as strong.
    // An OTP word lets a prize notice through only with what real OTP messages say about the code (keep
    // it secret, it lasts minutes): a lure's "otp anda 02399888 … utk info klik" says neither.
    // A code word joined to "verification" counts as an OTP word here ("Kode verifikasi login kamu").
    // A prize named only in a question ("You have won a Nitro giveaway? Ignore such DMs.", "¿Ganaste un
    // premio? Es una estafa") is a scam warning, not a prize announced (twenty-fourth round).
    prize: PRIZE.test(text) && PRIZE.test(text.replace(/[^.!?。！？\n]*[?？]/gu, ' '))
      && !(findKeywords(text.replace(/(?<![\p{L}])pin(?![\p{L}])|کد|كود/giu, '')).some((k) => k.weight >= 1)
        && (warned || VALID_MINUTES.test(text) || SIGNING_IN_NOW.test(text))),
    // An order on its way beside a warning about the code: the warning is OTP speech (twenty-fourth
    // round, "Code niemals weitergeben", "Nie podawaj kodu kurierowi"), as for the notice gates.
    readOut: readsOut(text) || handsToCourier(text) || usedAtHandover(text)
      || (ORDER_ON_ITS_WAY.test(text) && !otpSpeech) || isParcelCode(text, otpSpeech),
    balance: (BALANCE_NOTICE.test(text) || isTransferNotice(text) || isApprovedPurchase(text)) && !otpSpeech
      && !APPROVAL_SPEECH.test(text),
    promotion: PROMOTION.test(text) && !useSpeech,
    otpSpeech,
  };
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
  const gates = messageGates(body);
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
