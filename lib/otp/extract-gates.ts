// Message-level gates: what kind of notice an SMS is (a balance, a prize, a card's details, a code
// for a cash machine or to read out to a courier). A gated message never gets a code filled, however
// well a keyword binds one (extract.ts, docs/code-extraction.md "Rules, in order").
import type { Gates } from './extract-analysis.ts';
import { findKeywords, hasOtpWord, type KeywordHit, SIGN_IN, SIGN_UP, VALID_MINUTES } from './extract-keywords.ts';
import { TEXT_X_TO_N } from './extract-send.ts';

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
    // Persian names the courier an agent ("به مامور بگویید"; twenty-eighth round)
    String.raw`(?:للمندوب|لمندوب|للسائق|לשליח|למוביל|به پیک|به\s+(?:مامور|مأمور)|配達員に|配達員へ|ドライバーに|配送员|快递员|骑手|ไรเดอร์|พนักงานส่ง)`,
    String.raw`(?:डिल[िी]वरी\s+(?:पार्टनर|बॉय)|(?:डिल[िी]वरी\s+|कूरियर\s+)?एजेंट|कूरियर)\s+को`,
    // the same dative as Hindi and Urdu senders write it in Latin letters ("delivery boy ko batayein",
    // "partner ko code batayein"; thirty-first round)
    String.raw`(?<![\p{L}])(?:delivery\s+(?:boy|partner|agent|executive|person|wale)|partner|courier|rider|agent|driver)\s+ko(?![\p{L}])`,
    // the courier who will ask for the code at the door ("El repartidor te pedirá el código", "the
    // driver will ask for the code", "o entregador vai pedir", "le livreur vous demandera", "kurir
    // akan meminta", "курьер спросит"; thirty-first round)
    String.raw`(?<![\p{L}])(?:repartidor|courier|driver|rider|kurir|entregador|livreur|motorista|kurye|курьер|kurier)\p{L}*\s+`
      + String.raw`(?:\p{L}+\s+){0,2}?(?:pedir[aá]|va\s+a\s+pedir|will\s+ask|asks|vai\s+pedir|ir[aá]\s+pedir|demandera`
      + String.raw`|va\s+(?:vous\s+|te\s+)?demander|akan\s+meminta|meminta|спросит|попросит|isteyecek|zapyta|wird\s+\p{L}+\s+(?:nach\s+)?fragen)(?![\p{L}])`,
    // the code of the hand-over itself ("Kode serah terima kurir", "handover code", "código de entrega")
    String.raw`(?<![\p{L}])(?:kode\s+serah\s+terima|hand[\s-]?over\s+(?:code|otp|pin)|c[óo]digo\s+de\s+entrega`
      // Persian and Arabic ("کد تحویل", "رمز التسليم", "كود الاستلام"; twenty-eighth round)
      + String.raw`|(?:کد|رمز|كود)\s+(?:تحویل|(?:ال)?تسليم|(?:ال)?استلام)`
      // Hebrew "code for the hand-over" ("קוד למסירה", "קוד מסירה"; twenty-ninth round)
      + String.raw`|קוד\s+(?:ל|ה)?מסירה)(?![\p{L}])`,
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
const HANDOVER_NEGATION = /(?<![\p{L}])(?:не|ні|ne|not|never|no|não|nao|nunca|jamais|nie|nicht|niemals|jangan|asla|đừng|không|न|मत|لا|هرگز)(?![\p{L}])|n't|\p{L}m[ae]y[ıi]n|ないで|しないで|마세요|말고|勿|不|别|ห้าม|อย่า|айтпаңыз|бермеңіз|(?<![\p{L}])(?:a[iy]tpa|aytma|berme|berma)\p{L}*|(?<![\p{L}])(?:אל|לא)(?![\p{L}])|(?<![\p{L}])(?:mat|nahi|nahin|na)\s+(?:bata|dikha|de|share)\p{L}*/iu;

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
  const sentence = sentences(text.slice(0, ro.index)).pop() ?? '';
  const rest = sentences(text.slice(ro.index))[0] ?? '';
  return !NEGATION_BEFORE.test(text.slice(Math.max(0, ro.index - 12), ro.index))
    && !HANDOVER_NEGATION.test(sentence) && !NOT_NEEDED.test(rest);
}
/** "Delivery PIN is not needed", "no hace falta", "не нужен": the phrase's own sentence says no code is
 * handed over this time (twenty-ninth round). */
