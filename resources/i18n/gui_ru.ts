<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccessClosedScreen</name>
    <message>
        <source>Access closed</source>
        <translation>Доступ закрыт</translation>
    </message>
    <message>
        <source>You have been signed out of the app.</source>
        <translation>Выполнен выход из приложения.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>AddressNotFoundScreen</name>
    <message>
        <source>This address could not be found</source>
        <translation>Не удалось найти этот адрес</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>Log out of your Bitrix24 profile and log in again with the current data. If necessary, clear your browser history.</source>
        <translation>Выйдите из профиля Битрикс24 и войдите снова с актуальными данными. При необходимости очистите историю браузера.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Clear browser history</source>
        <translation>Очистить историю браузера</translation>
    </message>
    <message>
        <source>Reader view</source>
        <translation>Режим чтения</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Поделиться</translation>
    </message>
    <message>
        <source>Open in Safari</source>
        <translation>Открыть в Safari</translation>
    </message>
    <message>
        <source>You logged in to an account that is not associated with the requested Bitrix24, {address}.</source>
        <translation>Вы вошли в аккаунт, который не связан с запрошенным Битрикс24 {address}.</translation>
    </message>
    <message>
        <source>You are logged in as {name} ({email}), an account that is not associated with the requested Bitrix24, {address}.</source>
        <translation>Вы вошли как {name} ({email}), но этот аккаунт не связан с запрошенным Битрикс24 {address}.</translation>
    </message>
</context>
<context>
    <name>AdminPickerSheet</name>
    <message>
        <source>Assign admin permissions</source>
        <translation>Назначить администратора</translation>
    </message>
    <message>
        <source>There are no other active employees in this Bitrix24 who could get admin permissions.</source>
        <translation>В этом Битрикс24 нет других активных сотрудников, которых можно назначить администратором.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose an active employee of {portal} who will become an administrator. Then your request will not delete the Bitrix24.</source>
        <translation>Выберите активного сотрудника в {portal}, который станет администратором. Тогда ваш запрос не удалит Битрикс24.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Account deletion requested</source>
        <translation>Запрос на удаление аккаунта</translation>
    </message>
    <message>
        <source>Account deletion cancelled</source>
        <translation>Удаление аккаунта отменено</translation>
    </message>
    <message>
        <source>Profile deleted</source>
        <translation>Профиль удален</translation>
    </message>
    <message>
        <source>Bitrix24 deleted</source>
        <translation>Битрикс24 удален</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <extracomment>The app&apos;s name over a push notification, as the phone&apos;s home screen names it (the Russian app: Битрикс24)</extracomment>
        <translation>Битрикс24</translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>When the push notification arrived, as iOS writes it on a banner</extracomment>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>Notification: {title}</source>
        <translation>Уведомление: {title}</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Экран блокировки</translation>
    </message>
</context>
<context>
    <name>BrowserBar</name>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Page settings</source>
        <translation>Настройки страницы</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Address: {url}</source>
        <translation>Адрес: {url}</translation>
    </message>
</context>
<context>
    <name>BrowserScreen</name>
    <message>
        <source>Log in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Phone or email</source>
        <translation>Телефон или email</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>or sign in with</source>
        <translation>или войдите через</translation>
    </message>
    <message>
        <source>Sign in with {service}</source>
        <translation>Войти через {service}</translation>
    </message>
    <message>
        <source>Enter password</source>
        <translation>Введите пароль</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Забыли пароль?</translation>
    </message>
    <message>
        <source>Password recovery is not part of this prototype. Each person&apos;s password is in the world file (password:).</source>
        <translation>Восстановления пароля в этом прототипе нет. Пароль каждого человека указан в файле мира (password:).</translation>
    </message>
    <message>
        <source>Use another account</source>
        <translation>Использовать другой аккаунт</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Удаление аккаунта</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Reader view</source>
        <translation>Режим чтения</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Поделиться</translation>
    </message>
    <message>
        <source>Open in Safari</source>
        <translation>Открыть в Safari</translation>
    </message>
    <message>
        <source>Choose your {service} account to continue to Bitrix24. {service} will share your name and email with Bitrix24.</source>
        <translation>Выберите аккаунт {service}, чтобы продолжить в Битрикс24. {service} передаст Битрикс24 ваше имя и email.</translation>
    </message>
    <message>
        <source>This is not the account you use in the app</source>
        <translation>Это не тот аккаунт, который вы используете в приложении</translation>
    </message>
    <message>
        <source>You are logged in as someone else</source>
        <translation>Вы вошли под другим пользователем</translation>
    </message>
    <message>
        <source>Continue as {name}</source>
        <translation>Продолжить как {name}</translation>
    </message>
    <message>
        <source>There is no {service} account on this phone that is linked to a Bitrix24 Network profile.</source>
        <translation>На этом телефоне нет аккаунта {service}, связанного с профилем Битрикс24.Network.</translation>
    </message>
</context>
<context>
    <name>BrowserToolbar</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперед</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Поделиться</translation>
    </message>
    <message>
        <source>Open in Safari</source>
        <translation>Открыть в Safari</translation>
    </message>
