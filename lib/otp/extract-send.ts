// How a message asks for an SMS sent to a number ("send 1234 to 900", "ответьте ДА на 4444", "text
// STOP to 85069"): the number is where to send, not a code to type. Shared by the scoring (extract.ts)
// and the message gates (extract-gates.ts).

/** "Reply" as an order in Russian and Ukrainian, also in Latin letters ("Otvet'te DA na 4444"). */
const REPLY_VERB = String.raw`ответьте|ответь|відповідайте|відповідай|otvet['’]?t?e|otvet['’]|vidpovidajte`;
/** Verbs that send an SMS ("send", "text", "отправьте", "envía", "senden", "kirim", "wyślij", "gönderin", "soạn"),
 * and the words that join them to the number it goes to ("to", "на номер", "al", "an", "ke", "au"). */
export const SEND_VERB = String.raw`(?:send|text|txt|reply|sms|ketik|kirim\p{L}*|отправ\p{L}*|пришли\p{L}*|надішл\p{L}*|otprav\p{L}*|${REPLY_VERB}|env[ií]\p{L}*|envoy\p{L}*|sende\p{L}*|wy[śs]lij|g[öo]nder\p{L}*|so[aạ]n`
  // the send verbs of more European languages and Swahili ("Sūtiet", "Siųskite", "Saada", "Lähetä",
  // "Pošljite", "Küldje", "Trimite", "Stuur", "Skicka", "Tuma"; twenty-ninth round)
  + String.raw`|s[uū]tiet|s[uū]ti|si[uų]sk\p{L}*|saada|l[äa]het[äa]|po[šs]l[ij]\p{L}*|po[šs]alj\p{L}*|k[üu]ldj?\p{L}*`
  + String.raw`|trimite\p{L}*|stuur|skicka|tuma)`;
export const TO_NUMBER = String.raw`(?<![\p{L}])(?:to|an|al|ke|au|à|на(?:\s+(?:короткий\s+)?номер)?|na(?:\s+(?:numer|nomer))?|g[uử]i(?:\s+đ[eế]n)?|إلى|uz|į|kwa|kwenda|naar|till|til|pe)`;
/** "Ketik INFO kirim ke 0896…", "text STOP to 85069": an offer of a service, whose numbers are prices and
 * short numbers, not a code. */
export const TEXT_X_TO_N = new RegExp(`${SEND_VERB}\\s[^.!?\\n]{0,30}?${TO_NUMBER}\\s+\\+?\\d{3,}`, 'iu');
