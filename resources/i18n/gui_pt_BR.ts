<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AddressNotFoundScreen</name>
    <message>
        <source>This address could not be found</source>
        <translation>Não foi possível encontrar este endereço</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>Log out of your Bitrix24 profile and log in again with the current data. If necessary, clear your browser history.</source>
        <translation>Saia do seu perfil do Bitrix24 e entre novamente com os dados atuais. Se necessário, limpe o histórico do navegador.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Clear browser history</source>
        <translation>Limpar histórico do navegador</translation>
    </message>
    <message>
        <source>Reader view</source>
        <translation>Modo leitor</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartilhar</translation>
    </message>
    <message>
        <source>Open in Safari</source>
        <translation>Abrir no Safari</translation>
    </message>
    <message>
        <source>You logged in to an account that is not associated with the requested Bitrix24, {address}.</source>
        <translation>Você entrou em uma conta que não está associada ao Bitrix24 solicitado, {address}.</translation>
    </message>
    <message>
        <source>You are logged in as {name} ({email}), an account that is not associated with the requested Bitrix24, {address}.</source>
        <translation>Você entrou como {name} ({email}), uma conta que não está associada ao Bitrix24 solicitado, {address}.</translation>
    </message>
</context>
<context>
    <name>BrowserScreen</name>
    <message>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Phone or email</source>
        <translation>Telefone ou e-mail</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>or sign in with</source>
        <translation>ou entre com</translation>
    </message>
    <message>
        <source>Sign in with {service}</source>
        <translation>Entrar com {service}</translation>
    </message>
    <message>
        <source>Enter password</source>
        <translation>Digite a senha</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alterar</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Esqueceu a senha?</translation>
    </message>
    <message>
        <source>Password recovery is not part of this prototype. Each person&apos;s password is in the world file (password:).</source>
        <translation>A recuperação de senha não faz parte deste protótipo. A senha de cada pessoa está no arquivo do mundo (password:).</translation>
    </message>
    <message>
        <source>Use another account</source>
        <translation>Usar outra conta</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Excluir conta</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Reader view</source>
        <translation>Modo leitor</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartilhar</translation>
    </message>
    <message>
        <source>Open in Safari</source>
        <translation>Abrir no Safari</translation>
    </message>
    <message>
        <source>Choose your {service} account to continue to Bitrix24. {service} will share your name and email with Bitrix24.</source>
        <translation>Escolha sua conta do {service} para continuar no Bitrix24. O {service} compartilhará seu nome e e-mail com o Bitrix24.</translation>
    </message>
    <message>
        <source>This is not the account you use in the app</source>
        <translation>Esta não é a conta que você usa no aplicativo</translation>
    </message>
    <message>
        <source>You are logged in as someone else</source>
        <translation>Você entrou como outra pessoa</translation>
    </message>
    <message>
        <source>Continue as {name}</source>
        <translation>Continuar como {name}</translation>
    </message>
    <message>
        <source>There is no {service} account on this phone that is linked to a Bitrix24 Network profile.</source>
        <translation>Não há nenhuma conta do {service} neste telefone vinculada a um perfil do Bitrix24 Network.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>%n days later</source>
        <translation>%n dias depois</translation>
    </message>
    <message>
        <source>{name} now has admin permissions in {portal}. Your request will not delete the Bitrix24.</source>
        <translation>{name} agora tem permissões de administrador em {portal}. Sua solicitação não excluirá o Bitrix24.</translation>
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
        <translation>Telefone</translation>
    </message>
    <message>
        <source>{what}: not part of this prototype</source>
        <translation>{what}: não faz parte deste protótipo</translation>
    </message>