</context>
<context>
    <name>CancellationSentScreen</name>
    <message>
        <source>Cancellation sent</source>
        <translation>Запрос на отмену отправлен</translation>
    </message>
    <message>
        <source>Your request of {requested} to delete your account in {portal} ({address}) is cancelled. Your account will not be deleted.</source>
        <translation>Ваш запрос от {requested} на удаление аккаунта в {portal} ({address}) отменен. Аккаунт не будет удален.</translation>
    </message>
    <message>
        <source>• We have sent a confirmation to {email}.</source>
        <translation>• Мы отправили подтверждение на {email}.</translation>
    </message>
    <message>
        <source>• The administrators who were told about the deletion are told that it is cancelled.</source>
        <translation>• Администраторы, которых уведомили об удалении, получат сообщение об отмене.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>The second phone shows Sign in: no other active administrator of this Bitrix24 could hold it.</source>
        <translation>На втором телефоне экран входа: в этом Битрикс24 нет другого активного администратора, которому можно его отдать.</translation>
    </message>
    <message>
        <source>The second phone is signed in as {person} in {portal}.</source>
        <translation>На втором телефоне выполнен вход: {person} в {portal}.</translation>
    </message>
    <message>
        <source>The second phone is hidden.</source>
        <translation>Второй телефон скрыт.</translation>
    </message>
    <message>
        <source>The phones changed hands.</source>
        <translation>Телефоны поменялись владельцами.</translation>
    </message>
    <message>
        <source>Clock moved on {duration}.</source>
        <translation>Часы переведены вперед на {duration}.</translation>
    </message>
    <message numerus="yes">
        <source>Clock moved on {duration}; %n request completed: {names}.</source>
        <translation>
            <numerusform>Часы переведены вперед на {duration}; выполнен %n запрос: {names}.</numerusform>
            <numerusform>Часы переведены вперед на {duration}; выполнен %n запрос: {names}.</numerusform>
            <numerusform>Часы переведены вперед на {duration}; выполнен %n запрос: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock moved on {duration}; %n requests completed: {names}.</source>
        <translation>
            <numerusform>Часы переведены вперед на {duration}; выполнен %n запрос: {names}.</numerusform>
            <numerusform>Часы переведены вперед на {duration}; выполнено %n запроса: {names}.</numerusform>
            <numerusform>Часы переведены вперед на {duration}; выполнено %n запросов: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock moved to the next due date.</source>
        <translation>Часы переведены на следующую дату удаления.</translation>
    </message>
    <message numerus="yes">
        <source>Clock moved to the next due date; %n request completed: {names}.</source>
        <translation>
            <numerusform>Часы переведены на следующую дату удаления; выполнен %n запрос: {names}.</numerusform>
            <numerusform>Часы переведены на следующую дату удаления; выполнен %n запрос: {names}.</numerusform>
            <numerusform>Часы переведены на следующую дату удаления; выполнен %n запрос: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock moved to the next due date; %n requests completed: {names}.</source>
        <translation>
            <numerusform>Часы переведены на следующую дату удаления; выполнен %n запрос: {names}.</numerusform>
            <numerusform>Часы переведены на следующую дату удаления; выполнено %n запроса: {names}.</numerusform>
            <numerusform>Часы переведены на следующую дату удаления; выполнено %n запросов: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processed: %n requests completed.</source>
        <translation>
            <numerusform>Обработка завершена: выполнен %n запрос.</numerusform>
            <numerusform>Обработка завершена: выполнено %n запроса.</numerusform>
            <numerusform>Обработка завершена: выполнено %n запросов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processed: %n request completed: {names}.</source>
        <translation>
            <numerusform>Обработка завершена: выполнен %n запрос: {names}.</numerusform>
            <numerusform>Обработка завершена: выполнен %n запрос: {names}.</numerusform>
            <numerusform>Обработка завершена: выполнен %n запрос: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processed: %n requests completed: {names}.</source>
        <translation>
            <numerusform>Обработка завершена: выполнен %n запрос: {names}.</numerusform>
            <numerusform>Обработка завершена: выполнено %n запроса: {names}.</numerusform>
            <numerusform>Обработка завершена: выполнено %n запросов: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated clock</source>
        <translation>Часы симуляции</translation>
    </message>
    <message>
        <source>Simulated time</source>
        <translation>Время симуляции</translation>
    </message>
    <message>
        <source>UTC · moves only when told</source>
        <translation>UTC · идут только по команде</translation>
    </message>
    <message>
        <source>Next due request</source>
        <translation>Ближайший запрос к удалению</translation>
    </message>
    <message>
        <source>+1 hour</source>
        <translation>+1 час</translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation>+1 день</translation>
    </message>
    <message>
        <source>+7 days</source>
        <translation>+7 дней</translation>
    </message>
    <message>
        <source>To next due date</source>
        <translation>К следующей дате</translation>
    </message>
    <message>
        <source>Move the clock to the next pending request&apos;s due date and process it</source>
        <translation>Перевести часы на дату удаления ближайшего запроса и обработать его</translation>
    </message>
    <message>
        <source>Custom amount</source>
        <translation>Свой интервал</translation>
    </message>
    <message>
        <source>e.g. 30d, 12h, 1w</source>
        <translation>напр. 30d, 12h, 1w</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <source>Process now</source>
        <translation>Обработать сейчас</translation>
    </message>
    <message>
        <source>Complete every request that is due at the current time</source>
        <translation>Выполнить все запросы, срок которых уже наступил</translation>
    </message>
    <message>
        <source>No pending deletion requests.</source>
        <translation>Нет ожидающих запросов на удаление.</translation>
    </message>
    <message>
        <source>Next due &lt;b&gt;{until}&lt;/b&gt; · {when}&lt;br&gt;{person} @ {portal}</source>
        <translation>Ближайшее удаление &lt;b&gt;{until}&lt;/b&gt; · {when}&lt;br&gt;{person} @ {portal}</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Мир</translation>
    </message>
    <message>
        <source>World name</source>
        <translation>Название мира</translation>
    </message>
    <message>
        <source>Open world…</source>
        <translation>Открыть мир…</translation>
    </message>
    <message>
        <source>Load a world from a YAML file</source>
        <translation>Загрузить мир из YAML-файла</translation>
    </message>
    <message>
        <source>Reset to demo world</source>
        <translation>Сбросить к демо-миру</translation>
    </message>
    <message>
        <source>Sign in as person</source>
        <translation>Войти как пользователь</translation>
    </message>
    <message>
        <source>Who the phone is signed in as after Sign in</source>
        <translation>Под каким пользователем выполняется вход на телефоне</translation>
    </message>
    <message>
        <source>Sign in to Bitrix24</source>
        <translation>Вход в Битрикс24</translation>
    </message>
    <message>
        <source>Which of their Bitrix24s the phone&apos;s app opens</source>
        <translation>Какой из Битрикс24 этого пользователя откроет приложение</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Sign the phone in as this person in this Bitrix24</source>
        <translation>Войти на телефоне как этот пользователь в этот Битрикс24</translation>
    </message>
    <message>
        <source>Phone signed in as</source>
        <translation>На телефоне вход как</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Войти как</translation>
    </message>
    <message>
        <source>to Bitrix24</source>
        <translation>в Битрикс24</translation>
    </message>
    <message>
        <source>Open a world</source>
        <translation>Открыть мир</translation>
    </message>
    <message>
        <source>World files (*.yaml *.yml);;All files (*)</source>
        <translation>Файлы миров (*.yaml *.yml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Loaded the world “{name}” from {file}.</source>
        <translation>Мир «{name}» загружен из {file}.</translation>
    </message>
    <message>
        <source>Reset to the demo world.</source>
        <translation>Выполнен сброс к демо-миру.</translation>
    </message>
    <message>
        <source>{name} (deleted)</source>
        <translation>{name} (профиль удален)</translation>
    </message>
    <message>
        <source>{address} (closed)</source>
        <translation>{address} (доступ закрыт)</translation>
    </message>
    <message>
        <source>{portal}: {role}, access {access}</source>
        <translation>{portal}: {role}, доступ {access}</translation>
    </message>
    <message>
        <source>Choose a person and one of their Bitrix24s first.</source>
        <translation>Сначала выберите пользователя и один из его Битрикс24.</translation>
    </message>
    <message>
        <source>The phone is signed in as {person} in {portal}.</source>
        <translation>На телефоне выполнен вход: {person} в {portal}.</translation>
    </message>
    <message>
        <source>Phone: &lt;b&gt;{person}&lt;/b&gt; in {portal}</source>
        <translation>Телефон: &lt;b&gt;{person}&lt;/b&gt; в {portal}</translation>
    </message>
    <message>
        <source>Phone: not signed in</source>
        <translation>Телефон: вход не выполнен</translation>
    </message>
    <message>
        <source>Device and policy</source>
        <translation>Устройство и политика</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Phone language</source>
        <translation>Язык телефона</translation>
    </message>
    <message>
        <source>The language the phone speaks (each language in its own words); --lang on the command line until one is chosen here</source>
        <translation>Язык телефона (каждый язык назван на нем самом); пока язык не выбран здесь, действует --lang из командной строки</translation>
    </message>
    <message>
        <source>Bitrix24 whose deployment to set</source>
        <translation>Битрикс24, для которого задается версия</translation>
    </message>
    <message>
        <source>The Bitrix24 whose deployment the switch below sets (the phone stays signed in where it is)</source>
        <translation>Битрикс24, версию которого задает переключатель ниже (вход на телефоне не меняется)</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Облако</translation>
    </message>
    <message>
        <source>On-premise</source>
        <translation>Коробка</translation>
    </message>
    <message>
        <source>Policy: offer on iOS</source>
        <translation>Политика: предлагать на iOS</translation>
    </message>
    <message>
        <source>Policy: offer on Android</source>
        <translation>Политика: предлагать на Android</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Правка</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Profile -&gt; Delete account</source>
        <translation>Профиль -&gt; Удалить аккаунт</translation>
    </message>
    <message>
        <source>Profile -&gt; Edit profile -&gt; Delete account</source>
        <translation>Профиль -&gt; Редактировать профиль -&gt; Удалить аккаунт</translation>
    </message>
    <message>
        <source>Menu -&gt; Edit profile -&gt; Delete account</source>
        <translation>Меню -&gt; Редактировать профиль -&gt; Удалить аккаунт</translation>
    </message>
    <message>
        <source>Deletion window days</source>
        <translation>Срок удаления в днях</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Deployment of</source>
        <translation>Версия для</translation>
    </message>
    <message>
        <source>Offer on</source>
        <translation>Предлагать на</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Entry: {entry}.</source>
        <translation>Путь: {entry}.</translation>
    </message>
    <message>
        <source>The phone is now an iPhone device.</source>
        <translation>Теперь телефон — iPhone.</translation>
    </message>
    <message>
        <source>The phone is now an Android device.</source>
        <translation>Теперь телефон — устройство Android.</translation>
    </message>
    <message>
        <source>The phone now speaks {language}.</source>
        <translation>Язык телефона: {language}.</translation>
    </message>
    <message>
        <source>{address} is now {deployment}.</source>
        <translation>{address}: версия изменена на «{deployment}».</translation>
    </message>
    <message>
        <source>Delete account is offered on: {platforms}.</source>
        <translation>«Удалить аккаунт» предлагается на: {platforms}.</translation>
    </message>
    <message numerus="yes">
        <source>Deletion window: %n day.</source>
        <translation>
            <numerusform>Срок удаления: %n день.</numerusform>
            <numerusform>Срок удаления: %n день.</numerusform>
            <numerusform>Срок удаления: %n день.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deletion window: %n days.</source>
        <translation>
            <numerusform>Срок удаления: %n день.</numerusform>
            <numerusform>Срок удаления: %n дня.</numerusform>
            <numerusform>Срок удаления: %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} The previous world is kept as {file}.</source>
        <translation>{done} Предыдущий мир сохранен как {file}.</translation>
    </message>
    <message>
        <source>{weekday} {when}</source>
        <translation>{weekday}, {when}</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>срок наступил</translation>
    </message>
    <message numerus="yes">
        <source>in %n hour</source>
        <translation>
            <numerusform>через %n час</numerusform>
            <numerusform>через %n час</numerusform>
            <numerusform>через %n час</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>через %n час</numerusform>
            <numerusform>через %n часа</numerusform>
            <numerusform>через %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n день</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulator console (loading)</source>
        <translation>Консоль симулятора (загрузка)</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Симулятор</translation>
    </message>
    <message>
        <source>Loading the simulated world…</source>
        <translation>Загрузка симулированного мира…</translation>
    </message>
    <message>
        <source>The simulated world could not be loaded</source>
        <translation>Не удалось загрузить симулированный мир</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>done {when}</source>
        <translation>выполнен {when}</translation>
    </message>
    <message>
        <source>cancelled {when}</source>
        <translation>отменен {when}</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <translation>Битрикс24</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Причина: {reason}</translation>
    </message>
    <message>
        <source>the outbox</source>
        <translation>очередь исходящих</translation>
    </message>
    <message>
        <source>Mailpit&apos;s HTTP API</source>
        <translation>HTTP API Mailpit</translation>
    </message>
    <message>
        <source>Kept in the database; nothing leaves the machine (B24SIM_MAIL_TRANSPORT=outbox). Export .eml to open it in a mail client.</source>
        <translation>Хранится в базе данных; ничего не уходит за пределы компьютера (B24SIM_MAIL_TRANSPORT=outbox). Экспортируйте .eml, чтобы открыть письмо в почтовом клиенте.</translation>
    </message>
    <message>
        <source>Waiting to be sent by {via}.</source>
        <translation>Ожидает отправки ({via}).</translation>
    </message>
    <message>
        <source>Will be tried again by {via}. Last error: {error}</source>
        <translation>Будет отправлено повторно ({via}). Последняя ошибка: {error}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Not delivered: {error}. Resend puts it back in the queue.</source>
        <translation>Не доставлено: {error}. «Отправить снова» вернет письмо в очередь.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Создано</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt</source>
        <translation>
            <numerusform>%n попытка</numerusform>
            <numerusform>%n попытка</numerusform>
            <numerusform>%n попытка</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n попытка</numerusform>
            <numerusform>%n попытки</numerusform>
            <numerusform>%n попыток</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Сохранены</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалены</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Network profile</source>
        <translation>Профиль Network</translation>
    </message>
    <message>
        <source>Bitrix24 accounts on the Network page</source>
        <translation>Аккаунты Битрикс24 на странице Network</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Sequence number: the order events were written in</source>
        <translation>Порядковый номер: в каком порядке записаны события</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Subject</source>
        <comment>what an audit row is about</comment>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Simulator console</source>
        <translation>Консоль симулятора</translation>
    </message>
    <message>
        <source>Simulator console body</source>
        <translation>Содержимое консоли симулятора</translation>
    </message>
    <message>
        <source>Console message</source>
        <translation>Сообщение консоли</translation>
    </message>
    <message>
        <source>Collapse the console</source>
        <translation>Свернуть консоль</translation>
    </message>
    <message>
        <source>Collapse or expand the simulator console</source>
        <translation>Свернуть или развернуть консоль симулятора</translation>
    </message>
    <message>
        <source>Everything the phone does shows up here at once</source>
        <translation>Все, что происходит на телефоне, сразу видно здесь</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Expand the console</source>
        <translation>Развернуть консоль</translation>
    </message>
    <message>
        <source>Taps, typing and scrolls on the phone and here become flow commands. The flow replays from the app&apos;s start on the demo world: Reset to demo world before you record.</source>
        <translation>Нажатия, ввод текста и прокрутка на телефоне и здесь становятся командами сценария. Сценарий воспроизводится с запуска приложения в демо-мире: перед записью нажмите «Сбросить к демо-миру».</translation>
    </message>
    <message numerus="yes">
        <source>%n command</source>
        <translation>
            <numerusform>%n команда</numerusform>
            <numerusform>%n команда</numerusform>
            <numerusform>%n команда</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commands</source>
        <translation>
            <numerusform>%n команда</numerusform>
            <numerusform>%n команды</numerusform>
            <numerusform>%n команд</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>Запись сценария</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● Записать</translation>
    </message>
    <message>
        <source>Record what you do on the phone and here as a flow</source>
        <translation>Записать действия на телефоне и здесь как сценарий</translation>
    </message>
    <message>
        <source>Recorded flow</source>
        <translation>Записанный сценарий</translation>
    </message>
    <message>
        <source>Recording state</source>
        <translation>Состояние записи</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Write the flow to a YAML file</source>
        <translation>Сохранить сценарий в YAML-файл</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Start the flow afresh</source>
        <translation>Начать сценарий заново</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Hide the recorded flow</source>
        <translation>Скрыть записанный сценарий</translation>
    </message>
    <message>
        <source>● Recording · {commands}</source>
        <translation>● Идет запись · {commands}</translation>
    </message>
    <message>
        <source>Stopped · {commands}</source>
        <translation>Остановлено · {commands}</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Стоп</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Остановить запись</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Save the recorded flow</source>
        <translation>Сохранить записанный сценарий</translation>
    </message>
    <message>
        <source>Flow files (*.yaml *.yml)</source>
        <translation>Файлы сценариев (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Nothing is recorded yet: press Record first.</source>
        <translation>Пока ничего не записано: сначала нажмите «Записать».</translation>
    </message>
    <message>
        <source>{file}: a flow file ends in .yaml; save it as {suggested}.</source>
        <translation>{file}: имя файла сценария должно оканчиваться на .yaml; сохраните его как {suggested}.</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}; choose another folder.</source>
        <translation>Не удалось записать {file}: {error}; выберите другую папку.</translation>
    </message>
    <message>
        <source>Saved the flow ({commands}) to {file}; run it with main.py test {file}</source>
        <translation>Сценарий ({commands}) сохранен в {file}; запустите его командой main.py test {file}</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>Второй телефон</translation>
    </message>
    <message>
        <source>Show a second phone</source>
        <translation>Показать второй телефон</translation>
    </message>
    <message>
        <source>Show another person&apos;s phone beside the first: by default an administrator of the first phone&apos;s Bitrix24</source>
        <translation>Показать рядом телефон другого пользователя: по умолчанию администратора Битрикс24 с первого телефона</translation>
    </message>
    <message>
        <source>held by</source>
        <translation>владелец:</translation>
    </message>
    <message>
        <source>Second phone held by</source>
        <translation>Владелец второго телефона</translation>
    </message>
    <message>
        <source>Put on phone</source>
        <translation>На телефон</translation>
    </message>
    <message>
        <source>Sign the second phone in as this person</source>
        <translation>Войти на втором телефоне как этот пользователь</translation>
    </message>
    <message>
        <source>Swap phones</source>
        <translation>Поменять телефоны</translation>
    </message>
    <message>
        <source>The two phones change hands: sessions, browsers, platforms</source>
        <translation>Телефоны меняются владельцами: сеансы, браузеры, платформы</translation>
    </message>
    <message>
        <source>Second phone signed in as</source>
        <translation>На втором телефоне вход как</translation>
    </message>
    <message>
        <source>Second phone: &lt;b&gt;{person}&lt;/b&gt; in {portal}</source>
        <translation>Второй телефон: &lt;b&gt;{person}&lt;/b&gt; в {portal}</translation>
    </message>
    <message>
        <source>Second phone: not signed in</source>
        <translation>Второй телефон: вход не выполнен</translation>
    </message>
    <message>
        <source>Filter {records}</source>
        <translation>Фильтр: {records}</translation>
    </message>
    <message>
        <source>{records} table</source>
        <translation>Таблица: {records}</translation>
    </message>
    <message>
        <source>{count} match</source>
        <translation>Совпадений: {count}</translation>
    </message>
    <message>
        <source>{count} · {shown} loaded</source>
        <translation>{count} · загружено {shown}</translation>
    </message>
    <message>
        <source>Select an email to preview it.</source>
        <translation>Выберите письмо для просмотра.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In outbox&lt;/b&gt; · kept in the database, nothing is sent (transport: outbox)</source>
        <translation>&lt;b&gt;В исходящих&lt;/b&gt; · хранится в базе данных, ничего не отправляется (транспорт: outbox)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queued&lt;/b&gt; · waiting to be sent by {via}</source>
        <translation>&lt;b&gt;В очереди&lt;/b&gt; · ожидает отправки ({via})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Retrying&lt;/b&gt; by {via} · {tried} so far · last error: {error}</source>
        <translation>&lt;b&gt;Повторная отправка&lt;/b&gt; ({via}) · {tried} · последняя ошибка: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sent&lt;/b&gt; · {tried} · {when} (real time)</source>
        <translation>&lt;b&gt;Отправлено&lt;/b&gt; · {tried} · {when} (реальное время)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sent&lt;/b&gt; · {tried}</source>
        <translation>&lt;b&gt;Отправлено&lt;/b&gt; · {tried}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed&lt;/b&gt; · {tried} · last error: {error}</source>
        <translation>&lt;b&gt;Ошибка&lt;/b&gt; · {tried} · последняя ошибка: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt; · never sent: {reason}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt; · не отправлено: {reason}</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message numerus="yes">
        <source>%n request</source>
        <translation>
            <numerusform>%n запрос</numerusform>
            <numerusform>%n запрос</numerusform>
            <numerusform>%n запрос</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n запрос</numerusform>
            <numerusform>%n запроса</numerusform>
            <numerusform>%n запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Письма</translation>
    </message>
    <message numerus="yes">
        <source>%n email</source>
        <translation>
            <numerusform>%n письмо</numerusform>
            <numerusform>%n письмо</numerusform>
            <numerusform>%n письмо</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emails</source>
        <translation>
            <numerusform>%n письмо</numerusform>
            <numerusform>%n письма</numerusform>
            <numerusform>%n писем</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter requests…</source>
        <translation>Фильтр запросов…</translation>
    </message>
    <message>
        <source>Filter emails…</source>
        <translation>Фильтр писем…</translation>
    </message>
    <message>
        <source>Selected email</source>
        <translation>Выбранное письмо</translation>
    </message>
    <message>
        <source>Export .eml…</source>
        <translation>Экспорт .eml…</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <source>Put a failed (or sent) email back in the queue</source>
        <translation>Вернуть неотправленное (или отправленное) письмо в очередь</translation>
    </message>
    <message>
        <source>Email preview</source>
        <translation>Просмотр письма</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Email header</source>
        <translation>Заголовок письма</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <source>Email From</source>
        <translation>Отправитель письма</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Email To</source>
        <translation>Получатель письма</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Email Date</source>
        <translation>Дата письма</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Email Subject</source>
        <translation>Тема письма</translation>
    </message>
    <message>
        <source>{when} UTC</source>
        <translation>{when} UTC</translation>
    </message>
    <message>
        <source>Export email</source>
        <translation>Экспорт письма</translation>
    </message>
    <message>
        <source>Email files (*.eml)</source>
        <translation>Файлы писем (*.eml)</translation>
    </message>
    <message>
        <source>Saved the email as {file}.</source>
        <translation>Письмо сохранено как {file}.</translation>
    </message>
    <message>
        <source>The email to {address} is queued to be sent again.</source>
        <translation>Письмо для {address} снова поставлено в очередь.</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Filter employees…</source>
        <translation>Фильтр сотрудников…</translation>
    </message>
    <message>
        <source>Filter network pages…</source>
        <translation>Фильтр страниц Network…</translation>
    </message>
    <message>
        <source>Filter notices…</source>
        <translation>Фильтр уведомлений…</translation>
    </message>
    <message>
        <source>Filter audit…</source>
        <translation>Фильтр журнала…</translation>
    </message>
    <message numerus="yes">
        <source>%n employee</source>
        <translation>
            <numerusform>%n сотрудник</numerusform>
            <numerusform>%n сотрудник</numerusform>
            <numerusform>%n сотрудник</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employees</source>
        <translation>
            <numerusform>%n сотрудник</numerusform>
            <numerusform>%n сотрудника</numerusform>
            <numerusform>%n сотрудников</numerusform>
        </translation>
    </message>
    <message>
        <source>Employees of Bitrix24</source>
        <translation>Сотрудники Битрикс24</translation>
    </message>
    <message>
        <source>Employees of</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Assign admin permissions</source>
        <translation>Назначить администратора</translation>
    </message>
    <message>
        <source>Delete user&apos;s data</source>
        <translation>Удалить данные пользователя</translation>
    </message>
    <message>
        <source>Delete a dismissed user&apos;s data and content</source>
        <translation>Удалить данные и контент уволенного пользователя</translation>
    </message>
    <message>
        <source>{address} (deleted)</source>
        <translation>{address} (удален)</translation>
    </message>
    <message>
        <source>{person} is now an administrator of {portal}.</source>
        <translation>{person} теперь администратор в {portal}.</translation>
    </message>
    <message>
        <source>{person}&apos;s data in {portal} was deleted.</source>
        <translation>Данные пользователя {person} в {portal} удалены.</translation>
    </message>
    <message>
        <source>Network pages</source>
        <translation>Страницы Network</translation>
    </message>
    <message numerus="yes">
        <source>%n person</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>{records} of person</source>
        <translation>{records}: пользователь</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Уведомления</translation>
    </message>
    <message numerus="yes">
        <source>%n notice</source>
        <translation>
            <numerusform>%n уведомление</numerusform>
            <numerusform>%n уведомление</numerusform>
            <numerusform>%n уведомление</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notices</source>
        <translation>
            <numerusform>%n уведомление</numerusform>
            <numerusform>%n уведомления</numerusform>
            <numerusform>%n уведомлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Журнал</translation>
    </message>
    <message numerus="yes">
        <source>%n event</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n событие</numerusform>
            <numerusform>%n событие</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first {shown} of %n people; use the tables&apos; filters for the rest.</source>
        <translation>
            <numerusform>Показаны первые {shown} из %n человека; остальных найдите с помощью фильтров таблиц.</numerusform>
            <numerusform>Показаны первые {shown} из %n человек; остальных найдите с помощью фильтров таблиц.</numerusform>
            <numerusform>Показаны первые {shown} из %n человек; остальных найдите с помощью фильтров таблиц.</numerusform>
        </translation>
    </message>
    <message>
        <source>{switch}: {choice}</source>
        <translation>{switch}: {choice}</translation>
    </message>
