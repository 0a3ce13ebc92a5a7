<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <translation>Introduzca la contraseña</translation>
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
    <name>Phone</name>
    <message>
        <source>%n days later</source>
        <translation>%n días después</translation>
    </message>
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
        <source>To cancel a pending request, specify &quot;cancel profile deletion&quot;.</source>
        <translation>Para cancelar una solicitud pendiente, escriba &quot;cancel profile deletion&quot;.</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Enviar solicitud</translation>
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
        <source>On {requested} you asked to delete this account. It will be deleted on {due}. To cancel, specify &quot;cancel profile deletion&quot; as the reason.</source>
        <translation>El {requested} solicitó eliminar esta cuenta. Se eliminará el {due}. Para cancelar, escriba &quot;cancel profile deletion&quot; como motivo.</translation>
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
</TS>
