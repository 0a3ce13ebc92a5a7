<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccessClosedScreen</name>
    <message>
        <source>Access closed</source>
        <translation>Acceso cerrado</translation>
    </message>
    <message>
        <source>You have been signed out of the app.</source>
        <translation>Se cerró su sesión en la aplicación.</translation>
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
        <translation>No se pudo encontrar esta dirección</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Log out of your Bitrix24 profile and log in again with the current data. If necessary, clear your browser history.</source>
        <translation>Cierre sesión en su perfil de Bitrix24 e inicie sesión de nuevo con los datos actuales. Si es necesario, borre el historial del navegador.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Clear browser history</source>
        <translation>Borrar historial del navegador</translation>
    </message>
    <message>
        <source>Reader view</source>
        <translation>Vista de lectura</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Open in Safari</source>
        <translation>Abrir en Safari</translation>
    </message>
    <message>
        <source>You logged in to an account that is not associated with the requested Bitrix24, {address}.</source>
        <translation>Inició sesión en una cuenta que no está asociada al Bitrix24 solicitado, {address}.</translation>
    </message>
    <message>
        <source>You are logged in as {name} ({email}), an account that is not associated with the requested Bitrix24, {address}.</source>
        <translation>Inició sesión como {name} ({email}), una cuenta que no está asociada al Bitrix24 solicitado, {address}.</translation>
    </message>
</context>
<context>
    <name>AdminPickerSheet</name>
    <message>
        <source>Assign admin permissions</source>
        <translation>Asignar permisos de administrador</translation>
    </message>
    <message>
        <source>There are no other active employees in this Bitrix24 who could get admin permissions.</source>
        <translation>No hay otros empleados activos en este Bitrix24 que puedan recibir permisos de administrador.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose an active employee of {portal} who will become an administrator. Then your request will not delete the Bitrix24.</source>
        <translation>Elija un empleado activo de {portal} que será administrador. Así su solicitud no eliminará el Bitrix24.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Account deletion requested</source>
        <translation>Eliminación de cuenta solicitada</translation>
    </message>
    <message>
        <source>Account deletion cancelled</source>
        <translation>Eliminación de cuenta cancelada</translation>
    </message>
    <message>
        <source>Profile deleted</source>
        <translation>Perfil eliminado</translation>
    </message>
    <message>
        <source>Bitrix24 deleted</source>
        <translation>Bitrix24 eliminado</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <extracomment>The app&apos;s name over a push notification, as the phone&apos;s home screen names it (the Russian app: Битрикс24)</extracomment>
        <translation>Bitrix24</translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>When the push notification arrived, as iOS writes it on a banner</extracomment>
        <translation>ahora</translation>
    </message>
    <message>
        <source>Notification: {title}</source>
        <translation>Notificación: {title}</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Pantalla bloqueada</translation>
    </message>
</context>
<context>
    <name>BrowserBar</name>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Page settings</source>
        <translation>Ajustes de la página</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <source>Address: {url}</source>
        <translation>Dirección: {url}</translation>
    </message>
</context>
<context>
    <name>BrowserScreen</name>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Phone or email</source>
        <translation>Teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>or sign in with</source>
        <translation>o inicie sesión con</translation>
    </message>
    <message>
        <source>Sign in with {service}</source>
        <translation>Iniciar sesión con {service}</translation>
    </message>
    <message>
        <source>Enter password</source>
        <translation>Ingrese la contraseña</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>¿Olvidó su contraseña?</translation>
    </message>
    <message>
        <source>Password recovery is not part of this prototype. Each person&apos;s password is in the world file (password:).</source>
        <translation>La recuperación de contraseña no forma parte de este prototipo. La contraseña de cada persona está en el archivo del mundo (password:).</translation>
    </message>
    <message>
        <source>Use another account</source>
        <translation>Usar otra cuenta</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Reader view</source>
        <translation>Vista de lectura</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Open in Safari</source>
        <translation>Abrir en Safari</translation>
    </message>
    <message>
        <source>Choose your {service} account to continue to Bitrix24. {service} will share your name and email with Bitrix24.</source>
        <translation>Elija su cuenta de {service} para continuar en Bitrix24. {service} compartirá su nombre y correo electrónico con Bitrix24.</translation>
    </message>
    <message>
        <source>This is not the account you use in the app</source>
        <translation>Esta no es la cuenta que usa en la aplicación</translation>
    </message>
    <message>
        <source>You are logged in as someone else</source>
        <translation>Inició sesión como otra persona</translation>
    </message>
    <message>
        <source>Continue as {name}</source>
        <translation>Continuar como {name}</translation>
    </message>
    <message>
        <source>There is no {service} account on this phone that is linked to a Bitrix24 Network profile.</source>
        <translation>En este teléfono no hay ninguna cuenta de {service} vinculada a un perfil de Bitrix24 Network.</translation>
    </message>
</context>
<context>
    <name>BrowserToolbar</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Open in Safari</source>
        <translation>Abrir en Safari</translation>
    </message>
