<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddressNotFoundScreen</name>
    <message>
        <source>This address could not be found</source>
        <translation>Diese Adresse konnte nicht gefunden werden</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <source>Log out of your Bitrix24 profile and log in again with the current data. If necessary, clear your browser history.</source>
        <translation>Melden Sie sich von Ihrem Bitrix24-Profil ab und mit den aktuellen Daten erneut an. Löschen Sie bei Bedarf Ihren Browserverlauf.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Clear browser history</source>
        <translation>Browserverlauf löschen</translation>
    </message>
    <message>
        <source>Reader view</source>
        <translation>Reader-Ansicht</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Open in Safari</source>
        <translation>In Safari öffnen</translation>
    </message>
    <message>
        <source>You logged in to an account that is not associated with the requested Bitrix24, {address}.</source>
        <translation>Sie haben sich in einem Account angemeldet, der nicht mit dem angefragten Bitrix24 {address} verknüpft ist.</translation>
    </message>
    <message>
        <source>You are logged in as {name} ({email}), an account that is not associated with the requested Bitrix24, {address}.</source>
        <translation>Sie sind als {name} ({email}) angemeldet. Dieser Account ist nicht mit dem angefragten Bitrix24 {address} verknüpft.</translation>
    </message>
</context>
<context>
    <name>BrowserScreen</name>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Phone or email</source>
        <translation>Telefon oder E-Mail</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>or sign in with</source>
        <translation>oder anmelden mit</translation>
    </message>
    <message>
        <source>Sign in with {service}</source>
        <translation>Mit {service} anmelden</translation>
    </message>
    <message>
        <source>Enter password</source>
        <translation>Passwort eingeben</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Passwort vergessen?</translation>
    </message>
    <message>
        <source>Password recovery is not part of this prototype. Each person&apos;s password is in the world file (password:).</source>
        <translation>Die Passwortwiederherstellung ist nicht Teil dieses Prototyps. Das Passwort jeder Person steht in der Weltdatei (password:).</translation>
    </message>
    <message>
        <source>Use another account</source>
        <translation>Anderen Account verwenden</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Reader view</source>
        <translation>Reader-Ansicht</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Open in Safari</source>
        <translation>In Safari öffnen</translation>
    </message>
    <message>
        <source>Choose your {service} account to continue to Bitrix24. {service} will share your name and email with Bitrix24.</source>
        <translation>Wählen Sie Ihren {service}-Account, um mit Bitrix24 fortzufahren. {service} teilt Ihren Namen und Ihre E-Mail-Adresse mit Bitrix24.</translation>
    </message>
    <message>
        <source>This is not the account you use in the app</source>
        <translation>Das ist nicht der Account, den Sie in der App verwenden</translation>
    </message>
    <message>
        <source>You are logged in as someone else</source>
        <translation>Sie sind als andere Person angemeldet</translation>
    </message>
    <message>
        <source>Continue as {name}</source>
        <translation>Weiter als {name}</translation>
    </message>
    <message>
        <source>There is no {service} account on this phone that is linked to a Bitrix24 Network profile.</source>
        <translation>Auf diesem Telefon gibt es keinen {service}-Account, der mit einem Bitrix24-Network-Profil verknüpft ist.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>%n days later</source>
        <translation>%n Tage später</translation>
    </message>
    <message>
        <source>{name} now has admin permissions in {portal}. Your request will not delete the Bitrix24.</source>
        <translation>{name} hat jetzt Admin-Rechte in {portal}. Ihre Anfrage löscht das Bitrix24 nicht.</translation>
    </message>
    <message>
        <source>Simulated time: {time} UTC</source>
        <translation>Simulierte Zeit: {time} UTC</translation>
    </message>
    <message>
        <source>Simulated time {time} UTC</source>
        <translation>Simulierte Zeit {time} UTC</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>{what}: not part of this prototype</source>
        <translation>{what}: nicht Teil dieses Prototyps</translation>
    </message>
