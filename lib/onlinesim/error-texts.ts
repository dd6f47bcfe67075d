// User-facing words for provider errors. The provider's codes stay English whatever `lang` is, so the
// translation happens here. Texts name no secrets: only a code, a status or a wait time is filled in.
import { displayText } from '../display-text.ts';
import type { ProviderError } from './errors.ts';

export type ErrorLang = 'en' | 'ru' | 'uk' | 'kk';

type TextKey =
  | 'wrongKey' | 'noKey' | 'accountBlocked' | 'accountCleaned' | 'notActivated' | 'apiDisabled' | 'apiIp'
  | 'apiAccess' | 'lowBalance' | 'noNumber' | 'badCountry' | 'badDays' | 'badTzid' | 'noComplete' | 'closeLater' | 'noCloseRent'
  | 'expired' | 'needExtension' | 'badParams' | 'tooManyRentals' | 'rateLimited' | 'rateLimitedWait'
  | 'undefinedError' | 'wrongAddress' | 'unknownCode' | 'serverError' | 'httpError' | 'badResponse'
  | 'timeout' | 'offline' | 'refusedHttp' | 'refusedUnconfirmed' | 'refusedPermission';

/** [message, next step]; `{code}`, `{status}`, `{seconds}`, `{minutes}` and `{host}` are filled in. */
type Table = Record<TextKey, readonly [string, string]>;

const en: Table = {
  wrongKey: ['OnlineSim did not accept the API key.', 'Copy the key again from your OnlineSim profile and save it in the settings. Checking is paused until then.'],
  noKey: ['No API key was sent to OnlineSim.', 'Paste your API key in the settings. Checking is paused until then.'],
  accountBlocked: ['Your OnlineSim account is blocked.', 'Open your OnlineSim profile or contact their support. Checking is paused.'],
  accountCleaned: ['Your OnlineSim account was cleared.', 'Open your OnlineSim profile to see what happened. Checking is paused.'],
  notActivated: ['Your OnlineSim account is not activated yet.', 'Finish activation in your OnlineSim profile, then save the settings again.'],
  apiDisabled: ['API access is turned off for your OnlineSim account.', 'Turn on API access in your OnlineSim profile, then save the settings again.'],
  apiIp: ['OnlineSim does not allow API access from this IP address.', 'Allow this IP address in your OnlineSim profile, then save the settings again.'],
  apiAccess: ['Your OnlineSim account cannot use the API ({code}).', 'Check the API settings in your OnlineSim profile, then save the settings again.'],
  lowBalance: ['Not enough money on your OnlineSim balance.', 'Top up your balance or pick a shorter period.'],
  noNumber: ['No numbers are available for this choice right now.', 'Try another period or country, or try again later.'],
  badCountry: ['OnlineSim does not offer this country for rent.', 'Reload the price list and pick a country from it.'],
  badDays: ['OnlineSim does not offer this rental period.', 'Reload the price list and pick a period from it.'],
  badTzid: ['OnlineSim does not know this rental any more.', 'It is shown as ended; rent a new number if you need one.'],
  noComplete: ['This rental cannot be closed yet.', 'A new rental can be closed only after its first SMS or when the 20-minute window is over.'],
  closeLater: ['This number cannot be closed yet.', 'You can close this number in {minutes} min.'],
  noCloseRent: ['OnlineSim does not allow closing this rental early.', 'The number stays yours until its time runs out.'],
  expired: ['This rental has expired.', 'The number is lost; rent a new one if you need it.'],
  needExtension: ['This rental cannot be extended.', 'Extension works only while a rental is active; rent a new number instead.'],
  badParams: ['OnlineSim rejected the request as incomplete.', 'Reload the price list and try again.'],
  tooManyRentals: ['You have too many rentals at once.', 'Close a rental you no longer need, then try again.'],
  rateLimited: ['OnlineSim asked to slow down.', 'SimFill will try again by itself shortly.'],
  rateLimitedWait: ['OnlineSim asked to slow down.', 'SimFill will try again by itself in {seconds} s.'],
  undefinedError: ['OnlineSim had a temporary problem.', 'SimFill will try again by itself shortly.'],
  wrongAddress: ['The API address looks wrong: OnlineSim does not know this request.', 'Check the API address in the settings (usually https://onlinesim.io/api/).'],
  unknownCode: ['The provider answered {code}.', 'Your rentals are kept. If this repeats, check your OnlineSim profile.'],
  serverError: ['OnlineSim is having trouble (HTTP {status}).', 'Your rentals are kept; SimFill will try again by itself.'],
  httpError: ['OnlineSim answered with HTTP {status}.', 'Check the API address in the settings; your rentals are kept.'],
  badResponse: ['OnlineSim sent an answer SimFill could not read.', 'Your rentals are kept; SimFill will try again by itself.'],
  timeout: ['OnlineSim did not answer in time.', 'Your rentals are kept; SimFill will try again by itself.'],
  offline: ['Could not reach OnlineSim.', 'Check your internet connection; SimFill will try again by itself.'],
  refusedHttp: ['SimFill sends your API key only over https (plain http only to this computer), so {host} was not contacted.', 'Change the API address in the settings to one that starts with https://.'],
  refusedUnconfirmed: ['SimFill did not send your API key to {host}: that address is not confirmed on the settings page.', 'Open the settings, check the API address, tick “Yes, send my API key to {host}” and press Save.'],
  refusedPermission: ['SimFill may not send your API key to {host}: that site is not allowed in the browser.', 'Open the settings, press Save and allow access to {host} when the browser asks.'],
};