</context>
<context>
    <name>DeleteWarningSheet</name>
    <message>
        <source>Delete account</source>
        <translation>Удалить аккаунт</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>You are about to send a request to delete your account in {portal} ({address}). The request is valid only for this profile, the one you are signed in with in the app. Next steps:</source>
        <translation>Вы собираетесь отправить запрос на удаление аккаунта в {portal} ({address}). Запрос действует только для этого профиля — того, под которым вы вошли в приложение. Дальнейшие шаги:</translation>
    </message>
    <message>
        <source>Log in to the account you want to delete.</source>
        <translation>Войдите в аккаунт, который хотите удалить.</translation>
    </message>
    <message>
        <source>Read all the items listed in the request form, specify the reason for deleting the account and confirm the action.</source>
        <translation>Ознакомьтесь со всеми пунктами формы запроса, укажите причину удаления аккаунта и подтвердите действие.</translation>
    </message>
    <message numerus="yes">
        <source>Tap Send request. Your account will be deleted within %n days of your request.</source>
        <translation>
            <numerusform>Нажмите «Отправить запрос». Аккаунт будет удален в течение %n дня после запроса.</numerusform>
            <numerusform>Нажмите «Отправить запрос». Аккаунт будет удален в течение %n дней после запроса.</numerusform>
            <numerusform>Нажмите «Отправить запрос». Аккаунт будет удален в течение %n дней после запроса.</numerusform>
        </translation>
    </message>
    <message>
        <source>Until then you can cancel the request by sending &quot;{phrase}&quot; as the reason.</source>
        <translation>До этого момента запрос можно отменить, указав в качестве причины «{phrase}».</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Space pause · ← back · → step · +/− speed · Esc quit</source>
        <translation>Пробел — пауза · ← назад · → шаг · +/− скорость · Esc — выход</translation>
    </message>
    <message>
        <source>Paused · Space resume · ← back · → step · Esc quit</source>
        <translation>Пауза · Пробел — продолжить · ← назад · → шаг · Esc — выход</translation>
    </message>
    <message>
        <source>Step {step} of {total} · {keys} · speed {speed}×</source>
        <translation>Шаг {step} из {total} · {keys} · скорость {speed}×</translation>
    </message>
    <message>
        <source>{keys} · speed {speed}×</source>
        <translation>{keys} · скорость {speed}×</translation>
    </message>
    <message>
        <source>Stopped: {problem}</source>
        <translation>Остановлено: {problem}</translation>
    </message>
    <message>
        <source>Bitrix24 · Delete account in the mobile app</source>
        <translation>Битрикс24 · Удаление аккаунта в мобильном приложении</translation>
    </message>
    <message>
        <source>{weekday} {day}</source>
        <translation>{weekday}, {day}</translation>
    </message>
    <message>
        <source>{day}, {time} UTC</source>
        <translation>{day}, {time} UTC</translation>
    </message>
    <message>
        <source>The simulated clock starts on {moment}.</source>
        <translation>Начало симуляции: {moment}.</translation>
    </message>
    <message>
        <source>{person} is signed in to the app in {portal}.</source>
        <translation>В приложении выполнен вход: {person}, {portal}.</translation>
    </message>
    <message>
        <source>{person} is signed in to the app.</source>
        <translation>В приложении выполнен вход: {person}.</translation>
    </message>
    <message numerus="yes">
        <source>%n step, each caption pointing at what it shows.</source>
        <translation>
            <numerusform>%n шаг, каждая подпись указывает на то, что она описывает.</numerusform>
            <numerusform>%n шаг, каждая подпись указывает на то, что она описывает.</numerusform>
            <numerusform>%n шаг, каждая подпись указывает на то, что она описывает.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps, each caption pointing at what it shows.</source>
        <translation>
            <numerusform>%n шаг, каждая подпись указывает на то, что она описывает.</numerusform>
            <numerusform>%n шага, каждая подпись указывает на то, что она описывает.</numerusform>
            <numerusform>%n шагов, каждая подпись указывает на то, что она описывает.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day later</source>
        <translation>
            <numerusform>Спустя %n день</numerusform>
            <numerusform>Спустя %n день</numerusform>
            <numerusform>Спустя %n день</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days later</source>
        <translation>
            <numerusform>Спустя %n день</numerusform>
            <numerusform>Спустя %n дня</numerusform>
            <numerusform>Спустя %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour later</source>
        <translation>
            <numerusform>Спустя %n час</numerusform>
            <numerusform>Спустя %n час</numerusform>
            <numerusform>Спустя %n час</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours later</source>
        <translation>
            <numerusform>Спустя %n час</numerusform>
            <numerusform>Спустя %n часа</numerusform>
            <numerusform>Спустя %n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>Time passes</source>
        <translation>Проходит время</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>{start} — {end}</translation>
    </message>
    <message>
        <source>What happened · {span}</source>
        <translation>Что произошло · {span}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>That is the whole story.</source>
        <translation>Вот и вся история.</translation>
    </message>
    <message>
        <source>The demo stopped early.</source>
        <translation>Демонстрация остановлена досрочно.</translation>
    </message>
    <message>
        <source>Esc or close the window to finish</source>
        <translation>Чтобы завершить, нажмите Esc или закройте окно</translation>
    </message>
