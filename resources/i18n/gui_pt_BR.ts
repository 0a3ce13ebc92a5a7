<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccessClosedScreen</name>
    <message>
        <source>Access closed</source>
        <translation>Acesso encerrado</translation>
    </message>
    <message>
        <source>You have been signed out of the app.</source>
        <translation>Você saiu do aplicativo.</translation>
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
    <name>AdminPickerSheet</name>
    <message>
        <source>Assign admin permissions</source>
        <translation>Atribuir permissões de administrador</translation>
    </message>
    <message>
        <source>There are no other active employees in this Bitrix24 who could get admin permissions.</source>
        <translation>Não há outros funcionários ativos neste Bitrix24 que possam receber permissões de administrador.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose an active employee of {portal} who will become an administrator. Then your request will not delete the Bitrix24.</source>
        <translation>Escolha um funcionário ativo de {portal} para se tornar administrador. Assim sua solicitação não excluirá o Bitrix24.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Account deletion requested</source>
        <translation>Exclusão de conta solicitada</translation>
    </message>
    <message>
        <source>Account deletion cancelled</source>
        <translation>Exclusão de conta cancelada</translation>
    </message>
    <message>
        <source>Profile deleted</source>
        <translation>Perfil excluído</translation>
    </message>
    <message>
        <source>Bitrix24 deleted</source>
        <translation>Bitrix24 excluído</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificação</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <extracomment>The app&apos;s name over a push notification, as the phone&apos;s home screen names it (the Russian app: Битрикс24)</extracomment>
        <translation>Bitrix24</translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>When the push notification arrived, as iOS writes it on a banner</extracomment>
        <translation>agora</translation>
    </message>
    <message>
        <source>Notification: {title}</source>
        <translation>Notificação: {title}</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Tela bloqueada</translation>
    </message>
</context>
<context>
    <name>BrowserBar</name>
    <message>
        <source>Done</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Page settings</source>
        <translation>Ajustes da página</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <source>Address: {url}</source>
        <translation>Endereço: {url}</translation>
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
    <name>BrowserToolbar</name>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartilhar</translation>
    </message>
    <message>
        <source>Open in Safari</source>
        <translation>Abrir no Safari</translation>
    </message>