const ru: Table = {
  wrongKey: ['OnlineSim не принял API-ключ.', 'Скопируйте ключ заново из профиля OnlineSim и сохраните его в настройках. До этого проверка приостановлена.'],
  noKey: ['API-ключ не был отправлен в OnlineSim.', 'Вставьте API-ключ в настройках. До этого проверка приостановлена.'],
  accountBlocked: ['Ваш аккаунт OnlineSim заблокирован.', 'Откройте профиль OnlineSim или напишите в их поддержку. Проверка приостановлена.'],
  accountCleaned: ['Ваш аккаунт OnlineSim был очищен.', 'Откройте профиль OnlineSim, чтобы узнать, что произошло. Проверка приостановлена.'],
  notActivated: ['Ваш аккаунт OnlineSim ещё не активирован.', 'Завершите активацию в профиле OnlineSim и снова сохраните настройки.'],
  apiDisabled: ['Доступ к API отключён в вашем аккаунте OnlineSim.', 'Включите доступ к API в профиле OnlineSim и снова сохраните настройки.'],
  apiIp: ['OnlineSim не разрешает доступ к API с этого IP-адреса.', 'Разрешите этот IP-адрес в профиле OnlineSim и снова сохраните настройки.'],
  apiAccess: ['Ваш аккаунт OnlineSim не может использовать API ({code}).', 'Проверьте настройки API в профиле OnlineSim и снова сохраните настройки.'],
  lowBalance: ['На балансе OnlineSim недостаточно средств.', 'Пополните баланс или выберите срок покороче.'],
  noNumber: ['Сейчас нет свободных номеров для этого выбора.', 'Выберите другой срок или страну либо попробуйте позже.'],
  badCountry: ['OnlineSim не сдаёт номера этой страны.', 'Обновите список цен и выберите страну из него.'],
  badDays: ['OnlineSim не предлагает такой срок аренды.', 'Обновите список цен и выберите срок из него.'],
  badTzid: ['OnlineSim больше не знает эту аренду.', 'Она показана как завершённая; арендуйте новый номер, если нужно.'],
  noComplete: ['Эту аренду пока нельзя закрыть.', 'Новую аренду можно закрыть только после первого SMS или по окончании 20-минутного окна.'],
  closeLater: ['Этот номер пока нельзя закрыть.', 'Закрыть этот номер можно будет через {minutes} мин.'],
  noCloseRent: ['OnlineSim не позволяет закрыть эту аренду досрочно.', 'Номер остаётся вашим, пока не истечёт его срок.'],
  expired: ['Срок этой аренды истёк.', 'Номер утрачен; арендуйте новый, если он нужен.'],
  needExtension: ['Эту аренду нельзя продлить.', 'Продлить можно только активную аренду; арендуйте новый номер.'],
  badParams: ['OnlineSim отклонил запрос как неполный.', 'Обновите список цен и попробуйте снова.'],
  tooManyRentals: ['У вас слишком много аренд одновременно.', 'Закройте ненужную аренду и попробуйте снова.'],
  rateLimited: ['OnlineSim просит делать запросы реже.', 'SimFill скоро повторит попытку сам.'],
  rateLimitedWait: ['OnlineSim просит делать запросы реже.', 'SimFill повторит попытку сам через {seconds} с.'],
  undefinedError: ['У OnlineSim временная неполадка.', 'SimFill скоро повторит попытку сам.'],
  wrongAddress: ['Похоже, адрес API указан неверно: OnlineSim не знает такого запроса.', 'Проверьте адрес API в настройках (обычно https://onlinesim.io/api/).'],
  unknownCode: ['Провайдер ответил {code}.', 'Ваши аренды сохранены. Если это повторяется, проверьте профиль OnlineSim.'],
  serverError: ['У OnlineSim неполадки (HTTP {status}).', 'Ваши аренды сохранены; SimFill повторит попытку сам.'],
  httpError: ['OnlineSim ответил HTTP {status}.', 'Проверьте адрес API в настройках; ваши аренды сохранены.'],
  badResponse: ['OnlineSim прислал ответ, который SimFill не смог прочитать.', 'Ваши аренды сохранены; SimFill повторит попытку сам.'],
  timeout: ['OnlineSim не ответил вовремя.', 'Ваши аренды сохранены; SimFill повторит попытку сам.'],
  offline: ['Не удалось связаться с OnlineSim.', 'Проверьте подключение к интернету; SimFill повторит попытку сам.'],
  refusedHttp: ['SimFill отправляет API-ключ только по https (по http — только на этот компьютер), поэтому к {host} запрос не отправлен.', 'Укажите в настройках адрес API, начинающийся с https://.'],
  refusedUnconfirmed: ['SimFill не отправил API-ключ на {host}: этот адрес не подтверждён в настройках.', 'Откройте настройки, проверьте адрес API, отметьте «Да, отправлять мой API-ключ на {host}» и нажмите «Сохранить».'],
  refusedPermission: ['SimFill не может отправить API-ключ на {host}: доступ к этому сайту не разрешён в браузере.', 'Откройте настройки, нажмите «Сохранить» и разрешите доступ к {host}, когда браузер спросит.'],
};

