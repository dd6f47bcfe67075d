// Each kind of message issue #14 found failing on unseen text, pinned with messages written for these
// tests (none is copied from a corpus): the rule must hold for the kind, not for one example.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractCode } from '../../lib/otp/extract.ts';
import { evaluate, parseJsonl } from '../../scripts/eval-codes.ts';

const code = (text: string) => extractCode(text).code;

describe('keyword after the code, in every language family', () => {
  it.each([
    ['CJK "use X as your code" order', '【示例】请使用 482913 作为您的登录代码，10分钟内有效。', '482913'],
    ['CJK order with a mixed code', '将 7K2Q9X 初始化您的账户安全代码', '7K2Q9X'],
    ['Japanese', '418203 があなたの認証コードです。', '418203'],
    ['Bulgarian copula', '551902 е вашият код за вход', '551902'],
    ['Czech kód', '330187 je váš ověřovací kód', '330187'],
    ['Lithuanian kodas', '902114 yra jūsų prisijungimo kodas', '902114'],
    ['Latvian kods', '774120 ir jūsu ieejas kods', '774120'],
    ['Swedish compound', '118734 är din inloggningskod', '118734'],
    ['Norwegian compound', '661290 er din engangskode', '661290'],
    ['Icelandic kóði', '290871 er staðfestingarkóðinn þinn', '290871'],
    ['Serbian šifra', '481190 je vaša šifra za prijavu', '481190'],
    ['Hindi कोड', '482913 आपका सत्यापन कोड है', '482913'],
  ])('%s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it('a mixed token before a code word in a spaced language is a name, not a code', () => {
    expect(code('883104 is your 7eleven login code')).toBe('883104');
  });
});

describe('labels', () => {
  it.each([
    ['代码 with a full-width colon', '您的安全代码：739164。请勿泄露给他人。', '739164'],
    ['Catalan codi', 'El teu codi de verificació és 405561', '405561'],
    ['phrase joined by "de"', 'Code de vérification : 7Q4P2M', '7Q4P2M'],
    ['numbered label "no. 1"', 'Your password no. 1: 40193. Do not share it.', '40193'],
    ['numbered label "№2"', 'Пароль №2: 661045. Никому не сообщайте.', '661045'],
    ['Vietnamese "mật khẩu" (password) with an ordinal', 'Mật khẩu thứ hai: 551902', '551902'],
    ['numbered label before "for login"', 'Password #2 for login: 55412', '55412'],
    ['numbered label in brackets', 'Vash kod (#2): 8812. Dejstvuet 5 minut', '8812'],
    ['ordinal word before the label', 'Second password: 7739 (valid 5 min)', '7739'],
    ['code last, after a sequence number and a date', 'Сообщение 14 от 12.05.2025 10:31. Пароль для входа: 55821', '55821'],
    ['code last, after the warning', 'Vhod v bank 03.04.2025 14:22. Nikomu ne soobshchayte kod: 30917', '30917'],
    ['Polish "authorisation code" is an OTP', 'Kod autoryzacyjny: 441209. Przelew na kwotę 100,00 PLN na rachunek ...1234', '441209'],
    ['an order word inside a code phrase', 'Код подтверждения заказа: 4412', '4412'],
    ['a transfer word inside a code phrase', 'Код для подтверждения перевода: 4412', '4412'],
    ['a warning not to share the OTP with a courier', 'Never share your OTP 4412 with the delivery agent', '4412'],
    ['Kazakh "secret word"', 'Сіздің бір реттік құпия сөзіңіз: 772190', '772190'],
    ['Hindi label', 'आपका लॉगिन कोड: 55120', '55120'],
    ['a label phrase ending in a colon', 'ExampleNet: ваш пароль для входа в личный кабинет: 4412ab', '4412ab'],
    ['a prize claimed in an app with an OTP word', '【示例】领奖验证码:5521，5分钟有效，请勿泄露。', '5521'],
    ['lower-case alphanumeric after a clear label', 'Your one-time password: x7k2p9', 'x7k2p9'],
    ['lower-case alphanumeric after "kod="', 'ExampleBank. 3D-Secure kod= m4k8. Summa 10.00 EUR', 'm4k8'],
    ['upper-case code split by a dash', 'Your sign-in code: QXT-4P9. It expires in 10 minutes.', 'QXT4P9'],
    ['a label holding an operation number and a date', 'ExampleBank: Kod SMS do operacji nr 2 z 14.05: 40918273', '40918273'],
    ['a label holding an abbreviation and a full date', 'Kod autoryzacyjny nr 4 z dn. 14.05.2025: 30917264. Przelew 50,00 PLN', '30917264'],
    ['a label does not reach past the code to a masked card', 'ExampleBank: tek kullanimlik sifreniz: 702913. Kart: 4xxx xxxx xxxx 9921', '702913'],
    ['lower-case letters after a clear label, at the end of the clause', 'ExampleNet passcode: qhtwzm. Do not share it.', 'qhtwzm'],
    ['lower-case letters at the end of the message', 'Your ExampleNet login code: vkprtd', 'vkprtd'],
    ['German mobileTAN compound', 'ExampleBank: Ihre mobileTAN lautet 618204 fuer den Auftrag ueber 20,00 EUR', '618204'],
    ['a template that lost the space before the copula', '772014on teie ExampleNet kinnituskood', '772014'],
    ['Khmer code word', 'លេខកូដរបស់អ្នកគឺ: 318820 សូមកុំចែករំលែក', '318820'],
    ['a brand "ID" before a number the sentence calls a code', 'ExampleNet ID: 602214 — код для входа. Никому не сообщайте', '602214'],
    ['a messenger named after the code word', 'Ваш код Viber: 318-204', '318204'],
  ])('%s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });
});

describe('greetings, shouted warnings and messenger names do not hide the code', () => {
  it.each([
    ['Indonesian welcome ("selamat datang") before a code', 'Selamat datang! Kode verifikasi Anda: 482913', '482913'],
    ['a shouted warning between the label and the code', 'Your login code:\nKEEP PRIVATE\n551902', '551902'],
    ['a messenger named as the service of the code', 'Ваш код Telegram: 551-902', '551902'],
    ['a messenger joined to the code word by "de"', 'Tu código de WhatsApp: 551-902', '551902'],
  ])('%s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });
});

describe('SMS Retriever messages', () => {
  it.each([
    ['dash-split 3+3 with the hash on its own line', '<#> Your ExampleApp code: 583-219\nFA+9qCX9VSu', '583219'],
    ['dash-split 4+4 before the keyword', '<#> 4417-9023 is your ExampleApp code\nAbCdEfGhIjK', '44179023'],
    ['hash on the same line', '<#>Код для входа в ExampleApp: 204-118 Xy7Kq2LmNoP', '204118'],
    ['a bare "#" marker right before the code', '# 730155 is your ExampleApp code\nQw3rTy7uIoP', '730155'],
  ])('%s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });
});

describe('negative contexts', () => {
  it.each([
    ['prize claim code', 'Congratulations! Your £500 prize is unclaimed. Claim code K7H29 - call 09061234567 now'],
    ['claimcode glued', 'URGENT! You have won a holiday. claimcode 44812 expires 12/06'],
    ['identifier code', 'Your statement shows 800 unredeemed points. Identifier Code: 4kx26'],
    ['reward code', 'Thanks for your purchase! Reward code 55120 gives 5% off next time'],
    ['shortcode', 'We billed your number by mistake from shortcode 83332. Call 08001234567 for a refund'],
    ['text a word to a short number', 'Your free ringtone is ready. Text the password "TUNE" to 81234 to verify'],
    ['text a word to a short number (Russian)', 'Чтобы подключить услугу, отправьте слово ДА на номер 5533'],
    ['card details with a CVV-like kod', 'Karta *4417 vypushchena. Srok 09/29, kod 512'],
    ['deposit or product name', 'ExampleBank Депозит D-012\nПродление\nСтавка: 7%'],
    ['deposit name with four digits', 'Ваш депозит D-0081 продлён до 12.05.2026'],
    ['qualifier after the code word (Indonesian)', 'Selamat! Anda memenangkan hadiah. Kode klaim: 8812. Hubungi 081234567890'],
    ['qualifier after the code word (Spanish)', 'Usa el código de descuento 5521 en tu próxima compra'],
    ['qualifier after the code word (Russian)', 'Ваш код клиента: 44120. Назовите его при обращении в банк'],
    ['qualifier after the code word (Polish)', 'Kod rabatowy 4412 na -20% w sklepie'],
    ['gift code (Turkish)', "Hediye kodunuz: 4412. Kampanya 31 Mayıs'a kadar geçerli"],
    ['prize notice (Russian) asking to enter a code', 'Поздравляем! Вы выиграли iPhone. Для получения приза введите код 4412 на сайте'],
    ['prize notice (Persian)', 'تبریک! شما برنده جایزه شدید. کد جایزه: 4412'],
    ['prize notice (Turkish)', 'Tebrikler! 100 TL hediye çeki kazandınız. Kod: 4412'],
    ['prize notice (Polish)', 'Gratulacje! Wygrałeś nagrodę. Kod nagrody 4412'],
    ['prize notice (German compound)', 'Herzlichen Glückwunsch! Ihr Gewinncode lautet 4412'],
    ['prize notice (Hindi)', 'बधाई हो! आपने इनाम जीता है। कूपन कोड 4412'],
    ['top-up reference (Ukrainian)', 'Ваш рахунок поповнено на 100 грн. Код поповнення 4412'],
    ['parcel pickup code (French)', 'Votre colis 4412 est disponible en point relais. Code de retrait : 5521'],
    ['parcel pickup code (Polish)', 'Paczka czeka w Paczkomacie WAW01. Kod odbioru: 552190'],
    ['a code that buys a discount', 'Use code 5521 to get 20% off your next ride!'],
    ['an OTP to share with the delivery agent', 'Share OTP 4412 with the delivery agent to receive your order'],
    ['a ride PIN to tell the driver', 'Your ride PIN is 4412. Share it with your driver to start the trip'],
    ['the reference of a finished transfer (Ukrainian)', 'Ваш платіж 500 грн зараховано. Код транзакції 441209'],
    ['the reference of a finished transfer (Turkish)', 'Hesabınıza 441,20 TL yatırıldı. İşlem no: 441209'],
    ['a PIN for the driver', 'Your ride is arriving. Driver: Ivan, car A123BC. PIN for the driver: 4412'],
    ['product code with letters', 'Товар X-55 в наличии. Заберите заказ до 20.05'],
    ['glued word that only contains "code"', 'your vscode is: 80431122'],
    ['"code" inside another word', 'Unicode 15 adds 4489 new characters'],
    ['Hebrew word that contains the letters of "code"', 'נפגשים בנקודת 552100'],
    ['three digits after a plain "code"', 'your code is 123'],
    ['lower-case word after a label when the sentence goes on', 'Code: please open the app and press Confirm. Ref 4412'],
    ['a code for money back', 'Use code 77120 to get Rs 50 cashback on your next recharge'],
    ['a purchase code', 'Thank you! Your purchase code: 88214'],
    ['a PIN for a prize draw', 'Your PIN for the lucky draw is 5521. Call 09061234567 to claim'],
    ['a payment reference (Russian)', 'Оплата 300 руб. по номеру 9161234567 прошла. Код платежа 71820455'],
    ['a branch code (Russian)', 'Ваша карта *4471 готова. Заберите её до 30.04. Код отделения 5519'],
    ['a branch code (English)', 'Your new card is ready for pickup. Branch code 4417, open 9-18'],
    ['a booking confirmation number', 'Your table at ExampleCafe is booked for 19:30. Confirmation number: 5521'],
    // Third round: prize and lottery notices named in more languages, abbreviated discounts, contact handles.
    ['prize notice (Indonesian, "hadiah", "terpilih")', 'Selamat! Nomor Anda terpilih mendapat hadiah mobil. PIN: 4B7K2Q9 info klik situs resmi'],
    ['prize draw (Spanish "sorteo")', 'Has sido seleccionado en nuestro sorteo mensual. Código: 5521'],
    ['prize draw (Russian "розыгрыш")', 'Ваш номер участвует в розыгрыше призов. Код участника 4412'],
    ['prize draw (Kazakh "ұтыс")', 'Құттықтаймыз! Сіз ұтыс ойынында жеңімпаз атандыңыз. Код 4412'],
    ['prize draw (Chinese 抽奖)', '【商城】您获得一次抽奖机会，抽奖代码：4412'],
    ['an abbreviated discount ("Disc.30%")', 'Disc.30% semua pizza hari ini. Kode: PZ30A'],
    ['a BlackBerry PIN is a contact handle', 'Laptop murah, info hubungi PIN BB: 2A96DE82'],
    ['a number to call ("hub", Indonesian)', 'Info hub 1500300. Gunakan PIN rahasia Anda untuk transaksi'],
    ['a country code ("kode negara")', 'Tekan 01016 + kode negara + nomor tujuan untuk menelpon murah'],
    ['a booking code (Indonesian, qualifier after)', 'Kode booking Anda 551902'],
    ['a customer code (Indonesian, qualifier after)', 'Kode pelanggan: 551902'],
  ])('%s', (_, text) => {
    expect(code(text)).toBeNull();
  });
});

describe('fourth round: the word "code" in more scripts, code-first mixed codes, a code on its own line', () => {
  it.each([
    ['Bengali কোড', 'আপনার যাচাইকরণ কোড 482913', '482913'],
    ['Tamil குறியீடு', 'உங்கள் சரிபார்ப்புக் குறியீடு 482913', '482913'],
    ['Telugu కోడ్', 'మీ ధృవీకరణ కోడ్ 482913', '482913'],
    ['Kannada ಕೋಡ್', 'ನಿಮ್ಮ ಪರಿಶೀಲನಾ ಕೋಡ್ 482913', '482913'],
    ['Malayalam കോഡ്', 'നിങ്ങളുടെ സ്ഥിരീകരണ കോഡ് 482913', '482913'],
    ['Gujarati કોડ', 'તમારો ચકાસણી કોડ 482913 છે', '482913'],
    ['Gurmukhi ਕੋਡ', 'ਤੁਹਾਡਾ ਪੁਸ਼ਟੀਕਰਨ ਕੋਡ 482913 ਹੈ', '482913'],
    ['Urdu کوڈ', 'آپ کا تصدیقی کوڈ 482913 ہے', '482913'],
    ['Armenian կոդ', 'Ձեր հաստատման կոդը 482913 է', '482913'],
    ['Georgian კოდ', 'თქვენი დადასტურების კოდია 482913', '482913'],
    ['Amharic ኮድ', 'የማረጋገጫ ኮድዎ 482913 ነው', '482913'],
  ])('%s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['lower-case mixed code first, English', 'a7k2p9 is your ExampleApp verification code', 'a7k2p9'],
    ['upper-case mixed code first, after a sender name', '[ExampleApp] X7K2P9 is your login code', 'X7K2P9'],
    ['French copula', 'k3jd8s est votre code de vérification', 'k3jd8s'],
  ])('%s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it('a mixed token in mid-sentence is not announced by the copula after it', () => {
    expect(code('Payment to shop AB12CD is your receipt; the code is on the slip')).toBeNull();
  });

  it.each([
    ['English', 'Your login code is 12 34 56', '123456'],
    ['Russian, after a colon', 'Код подтверждения: 12 34 56', '123456'],
  ])('a code read out in three pairs after a code word: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a phone number', 'Questions? Call us on 12 34 56, we are open 9-17'],
    ['a date', 'Your meeting is on 12 03 24 at the main office'],
  ])('three pairs without a code word stay a %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it('a masked number is not a code, whatever calls it one', () => {
    expect(code('5738xx is your OTP for the payment of Rs 500')).toBeNull();
  });

  it.each([
    ['English, code below the text', 'Enter the following verification code when prompted to sign in to your ExampleApp account. This code will expire in 15 minutes.\n\n482913', '482913'],
    ['English, "the code below" and a signature after it', 'Hello!\nUse the code below to sign in.\n\n551902\n\nThanks, the ExampleApp team', '551902'],
    ['Russian, "указан ниже"', 'Ваш код для входа в ExampleApp указан ниже. Никому его не сообщайте.\n\n4412', '4412'],
  ])('a code on its own line below the text that announces it: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['no code word in the message', 'Your parcel is on its way.\n\n48291\n\nThanks for shopping'],
    ['a promo code on its own line', 'Use the promo code below for 20% off.\n\n551902'],
    ['a number on its own line far below the code word', `Your code expired.${' Please ask for a new one in the app.'.repeat(12)}\n\n482913`],
  ])('not from the layout alone: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });
});

describe('sixth round: code-first clauses, the sole number of a code message, more languages', () => {
  it.each([
    ['Georgian, code word at the clause end', '418230 არის თქვენი შესვლის კოდი', '418230'],
    ['Mongolian, no copula before the code word', '771204 бол таны нэвтрэх код', '771204'],
    ['Swahili msimbo', '552019 ni msimbo wako wa kuingia', '552019'],
    ['Zulu ikhodi', 'Ikhodi yakho yokungena ithi: 660913', '660913'],
    ['Croatian kôd', 'Vaš kôd za prijavu: 304417', '304417'],
    ['Romanian codul', '918273 este codul tău de acces', '918273'],
    ['Irish lenited chód', 'Seo do chód: 220871', '220871'],
    ['Serbian Cyrillic шифра', 'Ваша шифра за пријаву је 719305', '719305'],
    ['Vietnamese "mã của bạn"', 'Mã của bạn là 650921, hiệu lực 5 phút', '650921'],
    ['Malay "kod pengesahan" on its own line, "dengan selamat" is "securely"', 'Gunakan kod pengesahan di bawah untuk log masuk dengan selamat.\n\n508812', '508812'],
    ['a Latin word written right after Japanese', 'お客様のOTPは 733019 です', '733019'],
  ])('%s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['the code far after its word, beyond a phone number', 'Для входа в ExampleBank нужен код. Если это были не вы, позвоните по номеру 8-800-100-20-30. Код никому не сообщайте: 60412', '60412'],
    ['after a purchase amount with a decimal point', 'OTP for your purchase of Rs. 1290.00 at ExampleShop with card 4xxx12 is 804417. Valid 5 mins.', '804417'],
    ['a one-line sign-up text with no word for "code"', 'Zaregistrujte sa pomocou 408812', '408812'],
    ['a one-line sign-up text in Chinese', '请用 730551 注册', '730551'],
    ['a one-line sign-up text in Portuguese', 'Registe-se com 509133', '509133'],
    ['a one-line sign-in label', 'Sign in: 660412', '660412'],
  ])('the only number left in a message that speaks of a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a warning about the OTP, then a payee number', 'A/c XX9921 debited by INR 350.00 for: 7781203/Recharge. Never share your OTP with anyone'],
    ['"without OTP", then a card ending', 'Rs.99 spent without OTP on card ending 2291 at ExampleFlix. Not you? SMS BLOCK 2291 to 56161'],
    ['a short line with a number and no sign-up word', 'Ваша очередь: 55190'],
    ['a number in a short line that is not a sign-up', 'Посылка ждёт вас: ячейка 4412'],
    ['a code for a cash machine', 'Для снятия наличных в банкомате ExampleBank введите код 4821'],
    ['a code for a locker', 'Your locker code: 5512. Open it at the station.'],
    ['a new card PIN', 'Your new PIN for card 4xxx9921 is 7730. Change it at any branch.'],
    ['a code for the courier', 'Please provide this delivery verification code 3391 to the courier.'],
    ['a code for the operator\'s staff, in Vietnamese', 'Ma xac nhan cua Quy khach la 551902. Chi cung cap cho nhan vien cua hang.'],
    ['an amount in rupiah', 'Isi ulang berhasil. Sisa pulsa anda Rp 35120. Terima kasih'],
    ['a send-back code after a long lead', 'Для оплаты штрафа отправьте в течение 3 дней СМС с кодом 55190 на номер 900'],
    ['a phone number cut off after a dash', '902-118-'],
    ['an info line', 'Перевод выполнен. Подробнее 7111'],
    ['a ticket to show at the entrance', 'Your ticket 7730 for ExampleFest is confirmed. Show this code at the gate.'],
    ['an OTP for a delivery, shared with the agent', 'Parcel 9921 is out today. OTP for delivery: 3318 (share with the delivery agent)'],
    ['a PIN notice naming a branch', 'Your PIN is blocked. Visit branch 6610 to unblock it.'],
    ['a code notice naming a device', 'Your code was used to sign in on device 2291.'],
    ['a short sign-up advert with more than one clause', 'Register today, offer 5519'],
    ['a parcel code', 'Your parcel code 663019. Track it in the app.'],
    ['a session number after an expired OTP', 'Your one-time password has expired. Ask ExampleApp for a new one. Session 880412'],
    ['a CVV labelled "Kod" next to a card mask', 'Kod CVC2: 771 karta 5xxx9921'],
    ['the phone a code was sent to, in French', 'Code de vérification envoyé au 0698765432'],
    ['a lure promising millions of rupiah', 'Selamat! Nomor anda dapat Rp 25 jt dari ExampleBank, kode cek: 40419921'],
    ['a lure with a misspelt "selamat"', 'Slamat, nomor anda resmi dapat motor. KODE: 8812AB4'],
    ['a credited promotion', 'ExampleRide has credited Rs.100 (Code: RIDE100) to your wallet for your first trip!'],
    ['a price list with a "text X to N" offer', 'Paket data: 1GB: Rp.5500 2GB: 9900. Ketik DATA kirim ke 0812345678'],
    ['a card ending in Vietnamese without diacritics', 'Giao dich cua the 40992 thanh cong luc 10:22'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });
});