</context>
<context>
    <name>CancellationSentScreen</name>
    <message>
        <source>Cancellation sent</source>
        <translation>Cancelación enviada</translation>
    </message>
    <message>
        <source>Your request of {requested} to delete your account in {portal} ({address}) is cancelled. Your account will not be deleted.</source>
        <translation>Se canceló su solicitud del {requested} para eliminar su cuenta en {portal} ({address}). Su cuenta no se eliminará.</translation>
    </message>
    <message>
        <source>• We have sent a confirmation to {email}.</source>
        <translation>• Enviamos una confirmación a {email}.</translation>
    </message>
    <message>
        <source>• The administrators who were told about the deletion are told that it is cancelled.</source>
        <translation>• Se informa de la cancelación a los administradores a quienes se avisó de la eliminación.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>The second phone shows Sign in: no other active administrator of this Bitrix24 could hold it.</source>
        <translation>El segundo teléfono muestra Iniciar sesión: ningún otro administrador activo de este Bitrix24 podía usarlo.</translation>
    </message>
    <message>
        <source>The second phone is signed in as {person} in {portal}.</source>
        <translation>El segundo teléfono tiene la sesión de {person} en {portal}.</translation>
    </message>
    <message>
        <source>The second phone is hidden.</source>
        <translation>El segundo teléfono está oculto.</translation>
    </message>
    <message>
        <source>The phones changed hands.</source>
        <translation>Los teléfonos cambiaron de manos.</translation>
    </message>
    <message>
        <source>Clock moved on {duration}.</source>
        <translation>El reloj avanzó {duration}.</translation>
    </message>
    <message numerus="yes">
        <source>Clock moved on {duration}; %n request completed: {names}.</source>
        <translation>
            <numerusform>El reloj avanzó {duration}; %n solicitud completada: {names}.</numerusform>
            <numerusform>El reloj avanzó {duration}; %n solicitudes completadas: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock moved on {duration}; %n requests completed: {names}.</source>
        <translation>
            <numerusform>El reloj avanzó {duration}; %n solicitud completada: {names}.</numerusform>
            <numerusform>El reloj avanzó {duration}; %n solicitudes completadas: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock moved to the next due date.</source>
        <translation>El reloj avanzó hasta el próximo vencimiento.</translation>
    </message>
    <message numerus="yes">
        <source>Clock moved to the next due date; %n request completed: {names}.</source>
        <translation>
            <numerusform>El reloj avanzó hasta el próximo vencimiento; %n solicitud completada: {names}.</numerusform>
            <numerusform>El reloj avanzó hasta el próximo vencimiento; %n solicitudes completadas: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock moved to the next due date; %n requests completed: {names}.</source>
        <translation>
            <numerusform>El reloj avanzó hasta el próximo vencimiento; %n solicitud completada: {names}.</numerusform>
            <numerusform>El reloj avanzó hasta el próximo vencimiento; %n solicitudes completadas: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processed: %n requests completed.</source>
        <translation>
            <numerusform>Procesado: %n solicitud completada.</numerusform>
            <numerusform>Procesado: %n solicitudes completadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processed: %n request completed: {names}.</source>
        <translation>
            <numerusform>Procesado: %n solicitud completada: {names}.</numerusform>
            <numerusform>Procesado: %n solicitudes completadas: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processed: %n requests completed: {names}.</source>
        <translation>
            <numerusform>Procesado: %n solicitud completada: {names}.</numerusform>
            <numerusform>Procesado: %n solicitudes completadas: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated clock</source>
        <translation>Reloj simulado</translation>
    </message>
    <message>
        <source>Simulated time</source>
        <translation>Hora simulada</translation>
    </message>
    <message>
        <source>UTC · moves only when told</source>
        <translation>UTC · solo avanza cuando se le indica</translation>
    </message>
    <message>
        <source>Next due request</source>
        <translation>Próxima solicitud por vencer</translation>
    </message>
    <message>
        <source>+1 hour</source>
        <translation>+1 hora</translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation>+1 día</translation>
    </message>
    <message>
        <source>+7 days</source>
        <translation>+7 días</translation>
    </message>
    <message>
        <source>To next due date</source>
        <translation>Al próximo vencimiento</translation>
    </message>
    <message>
        <source>Move the clock to the next pending request&apos;s due date and process it</source>
        <translation>Avanzar el reloj hasta el vencimiento de la próxima solicitud pendiente y procesarla</translation>
    </message>
    <message>
        <source>Custom amount</source>
        <translation>Otra cantidad</translation>
    </message>
    <message>
        <source>e.g. 30d, 12h, 1w</source>
        <translation>p. ej., 30d, 12h, 1w</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Avanzar</translation>
    </message>
    <message>
        <source>Process now</source>
        <translation>Procesar ahora</translation>
    </message>
    <message>
        <source>Complete every request that is due at the current time</source>
        <translation>Completar todas las solicitudes que vencen a la hora actual</translation>
    </message>
    <message>
        <source>No pending deletion requests.</source>
        <translation>No hay solicitudes de eliminación pendientes.</translation>
    </message>
    <message>
        <source>Next due &lt;b&gt;{until}&lt;/b&gt; · {when}&lt;br&gt;{person} @ {portal}</source>
        <translation>Vence &lt;b&gt;{until}&lt;/b&gt; · {when}&lt;br&gt;{person} @ {portal}</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Mundo</translation>
    </message>
    <message>
        <source>World name</source>
        <translation>Nombre del mundo</translation>
    </message>
    <message>
        <source>Open world…</source>
        <translation>Abrir mundo…</translation>
    </message>
    <message>
        <source>Load a world from a YAML file</source>
        <translation>Cargar un mundo desde un archivo YAML</translation>
    </message>
    <message>
        <source>Reset to demo world</source>
        <translation>Restablecer el mundo de demostración</translation>
    </message>
    <message>
        <source>Sign in as person</source>
        <translation>Iniciar sesión como persona</translation>
    </message>
    <message>
        <source>Who the phone is signed in as after Sign in</source>
        <translation>Con qué persona inicia sesión el teléfono al pulsar Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to Bitrix24</source>
        <translation>Iniciar sesión en Bitrix24</translation>
    </message>
    <message>
        <source>Which of their Bitrix24s the phone&apos;s app opens</source>
        <translation>Cuál de sus Bitrix24 abre la aplicación del teléfono</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign the phone in as this person in this Bitrix24</source>
        <translation>Iniciar sesión en el teléfono como esta persona en este Bitrix24</translation>
    </message>
    <message>
        <source>Phone signed in as</source>
        <translation>Sesión del teléfono</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Iniciar sesión como</translation>
    </message>
    <message>
        <source>to Bitrix24</source>
        <translation>en Bitrix24</translation>
    </message>
    <message>
        <source>Open a world</source>
        <translation>Abrir un mundo</translation>
    </message>
    <message>
        <source>World files (*.yaml *.yml);;All files (*)</source>
        <translation>Archivos de mundo (*.yaml *.yml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Loaded the world “{name}” from {file}.</source>
        <translation>Se cargó el mundo «{name}» desde {file}.</translation>
    </message>
    <message>
        <source>Reset to the demo world.</source>
        <translation>Se restableció el mundo de demostración.</translation>
    </message>
    <message>
        <source>{name} (deleted)</source>
        <translation>{name} (eliminado)</translation>
    </message>
    <message>
        <source>{address} (closed)</source>
        <translation>{address} (cerrado)</translation>
    </message>
    <message>
        <source>{portal}: {role}, access {access}</source>
        <translation>{portal}: {role}, acceso {access}</translation>
    </message>
    <message>
        <source>Choose a person and one of their Bitrix24s first.</source>
        <translation>Primero elija una persona y uno de sus Bitrix24.</translation>
    </message>
    <message>
        <source>The phone is signed in as {person} in {portal}.</source>
        <translation>El teléfono tiene la sesión de {person} en {portal}.</translation>
    </message>
    <message>
        <source>Phone: &lt;b&gt;{person}&lt;/b&gt; in {portal}</source>
        <translation>Teléfono: &lt;b&gt;{person}&lt;/b&gt; en {portal}</translation>
    </message>
    <message>
        <source>Phone: not signed in</source>
        <translation>Teléfono: sin sesión</translation>
    </message>
    <message>
        <source>Device and policy</source>
        <translation>Dispositivo y política</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Phone language</source>
        <translation>Idioma del teléfono</translation>
    </message>
    <message>
        <source>The language the phone speaks (each language in its own words); --lang on the command line until one is chosen here</source>
        <translation>El idioma del teléfono (cada idioma con su propio nombre); --lang en la línea de comandos hasta que se elija uno aquí</translation>
    </message>
    <message>
        <source>Bitrix24 whose deployment to set</source>
        <translation>Bitrix24 cuya implementación se configura</translation>
    </message>
    <message>
        <source>The Bitrix24 whose deployment the switch below sets (the phone stays signed in where it is)</source>
        <translation>El Bitrix24 cuya implementación configura el interruptor de abajo (el teléfono sigue con la sesión donde está)</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Implementación</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>On-premise</source>
        <translation>On-premise</translation>
    </message>
    <message>
        <source>Policy: offer on iOS</source>
        <translation>Política: ofrecer en iOS</translation>
    </message>
    <message>
        <source>Policy: offer on Android</source>
        <translation>Política: ofrecer en Android</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Profile -&gt; Delete account</source>
        <translation>Perfil -&gt; Eliminar cuenta</translation>
    </message>
    <message>
        <source>Profile -&gt; Edit profile -&gt; Delete account</source>
        <translation>Perfil -&gt; Editar perfil -&gt; Eliminar cuenta</translation>
    </message>
    <message>
        <source>Menu -&gt; Edit profile -&gt; Delete account</source>
        <translation>Menú -&gt; Editar perfil -&gt; Eliminar cuenta</translation>
    </message>
    <message>
        <source>Deletion window days</source>
        <translation>Días del plazo de eliminación</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Deployment of</source>
        <translation>Implementación de</translation>
    </message>
    <message>
        <source>Offer on</source>
        <translation>Ofrecer en</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Entry: {entry}.</source>
        <translation>Acceso: {entry}.</translation>
    </message>
    <message>
        <source>The phone is now an iPhone device.</source>
        <translation>El teléfono ahora es un iPhone.</translation>
    </message>
    <message>
        <source>The phone is now an Android device.</source>
        <translation>El teléfono ahora es un dispositivo Android.</translation>
    </message>
    <message>
        <source>The phone now speaks {language}.</source>
        <translation>El teléfono ahora está en {language}.</translation>
    </message>
    <message>
        <source>{address} is now {deployment}.</source>
        <translation>{address} ahora es {deployment}.</translation>
    </message>
    <message>
        <source>Delete account is offered on: {platforms}.</source>
        <translation>La opción Eliminar cuenta se ofrece en: {platforms}.</translation>
    </message>
    <message numerus="yes">
        <source>Deletion window: %n day.</source>
        <translation>
            <numerusform>Plazo de eliminación: %n día.</numerusform>
            <numerusform>Plazo de eliminación: %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deletion window: %n days.</source>
        <translation>
            <numerusform>Plazo de eliminación: %n día.</numerusform>
            <numerusform>Plazo de eliminación: %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} The previous world is kept as {file}.</source>
        <translation>{done} El mundo anterior se guardó como {file}.</translation>
    </message>
    <message>
        <source>{weekday} {when}</source>
        <translation>{weekday} {when}</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>vence ahora</translation>
    </message>
    <message numerus="yes">
        <source>in %n hour</source>
        <translation>
            <numerusform>en %n hora</numerusform>
            <numerusform>en %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>en %n hora</numerusform>
            <numerusform>en %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulator console (loading)</source>
        <translation>Consola del simulador (cargando)</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulador</translation>
    </message>
    <message>
        <source>Loading the simulated world…</source>
        <translation>Cargando el mundo simulado…</translation>
    </message>
    <message>
        <source>The simulated world could not be loaded</source>
        <translation>No se pudo cargar el mundo simulado</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>done {when}</source>
        <translation>completada {when}</translation>
    </message>
    <message>
        <source>cancelled {when}</source>
        <translation>cancelada {when}</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <translation>Bitrix24</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>In</source>
        <translation>En</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>the outbox</source>
        <translation>la bandeja de salida</translation>
    </message>
    <message>
        <source>Mailpit&apos;s HTTP API</source>
        <translation>la API HTTP de Mailpit</translation>
    </message>
    <message>
        <source>Kept in the database; nothing leaves the machine (B24SIM_MAIL_TRANSPORT=outbox). Export .eml to open it in a mail client.</source>
        <translation>Se guarda en la base de datos; nada sale del equipo (B24SIM_MAIL_TRANSPORT=outbox). Exporte el .eml para abrirlo en un cliente de correo.</translation>
    </message>
    <message>
        <source>Waiting to be sent by {via}.</source>
        <translation>Esperando a que lo envíe {via}.</translation>
    </message>
    <message>
        <source>Will be tried again by {via}. Last error: {error}</source>
        <translation>{via} volverá a intentarlo. Último error: {error}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Not delivered: {error}. Resend puts it back in the queue.</source>
        <translation>No entregado: {error}. Reenviar lo vuelve a poner en la cola.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Creado</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservados</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Network profile</source>
        <translation>Perfil de Network</translation>
    </message>
    <message>
        <source>Bitrix24 accounts on the Network page</source>
        <translation>Cuentas de Bitrix24 en la página de Network</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Sequence number: the order events were written in</source>
        <translation>Número de secuencia: el orden en que se registraron los eventos</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Subject</source>
        <comment>what an audit row is about</comment>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Simulator console</source>
        <translation>Consola del simulador</translation>
    </message>
    <message>
        <source>Simulator console body</source>
        <translation>Cuerpo de la consola del simulador</translation>
    </message>
    <message>
        <source>Console message</source>
        <translation>Mensaje de la consola</translation>
    </message>
    <message>
        <source>Collapse the console</source>
        <translation>Contraer la consola</translation>
    </message>
    <message>
        <source>Collapse or expand the simulator console</source>
        <translation>Contraer o expandir la consola del simulador</translation>
    </message>
    <message>
        <source>Everything the phone does shows up here at once</source>
        <translation>Todo lo que hace el teléfono aparece aquí al instante</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Expand the console</source>
        <translation>Expandir la consola</translation>
    </message>
    <message>
        <source>Taps, typing and scrolls on the phone and here become flow commands. The flow replays from the app&apos;s start on the demo world: Reset to demo world before you record.</source>
        <translation>Los toques, lo que escribe y los desplazamientos en el teléfono y aquí se convierten en comandos del flujo. El flujo se reproduce desde el inicio de la aplicación en el mundo de demostración: restablezca el mundo de demostración antes de grabar.</translation>
    </message>
    <message numerus="yes">
        <source>%n command</source>
        <translation>
            <numerusform>%n comando</numerusform>
            <numerusform>%n comandos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commands</source>
        <translation>
            <numerusform>%n comando</numerusform>
            <numerusform>%n comandos</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>Grabadora</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● Grabar</translation>
    </message>
    <message>
        <source>Record what you do on the phone and here as a flow</source>
        <translation>Grabar como flujo lo que hace en el teléfono y aquí</translation>
    </message>
    <message>
        <source>Recorded flow</source>
        <translation>Flujo grabado</translation>
    </message>
    <message>
        <source>Recording state</source>
        <translation>Estado de la grabación</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Write the flow to a YAML file</source>
        <translation>Guardar el flujo en un archivo YAML</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Start the flow afresh</source>
        <translation>Empezar el flujo de nuevo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Hide the recorded flow</source>
        <translation>Ocultar el flujo grabado</translation>
    </message>
    <message>
        <source>● Recording · {commands}</source>
        <translation>● Grabando · {commands}</translation>
    </message>
    <message>
        <source>Stopped · {commands}</source>
        <translation>Detenido · {commands}</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Detener</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Detener la grabación</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <source>Save the recorded flow</source>
        <translation>Guardar el flujo grabado</translation>
    </message>
    <message>
        <source>Flow files (*.yaml *.yml)</source>
        <translation>Archivos de flujo (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Nothing is recorded yet: press Record first.</source>
        <translation>Aún no hay nada grabado: primero pulse Grabar.</translation>
    </message>
    <message>
        <source>{file}: a flow file ends in .yaml; save it as {suggested}.</source>
        <translation>{file}: un archivo de flujo termina en .yaml; guárdelo como {suggested}.</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}; choose another folder.</source>
        <translation>No se pudo escribir {file}: {error}; elija otra carpeta.</translation>
    </message>
    <message>
        <source>Saved the flow ({commands}) to {file}; run it with main.py test {file}</source>
        <translation>Se guardó el flujo ({commands}) en {file}; ejecútelo con main.py test {file}</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>Segundo teléfono</translation>
    </message>
    <message>
        <source>Show a second phone</source>
        <translation>Mostrar un segundo teléfono</translation>
    </message>
    <message>
        <source>Show another person&apos;s phone beside the first: by default an administrator of the first phone&apos;s Bitrix24</source>
        <translation>Mostrar el teléfono de otra persona junto al primero: de forma predeterminada, un administrador del Bitrix24 del primer teléfono</translation>
    </message>
    <message>
        <source>held by</source>
        <translation>de</translation>
    </message>
    <message>
        <source>Second phone held by</source>
        <translation>Segundo teléfono de</translation>
    </message>
    <message>
        <source>Put on phone</source>
        <translation>Poner en el teléfono</translation>
    </message>
    <message>
        <source>Sign the second phone in as this person</source>
        <translation>Iniciar sesión en el segundo teléfono como esta persona</translation>
    </message>
    <message>
        <source>Swap phones</source>
        <translation>Intercambiar teléfonos</translation>
    </message>
    <message>
        <source>The two phones change hands: sessions, browsers, platforms</source>
        <translation>Los dos teléfonos cambian de manos: sesiones, navegadores, plataformas</translation>
    </message>
    <message>
        <source>Second phone signed in as</source>
        <translation>Sesión del segundo teléfono</translation>
    </message>
    <message>
        <source>Second phone: &lt;b&gt;{person}&lt;/b&gt; in {portal}</source>
        <translation>Segundo teléfono: &lt;b&gt;{person}&lt;/b&gt; en {portal}</translation>
    </message>
    <message>
        <source>Second phone: not signed in</source>
        <translation>Segundo teléfono: sin sesión</translation>
    </message>
    <message>
        <source>Filter {records}</source>
        <translation>Filtrar {records}</translation>
    </message>
    <message>
        <source>{records} table</source>
        <translation>Tabla de {records}</translation>
    </message>
    <message>
        <source>{count} match</source>
        <translation>Coincidencias: {count}</translation>
    </message>
    <message>
        <source>{count} · {shown} loaded</source>
        <translation>{count} · {shown} cargados</translation>
    </message>
    <message>
        <source>Select an email to preview it.</source>
        <translation>Seleccione un correo para ver la vista previa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In outbox&lt;/b&gt; · kept in the database, nothing is sent (transport: outbox)</source>
        <translation>&lt;b&gt;En la bandeja de salida&lt;/b&gt; · se guarda en la base de datos, no se envía nada (transporte: outbox)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queued&lt;/b&gt; · waiting to be sent by {via}</source>
        <translation>&lt;b&gt;En cola&lt;/b&gt; · esperando a que lo envíe {via}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Retrying&lt;/b&gt; by {via} · {tried} so far · last error: {error}</source>
        <translation>&lt;b&gt;Reintentando&lt;/b&gt; con {via} · {tried} hasta ahora · último error: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sent&lt;/b&gt; · {tried} · {when} (real time)</source>
        <translation>&lt;b&gt;Enviado&lt;/b&gt; · {tried} · {when} (hora real)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sent&lt;/b&gt; · {tried}</source>
        <translation>&lt;b&gt;Enviado&lt;/b&gt; · {tried}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed&lt;/b&gt; · {tried} · last error: {error}</source>
        <translation>&lt;b&gt;Error&lt;/b&gt; · {tried} · último error: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt; · never sent: {reason}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt; · nunca enviado: {reason}</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message numerus="yes">
        <source>%n request</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message numerus="yes">
        <source>%n email</source>
        <translation>
            <numerusform>%n correo</numerusform>
            <numerusform>%n correos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emails</source>
        <translation>
            <numerusform>%n correo</numerusform>
            <numerusform>%n correos</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter requests…</source>
        <translation>Filtrar solicitudes…</translation>
    </message>
    <message>
        <source>Filter emails…</source>
        <translation>Filtrar correos…</translation>
    </message>
    <message>
        <source>Selected email</source>
        <translation>Correo seleccionado</translation>
    </message>
    <message>
        <source>Export .eml…</source>
        <translation>Exportar .eml…</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Put a failed (or sent) email back in the queue</source>
        <translation>Volver a poner en la cola un correo fallido (o enviado)</translation>
    </message>
    <message>
        <source>Email preview</source>
        <translation>Vista previa del correo</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>Mensaje de correo</translation>
    </message>
    <message>
        <source>Email header</source>
        <translation>Encabezado del correo</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Email From</source>
        <translation>Remitente del correo</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Email To</source>
        <translation>Destinatario del correo</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Email Date</source>
        <translation>Fecha del correo</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Email Subject</source>
        <translation>Asunto del correo</translation>
    </message>
    <message>
        <source>{when} UTC</source>
        <translation>{when} UTC</translation>
    </message>
    <message>
        <source>Export email</source>
        <translation>Exportar correo</translation>
    </message>
    <message>
        <source>Email files (*.eml)</source>
        <translation>Archivos de correo (*.eml)</translation>
    </message>
    <message>
        <source>Saved the email as {file}.</source>
        <translation>Se guardó el correo como {file}.</translation>
    </message>
    <message>
        <source>The email to {address} is queued to be sent again.</source>
        <translation>El correo a {address} está en cola para volver a enviarse.</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Filter employees…</source>
        <translation>Filtrar empleados…</translation>
    </message>
    <message>
        <source>Filter network pages…</source>
        <translation>Filtrar páginas de Network…</translation>
    </message>
    <message>
        <source>Filter notices…</source>
        <translation>Filtrar avisos…</translation>
    </message>
    <message>
        <source>Filter audit…</source>
        <translation>Filtrar auditoría…</translation>
    </message>
    <message numerus="yes">
        <source>%n employee</source>
        <translation>
            <numerusform>%n empleado</numerusform>
            <numerusform>%n empleados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employees</source>
        <translation>
            <numerusform>%n empleado</numerusform>
            <numerusform>%n empleados</numerusform>
        </translation>
    </message>
    <message>
        <source>Employees of Bitrix24</source>
        <translation>Empleados del Bitrix24</translation>
    </message>
    <message>
        <source>Employees of</source>
        <translation>Empleados de</translation>
    </message>
    <message>
        <source>Assign admin permissions</source>
        <translation>Asignar permisos de administrador</translation>
    </message>
    <message>
        <source>Delete user&apos;s data</source>
        <translation>Eliminar datos del usuario</translation>
    </message>
    <message>
        <source>Delete a dismissed user&apos;s data and content</source>
        <translation>Eliminar los datos y contenidos de un usuario despedido</translation>
    </message>
    <message>
        <source>{address} (deleted)</source>
        <translation>{address} (eliminado)</translation>
    </message>
    <message>
        <source>{person} is now an administrator of {portal}.</source>
        <translation>{person} ahora tiene permisos de administrador en {portal}.</translation>
    </message>
    <message>
        <source>{person}&apos;s data in {portal} was deleted.</source>
        <translation>Se eliminaron los datos de {person} en {portal}.</translation>
    </message>
    <message>
        <source>Network pages</source>
        <translation>Páginas de Network</translation>
    </message>
    <message numerus="yes">
        <source>%n person</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>{records} of person</source>
        <translation>{records} de la persona</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message numerus="yes">
        <source>%n notice</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notices</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message numerus="yes">
        <source>%n event</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first {shown} of %n people; use the tables&apos; filters for the rest.</source>
        <translation>
            <numerusform>Se muestran las primeras {shown} de %n personas; use los filtros de las tablas para ver el resto.</numerusform>
            <numerusform>Se muestran las primeras {shown} de %n personas; use los filtros de las tablas para ver el resto.</numerusform>
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
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>You are about to send a request to delete your account in {portal} ({address}). The request is valid only for this profile, the one you are signed in with in the app. Next steps:</source>
        <translation>Está a punto de enviar una solicitud para eliminar su cuenta en {portal} ({address}). La solicitud solo es válida para este perfil, con el que inició sesión en la aplicación. Siguientes pasos:</translation>
    </message>
    <message>
        <source>Log in to the account you want to delete.</source>
        <translation>Inicie sesión en la cuenta que quiere eliminar.</translation>
    </message>
    <message>
        <source>Read all the items listed in the request form, specify the reason for deleting the account and confirm the action.</source>
        <translation>Lea todos los puntos del formulario de solicitud, indique el motivo para eliminar la cuenta y confirme la acción.</translation>
    </message>
    <message numerus="yes">
        <source>Tap Send request. Your account will be deleted within %n days of your request.</source>
        <translation>
            <numerusform>Toque Enviar solicitud. Su cuenta se eliminará en %n día a partir de su solicitud.</numerusform>
            <numerusform>Toque Enviar solicitud. Su cuenta se eliminará en un plazo de %n días a partir de su solicitud.</numerusform>
        </translation>
    </message>
    <message>
        <source>Until then you can cancel the request by sending &quot;{phrase}&quot; as the reason.</source>
        <translation>Hasta entonces, puede cancelar la solicitud enviando «{phrase}» como motivo.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Space pause · ← back · → step · +/− speed · Esc quit</source>
        <translation>Espacio pausa · ← atrás · → paso · +/− velocidad · Esc salir</translation>
    </message>
    <message>
        <source>Paused · Space resume · ← back · → step · Esc quit</source>
        <translation>En pausa · Espacio seguir · ← atrás · → paso · Esc salir</translation>
    </message>
    <message>
        <source>Step {step} of {total} · {keys} · speed {speed}×</source>
        <translation>Paso {step} de {total} · {keys} · velocidad {speed}×</translation>
    </message>
    <message>
        <source>{keys} · speed {speed}×</source>
        <translation>{keys} · velocidad {speed}×</translation>
    </message>
    <message>
        <source>Stopped: {problem}</source>
        <translation>Detenido: {problem}</translation>
    </message>
    <message>
        <source>Bitrix24 · Delete account in the mobile app</source>
        <translation>Bitrix24 · Eliminar la cuenta en la aplicación móvil</translation>
    </message>
    <message>
        <source>{weekday} {day}</source>
        <translation>{weekday} {day}</translation>
    </message>
    <message>
        <source>{day}, {time} UTC</source>
        <translation>{day}, {time} UTC</translation>
    </message>
    <message>
        <source>The simulated clock starts on {moment}.</source>
        <translation>El reloj simulado empieza el {moment}.</translation>
    </message>
    <message>
        <source>{person} is signed in to the app in {portal}.</source>
        <translation>La aplicación tiene la sesión de {person} en {portal}.</translation>
    </message>
    <message>
        <source>{person} is signed in to the app.</source>
        <translation>La aplicación tiene la sesión de {person}.</translation>
    </message>
    <message numerus="yes">
        <source>%n step, each caption pointing at what it shows.</source>
        <translation>
            <numerusform>%n paso; cada leyenda señala lo que muestra.</numerusform>
            <numerusform>%n pasos; cada leyenda señala lo que muestra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps, each caption pointing at what it shows.</source>
        <translation>
            <numerusform>%n paso; cada leyenda señala lo que muestra.</numerusform>
            <numerusform>%n pasos; cada leyenda señala lo que muestra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day later</source>
        <translation>
            <numerusform>%n día después</numerusform>
            <numerusform>%n días después</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days later</source>
        <translation>
            <numerusform>%n día después</numerusform>
            <numerusform>%n días después</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour later</source>
        <translation>
            <numerusform>%n hora después</numerusform>
            <numerusform>%n horas después</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours later</source>
        <translation>
            <numerusform>%n hora después</numerusform>
            <numerusform>%n horas después</numerusform>
        </translation>
    </message>
    <message>
        <source>Time passes</source>
        <translation>Pasa el tiempo</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>Del {start} al {end}</translation>
    </message>
    <message>
        <source>What happened · {span}</source>
        <translation>Qué pasó · {span}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>That is the whole story.</source>
        <translation>Esa es toda la historia.</translation>
    </message>
    <message>
        <source>The demo stopped early.</source>
        <translation>La demostración se detuvo antes de tiempo.</translation>
    </message>
    <message>
        <source>Esc or close the window to finish</source>
        <translation>Pulse Esc o cierre la ventana para terminar</translation>
    </message>