const uk: Table = {
  wrongKey: ['OnlineSim не прийняв API-ключ.', 'Скопіюйте ключ знову з профілю OnlineSim і збережіть його в налаштуваннях. Доти перевірку призупинено.'],
  noKey: ['API-ключ не було надіслано до OnlineSim.', 'Вставте API-ключ у налаштуваннях. Доти перевірку призупинено.'],
  accountBlocked: ['Ваш обліковий запис OnlineSim заблоковано.', 'Відкрийте профіль OnlineSim або напишіть у їхню підтримку. Перевірку призупинено.'],
  accountCleaned: ['Ваш обліковий запис OnlineSim було очищено.', 'Відкрийте профіль OnlineSim, щоб дізнатися, що сталося. Перевірку призупинено.'],
  notActivated: ['Ваш обліковий запис OnlineSim ще не активовано.', 'Завершіть активацію в профілі OnlineSim і знову збережіть налаштування.'],
  apiDisabled: ['Доступ до API вимкнено у вашому обліковому записі OnlineSim.', 'Увімкніть доступ до API в профілі OnlineSim і знову збережіть налаштування.'],
  apiIp: ['OnlineSim не дозволяє доступ до API з цієї IP-адреси.', 'Дозвольте цю IP-адресу в профілі OnlineSim і знову збережіть налаштування.'],
  apiAccess: ['Ваш обліковий запис OnlineSim не може використовувати API ({code}).', 'Перевірте налаштування API в профілі OnlineSim і знову збережіть налаштування.'],
  lowBalance: ['На балансі OnlineSim недостатньо коштів.', 'Поповніть баланс або оберіть коротший строк.'],
  noNumber: ['Зараз немає вільних номерів для цього вибору.', 'Оберіть інший строк чи країну або спробуйте пізніше.'],
  badCountry: ['OnlineSim не здає в оренду номери цієї країни.', 'Оновіть список цін і оберіть країну з нього.'],
  badDays: ['OnlineSim не пропонує такого строку оренди.', 'Оновіть список цін і оберіть строк з нього.'],
  badTzid: ['OnlineSim більше не знає цієї оренди.', 'Її показано як завершену; орендуйте новий номер, якщо потрібно.'],
  noComplete: ['Цю оренду поки не можна закрити.', 'Нову оренду можна закрити лише після першого SMS або після 20-хвилинного вікна.'],
  closeLater: ['Цей номер поки не можна закрити.', 'Закрити цей номер можна буде через {minutes} хв.'],
  noCloseRent: ['OnlineSim не дозволяє закрити цю оренду достроково.', 'Номер залишається вашим, доки не мине його строк.'],
  expired: ['Строк цієї оренди минув.', 'Номер втрачено; орендуйте новий, якщо він потрібен.'],
  needExtension: ['Цю оренду не можна продовжити.', 'Продовжити можна лише активну оренду; орендуйте новий номер.'],
  badParams: ['OnlineSim відхилив запит як неповний.', 'Оновіть список цін і спробуйте знову.'],
  tooManyRentals: ['У вас забагато оренд одночасно.', 'Закрийте непотрібну оренду і спробуйте знову.'],
  rateLimited: ['OnlineSim просить надсилати запити рідше.', 'SimFill незабаром спробує знову сам.'],
  rateLimitedWait: ['OnlineSim просить надсилати запити рідше.', 'SimFill спробує знову сам через {seconds} с.'],
  undefinedError: ['В OnlineSim тимчасова несправність.', 'SimFill незабаром спробує знову сам.'],
  wrongAddress: ['Схоже, адресу API вказано неправильно: OnlineSim не знає такого запиту.', 'Перевірте адресу API в налаштуваннях (зазвичай https://onlinesim.io/api/).'],
  unknownCode: ['Провайдер відповів {code}.', 'Ваші оренди збережено. Якщо це повторюється, перевірте профіль OnlineSim.'],
  serverError: ['В OnlineSim несправності (HTTP {status}).', 'Ваші оренди збережено; SimFill спробує знову сам.'],
  httpError: ['OnlineSim відповів HTTP {status}.', 'Перевірте адресу API в налаштуваннях; ваші оренди збережено.'],
  badResponse: ['OnlineSim надіслав відповідь, яку SimFill не зміг прочитати.', 'Ваші оренди збережено; SimFill спробує знову сам.'],
  timeout: ['OnlineSim не відповів вчасно.', 'Ваші оренди збережено; SimFill спробує знову сам.'],
  offline: ['Не вдалося зв’язатися з OnlineSim.', 'Перевірте підключення до інтернету; SimFill спробує знову сам.'],
  refusedHttp: ['SimFill надсилає API-ключ лише через https (через http — тільки на цей комп’ютер), тому до {host} запит не надіслано.', 'Вкажіть у налаштуваннях адресу API, що починається з https://.'],
  refusedUnconfirmed: ['SimFill не надіслав API-ключ на {host}: цю адресу не підтверджено в налаштуваннях.', 'Відкрийте налаштування, перевірте адресу API, позначте «Так, надсилати мій API-ключ на {host}» і натисніть «Зберегти».'],
  refusedPermission: ['SimFill не може надіслати API-ключ на {host}: доступ до цього сайту не дозволено в браузері.', 'Відкрийте налаштування, натисніть «Зберегти» й дозвольте доступ до {host}, коли браузер запитає.'],
};