</context>
<context>
    <name>CancellationSentScreen</name>
    <message>
        <source>Cancellation sent</source>
        <translation>Cancelamento enviado</translation>
    </message>
    <message>
        <source>Your request of {requested} to delete your account in {portal} ({address}) is cancelled. Your account will not be deleted.</source>
        <translation>Sua solicitação de {requested} para excluir sua conta em {portal} ({address}) foi cancelada. Sua conta não será excluída.</translation>
    </message>
    <message>
        <source>• We have sent a confirmation to {email}.</source>
        <translation>• Enviamos uma confirmação para {email}.</translation>
    </message>
    <message>
        <source>• The administrators who were told about the deletion are told that it is cancelled.</source>
        <translation>• Os administradores avisados da exclusão são informados de que ela foi cancelada.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>The second phone shows Sign in: no other active administrator of this Bitrix24 could hold it.</source>
        <translation>O segundo telefone mostra Entrar: nenhum outro administrador ativo deste Bitrix24 podia usá-lo.</translation>
    </message>
    <message>
        <source>The second phone is signed in as {person} in {portal}.</source>
        <translation>O segundo telefone está conectado como {person} em {portal}.</translation>
    </message>
    <message>
        <source>The second phone is hidden.</source>
        <translation>O segundo telefone está oculto.</translation>
    </message>
    <message>
        <source>The phones changed hands.</source>
        <translation>Os telefones trocaram de mãos.</translation>
    </message>
    <message>
        <source>Clock moved on {duration}.</source>
        <translation>O relógio avançou {duration}.</translation>
    </message>
    <message numerus="yes">
        <source>Clock moved on {duration}; %n request completed: {names}.</source>
        <translation>
            <numerusform>O relógio avançou {duration}; %n solicitação concluída: {names}.</numerusform>
            <numerusform>O relógio avançou {duration}; %n solicitações concluídas: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock moved on {duration}; %n requests completed: {names}.</source>
        <translation>
            <numerusform>O relógio avançou {duration}; %n solicitação concluída: {names}.</numerusform>
            <numerusform>O relógio avançou {duration}; %n solicitações concluídas: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock moved to the next due date.</source>
        <translation>O relógio avançou até o próximo vencimento.</translation>
    </message>
    <message numerus="yes">
        <source>Clock moved to the next due date; %n request completed: {names}.</source>
        <translation>
            <numerusform>O relógio avançou até o próximo vencimento; %n solicitação concluída: {names}.</numerusform>
            <numerusform>O relógio avançou até o próximo vencimento; %n solicitações concluídas: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock moved to the next due date; %n requests completed: {names}.</source>
        <translation>
            <numerusform>O relógio avançou até o próximo vencimento; %n solicitação concluída: {names}.</numerusform>
            <numerusform>O relógio avançou até o próximo vencimento; %n solicitações concluídas: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processed: %n requests completed.</source>
        <translation>
            <numerusform>Processamento: %n solicitações concluídas.</numerusform>
            <numerusform>Processamento: %n solicitações concluídas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processed: %n request completed: {names}.</source>
        <translation>
            <numerusform>Processamento: %n solicitação concluída: {names}.</numerusform>
            <numerusform>Processamento: %n solicitações concluídas: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processed: %n requests completed: {names}.</source>
        <translation>
            <numerusform>Processamento: %n solicitação concluída: {names}.</numerusform>
            <numerusform>Processamento: %n solicitações concluídas: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated clock</source>
        <translation>Relógio simulado</translation>
    </message>
    <message>
        <source>Simulated time</source>
        <translation>Hora simulada</translation>
    </message>
    <message>
        <source>UTC · moves only when told</source>
        <translation>UTC · só avança quando solicitado</translation>
    </message>
    <message>
        <source>Next due request</source>
        <translation>Próxima solicitação a vencer</translation>
    </message>
    <message>
        <source>+1 hour</source>
        <translation>+1 hora</translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation>+1 dia</translation>
    </message>
    <message>
        <source>+7 days</source>
        <translation>+7 dias</translation>
    </message>
    <message>
        <source>To next due date</source>
        <translation>Até o próximo vencimento</translation>
    </message>
    <message>
        <source>Move the clock to the next pending request&apos;s due date and process it</source>
        <translation>Avançar o relógio até o vencimento da próxima solicitação pendente e processá-la</translation>
    </message>
    <message>
        <source>Custom amount</source>
        <translation>Outro valor</translation>
    </message>
    <message>
        <source>e.g. 30d, 12h, 1w</source>
        <translation>ex.: 30d, 12h, 1w</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Process now</source>
        <translation>Processar agora</translation>
    </message>
    <message>
        <source>Complete every request that is due at the current time</source>
        <translation>Concluir todas as solicitações já vencidas no horário atual</translation>
    </message>
    <message>
        <source>No pending deletion requests.</source>
        <translation>Nenhuma solicitação de exclusão pendente.</translation>
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
        <translation>Nome do mundo</translation>
    </message>
    <message>
        <source>Open world…</source>
        <translation>Abrir mundo…</translation>
    </message>
    <message>
        <source>Load a world from a YAML file</source>
        <translation>Carregar um mundo de um arquivo YAML</translation>
    </message>
    <message>
        <source>Reset to demo world</source>
        <translation>Redefinir para o mundo de demonstração</translation>
    </message>
    <message>
        <source>Sign in as person</source>
        <translation>Entrar como pessoa</translation>
    </message>
    <message>
        <source>Who the phone is signed in as after Sign in</source>
        <translation>A pessoa com quem o telefone entra ao tocar em Entrar</translation>
    </message>
    <message>
        <source>Sign in to Bitrix24</source>
        <translation>Entrar no Bitrix24</translation>
    </message>
    <message>
        <source>Which of their Bitrix24s the phone&apos;s app opens</source>
        <translation>Qual dos Bitrix24 da pessoa o aplicativo do telefone abre</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Sign the phone in as this person in this Bitrix24</source>
        <translation>Conectar o telefone como esta pessoa neste Bitrix24</translation>
    </message>
    <message>
        <source>Phone signed in as</source>
        <translation>Telefone conectado como</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Entrar como</translation>
    </message>
    <message>
        <source>to Bitrix24</source>
        <translation>no Bitrix24</translation>
    </message>
    <message>
        <source>Open a world</source>
        <translation>Abrir um mundo</translation>
    </message>
    <message>
        <source>World files (*.yaml *.yml);;All files (*)</source>
        <translation>Arquivos de mundo (*.yaml *.yml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Loaded the world “{name}” from {file}.</source>
        <translation>O mundo “{name}” foi carregado de {file}.</translation>
    </message>
    <message>
        <source>Reset to the demo world.</source>
        <translation>Redefinido para o mundo de demonstração.</translation>
    </message>
    <message>
        <source>{name} (deleted)</source>
        <translation>{name} (perfil excluído)</translation>
    </message>
    <message>
        <source>{address} (closed)</source>
        <translation>{address} (encerrado)</translation>
    </message>
    <message>
        <source>{portal}: {role}, access {access}</source>
        <translation>{portal}: {role}, acesso {access}</translation>
    </message>
    <message>
        <source>Choose a person and one of their Bitrix24s first.</source>
        <translation>Primeiro escolha uma pessoa e um dos Bitrix24 dela.</translation>
    </message>
    <message>
        <source>The phone is signed in as {person} in {portal}.</source>
        <translation>O telefone está conectado como {person} em {portal}.</translation>
    </message>
    <message>
        <source>Phone: &lt;b&gt;{person}&lt;/b&gt; in {portal}</source>
        <translation>Telefone: &lt;b&gt;{person}&lt;/b&gt; em {portal}</translation>
    </message>
    <message>
        <source>Phone: not signed in</source>
        <translation>Telefone: não conectado</translation>
    </message>
    <message>
        <source>Device and policy</source>
        <translation>Dispositivo e política</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Phone language</source>
        <translation>Idioma do telefone</translation>
    </message>
    <message>
        <source>The language the phone speaks (each language in its own words); --lang on the command line until one is chosen here</source>
        <translation>O idioma do telefone (cada idioma com o próprio nome); --lang na linha de comando até que um seja escolhido aqui</translation>
    </message>
    <message>
        <source>Bitrix24 whose deployment to set</source>
        <translation>Bitrix24 cuja implantação será definida</translation>
    </message>
    <message>
        <source>The Bitrix24 whose deployment the switch below sets (the phone stays signed in where it is)</source>
        <translation>O Bitrix24 cuja implantação o seletor abaixo define (o telefone continua conectado onde está)</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Implantação</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nuvem</translation>
    </message>
    <message>
        <source>On-premise</source>
        <translation>On-premise</translation>
    </message>
    <message>
        <source>Policy: offer on iOS</source>
        <translation>Política: oferecer no iOS</translation>
    </message>
    <message>
        <source>Policy: offer on Android</source>
        <translation>Política: oferecer no Android</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Acesso</translation>
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
        <translation>Menu</translation>
    </message>
    <message>
        <source>Profile -&gt; Delete account</source>
        <translation>Perfil -&gt; Excluir conta</translation>
    </message>
    <message>
        <source>Profile -&gt; Edit profile -&gt; Delete account</source>
        <translation>Perfil -&gt; Editar perfil -&gt; Excluir conta</translation>
    </message>
    <message>
        <source>Menu -&gt; Edit profile -&gt; Delete account</source>
        <translation>Menu -&gt; Editar perfil -&gt; Excluir conta</translation>
    </message>
    <message>
        <source>Deletion window days</source>
        <translation>Dias do prazo de exclusão</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Deployment of</source>
        <translation>Implantação de</translation>
    </message>
    <message>
        <source>Offer on</source>
        <translation>Oferecer no</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Entry: {entry}.</source>
        <translation>Acesso: {entry}.</translation>
    </message>
    <message>
        <source>The phone is now an iPhone device.</source>
        <translation>O telefone agora é um iPhone.</translation>
    </message>
    <message>
        <source>The phone is now an Android device.</source>
        <translation>O telefone agora é um dispositivo Android.</translation>
    </message>
    <message>
        <source>The phone now speaks {language}.</source>
        <translation>O telefone agora está em {language}.</translation>
    </message>
    <message>
        <source>{address} is now {deployment}.</source>
        <translation>{address} agora é {deployment}.</translation>
    </message>
    <message>
        <source>Delete account is offered on: {platforms}.</source>
        <translation>A opção Excluir conta é oferecida em: {platforms}.</translation>
    </message>
    <message numerus="yes">
        <source>Deletion window: %n day.</source>
        <translation>
            <numerusform>Prazo de exclusão: %n dia.</numerusform>
            <numerusform>Prazo de exclusão: %n dias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deletion window: %n days.</source>
        <translation>
            <numerusform>Prazo de exclusão: %n dia.</numerusform>
            <numerusform>Prazo de exclusão: %n dias.</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} The previous world is kept as {file}.</source>
        <translation>{done} O mundo anterior foi guardado como {file}.</translation>
    </message>
    <message>
        <source>{weekday} {when}</source>
        <translation>{weekday} {when}</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>vence agora</translation>
    </message>
    <message numerus="yes">
        <source>in %n hour</source>
        <translation>
            <numerusform>em %n hora</numerusform>
            <numerusform>em %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>em %n hora</numerusform>
            <numerusform>em %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day</source>
        <translation>
            <numerusform>em %n dia</numerusform>
            <numerusform>em %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>em %n dia</numerusform>
            <numerusform>em %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulator console (loading)</source>
        <translation>Console do simulador (carregando)</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulador</translation>
    </message>
    <message>
        <source>Loading the simulated world…</source>
        <translation>Carregando o mundo simulado…</translation>
    </message>
    <message>
        <source>The simulated world could not be loaded</source>
        <translation>Não foi possível carregar o mundo simulado</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>done {when}</source>
        <translation>concluída {when}</translation>
    </message>
    <message>
        <source>cancelled {when}</source>
        <translation>cancelada {when}</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
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
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Em</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>the outbox</source>
        <translation>a caixa de saída</translation>
    </message>
    <message>
        <source>Mailpit&apos;s HTTP API</source>
        <translation>a API HTTP do Mailpit</translation>
    </message>
    <message>
        <source>Kept in the database; nothing leaves the machine (B24SIM_MAIL_TRANSPORT=outbox). Export .eml to open it in a mail client.</source>
        <translation>Guardado no banco de dados; nada sai da máquina (B24SIM_MAIL_TRANSPORT=outbox). Exporte o .eml para abri-lo em um cliente de e-mail.</translation>
    </message>
    <message>
        <source>Waiting to be sent by {via}.</source>
        <translation>Aguardando envio por {via}.</translation>
    </message>
    <message>
        <source>Will be tried again by {via}. Last error: {error}</source>
        <translation>Será tentado novamente por {via}. Último erro: {error}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Not delivered: {error}. Resend puts it back in the queue.</source>
        <translation>Não entregue: {error}. Reenviar o coloca de volta na fila.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Criado</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt</source>
        <translation>
            <numerusform>%n tentativa</numerusform>
            <numerusform>%n tentativas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n tentativa</numerusform>
            <numerusform>%n tentativas</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Mantidos</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluídos</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acesso</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Network profile</source>
        <translation>Perfil do Network</translation>
    </message>
    <message>
        <source>Bitrix24 accounts on the Network page</source>
        <translation>Contas do Bitrix24 na página do Network</translation>
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
        <translation>Número de sequência: a ordem em que os eventos foram gravados</translation>
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
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Simulator console</source>
        <translation>Console do simulador</translation>
    </message>
    <message>
        <source>Simulator console body</source>
        <translation>Corpo do console do simulador</translation>
    </message>
    <message>
        <source>Console message</source>
        <translation>Mensagem do console</translation>
    </message>
    <message>
        <source>Collapse the console</source>
        <translation>Recolher o console</translation>
    </message>
    <message>
        <source>Collapse or expand the simulator console</source>
        <translation>Recolher ou expandir o console do simulador</translation>
    </message>
    <message>
        <source>Everything the phone does shows up here at once</source>
        <translation>Tudo o que o telefone faz aparece aqui na hora</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Expand the console</source>
        <translation>Expandir o console</translation>
    </message>
    <message>
        <source>Taps, typing and scrolls on the phone and here become flow commands. The flow replays from the app&apos;s start on the demo world: Reset to demo world before you record.</source>
        <translation>Toques, digitação e rolagens no telefone e aqui viram comandos do fluxo. O fluxo é reproduzido desde o início do aplicativo no mundo de demonstração: redefina para o mundo de demonstração antes de gravar.</translation>
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
        <translation>Gravador</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● Gravar</translation>
    </message>
    <message>
        <source>Record what you do on the phone and here as a flow</source>
        <translation>Gravar como fluxo o que você faz no telefone e aqui</translation>
    </message>
    <message>
        <source>Recorded flow</source>
        <translation>Fluxo gravado</translation>
    </message>
    <message>
        <source>Recording state</source>
        <translation>Estado da gravação</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>Write the flow to a YAML file</source>
        <translation>Salvar o fluxo em um arquivo YAML</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Start the flow afresh</source>
        <translation>Começar o fluxo de novo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Hide the recorded flow</source>
        <translation>Ocultar o fluxo gravado</translation>
    </message>
    <message>
        <source>● Recording · {commands}</source>
        <translation>● Gravando · {commands}</translation>
    </message>
    <message>
        <source>Stopped · {commands}</source>
        <translation>Parado · {commands}</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Parar</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Parar a gravação</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <source>Save the recorded flow</source>
        <translation>Salvar o fluxo gravado</translation>
    </message>
    <message>
        <source>Flow files (*.yaml *.yml)</source>
        <translation>Arquivos de fluxo (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Nothing is recorded yet: press Record first.</source>
        <translation>Nada foi gravado ainda: primeiro clique em Gravar.</translation>
    </message>
    <message>
        <source>{file}: a flow file ends in .yaml; save it as {suggested}.</source>
        <translation>{file}: um arquivo de fluxo termina em .yaml; salve-o como {suggested}.</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}; choose another folder.</source>
        <translation>Não foi possível gravar {file}: {error}; escolha outra pasta.</translation>
    </message>
    <message>
        <source>Saved the flow ({commands}) to {file}; run it with main.py test {file}</source>
        <translation>Fluxo ({commands}) salvo em {file}; execute-o com main.py test {file}</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>Segundo telefone</translation>
    </message>
    <message>
        <source>Show a second phone</source>
        <translation>Mostrar um segundo telefone</translation>
    </message>
    <message>
        <source>Show another person&apos;s phone beside the first: by default an administrator of the first phone&apos;s Bitrix24</source>
        <translation>Mostrar o telefone de outra pessoa ao lado do primeiro: por padrão, um administrador do Bitrix24 do primeiro telefone</translation>
    </message>
    <message>
        <source>held by</source>
        <translation>de</translation>
    </message>
    <message>
        <source>Second phone held by</source>
        <translation>Segundo telefone de</translation>
    </message>
    <message>
        <source>Put on phone</source>
        <translation>Colocar no telefone</translation>
    </message>
    <message>
        <source>Sign the second phone in as this person</source>
        <translation>Conectar o segundo telefone como esta pessoa</translation>
    </message>
    <message>
        <source>Swap phones</source>
        <translation>Trocar telefones</translation>
    </message>
    <message>
        <source>The two phones change hands: sessions, browsers, platforms</source>
        <translation>Os dois telefones trocam de mãos: sessões, navegadores, plataformas</translation>
    </message>
    <message>
        <source>Second phone signed in as</source>
        <translation>Segundo telefone conectado como</translation>
    </message>
    <message>
        <source>Second phone: &lt;b&gt;{person}&lt;/b&gt; in {portal}</source>
        <translation>Segundo telefone: &lt;b&gt;{person}&lt;/b&gt; em {portal}</translation>
    </message>
    <message>
        <source>Second phone: not signed in</source>
        <translation>Segundo telefone: não conectado</translation>
    </message>
    <message>
        <source>Filter {records}</source>
        <translation>Filtrar {records}</translation>
    </message>
    <message>
        <source>{records} table</source>
        <translation>Tabela de {records}</translation>
    </message>
    <message>
        <source>{count} match</source>
        <translation>Correspondências: {count}</translation>
    </message>
    <message>
        <source>{count} · {shown} loaded</source>
        <translation>{count} · {shown} carregados</translation>
    </message>
    <message>
        <source>Select an email to preview it.</source>
        <translation>Selecione um e-mail para visualizá-lo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In outbox&lt;/b&gt; · kept in the database, nothing is sent (transport: outbox)</source>
        <translation>&lt;b&gt;Na caixa de saída&lt;/b&gt; · guardado no banco de dados, nada é enviado (transporte: outbox)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queued&lt;/b&gt; · waiting to be sent by {via}</source>
        <translation>&lt;b&gt;Na fila&lt;/b&gt; · aguardando envio por {via}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Retrying&lt;/b&gt; by {via} · {tried} so far · last error: {error}</source>
        <translation>&lt;b&gt;Tentando novamente&lt;/b&gt; por {via} · {tried} até agora · último erro: {error}</translation>
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
        <translation>&lt;b&gt;Com falha&lt;/b&gt; · {tried} · último erro: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt; · never sent: {reason}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt; · nunca enviado: {reason}</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitações</translation>
    </message>
    <message numerus="yes">
        <source>%n request</source>
        <translation>
            <numerusform>%n solicitação</numerusform>
            <numerusform>%n solicitações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n solicitação</numerusform>
            <numerusform>%n solicitações</numerusform>
        </translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message numerus="yes">
        <source>%n email</source>
        <translation>
            <numerusform>%n e-mail</numerusform>
            <numerusform>%n e-mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emails</source>
        <translation>
            <numerusform>%n e-mail</numerusform>
            <numerusform>%n e-mails</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter requests…</source>
        <translation>Filtrar solicitações…</translation>
    </message>
    <message>
        <source>Filter emails…</source>
        <translation>Filtrar e-mails…</translation>
    </message>
    <message>
        <source>Selected email</source>
        <translation>E-mail selecionado</translation>
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
        <translation>Colocar de volta na fila um e-mail com falha (ou enviado)</translation>
    </message>
    <message>
        <source>Email preview</source>
        <translation>Visualização do e-mail</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>Mensagem de e-mail</translation>
    </message>
    <message>
        <source>Email header</source>
        <translation>Cabeçalho do e-mail</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Email From</source>
        <translation>Remetente do e-mail</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Email To</source>
        <translation>Destinatário do e-mail</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Email Date</source>
        <translation>Data do e-mail</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Assunto:</translation>
    </message>
    <message>
        <source>Email Subject</source>
        <translation>Assunto do e-mail</translation>
    </message>
    <message>
        <source>{when} UTC</source>
        <translation>{when} UTC</translation>
    </message>
    <message>
        <source>Export email</source>
        <translation>Exportar e-mail</translation>
    </message>
    <message>
        <source>Email files (*.eml)</source>
        <translation>Arquivos de e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Saved the email as {file}.</source>
        <translation>E-mail salvo como {file}.</translation>
    </message>
    <message>
        <source>The email to {address} is queued to be sent again.</source>
        <translation>O e-mail para {address} está na fila para ser enviado novamente.</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Funcionários</translation>
    </message>
    <message>
        <source>Filter employees…</source>
        <translation>Filtrar funcionários…</translation>
    </message>
    <message>
        <source>Filter network pages…</source>
        <translation>Filtrar páginas do Network…</translation>
    </message>
    <message>
        <source>Filter notices…</source>
        <translation>Filtrar avisos…</translation>
    </message>
    <message>
        <source>Filter audit…</source>
        <translation>Filtrar auditoria…</translation>
    </message>
    <message numerus="yes">
        <source>%n employee</source>
        <translation>
            <numerusform>%n funcionário</numerusform>
            <numerusform>%n funcionários</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employees</source>
        <translation>
            <numerusform>%n funcionário</numerusform>
            <numerusform>%n funcionários</numerusform>
        </translation>
    </message>
    <message>
        <source>Employees of Bitrix24</source>
        <translation>Funcionários do Bitrix24</translation>
    </message>
    <message>
        <source>Employees of</source>
        <translation>Funcionários de</translation>
    </message>
    <message>
        <source>Assign admin permissions</source>
        <translation>Atribuir permissões de administrador</translation>
    </message>
    <message>
        <source>Delete user&apos;s data</source>
        <translation>Excluir dados do usuário</translation>
    </message>
    <message>
        <source>Delete a dismissed user&apos;s data and content</source>
        <translation>Excluir os dados e conteúdos de um usuário demitido</translation>
    </message>
    <message>
        <source>{address} (deleted)</source>
        <translation>{address} (excluído)</translation>
    </message>
    <message>
        <source>{person} is now an administrator of {portal}.</source>
        <translation>{person} agora tem permissões de administrador em {portal}.</translation>
    </message>
    <message>
        <source>{person}&apos;s data in {portal} was deleted.</source>
        <translation>Os dados de {person} em {portal} foram excluídos.</translation>
    </message>
    <message>
        <source>Network pages</source>
        <translation>Páginas do Network</translation>
    </message>
    <message numerus="yes">
        <source>%n person</source>
        <translation>
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>{records} of person</source>
        <translation>{records} da pessoa</translation>
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
        <translation>Auditoria</translation>
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
            <numerusform>Mostrando as primeiras {shown} de %n pessoas; use os filtros das tabelas para ver o restante.</numerusform>
            <numerusform>Mostrando as primeiras {shown} de %n pessoas; use os filtros das tabelas para ver o restante.</numerusform>
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
        <translation>Excluir conta</translation>
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
        <translation>Você está prestes a enviar uma solicitação de exclusão da sua conta em {portal} ({address}). A solicitação vale apenas para este perfil, com o qual você entrou no aplicativo. Próximas etapas:</translation>
    </message>
    <message>
        <source>Log in to the account you want to delete.</source>
        <translation>Entre na conta que você quer excluir.</translation>
    </message>
    <message>
        <source>Read all the items listed in the request form, specify the reason for deleting the account and confirm the action.</source>
        <translation>Leia todos os itens do formulário de solicitação, informe o motivo da exclusão da conta e confirme a ação.</translation>
    </message>
    <message numerus="yes">
        <source>Tap Send request. Your account will be deleted within %n days of your request.</source>
        <translation>
            <numerusform>Toque em Enviar solicitação. Sua conta será excluída em %n dia após a solicitação.</numerusform>
            <numerusform>Toque em Enviar solicitação. Sua conta será excluída em até %n dias após a solicitação.</numerusform>
        </translation>
    </message>
    <message>
        <source>Until then you can cancel the request by sending &quot;{phrase}&quot; as the reason.</source>
        <translation>Até lá, você pode cancelar a solicitação enviando “{phrase}” como motivo.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Space pause · ← back · → step · +/− speed · Esc quit</source>
        <translation>Espaço pausa · ← voltar · → passo · +/− velocidade · Esc sair</translation>
    </message>
    <message>
        <source>Paused · Space resume · ← back · → step · Esc quit</source>
        <translation>Pausado · Espaço continuar · ← voltar · → passo · Esc sair</translation>
    </message>
    <message>
        <source>Step {step} of {total} · {keys} · speed {speed}×</source>
        <translation>Passo {step} de {total} · {keys} · velocidade {speed}×</translation>
    </message>
    <message>
        <source>{keys} · speed {speed}×</source>
        <translation>{keys} · velocidade {speed}×</translation>
    </message>
    <message>
        <source>Stopped: {problem}</source>
        <translation>Parado: {problem}</translation>
    </message>
    <message>
        <source>Bitrix24 · Delete account in the mobile app</source>
        <translation>Bitrix24 · Excluir a conta no aplicativo móvel</translation>
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
        <translation>O relógio simulado começa em {moment}.</translation>
    </message>
    <message>
        <source>{person} is signed in to the app in {portal}.</source>
        <translation>O aplicativo está conectado como {person} em {portal}.</translation>
    </message>
    <message>
        <source>{person} is signed in to the app.</source>
        <translation>O aplicativo está conectado como {person}.</translation>
    </message>
    <message numerus="yes">
        <source>%n step, each caption pointing at what it shows.</source>
        <translation>
            <numerusform>%n passo; cada legenda aponta para o que mostra.</numerusform>
            <numerusform>%n passos; cada legenda aponta para o que mostra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps, each caption pointing at what it shows.</source>
        <translation>
            <numerusform>%n passo; cada legenda aponta para o que mostra.</numerusform>
            <numerusform>%n passos; cada legenda aponta para o que mostra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day later</source>
        <translation>
            <numerusform>%n dia depois</numerusform>
            <numerusform>%n dias depois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days later</source>
        <translation>
            <numerusform>%n dia depois</numerusform>
            <numerusform>%n dias depois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour later</source>
        <translation>
            <numerusform>%n hora depois</numerusform>
            <numerusform>%n horas depois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours later</source>
        <translation>
            <numerusform>%n hora depois</numerusform>
            <numerusform>%n horas depois</numerusform>
        </translation>
    </message>
    <message>
        <source>Time passes</source>
        <translation>O tempo passa</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>De {start} a {end}</translation>
    </message>
    <message>
        <source>What happened · {span}</source>
        <translation>O que aconteceu · {span}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>That is the whole story.</source>
        <translation>Essa é a história toda.</translation>
    </message>
    <message>
        <source>The demo stopped early.</source>
        <translation>A demonstração parou antes do fim.</translation>
    </message>
    <message>
        <source>Esc or close the window to finish</source>
        <translation>Pressione Esc ou feche a janela para terminar</translation>
    </message>
