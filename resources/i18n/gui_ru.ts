<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
    <name>Phone</name>
    <message>
        <source>%n days later</source>
        <translation>Спустя %n дн.</translation>
    </message>
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
        <source>To cancel a pending request, specify &quot;cancel profile deletion&quot;.</source>
        <translation>Чтобы отменить отправленный запрос, укажите «cancel profile deletion».</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Отправить запрос</translation>
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
        <source>On {requested} you asked to delete this account. It will be deleted on {due}. To cancel, specify &quot;cancel profile deletion&quot; as the reason.</source>
        <translation>{requested} вы отправили запрос на удаление этого аккаунта. Он будет удален {due}. Чтобы отменить удаление, укажите в качестве причины «cancel profile deletion».</translation>
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
</TS>