// Kazakh: written by a non-native speaker; a native reader's review is welcome.
const kk: Table = {
  wrongKey: ['OnlineSim API кілтін қабылдамады.', 'Кілтті OnlineSim профилінен қайта көшіріп, баптауларда сақтаңыз. Оған дейін тексеру тоқтатылды.'],
  noKey: ['OnlineSim-ге API кілті жіберілмеді.', 'API кілтін баптауларға қойыңыз. Оған дейін тексеру тоқтатылды.'],
  accountBlocked: ['OnlineSim аккаунтыңыз бұғатталған.', 'OnlineSim профилін ашыңыз немесе қолдау қызметіне жазыңыз. Тексеру тоқтатылды.'],
  accountCleaned: ['OnlineSim аккаунтыңыз тазартылған.', 'Не болғанын білу үшін OnlineSim профилін ашыңыз. Тексеру тоқтатылды.'],
  notActivated: ['OnlineSim аккаунтыңыз әлі белсендірілмеген.', 'OnlineSim профилінде белсендіруді аяқтап, баптауларды қайта сақтаңыз.'],
  apiDisabled: ['OnlineSim аккаунтыңызда API қолжетімділігі өшірулі.', 'OnlineSim профилінде API қолжетімділігін қосып, баптауларды қайта сақтаңыз.'],
  apiIp: ['OnlineSim бұл IP мекенжайынан API-ға рұқсат бермейді.', 'OnlineSim профилінде бұл IP мекенжайына рұқсат беріп, баптауларды қайта сақтаңыз.'],
  apiAccess: ['OnlineSim аккаунтыңыз API-ды пайдалана алмайды ({code}).', 'OnlineSim профиліндегі API баптауларын тексеріп, баптауларды қайта сақтаңыз.'],
  lowBalance: ['OnlineSim балансында қаражат жеткіліксіз.', 'Балансты толтырыңыз немесе қысқарақ мерзімді таңдаңыз.'],
  noNumber: ['Бұл таңдау үшін қазір бос нөмір жоқ.', 'Басқа мерзімді не елді таңдаңыз немесе кейінірек қайталаңыз.'],
  badCountry: ['OnlineSim бұл елдің нөмірлерін жалға бермейді.', 'Баға тізімін жаңартып, елді соның ішінен таңдаңыз.'],
  badDays: ['OnlineSim мұндай жалға алу мерзімін ұсынбайды.', 'Баға тізімін жаңартып, мерзімді соның ішінен таңдаңыз.'],
  badTzid: ['OnlineSim бұл жалға алуды енді танымайды.', 'Ол аяқталған ретінде көрсетілді; қажет болса, жаңа нөмір жалға алыңыз.'],
  noComplete: ['Бұл жалға алуды әзірге жабуға болмайды.', 'Жаңа жалға алуды алғашқы SMS-тен кейін немесе 20 минуттық терезе біткенде ғана жабуға болады.'],
  closeLater: ['Бұл нөмірді әзірге жабуға болмайды.', 'Бұл нөмірді {minutes} минуттан кейін жабуға болады.'],
  noCloseRent: ['OnlineSim бұл жалға алуды мерзімінен бұрын жабуға рұқсат бермейді.', 'Нөмір мерзімі біткенше сізде қалады.'],
  expired: ['Бұл жалға алудың мерзімі өтті.', 'Нөмір жоғалды; қажет болса, жаңасын жалға алыңыз.'],
  needExtension: ['Бұл жалға алуды ұзартуға болмайды.', 'Тек белсенді жалға алуды ұзартуға болады; жаңа нөмір жалға алыңыз.'],
  badParams: ['OnlineSim сұрауды толық емес деп қабылдамады.', 'Баға тізімін жаңартып, қайталап көріңіз.'],
  tooManyRentals: ['Бір уақытта жалға алуларыңыз тым көп.', 'Қажет емес жалға алуды жауып, қайталап көріңіз.'],
  rateLimited: ['OnlineSim сұрауларды сиректетуді сұрайды.', 'SimFill жақын арада өзі қайталайды.'],
  rateLimitedWait: ['OnlineSim сұрауларды сиректетуді сұрайды.', 'SimFill {seconds} с кейін өзі қайталайды.'],
  undefinedError: ['OnlineSim-де уақытша ақау бар.', 'SimFill жақын арада өзі қайталайды.'],
  wrongAddress: ['API мекенжайы қате сияқты: OnlineSim мұндай сұрауды білмейді.', 'Баптаулардағы API мекенжайын тексеріңіз (әдетте https://onlinesim.io/api/).'],
  unknownCode: ['Провайдер {code} деп жауап берді.', 'Жалға алуларыңыз сақталды. Бұл қайталанса, OnlineSim профилін тексеріңіз.'],
  serverError: ['OnlineSim-де ақау бар (HTTP {status}).', 'Жалға алуларыңыз сақталды; SimFill өзі қайталайды.'],
  httpError: ['OnlineSim HTTP {status} деп жауап берді.', 'Баптаулардағы API мекенжайын тексеріңіз; жалға алуларыңыз сақталды.'],
  badResponse: ['OnlineSim SimFill оқи алмайтын жауап жіберді.', 'Жалға алуларыңыз сақталды; SimFill өзі қайталайды.'],
  timeout: ['OnlineSim уақытында жауап бермеді.', 'Жалға алуларыңыз сақталды; SimFill өзі қайталайды.'],
  offline: ['OnlineSim-ге қосылу мүмкін болмады.', 'Интернет байланысын тексеріңіз; SimFill өзі қайталайды.'],
  refusedHttp: ['SimFill API кілтін тек https арқылы жібереді (http арқылы тек осы компьютерге), сондықтан {host} мекенжайына сұрау жіберілмеді.', 'Баптауларда https:// деп басталатын API мекенжайын көрсетіңіз.'],
  refusedUnconfirmed: ['SimFill API кілтін {host} мекенжайына жібермеді: бұл мекенжай баптауларда расталмаған.', 'Баптауларды ашып, API мекенжайын тексеріңіз, «Иә, API кілтімді {host} мекенжайына жіберу» белгісін қойып, «Сақтау» батырмасын басыңыз.'],
  refusedPermission: ['SimFill API кілтін {host} мекенжайына жібере алмайды: браузерде бұл сайтқа рұқсат берілмеген.', 'Баптауларды ашып, «Сақтау» батырмасын басыңыз да, браузер сұрағанда {host} сайтына рұқсат беріңіз.'],
};