</context>
<context>
    <name>EditProfileScreen</name>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>Your name, position and contacts are managed by your Bitrix24 administrator in this prototype.</source>
        <translation>Neste protótipo, seu nome, cargo e contatos são gerenciados pelo administrador do Bitrix24.</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Excluir conta</translation>
    </message>
</context>
<context>
    <name>EmployeeScreen</name>
    <message>
        <source>Employee</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Data and content</source>
        <translation>Dados e conteúdos</translation>
    </message>
    <message>
        <source>Delete user data</source>
        <translation>Excluir dados do usuário</translation>
    </message>
    <message>
        <source>Give admin rights</source>
        <translation>Tornar administrador</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Demitido</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>{status} · to be deleted on {date}</source>
        <translation>{status} · exclusão em {date}</translation>
    </message>
    <message>
        <source>Kept until an administrator deletes them</source>
        <translation>Mantidos até que um administrador os exclua</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluídos</translation>
    </message>
</context>
<context>
    <name>EmployeesScreen</name>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Demitido</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Funcionários</translation>
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
        <translation>Feed</translation>
    </message>
    <message>
        <source>Profile photo</source>
        <translation>Foto do perfil</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Meu perfil</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Escrever uma mensagem</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Escrever uma mensagem…</translation>
    </message>
    <message>
        <source>Writing a post</source>
        <translation>Escrevendo uma publicação</translation>
    </message>
    <message>
        <source>Notifications ({count})</source>
        <translation>Notificações ({count})</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <extracomment>Who a notice in the Feed is from: the app itself (the Russian app: Битрикс24)</extracomment>
        <translation>Bitrix24</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificação</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Anúncio</translation>
    </message>
    <message>
        <source>Welcome to {portal} on Bitrix24! Post news, share files and discuss them with colleagues here in the Feed.</source>
        <translation>Boas-vindas a {portal} no Bitrix24! Publique notícias, compartilhe arquivos e converse sobre eles com os colegas aqui no Feed.</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Curtir</translation>
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
        <translation>Resumo do fluxo</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>aprovado</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALHOU</translation>
    </message>
    <message>
        <source>{flow}  ({state}) (continued)</source>
        <translation>{flow}  ({state}) (continuação)</translation>
    </message>
    <message>
        <source>{flow}  ({state})</source>
        <translation>{flow}  ({state})</translation>
    </message>
    <message>
        <source>No step ran.</source>
        <translation>Nenhum passo foi executado.</translation>
    </message>
    <message>
        <source>Appendix: the emails of the story</source>
        <translation>Apêndice: os e-mails da história</translation>
    </message>
    <message>
        <source>No email was sent.</source>
        <translation>Nenhum e-mail foi enviado.</translation>
    </message>
    <message>
        <source>{subject}