</context>
<context>
    <name>RequestFormScreen</name>
    <message>
        <source>Delete account</source>
        <translation>Excluir conta</translation>
    </message>
    <message>
        <source>STEP 2 OF 2</source>
        <translation>ETAPA 2 DE 2</translation>
    </message>
    <message>
        <source>Profile deletion request</source>
        <translation>Solicitação de exclusão do perfil</translation>
    </message>
    <message>
        <source>You have already sent a request</source>
        <translation>Você já enviou uma solicitação</translation>
    </message>
    <message>
        <source>WHAT HAPPENS AFTER THE ACCOUNT DELETION</source>
        <translation>O QUE ACONTECE APÓS A EXCLUSÃO DA CONTA</translation>
    </message>
    <message>
        <source>As soon as your request is processed and your profile is deleted:</source>
        <translation>Assim que sua solicitação for processada e seu perfil for excluído:</translation>
    </message>
    <message>
        <source>REASON FOR DELETION</source>
        <translation>MOTIVO DA EXCLUSÃO</translation>
    </message>
    <message>
        <source>Specify the reason for deleting the account</source>
        <translation>Informe o motivo da exclusão da conta</translation>
    </message>
    <message>
        <source>Reason for deletion</source>
        <translation>Motivo da exclusão</translation>
    </message>
    <message>
        <source>Tell us why you are deleting your account</source>
        <translation>Conte por que você está excluindo sua conta</translation>
    </message>
    <message>
        <source>To cancel a pending request, specify &quot;cancel profile deletion&quot;.</source>
        <translation>Para cancelar uma solicitação pendente, escreva &quot;cancel profile deletion&quot;.</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Enviar solicitação</translation>
    </message>
    <message>
        <source>You are the only administrator</source>
        <translation>Você é o único administrador</translation>
    </message>
    <message>
        <source>Assign admin permissions</source>
        <translation>Atribuir permissões de administrador</translation>
    </message>
    <message numerus="yes">
        <source>The deletion request is valid only for your profile in {portal} ({address}), under which you are authorized in the app. If sent now, it will be deleted within %n days, on {date}.</source>
        <translation>
            <numerusform>A solicitação de exclusão vale apenas para o seu perfil em {portal} ({address}), com o qual você entrou no aplicativo. Se enviada agora, ele será excluído em %n dia, em {date}.</numerusform>
            <numerusform>A solicitação de exclusão vale apenas para o seu perfil em {portal} ({address}), com o qual você entrou no aplicativo. Se enviada agora, ele será excluído em até %n dias, em {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion request is valid only for your profile in {portal} ({address}), under which you are authorized in the app.</source>
        <translation>A solicitação de exclusão vale apenas para o seu perfil em {portal} ({address}), com o qual você entrou no aplicativo.</translation>
    </message>
    <message>
        <source>If you send the request, {portal} ({address}) will be deleted too. Give administrator rights to another user before deletion, or confirm below.</source>
        <translation>Se você enviar a solicitação, {portal} ({address}) também será excluído. Antes da exclusão, conceda direitos de administrador a outro usuário ou confirme abaixo.</translation>
    </message>
    <message>
        <source>I understand that {portal} will be deleted together with my account</source>
        <translation>Entendo que {portal} será excluído junto com a minha conta</translation>
    </message>
    <message>
        <source>I have read all the items and confirm that I want to send this request for my account in {address}</source>
        <translation>Li todos os itens e confirmo que quero enviar esta solicitação para a minha conta em {address}</translation>
    </message>
    <message>
        <source>On {requested} you asked to delete this account. It will be deleted on {due}. To cancel, specify &quot;cancel profile deletion&quot; as the reason.</source>
        <translation>Em {requested}, você solicitou a exclusão desta conta. Ela será excluída em {due}. Para cancelar, escreva &quot;cancel profile deletion&quot; como motivo.</translation>
    </message>
    <message>
        <source>Assign admin permissions to another employee, or confirm that the Bitrix24 will be deleted too.</source>
        <translation>Atribua permissões de administrador a outro funcionário ou confirme que o Bitrix24 também será excluído.</translation>
    </message>
    <message>
        <source>Your pending request will be cancelled.</source>
        <translation>Sua solicitação pendente será cancelada.</translation>
    </message>
    <message>
        <source>This sends a cancellation request.</source>
        <translation>Isto envia uma solicitação de cancelamento.</translation>
    </message>
    <message>
        <source>Everything is ready.</source>
        <translation>Tudo pronto.</translation>
    </message>
</context>
<context>
    <name>RequestLoginScreen</name>
    <message>
        <source>Delete account</source>
        <translation>Excluir conta</translation>
    </message>
    <message>
        <source>STEP 1 OF 2</source>
        <translation>ETAPA 1 DE 2</translation>
    </message>
    <message>
        <source>Log in to the account you want to delete</source>
        <translation>Entre na conta que você quer excluir</translation>
    </message>
    <message>
        <source>Log in to Bitrix24 in the browser the way you registered: with your phone or email and password, or with Apple, Google or Office365. Then tap Next.</source>
        <translation>Entre no Bitrix24 pelo navegador da mesma forma que você se cadastrou: com telefone ou e-mail e senha, ou com Apple, Google ou Office365. Depois toque em Avançar.</translation>
    </message>
    <message>
        <source>THE REQUEST WILL BE FOR</source>
        <translation>A SOLICITAÇÃO SERÁ PARA</translation>
    </message>
    <message>
        <source>The deletion request is valid only for one profile of a particular account under which you are authorized in the Bitrix24 mobile app.</source>
        <translation>A solicitação de exclusão vale apenas para um perfil de uma conta específica, com o qual você entrou no aplicativo móvel do Bitrix24.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
</context>
</TS>