const TABLES: Record<ErrorLang, Partial<Table>> = { en, ru, uk, kk };

const KEY_OF_CODE: Record<string, TextKey> = {
  ERROR_WRONG_KEY: 'wrongKey',
  ERROR_NO_KEY: 'noKey',
  ACCOUNT_BLOCKED: 'accountBlocked',
  ACCOUNT_CLEANED: 'accountCleaned',
  USER_NOT_ACTIVATED: 'notActivated',
  API_ACCESS_DISABLED: 'apiDisabled',
  API_ACCESS_IP: 'apiIp',
  WARNING_LOW_BALANCE: 'lowBalance',
  NO_NUMBER: 'noNumber',
  UNDEFINED_COUNTRY: 'badCountry',
  NO_COUNTRY: 'badCountry',
  UNDEFINED_DAYS: 'badDays',
  ERROR_NO_TZID: 'badTzid',
  ERROR_WRONG_TZID: 'badTzid',
  NO_COMPLETE_TZID: 'noComplete',
  NO_CLOSE_RENT_US: 'noCloseRent',
  LIFICYCLE_NUM_EXPIRED: 'expired',
  LIFECYCLE_NUM_EXPIRED: 'expired',
  NEED_EXTENSION_NUMBER: 'needExtension',
  ERROR_PARAMS: 'badParams',
  EXCEEDED_CONCURRENT_OPERATIONS: 'tooManyRentals',
  TRY_AGAIN_LATER: 'rateLimited',
  INTERVAL_CONCURRENT_REQUESTS_ERROR: 'rateLimited',
  ERROR_UNDEFINED: 'undefinedError',
  REQUEST_NOT_FOUND: 'wrongAddress',
};

