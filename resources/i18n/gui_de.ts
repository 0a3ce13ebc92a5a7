<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccessClosedScreen</name>
    <message>
        <source>Access closed</source>
        <translation>Zugriff gesperrt</translation>
    </message>
    <message>
        <source>You have been signed out of the app.</source>
        <translation>Sie wurden von der App abgemeldet.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
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
        <translation>Sie haben sich in einem Account angemeldet, der nicht mit dem gewünschten Bitrix24 {address} verknüpft ist.</translation>
    </message>
    <message>
        <source>You are logged in as {name} ({email}), an account that is not associated with the requested Bitrix24, {address}.</source>
        <translation>Sie sind als {name} ({email}) angemeldet. Dieser Account ist nicht mit dem gewünschten Bitrix24 {address} verknüpft.</translation>
    </message>
</context>
<context>
    <name>AdminPickerSheet</name>
    <message>
        <source>Assign admin permissions</source>
        <translation>Admin-Rechte zuweisen</translation>
    </message>
    <message>
        <source>There are no other active employees in this Bitrix24 who could get admin permissions.</source>
        <translation>In diesem Bitrix24 gibt es keine anderen aktiven Mitarbeiter, denen Admin-Rechte zugewiesen werden könnten.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose an active employee of {portal} who will become an administrator. Then your request will not delete the Bitrix24.</source>
        <translation>Wählen Sie einen aktiven Mitarbeiter von {portal}, der Administrator werden soll. Dann löscht Ihre Anfrage das Bitrix24 nicht.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Account deletion requested</source>
        <translation>Profillöschung beantragt</translation>
    </message>
    <message>
        <source>Account deletion cancelled</source>
        <translation>Profillöschung widerrufen</translation>
    </message>
    <message>
        <source>Profile deleted</source>
        <translation>Profil gelöscht</translation>
    </message>
    <message>
        <source>Bitrix24 deleted</source>
        <translation>Bitrix24 gelöscht</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <extracomment>The app&apos;s name over a push notification, as the phone&apos;s home screen names it (the Russian app: Битрикс24)</extracomment>
        <translation>Bitrix24</translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>When the push notification arrived, as iOS writes it on a banner</extracomment>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Notification: {title}</source>
        <translation>Benachrichtigung: {title}</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Sperrbildschirm</translation>
    </message>
</context>
<context>
    <name>BrowserBar</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Page settings</source>
        <translation>Seiteneinstellungen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Address: {url}</source>
        <translation>Adresse: {url}</translation>
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
        <translation>Sie sind als eine andere Person angemeldet</translation>
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
    <name>BrowserToolbar</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Open in Safari</source>
        <translation>In Safari öffnen</translation>
    </message>