</context>
<context>
    <name>RequestFormScreen</name>
    <message>
        <source>Delete account</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>STEP 2 OF 2</source>
        <translation>SCHRITT 2 VON 2</translation>
    </message>
    <message>
        <source>Profile deletion request</source>
        <translation>Anfrage zur Profillöschung</translation>
    </message>
    <message>
        <source>You have already sent a request</source>
        <translation>Sie haben bereits eine Anfrage gesendet</translation>
    </message>
    <message>
        <source>WHAT HAPPENS AFTER THE ACCOUNT DELETION</source>
        <translation>WAS NACH DER LÖSCHUNG PASSIERT</translation>
    </message>
    <message>
        <source>As soon as your request is processed and your profile is deleted:</source>
        <translation>Sobald Ihre Anfrage bearbeitet und Ihr Profil gelöscht ist:</translation>
    </message>
    <message>
        <source>REASON FOR DELETION</source>
        <translation>GRUND FÜR DIE LÖSCHUNG</translation>
    </message>
    <message>
        <source>Specify the reason for deleting the account</source>
        <translation>Geben Sie den Grund für die Löschung an</translation>
    </message>
    <message>
        <source>Reason for deletion</source>
        <translation>Grund für die Löschung</translation>
    </message>
    <message>
        <source>Tell us why you are deleting your account</source>
        <translation>Teilen Sie uns mit, warum Sie Ihr Profil löschen</translation>
    </message>
    <message>
        <source>To cancel a pending request, specify &quot;cancel profile deletion&quot;.</source>
        <translation>Um eine ausstehende Anfrage zu widerrufen, geben Sie „cancel profile deletion“ ein.</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>You are the only administrator</source>
        <translation>Sie sind der einzige Administrator</translation>
    </message>
    <message>
        <source>Assign admin permissions</source>
        <translation>Admin-Rechte zuweisen</translation>
    </message>
    <message numerus="yes">
        <source>The deletion request is valid only for your profile in {portal} ({address}), under which you are authorized in the app. If sent now, it will be deleted within %n days, on {date}.</source>
        <translation>
            <numerusform>Die Löschanfrage gilt nur für Ihr Profil in {portal} ({address}), mit dem Sie in der App angemeldet sind. Wenn Sie sie jetzt senden, wird es innerhalb von %n Tag gelöscht, am {date}.</numerusform>
            <numerusform>Die Löschanfrage gilt nur für Ihr Profil in {portal} ({address}), mit dem Sie in der App angemeldet sind. Wenn Sie sie jetzt senden, wird es innerhalb von %n Tagen gelöscht, am {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion request is valid only for your profile in {portal} ({address}), under which you are authorized in the app.</source>
        <translation>Die Löschanfrage gilt nur für Ihr Profil in {portal} ({address}), mit dem Sie in der App angemeldet sind.</translation>
    </message>
    <message>
        <source>If you send the request, {portal} ({address}) will be deleted too. Give administrator rights to another user before deletion, or confirm below.</source>
        <translation>Wenn Sie die Anfrage senden, wird auch {portal} ({address}) gelöscht. Übertragen Sie vor der Löschung die Administratorrechte an einen anderen Nutzer oder bestätigen Sie unten.</translation>
    </message>
    <message>
        <source>I understand that {portal} will be deleted together with my account</source>
        <translation>Mir ist bewusst, dass {portal} zusammen mit meinem Profil gelöscht wird</translation>
    </message>
    <message>
        <source>I have read all the items and confirm that I want to send this request for my account in {address}</source>
        <translation>Ich habe alle Punkte gelesen und bestätige, dass ich diese Anfrage für mein Profil in {address} senden möchte</translation>
    </message>
    <message>
        <source>On {requested} you asked to delete this account. It will be deleted on {due}. To cancel, specify &quot;cancel profile deletion&quot; as the reason.</source>
        <translation>Sie haben am {requested} die Löschung dieses Profils beantragt. Es wird am {due} gelöscht. Um die Anfrage zu widerrufen, geben Sie als Grund „cancel profile deletion“ ein.</translation>
    </message>
    <message>
        <source>Assign admin permissions to another employee, or confirm that the Bitrix24 will be deleted too.</source>
        <translation>Weisen Sie einem anderen Mitarbeiter Admin-Rechte zu oder bestätigen Sie, dass das Bitrix24 ebenfalls gelöscht wird.</translation>
    </message>
    <message>
        <source>Your pending request will be cancelled.</source>
        <translation>Ihre ausstehende Anfrage wird widerrufen.</translation>
    </message>
    <message>
        <source>This sends a cancellation request.</source>
        <translation>Damit wird eine Widerrufsanfrage gesendet.</translation>
    </message>
    <message>
        <source>Everything is ready.</source>
        <translation>Alles bereit.</translation>
    </message>
</context>
<context>
    <name>RequestLoginScreen</name>
    <message>
        <source>Delete account</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>STEP 1 OF 2</source>
        <translation>SCHRITT 1 VON 2</translation>
    </message>
    <message>
        <source>Log in to the account you want to delete</source>
        <translation>Melden Sie sich in dem Account an, den Sie löschen möchten</translation>
    </message>
    <message>
        <source>Log in to Bitrix24 in the browser the way you registered: with your phone or email and password, or with Apple, Google or Office365. Then tap Next.</source>
        <translation>Melden Sie sich im Browser so bei Bitrix24 an, wie Sie sich registriert haben: mit Telefon oder E-Mail und Passwort oder mit Apple, Google oder Office365. Tippen Sie dann auf Weiter.</translation>
    </message>
    <message>
        <source>THE REQUEST WILL BE FOR</source>
        <translation>DIE ANFRAGE GILT FÜR</translation>
    </message>
    <message>
        <source>The deletion request is valid only for one profile of a particular account under which you are authorized in the Bitrix24 mobile app.</source>
        <translation>Die Löschanfrage gilt nur für ein Profil in dem Account, mit dem Sie in der mobilen Bitrix24-App angemeldet sind.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
</context>
</TS>