function keyOf(e: ProviderError): TextKey {
  switch (e.kind) {
    case 'provider':
      // "When" beats "why": a refusal that says when it will be allowed answers the user's question.
      if (e.guardSecs !== undefined) return 'closeLater';
      return KEY_OF_CODE[e.code] ?? (e.code.startsWith('API_ACCESS_') ? 'apiAccess' : 'unknownCode');
    case 'http':
      if (e.status === 456) return 'wrongKey';
      if (e.status === 429) return 'rateLimited';
      if (e.status === 404 || e.status === 405) return 'wrongAddress';
      return e.status >= 500 ? 'serverError' : 'httpError';
    case 'rate-limited':
      return e.retryAfterMs !== null && e.retryAfterMs > 0 ? 'rateLimitedWait' : 'rateLimited';
    case 'bad-response':
      return 'badResponse';
    case 'timeout':
      return 'timeout';
    case 'offline':
      return 'offline';
    case 'refused':
      return REFUSED_TEXT[e.reason];
  }
}

const REFUSED_TEXT = { 'not-https': 'refusedHttp', 'not-confirmed': 'refusedUnconfirmed', 'no-permission': 'refusedPermission' } as const;

/** A provider code shown verbatim, but never a wall of text, control or direction characters from a broken body. */
function visibleCode(code: string): string {
  const clean = displayText(code.replace(/[\u0000-\u001f\u007f]/g, ' ')).trim();
  return clean.length > 80 ? `${clean.slice(0, 80)}…` : clean;
}

export function errorText(e: ProviderError, lang: ErrorLang): { message: string; nextStep: string } {
  const key = keyOf(e);
  // A language missing a text (or a lang value from outside the type) falls back to English.
  const [message, nextStep] = (TABLES as Partial<Record<string, Partial<Table>>>)[lang]?.[key] ?? en[key];
  const values: Record<string, string> = {
    code: e.kind === 'provider' ? visibleCode(e.code) : '',
    status: e.kind === 'http' ? String(e.status) : '',
    seconds: e.kind === 'rate-limited' && e.retryAfterMs !== null ? String(Math.ceil(e.retryAfterMs / 1000)) : '',
    minutes: e.kind === 'provider' && e.guardSecs !== undefined ? String(Math.ceil(e.guardSecs / 60)) : '',
    host: e.kind === 'refused' ? displayText(e.host) : '',
  };
  // One pass with a function replacer: a value is inserted as it is, never read as a pattern ("$&",
  // "$'") or as another placeholder, whatever the provider put in its error code.
  const fill = (text: string): string => text.replace(/\{(code|status|seconds|minutes|host)\}/g, (_, name: string) => values[name] ?? '');
  return { message: fill(message), nextStep: fill(nextStep) };
}