</context>
<context>
    <name>EditProfileScreen</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>Your name, position and contacts are managed by your Bitrix24 administrator in this prototype.</source>
        <translation>En este prototipo, su nombre, cargo y contactos los gestiona el administrador de Bitrix24.</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Eliminar cuenta</translation>
    </message>
</context>
<context>
    <name>EmployeeScreen</name>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Data and content</source>
        <translation>Datos y contenidos</translation>
    </message>
    <message>
        <source>Delete user data</source>
        <translation>Eliminar datos del usuario</translation>
    </message>
    <message>
        <source>Give admin rights</source>
        <translation>Hacer administrador</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Despedido</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>{status} · to be deleted on {date}</source>
        <translation>{status} · se eliminará el {date}</translation>
    </message>
    <message>
        <source>Kept until an administrator deletes them</source>
        <translation>Se conservan hasta que un administrador los elimine</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
</context>
<context>
    <name>EmployeesScreen</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Despedido</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>FeedScreen</name>
    <message>
        <source>Feed</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <source>Profile photo</source>
        <translation>Foto de perfil</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mi perfil</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Escribir un mensaje</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Escribir un mensaje…</translation>
    </message>
    <message>
        <source>Writing a post</source>
        <translation>Escribiendo una publicación</translation>
    </message>
    <message>
        <source>Notifications ({count})</source>
        <translation>Notificaciones ({count})</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <extracomment>Who a notice in the Feed is from: the app itself (the Russian app: Битрикс24)</extracomment>
        <translation>Bitrix24</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <source>Welcome to {portal} on Bitrix24! Post news, share files and discuss them with colleagues here in the Feed.</source>
        <translation>¡Le damos la bienvenida a {portal} en Bitrix24! Publique noticias, comparta archivos y coméntelos con sus compañeros aquí, en Noticias.</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentar</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Flow handout</source>
        <translation>Resumen del flujo</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superado</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDO</translation>
    </message>
    <message>
        <source>{flow}  ({state}) (continued)</source>
        <translation>{flow}  ({state}) (continuación)</translation>
    </message>
    <message>
        <source>{flow}  ({state})</source>
        <translation>{flow}  ({state})</translation>
    </message>
    <message>
        <source>No step ran.</source>
        <translation>No se ejecutó ningún paso.</translation>
    </message>
    <message>
        <source>Appendix: the emails of the story</source>
        <translation>Anexo: los correos de la historia</translation>
    </message>
    <message>
        <source>No email was sent.</source>
        <translation>No se envió ningún correo.</translation>
    </message>
    <message>
        <source>{subject}