</context>
<context>
    <name>CancellationSentScreen</name>
    <message>
        <source>Cancellation sent</source>
        <translation>Widerruf gesendet</translation>
    </message>
    <message>
        <source>Your request of {requested} to delete your account in {portal} ({address}) is cancelled. Your account will not be deleted.</source>
        <translation>Ihre Löschanfrage vom {requested} für Ihr Profil in {portal} ({address}) wurde widerrufen. Ihr Profil wird nicht gelöscht.</translation>
    </message>
    <message>
        <source>• We have sent a confirmation to {email}.</source>
        <translation>• Wir haben eine Bestätigung an {email} gesendet.</translation>
    </message>
    <message>
        <source>• The administrators who were told about the deletion are told that it is cancelled.</source>
        <translation>• Die Administratoren, die über die Löschung informiert wurden, erfahren vom Widerruf.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Clock moved on {duration}.</source>
        <translation>Die Uhr wurde um {duration} vorgestellt.</translation>
    </message>
    <message numerus="yes">
        <source>Clock moved on {duration}; %n request completed: {names}.</source>
        <translation>
            <numerusform>Die Uhr wurde um {duration} vorgestellt; %n Anfrage abgeschlossen: {names}.</numerusform>
            <numerusform>Die Uhr wurde um {duration} vorgestellt; %n Anfragen abgeschlossen: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock moved on {duration}; %n requests completed: {names}.</source>
        <translation>
            <numerusform>Die Uhr wurde um {duration} vorgestellt; %n Anfrage abgeschlossen: {names}.</numerusform>
            <numerusform>Die Uhr wurde um {duration} vorgestellt; %n Anfragen abgeschlossen: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock moved to the next due date.</source>
        <translation>Die Uhr wurde auf den nächsten Fälligkeitstermin gestellt.</translation>
    </message>
    <message numerus="yes">
        <source>Clock moved to the next due date; %n request completed: {names}.</source>
        <translation>
            <numerusform>Die Uhr wurde auf den nächsten Fälligkeitstermin gestellt; %n Anfrage abgeschlossen: {names}.</numerusform>
            <numerusform>Die Uhr wurde auf den nächsten Fälligkeitstermin gestellt; %n Anfragen abgeschlossen: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock moved to the next due date; %n requests completed: {names}.</source>
        <translation>
            <numerusform>Die Uhr wurde auf den nächsten Fälligkeitstermin gestellt; %n Anfrage abgeschlossen: {names}.</numerusform>
            <numerusform>Die Uhr wurde auf den nächsten Fälligkeitstermin gestellt; %n Anfragen abgeschlossen: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processed: %n requests completed.</source>
        <translation>
            <numerusform>Verarbeitet: %n Anfrage abgeschlossen.</numerusform>
            <numerusform>Verarbeitet: %n Anfragen abgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processed: %n request completed: {names}.</source>
        <translation>
            <numerusform>Verarbeitet: %n Anfrage abgeschlossen: {names}.</numerusform>
            <numerusform>Verarbeitet: %n Anfragen abgeschlossen: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processed: %n requests completed: {names}.</source>
        <translation>
            <numerusform>Verarbeitet: %n Anfrage abgeschlossen: {names}.</numerusform>
            <numerusform>Verarbeitet: %n Anfragen abgeschlossen: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated clock</source>
        <translation>Simulierte Uhr</translation>
    </message>
    <message>
        <source>Simulated time</source>
        <translation>Simulierte Zeit</translation>
    </message>
    <message>
        <source>UTC · moves only when told</source>
        <translation>UTC · läuft nur auf Befehl weiter</translation>
    </message>
    <message>
        <source>Next due request</source>
        <translation>Nächste fällige Anfrage</translation>
    </message>
    <message>
        <source>+1 hour</source>
        <translation>+1 Stunde</translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation>+1 Tag</translation>
    </message>
    <message>
        <source>+7 days</source>
        <translation>+7 Tage</translation>
    </message>
    <message>
        <source>To next due date</source>
        <translation>Zum nächsten Termin</translation>
    </message>
    <message>
        <source>Move the clock to the next pending request&apos;s due date and process it</source>
        <translation>Die Uhr auf den Fälligkeitstermin der nächsten ausstehenden Anfrage stellen und sie verarbeiten</translation>
    </message>
    <message>
        <source>Custom amount</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>e.g. 30d, 12h, 1w</source>
        <translation>z. B. 30d, 12h, 1w</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Vorstellen</translation>
    </message>
    <message>
        <source>Process now</source>
        <translation>Jetzt verarbeiten</translation>
    </message>
    <message>
        <source>Complete every request that is due at the current time</source>
        <translation>Alle Anfragen abschließen, die zum aktuellen Zeitpunkt fällig sind</translation>
    </message>
    <message>
        <source>No pending deletion requests.</source>
        <translation>Keine ausstehenden Löschanfragen.</translation>
    </message>
    <message>
        <source>Next due &lt;b&gt;{until}&lt;/b&gt; · {when}&lt;br&gt;{person} @ {portal}</source>
        <translation>Nächste Fälligkeit: &lt;b&gt;{until}&lt;/b&gt; · {when}&lt;br&gt;{person} @ {portal}</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Welt</translation>
    </message>
    <message>
        <source>World name</source>
        <translation>Name der Welt</translation>
    </message>
    <message>
        <source>Open world…</source>
        <translation>Welt öffnen…</translation>
    </message>
    <message>
        <source>Load a world from a YAML file</source>
        <translation>Eine Welt aus einer YAML-Datei laden</translation>
    </message>
    <message>
        <source>Reset to demo world</source>
        <translation>Auf Demo-Welt zurücksetzen</translation>
    </message>
    <message>
        <source>Sign in as person</source>
        <translation>Als Person anmelden</translation>
    </message>
    <message>
        <source>Who the phone is signed in as after Sign in</source>
        <translation>Wer nach „Anmelden“ auf dem Telefon angemeldet ist</translation>
    </message>
    <message>
        <source>Sign in to Bitrix24</source>
        <translation>In Bitrix24 anmelden</translation>
    </message>
    <message>
        <source>Which of their Bitrix24s the phone&apos;s app opens</source>
        <translation>Welches ihrer Bitrix24 die App auf dem Telefon öffnet</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign the phone in as this person in this Bitrix24</source>
        <translation>Das Telefon als diese Person in diesem Bitrix24 anmelden</translation>
    </message>
    <message>
        <source>Phone signed in as</source>
        <translation>Telefon angemeldet als</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Anmelden als</translation>
    </message>
    <message>
        <source>to Bitrix24</source>
        <translation>in Bitrix24</translation>
    </message>
    <message>
        <source>Open a world</source>
        <translation>Welt öffnen</translation>
    </message>
    <message>
        <source>World files (*.yaml *.yml);;All files (*)</source>
        <translation>Weltdateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Loaded the world “{name}” from {file}.</source>
        <translation>Die Welt „{name}“ wurde aus {file} geladen.</translation>
    </message>
    <message>
        <source>Reset to the demo world.</source>
        <translation>Auf die Demo-Welt zurückgesetzt.</translation>
    </message>
    <message>
        <source>{name} (deleted)</source>
        <translation>{name} (gelöscht)</translation>
    </message>
    <message>
        <source>{address} (closed)</source>
        <translation>{address} (gesperrt)</translation>
    </message>
    <message>
        <source>{portal}: {role}, access {access}</source>
        <translation>{portal}: {role}, Zugriff {access}</translation>
    </message>
    <message>
        <source>Choose a person and one of their Bitrix24s first.</source>
        <translation>Wählen Sie zuerst eine Person und eines ihrer Bitrix24.</translation>
    </message>
    <message>
        <source>The phone is signed in as {person} in {portal}.</source>
        <translation>Das Telefon ist als {person} in {portal} angemeldet.</translation>
    </message>
    <message>
        <source>Phone: &lt;b&gt;{person}&lt;/b&gt; in {portal}</source>
        <translation>Telefon: &lt;b&gt;{person}&lt;/b&gt; in {portal}</translation>
    </message>
    <message>
        <source>Phone: not signed in</source>
        <translation>Telefon: nicht angemeldet</translation>
    </message>
    <message>
        <source>Device and policy</source>
        <translation>Gerät und Richtlinie</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Phone language</source>
        <translation>Sprache des Telefons</translation>
    </message>
    <message>
        <source>The language the phone speaks (each language in its own words); --lang on the command line until one is chosen here</source>
        <translation>Die Sprache des Telefons (jede Sprache in ihren eigenen Worten); bis hier eine gewählt wird, gilt --lang der Befehlszeile</translation>
    </message>
    <message>
        <source>Bitrix24 whose deployment to set</source>
        <translation>Bitrix24, dessen Bereitstellung festgelegt wird</translation>
    </message>
    <message>
        <source>The Bitrix24 whose deployment the switch below sets (the phone stays signed in where it is)</source>
        <translation>Das Bitrix24, dessen Bereitstellung der Schalter darunter festlegt (das Telefon bleibt angemeldet, wo es ist)</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>On-premise</source>
        <translation>On-Premise</translation>
    </message>
    <message>
        <source>Policy: offer on iOS</source>
        <translation>Richtlinie: auf iOS anbieten</translation>
    </message>
    <message>
        <source>Policy: offer on Android</source>
        <translation>Richtlinie: auf Android anbieten</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Profile -&gt; Delete account</source>
        <translation>Profil -&gt; Profil löschen</translation>
    </message>
    <message>
        <source>Profile -&gt; Edit profile -&gt; Delete account</source>
        <translation>Profil -&gt; Profil bearbeiten -&gt; Profil löschen</translation>
    </message>
    <message>
        <source>Menu -&gt; Edit profile -&gt; Delete account</source>
        <translation>Menü -&gt; Profil bearbeiten -&gt; Profil löschen</translation>
    </message>
    <message>
        <source>Deletion window days</source>
        <translation>Löschfrist in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Deployment of</source>
        <translation>Bereitstellung von</translation>
    </message>
    <message>
        <source>Offer on</source>
        <translation>Anbieten auf</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Entry: {entry}.</source>
        <translation>Einstieg: {entry}.</translation>
    </message>
    <message>
        <source>The phone is now an iPhone device.</source>
        <translation>Das Telefon ist jetzt ein iPhone.</translation>
    </message>
    <message>
        <source>The phone is now an Android device.</source>
        <translation>Das Telefon ist jetzt ein Android-Gerät.</translation>
    </message>
    <message>
        <source>The phone now speaks {language}.</source>
        <translation>Das Telefon spricht jetzt {language}.</translation>
    </message>
    <message>
        <source>{address} is now {deployment}.</source>
        <translation>{address} ist jetzt {deployment}.</translation>
    </message>
    <message>
        <source>Delete account is offered on: {platforms}.</source>
        <translation>„Profil löschen“ wird angeboten auf: {platforms}.</translation>
    </message>
    <message numerus="yes">
        <source>Deletion window: %n day.</source>
        <translation>
            <numerusform>Löschfrist: %n Tag.</numerusform>
            <numerusform>Löschfrist: %n Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deletion window: %n days.</source>
        <translation>
            <numerusform>Löschfrist: %n Tag.</numerusform>
            <numerusform>Löschfrist: %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} The previous world is kept as {file}.</source>
        <translation>{done} Die vorherige Welt ist als {file} gesichert.</translation>
    </message>
    <message>
        <source>{weekday} {when}</source>
        <translation>{weekday}, {when}</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message numerus="yes">
        <source>in %n hour</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulator console (loading)</source>
        <translation>Simulator-Konsole (wird geladen)</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>Loading the simulated world…</source>
        <translation>Die simulierte Welt wird geladen…</translation>
    </message>
    <message>
        <source>The simulated world could not be loaded</source>
        <translation>Die simulierte Welt konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>done {when}</source>
        <translation>erledigt am {when}</translation>
    </message>
    <message>
        <source>cancelled {when}</source>
        <translation>widerrufen am {when}</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <translation>Bitrix24</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message>
        <source>the outbox</source>
        <translation>den Postausgang</translation>
    </message>
    <message>
        <source>Mailpit&apos;s HTTP API</source>
        <translation>die HTTP-API von Mailpit</translation>
    </message>
    <message>
        <source>Kept in the database; nothing leaves the machine (B24SIM_MAIL_TRANSPORT=outbox). Export .eml to open it in a mail client.</source>
        <translation>In der Datenbank gespeichert; nichts verlässt den Rechner (B24SIM_MAIL_TRANSPORT=outbox). Exportieren Sie sie als .eml, um sie in einem Mailprogramm zu öffnen.</translation>
    </message>
    <message>
        <source>Waiting to be sent by {via}.</source>
        <translation>Wartet auf den Versand über {via}.</translation>
    </message>
    <message>
        <source>Will be tried again by {via}. Last error: {error}</source>
        <translation>Wird erneut über {via} versucht. Letzter Fehler: {error}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Not delivered: {error}. Resend puts it back in the queue.</source>
        <translation>Nicht zugestellt: {error}. „Erneut senden“ stellt sie wieder in die Warteschlange.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Erstellt</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Beschäftigung</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Network profile</source>
        <translation>Network-Profil</translation>
    </message>
    <message>
        <source>Bitrix24 accounts on the Network page</source>
        <translation>Bitrix24-Accounts auf der Network-Seite</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Sequence number: the order events were written in</source>
        <translation>Laufende Nummer: die Reihenfolge, in der die Ereignisse geschrieben wurden</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Subject</source>
        <comment>what an audit row is about</comment>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Simulator console</source>
        <translation>Simulator-Konsole</translation>
    </message>
    <message>
        <source>Simulator console body</source>
        <translation>Inhalt der Simulator-Konsole</translation>
    </message>
    <message>
        <source>Console message</source>
        <translation>Konsolenmeldung</translation>
    </message>
    <message>
        <source>Collapse the console</source>
        <translation>Konsole einklappen</translation>
    </message>
    <message>
        <source>Collapse or expand the simulator console</source>
        <translation>Simulator-Konsole ein- oder ausklappen</translation>
    </message>
    <message>
        <source>Everything the phone does shows up here at once</source>
        <translation>Alles, was das Telefon tut, erscheint hier sofort</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Expand the console</source>
        <translation>Konsole ausklappen</translation>
    </message>
    <message>
        <source>Taps, typing and scrolls on the phone and here become flow commands. The flow replays from the app&apos;s start on the demo world: Reset to demo world before you record.</source>
        <translation>Tippen, Eingaben und Scrollen auf dem Telefon und hier werden zu Flow-Befehlen. Der Flow läuft ab dem Start der App auf der Demo-Welt: Klicken Sie vor der Aufnahme auf „Auf Demo-Welt zurücksetzen“.</translation>
    </message>
    <message numerus="yes">
        <source>%n command</source>
        <translation>
            <numerusform>%n Befehl</numerusform>
            <numerusform>%n Befehle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commands</source>
        <translation>
            <numerusform>%n Befehl</numerusform>
            <numerusform>%n Befehle</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>Rekorder</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● Aufnehmen</translation>
    </message>
    <message>
        <source>Record what you do on the phone and here as a flow</source>
        <translation>Als Flow aufnehmen, was Sie auf dem Telefon und hier tun</translation>
    </message>
    <message>
        <source>Recorded flow</source>
        <translation>Aufgenommener Flow</translation>
    </message>
    <message>
        <source>Recording state</source>
        <translation>Aufnahmestatus</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Write the flow to a YAML file</source>
        <translation>Den Flow in eine YAML-Datei schreiben</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Start the flow afresh</source>
        <translation>Den Flow neu beginnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide the recorded flow</source>
        <translation>Den aufgenommenen Flow ausblenden</translation>
    </message>
    <message>
        <source>● Recording · {commands}</source>
        <translation>● Aufnahme · {commands}</translation>
    </message>
    <message>
        <source>Stopped · {commands}</source>
        <translation>Gestoppt · {commands}</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Stopp</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Aufnahme beenden</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Save the recorded flow</source>
        <translation>Den aufgenommenen Flow speichern</translation>
    </message>
    <message>
        <source>Flow files (*.yaml *.yml)</source>
        <translation>Flow-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Nothing is recorded yet: press Record first.</source>
        <translation>Noch nichts aufgenommen: Klicken Sie zuerst auf „Aufnehmen“.</translation>
    </message>
    <message>
        <source>{file}: a flow file ends in .yaml; save it as {suggested}.</source>
        <translation>{file}: Eine Flow-Datei endet auf .yaml; speichern Sie sie als {suggested}.</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}; choose another folder.</source>
        <translation>{file} konnte nicht geschrieben werden: {error}; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved the flow ({commands}) to {file}; run it with main.py test {file}</source>
        <translation>Flow ({commands}) in {file} gespeichert; ausführen mit main.py test {file}</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>Zweites Telefon</translation>
    </message>
    <message>
        <source>Show a second phone</source>
        <translation>Zweites Telefon anzeigen</translation>
    </message>
    <message>
        <source>Show another person&apos;s phone beside the first: by default an administrator of the first phone&apos;s Bitrix24</source>
        <translation>Das Telefon einer anderen Person neben dem ersten anzeigen: standardmäßig eines Administrators im Bitrix24 des ersten Telefons</translation>
    </message>
    <message>
        <source>held by</source>
        <translation>genutzt von</translation>
    </message>
    <message>
        <source>Second phone held by</source>
        <translation>Zweites Telefon genutzt von</translation>
    </message>
    <message>
        <source>Put on phone</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Sign the second phone in as this person</source>
        <translation>Das zweite Telefon als diese Person anmelden</translation>
    </message>
    <message>
        <source>Swap phones</source>
        <translation>Telefone tauschen</translation>
    </message>
    <message>
        <source>The two phones change hands: sessions, browsers, platforms</source>
        <translation>Die beiden Telefone werden getauscht: Sitzungen, Browser, Plattformen</translation>
    </message>
    <message>
        <source>Second phone signed in as</source>
        <translation>Zweites Telefon angemeldet als</translation>
    </message>
    <message>
        <source>Second phone: &lt;b&gt;{person}&lt;/b&gt; in {portal}</source>
        <translation>Zweites Telefon: &lt;b&gt;{person}&lt;/b&gt; in {portal}</translation>
    </message>
    <message>
        <source>Second phone: not signed in</source>
        <translation>Zweites Telefon: nicht angemeldet</translation>
    </message>
    <message>
        <source>Filter {records}</source>
        <translation>{records} filtern</translation>
    </message>
    <message>
        <source>{records} table</source>
        <translation>Tabelle {records}</translation>
    </message>
    <message>
        <source>{count} match</source>
        <translation>{count} gefunden</translation>
    </message>
    <message>
        <source>{count} · {shown} loaded</source>
        <translation>{count} · {shown} geladen</translation>
    </message>
    <message>
        <source>Select an email to preview it.</source>
        <translation>Wählen Sie eine E-Mail für die Vorschau aus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In outbox&lt;/b&gt; · kept in the database, nothing is sent (transport: outbox)</source>
        <translation>&lt;b&gt;Im Postausgang&lt;/b&gt; · in der Datenbank gespeichert, nichts wird gesendet (Transport: outbox)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queued&lt;/b&gt; · waiting to be sent by {via}</source>
        <translation>&lt;b&gt;In der Warteschlange&lt;/b&gt; · wartet auf den Versand über {via}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Retrying&lt;/b&gt; by {via} · {tried} so far · last error: {error}</source>
        <translation>&lt;b&gt;Neuer Versuch&lt;/b&gt; über {via} · bisher {tried} · letzter Fehler: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sent&lt;/b&gt; · {tried} · {when} (real time)</source>
        <translation>&lt;b&gt;Gesendet&lt;/b&gt; · {tried} · {when} (Echtzeit)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sent&lt;/b&gt; · {tried}</source>
        <translation>&lt;b&gt;Gesendet&lt;/b&gt; · {tried}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed&lt;/b&gt; · {tried} · last error: {error}</source>
        <translation>&lt;b&gt;Fehlgeschlagen&lt;/b&gt; · {tried} · letzter Fehler: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt; · never sent: {reason}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt; · nie gesendet: {reason}</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>%n request</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message numerus="yes">
        <source>%n email</source>
        <translation>
            <numerusform>%n E-Mail</numerusform>
            <numerusform>%n E-Mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emails</source>
        <translation>
            <numerusform>%n E-Mail</numerusform>
            <numerusform>%n E-Mails</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter requests…</source>
        <translation>Anfragen filtern…</translation>
    </message>
    <message>
        <source>Filter emails…</source>
        <translation>E-Mails filtern…</translation>
    </message>
    <message>
        <source>Selected email</source>
        <translation>Ausgewählte E-Mail</translation>
    </message>
    <message>
        <source>Export .eml…</source>
        <translation>.eml exportieren…</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Put a failed (or sent) email back in the queue</source>
        <translation>Eine fehlgeschlagene (oder gesendete) E-Mail wieder in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>Email preview</source>
        <translation>E-Mail-Vorschau</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>E-Mail-Nachricht</translation>
    </message>
    <message>
        <source>Email header</source>
        <translation>E-Mail-Kopf</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Email From</source>
        <translation>E-Mail: Von</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Email To</source>
        <translation>E-Mail: An</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Email Date</source>
        <translation>E-Mail: Datum</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Email Subject</source>
        <translation>E-Mail: Betreff</translation>
    </message>
    <message>
        <source>{when} UTC</source>
        <translation>{when} UTC</translation>
    </message>
    <message>
        <source>Export email</source>
        <translation>E-Mail exportieren</translation>
    </message>
    <message>
        <source>Email files (*.eml)</source>
        <translation>E-Mail-Dateien (*.eml)</translation>
    </message>
    <message>
        <source>Saved the email as {file}.</source>
        <translation>E-Mail als {file} gespeichert.</translation>
    </message>
    <message>
        <source>The email to {address} is queued to be sent again.</source>
        <translation>Die E-Mail an {address} wurde erneut zum Versand eingereiht.</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Filter employees…</source>
        <translation>Mitarbeiter filtern…</translation>
    </message>
    <message>
        <source>Filter network pages…</source>
        <translation>Network-Seiten filtern…</translation>
    </message>
    <message>
        <source>Filter notices…</source>
        <translation>Benachrichtigungen filtern…</translation>
    </message>
    <message>
        <source>Filter audit…</source>
        <translation>Protokoll filtern…</translation>
    </message>
    <message numerus="yes">
        <source>%n employee</source>
        <translation>
            <numerusform>%n Mitarbeiter</numerusform>
            <numerusform>%n Mitarbeiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employees</source>
        <translation>
            <numerusform>%n Mitarbeiter</numerusform>
            <numerusform>%n Mitarbeiter</numerusform>
        </translation>
    </message>
    <message>
        <source>Employees of Bitrix24</source>
        <translation>Mitarbeiter des Bitrix24</translation>
    </message>
    <message>
        <source>Employees of</source>
        <translation>Mitarbeiter von</translation>
    </message>
    <message>
        <source>Assign admin permissions</source>
        <translation>Admin-Rechte zuweisen</translation>
    </message>
    <message>
        <source>Delete user&apos;s data</source>
        <translation>Nutzerdaten löschen</translation>
    </message>
    <message>
        <source>Delete a dismissed user&apos;s data and content</source>
        <translation>Daten und Inhalte eines deaktivierten Nutzers löschen</translation>
    </message>
    <message>
        <source>{address} (deleted)</source>
        <translation>{address} (gelöscht)</translation>
    </message>
    <message>
        <source>{person} is now an administrator of {portal}.</source>
        <translation>{person} ist jetzt Administrator von {portal}.</translation>
    </message>
    <message>
        <source>{person}&apos;s data in {portal} was deleted.</source>
        <translation>Die Daten von {person} in {portal} wurden gelöscht.</translation>
    </message>
    <message>
        <source>Network pages</source>
        <translation>Network-Seiten</translation>
    </message>
    <message numerus="yes">
        <source>%n person</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>{records} of person</source>
        <translation>{records} der Person</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message numerus="yes">
        <source>%n notice</source>
        <translation>
            <numerusform>%n Benachrichtigung</numerusform>
            <numerusform>%n Benachrichtigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notices</source>
        <translation>
            <numerusform>%n Benachrichtigung</numerusform>
            <numerusform>%n Benachrichtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Protokoll</translation>
    </message>
    <message numerus="yes">
        <source>%n event</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first {shown} of %n people; use the tables&apos; filters for the rest.</source>
        <translation>
            <numerusform>Angezeigt werden die ersten {shown} von %n Person; die übrigen finden Sie über die Filter der Tabellen.</numerusform>
            <numerusform>Angezeigt werden die ersten {shown} von %n Personen; die übrigen finden Sie über die Filter der Tabellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{switch}: {choice}</source>
        <translation>{switch}: {choice}</translation>
    </message>
    <message>
        <source>The second phone shows Sign in: no other active administrator of this Bitrix24 could hold it.</source>
        <translation>Das zweite Telefon zeigt „Anmelden“: Kein anderer aktiver Administrator dieses Bitrix24 könnte es nutzen.</translation>
    </message>
    <message>
        <source>The second phone is signed in as {person} in {portal}.</source>
        <translation>Das zweite Telefon ist als {person} in {portal} angemeldet.</translation>
    </message>
    <message>
        <source>The second phone is hidden.</source>
        <translation>Das zweite Telefon ist ausgeblendet.</translation>
    </message>
    <message>
        <source>The phones changed hands.</source>
        <translation>Die Telefone wurden getauscht.</translation>
    </message>