</context>
<context>
    <name>EditProfileScreen</name>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Редактирование</translation>
    </message>
    <message>
        <source>Your name, position and contacts are managed by your Bitrix24 administrator in this prototype.</source>
        <translation>В этом прототипе ваши имя, должность и контакты изменяет администратор Битрикс24.</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Удалить аккаунт</translation>
    </message>
</context>
<context>
    <name>EmployeeScreen</name>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Data and content</source>
        <translation>Данные и контент</translation>
    </message>
    <message>
        <source>Delete user data</source>
        <translation>Удалить данные пользователя</translation>
    </message>
    <message>
        <source>Give admin rights</source>
        <translation>Назначить администратором</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Уволен</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>{status} · to be deleted on {date}</source>
        <translation>{status} · удаление {date}</translation>
    </message>
    <message>
        <source>Kept until an administrator deletes them</source>
        <translation>Хранятся, пока их не удалит администратор</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалены</translation>
    </message>
</context>
<context>
    <name>EmployeesScreen</name>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Уволен</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>FeedScreen</name>
    <message>
        <source>Feed</source>
        <translation>Новости</translation>
    </message>
    <message>
        <source>Profile photo</source>
        <translation>Фото профиля</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Мой профиль</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Написать сообщение</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Написать сообщение…</translation>
    </message>
    <message>
        <source>Writing a post</source>
        <translation>Создание сообщения</translation>
    </message>
    <message>
        <source>Notifications ({count})</source>
        <translation>Уведомления ({count})</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <extracomment>Who a notice in the Feed is from: the app itself (the Russian app: Битрикс24)</extracomment>
        <translation>Битрикс24</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Объявление</translation>
    </message>
    <message>
        <source>Welcome to {portal} on Bitrix24! Post news, share files and discuss them with colleagues here in the Feed.</source>
        <translation>Добро пожаловать в Битрикс24 {portal}! Здесь, в ленте новостей, можно публиковать новости, делиться файлами и обсуждать их с коллегами.</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Нравится</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментировать</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Flow handout</source>
        <translation>Отчет по сценарию</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>пройден</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>НЕ ПРОЙДЕН</translation>
    </message>
    <message>
        <source>{flow}  ({state}) (continued)</source>
        <translation>{flow}  ({state}) (продолжение)</translation>
    </message>
    <message>
        <source>{flow}  ({state})</source>
        <translation>{flow}  ({state})</translation>
    </message>
    <message>
        <source>No step ran.</source>
        <translation>Ни один шаг не выполнен.</translation>
    </message>
    <message>
        <source>Appendix: the emails of the story</source>
        <translation>Приложение: письма этой истории</translation>
    </message>
    <message>
        <source>No email was sent.</source>
        <translation>Письма не отправлялись.</translation>
    </message>
    <message>
        <source>{subject}