// Seventh round: the kinds of held-out part 7's misses, each with messages written here in other
// wordings and languages (the sixth-round extractor fails every positive case below).
describe('seventh round', () => {
  it.each([
    ['code last after a three-digit sequence number and a dashed date', 'Przelew 120,00 PLN na rachunek 12...3456. Kod SMS nr 318 z dn. 04-11-2024: 730551', '730551'],
    ['code last after a label that names a phone number and an amount', 'Kod autoryzacyjny do przelewu na numer 501234567 kwota 50,00 PLN to: 55190234', '55190234'],
    ['Korean "one-time password" with a colon', '[예시은행] 일회용 암호: 482913', '482913'],
    ['Korean password word with the topic particle', 'ExampleBank 이체 암호는 660412 입니다', '660412'],
    ['Vietnamese "access code"', 'Mã truy cập của bạn là 482913. Không chia sẻ mã này.', '482913'],
    ['letters after "enter the code", in Spanish', 'Ingrese el código KXQT en la aplicación', 'KXQT'],
    ['letters after "enter the code", in Portuguese', 'Digite o código ABCD para confirmar', 'ABCD'],
    ['letters after "enter the code", in English', 'Enter the code WXYZ to log in', 'WXYZ'],
    ['an SMS Retriever message with a name and no word for "code"', '<#> ExampleApp: 551902\nabcdefghijk', '551902'],
    ['an SMS Retriever message with a short tail', '[#] 4412 zzqx', '4412'],
    ['a number given with its lifetime in minutes, German', '4412 ist Ihr Zugang. Gültig 10 Minuten.', '4412'],
    ['a number given with its lifetime in minutes, Spanish', 'Tu acceso: 551902. Válido por 5 minutos.', '551902'],
    ['a number given with its lifetime in minutes, Russian', '551902 — действителен 10 минут', '551902'],
    ['a number given with its lifetime in minutes, Chinese', '551902，有效期5分钟', '551902'],
  ])('%s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['"enter the OTP to proceed" is prose', 'Dear Customer, 551902 is your OTP. Please enter the OTP to proceed.', '551902'],
    ['an order number after "nr" is no code', 'Zamówienie nr 55123 zostało wysłane. Kod odbioru w aplikacji.', null],
    ['a promo word after "use the code"', 'Use the code SUMMER at checkout for free shipping', null],
    ['a word after "enter the code" that says where it is', 'Please enter the code SENT to your phone', null],
    ['a ticket valid for minutes names its bay', 'Parking paid. Ticket valid 90 minutes. Bay 4412.', null],
    ['a parking ticket number before its lifetime', 'Ihr Parkschein 8812 ist 60 Minuten gültig.', null],
    ['a shop number in an offer valid for minutes', 'Store 5512 open. Offer valid 30 min.', null],
    ['a field of a colon-separated signature line', 'Verification:5521:v2:AbC9xYz', null],
    ['another signature field', 'Auth:7731:sig:MEUCIQD9x', null],
    ['a customer-service line after a password notice, Korean', '비밀번호 변경이 완료되었습니다. 고객센터 1588', null],
    ['a customer-service line after a password notice, Chinese', '密码修改成功。客服 95588', null],
    ['"암호화폐" is cryptocurrency, not a password', '암호화폐 이벤트 응모번호 551902', null],
  ])('%s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });
});

// Eighth round: the kinds of held-out part 8's misses (password words, "OTP No. X", an eight-digit date, a
// branded cash machine, a code to hand to a dealer), each in other wordings and languages, and the kinds
// no corpus part holds much of (ordinal labels, lower-case codes, a code after a sequence number and a
// date, card details, product names, "text X to N", password-change notices). All written by the team
// for this test.
describe('eighth round', () => {
  it.each([
    ['Czech "heslo" with "one-time"', 'Vaše jednorázové heslo pro přihlášení do Acme je 551902.', '551902'],
    ['Croatian "lozinka"', 'Vaša jednokratna lozinka je 603317', '603317'],
    ['Hungarian "jelszó" with a case ending', 'Az egyszer használatos jelszavad: 771204', '771204'],
    ['Finnish "salasana" with a possessive ending', 'Kertakäyttöinen salasanasi on 882019', '882019'],
    ['Swedish compound "engångslösenord"', 'Ditt engångslösenord är 339021', '339021'],
    ['Lithuanian "slaptažodis"', 'Jūsų vienkartinis slaptažodis: 602291', '602291'],
    ['Catalan "contrasenya"', "La teva contrasenya d'un sol ús és 440120", '440120'],
    ['Slovenian "geslo"', 'Vaše enkratno geslo je 309912', '309912'],
    ['Polish "hasło" in the genitive', 'Użyj jednorazowego hasła 118204, aby się zalogować.', '118204'],
    ['Indonesian "sandi" alone', 'Gunakan sandi sekali pakai 918273 untuk masuk ke Acme.', '918273'],
    ['Malay "kata laluan"', 'Kata laluan sekali guna anda ialah 520119', '520119'],
    ['European Portuguese "palavra-passe"', 'A sua palavra-passe de uso único: 663018', '663018'],
    ['a number sign naming the code, English', 'One time password No. 551902. Valid for 10 min.', '551902'],
    ['a "#" naming the code', 'Your verification code # 730155. Do not share.', '730155'],
    ['"№" naming the code, Russian', 'Код № 551902. Никому не сообщайте.', '551902'],
    ['an eight-digit date does not stand between a label and its code', 'Your OTP for transaction dated 12052024 is 551902', '551902'],
    ['eight digits a code word labels are kept, date or not', 'Your OTP is 31122030', '31122030'],
    ['a sequence number in a label before a date stays the label\'s', 'Kod SMS nr 4412 z dn. 12.03.2025: 551902', '551902'],
    ['a code to hand over, in a warning', 'Não informe o código 551902 ao atendente.', '551902'],
    ['"provide the OTP to" a verb is no hand-over', 'Please provide this OTP to complete your registration: 551902', '551902'],
    ['"al" before an infinitive is no hand-over', 'Proporcione el código 551902 al ingresar a la app', '551902'],
    ['Indonesian warning not to give the code to anyone', 'Jangan berikan kode 551902 ke siapapun.', '551902'],
    ['ordinal label, Russian', 'Пароль №3 для подтверждения: 551902', '551902'],
    ['ordinal label, Ukrainian', 'Пароль №2: 440918. Нікому не повідомляйте.', '440918'],
    ['ordinal before the label, Kazakh', '№1 құпия сөз: 551902', '551902'],
    ['ordinal before the label, Turkish', '2. şifreniz: 551902', '551902'],
    ['ordinal word, Persian', 'رمز دوم شما: 551902', '551902'],
    ['ordinal word, Arabic', 'كلمة المرور الثانية: 551902', '551902'],
    ['ordinal label, Chinese full-width colon', '第二个验证码：551902', '551902'],
    ['an ordinal glued to its code by the colon', 'Kod nr 3:551902', '551902'],
    ['a glued "№2:"', 'Пароль №2:661045. Никому не сообщайте.', '661045'],
    ['lower-case code after a label, Russian', 'Ваш одноразовый пароль: 4fh9k2', '4fh9k2'],
    ['lower-case code after a label, Polish', 'Jednorazowe hasło: p4x9zk', 'p4x9zk'],
    ['lower-case code after a label, Kazakh', 'Құпия сөз: m3k8zq', 'm3k8zq'],
    ['lower-case code after a label, Chinese', '您的验证码：a7k2p9，5分钟内有效', 'a7k2p9'],
    ['lower-case code after a label, Persian', 'رمز عبور شما: k7m2xq', 'k7m2xq'],
    ['lower-case code after a label, Vietnamese', 'Mã OTP của bạn: k7m2xq', 'k7m2xq'],
    ['code last after a sequence number and a date, Russian', 'Операция №15 от 12.05.2025 на сумму 1500 руб. Пароль: 551902', '551902'],
    ['code last after a sequence number and a date, Ukrainian', 'Платіж №7 від 03.04.2025, 250 грн. Код: 440918', '440918'],
    ['code last after a sequence number and a date, Kazakh', '№12 операция 05.06.2025. Растау коды: 771204', '771204'],
    ['code last after a sequence number and a date, German', 'Auftrag Nr. 12 vom 12.05.2025 über 50,00 EUR. TAN: 551902', '551902'],
    ['code last after a sequence number and a date, Chinese', '第3笔交易 2025-05-12 10:22，验证码：551902', '551902'],
    ['code last after a sequence number and a date, Vietnamese', 'GD so 15 ngay 12/05/2025 so tien 500,000 VND. Ma OTP: 551902', '551902'],
    ['code last after a sequence number and a date, Persian digits', 'تراکنش شماره ۱۲ تاریخ ۱۴۰۴/۰۲/۲۲ مبلغ ۵۰۰۰۰۰ ریال رمز: ۵۵۱۹۰۲', '551902'],
    ['a card word inside a code label', 'Код подтверждения покупки 551902 по карте *4417. Никому не сообщайте.', '551902'],
    ['a product word ending a code label', 'Код подтверждения открытия вклада: 551902', '551902'],
    ['a tariff name before the code', 'Тариф S-5521 подключён. Код для входа в личный кабинет: 4412', '4412'],
    ['a Google code after "is"', 'Your verification code is G-551902', '551902'],
    ['a prefixed four-digit code a copula announces', 'G-4412 is your Google verification code.', '4412'],
    ['"text X to N" for help after the code, Spanish', 'Tu código es 551902. Para ayuda envía AYUDA al 2020', '551902'],
    ['"text X to N" for help after the code, Indonesian', 'Kode OTP 551902. Info ketik INFO kirim ke 9123', '551902'],
    ['a code for resetting a password', 'Your code for password reset is 551902', '551902'],
    ['an expired OTP, then the new one', 'Your previous OTP has expired. Your new OTP is 551902', '551902'],
    ['a password to confirm changes, Russian', 'Изменение настроек. Пароль для подтверждения изменений: 40917', '40917'],
    ['a code that "was sent", Kazakh, is no send-back', 'Код 551902 жіберілді', '551902'],
    ['a code that "was sent", Turkish, is no send-back', 'Kodunuz 551902 gönderildi', '551902'],
  ])('%s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a password-change notice with a phone, Czech', 'Heslo k účtu bylo změněno 12.05.2025. Pokud jste to nebyli vy, volejte 800123456'],
    ['an order number after "No" in a message warning about OTPs', 'Order No 551902 shipped. Never share your OTP.'],
    ['a complaint number after "No."', 'Your complaint No. 551902 has been registered. Never share your OTP.'],
    ['an eight-digit date in a card notice that names a PIN', 'Your card was dispatched on 12052024. Please generate your PIN at the branch.'],
    ['an eight-digit date, Turkish', 'Kart bilgileriniz 20250312 tarihinde guncellendi. Sifrenizi kimseyle paylasmayin.'],
    ['an eight-digit date, Russian', 'Карта выпущена 01022025. Пароль для входа придёт отдельно.'],
    ['a code for a branded cash machine', 'Use OTP 4412 at any ExampleBank ATM to withdraw cash.'],
    ['a code for a cash machine, Spanish', 'Usa el código 551902 en cualquier cajero ExampleBank para retirar efectivo.'],
    ['a code for a cash machine, Portuguese', 'Use o código 551902 no caixa eletrônico para sacar.'],
    ['a code for a cash machine, German', 'Ihr Code 551902 für die Auszahlung am Geldautomaten.'],
    ['a code for a cash machine, Chinese', '请在ATM机上输入验证码551902取款'],
    ['a code to give to a technician', 'Kindly give the code 5512 to the technician on arrival.'],
    ['an OTP to give to a sales representative', 'Provide OTP 551902 to the sales representative to complete the purchase.'],
    ['a PIN to share with a store manager', 'Share the PIN 4412 with the store manager to collect your phone.'],
    ['a code to tell the delivery person, Portuguese', 'Informe o código 551902 ao entregador.'],
    ['a code to give to the courier, Indonesian', 'Berikan kode 4412 ke kurir saat paket tiba.'],
    ['a reference after "Ref:" is no lower-case code', 'Ref: ab12cd. Your OTP will follow.'],
    ['a user name is no lower-case code', 'Username: jdoe42. Password sent separately.'],
    ['card details with a CVV-like "kod", Russian', 'Ваша виртуальная карта 5xxx xxxx xxxx 9921, срок 09/28, код 771'],
    ['card details with "kod CVC", Polish', 'Kartka **** 1224, data ważności 09/29, kod CVC 771'],
    ['card details with "güvenlik kodu", Turkish', 'Sanal kartınız 4xxx9921 SKT 09/29 güvenlik kodu 771'],
    ['a four-digit CVV', 'Your virtual card 3xxx xxxxxx 51004, exp 09/29, CVV 5123'],
    ['a four-digit "security code" beside an expiry date', 'Card ending 9921 activated. Security code: 4412. Expiry 09/29'],
    ['card details, Ukrainian', 'Картка *4417, термін 09/29, CVV-код 512'],
    ['a deposit name', 'Вклад D-007 открыт. Ставка 12%'],
    ['a four-digit deposit name in a message with a code word', 'Депозит D-0081 продлён. Код подтверждения не требуется.'],
    ['a deposit name, Kazakh word order', 'D-0120 депозиті ашылды. Код керек емес.'],
    ['a product model with five digits', 'Your order of Model X-55190 has shipped.'],
    ['a product model beside a promo code', 'Model A-5521 in stock. Use code SALE10 for 10% off'],
    ['a deposit name, Polish', 'Lokata L-0124 założona. Oprocentowanie 5%'],
    ['"text X to N", Spanish', 'Envía ALTA al 5521 para activar tu código'],
    ['"text X to N", German', 'Senden Sie START an 82020, um den Code zu erhalten'],
    ['"text X to N", Indonesian', 'Ketik OTP kirim ke 9123 untuk kode verifikasi'],
    ['"text X to N", English', 'Text PIN to 55120 to receive your one-time password'],
    ['"text X to N", Ukrainian', 'Надішліть слово ТАК на номер 7010'],
    ['"text X to N", Polish', 'Wyślij SMS o treści TAK na numer 8080'],
    ['"text X to N", Chinese', '回复TD到10086退订'],
    ['a password-change notice with a request number', 'Your password was changed. Request 551902 closed.'],
    ['a password-change notice, Czech', 'Heslo bylo změněno. Požadavek 551902 uzavřen.'],
    ['a password-change notice, Polish', 'Hasło zostało zmienione. Zgłoszenie 551902 zamknięte.'],
    ['a password-change notice, Russian', 'Ваш пароль изменён. Заявка 551902 закрыта.'],
    ['a password-change notice, Chinese', '密码已修改，工单号 551902'],
    ['a password-change notice, Indonesian', 'Kata sandi berhasil diubah. Ref 551902'],
    ['a password-change notice, German', 'Ihr Passwort wurde geändert. Vorgang 551902.'],
    ['a password-change notice, Korean', '비밀번호가 변경되었습니다. 접수번호 551902'],
    ['a code to tell the courier, the code in between, Russian', 'Сообщите код 4412 курьеру при получении заказа.'],
    ['a code to tell the courier, Ukrainian', "Повідомте код 551902 кур'єру при отриманні."],
    ['a code to tell the courier, Chinese', '请将验证码551902告知快递员'],
    ['"text X to N", verb after the number, Turkish', 'IPTAL yazip 4609 a gonderin. Sifre gerekmez.'],
    ['"text X to N", verb after the number, Kazakh', 'ИӘ деп 7010 нөміріне жіберіңіз. Код керек емес.'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });
});