</context>
<context>
    <name>DeleteWarningSheet</name>
    <message>
        <source>Delete account</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>You are about to send a request to delete your account in {portal} ({address}). The request is valid only for this profile, the one you are signed in with in the app. Next steps:</source>
        <translation>Sie sind dabei, eine Anfrage zur Löschung Ihres Profils in {portal} ({address}) zu senden. Die Anfrage gilt nur für dieses Profil, mit dem Sie in der App angemeldet sind. Nächste Schritte:</translation>
    </message>
    <message>
        <source>Log in to the account you want to delete.</source>
        <translation>Melden Sie sich in dem Account an, den Sie löschen möchten.</translation>
    </message>
    <message>
        <source>Read all the items listed in the request form, specify the reason for deleting the account and confirm the action.</source>
        <translation>Lesen Sie alle Punkte im Anfrageformular, geben Sie den Grund für die Löschung an und bestätigen Sie die Aktion.</translation>
    </message>
    <message numerus="yes">
        <source>Tap Send request. Your account will be deleted within %n days of your request.</source>
        <translation>
            <numerusform>Tippen Sie auf „Anfrage senden“. Ihr Profil wird innerhalb von %n Tag nach Ihrer Anfrage gelöscht.</numerusform>
            <numerusform>Tippen Sie auf „Anfrage senden“. Ihr Profil wird innerhalb von %n Tagen nach Ihrer Anfrage gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Until then you can cancel the request by sending &quot;{phrase}&quot; as the reason.</source>
        <translation>Bis dahin können Sie die Anfrage widerrufen, indem Sie als Grund „{phrase}“ senden.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Space pause · ← back · → step · +/− speed · Esc quit</source>
        <translation>Leertaste Pause · ← zurück · → Schritt · +/− Tempo · Esc beenden</translation>
    </message>
    <message>
        <source>Paused · Space resume · ← back · → step · Esc quit</source>
        <translation>Pausiert · Leertaste weiter · ← zurück · → Schritt · Esc beenden</translation>
    </message>
    <message>
        <source>Step {step} of {total} · {keys} · speed {speed}×</source>
        <translation>Schritt {step} von {total} · {keys} · Tempo {speed}×</translation>
    </message>
    <message>
        <source>{keys} · speed {speed}×</source>
        <translation>{keys} · Tempo {speed}×</translation>
    </message>
    <message>
        <source>Stopped: {problem}</source>
        <translation>Angehalten: {problem}</translation>
    </message>
    <message>
        <source>Bitrix24 · Delete account in the mobile app</source>
        <translation>Bitrix24 · Profil in der mobilen App löschen</translation>
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
        <translation>Die simulierte Uhr beginnt am {moment}.</translation>
    </message>
    <message>
        <source>{person} is signed in to the app in {portal}.</source>
        <translation>{person} ist in der App in {portal} angemeldet.</translation>
    </message>
    <message>
        <source>{person} is signed in to the app.</source>
        <translation>{person} ist in der App angemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%n step, each caption pointing at what it shows.</source>
        <translation>
            <numerusform>%n Schritt, jede Beschriftung zeigt auf das, was sie beschreibt.</numerusform>
            <numerusform>%n Schritte, jede Beschriftung zeigt auf das, was sie beschreibt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps, each caption pointing at what it shows.</source>
        <translation>
            <numerusform>%n Schritt, jede Beschriftung zeigt auf das, was sie beschreibt.</numerusform>
            <numerusform>%n Schritte, jede Beschriftung zeigt auf das, was sie beschreibt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day later</source>
        <translation>
            <numerusform>%n Tag später</numerusform>
            <numerusform>%n Tage später</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days later</source>
        <translation>
            <numerusform>%n Tag später</numerusform>
            <numerusform>%n Tage später</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour later</source>
        <translation>
            <numerusform>%n Stunde später</numerusform>
            <numerusform>%n Stunden später</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours later</source>
        <translation>
            <numerusform>%n Stunde später</numerusform>
            <numerusform>%n Stunden später</numerusform>
        </translation>
    </message>
    <message>
        <source>Time passes</source>
        <translation>Die Zeit vergeht</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>Vom {start} bis zum {end}</translation>
    </message>
    <message>
        <source>What happened · {span}</source>
        <translation>Was geschah · {span}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>That is the whole story.</source>
        <translation>Das ist die ganze Geschichte.</translation>
    </message>
    <message>
        <source>The demo stopped early.</source>
        <translation>Die Demo wurde vorzeitig beendet.</translation>
    </message>
    <message>
        <source>Esc or close the window to finish</source>
        <translation>Zum Beenden Esc drücken oder das Fenster schließen</translation>
    </message>