const NOT_NEEDED = /(?<![\p{L}])(?:(?:is\s+)?not\s+(?:needed|required|necessary)|no\s+(?:es\s+necesari[oa]|hace\s+falta|se\s+necesita)|n[ãa]o\s+(?:é\s+)?(?:necess[áa]ri[oa]|precisa)|nicht\s+(?:nötig|notwendig|erforderlich|benötigt)|n['’]est\s+pas\s+(?:n[ée]cessaire|requis)|не\s+(?:нужен|нужна|нужно|требуется|потрібен|потрібно)|tidak\s+(?:diperlukan|perlu)|gerekmez|gerekmiyor)(?![\p{L}])/iu;
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
  + String.raw`|al\s+recibir|ao\s+receber|(?:(?<!cash\s)on|upon)\s+(?:delivery|receipt)|saat\s+menerima`
  // handing over as the moment ("al entregar", "ao entregar", "à la remise"), and "at the time of
  // delivery" as Hindi and Urdu say it in Latin letters ("delivery ke samay"; thirty-first round)
  + String.raw`|al\s+entregar\p{L}*|ao\s+entregar\p{L}*|(?:à|lors\s+de)\s+la\s+remise`
  + String.raw`|(?:delivery|pickup|parcel|order)\s+ke\s+(?:samay|waqt|time)`
  // Swahili "at the time of receiving" ("wakati wa kupokea")
  + String.raw`|wakati\s+wa\s+(?:kupokea|kupeleka|kuwasilisha)`
  // the same moment in Persian, Arabic and Hebrew ("هنگام دریافت", "عند الاستلام", "בעת המסירה";
  // twenty-eighth round)
  + String.raw`|هنگام\s+(?:دریافت|تحویل)|عند\s+(?:ال)?(?:استلام|تسليم)|בעת\s+(?:ה)?(?:מסירה|איסוף|קבלת))(?![\p{L}])|(?:取件|收货|收貨|签收|簽收|取货|取貨)时|受け?取り?時|お届け時|(?:수령|배송|배달)\s?시`,
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
const NOT_WEB = new RegExp(String.raw`(?<![\p{L}])(?:(?:at|in|from|в|на|из|с|з|di|dari|w|z|ze|t[aạ]i|v|u|na|iz|kwenye|sa)\s+(?:the\s+|an\s+|any\s+)?(?:[\p{L}&'-]+\s+){0,3}?(?:atm|банкомат\p{L}*|bankoma[tc]\p{L}*)|cajeros?(?: autom[aá]tico)?|caixa(?:s)? (?:eletr[oô]nico|autom[aá]tico|multibanco)|multibanco|geldautomat\p{L}*|distributeur(?: automatique| de billets)?|bancomat|atm机|取款机|提款机|withdraw(?:al)?\s+(?:of\s+)?cash|cash\s+withdrawal|сняти\p{L}*\s+наличн\p{L}*|retir\p{L}*\s+(?:de\s+)?(?:efectivo|dinero|dinheiro|esp[eè]ces)|retrait\s+(?:d['’]\s?argent|d['’]esp[eè]ces|de\s+(?:fonds|cash))|取款|取现|(?:caixa|banco)\s?24\s?horas|(?:pe)?tarik(?:an)?\s+tunai|penarikan\s+tunai|r[uú]t\s+ti[eề]n(?:\s+m[aặ]t)?|nakit\s+[çc]ek\p{L}*|cardless|locker|new pin|pin baru|pin mới|нов\p{L}+ (?:pin|пин))(?![\p{L}])|код\p{L}*\s+(?:для\s+)?(?:получения|выдачи|отримання|видачі)(?!\s+(?:бонус|кешб|кэшб|скидк|знижк|балл|бал[іа]|доступ)\p{L}*)|pickup code|collection code|parcel locker|code de retrait|kod odbioru|abholcode|c[óo]digo de retirada|kode pengambilan|teslim kodu|取件码|取货码|รหัส(?:ยืนยัน)?(?:การ)?รับ(?:พัสดุ|สินค้า)|m[aã] nh[aậ]n h[aà]ng|受け?取り?用?の?(?:コード|パスワード|暗証番号)|수령\s?(?:코드|(?:인증)?번호|비밀\s?번호)`
  // the code or PIN "for pickup" of the Balkans, Central Europe and Greek ("PIN za preuzimanje", "kód
  // pro vyzvednutí", "cod pentru ridicare", "κωδικός για παραλαβή"), and the compounds of Dutch,
  // Hungarian, the Nordic languages and Finnish ("afhaalcode", "átvételi kód", "hentekode",
  // "noutokoodi"; twenty-ninth round)
  + String.raw`|(?<![\p{L}])(?:pin|kod\p{L}*|kód\p{L}*|cod\p{L}*|[šs]ifr\p{L}*|κωδικ\p{L}*|код\p{L}*|пин)\s+(?:za|pro|na|k|de|pentru|για|за)\s+`
  + String.raw`(?:preuzimanj\p{L}*|prevzem\p{L}*|vyzvednut\p{L}*|vyzdvihnut\p{L}*|ridicare|παραλαβ\p{L}*|получаване|преузимањ\p{L}*|подигнувањ\p{L}*)`
  + String.raw`|(?<![\p{L}])(?:átvételi\s+kód\p{L}*|afhaalcode|ophaalcode|hentekode\p{L}*|afhentningskode\p{L}*|(?:upp)?h[äa]mtningskod\p{L}*|noutokoodi\p{L}*)(?![\p{L}])`
  // the pickup code in Latin letters of Russian and Ukrainian ("Kod dlia otrymannia", "kod polucheniya")
  + String.raw`|(?<![\p{L}])kod\p{L}{0,2}\s+(?:dl[iy]a\s+)?(?:otrymann(?:ia|ya|ja)|vydach[iy]|polucheni(?:ya|ia|ja|e))(?![\p{L}])`
  // a cash machine (or its screen, "ATM画面で"; thirty-first round) named with the postposition or the
  // booth word of its language ("ATMに入力", "ATM에서",
  // "ที่ตู้ ATM"), and a withdrawal without a card ("ไม่ใช้บัตร", "sem cartão", "카드 없이", "无卡")
  + String.raw`|atm\s?(?:画面|機|端末|コーナー|화면|기기)?\s?(?:に|で|から|에서)|ถอนเงิน|현금\s?인출|ตู้\s?(?:atm|เอทีเอ็ม)|ไม่(?:ต้อง)?ใช้บัตร|카드\s?없이|无卡|無卡|カード(?:なし|不要)`
  // a parcel locker in the scripts written without spaces ("宅配ロッカー", "快递柜", "무인택배함")
  + String.raw`|(?:ロッカー|宅配ボックス|快递柜|快遞櫃|智能柜|自提柜|(?:택배|무인|물품)\s?보관함|보관함에\s?(?:보관|넣|도착)|보관함\s?(?:비밀\s?번호|암호)|사물함|무인\s?택배함|ตู้ล็อกเกอร์|ตู้รับพัสดุ)(?!\s?(?:小程序|应用|アプリ|앱|app))`
  // Arabic and Persian: a cash withdrawal, and "from/at the cash machine" ("من الصراف",
  // "از خودپرداز"); "بطاقة الصراف" alone is a debit card, used on sites too
  + String.raw`|(?<![\p{L}])(?:(?:ال)?سحب\s+(?:ال)?نقد\p{L}*|(?:من|في|عبر)\s+(?:أي\s+)?(?:جهاز\s+|ماكينة\s+|أجهزة\s+)?(?:ال)?صراف|(?:از|در)\s+(?:دستگاه\s+)?(?:های\s+)?خودپرداز|برداشت\s+(?:وجه\s+)?نقد\p{L}*)(?![\p{L}])`
  + String.raw`|(?<![\p{L}])(?:sem\s+cart[ãa]o|sin\s+tarjeta|without\s+(?:a\s+|your\s+)?card|tanpa\s+kartu|karts[ıi]z|без\s+карт\p{L}*|bez\s+kart\p{L}*)(?![\p{L}])`
  // Russian in Latin letters, as senders transliterate it ("Snyatie nalichnyh", "kod dlya bankomata")
  + String.raw`|(?<![\p{L}])(?:sn[yi]ati\p{L}*\s+nalichn\p{L}*|(?:для|dlya|dlia)\s+(?:банкомат|bankomat)\p{L}*)(?![\p{L}])`
  // the cash machine with its case ending glued on, as Kazakh and Turkish write it ("банкоматтан",
  // "банкоматта", "ATM'den", plural "ATM'lerinde"; not the object, "ATM'lerimizi"), and cash
  // handed out at a counter ("для получения наличных", "қолма-қол ақша алу", "отримання готівки",
  // "cash pickup"), or withdrawn ("зняття готівки", "znyattia gotivky"; thirty-first round)
  + String.raw`|(?<![\p{L}])(?:банкомат(?:та|те|тан|тен|қа|ке)|bankomat(?:ta|tan|qa)|atm['’](?:d[ae]n?|y[ae]|l[ae]r(?:[ıi]m[ıi]z|[ıi]n)?(?:d[ae]n?|[ae])))(?![\p{L}])`
  + String.raw`|(?<![\p{L}])(?:(?:получени|выдач|отриман|видач|знятт|zn[yi]?att|zniatt)\p{L}*\s+(?:наличн|готівк|gotivk|hotivk)\p{L}*|қолма-қол\s+ақша|cash\s+(?:pick-?up|collection))(?![\p{L}])`
  // the pickup code in the Turkic languages, which put "receiving" before the code word (Kazakh "Алу
  // коды", "Alu kody", Uzbek "Olish kodi", Kyrgyz "Алуу коду")
  + String.raw`|(?<![\p{L}])(?:алуу?|alu|olish)\s+(?:коды|коду|kody|kodi)(?![\p{L}])`
  // the cash machine in the scripts and compounds of the Caucasus, Hebrew, Dutch, the Nordic
  // languages and Hungarian, its case ending glued on ("բանկոմատում", "ბანკომატში", "כספומט",
  // "geldautomaat", "uttagsautomat", "ATM-nél"; twenty-seventh round)
  + String.raw`|բանկոմատ\p{L}*|ბანკომატ\p{L}*|כספומט\p{L}*|(?<![\p{L}])(?:geld|pin)automa(?:at|ten)`
  + String.raw`|uttagsautomat\p{L}*|bankautomat\p{L}*|(?<![\p{L}])atm-(?:ben|n[ée]l|b[őo]l|be)(?![\p{L}])`
  // a code for a cash withdrawal in the languages of Central and Eastern Europe, Italy, the Low
  // Countries and Romania ("Kod do wypłaty gotówki", "Kód pro výběr hotovosti", "Code für die
  // Bargeldabhebung", "codice per il prelievo di contanti"); a withdrawal reported beside a sign-in
  // code is no code's purpose. Polish "w bankomacie" bends the stem (thirtieth round)
  + String.raw`|(?<![\p{L}])(?:k[oóô]d|code|cod|код)\p{L}{0,3}\s+(?:\p{L}+\s+){0,2}?(?:wyp[łl]at\p{L}*\s+got[óo]wk\p{L}*|v[ýy]b[ěe]r\p{L}*\s+hotovost\p{L}*|зняття\s+готівк\p{L}*`
  + String.raw`|bargeld\p{L}*|prelievo\s+(?:di\s+)?contant\p{L}*|retrager\p{L}*\s+(?:de\s+)?numerar|k[ée]szp[ée]nzfelv[ée]t\p{L}*`
  + String.raw`|podizanj\p{L}*\s+gotovin\p{L}*|теглене\s+на\s+(?:пари|наличн\p{L}*)|geld\s+opnemen|kontant\s*uttak|nakit\s+[çc]ekim\p{L}*)(?![\p{L}])`,
  'iu');
/** Where a parcel waits (a pickup point, a parcel locker's station): its code is the place's,
 * unless the message warns about the code as a login code's sender does ("Votre colis … est au
 * point relais. Ne communiquez jamais ce code."; twenty-fourth round). */
// Since the twenty-ninth round the parcel locker as Central and Northern Europe and the Balkans name
// it ("Paketomatu", "pakketautomaat", "csomagautomata", "easybox", "поштомат").
const PICKUP_PLACE = /(?<![\p{L}])(?:пункт\p{L}*\s+выдачи|постамат\p{L}*|point relais|paczkomat\p{L}*|packstation|paketomat\p{L}*|pakketautomat\p{L}*|pakkeautomat\p{L}*|paketautomat\p{L}*|pakiautomaa?[td]\p{L}*|pakomāt\p{L}*|pa[šs]tomat\p{L}*|csomagautomat\p{L}*|easybox|colisomat\p{L}*|alzabox\p{L}*|пакетомат\p{L}*|поштомат\p{L}*|пощомат\p{L}*)(?![\p{L}]|\.[a-z]{2})/iu;
/** The cash machine denied ("not at ATM", "tidak pernah meminta OTP untuk tarik tunai di ATM",
 * "ATMでのお引出しではありません"): a sentence that says the code is not for it. */
const NOT_WEB_DENIED = new RegExp(String.raw`(?<![\p{L}])(?:not|never|tidak|bukan|không|не|nie|nunca|jamais|nicht|niemals)(?![\p{L}])[^.!?。\n]{0,30}(?:atm|bankomat|банкомат|tarik tunai|cash|cajero|caixa)|atm[^。\n]{0,20}(?:ではありません|ではない|じゃない)`
  // Turkish negates the verb with a suffix ("ATM'lerde kullanılmaz", "geçerli değil"; thirty-first round)
  + String.raw`|atm[^.!?\n]{0,25}?(?:\p{L}(?:maz|mez)|değil|m[ıi]yor)(?![\p{L}])`, 'iu');
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
function isParcelCode(text: string, keywords: KeywordHit[], otpSpeech: boolean): boolean {
  return !otpSpeech && PARCEL.test(text) && !SIGN_UP.test(text) && !APP.test(text)
    && !signInBesideCodeWord(text, keywords) && keywords.every((k) => k.weight < 1);
}
const SIGN_IN_ALL = new RegExp(SIGN_IN.source, 'giu');
/** A sign-in noun beside one of the message's code words ("giriş kodunuz", "belépési kód", "código
 * de acesso", "kod dlia vkhodu"): the code's purpose. Alone the nouns also name an entrance, a
 * connection or a session ("вхід з двору"), which a courier's message may well describe. */
function signInBesideCodeWord(text: string, keywords: KeywordHit[]): boolean {
  for (const m of text.matchAll(SIGN_IN_ALL)) {
    const end = m.index + m[0].length;
    if (keywords.some((k) => Math.max(k.start - end, m.index - k.end) <= CODE_WORD_GAP)) return true;
  }
  return false;
}
/** Room for a preposition between the code word and the noun ("código de", "kod dlia"). */
const CODE_WORD_GAP = 8;
/** An app or a personal account named as the code's purpose ("Kod do logowania w aplikacji", "Para
 * acessar o app", "Код для входу в застосунок", "личный кабинет"): not the parcel's. Only the parcel
 * gate reads it, beside the sign-in words: a code "for the app" labels no number by itself, as "for
 * signing in" does (an app's name is also a download link's or an offer's). */
const APP = /(?<![\p{L}])(?:apps?|aplika[cč]\p{L}*|aplicativo|applica\p{L}*|застосун\p{L}*|приложени\p{L}*|кабинет\p{L}*|uygulama\p{L}*)(?![\p{L}])/iu;

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
/** A card's security code with its three or four digits ("CVV: 552", "Ma CVV 419", "CVC2 123",
 * "卡片安全码：728", "セキュリティコード 123"): printed on the card, never sent with a one-time code. */
// The CJK words also name a site's security code, so only with the three digits of a card's.
const CARD_SECURITY_VALUE = /(?<![\p{L}])(?:cvv2?|cvc2?|cvn)[\s:：=-]{0,3}\d{3,4}(?!\d)|(?:安全码|安全碼|セキュリティコード|보안\s?코드)[\s:：=-]{0,3}\d{3}(?!\d)/iu;
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
const PIN_TO_SIGN_IN = new RegExp(String.raw`(?<![\p{L}])(?:pin|пин|пін)[^\s:]{0,5}(?:[\s:]{1,3}\d{4,8})?\s+(?:for|для|dlya|do|to|untuk|pour|para|zum|zur|f[üu]r)\s+(?:(?:the|your|a)\s+)?(?:${SIGN_IN.source})`, 'iu');
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

/** A sentence that gives a code to sign up or in ("To log in on the web use code 552018", "Giriş
 * için kod: 4412"; SIGN_IN, the one sign-in class) and names no delivery or courier: the code's
 * purpose is the site, an order on its way elsewhere in the message notwithstanding (twenty-ninth
 * round). */
// A sign-in word right beside the code word ("sign in with code 6604", "iniciá sesión con el
// código") names the code's purpose even where the sentence names a delivery as the reason to sign
// in ("To change the delivery address, sign in with code 6604"; thirty-first round).
function codeToSignIn(text: string): boolean {
  return sentences(text).some((s) => {
    if (TO_COURIER.test(s)) return false;
    const keywords = findKeywords(s);
    return signInBesideCodeWord(s, keywords) || (SIGN_IN.test(s) && !DELIVERY.test(s) && keywords.some((k) => k.weight >= 0.9));
  });
}

/** A sentence that names no prize or offer and gives a code for signing in or verifying ("kod vhoda 3318",
 * "giriş kodu: 8260", "کد ورود به اپ: 6102", "verify your number in the app: OTP 4518"), in a
 * message that asks to follow no link (the caller also checks it held none): the prize is the
 * reason to sign in, the code is the service's (thirty-first round). A lure's code is the prize's
 * own ("Claim code"), asked for in the prize's sentence ("to claim it, enter OTP"), to be shared
 * ("share the verification code"), or sent with a link or a site to go to; and, as for
 * namesSignInCode, the sentence gives the code as digits ("Login code for the app: SAVE50" is an
 * advert's). */
function signInCodeApartFromPrize(text: string): boolean {
  return !FOLLOW_LINK.test(text) && !HOST.test(text) && sentences(text).some((s) => {
    if (PRIZE.test(s) || !DIGIT_CODE.test(s) || PROMOTION.test(s) || SHARE_CODE.test(s) || ASKS_TO_SHARE.test(s)) return false;
    const keywords = findKeywords(s);
    return signInBesideCodeWord(s, keywords) || (VERIFY.test(s) && keywords.some((k) => k.weight >= 0.9));
  });
}
const FOLLOW_LINK = /(?<![\p{L}])(?:click|tap|klik|link|linki|ссылк\p{L}*|posilann\p{L}*|перейд\p{L}*|лінк\p{L}*|enlace|lien|https?|www)(?![\p{L}])|لینک|رابط|링크|链接|リンク/iu;
const ASKS_TO_SHARE = /(?<![\p{L}])(?:please|kindly)\s+share(?![\p{L}])/iu;
/** A host name left in the text ("rs.wu8x.com", "bit.ly"): a site to go to. */
const HOST = /(?<![\p{L}\d@.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|xyz|top|site|online|club|vip|cc|co|me|io|ly|ru|cn|in|id|ir|ua|kz|tr|br|vn)(?![\p{L}\d])/u;
const VERIFY = /(?<![\p{L}])(?:verif\p{L}*|x[aá]c\s+(?:th[uự]c|minh)|подтверд\p{L}*|підтверд\p{L}*|podtver\p{L}*|pidtverd\p{L}*|doğrula\p{L}*|dogrula\p{L}*|confirm\p{L}*)(?![\p{L}])|تایید|تأیید|验证|認証|인증/iu;

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
const CARD = /(?<![\p{L}])(?:card|karta|kartka|kart\p{L}*|карт\p{L}*|tarjeta|cart[ãa]o|carta|kortel\p{L}*|kaart\p{L}*|kortti\p{L}*)|[*x•]{2,}\s?\d{4}|\d[*x•]{2,}\d/iu;
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
    // the connector of Italian, Czech, Polish and English may stand between ("20% di sconto",
    // "20 % of discount"; twenty-ninth round)
    '\\d\\s?%\\s?(?:(?:di|of|na|z)\\s+)?(?:off|скидк|rabatt|de descuento|de desconto|de réduction|sconto|diskon|indirim|discount)',
    // the same in the languages of Europe's, the Caucasus' and Africa's shops (twenty-eighth round:
    // "20% reducere", "20 % korting", "20% sleva", "20% kedvezmény", "20% намаление", "20% έκπτωση")
    '\\d\\s?%\\s?(?:(?:na|de|di|of|z|u)\\s+)?(?:reducere|korting|slev\\p{L}*|zľav\\p{L}*|kedvezm|rabat|popust|намалени|отстъпк|попуст|έκπτωσ'
      + '|הנחה|alennus|atlaid|nuolaid|allahindl|endirim|chegirma|ფასდაკლ|զեղչ|хөнгөлөлт|punguzo|potongan|diskaun|giảm)',
    // a percentage with a minus sign, the sign of a price cut in any language ("saat -20 %")
    '(?<![\\p{L}\\p{N}])[-−–]\\s?\\d{1,2}(?:[.,]\\d)?\\s?%',
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
    // a friend invited or referred for a reward, the referral programme's own sentence, in the
    // languages of the read sets ("Refer a friend with code", "Priglasite druga", "Пригласи друга",
    // "Lade deine Freunde ein", "Invita a un amigo", "Indique um amigo", "Parrainez un ami", "Poleć
    // znajomemu", "Arkadaşını davet et", "Ajak teman", "Mời bạn bè", "邀请好友"; thirty-first round)
    '(?<![\\p{L}])(?:(?:refer|invite)\\s+(?:a\\s+|your\\s+)?friends?|(?:pri[gh]las\\p{L}*|запро[сш]\\p{L}*|zaprosi\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:druz\\p{L}*|drug[ae]?|друз\\p{L}*|друга)'
      + '|(?:пригла[сш]\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:друз\\p{L}*|друга)|(?:lade|laden|empfiehl)\\s+(?:\\p{L}+\\s+)?freund\\p{L}*'
      + '|(?:invit|indiqu|indic|recomiend|recomend)\\p{L}*\\s+(?:a\\s+)?(?:un[ao]?\\s+|uma?\\s+|tus?\\s+|seus?\\s+|sus?\\s+)?amig\\p{L}*|parrain\\p{L}*'
      + '|pole[cć]\\p{L}*\\s+znajom\\p{L}*|arkada[şs]\\p{L}*\\s+davet\\p{L}*|ajak\\s+teman|m[ờo]i\\s+b[ạa]n\\s+b[èe]'
      + '|m?w?alik[ae]\\s+(?:\\p{L}+\\s+)?rafiki|(?:imbitahan|anyayahan)\\s+(?:ang\\s+)?(?:iyong\\s+)?kaibigan)(?![\\p{L}])|邀请好友|邀請好友|友達を招待|친구\\s?초대'
      // the same sentence as the thirtieth round read it: the verb, at most one word, the friends
      // ("indicar amigos", "invite friends", "ajak teman", "приглашайте друзей")
      + '|(?<![\\p{L}])(?:invit\\p{L}*|refer|indica[rn]?|indique|convid\\p{L}*|ajak|undang|пригла\\p{L}*|запроси\\p{L}*|parrain\\p{L}*|empfehl\\p{L}*)'
      + '\\s+(?:\\p{L}+\\s+)?(?:friends?|amig[oa]s|amis?|amies?|teman\\p{L}*|kawan\\p{L}*|друз\\p{L}*|друзів|freunde\\p{L}*)(?![\\p{L}])'
      + '|(?<![\\p{L}])arkada[şs]\\p{L}*\\s+(?:\\p{L}+\\s+)?davet',
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
    // the word for a discount before its percentage, with the connector of its language ("Punguzo la
    // 20%", "nuolaida 20%", "descompte del 20%", "sleva 20 %", "popust od 20%"; twenty-ninth round)
    '(?<![\\p{L}])(?:punguzo|nuolaid\\p{L}*|atlaid\\p{L}*|allahindlus\\p{L}*|descompte|descuento|sconto|sleva|slevu|zľav\\p{L}*|popust\\p{L}*|reducere|korting|alennus\\p{L}*|rabat\\p{L}*|kedvezmény\\p{L}*|indirim\\p{L}*|endirim\\p{L}*)'
      + '\\s+(?:(?:la|ya|del?|di|of|od|do|von|van|na|z|s|u)\\s+)?\\d{1,2}\\s?%',
    // "discount 40%", "Disc.25%", "Discond 40%", "diskon 60%"
    '(?:скидк\\p{L}*|disc\\p{L}*|rabatt|descuento|desconto|diskon|diskaun|sconto|reducere|korting|sleva|zľava|sale)[.\\s]+(?:of\\s+|на\\s+|von\\s+|de\\s+)?\\d{1,2}\\s?%',
    // a code valid until a calendar day with no time, a voucher's lifetime ("valido fino al 20/12",
    // "geldig t/m 15-12", "Berlaku s/d 10/12", "действует до 31.12"); a one-time code lasts minutes
    // or until a time of day (twenty-ninth round)
    String.raw`(?<![\p{L}])(?:v[aáà]lid\p{L}*|valable|g[üu]ltig\p{L}*|geldig|giltig|gyldig|wa[żz]n\p{L}*|platn\p{L}*`
      + String.raw`|berlaku|ge[çc]erli\p{L}*|действ\p{L}*|дійсн\p{L}*|діє|voimassa|[ée]rv[ée]nyes\p{L}*|valabil\p{L}*`
      + String.raw`|hi[eệ]u\s+l[uự]c)[^.!?\n\d]{0,16}?(?<![\p{L}])(?:until|till|thru|through|to|до|по|sampai|hingga|s/d`
      + String.raw`|bis(?:\s+zum)?|jusqu['’]?\s?(?:au|à)|hasta(?:\s+el)?|até|ate|fino\s+al|fins\s+al|t/m|tot|do|đến|al)\s{1,2}`
      + String.raw`(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])(?:[./-](?:20)?\d{2})?(?![\d/.-]?\d)`
      + String.raw`(?!,?\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d)`,
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
    + '|v[ýy]hr[aáuyo]\\p{L}*|vinst\\p{L}*|δώρ\\p{L}*|κερδίσ\\p{L}*|hədiyyə\\p{L}*|inaam\\p{L}*|inami'
    // twenty-eighth round: Bulgarian and South Slavic "congratulations", "you won" and the prize
    // ("Честито! Спечелихте … Код за награда"), Estonian, Latvian, Albanian, Filipino, Mongolian,
    // and the languages of Africa in Latin letters: Swahili, Yoruba, Hausa ("Hongera! Umeshinda
    // zawadi", "E ku oriire … ebun", "Taya murna … kyauta")
    + '|честит\\p{L}*|спечел\\p{L}*|наград\\p{L}*|nagrad\\p{L}*|osvoj\\p{L}*|освоји\\p{L}*|õnnitle\\p{L}*|auhind\\p{L}*'
    + '|laimēj\\p{L}*|balv\\p{L}*|urime|fitues\\p{L}*|premyo|nanalo|баяр\\s+хүрг\\p{L}*|шагнал\\p{L}*|хожсон|хожлоо'
    + '|hongera|zawadi|umeshinda|oriire|ebun|ẹ̀bùn|taya\\s+murna|kyauta|lashe'
    // twenty-ninth round: Catalan, Basque, Welsh, Afrikaans and Somali ("Felicitacions! Has guanyat
    // un premi", "Zorionak! Saria irabazi duzu", "Llongyfarchiadau … gwobr", "Baie geluk … gewen",
    // "Hambalyo … abaalmarin")
    + '|felicitacions|(?:has|heu|ha)\\s+guanyat|guanyador\\p{L}*|(?:un|el|del|teu|vostre)\\s+premi(?![\\p{L}])|zorionak|sari(?:a|ak)(?![\\p{L}])|irabaz\\p{L}*'
    + '|llongyfarch\\p{L}*|gwobr\\p{L}*|baie\\s+geluk|gewen|hambalyo|abaalmarin\\p{L}*|guulays\\p{L}*)',
    '(?:გილოცავ|საჩუქარ|პრიზ|շնորհավոր|մրցանակ|նվեր|מזל\\s?טוב|זכית|פרס|הגרלה)',
    // the scripts of South and Southeast Asia and Ethiopia (twenty-eighth round): Burmese, Khmer,
    // Lao, Sinhala, Tamil, Telugu, Kannada, Malayalam, Gujarati, Marathi, Punjabi, Amharic
    '(?:ဂုဏ်ယူပါ|ကံထူး|ဆုကုဒ်|ဆုလက်ဆောင်|ဆုကြေး|អបអរសាទរ|រង្វាន់|ឈ្នះ|ຂໍສະແດງຄວາມຍິນດີ|ລາງວັນ|සුබ\\s?පැතුම්|ත්‍යාග|ජයග්‍රාහක'
      + '|வாழ்த்து|பரிசு|வென்ற|అభినందన|బహుమతి|ಅಭಿನಂದನ|ಬಹುಮಾನ|അഭിനന്ദന|സമ്മാന|અભિનંદન|ઇનામ|अभिनंदन|बक्षीस|ਵਧਾਈ|ਇਨਾਮ'
      + '|እንኳን\\s?ደስ|ሽልማት|አሸንፈ)',
    // "Your number won GBP 750,000": "won" before an amount
    '(?<![\\p{L}])won\\s+(?:a\\s+)?(?:gbp|usd|eur|inr|rs\\.?|rp\\.?|£|\\$|€|₹)\\s?\\d',
    '(?:ยินดีด้วย|รางวัล|تبریک|برنده|قرعه|جایزه|جوایز|جائزة|مبروك|تهانينا|فزت|बधाई|इनाम|लॉटरी|पुरस्कार|विजेता|انعام|(?<!عید\\s?)مبارک\\s?ہو|قرعہ|অভিনন্দন|পুরস্কার|বিজয়ী|লটারি|恭喜|中奖|获奖|抽奖|开奖|開獎|彩票|奖品|おめでとう|当選|抽選|賞品|축하|당첨|경품)',
  ].join('|'),
  'iu',
);
/** "Do not share", "никому не сообщайте", "jangan berikan" (also the passive "jangan dibagikan", Malay "jangan kongsi"), "请勿泄露": what a real OTP message says.
 * Since the twenty-seventh round also in the Nordic languages, Dutch, Czech, Slovak, Hungarian,
 * Romanian, Greek and Finnish ("Dela den inte med någon", "Deel deze code niet", "Ne add meg
 * senkinek", "Nu îl comunicați", "Μην τον δώσετε", "Älä jaa"); since the twenty-eighth in Swahili,
 * Amharic and Hausa ("Usimpe mtu", "ለማንም አያጋሩ", "Kada ka ba kowa"). */
export const SECRECY = /(?:never|do not|don't|dont|not to)\s+(?:share|disclose|give|tell|forward|reveal)|никому|nikomu|не\s+(?:сообщайте|передавайте|говорите)|нікому|ешкімге|eshkimge|jangan\s+(?:di)?(?:berikan|bagikan|beritahu\p{L}*|memberitahu|sebarkan|kasih|kongsi)|rahasiakan|ne\s+soobsh\p{L}*|勿|不要(?:泄露|告诉|透露|转发)|不得|절대|타인에게|請勿|共有しないで|教えないで|(?:no|nunca)\s+(?:lo\s+)?(?:compartas|comparta|reveles|revele)|(?:não|nao|nunca)\s+(?:o\s+)?(?:compartilhe|partilhe|informe|revele|passe|repasse|forneça|divulgue)|(?:niemals|nie|nicht|niemandem)\s+(?:\p{L}+\s+){0,2}?(?:weiter(?:geben|leiten)?|teilen|mitteilen|nennen|preisgeben)(?![\p{L}])|ne\s+(?:le\s+|la\s+)?(?:partagez|communiquez|transmettez|divulguez)|non\s+(?:condividere|comunicare|divulgare)|nie\s+(?:udostępniaj|podawaj|przekazuj)|(?:dela|del|deel)\s+(?:\p{L}+\s+){0,2}?(?:inte|ikke|niet)(?![\p{L}])|(?:dela|del|deel)\s+(?:aldrig|aldri|nooit)|no\s+(?:el\s+|la\s+|els\s+)?comparteix\p{L}*|nooit\s+(?:\p{L}+\s+)?delen|nikomu\s+(?:\p{L}+\s+)?(?:nesd[ěe]l\p{L}*|nesd[íi]l\p{L}*|neposk\p{L}*)|senkivel|senkinek|nu\s+(?:[îi]l\s+|o\s+)?(?:comunica|divulga|transmite|da[țt]i)\p{L}*|μην\s+(?:τον|το|τα)\s+\p{L}+|älä\s+(?:jaa|kerro|luovuta)|paylaşmayın|kimseyle|hiç kimse|usim(?:pe|wambie|onyeshe)\s+mtu|usishiriki|ለማንም|kada\s+ka\s+(?:ba|gaya|nuna)|không\s+(?:chia sẻ|cung cấp)|به هیچ|اختیار دیگران|لا\s+تشارك|(?:ห้าม|อย่า)\s?(?:บอก|เปิดเผย|แชร์)/iu;
/** What a message says when its code is a one-time secret to type: an OTP or password word, "enter",
 * "confirm", "verify". */
const OTP_USE_SPEECH = /otp|парол|parol|password|одноразов|odnorazov|one[- ]?time|введите|vvedite|enter|подтвер|podtver|confirm|verif/iu;

/** "您正在登录网易邮箱", "you are signing in to": the sign-in in progress that a login code's template
 * names, which a prize lure does not (twenty-fourth round). */
const SIGNING_IN_NOW = /(?:您|你)正在(?:\p{Script=Han}{0,6})?(?:登录|登入|登錄|注册|註冊)|(?<![\p{L}])(?:you\s+are\s+(?:signing|logging)\s+in|вы\s+(?:входите|выполняете\s+вход)|ви\s+входите)(?![\p{L}])/iu;

/** A code named by its purpose of signing in to an app or an account, in a clause that names no
 * prize or offer ("Kod do logowania w aplikacji: 6120", "Uygulama giriş kodunuz: 9931", "Use code
 * 5902 to sign in to the Evri app", "Для входа в личный кабинет … введите код"): the code is for a
 * site, whatever the rest of the message announces (a parcel on its way, a prize, a cashback), so
 * the gates of those notices do not hold it back (thirtieth round). A hand-over named outright
 * ("give it to the courier") still does. The clause's code word is the context SIGN_IN needs. */
const CODE_WORD = /(?<![\p{L}])(?:code|c[óo]dig\p{L}*|k[oóô]d\p{L}*|код\p{L}*|kode|m[aã])(?![\p{L}])|コード|코드|码|碼/iu;
/** The app nouns (APP) and an account or a personal cabinet in more languages. */
const APP_OR_ACCOUNT = new RegExp(String.raw`${APP.source}|(?<![\p{L}])(?:кабінет\p{L}*|aplicaci[oó]n|aplikasi`
  + String.raw`|ứng dụng|ung dung|account|konto|cuenta|conta|compte)(?![\p{L}])|アプリ|앱|应用|應用`, 'iu');

function namesSignInCode(text: string): boolean {
  // The sentence must give the code as digits: an advert's "Login code for the app: SAVE50" is the
  // promotion's own code.
  return APP_OR_ACCOUNT.test(text) && sentences(text).some((sentence) => DIGIT_CODE.test(sentence)
    && sentence.split(/[:;]/).some((c) => SIGN_IN.test(c) && CODE_WORD.test(c)
      && !PRIZE.test(c) && !PROMOTION.test(c)));
}
const DIGIT_CODE = /(?<![\p{L}\p{N}])\d{4,8}(?![\p{L}\p{N}])/u;

/** What kind of notice the message is: each gate keeps any code of it from being filled. `keywords`
 * are the message's own (findKeywords(text)), found once by analyseMessage; `linked`, whether the
 * message held a link (analyseMessage takes links out of `text`). */
export function messageGates(text: string, keywords: KeywordHit[], linked: boolean): Gates {
  const useSpeech = OTP_USE_SPEECH.test(text);
  // The sign-in lifts split the text into sentences and read each one: each is read at most once,
  // and only for a message the words of a prize, an offer or an order on its way reach.
  const signInCode = once(() => namesSignInCode(text));
  const signInApartFromPrize = once(() => !linked && signInCodeApartFromPrize(text));
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
    // A card's security code given with its digits ("CVV: 552", "卡片安全码：728") is the card's
    // details too: its PIN or first password is the card's, whatever the language calls it; a code
    // with a lifetime beside it is one to type (twenty-eighth round).
    cardDetails: (hasCardExpiry(text) && !hasOtpWord(text)) || isCardPinNotice(text)
      || (CARD_SECURITY_VALUE.test(text) && !VALID_MINUTES.test(text))
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
    prize: PRIZE.test(text) && !signInCode() && PRIZE.test(text.replace(/[^.!?。！？\n]*[?？]/gu, ' '))
      && !(findKeywords(text.replace(/(?<![\p{L}])pin(?![\p{L}])|کد|كود/giu, '')).some((k) => k.weight >= 1)
        && (warned || VALID_MINUTES.test(text) || SIGNING_IN_NOW.test(text)))
      && !signInApartFromPrize(),
    // An order on its way beside a warning about the code: the warning is OTP speech (twenty-fourth
    // round, "Code niemals weitergeben", "Nie podawaj kodu kurierowi"), as for the notice gates.
    readOut: readsOut(text) || handsToCourier(text) || usedAtHandover(text)
      || (ORDER_ON_ITS_WAY.test(text) && !otpSpeech && !codeToSignIn(text) && !signInCode())
      || isParcelCode(text, keywords, otpSpeech),
    balance: (BALANCE_NOTICE.test(text) || isTransferNotice(text) || isApprovedPurchase(text)) && !otpSpeech
      && !APPROVAL_SPEECH.test(text),
    promotion: PROMOTION.test(text) && !useSpeech && !signInCode() && !signInApartFromPrize(),
    otpSpeech,
  };
}

/** `read` called at most once, on first use. */
function once(read: () => boolean): () => boolean {
  let value: boolean | undefined;
  return () => (value ??= read());
}