describe('ninth round', () => {
  it.each([
    ['a USSD code with a four-digit menu', 'Чтобы подключить пакет, наберите код *1050*3# и кнопку вызова.'],
    ['a USSD code after "dial code"', 'Dial code *5005*2# to check your data bundle.'],
    ['a USSD code, Turkish', 'Paketinizi sorgulamak için *1234*1# kodunu tuşlayın.'],
    ['a discount with the percent sign first', 'Sadece bugün %40 indirim! Kodun: KX82PL'],
    ['a discount with the percent sign first, Persian', '%20 تخفیف ویژه! کد: 55219 فقط امروز'],
    ['a campaign "password" with the percent sign first', 'Tüm ürünlerde %30 indirim için şifreniz 88412093'],
    ['a campaign, Polish', 'Kampania wiosenna: kod 441209 na wszystkie buty.'],
    ['a campaign, Turkish', 'KAMPANYA! Kodun 551902 ile menü 99 TL.'],
    ['a campaign, English', 'Spring campaign: use code 774120 at checkout.'],
    ['a deal code, Turkish', 'Fırsat kodu: 30419, son gün cuma.'],
    ['free shipping, Spanish', 'Envío gratis hoy con el código 4412.'],
    ['free shipping, Russian', 'Бесплатная доставка по коду 551902 до воскресенья.'],
    ['free shipping, Indonesian', 'Hari ini gratis ongkir! Kode: 77413'],
    ['free shipping, Chinese', '全场包邮！下单输入代码 551902'],
    ['a gift to win, Turkish', '500 TL hediye kazanmak için şifreniz: 884120'],
    ['a gift to win, Russian', 'Выиграй подарок! Ваш код 441209'],
    ['a gift to win, Spanish', 'Compra hoy y gana un regalo: tu código 551902'],
    ['a prize, Persian', 'جایزه شما آماده است. کد 4412 تماس بگیرید'],
    ['a prize, Arabic', 'جائزة بانتظارك! كود 551902 اتصل الآن'],
    ['prizes, Persian plural', 'برای دریافت جوایز کد 7781 را ارسال کنید'],
    ['a code for the phone menu', 'Your OTP for the IVR is 4412. Do not share.'],
    ['a code for the call centre, Russian', 'Код для колл-центра: 551902. Никому не сообщайте.'],
    ['a code for the call centre, Spanish', 'Su código para el Call Center es 4412'],
    ['a table already confirmed', 'Your table is confirmed: 4412, 19:30, Sala Roma.'],
    ['a booking already confirmed, Spanish', 'Tu reserva ha sido confirmada: 5521, mesa 4, 21:00'],
    ['a booking already confirmed, Russian', 'Бронь подтверждена: 4412, зал 3, 19:00'],
    ['an order already confirmed, Vietnamese', 'Don hang da duoc xac nhan: 5521, giao ngay 12/03'],
    ['the middle of a dash-joined reference', 'Ваш код RU-882014-CN, отслеживайте на сайте.'],
    ['the middle of a mixed-case reference', 'Your code Ab-55190-XZ is on its way'],
    ['the middle of a reference, Bengali', 'কোড Xk-7741-PQ12 সহ আপনার পার্সেল অপেক্ষা করছে'],
    ['a remaining balance with cents', 'Login code: KX8P2Q. The remaining 1,250.00 USDT are safe in your wallet.'],
    ['a remaining balance, Turkish', 'Kodunuz: 551902. Kalan 1.250,00 TL'],
    ['a remaining balance, Indonesian', 'Kode: 551902. Sisa 150.000,00 di dompet Anda'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a WhatsApp-bold code is no USSD code', 'Your code: *482913*', '482913'],
    ['"code" with an OTP word in Persian', 'کد تایید شما: 551902', '551902'],
    ['a call centre as the help line', 'Your OTP is 551902. For queries call our call centre 111-222-333.', '551902'],
    ['a call centre as the help line, with "for"', 'Your OTP is 551902. For any help, contact our call center.', '551902'],
    ['"confirm" as a request', 'Confirm your booking with code 551902', '551902'],
    ['a Vietnamese confirmation code', 'Ma xac nhan cua ban la 551902', '551902'],
    ['a brand prefix is no reference', 'Your code is G-551902', '551902'],
    ['a lost space before the next sentence', 'Your code: 482913Please do not share it.', '482913'],
    ['a lost space, Spanish', 'Tu código es 551902Gracias por usar Acme.', '551902'],
    ['a lost space, German', 'Ihr Code: 7741Vielen Dank für Ihre Bestellung', '7741'],
    ['a unit glued to a number is still a unit', 'Your code 482913 expires in 10Minutes', '482913'],
    ['four words between the copula and "code"', 'User ID: 551902 is your Acme account verification code', '551902'],
    ['four words between the copula and "code", after "Login:"', 'Login: 551902 is your Acme app login code', '551902'],
    ['"attempts remaining" is no balance', 'Your code: 551902. 3 attempts remaining', '551902'],
  ])('%s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });
});

// Tenth round: the kinds issue #14 names, written by the team for this test in the languages SimFill's
// users read (none copied from a corpus part), and the kinds of parts 11 and 12's misses in other
// wordings. A table per kind, so that a rule is seen to hold for the kind, not for one message.
describe('tenth round: the issue\'s kinds, systematically', () => {
  it.each([
    ['Chinese "use X as your code"', '请使用 482913 作为您的验证码，5分钟内有效。', '482913'],
    ['Chinese "use X as your login code", 代码', '【示例】请使用 730551 作为登录代码', '730551'],
    ['Chinese "X is your code"', '482913 是您的验证码，请勿告诉他人。', '482913'],
    ['Chinese, code glued to the copula', '【示例科技】551902是你的验证码，10分钟内有效', '551902'],
    ['Traditional Chinese', '請使用 551902 作為您的驗證碼', '551902'],
    ['代码 with a full-width colon', '代码：440918，请在5分钟内输入', '440918'],
    ['登录代码 with a full-width colon', '登录代码：551902。如非本人操作请忽略', '551902'],
    ['Japanese "X is the code"', '551902 は認証コードです。', '551902'],
    ['Japanese "enter X as the code"', '551902を認証コードとして入力してください', '551902'],
    ['Japanese label with a full-width colon', '認証コード：551902', '551902'],
    ['Korean, code in brackets before the verb', '[예시] 인증번호 [551902]를 입력해주세요.', '551902'],
    ['Korean, code first', '551902 은(는) 인증번호입니다.', '551902'],
    ['Thai, lower-case mixed code first', 'k7m2xq4d คือรหัสยืนยันสำหรับบัญชี Acme ของคุณ', 'k7m2xq4d'],
    ['Thai, code first', '551902 คือรหัส OTP ของคุณ', '551902'],
    ['Thai, "your Acme code is X"', 'รหัสยืนยัน Acme ของคุณคือ KX7P2', 'KX7P2'],
    ['Lao, code after the copula', 'ລະຫັດຂອງທ່ານແມ່ນ 551902', '551902'],
    ['Burmese, the other spelling of "code"', 'သင့်အတည်ပြုကုတ်နံပါတ်က 4412 ဖြစ်ပါတယ်', '4412'],
    ['English "use X as your code"', 'Use 551902 as your ExampleApp verification code', '551902'],
    ['Indonesian "gunakan X sebagai kode"', 'Gunakan 551902 sebagai kode verifikasi Anda', '551902'],
    ['Polish "użyj X jako kodu"', 'Użyj 551902 jako kodu weryfikacyjnego', '551902'],
    ['German "verwenden Sie X als Code"', 'Verwenden Sie 551902 als Bestätigungscode', '551902'],
    ['Russian "X — ваш код"', '551902 — ваш код для входа', '551902'],
    ['Persian "use X as the code"', 'از 551902 به عنوان کد تایید استفاده کنید', '551902'],
    ['Hindi "use X as your code"', '551902 को अपने सत्यापन कोड के रूप में उपयोग करें', '551902'],
    ['Vietnamese "use X as your code"', 'Sử dụng 551902 làm mã xác nhận của bạn', '551902'],
  ])('code before the keyword (CJK order and its kin): %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['Polish, dash', '<#> Kod weryfikacyjny: 551-902. Nie udostępniaj go nikomu.\nAbCdEfGhIjK', '551902'],
    ['Russian, space', '<#> Ваш код: 551 902\nFA+9qCX9VSu', '551902'],
    ['Ukrainian, dash', '<#> Ваш код: 551-902. Нікому не повідомляйте\nQw3rTy7uIoP', '551902'],
    ['Kazakh, dash', '<#> Сіздің кодыңыз: 551-902\nQw3rTy7uIoP', '551902'],
    ['Chinese, dash', '<#> 您的验证码是 551-902\nQw3rTy7uIoP', '551902'],
    ['Vietnamese, dash', '<#> Mã xác nhận của bạn là 551-902\nQw3rTy7uIoP', '551902'],
    ['Indonesian, space, hash on the same line', '<#> Kode verifikasi Anda 551 902 Qw3rTy7uIoP', '551902'],
    ['Persian, dash', '<#> کد تایید شما: 551-902\nQw3rTy7uIoP', '551902'],
    ['Turkish, dash', '<#> ExampleApp: kodunuz 551-902\nQw3rTy7uIoP', '551902'],
    ['Hindi, dash', '<#> आपका OTP 551-902 है\nQw3rTy7uIoP', '551902'],
    ['German, four and four', '<#> Ihr Code lautet 5519-0233\nQw3rTy7uIoP', '55190233'],
    ['"[#]", space, code first', '[#] 4417 9023 is your ExampleApp code\nAbCdEfGhIjK', '44179023'],
  ])('SMS Retriever, code split by a dash or a space: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['Russian, a sequence number and a date', 'ExampleBank: 0042 05.11.2024 Пароль для подтверждения операции 55912', '55912'],
    ['Russian, transliterated', 'ExampleBank: 0042 05.11.2024 Parol dlya podtverzhdeniya operacii 55912', '55912'],
    ['Ukrainian', 'ExampleBank: 0042 05.11.2024 Пароль для підтвердження операції 55912', '55912'],
    ['Kazakh', 'ExampleBank: 0042 05.11.2024 Растау коды 551902', '551902'],
    ['Polish', 'Bank: 0042 05.11.2024 Kod potwierdzenia 551902', '551902'],
    ['German', 'Bank 0042 05.11.2024 TAN 551902', '551902'],
    ['Chinese', '0042 05.11.2024 验证码 551902', '551902'],
    ['Persian, Solar Hijri date', 'ExampleBank 0042 1403/08/15 رمز پویا 551902', '551902'],
    ['Vietnamese', 'ExampleBank 0042 05.11.2024 Mã OTP 551902', '551902'],
    ['Turkish', 'ExampleBank 0042 05.11.2024 Şifre 551902', '551902'],
    ['Indonesian', 'ExampleBank 0042 05.11.2024 Kode OTP 551902', '551902'],
    ['Indian English, reference and time', 'ExampleBank 15/03/2025 10:22 Ref 0042. OTP 551902', '551902'],
    ['Indonesian m-PIN last after an expiry date and time', 'mpin anda hanya untuk transaksi. jangan berikan ke siapapun! berlaku sampai 19may25 09:44 551902', '551902'],
    ['Persian, code last under a lifetime until a time of day', 'ورود به اینترنت بانک\nرمز: 551902\nاعتبار تا 12:58', '551902'],
    ['Russian, valid until a time of day', 'Ваш код: 551902, действителен до 14:05', '551902'],
    ['Indonesian, after "to log in:"', 'jangan beritahu kode rahasia ini ke siapapun. untuk masuk: 848211', '848211'],
  ])('bank message with the code last: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['English "password no. 1:"', 'Your password no. 1: 40193', '40193'],
    ['English "second password:"', 'Second password: 7739', '7739'],
    ['Polish "Hasło nr 2:"', 'Hasło nr 2: 551902', '551902'],
    ['Polish "Hasło nr 2 do operacji:"', 'Hasło nr 2 do operacji: 551902', '551902'],
    ['Russian "пароль №3:"', 'пароль №3: 551902', '551902'],
    ['Russian "второй пароль:"', 'Ваш второй пароль: 551902', '551902'],
    ['Ukrainian "другий пароль:"', 'Другий пароль: 551902', '551902'],
    ['Chinese "第2个密码"', '第2个密码：551902', '551902'],
    ['Turkish "ikinci şifre"', 'İkinci şifreniz: 551902', '551902'],
    ['German "zweites Passwort"', 'Zweites Passwort: 551902', '551902'],
    ['Indonesian "kata sandi kedua"', 'Kata sandi kedua: 551902', '551902'],
    ['Vietnamese "mật khẩu 2"', 'Mật khẩu 2: 551902', '551902'],
    ['a numbered label with a date', 'Hasło nr 3 z dn. 12.03.2025: 551902', '551902'],
  ])('ordinal label: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['English', 'Your verification code: k7m2xq', 'k7m2xq'],
    ['Russian', 'Ваш код: 4fh9k2', '4fh9k2'],
    ['Indonesian', 'Kode verifikasi: h8zbyukx', 'h8zbyukx'],
    ['German', 'Bestätigungscode: k7m2xq', 'k7m2xq'],
    ['Turkish', 'Doğrulama kodu: k7m2xq', 'k7m2xq'],
    ['Vietnamese', 'Mã xác nhận: k7m2xq', 'k7m2xq'],
    ['Persian', 'کد تایید: k7m2xq', 'k7m2xq'],
    ['English, "is"', 'Your ExampleApp code is k7m2xq. Do not share it.', 'k7m2xq'],
    ['Czech, split by dashes', 'Prihlaseni do ExampleBank: potvrdte kodem k4p-x29-zm7.', 'k4px29zm7'],
    ['English, split by dashes', 'Your login code: ab1-cd2-ef3', 'ab1cd2ef3'],
    ['Thai, OTP in angle brackets with a reference', 'ใช้<OTP 551902><Ref. KQ7X> เพื่อเข้าสู่ระบบ Acme', '551902'],
  ])('lower-case alphanumeric (and bracketed) codes after a clear label: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a claim code, English', 'Congratulations! You won 1000 USD. Claim code: 55912. Call 0906123456'],
    ['a prize, Russian', 'Поздравляем! Вы выиграли 50000 руб. Код для получения: 55912'],
    ['a prize ID, Indonesian', 'Selamat! Anda pemenang undian. Kode ID: 55912'],
    ['a prize "OTP" with a link, Indonesian', 'yth. pengguna, anda beruntung mendapatkan hadiah. otp anda 04417721. utk info klik www.example.tk'],
    ['a prize "OTP" with a link, English', 'Congratulations! You won a prize. Your OTP 551902. Click to claim.'],
    ['a prize, Chinese', '恭喜您中奖了！领奖码：55912'],
    ['a purchase code', 'Your purchase code: 55912'],
    ['an identifier code', 'Identifier code: 55912'],
    ['a join bonus, Turkish', '10TL FREE bonus, ilk uye icin kod: 7KQ2PX ile uye ol'],
    ['a welcome bonus, English', 'Welcome bonus 500 TL! Kod: BONUS500'],
    ['a discount, Thai', 'ส่วนลด 15% รหัส03xkwqz ใช้ได้1ครั้ง'],
    ['a discount coupon, Korean', '할인 쿠폰 코드: 551902'],
    ['a code to give the service engineer', 'Please share the Happiness Code: 551902 with service ambassador to close your ticket'],
    ['a cancellation code to share', 'Please share the Cancellation code 551902, if you agree to cancel the visit'],
    ['a code to tell the bank officer, Thai', 'กรุณาแจ้งรหัสยืนยัน 55190233 แก่เจ้าหน้าที่ธนาคาร'],
    ['a finished cash withdrawal, French', "Retrait d'argent reussi avec le Code : 1020995. Nouveau solde: 2044.57 FCFA."],
    ['a balance with a code, French', 'Votre solde est de 5000 FCFA. Code 551902'],
    ['an order number after "no."', 'Your order no. 10199111.\nCounter(token): Cafe(99)'],
    ['an example of a password format, Thai', 'รหัส:ววดดปปปป เกิด เช่น 28061983 ถามโทร 1159'],
    ['an example of a password format, English', 'Your password is your birth date, e.g. 12031985'],
    ['an example of a password format, Russian', 'Ваш пароль — дата рождения, например 12031985'],
    ['a Solar Hijri year', 'کارمزد پیامک فروردین ماه 1405'],
    ['an amount in Persian rials', 'کارمزد سال 1403: 500000 ریال'],
  ])('no code: prize, claim, identifier and purchase codes, offers, hand-overs, notices: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a CVV next to a masked card, Russian', 'Карта ****4417 CVV 512'],
    ['"kod" next to a masked card, Polish', 'Kartka *9921 kod 771'],
    ['"kod CVV" next to a card, transliterated', 'Karta 5xxx9921, kod CVV 771'],
    ['a card PIN, English', 'PIN: 1234 for your new card ending 5512'],
    ['a card PIN, English, "card PIN"', 'Your card PIN is 1234. Card ending 5512.'],
    ['a card PIN, Russian', 'PIN-код карты *5512: 1234'],
    ['a card PIN, Russian, "к карте"', 'PIN-код к карте *4417: 5519. Никому не сообщайте.'],
    ['a card PIN, Indonesian', 'PIN kartu ATM anda: 1234'],
    ['a card PIN, Turkish', 'Kartınızın şifresi: 1234 (kart sonu 5512)'],
  ])('no code: card details: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a deposit name, Russian', 'Вклад «D-007» открыт'],
    ['a deposit name, transliterated', 'Vklad D-007 otkryt'],
    ['a product name', 'Product D-007 available'],
    ['"Text STOP to 88012"', 'Text STOP to 88012 to unsubscribe'],
    ['"SMS JOIN na 7355"', 'SMS JOIN na 7355'],
    ['"Wyślij SMS JOIN na 7355"', 'Wyślij SMS JOIN na 7355'],
    ['"Reply STOP to 88012"', 'Reply STOP to 88012'],
    ['Russian', 'Отправьте СТОП на 88012'],
    ['Indonesian', 'Kirim STOP ke 88012'],
    ['Spanish', 'Envía BAJA al 88012'],
  ])('no code: product names and words to text back: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['an HTML-bold code is still read', 'Your code <b>551902</b>', '551902'],
    ['a prize claimed in an app with an OTP word and a lifetime', '恭喜您获得抽奖机会！验证码 551902，5分钟内有效', '551902'],
    ['a code to change a card PIN', 'Код для подтверждения смены PIN карты *4417: 551902', '551902'],
    ['a PIN for an app, not a card', 'Ваш PIN-код для входа в приложение: 5519', '5519'],
    ['an OTP to set a card PIN', 'Your new card ending 5512 is active. To set a PIN, use OTP 551902', '551902'],
    ['"kod SMS to" is a copula, not a send-back', 'Twój kod SMS to 551902 i jest ważny przez 5 minut.', '551902'],
    ['a warning not to share with the engineer', 'Do not share the OTP 551902 with the engineer.', '551902'],
    ['a code with "contact us" in Thai', 'ติดต่อโทร 1122 รหัส OTP 551902', '551902'],
    ['a Persian code beside a Solar Hijri date', '1403/08/15 کد تایید شما 551902', '551902'],
    ['a code word with a Russian case ending', 'Ваш кода 551902', '551902'],
    ['a Thai warning after the reference names no code', '<OTP 551902> <Ref.XKQ2> ห้ามบอกรหัสนี้กับผู้อื่น', '551902'],
    ['a card PIN sent separately, then the code', 'Ваш PIN-код для карты будет отправлен отдельно. Код подтверждения: 551902', '551902'],
    ['"share the OTP" on the official app', 'Please share the OTP only on the official app: 551902', '551902'],
  ])('what the new rules must keep: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['incoming funds in a warning about the OTP', 'Dana masuk: 500000. Jangan berikan kode OTP ke siapapun.'],
    ['a parking ticket valid until a time', 'Parking valid until 18:00. Zone 4412'],
    ['a code word inside "кодекс"', 'Кодекс 2024: статья 551'],
  ])('no code, the new rules notwithstanding: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });
});

// Parts 13 and 14 read by kind (docs/code-extraction.md, "Eleventh round"): each case was written
// for the kind, and each in the first two tables fails on the tenth round's extractor (828ef47).
describe('eleventh round: the kinds of parts 13 and 14', () => {
  it.each([
    ['尾号 (a card\'s last digits) beside a code given first', '【某支付】551902(支付验证码,请勿泄露),您于09:12使用尾号4417的储蓄卡发起交易120.00元', '551902'],
    ['Vietnamese "mã <service> của bạn"', 'Mã Zalo của bạn là 4412. Không chia sẻ mã này.', '4412'],
    ['Vietnamese "mã" and a two-word service', 'Mã Google Pay của bạn là: 551902. Không chia sẻ mã này với bất kỳ ai.', '551902'],
    ['Vietnamese "mã ID … của quý khách"', 'Mã ID Microsoft của quý khách là 771204', '771204'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['numbers of a puzzle, then a password word after a CJK full stop', '4412，3390，582913。这是一封密码信，你能猜出来吗？'],
    ['a list of lucky numbers, then a password word', '今天的幸运数字：7731，2208，551902。密码就藏在里面'],
    ['a waybill number (运单), then a password word', '运单 88123。密码锁已开启，请取件'],
    ['an investment product\'s code, Chinese', '理财新品发行：预期年化4.8%，代码551902，详询网点'],
    ['a deposit sold by its yearly rate, English', 'New fixed deposit: 7.5% p.a. for 12 months. Quote code 551902 at any branch.'],
    ['a code to share when the order is delivered', 'Share this code only when your order is delivered: 4412. Order 5521 from Pizza Place.'],
    ['a code to share when the order is delivered, Hindi', 'कृपया यह OTP तभी साझा करें जब आपका ऑर्डर डिलीवर हो जाए: 5521'],
    ['a transfer notice with its reference, Russian', 'Перевод 1500.00 RUB с карты *4417 выполнен 12.03.2025. Код: 551902'],
    ['a debit notice from an account', 'Списание 250.00 RUR со счёта 7522 15.04.2025 Код: 771204'],
    ['a transfer notice, English', 'Transfer of USD 120.00 from account 4417 on 12/03/2025. Code: 551902'],
    ['a lottery draw (开奖) and its prize password', '【彩票】第2024031期开奖，您的兑奖密码：551902'],
    ['a lottery draw\'s numbers', '福彩3D开奖号码 551902，彩票密码请妥善保管'],
    ['a service line "to the number", Persian', 'برای دریافت کد با سامانه به شماره 7000 تماس بگیرید'],
    ['an OTP to share for a delivery, Hindi', 'डिलिवरी के लिए ऑर्डर 5521 का OTP 1088 साझा करें'],
    ['an OTP to share with the delivery partner, Hindi', 'डिलीवरी पार्टनर को यह OTP 4412 साझा करें'],
    ['an account number (खाता) in a credit notice, Hindi', 'खाता 9134 में ₹1000.00 जमा। कभी भी OTP साझा न करें'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a code, then its label after a comma', '551902，您的验证码，5分钟内有效', '551902'],
    ['尾号 before a code', '您尾号4417的账户正在付款，验证码551902，请勿泄露。', '551902'],
    ['下4桁 (Japanese)', 'カード下4桁 4417 のご利用。認証コード：551902', '551902'],
    ['끝자리 (Korean)', '카드 끝자리 4417 결제 인증번호 551902', '551902'],
    ['a deposit\'s yearly rate in a confirmation', 'Код подтверждения открытия вклада под 15% годовых: 551902', '551902'],
    ['a warning that names delivery partners', 'Your login OTP is 4412. Do not share it with anyone, not even our delivery partners.', '4412'],
    ['a purchase to confirm', 'Подтвердите покупку 1500.00 RUB картой *4417 12.03.2025. Код: 551902', '551902'],
    ['a transfer with a password word', 'Перевод 1500.00 RUB с карты *4417 12.03.2025. Пароль: 551902', '551902'],
    ['a transfer with a warning', 'Перевод 1500.00 RUB с карты *4417 12.03.2025. Код: 551902. Никому не сообщайте', '551902'],
    ['a Hindi warning that names delivery agents', 'आपका OTP 4412 है। डिलीवरी एजेंट सहित किसी के साथ साझा न करें', '4412'],
    ['a Hindi OTP for an account', 'खाता 9134 के लिए आपका OTP 551902 है', '551902'],
  ])('what the new rules must keep: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['an order code, Vietnamese', 'Mã đơn hàng của bạn là 551902'],
    ['an order code, Vietnamese without diacritics', 'Ma don hang cua ban la 551902'],
  ])('no code, the new rules notwithstanding: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });
});

// Part 15 read by kind (docs/code-extraction.md, "Twelfth round"): each case was written for the
// kind, and each in the first two tables fails on the eleventh round's extractor (65f9b82).
describe('twelfth round: the kinds of part 15', () => {
  it.each([
    ['激活码 (activation code) with a full-width colon', '您的游戏账号激活码：551902，请在10分钟内使用。', '551902'],
    ['激活码 and a lower-case code', '注册激活码：k7m2qp，请勿告诉他人', 'k7m2qp'],
    ['a masked account after the code', '验证码：4412，用于账号QQ77******3修改密码，泄露有风险', '4412'],
    ['a brand opening a warning, then the labelled code', 'Shop7 - Never share this code with anyone. Your code: 4412', '4412'],
    ['the same, Russian', 'AppX1 - никому не сообщайте этот код. Ваш код: 551902', '551902'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a word to text to a short number (发…到)', '忘记密码可发MMCZ到10658，资费0.1元/条'],
    ['a word to send to a short number (发送至)', '如需重置密码，请编辑CZ#新密码发送至95559'],
    ['a number to call (拨打)', '动态密码服务已开通，如有疑问请拨打95566。'],
    ['a number to call (致電), Traditional', '請致電 95588 查詢您的交易密碼'],
    ['a number inside a host name', '登录 m.55190.cn 即可查询账户密码'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a code sent to the phone (发送至 not before it)', '验证码已发送至您的手机，验证码：551902', '551902'],
    ['a code, then a number to call', '验证码551902，请在页面输入。如有疑问请致电95588', '551902'],
    ['a code to reply with (回复 before it)', '回复验证码551902完成注册', '551902'],
    ['a masked account, Traditional', '驗證碼:551902,用於帳號AB12****9登入,請勿洩露', '551902'],
    ['a letter code beside a masked e-mail, Polish', 'Kod: AB12CD dla konta jan****@mail.pl', 'AB12CD'],
    ['a code, then a site', 'Your code is 551902. Visit example.com for help', '551902'],
    ['a code, then a masked phone, Russian', 'Код 551902 отправлен на номер +7 912 ***-**-12', '551902'],
    ['a mixed code that opens its sentence', 'Ab12cd is your code. Do not share it', 'Ab12cd'],
    ['a mixed code before its label, French', 'k3jd8s est votre code. Ne le partagez pas', 'k3jd8s'],
  ])('what the new rules must keep: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });
});

// The blind kinds set read by kind (docs/code-extraction.md, "Fourteenth round"): each case was
// written for the kind in other languages or forms than the set's lines. Each case of the tables
// "no code", "a code" and "a code to approve …" fails on main before the round (b479066); the
// tables of what the rules must keep are guards, which it passes too.
describe('fourteenth round: the kinds of the blind kinds set', () => {
  it.each([
    ['a card sent, its PIN in another sentence', 'Your new credit card has been dispatched. Your PIN will follow separately: 4412'],
    ['the same, Spanish', 'Tu tarjeta **4412 ha sido enviada. Tu PIN llegará por separado: 5521'],
    ['the same, German compound card word', 'Ihre Debitkarte **** 5521 ist unterwegs. Ihre PIN folgt per Post: 4412'],
    ['the same, Portuguese', 'Sua carta **0912 foi enviada. O PIN chega em separado: 4412'],
    ['the French card PIN ("code secret")', 'Votre nouvelle carte est en route. Votre code secret suivra par courrier : 4412'],
    ['a card\'s expiry and security code, Chinese', '您的信用卡已寄出，有效期10/28，安全码：4412。'],
    ['the same with a CVV2 label', '【招商银行】您的虚拟信用卡已开通，有效期至12/30，安全码(CVV2)：551，请妥善保管。'],
    ['the same, Japanese', 'カードのお届け：有効期限 09/29、セキュリティコード：4412'],
    ['the same, Korean', '카드 발급 완료. 유효기간 09/29, CVC 코드: 4412'],
    ['a Thai prize lure', 'ยินดีด้วย คุณได้รับรางวัลใหญ่ กรอกรหัส 551902 เพื่อรับเงิน'],
    ['a Thai prize lure with a confirmation code', 'คุณเป็นผู้โชคดีได้รับรางวัล iPhone รหัสยืนยัน 4412 โทร 0891234567'],
    ['an order that has a code, shipped', 'Your order with code 588082 has been shipped. Track it on the post site.'],
    ['the same, Russian', 'Ваш заказ с кодом 588082 отправлен.'],
    ['the same, Spanish', 'Su pedido con código 588082 ha sido enviado.'],
    ['the same, German', 'Ihre Bestellung mit dem Code 4412 wurde zugestellt.'],
    ['a parcel with a code, Polish', 'Paczka z kodem 551902 została nadana.'],
    ['an order with a code, Indonesian', 'Pesanan Anda dengan kode 551902 telah dikirim.'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['an OTP beside a card and a PIN warning', 'Your OTP for the payment with card **1234 is 551902. We never ask for your PIN.', '551902'],
    ['a confirmation code beside a card and a PIN warning, German', 'Ihre Zahlung mit Karte **** 3183: Bestätigungscode 551902. Geben Sie niemals Ihre PIN weiter.', '551902'],
    ['an app PIN code beside a card', 'Ваш PIN-код для входа в приложение: 4412. Карта *1234', '4412'],
    ['a French validation code and a PIN warning', 'Votre code de validation pour la carte **3959 : 719841. Ne communiquez jamais votre code confidentiel.', '719841'],
    ['a card PIN reset code', 'Your card PIN reset code is 551902', '551902'],
    ['a PIN alone', 'PIN: 4412', '4412'],
    ['a Chinese card code with a lifetime (no expiry date)', '您尾号1234的信用卡验证码551902，有效期5分钟，请勿泄露。', '551902'],
    ['a card expiry beside a dynamic password', '信用卡有效期09/29，动态密码551902，请勿泄露。', '551902'],
    ['a Thai OTP to redeem a reward, with a warning', 'รหัส OTP คือ 551902 ใช้สำหรับแลกรางวัล ห้ามบอกผู้อื่น', '551902'],
    ['an order to confirm with a code', 'Confirm your order with code 4412', '4412'],
    ['the same, Spanish', 'Confirma tu pedido con el código 551902', '551902'],
    ['an order, then a sign-in code', 'Order #4412 placed. Sign in with code 551902 to track it.', '551902'],
    ['an order, then a log-in code in the same sentence', 'To track your order, log in with code 551902', '551902'],
    ['a Persian confirmation code for an order', 'کد تایید سفارش شما: 551902', '551902'],
  ])('what the new rules must keep: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a split code before its label and a brand in capitals, Spanish', '551 902 es tu código de verificación UBER.', '551902'],
    ['the same, Portuguese', '551 902 é o seu código de verificação IFOOD.', '551902'],
    ['the same, English', '551 902 is your verification code UBER. Valid 5 minutes.', '551902'],
    ['four-digit groups, French', '4412 8890 est votre code de vérification SNCF.', '44128890'],
    ['a four-digit code read out in two pairs', 'Your login code: 55 19', '5519'],
    ['the same, Polish', 'Kod weryfikacyjny: 44 12', '4412'],
    ['the same, Portuguese Retriever message', '<#> Código de acesso: 12 34\nV1nt2iKQb3c', '1234'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['two pairs that are a time', 'Meeting at 12 30 in room 4'],
    ['two pairs after another label', 'Ticket 12 34 for seat 5'],
    ['four pairs (a phone number)', 'Code: 12 34 56 78'],
    ['a typed letter code after a number in another sentence', 'Codigo 551902. Introduce el código DUSG para acceder'],
  ])('no code, the new rules notwithstanding: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a letter code after a verb asking to type it', 'Introduce el código DUSG para acceder', 'DUSG'],
    ['a code before its label and a brand, Indonesian', '441 317 adalah kode OTP GOPAY kamu. Jangan berikan kepada siapa pun.', '441317'],
    ['three pairs, as before', 'Ваш код для входа: 76 74 56', '767456'],
    ['a reference, then an OTP word, a brand and the code', 'Ref 4412 OTP BCA 551902', '551902'],
    ['an order, then a code word, a brand and the code', 'Order 4412 code UBER 551902', '551902'],
  ])('what the new rules must keep, too: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a purchase to validate, Spanish', 'Compra de 45,90 EUR en AMAZON con tarjeta **4412 el 01/12/2026. Código de validación: 551902', '551902'],
    ['the same, Portuguese', 'Compra de 89,90 EUR no cartão **1234 em 01/12/2026. Código de validação: 551902', '551902'],
    ['a payment to approve, Polish', 'Płatność 120,00 EUR kartą **5521 z 01.12.2026. Kod do zatwierdzenia: 551902', '551902'],
    ['a balance beside a confirmation code, Turkish', 'Bakiye 1.250,00 TL. Onay kodunuz: 551902', '551902'],
    ['a payment to confirm, Ukrainian', 'Підтвердіть оплату 120,50 грн карткою *4412 01.12.2026: код 551902', '551902'],
    ['a card payment to release, German', 'Kartenzahlung 19,99 EUR mit Karte **** 5521 am 01.12.2026. Bitte freigeben mit Code 551902', '551902'],
  ])('a code to approve a payment or a sign-in: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a finished transfer\'s reference', 'Перевод по СБП 10.00 RUR с карты 7522 13.09.2024 Код: 449221'],
    ['a payment already validated, French', 'Paiement de 89,90 EUR validé avec la carte **3959 le 01/12/2026. Code: 719841'],
    ['a purchase\'s reference, Ukrainian', 'Покупка 120,00 UAH картка *4412 01.12.2026. Код: 551902'],
    ['a balance and a code', 'Balance 120.00 USD. Code 4412'],
  ])('still no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });
});