To: {to}
Date: {date}
Flow: {flow}</source>
        <translation>{subject}
Кому: {to}
Дата: {date}
Сценарий: {flow}</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>next</source>
        <extracomment>The Return key of iOS&apos;s keyboard where another field follows (iOS&apos;s word)</extracomment>
        <translation>Далее</translation>
    </message>
    <message>
        <source>go</source>
        <extracomment>The Return key of iOS&apos;s keyboard where it submits the page (iOS&apos;s word)</extracomment>
        <translation>Перейти</translation>
    </message>
    <message>
        <source>done</source>
        <extracomment>The Return key of iOS&apos;s keyboard where it closes the keyboard (iOS&apos;s word)</extracomment>
        <translation>Готово</translation>
    </message>
    <message>
        <source>return</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>удалить</translation>
    </message>
    <message>
        <source>space</source>
        <extracomment>The space bar of iOS&apos;s keyboard (iOS&apos;s word: Leerzeichen, Пробел, espacio)</extracomment>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>цифры</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>буквы</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>символы</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>АБВ</translation>
    </message>
</context>
<context>
    <name>MenuScreen</name>
    <message>
        <source>Sites and Stores</source>
        <translation>Сайты и магазины</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Workgroups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Мой профиль</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Редактировать профиль</translation>
    </message>
    <message>
        <source>BITRIX24</source>
        <extracomment>The heading of the Menu&apos;s sections, the brand in capitals (Russian: БИТРИКС24)</extracomment>
        <translation>БИТРИКС24</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>No notifications yet. When something needs your attention in this Bitrix24, it appears here.</source>
        <translation>Уведомлений пока нет. Когда в этом Битрикс24 что-то потребует вашего внимания, это появится здесь.</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Everyone in this Bitrix24</source>
        <translation>Все сотрудники этого Битрикс24</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Открыть профиль</translation>
    </message>
    <message>
        <source>{day}, {time} UTC</source>
        <extracomment>When a notification came: day is a date, time is 14:05</extracomment>
        <translation>{day}, {time} UTC</translation>
    </message>