</context>
<context>
    <name>EditProfileScreen</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Your name, position and contacts are managed by your Bitrix24 administrator in this prototype.</source>
        <translation>Ihren Namen, Ihre Position und Ihre Kontaktdaten verwaltet in diesem Prototyp Ihr Bitrix24-Administrator.</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Profil löschen</translation>
    </message>
</context>
<context>
    <name>EmployeeScreen</name>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Data and content</source>
        <translation>Daten und Inhalte</translation>
    </message>
    <message>
        <source>Delete user data</source>
        <translation>Nutzerdaten löschen</translation>
    </message>
    <message>
        <source>Give admin rights</source>
        <translation>Admin-Rechte zuweisen</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>{status} · to be deleted on {date}</source>
        <translation>{status} · wird am {date} gelöscht</translation>
    </message>
    <message>
        <source>Kept until an administrator deletes them</source>
        <translation>Bleiben erhalten, bis ein Administrator sie löscht</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
</context>
<context>
    <name>EmployeesScreen</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>FeedScreen</name>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Profile photo</source>
        <translation>Profilbild</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mein Profil</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Nachricht schreiben</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Nachricht schreiben…</translation>
    </message>
    <message>
        <source>Writing a post</source>
        <translation>Beitrag schreiben</translation>
    </message>
    <message>
        <source>Notifications ({count})</source>
        <translation>Benachrichtigungen ({count})</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <extracomment>Who a notice in the Feed is from: the app itself (the Russian app: Битрикс24)</extracomment>
        <translation>Bitrix24</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Ankündigung</translation>
    </message>
    <message>
        <source>Welcome to {portal} on Bitrix24! Post news, share files and discuss them with colleagues here in the Feed.</source>
        <translation>Willkommen in {portal} auf Bitrix24! Veröffentlichen Sie hier im Feed Neuigkeiten, teilen Sie Dateien und besprechen Sie sie mit Ihren Kollegen.</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Gefällt mir</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentieren</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Flow handout</source>
        <translation>Flow-Handout</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>{flow}  ({state}) (continued)</source>
        <translation>{flow}  ({state}) (Fortsetzung)</translation>
    </message>
    <message>
        <source>{flow}  ({state})</source>
        <translation>{flow}  ({state})</translation>
    </message>
    <message>
        <source>No step ran.</source>
        <translation>Es wurde kein Schritt ausgeführt.</translation>
    </message>
    <message>
        <source>Appendix: the emails of the story</source>
        <translation>Anhang: die E-Mails der Geschichte</translation>
    </message>
    <message>
        <source>No email was sent.</source>
        <translation>Es wurde keine E-Mail gesendet.</translation>
    </message>
    <message>
        <source>{subject}