To: {to}
Date: {date}
Flow: {flow}</source>
        <translation>{subject}
Para: {to}
Fecha: {date}
Flujo: {flow}</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>next</source>
        <extracomment>The Return key of iOS&apos;s keyboard where another field follows (iOS&apos;s word)</extracomment>
        <translation>siguiente</translation>
    </message>
    <message>
        <source>go</source>
        <extracomment>The Return key of iOS&apos;s keyboard where it submits the page (iOS&apos;s word)</extracomment>
        <translation>ir</translation>
    </message>
    <message>
        <source>done</source>
        <extracomment>The Return key of iOS&apos;s keyboard where it closes the keyboard (iOS&apos;s word)</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>return</source>
        <translation>intro</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>mayúsculas</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>borrar</translation>
    </message>
    <message>
        <source>space</source>
        <extracomment>The space bar of iOS&apos;s keyboard (iOS&apos;s word: Leerzeichen, Пробел, espacio)</extracomment>
        <translation>espacio</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>números</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>letras</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>símbolos</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
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
        <translation>Sitios y tiendas</translation>
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
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mi perfil</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
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
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>No notifications yet. When something needs your attention in this Bitrix24, it appears here.</source>
        <translation>Aún no hay notificaciones. Cuando algo requiera su atención en este Bitrix24, aparecerá aquí.</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Everyone in this Bitrix24</source>
        <translation>Todos en este Bitrix24</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Abrir perfil</translation>
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
        <translation>Eliminación solicitada</translation>
    </message>
    <message>
        <source>To cancel, tap Delete account, go through the steps again and specify &quot;{phrase}&quot; as the reason.</source>
        <translation>Para cancelar, toque Eliminar cuenta, repita los pasos y escriba «{phrase}» como motivo.</translation>
    </message>
    <message>
        <source>You asked to delete your account in {portal} on {requested}. It will be deleted on {due}.</source>
        <translation>El {requested} solicitó eliminar su cuenta en {portal}. Se eliminará el {due}.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>{name} now has admin permissions in {portal}. Your request will not delete the Bitrix24.</source>
        <translation>{name} ahora tiene permisos de administrador en {portal}. Su solicitud no eliminará el Bitrix24.</translation>
    </message>
    <message>
        <source>Simulated time: {time} UTC</source>
        <translation>Hora simulada: {time} UTC</translation>
    </message>
    <message>
        <source>Simulated time {time} UTC</source>
        <translation>Hora simulada {time} UTC</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>{what}: not part of this prototype</source>
        <translation>{what}: no forma parte de este prototipo</translation>
    </message>
    <message>
        <source>{name}&apos;s data and content have been deleted.</source>
        <translation>Se han eliminado los datos y contenidos de {name}.</translation>
    </message>
    <message>
        <source>{name} now has admin permissions in {portal}.</source>
        <translation>{name} ahora tiene permisos de administrador en {portal}.</translation>
    </message>
    <message>
        <source>Phone (starting)</source>
        <translation>Teléfono (iniciando)</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <source>Email and password</source>
        <translation>Correo electrónico y contraseña</translation>
    </message>
    <message>
        <source>Phone and password</source>
        <translation>Teléfono y contraseña</translation>
    </message>
    <message>
        <source>Sign in with Apple</source>
        <translation>Iniciar sesión con Apple</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Iniciar sesión con Google</translation>
    </message>
    <message>
        <source>Sign in with Office365</source>
        <translation>Iniciar sesión con Office365</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>CONTACT INFORMATION</source>
        <translation>INFORMACIÓN DE CONTACTO</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <extracomment>The contact row naming the person&apos;s Bitrix24 (the Russian app: Битрикс24)</extracomment>
        <translation>Bitrix24</translation>
    </message>
    <message>
        <source>EMPLOYMENT</source>
        <translation>EMPLEO</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>SEGURIDAD</translation>
    </message>
    <message>
        <source>Registration method</source>
        <translation>Método de registro</translation>
    </message>
    <message>
        <source>Bitrix24 Network profile</source>
        <translation>Perfil de Bitrix24 Network</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Despedido</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