</context>
<context>
    <name>PendingBanner</name>
    <message>
        <source>Deletion requested</source>
        <translation>Запрошено удаление</translation>
    </message>
    <message>
        <source>To cancel, tap Delete account, go through the steps again and specify &quot;{phrase}&quot; as the reason.</source>
        <translation>Чтобы отменить удаление, нажмите «Удалить аккаунт», пройдите шаги еще раз и укажите в качестве причины «{phrase}».</translation>
    </message>
    <message>
        <source>You asked to delete your account in {portal} on {requested}. It will be deleted on {due}.</source>
        <translation>{requested} вы запросили удаление аккаунта в {portal}, и {due} он будет удален.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>{name} now has admin permissions in {portal}. Your request will not delete the Bitrix24.</source>
        <translation>{name} теперь администратор в {portal}. Ваш запрос не удалит Битрикс24.</translation>
    </message>
    <message>
        <source>Simulated time: {time} UTC</source>
        <translation>Время симуляции: {time} UTC</translation>
    </message>
    <message>
        <source>Simulated time {time} UTC</source>
        <translation>Время симуляции {time} UTC</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>{what}: not part of this prototype</source>
        <translation>{what}: нет в этом прототипе</translation>
    </message>
    <message>
        <source>{name}&apos;s data and content have been deleted.</source>
        <translation>Данные и контент пользователя {name} удалены.</translation>
    </message>
    <message>
        <source>{name} now has admin permissions in {portal}.</source>
        <translation>{name} теперь администратор в {portal}.</translation>
    </message>
    <message>
        <source>Phone (starting)</source>
        <translation>Телефон (запуск)</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <source>Email and password</source>
        <translation>E-mail и пароль</translation>
    </message>
    <message>
        <source>Phone and password</source>
        <translation>Телефон и пароль</translation>
    </message>
    <message>
        <source>Sign in with Apple</source>
        <translation>Вход через Apple</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Вход через Google</translation>
    </message>
    <message>
        <source>Sign in with Office365</source>
        <translation>Вход через Office365</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Редактировать профиль</translation>
    </message>
    <message>
        <source>CONTACT INFORMATION</source>
        <translation>КОНТАКТНАЯ ИНФОРМАЦИЯ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <extracomment>The contact row naming the person&apos;s Bitrix24 (the Russian app: Битрикс24)</extracomment>
        <translation>Битрикс24</translation>
    </message>
    <message>
        <source>EMPLOYMENT</source>
        <translation>РАБОТА</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>БЕЗОПАСНОСТЬ</translation>
    </message>
    <message>
        <source>Registration method</source>
        <translation>Способ регистрации</translation>
    </message>
    <message>
        <source>Bitrix24 Network profile</source>
        <translation>Профиль Битрикс24.Network</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Удалить аккаунт</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Уволен</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
</context>
<context>
    <name>RequestFormScreen</name>
    <message>
        <source>Delete account</source>
        <translation>Удаление аккаунта</translation>
    </message>
    <message>
        <source>STEP 2 OF 2</source>
        <translation>ШАГ 2 ИЗ 2</translation>
    </message>
    <message>
        <source>Profile deletion request</source>
        <translation>Запрос на удаление профиля</translation>
    </message>
    <message>
        <source>You have already sent a request</source>
        <translation>Вы уже отправили запрос</translation>
    </message>
    <message>
        <source>WHAT HAPPENS AFTER THE ACCOUNT DELETION</source>
        <translation>ЧТО ПРОИЗОЙДЕТ ПОСЛЕ УДАЛЕНИЯ АККАУНТА</translation>
    </message>
    <message>
        <source>As soon as your request is processed and your profile is deleted:</source>
        <translation>Как только ваш запрос будет обработан и профиль удален:</translation>
    </message>
    <message>
        <source>REASON FOR DELETION</source>
        <translation>ПРИЧИНА УДАЛЕНИЯ</translation>
    </message>
    <message>
        <source>Specify the reason for deleting the account</source>
        <translation>Укажите причину удаления аккаунта</translation>
    </message>
    <message>
        <source>Reason for deletion</source>
        <translation>Причина удаления</translation>
    </message>
    <message>
        <source>Tell us why you are deleting your account</source>
        <translation>Расскажите, почему вы удаляете аккаунт</translation>
    </message>
    <message>
        <source>On {requested} you asked to delete this account. It will be deleted on {due}. To cancel, specify &quot;{phrase}&quot; as the reason.</source>
        <translation>{requested} вы отправили запрос на удаление этого аккаунта, и {due} он будет удален. Чтобы отменить удаление, укажите в качестве причины «{phrase}».</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Отправить запрос</translation>
    </message>
    <message>
        <source>To cancel a pending request, specify &quot;{phrase}&quot;.</source>
        <translation>Чтобы отменить отправленный запрос, укажите «{phrase}».</translation>
    </message>
    <message>
        <source>You are the only administrator</source>
        <translation>Вы единственный администратор</translation>
    </message>
    <message>
        <source>Assign admin permissions</source>
        <translation>Назначить администратора</translation>
    </message>
    <message numerus="yes">
        <source>The deletion request is valid only for your profile in {portal} ({address}), under which you are authorized in the app. If sent now, it will be deleted within %n day, on {date}.</source>
        <translation>
            <numerusform>Запрос на удаление действует только для вашего профиля в {portal} ({address}), под которым вы авторизованы в приложении. Если отправить запрос сейчас, профиль будет удален {date} (через %n день).</numerusform>
            <numerusform>Запрос на удаление действует только для вашего профиля в {portal} ({address}), под которым вы авторизованы в приложении. Если отправить запрос сейчас, профиль будет удален {date} (через %n дня).</numerusform>
            <numerusform>Запрос на удаление действует только для вашего профиля в {portal} ({address}), под которым вы авторизованы в приложении. Если отправить запрос сейчас, профиль будет удален {date} (через %n дней).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The deletion request is valid only for your profile in {portal} ({address}), under which you are authorized in the app. If sent now, it will be deleted within %n days, on {date}.</source>
        <translation>
            <numerusform>Запрос на удаление действует только для вашего профиля в {portal} ({address}), под которым вы авторизованы в приложении. Если отправить запрос сейчас, профиль будет удален {date} (через %n день).</numerusform>
            <numerusform>Запрос на удаление действует только для вашего профиля в {portal} ({address}), под которым вы авторизованы в приложении. Если отправить запрос сейчас, профиль будет удален {date} (через %n дня).</numerusform>
            <numerusform>Запрос на удаление действует только для вашего профиля в {portal} ({address}), под которым вы авторизованы в приложении. Если отправить запрос сейчас, профиль будет удален {date} (через %n дней).</numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion request is valid only for your profile in {portal} ({address}), under which you are authorized in the app.</source>
        <translation>Запрос на удаление действует только для вашего профиля в {portal} ({address}), под которым вы авторизованы в приложении.</translation>
    </message>
    <message>
        <source>If you send the request, {portal} ({address}) will be deleted too. Give administrator rights to another user before deletion, or confirm below.</source>
        <translation>Если вы отправите запрос, Битрикс24 {portal} ({address}) тоже будет удален. Передайте права администратора другому пользователю до удаления или подтвердите ниже.</translation>
    </message>
    <message>
        <source>I understand that {portal} will be deleted together with my account</source>
        <translation>Я понимаю, что Битрикс24 {portal} будет удален вместе с моим аккаунтом</translation>
    </message>
    <message>
        <source>I have read all the items and confirm that I want to send this request for my account in {address}</source>
        <translation>Все пункты прочитаны. Подтверждаю, что хочу отправить запрос для своего аккаунта в {address}</translation>
    </message>
    <message>
        <source>Assign admin permissions to another employee, or confirm that the Bitrix24 will be deleted too.</source>
        <translation>Назначьте администратором другого сотрудника или подтвердите, что Битрикс24 тоже будет удален.</translation>
    </message>
    <message>
        <source>Your pending request will be cancelled.</source>
        <translation>Ваш запрос на удаление будет отменен.</translation>
    </message>
    <message>
        <source>This sends a cancellation request.</source>
        <translation>Будет отправлен запрос на отмену удаления.</translation>
    </message>
    <message>
        <source>Everything is ready.</source>
        <translation>Все готово.</translation>
    </message>