To: {to}
Date: {date}
Flow: {flow}</source>
        <translation>{subject}
An: {to}
Datum: {date}
Flow: {flow}</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>next</source>
        <extracomment>The Return key of iOS&apos;s keyboard where another field follows (iOS&apos;s word)</extracomment>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>go</source>
        <extracomment>The Return key of iOS&apos;s keyboard where it submits the page (iOS&apos;s word)</extracomment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>done</source>
        <extracomment>The Return key of iOS&apos;s keyboard where it closes the keyboard (iOS&apos;s word)</extracomment>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>Umschalt</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>space</source>
        <extracomment>The space bar of iOS&apos;s keyboard (iOS&apos;s word: Leerzeichen, Пробел, espacio)</extracomment>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>Buchstaben</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
</context>
<context>
    <name>MenuScreen</name>
    <message>
        <source>Sites and Stores</source>
        <translation>Websites und Shops</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Workgroups</source>
        <translation>Arbeitsgruppen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mein Profil</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>BITRIX24</source>
        <extracomment>The heading of the Menu&apos;s sections, the brand in capitals (Russian: БИТРИКС24)</extracomment>
        <translation>BITRIX24</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>No notifications yet. When something needs your attention in this Bitrix24, it appears here.</source>
        <translation>Noch keine Benachrichtigungen. Wenn in diesem Bitrix24 etwas Ihre Aufmerksamkeit braucht, erscheint es hier.</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Everyone in this Bitrix24</source>
        <translation>Alle in diesem Bitrix24</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
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
        <translation>Löschung beantragt</translation>
    </message>
    <message>
        <source>To cancel, tap Delete account, go through the steps again and specify &quot;{phrase}&quot; as the reason.</source>
        <translation>Tippen Sie zum Widerrufen auf „Profil löschen“, gehen Sie die Schritte erneut durch und geben Sie als Grund „{phrase}“ ein.</translation>
    </message>
    <message>
        <source>You asked to delete your account in {portal} on {requested}. It will be deleted on {due}.</source>
        <translation>Sie haben am {requested} die Löschung Ihres Profils in {portal} beantragt. Es wird am {due} gelöscht.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
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
    <message>
        <source>{name}&apos;s data and content have been deleted.</source>
        <translation>Die Daten und Inhalte von {name} wurden gelöscht.</translation>
    </message>
    <message>
        <source>{name} now has admin permissions in {portal}.</source>
        <translation>{name} hat jetzt Admin-Rechte in {portal}.</translation>
    </message>
    <message>
        <source>Phone (starting)</source>
        <translation>Telefon (startet)</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <source>Email and password</source>
        <translation>E-Mail und Passwort</translation>
    </message>
    <message>
        <source>Phone and password</source>
        <translation>Telefon und Passwort</translation>
    </message>
    <message>
        <source>Sign in with Apple</source>
        <translation>Mit Apple anmelden</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Mit Google anmelden</translation>
    </message>
    <message>
        <source>Sign in with Office365</source>
        <translation>Mit Office365 anmelden</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>CONTACT INFORMATION</source>
        <translation>KONTAKTDATEN</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <extracomment>The contact row naming the person&apos;s Bitrix24 (the Russian app: Битрикс24)</extracomment>
        <translation>Bitrix24</translation>
    </message>
    <message>
        <source>EMPLOYMENT</source>
        <translation>BESCHÄFTIGUNG</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>SICHERHEIT</translation>
    </message>
    <message>
        <source>Registration method</source>
        <translation>Registrierungsmethode</translation>
    </message>
    <message>
        <source>Bitrix24 Network profile</source>
        <translation>Bitrix24-Network-Profil</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
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
        <source>On {requested} you asked to delete this account. It will be deleted on {due}. To cancel, specify &quot;{phrase}&quot; as the reason.</source>
        <translation>Sie haben am {requested} die Löschung dieses Profils beantragt. Es wird am {due} gelöscht. Um die Anfrage zu widerrufen, geben Sie als Grund „{phrase}“ ein.</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>To cancel a pending request, specify &quot;{phrase}&quot;.</source>
        <translation>Um eine ausstehende Anfrage zu widerrufen, geben Sie „{phrase}“ ein.</translation>
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
        <source>The deletion request is valid only for your profile in {portal} ({address}), under which you are authorized in the app. If sent now, it will be deleted within %n day, on {date}.</source>
        <translation>
            <numerusform>Die Löschanfrage gilt nur für Ihr Profil in {portal} ({address}), mit dem Sie in der App angemeldet sind. Wenn Sie die Anfrage jetzt senden, wird das Profil innerhalb von %n Tag gelöscht, am {date}.</numerusform>
            <numerusform>Die Löschanfrage gilt nur für Ihr Profil in {portal} ({address}), mit dem Sie in der App angemeldet sind. Wenn Sie die Anfrage jetzt senden, wird das Profil innerhalb von %n Tagen gelöscht, am {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The deletion request is valid only for your profile in {portal} ({address}), under which you are authorized in the app. If sent now, it will be deleted within %n days, on {date}.</source>
        <translation>
            <numerusform>Die Löschanfrage gilt nur für Ihr Profil in {portal} ({address}), mit dem Sie in der App angemeldet sind. Wenn Sie die Anfrage jetzt senden, wird das Profil innerhalb von %n Tag gelöscht, am {date}.</numerusform>
            <numerusform>Die Löschanfrage gilt nur für Ihr Profil in {portal} ({address}), mit dem Sie in der App angemeldet sind. Wenn Sie die Anfrage jetzt senden, wird das Profil innerhalb von %n Tagen gelöscht, am {date}.</numerusform>
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
        <translation>Melden Sie sich im Browser so bei Bitrix24 an, wie Sie sich registriert haben: mit Telefon oder E-Mail und Passwort oder mit Apple, Google oder Office365. Tippen Sie dann auf „Weiter“.</translation>
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
<context>
    <name>RequestSentScreen</name>
    <message>
        <source>Request sent</source>
        <translation>Anfrage gesendet</translation>
    </message>
    <message>
        <source>Request already sent</source>
        <translation>Anfrage bereits gesendet</translation>
    </message>
    <message>
        <source>You sent a request to delete your account in {portal} on {requested}. No new request was created. Your account will be deleted on {due}.</source>
        <translation>Sie haben am {requested} eine Anfrage zur Löschung Ihres Profils in {portal} gesendet. Es wurde keine neue Anfrage erstellt. Ihr Profil wird am {due} gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Your account in {portal} ({address}) will be deleted within %n days of your request, on {due}.</source>
        <translation>
            <numerusform>Ihr Profil in {portal} ({address}) wird innerhalb von %n Tag nach Ihrer Anfrage gelöscht, am {due}.</numerusform>
            <numerusform>Ihr Profil in {portal} ({address}) wird innerhalb von %n Tagen nach Ihrer Anfrage gelöscht, am {due}.</numerusform>
        </translation>
    </message>
    <message>
        <source>• You are the only administrator: {portal} ({address}) will be deleted together with your account on {due}.</source>
        <translation>• Sie sind der einzige Administrator: {portal} ({address}) wird am {due} zusammen mit Ihrem Profil gelöscht.</translation>
    </message>
    <message>
        <source>• The administrator was informed when you sent it.</source>
        <translation>• Der Administrator wurde beim Senden informiert.</translation>
    </message>
    <message>
        <source>• No other administrator was informed when you sent it.</source>
        <translation>• Beim Senden wurde kein anderer Administrator informiert.</translation>
    </message>
    <message>
        <source>• There is no other administrator in this Bitrix24 to inform.</source>
        <translation>• In diesem Bitrix24 gibt es keinen anderen Administrator, der informiert werden könnte.</translation>
    </message>
    <message>
        <source>• The administrator will receive information about the impending deletion of your profile.</source>
        <translation>• Der Administrator wird über die bevorstehende Löschung Ihres Profils informiert.</translation>
    </message>
    <message>
        <source>• We will inform you of the final profile deletion by the email you specified in your Bitrix24 Network profile: {email}.</source>
        <translation>• Über die endgültige Löschung Ihres Profils informieren wir Sie per E-Mail an die Adresse aus Ihrem Bitrix24-Network-Profil: {email}.</translation>
    </message>
    <message>
        <source>• Changed your mind? Before {due}, go to your profile, tap Delete account and send the request again with the reason &quot;{phrase}&quot;.</source>
        <translation>• Sie haben es sich anders überlegt? Öffnen Sie vor dem {due} Ihr Profil, tippen Sie auf „Profil löschen“ und senden Sie die Anfrage erneut mit dem Grund „{phrase}“.</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>What happens next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>email</source>
        <extracomment>How the person signs in, after their position: &quot;Head of Sales · email&quot;</extracomment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <extracomment>How the person signs in (with a phone number), after their position</extracomment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Choose who is using the phone, then the Bitrix24 to sign in to.</source>
        <translation>Wählen Sie, wer das Telefon verwendet, und dann das Bitrix24, in dem angemeldet wird.</translation>
    </message>
    <message>
        <source>PEOPLE</source>
        <translation>PERSONEN</translation>
    </message>
    <message>
        <source>BITRIX24</source>
        <extracomment>The heading of a person&apos;s Bitrix24s, the brand in capitals (Russian: БИТРИКС24)</extracomment>
        <translation>BITRIX24</translation>
    </message>
    <message>
        <source>{NAME}&apos;S BITRIX24</source>
        <extracomment>A section heading in capitals; NAME is the person&apos;s name in capitals</extracomment>
        <translation>BITRIX24 VON {NAME}</translation>
    </message>
</context>
<context>
    <name>Storyboard</name>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed (optional)</source>
        <translation>fehlgeschlagen (optional)</translation>
    </message>
    <message numerus="yes">
        <source>%n step</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ran %n time</source>
        <translation>
            <numerusform>%n Durchlauf</numerusform>
            <numerusform>%n Durchläufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ran %n times</source>
        <translation>
            <numerusform>%n Durchlauf</numerusform>
            <numerusform>%n Durchläufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeat %n time</source>
        <translation>
            <numerusform>%n-mal wiederholen</numerusform>
            <numerusform>%n-mal wiederholen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeat %n times</source>
        <translation>
            <numerusform>%n-mal wiederholen</numerusform>
            <numerusform>%n-mal wiederholen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again up to %n time if it fails</source>
        <translation>
            <numerusform>Bei einem Fehler bis zu %n-mal wiederholen</numerusform>
            <numerusform>Bei einem Fehler bis zu %n-mal wiederholen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again up to %n times if it fails</source>
        <translation>
            <numerusform>Bei einem Fehler bis zu %n-mal wiederholen</numerusform>
            <numerusform>Bei einem Fehler bis zu %n-mal wiederholen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passed at attempt {attempt} of %n</source>
        <translation>
            <numerusform>beim {attempt}. von %n Versuch bestanden</numerusform>
            <numerusform>beim {attempt}. von %n Versuchen bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Flow storyboard</source>
        <translation>Flow-Storyboard</translation>
    </message>
    <message>
        <source>{passed} passed, {failed} failed, {skipped} skipped</source>
        <translation>{passed} bestanden, {failed} fehlgeschlagen, {skipped} übersprungen</translation>
    </message>
    <message>
        <source>{passed} passed, {failed} failed</source>
        <translation>{passed} bestanden, {failed} fehlgeschlagen</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
    <message>
        <source>Screenshot at the failure</source>
        <translation>Screenshot beim Fehler</translation>
    </message>
    <message>
        <source>Every screen of the phone, on iOS and Android, and its motion half way</source>
        <translation>Alle Bildschirme des Telefons unter iOS und Android, jede Animation auf halbem Weg</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>{subject} (to {recipient})</source>
        <translation>{subject} (an {recipient})</translation>
    </message>
    <message>
        <source>it</source>
        <translation>das Element</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
    <message>
        <source>Time passes</source>
        <translation>Die Zeit vergeht</translation>
    </message>
    <message>
        <source>{duration} passes</source>
        <translation>{duration} vergeht</translation>
    </message>
    <message>
        <source>{duration} pass</source>
        <translation>{duration} vergehen</translation>
    </message>
    <message>
        <source>The steps inside</source>
        <translation>Die enthaltenen Schritte</translation>
    </message>
    <message>
        <source>Repeat while the condition holds</source>
        <translation>Wiederholen, solange die Bedingung gilt</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Try again if it fails</source>
        <translation>Bei einem Fehler wiederholen</translation>
    </message>
    <message>
        <source>On the second phone ({person})</source>
        <translation>Auf dem zweiten Telefon ({person})</translation>
    </message>
    <message>
        <source>On the second phone</source>
        <translation>Auf dem zweiten Telefon</translation>
    </message>
    <message>
        <source>On the first phone</source>
        <translation>Auf dem ersten Telefon</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>nicht angezeigt</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>on the second phone ({who})</source>
        <translation>auf dem zweiten Telefon ({who})</translation>
    </message>
    <message>
        <source>on the second phone ({who}): {problem}</source>
        <translation>auf dem zweiten Telefon ({who}): {problem}</translation>
    </message>
    <message>
        <source>on the first phone ({who})</source>
        <translation>auf dem ersten Telefon ({who})</translation>
    </message>
    <message>
        <source>on the first phone ({who}): {problem}</source>
        <translation>auf dem ersten Telefon ({who}): {problem}</translation>
    </message>
    <message>
        <source>An email to {to}: “{subject}”</source>
        <translation>Eine E-Mail an {to}: „{subject}“</translation>
    </message>
    <message>
        <source>An email: “{subject}”</source>
        <translation>Eine E-Mail: „{subject}“</translation>
    </message>
    <message>
        <source>An email to {to} is in the outbox</source>
        <translation>Eine E-Mail an {to} liegt im Postausgang</translation>
    </message>
    <message>
        <source>An email is in the outbox</source>
        <translation>Eine E-Mail liegt im Postausgang</translation>
    </message>
    <message>
        <source>No email to {to}</source>
        <translation>Keine E-Mail an {to}</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Keine E-Mail</translation>
    </message>
    <message>
        <source>{person}&apos;s Network profile is {status}</source>
        <translation>Network-Profil von {person}: {status}</translation>
    </message>
    <message>
        <source>{person}&apos;s Network profile is checked</source>
        <translation>Network-Profil von {person} wird geprüft</translation>
    </message>
    <message>
        <source>Tap {target}</source>
        <translation>Auf {target} tippen</translation>
    </message>
    <message>
        <source>Double-tap {target}</source>
        <translation>Doppelt auf {target} tippen</translation>
    </message>
    <message>
        <source>Press and hold {target}</source>
        <translation>{target} gedrückt halten</translation>
    </message>
    <message>
        <source>See {target}</source>
        <translation>Sichtbar: {target}</translation>
    </message>
    <message>
        <source>{target} is gone</source>
        <translation>Nicht mehr sichtbar: {target}</translation>
    </message>
    <message>
        <source>Scroll to {target}</source>
        <translation>Scrollen bis: {target}</translation>
    </message>
    <message>
        <source>Type “{text}”</source>
        <translation>„{text}“ eingeben</translation>
    </message>
    <message>
        <source>Erase the text</source>
        <translation>Text löschen</translation>
    </message>
    <message>
        <source>Open the app</source>
        <translation>App öffnen</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The due requests are processed</source>
        <translation>Die fälligen Anfragen werden verarbeitet</translation>
    </message>
    <message>
        <source>Script: {script}</source>
        <translation>Skript: {script}</translation>
    </message>
    <message>
        <source>Run the script {file}</source>
        <translation>Skript {file} ausführen</translation>
    </message>
    <message>
        <source>Check: {condition}</source>
        <translation>Prüfen: {condition}</translation>
    </message>
    <message>
        <source>{person}&apos;s profile in {portal}: {checks}</source>
        <translation>Profil von {person} in {portal}: {checks}</translation>
    </message>
    <message>
        <source>A screenshot</source>
        <translation>Ein Screenshot</translation>
    </message>
</context>
<context>
    <name>TabBar</name>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>The window needs {need} px and this screen has {room}, too small even at half size (--scale 0.5): use a larger screen or window.</source>
        <translation>Das Fenster braucht {need} px, dieser Bildschirm hat {room}; das ist selbst in halber Größe (--scale 0.5) zu klein: Verwenden Sie einen größeren Bildschirm oder ein größeres Fenster.</translation>
    </message>
    <message>
        <source>The window needs {need} px and this screen has {room}: start with &apos;python main.py --scale {factor}&apos; to see all of it.</source>
        <translation>Das Fenster braucht {need} px, dieser Bildschirm hat {room}: Starten Sie mit &apos;python main.py --scale {factor}&apos;, um alles zu sehen.</translation>
    </message>
    <message>
        <source>Bitrix24 — Delete account prototype</source>
        <translation>Bitrix24 — Prototyp „Profil löschen“</translation>
    </message>
</context>
</TS>