describe('fifteenth round: the wrong codes of blind kinds sets 2 and 3', () => {
  it.each([
    ['a code to say to the courier, English', 'Your parcel is out for delivery. Say code 4412 to the courier at the door.'],
    ['the same, Ukrainian dative', 'Ваше замовлення вже в дорозі. Скажіть код 5521 кур\'єру.'],
    ['the same, Turkish dative', 'Kargonuz yolda. Teslimat kodunu kuryeye söyleyin: 4412'],
    ['the same, Korean', '주문하신 상품이 배송 중입니다. 배달원에게 인증번호 4412를 알려주세요.'],
    ['the same, Arabic "for the courier"', 'طلبك في الطريق. أعط الرمز 4412 للمندوب عند الاستلام.'],
    ['the same, Portuguese', 'Seu código de entrega é 4412. Diga ao entregador na porta.'],
    ['the same, Chinese', '收货时请向配送员出示验证码4412。'],
    ['the same, German', 'Ihr Paket kommt heute. Nennen Sie dem Zusteller den Code 4412.'],
    ['the same, Polish dative', 'Twoja paczka jest w drodze. Podaj kurierowi kod 551902.'],
    ['the same, French', 'Votre colis arrive aujourd\'hui. Donnez le code 4412 au livreur.'],
    ['the same, Hindi', 'कूरियर को कोड 4412 दिखाएं।'],
    ['the same, Spanish "a la"', 'Dale el código 4412 a la repartidora.'],
    ['an invitation code, Spanish', '¡Invita a tus amigos! Tu código de invitación: ANA4412'],
    ['the same, Turkish', 'Arkadaşını davet et, 50 TL kazan! Davet kodun: 551902'],
    ['a referral code, Russian', 'Приглашайте друзей! Ваш реферальный код: 551902'],
    ['an invitation code, Ukrainian', 'Код запрошення для друга: 551902'],
    ['a referrer code, Korean', '친구 초대 이벤트! 추천인 코드: 4412'],
    ['an invitation code, Indonesian', 'Ajak temanmu! Kode undangan kamu: 551902'],
    ['a sponsorship code, French', 'Parrainez un ami ! Votre code de parrainage : MARC4412'],
    ['a card PIN, transliterated Russian', 'PIN-kod karty: 4412. Nikomu ne soobshchaite.'],
    ['a card, its mask, then its PIN code', 'Karta *5521 PIN-kod: 4412. Nikomu ne soobshchaite'],
    ['a PIN "k karte", transliterated', 'Dlya karty *5521 ustanovlen PIN-kod k karte: 4412'],
    ['a parcel pickup code, Ukrainian', 'Код для отримання посилки: 4412'],
    ['an order issue code, Ukrainian', 'Код видачі замовлення: 551902'],
    ['a code to withdraw from an ATM, Ukrainian', 'Код для зняття з банкомата: 4412'],
    ['the same, English', 'Your cardless cash code 551902 can be used from any ATM for 30 minutes.'],
    ['a prize in Portuguese without accents', 'Parabens, voce foi sorteado! Codigo 551902 para resgatar o premio.'],
    ['a prize draw, transliterated Russian', 'Pozdravlyaem! Vy uchastnik rozygrysha, vash kod: 551902'],
    ['a Korean password change done, then a help line', '[Web발신] 간편 비밀번호 변경 완료. 본인 아닌 경우 1644-5521'],
    ['a Japanese opt-out number to send to', '「配信停止」と入力し 4412 へ送信してください'],
    ['an approved purchase\'s authorisation number, English', 'Purchase approved: USD 45.00 at AMAZON, card *4412. Auth code 551902'],
    ['the same, "approval code"', 'Payment successful: EUR 12.90, card **4412. Approval code 551902'],
    ['the same, Spanish', 'Compra aprobada USD 45,00 tarjeta *4412. Código de autorización: 551902'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a warning not to tell the courier', 'Your Ozon login code: 551902. Do not tell it to the courier.', '551902'],
    ['the same, Russian', 'Код для входа: 551902. Не сообщайте его курьеру.', '551902'],
    ['the same, Indonesian', 'Kode OTP 551902. JANGAN berikan kode ini kepada kurir atau siapa pun.', '551902'],
    ['the same, Turkish negative imperative', 'Giriş kodunuz: 551902. Bu kodu kuryeye söylemeyin.', '551902'],
    ['the same, Japanese', '認証コード：551902。配達員にも教えないでください。', '551902'],
    ['the same, Spanish', 'Tu código de acceso es 551902. No se lo des al repartidor.', '551902'],
    ['a courier as the subject, English "a"', 'A courier will deliver your card tomorrow. Your confirmation code: 551902', '551902'],
    ['a driver app', 'Welcome to the Driver app! Your code: 551902', '551902'],
    ['a code, then an invitation to friends', 'Your verification code is 551902. Invite friends to earn rewards in the app!', '551902'],
    ['a transliterated code beside a card mask', 'Kod dlya vhoda: 551902. Karta *4412', '551902'],
    ['a Ukrainian confirmation code', 'Код підтвердження: 551902', '551902'],
    ['Portuguese without accents, a real code', 'Seu codigo de verificacao e 551902. Nao compartilhe.', '551902'],
    ['"Premium" is no prize', 'Your Premium login code is 551902', '551902'],
    ['a Korean code for a password change', '[Web발신] 비밀번호 변경 인증번호 [551902]', '551902'],
    ['a Japanese code to type and send', '認証コード 551902 を入力して送信してください', '551902'],
    ['a payment pending authorisation', 'Your payment is pending. Authorization code: 551902. Do not share it', '551902'],
    ['an OTP to authorise a purchase', 'Purchase approved? Enter OTP 551902 to authorise the payment', '551902'],
  ])('what the new rules must keep: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a Retriever code split 2+4 by a dash', '<#> Seu código Nubank: 12-3456\nAbCdEfGhIj1', '123456'],
    ['the same, 3+2 by a space', '<#> Ваш код входа: 551 90\nFa8QwErTy12', '55190'],
    ['the same, code first before a copula', '<#> 55-1902 es tu código de Rappi.\nQwErTy12345', '551902'],
    ['the same, 4+2, Turkish', '<#> Kodunuz: 4412-55\nZx9Yw8Vu7Ts', '441255'],
    ['the same, 2+4 by a space, Vietnamese', '<#> Mã OTP của bạn: 44 1255\nZx9Yw8Vu7Ts', '441255'],
    ['an operation\'s number and date inside the label, Portuguese', 'Senha 2 para a operação 4412 de 01/12/2026 10:14: 551902', '551902'],
    ['the same, English', 'OTP for transaction no. 4412 on 01/12/2026 at 10:14 is 551902', '551902'],
    ['the same, Russian, with an amount', 'Пароль для перевода 4412 от 01.12.2026 на сумму 500 р: 551902', '551902'],
    ['the same, Vietnamese', 'Mã OTP cho giao dịch 4412 lúc 10:14 01/12: 551902', '551902'],
    ['a Kazakh password word without a space, with its ending', 'Құпиясөзіңіз: 551902', '551902'],
    ['the same in Latin letters', 'Kupiya soz 551902, eshkimge aitpanyz', '551902'],
    ['the same, the official Latin letters', 'Qupiya söz: 4412. Eshkimge aitpanyz.', '4412'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a Retriever code beside a short help line', '<#> Ваш код: 551902. Справки: 0800 55\nAbCdEfGhIj1', '551902'],
    ['a Retriever code beside a date in two pairs', '<#> Code 551902 sent 01-12\nAbCdEfGhIjK', '551902'],
    ['a Retriever code beside a 2+3 reference', '<#> Your code: 551902. Ref 12-345\nAbCdEfGhIjK', '551902'],
    ['an order in 4+2 outside a Retriever message', 'Order 4412-55 shipped. Code 551902', '551902'],
    ['a code after "operation", then its lifetime', 'Код для подтверждения операции 551902 действует до 12:30', '551902'],
    ['a code after "operation", then a bank', 'Пароль для операции 551902 от Сбербанка', '551902'],
    ['an operation and a date in the next sentence', 'Пароль для операции 551902. Операция 4412 от 01.12.2026', '551902'],
  ])('what the new rules must keep, too: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a lower-case code after Portuguese "e" (é without its accent)', 'Nubank: seu codigo de verificacao e x7k2p9. Nao compartilhe.', 'x7k2p9'],
    ['the same with the accent', 'O seu código de acesso é a7k2p9.', 'a7k2p9'],
    ['a label ending in a dash, transliterated Russian', 'Ozon: kod vhoda — k3jd8s. Nikomu ne soobshchaite', 'k3jd8s'],
    ['Vietnamese without diacritics, code first', 'Su dung 551902 de xac minh so dien thoai. Khong chia se ma nay.', '551902'],
    ['the same with diacritics', 'Sử dụng 551902 để xác minh tài khoản của bạn.', '551902'],
    ['a Malaysian TAC in a long transfer message', 'CIMB Clicks: TAC 551902 for your transfer to 1234xxxx. Valid 3 minutes.', '551902'],
    ['a verification code and a warning in a prize-worded message, Indonesian', 'Selamat! Anda dapat bonus poin. Kode verifikasi akun kamu: 551902. Jangan berikan kode ini ke siapa pun.', '551902'],
    ['the same, English', 'Congratulations on your new account! Your verification code is 551902. Do not share it.', '551902'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it('no code: a flight number after its airline\'s code, Spanish', () => {
    expect(code('Tu vuelo IB 3412 sale a las 10:30. Código de reserva: QWXTRZ')).toBeNull();
  });

  it.each([
    ['a flight number after its airline\'s code, Russian', 'Ваш рейс SU 1402 задерживается до 12:30'],
    ['a Portuguese prize lure with "e" before its code', 'Parabens! Voce ganhou um premio! Codigo e 551902, resgate ja.'],
    ['a prize lure with a verification code and no warning', 'Selamat! Anda memenangkan hadiah Rp 50jt. Kode verifikasi 551902 klik link.'],
  ])('no code, the new rules notwithstanding: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });
});

// Blind kinds set 4 read by kind (docs/code-extraction.md, "Seventeenth round"): each case in the
// "no code" table was written for the kind in another language or form than the set's lines, and
// each fails on main before the round (8e5da2e); the guards read right there and must stay so.
describe('sixteenth round: the kinds of parts 17 and 20', () => {
  it.each([
    ['a terminal\'s code after a payment', 'Payment 25.00 USD successful. Card *1234. Terminal code: 5411'],
    ['a customer code, Turkish', 'Ödeme 250 TL başarılı. Kart *1234. Müşteri kodu: 5411'],
    ['a customer code, Kazakh', 'Төлем 2500 тг. Карта *1234. Клиент коды: 5411'],
    ['a terminal code, Spanish', 'Pago aprobado. Tarjeta *1234. Código de terminal: 5411'],
    ['a terminal code, Russian', 'Оплата 2500 руб. прошла, карта *1234. Код терминала: 5411'],
    ['a merchant code', 'Merchant code 5411, card *1234'],
    ['a Thai postal code', 'รหัสไปรษณีย์ 10110'],
    ['a code beside an order on its way', 'Your code is 4412. Your order of $12.50 is on its way.'],
    ['the same, German', 'Ihr Code lautet 4412. Ihre Bestellung ist unterwegs.'],
    ['the same, French', 'Votre code : 4412. Votre commande est en route.'],
    ['the same, Spanish', 'Tu código es 4412. Tu pedido está en camino.'],
    ['the same, Russian', 'Ваш код 4412. Ваш заказ в пути.'],
    ['the same, Turkish', 'Kodunuz 4412. Siparişiniz yolda.'],
    ['a PIN to save phone settings', 'You will receive internet settings shortly. Save them with PIN 1234 if asked.'],
    ['the same, Russian', 'Настройки интернета будут отправлены на ваш телефон. PIN-код для сохранения: 1234'],
    ['the same, Spanish', 'Configuración de internet enviada a su teléfono. Código de seguridad: 1234'],
    ['the same, Indonesian', 'Pengaturan internet akan dikirim. Kode PIN: 1234'],
    ['the same, German', 'Ihre Internet-Einstellungen folgen in Kürze. PIN: 1234'],
    ['a calling card\'s access code beside a price per minute', 'Call India at Rs 2 per minute. Access code 1214'],
    ['the same, Russian', 'Звонки в Индию 5 руб. за минуту. Код доступа 1214'],
    ['the same, Spanish', 'Llama a India por 0,10 € por minuto. Código de acceso 1214'],
    ['the same, Indonesian', 'Telepon ke India Rp 500 per menit, kode akses 1214'],
    ['the same, Hindi', 'भारत कल रु 2 प्रति मिनट, एक्सेस कोड 1214'],
    ['loyalty points to use', 'Use 5000 points to get a voucher'],
    ['coupons to use', 'Use 4412 coupons at checkout'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['an account number inside the label, Vietnamese', 'Mã xác thực của tài khoản 88123456 là 551902', '551902'],
    ['the same with a colon', 'Mã OTP giao dịch cho tài khoản 12345678: 551902', '551902'],
    ['a code split by a dot, Vietnamese', 'Mã xác nhận của bạn là 551.902', '551902'],
    ['the same, Indonesian', 'Kode OTP Anda: 551.902', '551902'],
    ['the same, Russian', 'Ваш код: 551.902', '551902'],
    ['the same, Portuguese', 'Seu código é 551.902', '551902'],
    ['"use N to sign in", French', 'Utilisez 551902 pour vous connecter à Hago', '551902'],
    ['the same, Spanish', 'Utilice 551902 para iniciar sesión en Hago', '551902'],
    ['the same, Portuguese', 'Utilize 551902 para entrar na sua conta Hago', '551902'],
    ['"use N to confirm", German', 'Verwenden Sie 551902, um Ihr Konto zu bestätigen.', '551902'],
    ['"use N to verify", Arabic', 'استخدم 551902 للتحقق من حسابك', '551902'],
    ['"use N to sign in", Indonesian', 'Gunakan 551902 untuk masuk ke akun Anda.', '551902'],
    ['a Thai reference code before the OTP', 'รหัสอ้างอิง: KX7Q2P รหัส OTP 551902', '551902'],
    ['a Thai reference code after the OTP', 'OTP: 551902 (รหัสอ้างอิง: KX7Q)', '551902'],
    ['an abbreviated reference code after the code', 'Ваш код: 551902 (Ref. Code: KX7Q)', '551902'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a verification code for a customer, Turkish', 'Müşteri doğrulama kodunuz: 551902', '551902'],
    ['a verification code, then a terminal id', 'Your verification code: 551902. Terminal ID 7788', '551902'],
    ['a confirmation code for the customer, Russian', 'Код подтверждения для клиента: 551902', '551902'],
    ['a customer addressed, then the code, Uzbek', 'Mijoz, tasdiqlash kodi: 551902', '551902'],
    ['an account named before the code word, Vietnamese', 'Tài khoản của bạn: mã OTP 551902', '551902'],
    ['an amount with a dot before the code', 'Mã OTP cho giao dịch 551.902 VND là 448812', '448812'],
    ['a verification code beside an order on its way', 'Your verification code is 551902. Your order is on its way.', '551902'],
    ['an order on its way, then a sign-in code', 'Your order is on its way. Enter code 551902 to sign in and track it.', '551902'],
    ['a code beside an order that ships tomorrow', 'Your code is 551902. Order confirmed, it ships tomorrow.', '551902'],
    ['a code to type in the settings', 'Для входа в настройки интернета введите код 551902', '551902'],
    ['security settings, then a login code', 'Security settings: your login code is 551902', '551902'],
    ['a code that expires in a minute', 'Your code 551902 expires in a minute', '551902'],
    ['a code valid one minute, Russian', 'Код 551902 действует 1 минуту', '551902'],
    ['a code with a limit per minute (no price)', 'Your code 551902 is valid for 5 minutes, 1 attempt per minute', '551902'],
    ['a Thai OTP with a short reference', 'รหัส OTP คือ 551902 (Ref: KX7Q)', '551902'],
    ['a Thai password', 'รหัสผ่านของคุณคือ 551902', '551902'],
    ['a word ending its sentence before a code word', 'Please quote your booking. Code: 551902', '551902'],
    ['a code to use for a purpose', 'Use 551902 for two-factor authentication on Facebook.', '551902'],
    ['the same, Vietnamese "as"', 'Su dung 551902 lam ma xac thuc', '551902'],
    ['a code to use, then a full stop', 'Use 551902. It is your code', '551902'],
    ['"use N to verify", Vietnamese (main reads it since the fifteenth round)', 'Sử dụng 551902 để xác minh tài khoản.', '551902'],
  ])('what the new rules must keep: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['an amount with a dot', 'Số tiền 551.902 VND đã được chuyển'],
    ['a dotted amount after "code"', 'Code: 12.345'],
    ['a balance with a dot', 'Your balance is 551.902 rupiah'],
    ['a promo code to use, Indonesian', 'Gunakan kode PROMO50 untuk diskon 50%'],
    ['a promo code to use, French', 'Utilisez le code NOEL20 pour 20% de réduction'],
    ['loyalty points to use, Indonesian', 'Gunakan 5000 poin untuk voucher belanja'],
    ['tickets to use, French', 'Utilisez 4412 tickets'],
  ])('no code, the new rules notwithstanding: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });
});

describe('seventeenth round: the wrong codes of blind kinds set 4', () => {
  it.each([
    ['a coupon code glued in Korean', '[Web발신] 쿠폰코드: 551902 다음 주문 시 5,000원 할인'],
    ['a gift code glued in Japanese', '【ローソン】ギフトコード：551902 アプリで登録すると300ポイント'],
    ['a referral code glued in Chinese', '【淘宝】您的推荐代码：551902，分享给好友'],
    ['a coupon code in Hindi (a vowel sign inside the word)', 'आपका कूपन कोड: 551902. अगली खरीद पर इस्तेमाल करें।'],
    ['a referral code in Hindi with a nukta', 'दोस्तों को बुलाएं! आपका रेफ़रल कोड: MOHAN4412'],
    ['a referral code in Bengali', 'বন্ধুদের আমন্ত্রণ জানান! আপনার রেফারেল কোড: 551902'],
    ['a card\'s CVC named in English', 'Your virtual card is ready. Security code (CVC2): 739'],
    ['a card\'s CVN2 named in Chinese', '您的信用卡安全码（CVN2）：739'],
    ['a Korean cardless ATM withdrawal', '카드 없이 출금하려면 ATM에 인증번호 551902 를 입력하세요'],
    ['a Japanese ATM transaction number', 'ATMでお取引番号 551902 と暗証番号を入力してください'],
    ['a Thai ATM booth code', 'รหัสกดเงิน 551902 ใช้ได้ที่ตู้เอทีเอ็มภายใน 30 นาที'],
    ['a Spanish withdrawal without a card', 'Retiro sin tarjeta: usa el código 551902 para retirar $500.'],
    ['a Portuguese Banco24Horas code', 'Use o código 551902 no Banco 24Horas. Válido por 30 minutos.'],
    ['an English cardless cash code', 'Your cardless withdrawal code is 551902. Valid for 30 minutes.'],
    ['a code for the agent, Hindi', 'पार्सल लेते समय एजेंट को कोड 4412 दिखाएं।'],
    ['the same, "courier agent"', 'पार्सल लेते समय कूरियर एजेंट को OTP 551902 बताएं।'],
    ['a customer code, Spanish', 'Bienvenido a Movistar. Su código de cliente es 4412551902.'],
    ['the same, Italian', 'Benvenuto in Iliad! Codice cliente: 44125519.'],
    ['the same, Polish', 'Witamy w Play! Kod klienta: 551902'],
    ['a prize in transliterated Russian', 'Pozdravlyaem! Vy vyigrali priz 50 000 rub. Kod priza: 551902'],
    ['a prize in transliterated Ukrainian', 'Vash nomer vygrav pryz! Kod: 551902. Dzvonit na 0800'],
    ['an amount off, Spanish', 'Tienes 10 € de descuento en tu próxima compra. Código: 551902'],
    ['an amount off, Russian', '500 ₽ скидка на следующий заказ! Ваш код: 551902'],
    ['a gift voucher, French', 'Votre bon d\'achat est disponible ! Code : 551902'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a Korean OTP beside a coupon word', '[Web발신] 인증번호 551902 입력 후 쿠폰을 받으세요', '551902'],
    ['a Chinese code with a coupon later', '【京东】验证码：551902，登录后领取优惠券。', '551902'],
    ['a Chinese OTP word glued after "redeem"', '【招商银行】您正在兑换礼品，兑换验证码：551902，请勿泄露。', '551902'],
    ['a Korean OTP word after "coupon"', '[Web발신] 쿠폰 인증번호 551902 타인에게 알려주지 마세요', '551902'],
    ['a Japanese OTP word glued after "gift"', 'ギフト認証コード：551902', '551902'],
    ['a Hindi OTP', 'आपका OTP 551902 है। इसे किसी के साथ साझा न करें।', '551902'],
    ['a Hindi code with a warning about agents', 'लॉगिन कोड 551902 है। किसी एजेंट को न बताएं।', '551902'],
    ['a CVV warning beside an OTP', 'OTP 551902 for your purchase. Never share your CVV or OTP.', '551902'],
    ['a bank app code with ATM in the text', 'Код входа в приложение: 551902. Ближайший банкомат в приложении.', '551902'],
    ['a Portuguese code for the CAIXA app', 'CAIXA: seu código de acesso é 551902. Não compartilhe.', '551902'],
    ['a French client area login code', 'Espace client : votre code de vérification est 551902.', '551902'],
    ['a Spanish login code for customers', 'Tu código de acceso a clientes es 551902. No lo compartas.', '551902'],
    ['"Prizma" is no prize', 'Prizma: vash kod podtverzhdeniya 551902', '551902'],
    ['a payment amount before an OTP', 'OTP 551902 for payment of Rs. 500 off your wallet balance. Do not share.', '551902'],
  ])('what the new rules must keep: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['an Arabic OTP after a card\'s ending and a copula', 'رمز OTP لعملية الدفع من بطاقتك المنتهية بالرقم 4412 هو 551902', '551902'],
    ['the same, "that ends with"', 'رمز التحقق لشراء بقيمة 99.00 درهم بالبطاقة التي تنتهي بالرقم 4412 هو 551902.', '551902'],
    ['a reference after the code, Arabic copula', 'رمز الدخول: 551902. الرقم المرجعي هو 4412', '551902'],
    ['a card\'s ending in another sentence', 'بطاقتك المنتهية بـ 4412 تم استخدامها. رمز التحقق: 551902', '551902'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });
});

// Blind kinds set 5 read by kind (docs/code-extraction.md, "Eighteenth round"): each case in the
// tables "no code" was written for the kind in another language or form than the set's lines, and
// each fails on main before the round (fe3b8a2); the guards read right there and must stay so.
describe('eighteenth round: the wrong codes of blind kinds set 5', () => {
  it.each([
    ['a courier dative in Kazakh Latin letters', 'Zakazynyz jolda. Kuryerge kodty aitynyz: 4412'],
    ['the same in Uzbek', "Buyurtmangiz yo'lda. Kuryerga kodni ayting: 551902"],
    ['a Korean parcel driver, honorific dative', '[Web발신] 택배 기사님께 알려줄 출입 비밀번호: 551902'],
    ['a Korean parcel driver, plain dative', '[쿠팡] 택배기사에게 전달할 공동현관 비밀번호: 4412#'],
    ['a cash machine with a Turkish case ending', "ATM'den para çekmek için kodunuz: 551902"],
    ['a cash machine with a Kazakh dative', 'Банкоматқа кодты енгізіңіз: 551902'],
    ['a Kazakh withdrawal in Latin letters', 'Bankomattan aqsha alu kody: 551902'],
    ['cash handed out at a counter, Ukrainian', 'Ваш код 58201937 потрібен для отримання готівки у відділенні.'],
    ['a cash pickup code, English', 'Money sent. Your code 58201937 is needed for cash pickup at any agent.'],
    ['a code to tell the recipient, Russian', 'Перевод отправлен. Сообщите код 4412 получателю.'],
    ['the same, Ukrainian', 'Повідомте код 551902 отримувачу переказу.'],
    ['a promotion heading, Portuguese', 'Promoção: use o código VERAO25 na sua próxima compra'],
    ['the same, Polish', 'Promocja: użyj kodu 551902 w aplikacji'],
    ['the same, Russian', 'Акция: ваш код 551902 действует до воскресенья'],
    ['a special offer, English', 'Special offer! Your code 551902 gives 2 GB extra.'],
    ['the same, Russian', 'Спецпредложение для вас: код 551902 действует 3 дня'],
    ['a code to send to a short number, English', 'Your code: 551902. Send it to 5050 to activate the bundle.'],
    ['the same, Russian', 'Ваш код 4412 — отправьте его на 5050, чтобы подключить тариф.'],
    ['the same, Arabic without a hamza', 'كود الباقة 551902 ارسله الى 1100 لتفعيل العرض'],
    ['a Thai customer code (qualifier glued after)', 'รหัสลูกค้าของคุณคือ 551902'],
    ['a Thai branch code', 'รหัสสาขา 4412 ยินดีต้อนรับ'],
    ['a Thai balance notice', 'ยอดคงเหลือในบัญชี 5,000.00 บาท รหัส 551902'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a Kazakh warning not to tell the courier', 'Kodty eshkimge aitpanyz, tipti kuryerge de. Kirý kody: 551902'],
    ['a Korean warning not to tell the driver', '[Web발신] 택배기사님께 절대 알려주지 마세요. 인증번호 551902'],
    ['a recipient named in a warning', 'Никому не сообщайте код, даже получателю перевода. Код подтверждения: 551902'],
    ['a recipient named beside a code', 'Код подтверждения перевода: 551902. Получатель увидит деньги через минуту.'],
    ['a promotion heading on a verification code', 'Promo: your verification code is 551902'],
    ['a special offer beside a login code', 'Special offer inside the app. Enter code 551902 to log in.'],
    ['a warning not to send the code', 'Your code is 551902. Do not send it to anyone.'],
    ['an Arabic warning not to send it', 'رمز التحقق 551902 لا ترسله لأحد'],
    ['a Thai OTP with its reference code', 'รหัส OTP คือ 551902 (รหัสอ้างอิง: ABCD) ห้ามบอกรหัสนี้กับผู้อื่น'],
    ['a Thai OTP beside a balance', 'ยอดคงเหลือ 5,000.00 บาท รหัส OTP 551902 ห้ามบอกผู้อื่น'],
    ['a Turkish login code beside cash machines', "Banka uygulamanıza giriş kodunuz: 551902. ATM'lerimizi haritada görün."],
  ])('what the new rules must keep: %s', (_, text) => {
    expect(code(text)).toBe('551902');
  });

  it.each([
    ['a password "for … login:"', 'Your one-time password for Corporate Banking login: 55190233. Ref 2 of 2.', '55190233'],
    ['a code "for … login:"', 'Code for Smart App login: 551902. It expires in 5 minutes.', '551902'],
    ['a Chinese sign-in code word, traditional', '您的登入碼為 k3jd8s，請勿告知他人。', 'k3jd8s'],
    ['the same, simplified', '【网易】您的登录码为 a7k2p9，5分钟内有效。', 'a7k2p9'],
    ['a pickup code to come later, Russian', 'Код для входа в приложение: 551902. Код получения пришлём отдельно.', '551902'],
    ['the same, English', 'Your app login code: 551902. The pickup code will be sent separately.', '551902'],
    ['the same, German', 'Ihr Anmeldecode: 551902. Den Abholcode erhalten Sie separat.', '551902'],
    ['pairs before "e o seu codigo" after a sender', '<#> Nubank: 48 21 90 e o seu codigo de verificacao.', '482190'],
    ['a mixed code before "e o seu codigo"', 'Banco Inter: k3jd8s e o seu codigo de acesso.', 'k3jd8s'],
    ['"use X to verify", Indonesian', 'Masukkan k3jd8s untuk verifikasi akun Anda.', 'k3jd8s'],
    ['the same, French', 'Utilisez k3jd8s pour vérifier votre compte. Ne le partagez pas.', 'k3jd8s'],
    ['the same, "to sign in"', 'Use k3jd8s to sign in to Acme. Never share it.', 'k3jd8s'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a login name "for login:"', 'Your username for login: 55190233. Use your own password.'],
    ['a pickup code in this message', 'Kod odbioru: 551902. Paczka czeka w paczkomacie.'],
    ['an order before "e o seu"', 'Loja: AB12CD e o seu pedido.'],
    ['a promotion "to sign in"', 'Use SAVE20 to sign in and get 20% off your next order.'],
  ])('what the new rules must leave without a code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  // Only "separately" says the pickup code is another message's: the gate stays otherwise (conservative).
  it('a pickup code named without "separately" still gives no code', () => {
    expect(code('Ваш код для входа: 551902. Код получения придёт в день доставки.')).toBeNull();
  });
});

describe('nineteenth round: the wrong codes and misses of blind kinds set 6', () => {
  it.each([
    ['a code "for the delivery man", French', 'Votre colis arrive demain. Code à donner pour le livreur : 4412'],
    ['the same, German', 'Ihr Paket kommt heute. Code für den Zusteller: 4412'],
    ['the same, Indonesian', 'Paket tiba hari ini. Kode untuk kurir: 4412'],
    ['the same, Portuguese', 'Seu pedido saiu para entrega. Código para o entregador: 4412'],
    ['a delivery code, Portuguese', 'iFood: seu código de entrega é 4412. Informe quando o pedido chegar.'],
    ['a handover code, English', 'DHL Express: handover code 4412 for your parcel JD0141 arriving today'],
    ['show it at delivery, Hindi', 'डिलीवरी पर यह ओटीपी दिखाइए: 551902'],
    ['tell it at delivery, Hindi', 'Flipkart: डिलीवरी के वक्त यह कोड बताइए 4412'],
    ['a pickup code, Japanese', 'ヤマト運輸：受取コード 551902 ロッカーで荷物をお受け取りください'],
    ['a pickup code, Korean', '[CU] 택배 수령 코드 551902 매장에서 제시해 주세요'],
    ['a pickup code, Thai', 'Lazada: รหัสรับสินค้า 551902 ที่จุดรับ'],
    ['a prize, Uzbek', 'Tabriklaymiz! Siz yutib oldingiz. Kod: 551902'],
    ['a prize, Kyrgyz', 'Куттуктайбыз! Сиз утуп алдыңыз. Код: 551902'],
    ['congratulations, Azerbaijani', 'Təbrik edirik! Aksiyada iştirak edin. Kod: 551902'],
    ['a prize, Kazakh, "you won" in one word', 'Құттықтаймыз, сіз ұттыңыз! Код: 551902'],
    ['a gift code, Kazakh', 'Сыйлық коды: 551902. Дүкенде көрсетіңіз'],
    ['a winner, Kazakh (the word was listed and never matched)', 'Сіз жеңімпаз атандыңыз! Код: 551902'],
    ['a gift voucher code, Thai', 'รหัสบัตรกำนัล 551902 ใช้ได้ที่ร้านค้า'],
    ['a gift code, Thai', 'รหัสของขวัญ: 551902'],
    ['a booking registered', 'Your booking 551902 is registered'],
    ['an order registered, Indonesian', 'Pesanan 551902 telah terdaftar'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a lower-case password in two groups of four, Russian', 'Ваш временный пароль: k2m9-x7qa', 'k2m9x7qa'],
    ['the same, Indonesian', 'Kode akses Anda: m3k9-7xqa', 'm3k97xqa'],
    ['the same, German copula', 'Dein Einmalpasswort lautet q7w2-e9rt', 'q7w2e9rt'],
    ['an OTP "for logging in", Indonesian', 'Kode OTP untuk login: 551902.', '551902'],
    ['the same in English', 'Your code: ab12-cd34', 'ab12cd34'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a Hindi OTP with a warning not to tell anyone', 'आपका लॉगिन OTP 551902 है। डिलीवरी ऐप में किसी को न बताएं।', '551902'],
    ['the same, "मत"', 'डिलीवरी ऐप में लॉगिन कोड 551902 है, इसे किसी को मत बताएं', '551902'],
    ['a Thai password for new staff', 'รหัสผ่าน 551902 สำหรับพนักงานใหม่เข้าสู่ระบบ', '551902'],
    ['a Thai OTP beside a coupon word', 'รหัส OTP 551902 สำหรับใช้คูปอง ห้ามบอกผู้อื่น', '551902'],
    ['a Russian login code with a courier warning', 'Ваш код для входа: 551902. Не сообщайте его курьеру.', '551902'],
    ['a Kazakh password after "congratulations"', 'Құттықтаймыз, тіркелу аяқталды! Құпия сөз: 551902. Ешкімге айтпаңыз', '551902'],
    ['a sign-in code alone', 'Код для входа 551902', '551902'],
  ])('what the new rules must keep: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a reference in two groups of four with no code word', 'Order ab12-cd34 has shipped'],
    ['three groups of four are not joined', 'Ваш пароль: 12ab-34cd-56ef'],
    ['a login name, not a code', 'Login: 551902'],
  ])('still no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });
});

// Blind kinds set 7 read by kind (docs/code-extraction.md, "Twentieth round"): each case in the
// tables "no code" and "a code" was written for the kind in another language or form than the set's
// lines, and each fails on main before the round (761e87b); the guards read right there and must stay so.
describe('twentieth round: the wrong codes and misses of blind kinds set 7', () => {
  it.each([
    ['"won" before dollars', 'Your number won USD 1,000,000 in our yearly draw. Secret PIN: 551902. Call the agent now.'],
    ['"won" before rupees', 'Your SIM won Rs 2500000 in the KBC draw. Secret code 551902.'],
    ['a Kazakh prize in Latin letters', 'Quttyqtaimyz! Siz 50 000 tg utyp aldynyz. Syilyq kody: 551902'],
    ['an Uzbek prize', "Tabriklaymiz! Siz 5 000 000 so'm yutib oldingiz. Kod: 551902"],
    ['a card PIN after "code PIN de votre carte"', 'Le code PIN de votre carte ****4471 est 2291.'],
    ['a new card PIN in Polish, another form', 'Twój nowy kod PIN do karty kredytowej: 4412'],
    ['the courier as indirect object', 'Tell the courier this code when he arrives: 551902'],
    ['the delivery partner as indirect object', 'Show the delivery partner the code 4412 at your door.'],
    ['a code for the postman, Portuguese', 'Sua encomenda chega hoje. Código de entrega para o carteiro: 4412'],
    ['a code for the postman, French', 'Votre colis arrive. Donnez ce code au facteur : 4412'],
    ['a Turkish parcel out for delivery', 'Kargonuz dağıtıma çıktı. Teslimat kodu: 551902'],
    ['a Korean card approval, another bank', '[Web발신]\nKB국민카드 1*2* 승인\n김*수님\n12,000원 일시불\n12/01 09:15 GS25\n승인번호 55120931'],
    ['a request registered, Russian', 'Заявка 48201 зарегистрирована.'],
    ['a complaint registered, English', 'Complaint 482013 registered successfully.'],
    ['a cash withdrawal code, Vietnamese', 'Ma OTP rut tien tai quay: 551902'],
    ['a cash withdrawal code, Turkish', 'Nakit çekim kodunuz: 551902. Süre 15 dakika.'],
    ['a cash withdrawal code, Thai', 'รหัสถอนเงิน 551902 ใช้ได้ 30 นาที'],
    ['a cash withdrawal code, Korean', '현금인출 인증번호 551902'],
    ['a cash withdrawal code, Indonesian noun', 'Kode penarikan tunai Anda 551902, berlaku 30 menit.'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a Turkish one-time password with its letters', 'Tek kullanımlık şifreniz q7w2e9. Kimseyle paylaşmayın.', 'q7w2e9'],
    ['an Azerbaijani one-time password', 'Birdəfəlik şifrəniz: q7w2e9', 'q7w2e9'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a card PIN change confirmed by an SMS code', 'Kod SMS do zmiany PIN karty: 551902'],
    ['a confirmation code beside a card PIN', 'Code de confirmation pour le code PIN de votre carte : 551902'],
    ['a warning not to give the driver the code', 'Never give the driver this code: 551902. Use it to sign in.'],
    ['a Turkish parcel out for delivery beside an OTP', 'Kargonuz dağıtıma çıktı. Uygulamaya giriş için OTP: 551902'],
    ['a Korean card verification number', '[Web발신] 삼성카드 인증번호 [551902] 45,000원 결제를 위해 입력하세요'],
    ['a code to change a Turkish card password', 'Kartinizin sifresini degistirmek icin kod: 551902'],
    ['a Persian sign-up with a code', 'ثبت نام با کد 551902'],
    ['a won lottery named in a warning', 'Nobody won anything: never share it. Your verification code is 551902.'],
  ])('what the new rules must keep: %s', (_, text) => {
    expect(code(text)).toBe('551902');
  });
});

describe('twenty-first round: the wrong codes and misses of blind kinds set 8', () => {
  it.each([
    ['a code for the courier, Ukrainian with a typographic apostrophe', 'Код для кур’єра Нової пошти: 5521'],
    ['a code for the courier, Polish "dla"', 'Kod dla kuriera: 5521. Podaj go przy odbiorze paczki.'],
    ['a code for the courier, Belarusian', "Код для кур'ера: 5521. Назавіце яго пры атрыманні."],
    ['a parcel number shown to a Korean store\'s staff', '[GS25] 택배 찾기 인증번호 4412 매장 직원에게 제시해 주세요'],
    ['a parcel number shown to a Japanese store\'s staff', '【ローソン】お荷物受け取りの認証番号：551902 店員にお見せください'],
    ['a Chinese parcel locker', '【顺丰】您的快件已放入快递柜，取件密码551902'],
    ['a Korean parcel locker', '[CJ대한통운] 무인택배함 비밀번호 4412'],
    ['a Japanese delivery box', 'お荷物は宅配ボックスに届きました。暗証番号：4412'],
    ['a Thai parcel locker', 'พัสดุของคุณอยู่ที่ตู้ล็อกเกอร์ รหัส 551902'],
    ['a Japanese pickup password', '【佐川急便】受け取り用パスワード：551902'],
    ['an Arabic code from any cash machine', 'كود السحب من أي صراف آلي: 551902'],
    ['a Persian cash withdrawal at a cash machine', 'رمز برداشت وجه نقد از خودپرداز: 551902'],
    ['an Arabic cash withdrawal, another form', 'استخدم الكود 551902 لسحب النقدية من ماكينة الصراف'],
    ['a Vietnamese card PIN changed at a cash machine', 'Ma PIN the ATM cua quy khach la 4412. Vui long doi ma PIN tai cay ATM gan nhat.'],
    ['the same with its diacritics', 'Mã PIN thẻ của Quý khách là 4412. Vui lòng đổi PIN tại ATM.'],
    ['"reply" in Ukrainian, Latin letters', 'Vidpovidajte TAK na 5533, shchob pidtverdyty platizh. Kod ne potriben.'],
    ['a code sent "in reply", Russian', 'Отправьте код 551902 в ответ на номер 900'],
    ['a code sent "in reply", English', 'Send code 4412 in reply to 5050 to confirm.'],
    ['a code sent "in reply", Polish', 'Wyślij kod 4412 w odpowiedzi na numer 8080'],
    ['a code sent "in reply", Spanish', 'Envía el código 4412 en respuesta al 5050'],
    ['a code sent to a number, Polish', 'Wyślij kod 4412 na numer 8080'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a Portuguese OTP beside a draw, "nunca compartilhe"', 'Seu código de verificação é 551902. Participe do sorteio de Natal no app! Nunca compartilhe este código.', '551902'],
    ['a French OTP beside a draw, "ne le partagez"', 'Votre code de vérification est 551902. Tentez votre chance au tirage au sort de Noël ! Ne le partagez avec personne.', '551902'],
    ['a Spanish OTP beside a draw, "nunca lo reveles"', 'Tu código de verificación: 551902. Participa en el sorteo semanal. Nunca lo reveles a nadie.', '551902'],
    ['an Italian OTP beside a draw, "non condividere"', "Il tuo codice di verifica è 551902. Partecipa all'estrazione: hai vinto? Non condividere questo codice.", '551902'],
    ['a Retriever code split in pairs after a purpose and a service', '<#> Ваш код для входа в Госуслуги 73 14. Никому не сообщайте.\nJd8Kf2Lg5Hs', '7314'],
    ['a Retriever code split by a dash after a purpose', '<#> Your Uber code for signing in 5820-17\nJd8Kf2Lg5Hs', '582017'],
    ['a Retriever code split in pairs, Turkish', '<#> Trendyol giriş kodunuz hesabınız için 48 91\nAb3dE6gH9jK', '4891'],
    ['a Retriever code split in pairs beside an amount', '<#> Kode OTP kamu 81 27. Saldo Rp 55.120\nJd8Kf2Lg5Hs', '8127'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a warning that names the courier in another sentence', "Ніколи не повідомляйте код кур'єру. Код для входу: 551902"],
    ['a Polish courier sentence with a negation', 'Kod dla kuriera nie jest potrzebny. Twój kod logowania: 551902'],
    ['a Korean warning not to tell even the bank\'s staff', '[Web발신] 인증번호 [551902] 타인에게 절대 알려주지 마세요. 은행 직원에게도 알려주지 마세요.'],
    ['a Japanese warning not to tell the staff', '認証コード：551902 係員に伝えないでください'],
    ['a Korean inbox, no locker', '[카카오] 인증번호 551902 메시지 보관함에서 확인하세요'],
    ['an Arabic code to activate a debit ("cash machine") card', 'رمز التحقق لتفعيل بطاقة الصراف الآلي: 551902'],
    ['a Vietnamese "tại" before a service, no cash machine', 'Ma OTP dang nhap tai VCB Digibank la 551902'],
    ['"do not reply" in Russian, Latin letters', 'Kod: 551902. Ne otvechajte na eto SMS.'],
    ['a reply offered after the code', 'Ваш код 551902. Если это были не вы, ответьте НЕТ на 900.'],
    ['"do not reply to" a number', 'Your code is 551902. Do not reply to 5050.'],
    ['a Polish code sent to the user\'s number', 'Twój kod weryfikacyjny: 551902. Kod wysłano na numer 600100200.'],
  ])('what the new rules must keep: %s', (_, text) => {
    expect(code(text)).toBe('551902');
  });

  it.each([
    ['a French prize lure with a warning and no OTP word', 'Félicitations ! Vous avez gagné un iPhone. Code : 4412. Ne le partagez avec personne.'],
    ['a Spanish promotion with "nunca lo compartas"', 'Usa el código 5512 y obtén 20% de descuento. Nunca lo compartas.'],
    ['a Retriever message whose pairs no code word labels', '<#> Call 73 14 for help\nJd8Kf2Lg5Hs'],
  ])('still no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });
});

// Published parts 21 and 22 read by kind (docs/code-extraction.md, "Twenty-second round"): each case
// in the "no code" and "a code" tables was written in another language or form than the parts' lines,
// and each fails on main before the round (1a1a482); the guards read right there and must stay so.
describe('twenty-second round: the wrong codes and misses of parts 21 and 22', () => {
  it.each([
    ['at the hand-over, Russian', 'Ваш заказ прибыл в пункт. Покажите код 551902 при получении заказа.'],
    ['at the hand-over, Spanish', 'Tu pedido llega hoy. Usa el código 551902 al momento de la entrega.'],
    ['at the hand-over, Portuguese "no momento"', 'Seu pedido chega hoje. Informe o código 551902 no momento da entrega.'],
    ['at the hand-over, German', 'Ihr Paket kommt heute. Bitte nennen Sie den Code 551902 bei der Zustellung.'],
    ['at the hand-over, French', "Votre colis arrive aujourd'hui. Code 551902 à présenter à la livraison."],
    ['at the hand-over, Indonesian', 'Paket Anda tiba hari ini. Tunjukkan kode 551902 saat pengambilan.'],
    ['at the hand-over, Turkish', 'Siparişiniz bugün geliyor. Teslimat sırasında 551902 kodunu kullanın.'],
    ['at the hand-over, Chinese', '您的包裹已到站，取件时请出示验证码551902。'],
    ['at the hand-over, Japanese', 'お荷物は本日お届け予定です。受け取り時に確認コード551902をお伝えください。'],
    ['at the hand-over, Korean', '주문하신 상품이 오늘 도착합니다. 수령 시 인증번호 551902를 알려주세요.'],
    ['at the time of collection', 'Your grocery box arrives at 6pm. Show code 4412 at the time of collection.'],
    ['shared in a delivery, Spanish', 'Tu paquete está en reparto. Comparte el código 551902 con el repartidor.'],
    ['shared in a delivery, Indonesian', 'Kurir sedang menuju alamat Anda. Berikan kode OTP 551902 untuk menyelesaikan pengiriman.'],
    ['shared in a delivery, Turkish verb last', 'Teslimatı tamamlamak için 551902 kodunu paylaşın.'],
    ['shared in a delivery, Russian', 'Для завершения доставки сообщите код 551902.'],
    ['a number labelled "nombor", Malay', 'Pengesahan WhatsApp, nombor: 601234'],
    ['a date labelled "tarihi", Turkish', 'Doğrulama tarihi 011226'],
    ['a date labelled "Datum", German', 'Verifizierung erfolgt, Datum: 011226'],
    ['a year after "pour"', 'Votre code fiscal pour 2026'],
    ['a year after "tahun"', 'Kode pajak Anda untuk tahun 2026'],
    ['a year after "für"', 'Ihr Kundencode für 2026 wurde verlängert.'],
    ['a year after "para"', 'Tu código de socio para 2026 ya está activo.'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['an upper-case code after "est"', 'Votre code est QGFDAE.', 'QGFDAE'],
    ['an upper-case code after "lautet"', 'Ihr Code lautet KXMPRT', 'KXMPRT'],
    ['an upper-case code after Polish "to"', 'Twój kod to HBXQWE', 'HBXQWE'],
    ['an upper-case code after "é"', 'Seu código é WQRTZP.', 'WQRTZP'],
    ['an upper-case code after a short phrase and "adalah"', 'Kode Anda adalah PLMQRT', 'PLMQRT'],
    ['an upper-case code, then its lifetime', 'Your login code is TQWPZX. It expires in 10 minutes.', 'TQWPZX'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a delivery app login code with a warning', 'Your delivery app login code is 551902. Do not share it with anyone, including delivery agents.', '551902'],
    ['a code to sign in and track a delivery', 'Use code 551902 to sign in and track your delivery.', '551902'],
    ['a warning, then a delivery app', 'Никому не сообщайте код 551902. Он нужен для входа в приложение доставки.', '551902'],
    ['a cash-on-delivery order confirmed on the site', 'Your OTP to confirm your Cash on Delivery order is 551902.', '551902'],
    ['a courier app login with a warning', 'Kode OTP 551902 untuk masuk ke aplikasi kurir. Jangan berikan kode ini kepada siapa pun.', '551902'],
    ['"at pickup" in a sentence without a code', 'Please enter 551902 to verify your number. Pay at pickup available.', '551902'],
    ['a warning naming the courier', 'Tu código de verificación es 551902. No lo compartas con nadie, tampoco con el repartidor.', '551902'],
    ['a warning naming the time of delivery', 'Your Amazon login OTP is 551902. Never share it, not even at the time of delivery.', '551902'],
    ['a Turkish warning naming the courier', 'Kodunuz 551902. Kimseyle paylaşmayın, kargo görevlisi dahil.', '551902'],
    ['a date after the code', 'Kode verifikasi: 551902. Tanggal 01/12/2026.', '551902'],
    ['"fecha" beside the code', 'Tu código de verificación es 551902 (fecha 01/12/2026)', '551902'],
    ['"дата" beside the code', 'Код подтверждения 551902, дата операции 01.12.2026', '551902'],
    ['"ngày" beside the code', 'Mã OTP của bạn là 551902, có hiệu lực đến ngày 01/12/2026.', '551902'],
    ['"Numéro" of an order after the code', 'Votre code de vérification : 551902. Numéro de commande 4412.', '551902'],
    ['English "number" still labels a code', 'Your verification number: 601234', '601234'],
    ['"número" right after a code word', 'Código número 551902', '551902'],
    ['"numéro" right after a code word', 'Votre code numéro 551902', '551902'],
    ['a warning with "nobody" beside a delivery', 'Share your code 551902 with nobody. Delivery updates follow.', '551902'],
    ['a warning with "nadie" beside a delivery', 'Comparte tu código 551902 con nadie más. Entrega hoy.', '551902'],
    ['a year-like code after a copula', 'Your code for Acme is 2026.', '2026'],
    ['a year-like code to use', 'Use 2019 to sign in.', '2019'],
    ['a year-like code after a colon', 'Kode OTP untuk login: 2024', '2024'],
    ['a year-like code after Polish "to"', 'Twój kod to 2025', '2025'],
    ['a year-like code after "para entrar es"', 'Tu código para entrar es 2031', '2031'],
  ])('what the new rules must keep: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a state after the copula', 'Your code is EXPIRED.'],
    ['another state', 'Your code is ACTIVE.'],
    ['a word that goes on', 'Your code is VALID for 10 minutes'],
    ['a promo code after the copula', 'Your promo code is SUMMER.'],
    ['an upper-case name in mid-sentence', 'Your code is ABCD for Acme'],
    ['a date after "fecha" (no code before either)', 'Verificación de cuenta, fecha 011226'],
    ['a voucher valid since a year', 'Voucher code valid since 2019.'],
  ])('still no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });
});

// Blind kinds set 9 read by kind (docs/code-extraction.md, "Twenty-third round"): each case in the
// tables "no code" and "a code" was written for the kind in another language or form than the set's
// lines, and each fails on main before the round (bd8d5f0); the guards read right there and must stay so.
describe('twenty-third round: the wrong codes and misses of blind kinds set 9', () => {
  it.each([
    ['a Kazakh prize in Cyrillic letters', 'Сізге жүлде берілді. Жүлде коды: 551902'],
    ['a Kazakh winner and prize in Latin letters', 'Zhenimpaz atandynyz! Zhulde kody: 551902'],
    ['an Uzbek winner and prize', "Siz g'olib bo'ldingiz! Sovrin kodi: 551902"],
    ['a Hindi winner and prize', 'आप विजेता हैं! आपका पुरस्कार कोड: 551902'],
    ['an Urdu prize', 'آپ نے انعام جیت لیا ہے۔ کوڈ: 551902'],
    ['a Bengali lottery winner', 'আপনি লটারি বিজয়ী! কোড 551902 দিয়ে দাবি করুন'],
    ['a Persian card PIN', 'رمز کارت شما: 4412. کارت 6037****5512 بانک ملت'],
    ['a Persian first PIN, another order', 'رمز اول کارت 6037****5512 شما 4412 است'],
    ['a Kazakh pickup code in Latin letters', 'Tapsyrys dain. Alu kody: 4412'],
    ['an Uzbek pickup code', 'Buyurtmangiz tayyor. Olish kodi: 4412'],
    ['a Kyrgyz pickup code', 'Заказыңыз даяр. Алуу коду: 4412'],
    ['a Thai parcel receipt confirmed', 'รหัสยืนยันการรับพัสดุ 4412 ใช้เมื่อได้รับของ'],
    ['a Thai code shown to the driver', 'คนขับกำลังมา แสดงรหัส 4412 ให้คนขับเมื่อขึ้นรถ'],
    ['a Thai code told to the driver', 'รหัส 4412 บอกคนขับก่อนเริ่มเดินทาง'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a Persian code before its password word', 'a7k2p9 رمز یکبار مصرف شماست', 'a7k2p9'],
    ['a Kazakh Retriever code before its password word', '<#> 48 2913 бір реттік құпия сөзіңіз', '482913'],
    ['an Azerbaijani code before its password word', 'q7w2e9 şifrənizdir. Heç kimə deməyin.', 'q7w2e9'],
    ['a Kazakh password in Latin letters, no "y"', 'Qupia soz (2): 551902', '551902'],
    ['the same with its ending', 'Kupia soziniz: 4412. Eshkimge aitpanyz.', '4412'],
    ['"OTP" in Gujarati letters', 'તમારો ઓટીપી: k5t9am', 'k5t9am'],
    ['"OTP" in Tamil letters', 'உங்கள் ஓடிபி: k5t9am', 'k5t9am'],
    ['"OTP" in Telugu letters', 'మీ ఓటీపీ: a7k2p9', 'a7k2p9'],
    ['"OTP" in Urdu letters', 'آپ کا او ٹی پی: a7k2p9', 'a7k2p9'],
    ['a Polish one-time PIN beside a card', 'Twój jednorazowy PIN 551902 do płatności 49,00 PLN kartą **6612.', '551902'],
    ['a German one-time PIN with a colon', 'Einmal-PIN: 551902 für Ihre Zahlung mit der Kreditkarte', '551902'],
    ['an emoji before a French code and its copula', '✅ k3jd8s est votre code Acme. Ne le partagez pas.', 'k3jd8s'],
    ['an emoji before a Spanish code and its copula', '📲 a7k2p9 es tu código de Acme', 'a7k2p9'],
    ['an emoji before a code with an opt-out tail', '🔑 551902 is your Lyft code. Never share it. Reply STOP to 89203 to opt out of texts.', '551902'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a Persian dynamic second PIN beside a card', 'رمز دوم پویا: 551902\nکارت 6037****1284\nبانک ملی'],
    ['a Kazakh login code', 'Кіру коды: 551902. Ешкімге айтпаңыз.'],
    ['a Hindi OTP with a warning', 'आपका ओटीपी 551902 है। इसे किसी के साथ साझा न करें।'],
    ['a Thai warning not to tell the driver', 'ห้ามบอกรหัสนี้กับคนขับ รหัส OTP ของคุณคือ 551902'],
    ['a code word written with a digit, then an OTP label', 'c0de otp kamu utk ShopX adalah 551902. berlaku 5 menit.'],
    ['a mixed reference before an OTP label', 'A7K2P9 OTP: 551902'],
    ['an Urdu OTP after an Eid greeting', 'عید مبارک ہو! آپ کا او ٹی پی 551902 ہے۔ کسی کو نہ بتائیں۔'],
  ])('what the new rules must keep: %s', (_, text) => {
    expect(code(text)).toBe('551902');
  });

  it.each([
    ['a PIN for a card with "einmal" ("once") elsewhere', 'Wir senden es nur einmal: Ihre PIN für die Karte **4471 lautet 2291'],
    ['an emoji before a parcel code', '📦 551902 is your parcel code. Reply STOP to 89203 to opt out.'],
  ])('still no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });
});

// Blind kinds set 10 read by kind (docs/code-extraction.md, "Twenty-fifth round"): each case in the
// tables "no code" and "a code" was written for the kind in another language or form than the set's
// lines, and each fails on main before the round (75aa9dd); the guards read right there and must stay so.
describe('twenty-fifth round: the wrong codes and misses of blind kinds set 10', () => {
  it.each([
    ['a Spanish courier after "a" and a possessive', 'Tu pedido llegó al punto. Entrega el código 4412 a tu repartidor.'],
    ['an Italian courier', 'Il tuo ordine è in arrivo. Comunica il codice 4412 al tuo corriere.'],
    ['a cardless withdrawal in Polish', 'Wypłata bez karty: kod 551902 ważny 10 min.'],
    ['a cash withdrawal in transliterated Russian', 'Snyatiye nalichnykh: vash kod 551902'],
    ['a code "for the cash machine" in transliterated Russian', 'Kod dlya bankomata: 4412. Deistvuet 15 min.'],
    ['a code "for the cash machine" in Cyrillic', 'Код для банкомата: 551902, действует 30 минут'],
    ['a promotion to win, transliterated Russian', 'Otpravte kod 4412 i vyigraite 1000 rubley'],
    ['a promotion code to win, transliterated Russian', "Kod akcii 4412: vyigrat' iPhone mozhno do 31.12"],
    ['a Russian product code', 'Код продукта: 4412. Добавлен в корзину.'],
    ['a Spanish product key', 'Clave de producto: 4412'],
    ['a French product code', 'Code produit 4412 : en stock'],
    ['an Indonesian card ending', 'Kartu debit berakhiran 4412 telah dikirim. Kode aktivasi akan dikirim terpisah.'],
    ['a Portuguese card ending', 'Cartão com final 4412: código de segurança enviado por carta.'],
    ['an English offer code', 'Your Offer Code: 4412. Dial *544# to redeem.'],
    ['a Spanish offer code', 'Oferta: usa el código de oferta 4412 en tu próxima recarga'],
    ['a French offer code', 'Utilisez le code offre 4412 en magasin avant dimanche.'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a warning that names the courier', 'Nunca des el código 551902 a tu repartidor. Es para iniciar sesión.'],
    ['"a tu" before no courier', 'Tu código de acceso es 551902. Úsalo a tu ritmo.'],
    ['a transliterated login code with a warning', 'Kod dlya vhoda: 551902. Nikomu ne soobshchaite.'],
    ['a transliterated confirmation beside a card', 'Vash kod podtverzhdeniya: 551902. Platezh kartoy *1234.'],
    ['a password beside a prize to win', 'Ваш пароль: 551902. Выиграйте приз в нашей акции! Никому не сообщайте пароль.'],
    ['a verification code beside an offer', 'Código de verificación: 551902. Oferta válida hoy. No lo compartas.'],
    ['a Russian key to sign in', 'Ваш ключ для входа: 551902'],
    ['a Malay TAC after a card ending', 'Kad anda berakhir 4412. Kod TAC: 551902. Jangan kongsi.'],
    ['a Portuguese code before a card ending', 'Código de acesso 551902 para o cartão com final 4412. Não compartilhe.'],
  ])('what the new rules must keep: %s', (_, text) => {
    expect(code(text)).toBe('551902');
  });

  it.each([
    ['a Swahili code after the copula "ni"', 'Msimbo wako wa Vodacom ni a9k3m7. Usimpe mtu yeyote.', 'a9k3m7'],
    ['a Swahili Retriever code split by a dash', '<#> Namba yako ya uthibitisho ya Tigo Pesa ni 482-913. Usimpe mtu.', '482913'],
    ['a Swahili code split by a space', 'Nambari ya uthibitisho ya Halotel ni 482 913', '482913'],
    ['a label of 28 characters before "is"', 'Your sign-in code for the Airtel Money app is a9k3m7', 'a9k3m7'],
    ['a Spanish label of 39 characters before "es"', 'Tu código para iniciar sesión en Mercado Pago es a9k3m7', 'a9k3m7'],
    ['a Portuguese label before "é"', 'Seu código para entrar na sua conta do Nubank é a9k3m7', 'a9k3m7'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a Swahili balance after "ni"', 'Salio yako ni 4412.00 TSh. Asante.'],
    ['a Swahili date after "ni"', 'Tarehe ya mwisho ni 4412'],
    ['Spanish "ni" ("nor") before a number', 'No tienes ni 4412 puntos ni un código de regalo.'],
  ])('still no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it('reads an OTP for a card named by its Indonesian ending', () => {
    const text = 'Kode OTP untuk kartu berakhiran 4412 adalah 551902. Jangan berikan kepada siapapun.';
    expect(code(text)).toBe('551902');
  });
});

// Blind kinds set 12 read by kind (docs/code-extraction.md, "Twenty-fourth round"): each case in the
// first tables was written for a kind in another language or form than the set's lines, and each
// fails on main before the round (55d7bd5, and dc35a16 after the twenty-second and twenty-third
// rounds); the guards read right there and must stay so.
describe('twenty-fourth round: the wrong codes and misses of blind kinds set 12', () => {
  it.each([
    ['a Chinese warning with the negation before the object', '【京东】您的验证码为551902，请不要把验证码告诉配送员。', '551902'],
    ['a Portuguese "não" before the courier', 'Código de verificação: 551902. Você não deve passar o código ao entregador.', '551902'],
    ['a German warning beside a parcel on its way', 'Ihr Paket ist unterwegs. Ihr Anmeldecode: 551902. Bitte geben Sie den Code niemals weiter.', '551902'],
    ['a Polish warning beside an order on its way', 'Zamówienie 4412 jest w drodze. Kod logowania: 551902. Nie przekazuj go nikomu.', '551902'],
    ['an English warning beside a parcel out for delivery', 'Your parcel is out for delivery. Login code 551902. Do not share it with anyone.', '551902'],
    ['a code word and "for signing in" before a letter code, Polish', 'Kod do logowania x7p2kq. Nie udostępniaj go.', 'x7p2kq'],
    ['the same in French', 'Code de connexion k3jd8s. Ne le partagez pas.', 'k3jd8s'],
    ['the same in German', 'Dein Code zur Anmeldung p8x2kd', 'p8x2kd'],
    ['the same in Indonesian', 'Kode untuk login h7t2pm, jangan berikan ke siapa pun.', 'h7t2pm'],
    ['a cash withdrawal denied, Indonesian', 'Kode OTP Anda 551902. BCA tidak pernah meminta OTP untuk tarik tunai.', '551902'],
    ['a cash withdrawal denied, English', 'Your OTP is 551902 for app login, not for cash withdrawal at an ATM.', '551902'],
    ['a cash machine denied, Japanese', '認証コード：551902\nATMでのご利用ではありません。', '551902'],
    ['a locker\'s app, Japanese', '【楽天】ロッカーアプリのログイン認証コード：551902', '551902'],
    ['a pickup point beside a warned login code', 'Ваш код для входа 551902. Заказ ждёт вас в пункте выдачи. Никому не сообщайте код.', '551902'],
    ['a code for receiving bonuses in an app, Ukrainian', 'Код для отримання бонусів у застосунку: 551902. Нікому не повідомляйте.', '551902'],
    ['a request to confirm a sign-in, then a colon, Polish', 'Potwierdź logowanie w aplikacji: 4412. Infolinia 800', '4412'],
    ['the same in Ukrainian', 'Підтвердіть вхід у Приват24: 4412. Довідка 3700', '4412'],
    ['the same in Latin Russian', 'Podtverdite vhod v prilozhenie: 4412. Spravka 900', '4412'],
    ['an abbreviated code word, Italian', 'Cod. di sicurezza 551902 per la carta 3320.', '551902'],
    ['an abbreviated code word, Spanish', 'Cód. de seguridad 551902 para la tarjeta 3320.', '551902'],
    ['a sign-in in progress beside a prize draw, English', 'Your verification code is 551902. You are signing in to Acme. Join our prize draw tonight!', '551902'],
    ['a sign-in in progress beside a prize draw, Russian', 'Код подтверждения: 551902. Вы входите в аккаунт. Розыгрыш призов в пятницу!', '551902'],
    ['a prize named in a question, a scam warning, Spanish', 'Tu código de verificación es 551902. ¿Ganaste un premio? Es una estafa.', '551902'],
    ['a prize named in a question, a scam warning, Russian', 'Код для входа: 551902. Выиграли приз? Это мошенники, не отвечайте.', '551902'],
    ['"رمز التحقق" after an operation, a date and a card, Arabic', 'مصرف الإنماء: عملية رقم 918 بتاريخ 02/12/2026 مبلغ 75 ر.س على بطاقة **1234. رمز التحقق: 4471', '4471'],
    ['"رمز تحقق" after a transaction, a date and a card, Persian', 'بانک سامان 1405/09/12 ساعت 09:40 شماره تراکنش 215 خرید 120000 ریال کارت **4410 رمز تحقق: 7315', '7315'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a Korean pickup password written as one word', '[세븐일레븐] 수령비밀번호 4412 입력 후 물품을 찾으세요'],
    ['a pickup code in Latin Russian', 'Ozon: kod polucheniya 551902. Zakaz zhdet v punkte vydachi.'],
    ['a hand-out code in Latin Russian', 'Kod dlya vydachi 4412. Pokazhite ego v punkte.'],
    ['a code shown on receiving the parcel, Portuguese', 'Seu entregador está a caminho. Mostre o código 4412 ao receber a encomenda.'],
    ['a code shown on delivery, English', 'Your driver is nearby. Show the code 4412 on delivery.'],
    ['a code told on receiving the parcel, Indonesian', 'Kurir sedang menuju lokasi. Sebutkan kode 4412 saat menerima paket.'],
    ['the driver told the PIN, no article before it', 'Your Bolt driver is here. Tell the driver PIN 4412 before you get in.'],
    ['a Korean payment completed, glued, with its approval number', '[Web발신]\n[카카오페이] 12,000원 결제완료\n승인번호 55120931'],
    ['a reissued card\'s "PIN code" with a warning', 'Your card ending 4410 has been reissued. PIN code: 8764. Do not share it.'],
    ['a card sent with its "PIN-Code", German', 'Ihre neue Karte **** 7312 wurde versandt. Ihr PIN-Code: 8764'],
    ['an order number with a letter prefix after "#", Portuguese', 'Seu pedido #BR-551902 foi enviado.'],
    ['the same in English', 'Order #KX-58201 has been shipped. Tracking: 1Z999AA1'],
    ['a transfer confirmed by a reply, its operation code, Ukrainian', 'Надішліть 1 на номер 10060, щоб підтвердити переказ. Код операції 4412.'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a login code beside a pickup point in Latin Russian', 'Kod dlya vhoda 551902. Zakaz v punkte vydachi.', '551902'],
    ['a warning not to tell the code on delivery', 'Do not tell the code 551902 on delivery to anyone. It is your sign-in code.', '551902'],
    ['a code to enter when a call comes', 'Enter the code 551902 when you receive the call.', '551902'],
    ['a reply offered to cancel, not to confirm', 'Your code is 551902. If this was not you, reply NO to 5050.', '551902'],
    ['a request to confirm after the code, no reply', 'Kod: 551902. Potwierdź płatność w aplikacji.', '551902'],
    ['a letter prefix after a code word', 'Your verification code is G-551902', '551902'],
    ['a Korean code to enter for a payment', '[Web발신] 인증번호 [551902] 결제를 위해 입력하세요', '551902'],
    ['an app\'s PIN code, no card', 'Ваш PIN-код для входа в приложение: 551902', '551902'],
  ])('what the new rules must keep: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a code for an order, no sign-in', 'Code for order a7k2p9 has shipped'],
    ['the same in Latin Russian', 'Kod dlya zakaza a7k2p9'],
    ['a parcel on its way, the code for the courier', 'Your parcel is on its way. Give this code to the courier: 4412'],
    ['an order on its way, a bare code', 'Ваш заказ в пути. Код: 4412'],
    ['a delivery PIN with a warning about when to share it', 'Your order is on its way. Delivery PIN 4412. Do not share it until the courier arrives.'],
    ['a cash machine code after a warning in the same sentence', 'Никому не сообщайте этот код, введите его в банкомате: 4412'],
    ['a warning, then the cash machine, in one sentence', 'Never share this code, use it at the ATM: 4412'],
    ['a pickup point and a bare code', 'Заказ ждёт в пункте выдачи. Код: 4412'],
    ['a code for receiving a transfer at a till', 'Код для получения перевода: 4412. Назовите его кассиру.'],
    ['a relay point and a bare code', 'Votre colis est au point relais. Code : 4412'],
    ['a prize announced, a question after it', 'Congratulations! You have won an iPhone. Want to claim it? Code: 4412'],
    ['the same in Russian', 'Вы выиграли приз! Хотите получить? Код: 4412'],
    ['a prize being claimed, no sign-in, Chinese', '恭喜您中奖！验证码：551902，您正在领取奖品。'],
    ['"check your balance" in Arabic beside a number to call', 'تحقق من رصيدك عبر الاتصال بالرقم 1555 مجانا'],
  ])('still no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });
});

describe('twenty-sixth round: the wrong codes and misses of blind kinds set 13', () => {
  it.each([
    ['a pickup code in transliterated Russian', 'Ozon: zakaz gotov k vydache. Kod dlya polucheniya: 4412. Khranenie 5 dney'],
    ['a hand-out code in transliterated Russian', 'Wildberries: tovar v punkte. Kod vydachi 5519, pokazhite ego sotrudniku'],
    ['a pickup code in transliterated Ukrainian', 'Rozetka: Vashe zamovlennia chekaie. Kod otrymannia: 6620'],
    ['a Russian card PIN-код', 'Ваша карта *1234 готова к выдаче. PIN-код: 4412. Никому не сообщайте его'],
    ['an Uzbek card PIN-kod in Latin letters', 'Kartangiz *5521 tayyor. PIN-kod: 4412'],
    ['an English card PIN code', 'Your new card ending 5521 has been dispatched. PIN code: 4412'],
    ['a ride PIN shared with a Spanish driver', 'Comparte este PIN con tu conductor para iniciar el viaje: 4821'],
    ['a code shared with a French driver', 'Partagez ce code avec votre chauffeur : 4821'],
    ['a code shared with a German driver', 'Teilen Sie den Code 4821 mit Ihrem Fahrer, um die Fahrt zu starten.'],
    ['a PIN shared with an Indonesian driver', 'Bagikan PIN 4821 dengan pengemudi Anda sebelum perjalanan dimulai.'],
    ['a ride PIN told to a Russian driver', 'Ваш PIN поездки 4821. Сообщите его водителю.'],
    ['a Korean approval after the amount', '[KB국민카드] 홍*동님 12/01 10:20 일시불 45,000원 승인 스타벅스 승인번호 77120931'],
    ['a Korean debit approval', '[신한카드] 체크승인 12,000원 12/01 09:12 GS25 승인번호 30419822'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a gateway reference after an English code', '551902 is your OTP to sign in to ACME Bank (Ref: KQ7P). Valid 5 minutes.', '551902'],
    ['a Chinese reference', '551902 是您的登录验证码（参考：X7K2），5分钟内有效', '551902'],
    ['a lower-case code in groups of four and three', 'Your login code: x7k2-p9q. It expires in 10 minutes.', 'x7k2p9q'],
    ['a Polish code in groups of three and four', 'Kod logowania: k3d-8s2m. Nie podawaj go nikomu.', 'k3d8s2m'],
    ['a Spanish code in groups of three and four', 'Tu código de acceso: 9fk-2m7q', '9fk2m7q'],
    ['an Indonesian OTP in a bonus message, a passive warning',
      'Selamat! Kamu dapat bonus kuota 5GB. Kode OTP kamu 551902, jangan diberikan ke siapapun.', '551902'],
    ['a Malay TAC in a prize message, "jangan kongsi"',
      'Tahniah! Anda layak menerima hadiah. TAC anda 551902. Jangan kongsi TAC ini.', '551902'],
    ['an Arabic password after a card ending with no "ب"',
      'كلمة المرور لمرة واحدة لعملية بقيمة 120 ريال بالبطاقة المنتهية 7788 هي 551902', '551902'],
    ['an Arabic code after a card ending and a colon', 'رمز التحقق لعملية الدفع بالبطاقة المنتهية 7788: 551902', '551902'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a transliterated login code', 'Kod dlya vhoda v Ozon: 551902. Nikomu ne soobshchayte', '551902'],
    ['a transliterated confirmation beside a card', 'Kod podtverzhdeniya: 551902. Karta *5521', '551902'],
    ['a warning not to share with the driver', 'Never share this code with your driver: 551902. Uber', '551902'],
    ['"not even your driver"', "Your Uber code: 551902. Don't share it with anyone, not even your driver.", '551902'],
    ['a driver account', 'Log in with your driver account: code 551902', '551902'],
    ['a Korean approval request', '[삼성카드] 해외승인 요청 인증번호 551902 를 입력하세요', '551902'],
    ['a Vietnamese reference after the code', 'Mã OTP: 551902 (Ref: TX9K) de xac thuc giao dich', '551902'],
    ['a reference number after a mixed code', 'Kode OTP: K7Q2P9 (Ref: 8812)', 'K7Q2P9'],
    ['a driver ID to sign in with', 'Log in with your driver ID. Your code: 551902', '551902'],
    ['a driver profile', 'Sign in with your Driver profile using code 551902', '551902'],
    ['a Korean overseas approval request', '[현대카드] 해외승인 요청: 본인확인 인증번호 551902 를 입력해 주세요', '551902'],
    ['an Arabic code before a card ending', 'رمز التحقق 551902 صالح للبطاقة المنتهية 4417', '551902'],
    ['a transliterated confirmation "for receiving" a transfer', 'Kod podtverzhdeniya dlya polucheniya perevoda: 551902', '551902'],
    ['an app PIN-код with its purpose after it, beside a card', 'Ваш PIN-код: 4412 для входа в приложение. Карта *1234', '4412'],
    ['an Indonesian passive warning before the code', 'Jangan dibagikan! Kode verifikasi Tokopedia: 551902', '551902'],
    ['a reference number after the code', 'OTP: 551902. Ref No: 88412 (5 min)', '551902'],
  ])('what the new rules must keep: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['an order in lower-case groups', 'Your order wx3-k2p9 has shipped.'],
    ['a prize whose code only "kode" labels, a passive warning', 'Selamat! Anda menang hadiah mobil. Kode 551902, jangan dibagikan.'],
  ])('still no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });
});

// Blind kinds set 14 read by kind (docs/code-extraction.md, "Twenty-seventh round"): each case in
// the table "no code" was written for the kind in another language or form than the set's lines, and
// each fails on main before the round (24d52f8); the guards read right there and must stay so.
describe('twenty-seventh round: the wrong codes and misses of blind kinds set 14', () => {
  it.each([
    ['a Czech prize', 'Blahopřejeme! Vyhráli jste. Kód výhry: 4412'],
    ['a Danish prize code', 'Tillykke! Din præmiekode: 551902'],
    ['a Finnish prize code', 'Onnittelut! Palkintokoodi 4412'],
    ['a Norwegian prize', 'Gratulerer! Du har en premie. Kode: 4412'],
    ['a Georgian prize', 'გილოცავთ! პრიზის კოდი: 4412'],
    ['a Hebrew prize', 'מזל טוב! זכית בפרס. קוד: 4412'],
    ['a Lithuanian prize code', 'Sveikiname! Prizo kodas: 4412'],
    ['a Croatian prize code', 'Čestitamo! Nagradni kod: 4412'],
    ['a Greek win', 'Συγχαρητήρια! Κερδίσατε. Κωδικός: 4412'],
    ['a Filipino congratulation', 'Binabati ka namin! Ang code mo: 4412'],
    ['a parcel by its postal tracking number, Czech', 'Balík DR1234567CZ čeká na výdejním místě. Kód: 4412'],
    ['a Hungarian parcel in a locker', 'Csomagja a csomagautomatában vár. Kód: 4412'],
    ['a Dutch parcel at a pickup point', 'Je pakket ligt klaar bij het afhaalpunt. Code: 4412'],
    ['a Swedish parcel at an agent', 'Paketet finns hos ombudet. Kod: 4412'],
    ['a Georgian parcel', 'ამანათი გელოდებათ. კოდი: 4412'],
    ['an Azerbaijani parcel', 'Bağlamanız poçt şöbəsindədir. Kod: 4412'],
    ['an English deal code', 'Use deal code SPRING15 at checkout'],
    ['a Hungarian coupon code', 'Kuponkód: TAVASZ10'],
    ['a Dutch discount code', 'Je kortingscode: ZOMER25'],
    ['a Czech discount code', 'Slevový kód: JARO15'],
    ['a Georgian card PIN to change at a cash machine', 'ბარათის PIN: 4412. შეცვალეთ ბანკომატში.'],
    ['a Hebrew cash machine code', 'קוד למשיכה בכספומט: 4412'],
    ['a Dutch cash machine code', 'Code voor de geldautomaat: 4412'],
    ['a Hungarian cash machine, its case ending glued on', 'Kód: 4412. Használja ATM-nél.'],
    ['a Swedish prize code with a warning', 'Grattis! Din vinstkod: 427626. Dela den inte med någon.'],
    ['a Hungarian prize code with a warning', 'Gratulálunk! Nyereménykód: 199992. Ne add meg senkinek.'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a sign-in code a courier names as one', 'Zásilkovna: Váš ověřovací kód je 551902', '551902'],
    ['a tracking number beside a sign-in code for the app', 'Balík DR1234567CZ: přihlášení do aplikace kódem 551902', '551902'],
    ['a verification code for tracking a parcel, Turkish', 'Kargo takibi için doğrulama kodunuz: 551902', '551902'],
    ['a Romanian verification code for a parcel', 'Cod de verificare pentru colet: 551902', '551902'],
    ['a Hungarian sign-in code in a parcel message', 'Csomag: a belépési kód 551902', '551902'],
    ['"Premium" is no prize', 'Premium: your code is 551902', '551902'],
    ['"deal" elsewhere than before the code word', 'Your login code 551902. Deal with it within 5 minutes.', '551902'],
    ['a cash machine named in a warning', 'Kod weryfikacyjny 551902. Nie udostępniaj go przy bankomacie.', '551902'],
    ['"OTP" in a warning after the code', 'Your OTP is 551902. OTP Bank will never ask for it.', '551902'],
    ['"OTP-Bank" beside an OTP word', 'OTP-Bank: your OTP 551902', '551902'],
    ['a Korean object particle after a card amount', '1234원을 입금해 주세요', null],
    ['a Korean order number to check', '주문번호 1234를 확인하세요', null],
    ['a Retriever code after a phone number cut in three', '<#> Call 800-555-12 for help. Your code is 482913', '482913'],
    ['three short groups of an order', '<#> Ваш код: 482913. Заказ 12-34-567', '482913'],
  ])('what the new rules must keep: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['"OTP Bank" as the sender before a card and a time', 'OTP Bank: 4471 sz. kártya, 12.01 09:15. Kód: 551902', '551902'],
    ['a Georgian one-time password', 'თიბისი: ერთჯერადი პაროლი 551902', '551902'],
    ['a Georgian password after a colon', 'TBC: თქვენი პაროლი: 551902', '551902'],
    ['an Armenian password with its copula', 'Ձեր գաղտնաբառն է 551902', '551902'],
    ['an Armenian one-time password', 'Ինեկոբանկ: միանգամյա գաղտնաբառ 551902', '551902'],
    ['a Korean object particle before "enter", spaced', '본인확인을 위해 4829 를 입력하세요', '4829'],
    ['a Retriever code in three groups, French', '<#> 58-20-19 est votre code Careem', '582019'],
    ['a Retriever code in groups of three and two, Spanish', '<#> Tu código de Uber es 582-01-93', '5820193'],
    ['a Retriever code in three groups after a colon', '<#> Kodunuz: 48-29-13 FA+9qLmp2xT', '482913'],
    ['a Swedish verification code after "congratulations", warned', 'Grattis! Din verifieringskod: 551902. Dela den inte med någon.', '551902'],
    ['a Dutch one', 'Gefeliciteerd met je nieuwe account. Je verificatiecode is 551902. Deel deze code niet.', '551902'],
    ['a Hungarian one', 'Gratulálunk! Az ellenőrző kód: 551902. Ne add meg senkinek.', '551902'],
    ['a Romanian one', 'Felicitari! Codul de verificare: 551902. Nu il comunicati nimanui.', '551902'],
    ['a Greek one', 'Συγχαρητήρια! Κωδικός επαλήθευσης: 551902. Μην τον δώσετε σε κανέναν.', '551902'],
    ['a Finnish one', 'Onnittelut! Vahvistuskoodi: 551902. Älä jaa sitä.', '551902'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });
});

describe('twenty-eighth round: the wrong codes and misses of blind kinds set 15', () => {
  it.each([
    ['a Swahili prize', 'Hongera! Umeshinda zawadi ya TSh 100,000. Msimbo: 4412'],
    ['a Hausa prize', 'Taya murna! Kun lashe kyauta. Code: 4412'],
    ['an Amharic prize', 'እንኳን ደስ አለዎት! ሽልማት አሸንፈዋል። ኮድ: 4412'],
    ['a Tamil prize', 'வாழ்த்துக்கள்! நீங்கள் பரிசு வென்றீர்கள். குறியீடு: 4412'],
    ['a Sinhala prize', 'සුබ පැතුම්! ඔබට ත්‍යාගයක්. කේතය: 4412'],
    ['a Lao prize', 'ຂໍສະແດງຄວາມຍິນດີ! ທ່ານໄດ້ຮັບລາງວັນ. ລະຫັດ: 4412'],
    ['a Macedonian prize', 'Освоивте награда! Код: 4412'],
    ['a Mongolian prize', 'Баяр хүргэе! Та шагнал хожлоо. Код: 4412'],
    ['an Estonian prize', 'Õnnitleme! Võitsite auhinna. Kood: 4412'],
    ['a Filipino prize', 'Nanalo ka ng premyo! Code: 4412'],
    ['a Dutch discount code', 'Gebruik code LENTE20 voor 20% korting'],
    ['a Slovak discount code', 'Kód JAR15 na 15% zľavu'],
    ['a Hebrew discount code', 'קוד SALE30 ל-30% הנחה'],
    ['a Polish code for a price cut', 'Kod: 4412. Pokaż go przy kasie i zyskaj -15%'],
    ['a French code for a price cut', 'Code 4412 : -30 % sur votre prochain achat'],
    ['a Spanish virtual card with its CVV', 'Tu tarjeta virtual *4415 está lista. Clave: 4412. CVV: 123'],
    ['a Turkish card with its CVC2', 'Sanal kartınız *4415 hazır. Şifre: 4412. CVC2: 123'],
    ['a Japanese card with its security code', 'カード情報：暗証番号 4412、セキュリティコード 123'],
    ['a Korean unmanned locker', '무인 보관함 3번에 보관되었습니다. 비밀번호 4412'],
    ['a Korean locker', '사물함 12번 비밀번호: 4412'],
    ['an Arabic pickup code shown at receipt', 'رمز الاستلام: 4412، يرجى إظهاره عند الاستلام'],
    ['a Persian delivery code', 'کد تحویل سفارش: 4412'],
    ['a Hebrew code shown at the hand-over', 'הצג את הקוד 4412 בעת המסירה'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a Swahili code after "congratulations", warned', 'Hongera kwa kujiunga! Msimbo wa kuthibitisha: 482913. Usimpe mtu.', '482913'],
    ['an OTP beside a CVV named without digits', 'Your OTP for card *4415 is 482913. Never share your CVV or OTP.', '482913'],
    ['an OTP with a lifetime beside a CVV', 'Virtual card *4415: CVV 123. Your OTP 482913 is valid for 5 min', '482913'],
    ['a Chinese security code of four digits', '您的安全码：4829，5分钟内有效', '4829'],
    ['a verification code beside a price cut', 'Your verification code is 482913. Save -20% on your next order', '482913'],
    ['a Korean code beside the word for storage', '인증번호 482913을 입력해 주세요. 보관함 기능 안내', '482913'],
    ['a Persian verification code with a warning', 'کد تأیید شما: 482913. این کد را به هیچ کس ندهید.', '482913'],
    ['a Spanish security code', 'Tu código de seguridad es 482913', '482913'],
  ])('what the new rules must keep: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['an Azerbaijani one-time code in Latin letters', 'Birdefelik: k3m9x2', 'k3m9x2'],
    ['an Uzbek one-time code', 'Bir martalik: a7k2p9', 'a7k2p9'],
    ['a Turkish password spelt with "sh"', 'Shifreniz: k3m9x2. Kimseyle paylasmayin.', 'k3m9x2'],
    ['an Amharic password', 'የይለፍ ቃል: k3m9x2', 'k3m9x2'],
    ['a Swahili verification number', 'Nambari ya kuthibitisha: 4829', '4829'],
    ['a Hausa verification number', 'Lambar tabbatarwa: 4829. Kada ka ba kowa.', '4829'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });
});

describe('twenty-ninth round: the wrong codes and misses of blind kinds sets 16 and 11', () => {
  it.each([
    ['a Portuguese code valid until a day', 'Seu código 551902 é válido até 20/12. Aproveite!'],
    ['a German voucher valid until a day', 'Ihr Gutschein-Code 551902, gültig bis 15.01.'],
    ['a Polish code valid until a day', 'Kod 551902 ważny do 31.12. Zapraszamy!'],
    ['a Russian code valid until a day', 'Ваш код 551902 действует до 31.12'],
    ['a French code valid until a day', "Code 551902 valable jusqu'au 15/01"],
    ['an Indonesian code valid until a day', 'Kode ANDI50 berlaku sampai 28/02'],
    ['a Czech AlzaBox', 'Zásilka je v AlzaBoxu. PIN: 4412'],
    ['a Hungarian parcel locker', 'Csomagja a csomagautomatában várja. PIN: 4412'],
    ['a Romanian easybox', 'Coletul tău e în easybox. Cod PIN: 4412'],
    ['a Ukrainian parcel locker', 'Посилка чекає в поштоматі. PIN: 4412'],
    ['a Serbian pickup code', 'Šifra za preuzimanje: 4412'],
    ['a Greek pickup code', 'Κωδικός για παραλαβή: 4412'],
    ['a Czech pickup code', 'Kód pro vyzvednutí: 4412'],
    ['a Romanian pickup code', 'Cod pentru ridicare: 4412'],
    ['a Dutch pickup code', 'Afhaalcode: 4412'],
    ['a Finnish pickup code', 'Noutokoodi: 4412'],
    ['a Swedish pickup code', 'Hämtningskod: 4412'],
    ['a Hungarian pickup code', 'Átvételi kód: 4412'],
    ['a parcel arrived at a Korean locker', '택배가 보관함에 도착했습니다. 비밀번호 4412'],
    ["a Korean locker's password", '보관함 암호: 4412'],
    ['a Hebrew code handed to the courier', 'מסור את הקוד 4412 לשליח'],
    ['a Hebrew hand-over code', 'קוד מסירה: 4412'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a code valid until a time and a day', 'Your code 482913 is valid until 14:30 01/12', '482913'],
    ['a Russian code valid until a date and a time', 'Код 482913 действителен до 01.12.2026 19:45', '482913'],
    ['a Polish code valid until a time', 'Kod SMS: 482913. Ważny do 12:45', '482913'],
    ['a Hebrew code the courier must not get', 'קוד האימות שלך: 482913. אל תמסור אותו לשליח', '482913'],
    ["a user's login before a code", 'Login: 881234, kod: 4412', '4412'],
    ['a verification code on a locker company\'s site', 'Kod weryfikacyjny do paczkomat.pl: 482913', '482913'],
    ['a verification code with minutes', 'Your verification code is 482913. Valid for 10 minutes.', '482913'],
  ])('what the new rules must keep: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['an order on its way, no delivery code', 'Your order is on its way. Delivery code: 4412'],
    ['a Spanish delivery code, sign-in elsewhere', 'Tu pedido está en camino. Código de entrega: 4412. Inicia sesión para seguirlo.'],
    ['a delivery code to share', 'Delivery code 4412 - share it with the courier'],
  ])('what stays gated: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a Polish one-time code for a site', 'Kod jednorazowy do allegro.pl: k3x9pq', 'k3x9pq'],
    ['a Spanish code for a site', 'Tu código para mercadolibre.com.ar: k3x9pq', 'k3x9pq'],
    ['an Indonesian "login" code', 'Kode login: 4829', '4829'],
    ['a Malay verification code for login', 'Kod pengesahan login: 4829', '4829'],
    ['a Portuguese "login" code', 'Código login: 4829', '4829'],
    ['a German order on its way with a sign-in code', 'Ihre Bestellung ist unterwegs. Zum Anmelden nutzen Sie den Code 482913.', '482913'],
    ['a Turkish order on its way with a sign-in code', 'Siparişiniz yolda. Giriş için kod: 482913', '482913'],
    ['a Spanish order on its way with a sign-in code', 'Tu pedido está en camino. Para iniciar sesión usa el código 482913.', '482913'],
    ['a delivery code said to be not needed', 'Delivery code not required for this order. Sign-in code: 482913', '482913'],
    ['an Armenian password in Latin letters, after a date', 'Acba: gorcarq N 77, 02.12.2026 10:15. Miangamya gaghtnabar: 48213', '48213'],
    ['an Armenian one-time password in Latin letters', 'Ardshinbank: mekangamya gaxtnabar 48213', '48213'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });
});

describe('twenty-ninth round: the team\'s own probes of the issue\'s kinds', () => {
  it.each([
    ['a Basque prize', 'Zorionak! Saria irabazi duzu. Kodea: 4412'],
    ['a Welsh prize', 'Llongyfarchiadau! Rydych wedi ennill gwobr. Cod: 4412'],
    ['a Catalan prize', 'Felicitacions! Has guanyat un premi. Codi: 4412'],
    ['an Afrikaans prize', "Baie geluk! Jy het 'n prys gewen. Kode: 4412"],
    ['a Somali prize', 'Hambalyo! Waxaad ku guulaysatay abaalmarin. Koodh: 4412'],
    ["a Lithuanian card's PIN", 'Kortelė *4415 paruošta. PIN kodas: 4412'],
    ['a Swahili "send YES to N"', 'Tuma NDIO kwa 15544 kuthibitisha. Kumbukumbu 4412'],
    ['a Swahili discount code', 'Kodi ya ofa: OFA2026. Punguzo la 20%'],
    ['a Lithuanian parcel locker', 'Siuntinys paštomate. Atsiėmimo kodas: 4412'],
    ['an Estonian parcel locker', 'Pakk on pakiautomaadis. Avamiskood: 4412'],
    ['a Latvian parcel locker', 'Sūtījums pakomātā. Kods: 4412'],
    ['a Mongolian prize with a password', 'Баяр хүргэе! Та шагнал хожлоо. Нууц үг: 4412'],
    ['an Italian discount code with "di"', 'Codice: PRIMAVERA per il 15% di sconto'],
    ['a Czech discount code with "na"', 'Kod: JARO15, 15 % na slevu'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a Catalan sign-up with a warning', 'Felicitacions pel teu registre! El teu codi de verificació: 482913. No el comparteixis.', '482913'],
    ['Italian "premi", press', 'Premi OK e inserisci il codice 482913', '482913'],
    ['Catalan "guanya", gain', 'Guanya temps: el teu codi és 482913', '482913'],
    ['a Dutch warning with "stuur"', 'Je verificatiecode is 482913. Stuur deze code nooit naar iemand.', '482913'],
    ['a Swedish warning with "skicka"', 'Skicka aldrig koden vidare. Din kod: 482913', '482913'],
    ['a Lithuanian card operation confirmed', 'Kortelės *4415 operacijos patvirtinimo kodas: 482913', '482913'],
    ['a Dutch card with a verification code', 'Jouw pinpas kaart *4415: verificatiecode 482913, 5 minuten geldig', '482913'],
  ])('what the new rules must keep: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a Macedonian one-time password after a dated operation', 'ProCredit: трансакција бр. 7712, 01.12.2026 11:40. Еднократна лозинка: 38291', '38291'],
    ['a Serbian password in Cyrillic', 'Ваша лозинка за пријаву: 551902', '551902'],
    ['a Croatian password', 'Zaporka: p3k8dq', 'p3k8dq'],
    ['a Tajik confirmation password', 'Рамзи тасдиқ: 482913. Ба касе надиҳед.', '482913'],
    ['a Tajik second password after a dated operation', 'Маълумот: амалиёт №4471, 01.12.2026. Рамзи дуюм: 55120', '55120'],
    ['a Mongolian one-time password', 'Хаан банк: гүйлгээ №4471, 01.12.2026 10:15. Нэг удаагийн нууц үг: 55120', '55120'],
    ['a Mongolian password in Latin letters', 'Khan Bank: guilgee 4471, 01.12.2026 10:15. Neg udaagiin nuuts ug: 55120', '55120'],
    ['a Sorani Kurdish code', 'کۆدی پشتڕاستکردنەوە: 482913', '482913'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });
});

describe('session 22: one sign-in vocabulary for every rule that names signing in', () => {
  // Each word below was known to one rule's list and missing from the next one's: one class now.
  it.each([
    // "autenticação" was the parcel gate's only; the code word's purpose rule now reads it
    ['a Portuguese code word and its purpose, authentication', 'Banco Inter: código de autenticação k7m2qp. Não compartilhe com ninguém.', 'k7m2qp'],
    // "logowania" was the purpose rule's only; an app's PIN beside a card is now told from the card's
    ['a Polish PIN for signing in to the app beside a card', 'mBank: PIN do logowania w aplikacji: 4412. Karta *4417 gotowa do odbioru.', '4412'],
    // and the "for signing in:" label after a warning reads it too
    ['a Polish "for signing in:" label after a warning', 'Nikomu nie podawaj tego kodu, nawet pracownikom banku ani policji. Do logowania: 848280', '848280'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    // "acces" is a word of its own: "success" is no sign-in, and a parcel's code stays the courier's
    ['a parcel code after "Success!"', 'Success! Your parcel is on its way. Code: 4412'],
    // the nouns beyond SIGN_UP are everyday words too: read only beside a code word or a verb
    ['a parcel code beside an entrance, Ukrainian', 'Посилка чекає у відділенні, вхід з двору. Код: 4412'],
    ['a short line naming an entrance, Turkish', 'Giriş kapısı 4412'],
    ['a short line naming accessories, Spanish', 'Accesorios 4412'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });
});

describe('thirtieth round: the wrong codes and misses of blind kinds set 18', () => {
  it.each([
    ['a Ukrainian booking code', 'Код бронювання: 552190. Покажіть код на рецепції.'],
    ['a Spanish booking code', 'Código de reserva: 552190. Presente este código en la recepción.'],
    ['an English ride code', 'Your driver is 3 min away. Ride code: 4412'],
    ['a Ukrainian ride code', 'Код поїздки: 4412'],
    ['a Portuguese ride code', 'Código da viagem: 4412. Motorista a caminho.'],
    ['a Russian voucher', 'Код ваучера: TRIP4412, действует до 05.12.'],
    ['a Hebrew benefit code', 'קוד הטבה: GIFT4412 בתוקף עד 05/12'],
    ['a Hebrew order code', 'קוד הזמנה: 552190'],
    ['a Hebrew subscriber code', 'קוד מנוי: 7730195'],
    ['a Persian reservation code', 'کد رزرو شما: 552190'],
    ['an Arabic subscription code', 'كود الاشتراك: 7730195'],
    ['a Vietnamese ticket code without diacritics', 'Ma ve cua ban: VN4412, ghe 12A.'],
    ['a Vietnamese room booking without diacritics', 'Ma dat phong cua ban: 552190. Nhan phong 14:00.'],
    ['a Czech cash withdrawal code', 'Kód pro výběr hotovosti: 604128. Platný 30 min.'],
    ['an Italian cash withdrawal code', 'Codice per il prelievo di contanti: 604128'],
    ['a Ukrainian cash withdrawal code', 'Код для зняття готівки: 604128'],
    ['a Polish code for the cash machine', 'Wypłać gotówkę w bankomacie, kod: 604128'],
    ['a Spanish password already registered', 'Tu contraseña 4821 ha sido registrada. No la compartas.'],
    ['a Russian password already set', 'Ваш пароль 4821 установлен. Никому не сообщайте пароль.'],
    ['a Turkish password already created', 'Şifreniz 4821 oluşturuldu. Kimseyle paylaşmayın.'],
    ['a Portuguese password already defined', 'Senha 4821 definida com sucesso. Não compartilhe.'],
    // the round's own probes (languages the read sets cover least)
    ['a Malay discount word before its percentage', 'Gunakan kod DISKAUN20 untuk diskaun 20%.'],
    ['a Portuguese code to refer friends', 'Use o código AMIGO50 para indicar amigos e ganhe R$50.'],
    ['a Romanian discount code after "de"', 'Cod de reducere: VARA20, valabil până la 30.06.'],
    ['a Malay referral code', 'Kod rujukan anda: REF4412'],
    ['an Italian discount code', 'Codice sconto: ESTATE20'],
    ['a Romanian cash machine code', 'Kod pentru retragere de numerar de la ATM: 604128'],
    ['a Portuguese booking beside a flight', 'Código de reserva: XK4821. Voo AD4412 em 03/12.'],
    ['a Czech reservation code', 'Rezervační kód: 552190. Pokoj 14.'],
    ['a Malay booking code', 'Kod tempahan anda: 552190. Daftar masuk 14:00.'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a confirmation code for a booking', 'Ваш код подтверждения бронирования: 482913', '482913'],
    ['an OTP said to be sent', 'Your OTP 482913 has been sent. Do not share it.', '482913'],
    ['a code beside a finished withdrawal', 'Kod SMS: 482913. Wypłata gotówki zakończona.', '482913'],
    ['a Hebrew verification code', 'קוד אימות: 482913', '482913'],
    ['a Portuguese code said to be sent', 'Seu código 482913 foi enviado. Não compartilhe.', '482913'],
    ['a new password to type', 'Your new password: 482913. Change it after login.', '482913'],
    ['a confirmation code beside a confirmed booking', 'Código de verificação: 482913. Reserva 5521 confirmada.', '482913'],
    ['a Vietnamese confirmation code for a booking', 'Mã xác nhận đặt chỗ của bạn: 482913', '482913'],
    ['a prize claimed with a login code', 'Congratulations! You won a prize. Log in with code 4412 to claim your prize.', null],
    ['a parcel code for the courier', 'Your parcel is out for delivery. Give the code 4412 to the courier.', null],
    ['a discount code to log in with', 'Log in to the app with code SAVE20 and get 20% off', null],
    ['an advert\'s login code of letters', 'Promo: 50% off! Login code for the app: SAVE50', null],
    ['a pickup code beside a parcel on its way', 'Ваша посылка в пути. Код получения: 4412', null],
    ['an English booking code shown at the desk', 'Your booking code: 552190. Show this code at the front desk.', null],
    ['a Romanian verification code after "de"', 'Codul de verificare: 482913', '482913'],
    ['an Italian code beside a discount named without its percentage', 'Codice di accesso: 482913. Sconto per i clienti.', '482913'],
    ['a code to invite nobody', 'Your verification code is 482913. Invite only trusted devices.', '482913'],
    ['a Portuguese verification code beside a booking', 'Código de verificação 482913 para confirmar a reserva', '482913'],
  ])('what the new rules must keep: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a German app login code beside a parcel on its way', 'Ihr Paket ist unterwegs. Code zur Anmeldung in der App: 4412', '4412'],
    ['a Spanish app access code beside an order on its way', 'Tu pedido está en camino. Código de acceso a la app: 4412', '4412'],
    ['a Russian app login code beside a parcel', 'Ваша посылка в пути. Код для входа в приложение: 4412', '4412'],
    ['an Indonesian app login code beside an order', 'Pesanan kamu sedang dalam perjalanan. Kode masuk aplikasi: 4412', '4412'],
    ['a French app login code after "congratulations"', 'Félicitations, vous avez gagné ! Code de connexion à l\'application : 4412', '4412'],
    ['an English app sign-in code after a prize', 'Congratulations on your prize! Sign in to the app with code 4412', '4412'],
    ['a Spanish account access code beside a discount', '20% de descuento en tu próxima compra. Código de acceso a tu cuenta: 4412', '4412'],
    ['a Turkish app login code after "you won"', 'Kazandınız! Uygulamaya giriş için kodunuz: 4412', '4412'],
    ['a mixed OTP after an order\'s number', 'Your OTP for order 55120 is k3m9x2', 'k3m9x2'],
    ['a mixed code after an account\'s number', 'The code for your account 88213 is x7p2qa', 'x7p2qa'],
    ['a Polish SMS code beside a reservation\'s code', 'Kod rezerwacji: 552190. Kod SMS: 4412', '4412'],
    ['a Persian confirmation code beside a subscription\'s code', 'کد اشتراک: 7730195. کد تایید: 4412', '4412'],
    ['a Malay app login code beside an order', 'Pesanan 552190 dalam perjalanan. Kod log masuk aplikasi: 482913', '482913'],
    ['a French app login code beside a parcel', 'Votre colis 4412 est en route. Code de connexion à l\'app : 482913', '482913'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });
});

describe('thirty-first round: the wrong codes and misses of blind kinds sets 17 and 20', () => {
  it.each([
    ['an English invite-your-friends offer', 'Invite your friends to Bolt with code 551902 and get 5 € each ride'],
    ['a Russian invite-a-friend offer', 'Пригласи друга в Самокат по коду 482913 — вам обоим по 300 ₽'],
    ['a Portuguese refer-a-friend offer', 'Indique um amigo para o Nubank com o código 772104 e ganhe R$ 20'],
    ['a Spanish invite-a-friend offer', 'Invita a un amigo a Cabify con el código 482913 y gana 5 €'],
    ['a Turkish invite-a-friend offer', 'Arkadaşını davet et, kodun 482913 ile ikiniz de 50 TL kazanın'],
    ['a Polish refer-a-friend offer', 'Poleć znajomemu aplikację i podaj kod 551902 – oboje dostaniecie 20 zł'],
    ['a German invitation code', 'Dein Einladungscode: MAXI7731 – gib ihn an Freunde weiter'],
    ['a cash machine in Latin-letter Russian', 'Kod dlya snyatiya deneg v bankomate: 482913'],
    ['a Czech cash machine', 'Kód pro výběr hotovosti v bankomatu: 551902. Platí 30 minut.'],
    ['a Serbian cash machine', 'Kod za podizanje novca na bankomatu: 772104'],
    ['a Turkish cardless code without its letters', 'Kartsiz islem sifreniz 551902. Tum ATM\'lerimizden cekebilirsiniz.'],
    ['a Ukrainian cash withdrawal', 'Код для зняття готівки: 551902. Дійсний 30 хв.'],
    ['a Korean cash machine screen', '[KB] 출금번호 482913 ATM 화면에서 입력하세요'],
    ['a Japanese cash machine screen', 'みずほ：お取引番号 551902 をATM画面で入力してください'],
    ['a Hinglish delivery code for the rider', 'Order #A2291 aaj deliver hoga. Delivery ke waqt code 4412 rider ko dikhayein'],
    ['a Hinglish OTP for the courier', 'Aapka parcel kal aayega. OTP 5517 courier ko batayein'],
    ['a Portuguese courier who will ask for the code', 'Seu pedido chegou. O entregador vai pedir o código 4417 ao entregar'],
    ['a French courier who will ask for the code', 'Votre colis arrive. Le livreur vous demandera le code 5517 à la remise'],
    ['an English driver who will ask for the code', 'Your order is arriving. The driver will ask for code 4412 at the door'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  it.each([
    ['a verification code from an invitation', 'Your friend invited you to Bolt. Your verification code is 551902', '551902'],
    ['a Spanish code beside an invitation to friends', 'Codigo de verificacion Cabify: 551902. Invita a tus amigos despues.', '551902'],
    ['a login code after an accepted invite', 'Invite code accepted! Your login code is 4412. Never share it.', '4412'],
    ['a Hinglish login OTP the courier must not get', 'Swiggy: OTP 4412 for login. Delivery partner ko yeh OTP na batayein.', '4412'],
    ['a Spanish courier who never asks', 'El repartidor nunca te pedirá el código. Tu código de acceso es 551902', '551902'],
    ['a Turkish password not used at cash machines', 'Ziraat: İnternet şubesi giriş şifreniz 482913. ATM\'lerde kullanılmaz, kimseyle paylaşmayın.', '482913'],
    ['a Ukrainian sign-in code warned about at the cash machine', 'Код підтвердження входу: 551902. Нікому не повідомляйте, навіть у банкоматі.', '551902'],
  ])('what the new rules must keep: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  // a sentence apart from the prize or the offer gives a code to sign in or to verify: the service's
  it.each([
    ['a German sign-in code after a prize', 'Glückwunsch! Sie haben 500 Punkte gewonnen. Ihr Anmeldecode für die App: 551902', '551902'],
    ['a Russian sign-in code after a prize', 'Поздравляем! Вы выиграли 300 бонусов. Код для входа в приложение: 482913', '482913'],
    ['a Spanish access code after a prize', '¡Felicidades! Ganaste un cupón de 10 €. Código de acceso a tu cuenta: 772104', '772104'],
    ['an Indonesian verification code after a cashback', 'Selamat! Kamu dapat cashback 20rb. Kode verifikasi akun Tokopedia: 4412', '4412'],
    ['a Polish sign-in code after a prize', 'Gratulacje! Wygrałeś 50 zł. Kod logowania do aplikacji: 551902', '551902'],
    ['a Vietnamese sign-in code after an offer', 'Chúc mừng bạn nhận ưu đãi 30K! Mã đăng nhập Tiki: 482913', '482913'],
    ['an English login code after a discount', 'Get 20% off your next ride! Your Bolt login code: 772104', '772104'],
    ['an Arabic sign-in code after a prize', 'مبروك! ربحت قسيمة 50 ريال. رمز الدخول إلى التطبيق: 4412', '4412'],
    ['a Spanish sign-in code to change an order\'s address', 'Tu pedido está en camino. Para cambiar la dirección de entrega, inicia sesión con el código 551902.', '551902'],
    ['a Turkish sign-in code to change an order\'s address', 'Siparişiniz yolda. Teslimat adresini değiştirmek için giriş kodu: 772104', '772104'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  // a brand prefix of one or two letters before a number, read as the prefix, not as one mixed token
  it.each([
    ['an English prefixed code after a label', 'Your Uber code: UB-48291. Never share it.', '48291'],
    ['a Russian prefixed code before its keyword', 'VK-7731 — ваш код подтверждения', '7731'],
    ['a Vietnamese prefixed code after its keyword', 'Mã xác thực của bạn là ZP-4412', '4412'],
    ['a German prefixed code before its keyword (kept)', 'TK-551902 ist dein Bestätigungscode', '551902'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  // lower-case codes after a label that ends in a spaced hyphen, or after Vietnamese without its marks
  it.each([
    ['an English label ending in a hyphen', 'Your verification code for Acme - k3x9pq', 'k3x9pq'],
    ['a Polish label ending in a hyphen', 'Kod weryfikacyjny do konta - p5x8cd', 'p5x8cd'],
    ['a Spanish label ending in a hyphen', 'Código de verificación de tu cuenta - t7m2qa', 't7m2qa'],
    ['a Vietnamese sign-in code without marks', 'Ma dang nhap he thong: h2m6tc', 'h2m6tc'],
    ['a Vietnamese account sign-in code without marks', '[VNPT] Ma dang nhap tai khoan: w2k8pq', 'w2k8pq'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['an English promo code after a hyphen', 'Promo code for friends - save20x'],
    ['a Polish discount code after a hyphen', 'Kod rabatowy - lato25a na zakupy'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });

  // a tracking, order or reference number named by its own label in Persian and Arabic is not the
  // code of the password word on the next line
  it.each([
    ['a Persian dynamic password after a tracking number', 'بانک ملی\nشماره پیگیری 88213\nرمز پویا: 551902', '551902'],
    ['an Arabic verification code after a reference number (kept)', 'بنك الراجحي\nرقم المرجع 77120\nرمز التحقق: 482913', '482913'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  // a keyword that ends its sentence labels no mixed token after the full stop (a sender's tag)
  it.each([
    ['a Turkish Retriever code before its keyword and a tag', '<#> 551 902 Getir doğrulama kodunuzdur. B002\nQw3Er5Ty7Ui', '551902'],
    ['a Turkish Retriever sign-in code and a tag', '<#> 482 913 Yemeksepeti giriş kodunuzdur. B001\nAs4Df6Gh8Jk', '482913'],
    ['an English code before its keyword and a tag', '551902 is your verification code. AB12', '551902'],
    ['a lower-case code after a colon and a warning (kept)', 'Kod: k3x9pq. Nie udostępniaj.', 'k3x9pq'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  // the lure's forms stay null: a code asked for in the prize's sentence, the prize's own code, a
  // code to share, a link or a site to go to; and a courier's code in an order on its way
  it.each([
    ['a login code to enter on a site to claim', 'Congratulations! You won an iPhone. To claim it, enter login code 4412 at prize-center.com'],
    ['a sign-in code beside a link to follow, Russian', 'Поздравляем! Вы выиграли приз. Код для входа: 482913. Перейдите по ссылке, чтобы получить'],
    ['a claim code', 'Congratulations! You won Rs 5000. Claim code: 772104'],
    ['a sign-in code in the prize\'s own sentence, Turkish', 'Tebrikler! 1000 TL kazandınız. Ödülünüzü almak için giriş kodu: 551902'],
    ['a verification code to share with an agent', 'You won a prize! Kindly share the verification code 4412 with our agent to receive it'],
    ['a verification code beside a link word, Indonesian', 'Selamat! Anda memenangkan hadiah. Kode verifikasi 551902, klik bit.ly untuk klaim'],
    ['a sign-in code after a link', 'Congratulations, you won a voucher! Visit https://win.example/claim and sign in with code 482913'],
    ['a delivery code in an order on its way', 'Your order is on its way. Delivery code: 4412'],
    ['a sign-in word and a code for the courier', 'Your order is on its way. Sign in to track it. Give code 4412 to the courier.'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });
});

describe('thirty-first round: the team\'s own probes of the issue\'s kinds', () => {
  it.each([
    ['a Swahili verification number with "your"', '551902 ni nambari yako ya uthibitisho ya M-Pesa. Usimpe mtu yeyote.', '551902'],
    ['a Swahili Retriever sign-in number split by a dash', '<#> 482-913 ni nambari yako ya kuingia Jumia\nAbCd1234xYz', '482913'],
    ['a Swahili one-time password after a dated operation', 'KCB: Muamala 4471 tarehe 01/12/2026 10:15. Nenosiri la mara moja: 55120', '55120'],
    ['a Swahili sign-in code after a bonus', 'Hongera! Umepata bonasi. Msimbo wa kuingia kwenye programu: 551902', '551902'],
    ['a Malay sign-in code after a voucher', 'Tahniah! Anda menang baucar RM10. Kod log masuk aplikasi: 772104', '772104'],
    ['a Polish code the courier must not get', 'Kod weryfikacyjny: 772104. Nie udostępniaj go nikomu, także kurierowi.', '772104'],
  ])('a code: %s', (_, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['a Swahili reply to a short number', 'Tuma NDIO kwenda 15544 kuthibitisha ombi lako'],
    ['a Swahili invite-a-friend offer', 'Mwalike rafiki kwa M-Pesa na msimbo 551902, upate bonasi ya 100 KES'],
    ['a Filipino invite-a-friend offer', 'Imbitahan ang kaibigan gamit ang code 482913 at makakuha ng P50'],
    ['a Swahili cash machine code', 'Msimbo wa kutoa pesa kwenye ATM: 772104. Halali kwa dakika 30.'],
    ['a Swahili code for the driver at the time of receiving', 'Order yako iko njiani. Mpe dereva msimbo 4412 wakati wa kupokea.'],
    ['a Swahili sign-in code beside a link to claim a prize', 'Hongera! Umeshinda. Msimbo wa kuingia: 551902. Bofya link hii kudai zawadi'],
  ])('no code: %s', (_, text) => {
    expect(code(text)).toBeNull();
  });
});

// 366 more messages we wrote while looking for weak kinds in the second round (OTPs in 25 languages with
// the keyword before or after, bank codes among amounts, dates and card endings, and notices, spam,
// references and promotions that carry numbers). All of them pass; this keeps it so.
describe('messages written per kind (test/fixtures/sms-written-kinds.jsonl)', () => {
  it('every one is read as labelled', () => {
    const parsed = parseJsonl(readFileSync(fileURLToPath(new URL('../fixtures/sms-written-kinds.jsonl', import.meta.url)), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const misses: string[] = [];
    const summary = evaluate(parsed.value, (row, got, ok) => {
      if (!ok) misses.push(`expected ${row.code} got ${got}: ${row.text}`);
    });
    expect(summary.total).toBeGreaterThanOrEqual(360);
    expect(misses.join('\n')).toBe('');
  });
});