</context>
<context>
    <name>RequestLoginScreen</name>
    <message>
        <source>Delete account</source>
        <translation>Удаление аккаунта</translation>
    </message>
    <message>
        <source>STEP 1 OF 2</source>
        <translation>ШАГ 1 ИЗ 2</translation>
    </message>
    <message>
        <source>Log in to the account you want to delete</source>
        <translation>Войдите в аккаунт, который хотите удалить</translation>
    </message>
    <message>
        <source>Log in to Bitrix24 in the browser the way you registered: with your phone or email and password, or with Apple, Google or Office365. Then tap Next.</source>
        <translation>Войдите в Битрикс24 в браузере тем же способом, что и при регистрации: по телефону или email и паролю либо через Apple, Google или Office365. Затем нажмите «Далее».</translation>
    </message>
    <message>
        <source>THE REQUEST WILL BE FOR</source>
        <translation>ЗАПРОС КАСАЕТСЯ</translation>
    </message>
    <message>
        <source>The deletion request is valid only for one profile of a particular account under which you are authorized in the Bitrix24 mobile app.</source>
        <translation>Запрос на удаление действует только для одного профиля конкретного аккаунта, под которым вы авторизованы в мобильном приложении Битрикс24.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>RequestSentScreen</name>
    <message>
        <source>Request sent</source>
        <translation>Запрос отправлен</translation>
    </message>
    <message>
        <source>Request already sent</source>
        <translation>Запрос уже отправлен</translation>
    </message>
    <message>
        <source>You sent a request to delete your account in {portal} on {requested}. No new request was created. Your account will be deleted on {due}.</source>
        <translation>{requested} вы уже отправили запрос на удаление аккаунта в {portal}. Новый запрос не создан. {due} аккаунт будет удален.</translation>
    </message>
    <message numerus="yes">
        <source>Your account in {portal} ({address}) will be deleted within %n days of your request, on {due}.</source>
        <translation>
            <numerusform>Ваш аккаунт в {portal} ({address}) будет удален {due} — через %n день после запроса.</numerusform>
            <numerusform>Ваш аккаунт в {portal} ({address}) будет удален {due} — через %n дня после запроса.</numerusform>
            <numerusform>Ваш аккаунт в {portal} ({address}) будет удален {due} — через %n дней после запроса.</numerusform>
        </translation>
    </message>
    <message>
        <source>• You are the only administrator: {portal} ({address}) will be deleted together with your account on {due}.</source>
        <translation>• Вы единственный администратор: {due} Битрикс24 {portal} ({address}) будет удален вместе с вашим аккаунтом.</translation>
    </message>
    <message>
        <source>• The administrator was informed when you sent it.</source>
        <translation>• Администратор получил уведомление при отправке запроса.</translation>
    </message>
    <message>
        <source>• No other administrator was informed when you sent it.</source>
        <translation>• При отправке запроса другие администраторы не получили уведомление.</translation>
    </message>
    <message>
        <source>• There is no other administrator in this Bitrix24 to inform.</source>
        <translation>• В этом Битрикс24 нет других администраторов, которых нужно уведомить.</translation>
    </message>
    <message>
        <source>• The administrator will receive information about the impending deletion of your profile.</source>
        <translation>• Администратор получит информацию о предстоящем удалении вашего профиля.</translation>
    </message>
    <message>
        <source>• We will inform you of the final profile deletion by the email you specified in your Bitrix24 Network profile: {email}.</source>
        <translation>• Об окончательном удалении профиля мы сообщим на email, указанный в вашем профиле Битрикс24.Network: {email}.</translation>
    </message>
    <message>
        <source>• Changed your mind? Before {due}, go to your profile, tap Delete account and send the request again with the reason &quot;{phrase}&quot;.</source>
        <translation>• Передумали? До {due} откройте свой профиль, нажмите «Удалить аккаунт» и отправьте запрос еще раз с причиной «{phrase}».</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>What happens next</source>
        <translation>Что дальше</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>email</source>
        <extracomment>How the person signs in, after their position: &quot;Head of Sales · email&quot;</extracomment>
        <translation>email</translation>
    </message>
    <message>
        <source>phone</source>
        <extracomment>How the person signs in (with a phone number), after their position</extracomment>
        <translation>телефон</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Choose who is using the phone, then the Bitrix24 to sign in to.</source>
        <translation>Выберите, кто пользуется телефоном, а затем Битрикс24, в который нужно войти.</translation>
    </message>
    <message>
        <source>PEOPLE</source>
        <translation>ПОЛЬЗОВАТЕЛИ</translation>
    </message>
    <message>
        <source>BITRIX24</source>
        <extracomment>The heading of a person&apos;s Bitrix24s, the brand in capitals (Russian: БИТРИКС24)</extracomment>
        <translation>БИТРИКС24</translation>
    </message>
    <message>
        <source>{NAME}&apos;S BITRIX24</source>
        <extracomment>A section heading in capitals; NAME is the person&apos;s name in capitals</extracomment>
        <translation>БИТРИКС24: {NAME}</translation>
    </message>