To: {to}
Date: {date}
Flow: {flow}</source>
        <translation>{subject}
Para: {to}
Data: {date}
Fluxo: {flow}</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>next</source>
        <extracomment>The Return key of iOS&apos;s keyboard where another field follows (iOS&apos;s word)</extracomment>
        <translation>seguinte</translation>
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
        <translation>retorno</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>maiúsculas</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>apagar</translation>
    </message>
    <message>
        <source>space</source>
        <extracomment>The space bar of iOS&apos;s keyboard (iOS&apos;s word: Leerzeichen, Пробел, espacio)</extracomment>
        <translation>espaço</translation>
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
        <translation>Sites e lojas</translation>
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
        <translation>Grupos de trabalho</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Meu perfil</translation>
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
        <translation>Voltar</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>No notifications yet. When something needs your attention in this Bitrix24, it appears here.</source>
        <translation>Ainda não há notificações. Quando algo precisar da sua atenção neste Bitrix24, aparecerá aqui.</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Funcionários</translation>
    </message>
    <message>
        <source>Everyone in this Bitrix24</source>
        <translation>Todos neste Bitrix24</translation>
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
        <translation>Exclusão solicitada</translation>
    </message>
    <message>
        <source>To cancel, tap Delete account, go through the steps again and specify &quot;{phrase}&quot; as the reason.</source>
        <translation>Para cancelar, toque em Excluir conta, siga as etapas novamente e escreva “{phrase}” como motivo.</translation>
    </message>
    <message>
        <source>You asked to delete your account in {portal} on {requested}. It will be deleted on {due}.</source>
        <translation>Em {requested}, você solicitou a exclusão da sua conta em {portal}. Ela será excluída em {due}.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
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
    <message>
        <source>{name}&apos;s data and content have been deleted.</source>
        <translation>Os dados e conteúdos de {name} foram excluídos.</translation>
    </message>
    <message>
        <source>{name} now has admin permissions in {portal}.</source>
        <translation>{name} agora tem permissões de administrador em {portal}.</translation>
    </message>
    <message>
        <source>Phone (starting)</source>
        <translation>Telefone (iniciando)</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <source>Email and password</source>
        <translation>E-mail e senha</translation>
    </message>
    <message>
        <source>Phone and password</source>
        <translation>Telefone e senha</translation>
    </message>
    <message>
        <source>Sign in with Apple</source>
        <translation>Entrar com a Apple</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Entrar com o Google</translation>
    </message>
    <message>
        <source>Sign in with Office365</source>
        <translation>Entrar com o Office365</translation>
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
        <translation>INFORMAÇÕES DE CONTATO</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <extracomment>The contact row naming the person&apos;s Bitrix24 (the Russian app: Битрикс24)</extracomment>
        <translation>Bitrix24</translation>
    </message>
    <message>
        <source>EMPLOYMENT</source>
        <translation>VÍNCULO</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>SEGURANÇA</translation>
    </message>
    <message>
        <source>Registration method</source>
        <translation>Forma de cadastro</translation>
    </message>
    <message>
        <source>Bitrix24 Network profile</source>
        <translation>Perfil do Bitrix24 Network</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Excluir conta</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Demitido</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
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
        <source>On {requested} you asked to delete this account. It will be deleted on {due}. To cancel, specify &quot;{phrase}&quot; as the reason.</source>
        <translation>Em {requested}, você solicitou a exclusão desta conta. Ela será excluída em {due}. Para cancelar, escreva “{phrase}” como motivo.</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Enviar solicitação</translation>
    </message>
    <message>
        <source>To cancel a pending request, specify &quot;{phrase}&quot;.</source>
        <translation>Para cancelar uma solicitação pendente, escreva “{phrase}”.</translation>
    </message>
    <message>
        <source>You are the only administrator</source>
        <translation>Não há outro administrador</translation>
    </message>
    <message>
        <source>Assign admin permissions</source>
        <translation>Atribuir permissões de administrador</translation>
    </message>
    <message numerus="yes">
        <source>The deletion request is valid only for your profile in {portal} ({address}), under which you are authorized in the app. If sent now, it will be deleted within %n day, on {date}.</source>
        <translation>
            <numerusform>A solicitação de exclusão vale apenas para o seu perfil em {portal} ({address}), com o qual você entrou no aplicativo. Se enviada agora, ele será excluído em %n dia, em {date}.</numerusform>
            <numerusform>A solicitação de exclusão vale apenas para o seu perfil em {portal} ({address}), com o qual você entrou no aplicativo. Se enviada agora, ele será excluído em até %n dias, em {date}.</numerusform>
        </translation>
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
        <translation>Se você enviar a solicitação, {portal} ({address}) também será excluído. Antes da exclusão, atribua permissões de administrador a outro usuário ou confirme abaixo.</translation>
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
        <source>Assign admin permissions to another employee, or confirm that the Bitrix24 will be deleted too.</source>
        <translation>Atribua permissões de administrador a outro funcionário ou confirme que o Bitrix24 também será excluído.</translation>
    </message>
    <message>
        <source>Your pending request will be cancelled.</source>
        <translation>Sua solicitação pendente será cancelada.</translation>
    </message>
    <message>
        <source>This sends a cancellation request.</source>
        <translation>Será enviada uma solicitação de cancelamento.</translation>
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
<context>
    <name>RequestSentScreen</name>
    <message>
        <source>Request sent</source>
        <translation>Solicitação enviada</translation>
    </message>
    <message>
        <source>Request already sent</source>
        <translation>Solicitação já enviada</translation>
    </message>
    <message>
        <source>You sent a request to delete your account in {portal} on {requested}. No new request was created. Your account will be deleted on {due}.</source>
        <translation>Em {requested}, você enviou uma solicitação de exclusão da sua conta em {portal}. Nenhuma nova solicitação foi criada. Sua conta será excluída em {due}.</translation>
    </message>
    <message numerus="yes">
        <source>Your account in {portal} ({address}) will be deleted within %n days of your request, on {due}.</source>
        <translation>
            <numerusform>Sua conta em {portal} ({address}) será excluída em %n dia após a solicitação, em {due}.</numerusform>
            <numerusform>Sua conta em {portal} ({address}) será excluída em até %n dias após a solicitação, em {due}.</numerusform>
        </translation>
    </message>
    <message>
        <source>• You are the only administrator: {portal} ({address}) will be deleted together with your account on {due}.</source>
        <translation>• Não há outro administrador: {portal} ({address}) será excluído junto com a sua conta em {due}.</translation>
    </message>
    <message>
        <source>• The administrator was informed when you sent it.</source>
        <translation>• O administrador foi informado quando você a enviou.</translation>
    </message>
    <message>
        <source>• No other administrator was informed when you sent it.</source>
        <translation>• Nenhum outro administrador foi informado quando você a enviou.</translation>
    </message>
    <message>
        <source>• There is no other administrator in this Bitrix24 to inform.</source>
        <translation>• Não há outro administrador neste Bitrix24 para informar.</translation>
    </message>
    <message>
        <source>• The administrator will receive information about the impending deletion of your profile.</source>
        <translation>• O administrador receberá informações sobre a exclusão iminente do seu perfil.</translation>
    </message>
    <message>
        <source>• We will inform you of the final profile deletion by the email you specified in your Bitrix24 Network profile: {email}.</source>
        <translation>• Avisaremos você da exclusão definitiva do perfil pelo e-mail que você indicou no seu perfil do Bitrix24 Network: {email}.</translation>
    </message>
    <message>
        <source>• Changed your mind? Before {due}, go to your profile, tap Delete account and send the request again with the reason &quot;{phrase}&quot;.</source>
        <translation>• Mudou de ideia? Antes de {due}, vá ao seu perfil, toque em Excluir conta e envie a solicitação novamente com o motivo “{phrase}”.</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>What happens next</source>
        <translation>O que acontece agora</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>email</source>
        <extracomment>How the person signs in, after their position: &quot;Head of Sales · email&quot;</extracomment>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <extracomment>How the person signs in (with a phone number), after their position</extracomment>
        <translation>telefone</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Choose who is using the phone, then the Bitrix24 to sign in to.</source>
        <translation>Escolha quem está usando o telefone e depois o Bitrix24 em que vai entrar.</translation>
    </message>
    <message>
        <source>PEOPLE</source>
        <translation>PESSOAS</translation>
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
        <translation>aprovado</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALHOU</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorado</translation>
    </message>
    <message>
        <source>failed (optional)</source>
        <translation>falhou (opcional)</translation>
    </message>
    <message numerus="yes">
        <source>%n step</source>
        <translation>
            <numerusform>%n passo</numerusform>
            <numerusform>%n passos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n passo</numerusform>
            <numerusform>%n passos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ran %n time</source>
        <translation>
            <numerusform>executado %n vez</numerusform>
            <numerusform>executado %n vezes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ran %n times</source>
        <translation>
            <numerusform>executado %n vez</numerusform>
            <numerusform>executado %n vezes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeat %n time</source>
        <translation>
            <numerusform>Repetir %n vez</numerusform>
            <numerusform>Repetir %n vezes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeat %n times</source>
        <translation>
            <numerusform>Repetir %n vez</numerusform>
            <numerusform>Repetir %n vezes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again up to %n time if it fails</source>
        <translation>
            <numerusform>Se falhar, tentar de novo até %n vez</numerusform>
            <numerusform>Se falhar, tentar de novo até %n vezes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again up to %n times if it fails</source>
        <translation>
            <numerusform>Se falhar, tentar de novo até %n vez</numerusform>
            <numerusform>Se falhar, tentar de novo até %n vezes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passed at attempt {attempt} of %n</source>
        <translation>
            <numerusform>aprovado na tentativa {attempt} de %n</numerusform>
            <numerusform>aprovado na tentativa {attempt} de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Flow storyboard</source>
        <translation>Storyboard do fluxo</translation>
    </message>
    <message>
        <source>{passed} passed, {failed} failed, {skipped} skipped</source>
        <translation>Aprovados: {passed}, com falha: {failed}, ignorados: {skipped}</translation>
    </message>
    <message>
        <source>{passed} passed, {failed} failed</source>
        <translation>Aprovados: {passed}, com falha: {failed}</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>tags: {tags}</translation>
    </message>
    <message>
        <source>Screenshot at the failure</source>
        <translation>Captura de tela da falha</translation>
    </message>
    <message>
        <source>Every screen of the phone, on iOS and Android, and its motion half way</source>
        <translation>Todas as telas do telefone, no iOS e no Android, e cada animação pela metade</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>{subject} (to {recipient})</source>
        <translation>{subject} (para {recipient})</translation>
    </message>
    <message>
        <source>it</source>
        <translation>o elemento</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>Time passes</source>
        <translation>O tempo passa</translation>
    </message>
    <message>
        <source>{duration} passes</source>
        <translation>Passa {duration}</translation>
    </message>
    <message>
        <source>{duration} pass</source>
        <translation>Passam {duration}</translation>
    </message>
    <message>
        <source>The steps inside</source>
        <translation>Os passos internos</translation>
    </message>
    <message>
        <source>Repeat while the condition holds</source>
        <translation>Repetir enquanto a condição for verdadeira</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Try again if it fails</source>
        <translation>Se falhar, tentar de novo</translation>
    </message>
    <message>
        <source>On the second phone ({person})</source>
        <translation>No segundo telefone ({person})</translation>
    </message>
    <message>
        <source>On the second phone</source>
        <translation>No segundo telefone</translation>
    </message>
    <message>
        <source>On the first phone</source>
        <translation>No primeiro telefone</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>não exibido</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>on the second phone ({who})</source>
        <translation>no segundo telefone ({who})</translation>
    </message>
    <message>
        <source>on the second phone ({who}): {problem}</source>
        <translation>no segundo telefone ({who}): {problem}</translation>
    </message>
    <message>
        <source>on the first phone ({who})</source>
        <translation>no primeiro telefone ({who})</translation>
    </message>
    <message>
        <source>on the first phone ({who}): {problem}</source>
        <translation>no primeiro telefone ({who}): {problem}</translation>
    </message>
    <message>
        <source>An email to {to}: “{subject}”</source>
        <translation>Um e-mail para {to}: “{subject}”</translation>
    </message>
    <message>
        <source>An email: “{subject}”</source>
        <translation>Um e-mail: “{subject}”</translation>
    </message>
    <message>
        <source>An email to {to} is in the outbox</source>
        <translation>Há um e-mail para {to} na caixa de saída</translation>
    </message>
    <message>
        <source>An email is in the outbox</source>
        <translation>Há um e-mail na caixa de saída</translation>
    </message>
    <message>
        <source>No email to {to}</source>
        <translation>Nenhum e-mail para {to}</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Nenhum e-mail</translation>
    </message>
    <message>
        <source>{person}&apos;s Network profile is {status}</source>
        <translation>Perfil do Network de {person}: {status}</translation>
    </message>
    <message>
        <source>{person}&apos;s Network profile is checked</source>
        <translation>O perfil do Network de {person} é verificado</translation>
    </message>
    <message>
        <source>Tap {target}</source>
        <translation>Tocar em {target}</translation>
    </message>
    <message>
        <source>Double-tap {target}</source>
        <translation>Tocar duas vezes em {target}</translation>
    </message>
    <message>
        <source>Press and hold {target}</source>
        <translation>Manter pressionado {target}</translation>
    </message>
    <message>
        <source>See {target}</source>
        <translation>Ver {target}</translation>
    </message>
    <message>
        <source>{target} is gone</source>
        <translation>{target} não está mais na tela</translation>
    </message>
    <message>
        <source>Scroll to {target}</source>
        <translation>Rolar até {target}</translation>
    </message>
    <message>
        <source>Type “{text}”</source>
        <translation>Digitar “{text}”</translation>
    </message>
    <message>
        <source>Erase the text</source>
        <translation>Apagar o texto</translation>
    </message>
    <message>
        <source>Open the app</source>
        <translation>Abrir o aplicativo</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>The due requests are processed</source>
        <translation>As solicitações vencidas são processadas</translation>
    </message>
    <message>
        <source>Script: {script}</source>
        <translation>Script: {script}</translation>
    </message>
    <message>
        <source>Run the script {file}</source>
        <translation>Executar o script {file}</translation>
    </message>
    <message>
        <source>Check: {condition}</source>
        <translation>Verificar: {condition}</translation>
    </message>
    <message>
        <source>{person}&apos;s profile in {portal}: {checks}</source>
        <translation>Perfil de {person} em {portal}: {checks}</translation>
    </message>
    <message>
        <source>A screenshot</source>
        <translation>Uma captura de tela</translation>
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
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>The window needs {need} px and this screen has {room}, too small even at half size (--scale 0.5): use a larger screen or window.</source>
        <translation>A janela precisa de {need} px e esta tela tem {room}, pequena demais mesmo na metade do tamanho (--scale 0.5): use uma tela ou janela maior.</translation>
    </message>
    <message>
        <source>The window needs {need} px and this screen has {room}: start with &apos;python main.py --scale {factor}&apos; to see all of it.</source>
        <translation>A janela precisa de {need} px e esta tela tem {room}: inicie com &apos;python main.py --scale {factor}&apos; para vê-la inteira.</translation>
    </message>
    <message>
        <source>Bitrix24 — Delete account prototype</source>
        <translation>Bitrix24 — protótipo de Excluir conta</translation>
    </message>
</context>
</TS>