</context>
<context>
    <name>RequestFormScreen</name>
    <message>
        <source>Delete account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>STEP 2 OF 2</source>
        <translation>PASO 2 DE 2</translation>
    </message>
    <message>
        <source>Profile deletion request</source>
        <translation>Solicitud de eliminación del perfil</translation>
    </message>
    <message>
        <source>You have already sent a request</source>
        <translation>Ya envió una solicitud</translation>
    </message>
    <message>
        <source>WHAT HAPPENS AFTER THE ACCOUNT DELETION</source>
        <translation>QUÉ PASA DESPUÉS DE ELIMINAR LA CUENTA</translation>
    </message>
    <message>
        <source>As soon as your request is processed and your profile is deleted:</source>
        <translation>En cuanto se procese su solicitud y se elimine su perfil:</translation>
    </message>
    <message>
        <source>REASON FOR DELETION</source>
        <translation>MOTIVO DE LA ELIMINACIÓN</translation>
    </message>
    <message>
        <source>Specify the reason for deleting the account</source>
        <translation>Indique el motivo para eliminar la cuenta</translation>
    </message>
    <message>
        <source>Reason for deletion</source>
        <translation>Motivo de la eliminación</translation>
    </message>
    <message>
        <source>Tell us why you are deleting your account</source>
        <translation>Díganos por qué elimina su cuenta</translation>
    </message>
    <message>
        <source>On {requested} you asked to delete this account. It will be deleted on {due}. To cancel, specify &quot;{phrase}&quot; as the reason.</source>
        <translation>El {requested} solicitó eliminar esta cuenta. Se eliminará el {due}. Para cancelar, escriba «{phrase}» como motivo.</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Enviar solicitud</translation>
    </message>
    <message>
        <source>To cancel a pending request, specify &quot;{phrase}&quot;.</source>
        <translation>Para cancelar una solicitud pendiente, escriba «{phrase}».</translation>
    </message>
    <message>
        <source>You are the only administrator</source>
        <translation>Usted es el único administrador</translation>
    </message>
    <message>
        <source>Assign admin permissions</source>
        <translation>Asignar permisos de administrador</translation>
    </message>
    <message numerus="yes">
        <source>The deletion request is valid only for your profile in {portal} ({address}), under which you are authorized in the app. If sent now, it will be deleted within %n day, on {date}.</source>
        <translation>
            <numerusform>La solicitud de eliminación solo es válida para su perfil en {portal} ({address}), con el que inició sesión en la aplicación. Si la envía ahora, se eliminará en %n día, el {date}.</numerusform>
            <numerusform>La solicitud de eliminación solo es válida para su perfil en {portal} ({address}), con el que inició sesión en la aplicación. Si la envía ahora, se eliminará en un plazo de %n días, el {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The deletion request is valid only for your profile in {portal} ({address}), under which you are authorized in the app. If sent now, it will be deleted within %n days, on {date}.</source>
        <translation>
            <numerusform>La solicitud de eliminación solo es válida para su perfil en {portal} ({address}), con el que inició sesión en la aplicación. Si la envía ahora, se eliminará en %n día, el {date}.</numerusform>
            <numerusform>La solicitud de eliminación solo es válida para su perfil en {portal} ({address}), con el que inició sesión en la aplicación. Si la envía ahora, se eliminará en un plazo de %n días, el {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion request is valid only for your profile in {portal} ({address}), under which you are authorized in the app.</source>
        <translation>La solicitud de eliminación solo es válida para su perfil en {portal} ({address}), con el que inició sesión en la aplicación.</translation>
    </message>
    <message>
        <source>If you send the request, {portal} ({address}) will be deleted too. Give administrator rights to another user before deletion, or confirm below.</source>
        <translation>Si envía la solicitud, también se eliminará {portal} ({address}). Antes de la eliminación, dé permisos de administrador a otro usuario o confirme abajo.</translation>
    </message>
    <message>
        <source>I understand that {portal} will be deleted together with my account</source>
        <translation>Entiendo que {portal} se eliminará junto con mi cuenta</translation>
    </message>
    <message>
        <source>I have read all the items and confirm that I want to send this request for my account in {address}</source>
        <translation>He leído todos los puntos y confirmo que quiero enviar esta solicitud para mi cuenta en {address}</translation>
    </message>
    <message>
        <source>Assign admin permissions to another employee, or confirm that the Bitrix24 will be deleted too.</source>
        <translation>Asigne permisos de administrador a otro empleado o confirme que el Bitrix24 también se eliminará.</translation>
    </message>
    <message>
        <source>Your pending request will be cancelled.</source>
        <translation>Se cancelará su solicitud pendiente.</translation>
    </message>
    <message>
        <source>This sends a cancellation request.</source>
        <translation>Se enviará una solicitud de cancelación.</translation>
    </message>
    <message>
        <source>Everything is ready.</source>
        <translation>Todo está listo.</translation>
    </message>
</context>
<context>
    <name>RequestLoginScreen</name>
    <message>
        <source>Delete account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>STEP 1 OF 2</source>
        <translation>PASO 1 DE 2</translation>
    </message>
    <message>
        <source>Log in to the account you want to delete</source>
        <translation>Inicie sesión en la cuenta que quiere eliminar</translation>
    </message>
    <message>
        <source>Log in to Bitrix24 in the browser the way you registered: with your phone or email and password, or with Apple, Google or Office365. Then tap Next.</source>
        <translation>Inicie sesión en Bitrix24 en el navegador tal como se registró: con su teléfono o correo electrónico y contraseña, o con Apple, Google u Office365. Luego toque Siguiente.</translation>
    </message>
    <message>
        <source>THE REQUEST WILL BE FOR</source>
        <translation>LA SOLICITUD SERÁ PARA</translation>
    </message>
    <message>
        <source>The deletion request is valid only for one profile of a particular account under which you are authorized in the Bitrix24 mobile app.</source>
        <translation>La solicitud de eliminación solo es válida para un perfil de una cuenta concreta, con el que inició sesión en la aplicación móvil de Bitrix24.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>RequestSentScreen</name>
    <message>
        <source>Request sent</source>
        <translation>Solicitud enviada</translation>
    </message>
    <message>
        <source>Request already sent</source>
        <translation>Solicitud ya enviada</translation>
    </message>
    <message>
        <source>You sent a request to delete your account in {portal} on {requested}. No new request was created. Your account will be deleted on {due}.</source>
        <translation>El {requested} envió una solicitud para eliminar su cuenta en {portal}. No se creó una nueva solicitud. Su cuenta se eliminará el {due}.</translation>
    </message>
    <message numerus="yes">
        <source>Your account in {portal} ({address}) will be deleted within %n days of your request, on {due}.</source>
        <translation>
            <numerusform>Su cuenta en {portal} ({address}) se eliminará en %n día a partir de su solicitud, el {due}.</numerusform>
            <numerusform>Su cuenta en {portal} ({address}) se eliminará en un plazo de %n días a partir de su solicitud, el {due}.</numerusform>
        </translation>
    </message>
    <message>
        <source>• You are the only administrator: {portal} ({address}) will be deleted together with your account on {due}.</source>
        <translation>• Usted es el único administrador: {portal} ({address}) se eliminará junto con su cuenta el {due}.</translation>
    </message>
    <message>
        <source>• The administrator was informed when you sent it.</source>
        <translation>• Se informó al administrador cuando la envió.</translation>
    </message>
    <message>
        <source>• No other administrator was informed when you sent it.</source>
        <translation>• No se informó a ningún otro administrador cuando la envió.</translation>
    </message>
    <message>
        <source>• There is no other administrator in this Bitrix24 to inform.</source>
        <translation>• No hay ningún otro administrador en este Bitrix24 a quien informar.</translation>
    </message>
    <message>
        <source>• The administrator will receive information about the impending deletion of your profile.</source>
        <translation>• El administrador recibirá información sobre la próxima eliminación de su perfil.</translation>
    </message>
    <message>
        <source>• We will inform you of the final profile deletion by the email you specified in your Bitrix24 Network profile: {email}.</source>
        <translation>• Le informaremos de la eliminación definitiva del perfil por el correo electrónico que indicó en su perfil de Bitrix24 Network: {email}.</translation>
    </message>
    <message>
        <source>• Changed your mind? Before {due}, go to your profile, tap Delete account and send the request again with the reason &quot;{phrase}&quot;.</source>
        <translation>• ¿Cambió de opinión? Antes del {due}, vaya a su perfil, toque Eliminar cuenta y vuelva a enviar la solicitud con el motivo «{phrase}».</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>What happens next</source>
        <translation>Qué pasará ahora</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>email</source>
        <extracomment>How the person signs in, after their position: &quot;Head of Sales · email&quot;</extracomment>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone</source>
        <extracomment>How the person signs in (with a phone number), after their position</extracomment>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Choose who is using the phone, then the Bitrix24 to sign in to.</source>
        <translation>Elija quién usa el teléfono y luego el Bitrix24 en el que iniciar sesión.</translation>
    </message>
    <message>
        <source>PEOPLE</source>
        <translation>PERSONAS</translation>
    </message>
    <message>
        <source>BITRIX24</source>
        <extracomment>The heading of a person&apos;s Bitrix24s, the brand in capitals (Russian: БИТРИКС24)</extracomment>
        <translation>BITRIX24</translation>
    </message>
    <message>
        <source>{NAME}&apos;S BITRIX24</source>
        <extracomment>A section heading in capitals; NAME is the person&apos;s name in capitals</extracomment>
        <translation>BITRIX24 DE {NAME}</translation>
    </message>
</context>
<context>
    <name>Storyboard</name>
    <message>
        <source>passed</source>
        <translation>superado</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDO</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>failed (optional)</source>
        <translation>fallido (opcional)</translation>
    </message>
    <message numerus="yes">
        <source>%n step</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ran %n time</source>
        <translation>
            <numerusform>se ejecutó %n vez</numerusform>
            <numerusform>se ejecutó %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ran %n times</source>
        <translation>
            <numerusform>se ejecutó %n vez</numerusform>
            <numerusform>se ejecutó %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeat %n time</source>
        <translation>
            <numerusform>Repetir %n vez</numerusform>
            <numerusform>Repetir %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeat %n times</source>
        <translation>
            <numerusform>Repetir %n vez</numerusform>
            <numerusform>Repetir %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again up to %n time if it fails</source>
        <translation>
            <numerusform>Si falla, reintentar hasta %n vez</numerusform>
            <numerusform>Si falla, reintentar hasta %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again up to %n times if it fails</source>
        <translation>
            <numerusform>Si falla, reintentar hasta %n vez</numerusform>
            <numerusform>Si falla, reintentar hasta %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passed at attempt {attempt} of %n</source>
        <translation>
            <numerusform>superado en el intento {attempt} de %n</numerusform>
            <numerusform>superado en el intento {attempt} de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Flow storyboard</source>
        <translation>Guion gráfico del flujo</translation>
    </message>
    <message>
        <source>{passed} passed, {failed} failed, {skipped} skipped</source>
        <translation>Superados: {passed}, fallidos: {failed}, omitidos: {skipped}</translation>
    </message>
    <message>
        <source>{passed} passed, {failed} failed</source>
        <translation>Superados: {passed}, fallidos: {failed}</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>etiquetas: {tags}</translation>
    </message>
    <message>
        <source>Screenshot at the failure</source>
        <translation>Captura de pantalla del fallo</translation>
    </message>
    <message>
        <source>Every screen of the phone, on iOS and Android, and its motion half way</source>
        <translation>Todas las pantallas del teléfono, en iOS y Android, y cada animación a mitad de camino</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>{subject} (to {recipient})</source>
        <translation>{subject} (a {recipient})</translation>
    </message>
    <message>
        <source>it</source>
        <translation>el elemento</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>«{text}»</translation>
    </message>
    <message>
        <source>Time passes</source>
        <translation>Pasa el tiempo</translation>
    </message>
    <message>
        <source>{duration} passes</source>
        <translation>Pasa {duration}</translation>
    </message>
    <message>
        <source>{duration} pass</source>
        <translation>Pasan {duration}</translation>
    </message>
    <message>
        <source>The steps inside</source>
        <translation>Los pasos internos</translation>
    </message>
    <message>
        <source>Repeat while the condition holds</source>
        <translation>Repetir mientras se cumpla la condición</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Try again if it fails</source>
        <translation>Si falla, reintentar</translation>
    </message>
    <message>
        <source>On the second phone ({person})</source>
        <translation>En el segundo teléfono ({person})</translation>
    </message>
    <message>
        <source>On the second phone</source>
        <translation>En el segundo teléfono</translation>
    </message>
    <message>
        <source>On the first phone</source>
        <translation>En el primer teléfono</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>no se muestra</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>sin sesión</translation>
    </message>
    <message>
        <source>on the second phone ({who})</source>
        <translation>en el segundo teléfono ({who})</translation>
    </message>
    <message>
        <source>on the second phone ({who}): {problem}</source>
        <translation>en el segundo teléfono ({who}): {problem}</translation>
    </message>
    <message>
        <source>on the first phone ({who})</source>
        <translation>en el primer teléfono ({who})</translation>
    </message>
    <message>
        <source>on the first phone ({who}): {problem}</source>
        <translation>en el primer teléfono ({who}): {problem}</translation>
    </message>
    <message>
        <source>An email to {to}: “{subject}”</source>
        <translation>Un correo a {to}: «{subject}»</translation>
    </message>
    <message>
        <source>An email: “{subject}”</source>
        <translation>Un correo: «{subject}»</translation>
    </message>
    <message>
        <source>An email to {to} is in the outbox</source>
        <translation>Hay un correo a {to} en la bandeja de salida</translation>
    </message>
    <message>
        <source>An email is in the outbox</source>
        <translation>Hay un correo en la bandeja de salida</translation>
    </message>
    <message>
        <source>No email to {to}</source>
        <translation>Ningún correo a {to}</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Ningún correo</translation>
    </message>
    <message>
        <source>{person}&apos;s Network profile is {status}</source>
        <translation>Perfil de Network de {person}: {status}</translation>
    </message>
    <message>
        <source>{person}&apos;s Network profile is checked</source>
        <translation>Se comprueba el perfil de Network de {person}</translation>
    </message>
    <message>
        <source>Tap {target}</source>
        <translation>Tocar {target}</translation>
    </message>
    <message>
        <source>Double-tap {target}</source>
        <translation>Tocar dos veces {target}</translation>
    </message>
    <message>
        <source>Press and hold {target}</source>
        <translation>Mantener pulsado {target}</translation>
    </message>
    <message>
        <source>See {target}</source>
        <translation>Ver {target}</translation>
    </message>
    <message>
        <source>{target} is gone</source>
        <translation>{target} ya no está</translation>
    </message>
    <message>
        <source>Scroll to {target}</source>
        <translation>Desplazarse hasta {target}</translation>
    </message>
    <message>
        <source>Type “{text}”</source>
        <translation>Escribir «{text}»</translation>
    </message>
    <message>
        <source>Erase the text</source>
        <translation>Borrar el texto</translation>
    </message>
    <message>
        <source>Open the app</source>
        <translation>Abrir la aplicación</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver atrás</translation>
    </message>
    <message>
        <source>The due requests are processed</source>
        <translation>Se procesan las solicitudes vencidas</translation>
    </message>
    <message>
        <source>Script: {script}</source>
        <translation>Script: {script}</translation>
    </message>
    <message>
        <source>Run the script {file}</source>
        <translation>Ejecutar el script {file}</translation>
    </message>
    <message>
        <source>Check: {condition}</source>
        <translation>Comprobar: {condition}</translation>
    </message>
    <message>
        <source>{person}&apos;s profile in {portal}: {checks}</source>
        <translation>Perfil de {person} en {portal}: {checks}</translation>
    </message>
    <message>
        <source>A screenshot</source>
        <translation>Una captura de pantalla</translation>
    </message>
</context>
<context>
    <name>TabBar</name>
    <message>
        <source>Feed</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>The window needs {need} px and this screen has {room}, too small even at half size (--scale 0.5): use a larger screen or window.</source>
        <translation>La ventana necesita {need} px y esta pantalla tiene {room}, demasiado pequeña incluso a la mitad de tamaño (--scale 0.5): use una pantalla o ventana más grande.</translation>
    </message>
    <message>
        <source>The window needs {need} px and this screen has {room}: start with &apos;python main.py --scale {factor}&apos; to see all of it.</source>
        <translation>La ventana necesita {need} px y esta pantalla tiene {room}: inicie con &apos;python main.py --scale {factor}&apos; para verla entera.</translation>
    </message>
    <message>
        <source>Bitrix24 — Delete account prototype</source>
        <translation>Bitrix24 — prototipo de Eliminar cuenta</translation>
    </message>
</context>
</TS>