</context>
<context>
    <name>Storyboard</name>
    <message>
        <source>passed</source>
        <translation>пройден</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>НЕ ПРОЙДЕН</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>failed (optional)</source>
        <translation>не пройден (необязательный)</translation>
    </message>
    <message numerus="yes">
        <source>%n step</source>
        <translation>
            <numerusform>%n шаг</numerusform>
            <numerusform>%n шаг</numerusform>
            <numerusform>%n шаг</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n шаг</numerusform>
            <numerusform>%n шага</numerusform>
            <numerusform>%n шагов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ran %n time</source>
        <translation>
            <numerusform>выполнено %n раз</numerusform>
            <numerusform>выполнено %n раза</numerusform>
            <numerusform>выполнено %n раз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ran %n times</source>
        <translation>
            <numerusform>выполнено %n раз</numerusform>
            <numerusform>выполнено %n раза</numerusform>
            <numerusform>выполнено %n раз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeat %n time</source>
        <translation>
            <numerusform>Повторить %n раз</numerusform>
            <numerusform>Повторить %n раза</numerusform>
            <numerusform>Повторить %n раз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeat %n times</source>
        <translation>
            <numerusform>Повторить %n раз</numerusform>
            <numerusform>Повторить %n раза</numerusform>
            <numerusform>Повторить %n раз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again up to %n time if it fails</source>
        <translation>
            <numerusform>При ошибке повторить до %n раза</numerusform>
            <numerusform>При ошибке повторить до %n раз</numerusform>
            <numerusform>При ошибке повторить до %n раз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again up to %n times if it fails</source>
        <translation>
            <numerusform>При ошибке повторить до %n раза</numerusform>
            <numerusform>При ошибке повторить до %n раз</numerusform>
            <numerusform>При ошибке повторить до %n раз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passed at attempt {attempt} of %n</source>
        <translation>
            <numerusform>пройден с {attempt}-й попытки из %n</numerusform>
            <numerusform>пройден с {attempt}-й попытки из %n</numerusform>
            <numerusform>пройден с {attempt}-й попытки из %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Flow storyboard</source>
        <translation>Раскадровка сценария</translation>
    </message>
    <message>
        <source>{passed} passed, {failed} failed, {skipped} skipped</source>
        <translation>Пройдено: {passed}, не пройдено: {failed}, пропущено: {skipped}</translation>
    </message>
    <message>
        <source>{passed} passed, {failed} failed</source>
        <translation>Пройдено: {passed}, не пройдено: {failed}</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>теги: {tags}</translation>
    </message>
    <message>
        <source>Screenshot at the failure</source>
        <translation>Снимок экрана в момент сбоя</translation>
    </message>
    <message>
        <source>Every screen of the phone, on iOS and Android, and its motion half way</source>
        <translation>Все экраны телефона в iOS и Android и середина каждой анимации</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>{subject} (to {recipient})</source>
        <translation>{subject} (кому: {recipient})</translation>
    </message>
    <message>
        <source>it</source>
        <translation>элемент</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>«{text}»</translation>
    </message>
    <message>
        <source>Time passes</source>
        <translation>Проходит время</translation>
    </message>
    <message>
        <source>{duration} passes</source>
        <translation>Проходит {duration}</translation>
    </message>
    <message>
        <source>{duration} pass</source>
        <translation>Проходит {duration}</translation>
    </message>
    <message>
        <source>The steps inside</source>
        <translation>Шаги внутри</translation>
    </message>
    <message>
        <source>Repeat while the condition holds</source>
        <translation>Повторять, пока выполняется условие</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Try again if it fails</source>
        <translation>При ошибке повторить</translation>
    </message>
    <message>
        <source>On the second phone ({person})</source>
        <translation>На втором телефоне ({person})</translation>
    </message>
    <message>
        <source>On the second phone</source>
        <translation>На втором телефоне</translation>
    </message>
    <message>
        <source>On the first phone</source>
        <translation>На первом телефоне</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>не показан</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>вход не выполнен</translation>
    </message>
    <message>
        <source>on the second phone ({who})</source>
        <translation>на втором телефоне ({who})</translation>
    </message>
    <message>
        <source>on the second phone ({who}): {problem}</source>
        <translation>на втором телефоне ({who}): {problem}</translation>
    </message>
    <message>
        <source>on the first phone ({who})</source>
        <translation>на первом телефоне ({who})</translation>
    </message>
    <message>
        <source>on the first phone ({who}): {problem}</source>
        <translation>на первом телефоне ({who}): {problem}</translation>
    </message>
    <message>
        <source>An email to {to}: “{subject}”</source>
        <translation>Письмо для {to}: «{subject}»</translation>
    </message>
    <message>
        <source>An email: “{subject}”</source>
        <translation>Письмо: «{subject}»</translation>
    </message>
    <message>
        <source>An email to {to} is in the outbox</source>
        <translation>Письмо для {to} в исходящих</translation>
    </message>
    <message>
        <source>An email is in the outbox</source>
        <translation>Письмо в исходящих</translation>
    </message>
    <message>
        <source>No email to {to}</source>
        <translation>Нет письма для {to}</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Нет письма</translation>
    </message>
    <message>
        <source>{person}&apos;s Network profile is {status}</source>
        <translation>Профиль Network пользователя {person}: {status}</translation>
    </message>
    <message>
        <source>{person}&apos;s Network profile is checked</source>
        <translation>Профиль Network пользователя {person} проверен</translation>
    </message>
    <message>
        <source>Tap {target}</source>
        <translation>Нажать {target}</translation>
    </message>
    <message>
        <source>Double-tap {target}</source>
        <translation>Дважды нажать {target}</translation>
    </message>
    <message>
        <source>Press and hold {target}</source>
        <translation>Нажать и удерживать {target}</translation>
    </message>
    <message>
        <source>See {target}</source>
        <translation>На экране: {target}</translation>
    </message>
    <message>
        <source>{target} is gone</source>
        <translation>Нет на экране: {target}</translation>
    </message>
    <message>
        <source>Scroll to {target}</source>
        <translation>Прокрутить до: {target}</translation>
    </message>
    <message>
        <source>Type “{text}”</source>
        <translation>Ввести «{text}»</translation>
    </message>
    <message>
        <source>Erase the text</source>
        <translation>Стереть текст</translation>
    </message>
    <message>
        <source>Open the app</source>
        <translation>Открыть приложение</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Вернуться назад</translation>
    </message>
    <message>
        <source>The due requests are processed</source>
        <translation>Запросы с наступившим сроком обработаны</translation>
    </message>
    <message>
        <source>Script: {script}</source>
        <translation>Скрипт: {script}</translation>
    </message>
    <message>
        <source>Run the script {file}</source>
        <translation>Выполнить скрипт {file}</translation>
    </message>
    <message>
        <source>Check: {condition}</source>
        <translation>Проверка: {condition}</translation>
    </message>
    <message>
        <source>{person}&apos;s profile in {portal}: {checks}</source>
        <translation>Профиль пользователя {person} в {portal}: {checks}</translation>
    </message>
    <message>
        <source>A screenshot</source>
        <translation>Снимок экрана</translation>
    </message>
</context>
<context>
    <name>TabBar</name>
    <message>
        <source>Feed</source>
        <translation>Новости</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>The window needs {need} px and this screen has {room}, too small even at half size (--scale 0.5): use a larger screen or window.</source>
        <translation>Окну нужно {need} px, а на этом экране есть {room} — слишком мало даже при половинном размере (--scale 0.5): используйте экран или окно побольше.</translation>
    </message>
    <message>
        <source>The window needs {need} px and this screen has {room}: start with &apos;python main.py --scale {factor}&apos; to see all of it.</source>
        <translation>Окну нужно {need} px, а на этом экране есть {room}: запустите &apos;python main.py --scale {factor}&apos;, чтобы увидеть его целиком.</translation>
    </message>
    <message>
        <source>Bitrix24 — Delete account prototype</source>
        <translation>Битрикс24 — прототип удаления аккаунта</translation>
    </message>
</context>
</TS>
