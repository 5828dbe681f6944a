# Words on the app's screens. Every message here is shown as it is, with no variables.
# Readers: parents and carers at home, often worried, some who do not read easily.
# Keep sentences short and kind; never sound like an official letter.

## Everywhere

# The window title and the name at the top of every screen.
app-name = Family Voice
# One line under the app's name in the computer's list of programs and in software centres,
# before it is installed (the .desktop entry and the AppStream metainfo, written by ./dev package).
app-summary = Prepare-se para a reunião de proteção da criança
# Button that goes to the screen before. On every screen but the first.
nav-back = Voltar
# Button that goes to the next screen. Questions may be left blank, so this never says "skip".
nav-next = Seguinte
# Title of the box at the top of a page when some answers need another look.
error-summary-title = Verifique estas respostas, por favor
# Reminder under the progress line on every part.
part-blank-ok = Pode deixar qualquer pergunta em branco e voltar a ela mais tarde.

## Welcome screen

# Above the list of languages on the first screen. Each language is named in itself.
language-label = Língua

welcome-title = Preparar-se para a reunião de proteção da criança
welcome-lead = Esta aplicação ajuda a pensar no que quer dizer na reunião, e a fazer uma página para imprimir e levar consigo.
welcome-what-heading = O que é uma reunião de proteção da criança?
welcome-what-1 = É uma reunião sobre a sua criança. Encontra-se com as pessoas que trabalham com a sua família, como o assistente social, os professores, o enfermeiro de saúde infantil ou o médico, para falarem sobre como manter a sua criança segura e bem.
welcome-what-2 = A reunião decide se a sua criança precisa de um Plano de Proteção da Criança. É um plano escrito que diz o que tem de acontecer para a sua criança estar em segurança, e quem vai ajudar.
welcome-what-3 = A reunião não decide onde a sua criança vai viver. Não é um tribunal.
welcome-voice-heading = A sua opinião conta
welcome-voice-1 = Tem um convite para ir à reunião e dizer o que pensa. Conhece a sua criança melhor do que ninguém.
welcome-voice-2 = Pode trazer alguém para lhe dar apoio, como um amigo, um familiar ou um defensor.
welcome-how-heading = Como funciona esta aplicação
welcome-how-1 = Primeiro, conta-nos um pouco sobre si e sobre a reunião. Depois há seis partes curtas, cada uma com algumas perguntas.
welcome-how-2 = No fim, pode reler tudo e fazer um PDF para imprimir.
welcome-how-3 = Tudo fica neste computador. Nada é enviado pela internet.
welcome-how-4 = As suas respostas são guardadas automaticamente enquanto escreve. Ficam protegidas neste computador e só podem ser abertas por si.
# The button that starts a new contribution, under the box for its name.
welcome-start = Começar
# Under the few words explained on the welcome screen.
welcome-more-words = Mais palavras e um guia da reunião

## About you and the conference (the practical page)

about-title = Sobre si e a reunião
about-intro = Isto ajuda as pessoas na reunião a saber quem escreveu este documento. Preencha o que puder. Todas as perguntas podem ficar em branco.
about-you-heading = Sobre si
about-name-label = O seu nome
about-relationship-label = Qual é a sua relação com a criança ou as crianças?
about-relationship-hint = Por exemplo: mãe, pai, avó ou avô, padrasto ou madrasta, ou família de acolhimento.
about-children-heading = As crianças
about-children-hint = Escreva o primeiro nome de cada criança. Acrescente a idade ou a data de nascimento, o que for mais fácil.
about-child-name-label = Primeiro nome
about-child-age-label = Idade
about-child-birth-label = Data de nascimento
about-child-add = Acrescentar outra criança
about-child-remove = Retirar esta criança
about-conference-heading = A reunião
about-date-label = Data
about-time-label = Hora de início
about-kind-label = Que reunião é?
about-kind-initial = A primeira reunião (chamada reunião inicial)
about-kind-review = Uma reunião de revisão, depois de já haver um plano
about-unsure = Não tenho a certeza
about-format-label = Como vai ser?
about-format-in-person = Todos juntos na mesma sala
about-format-video = Por videochamada
about-format-mixed = Uma mistura das duas coisas
about-format-phone = Por telefone
about-social-worker-label = O nome do seu assistente social
about-helper-heading = Ajuda com este formulário
about-helper-label = Teve a ajuda de alguém para preencher isto?
about-helper-nobody = Não, fiz sem ajuda
about-helper-supporter = Um amigo ou familiar
about-helper-advocate = Um defensor
about-helper-social-worker = Um assistente social
about-helper-interpreter = Um intérprete
about-helper-name-label = O nome dessa pessoa
about-interpreter-label = Precisa de intérprete na reunião?
about-interpreter-no = Não
about-interpreter-yes = Sim
about-interpreter-language-label = Para que língua?
about-access-label = Há alguma coisa que lhe facilite a participação na reunião?
about-access-hint = Por exemplo: acesso sem degraus, letra grande, um sistema de indução magnética para aparelhos auditivos, pausas, ou uma sala calma para esperar.

## Check your answers

check-title = Verifique as suas respostas
check-intro = Leia o que escreveu. Pode mudar o que quiser antes de fazer o seu PDF.
# Button beside each part that goes back to it.
check-change = Mudar
check-not-answered = Sem resposta
check-make-pdf = Fazer o meu PDF
check-pdf-note = Vai escolher onde o guardar. Depois pode imprimi-lo, ou entregá-lo ao presidente da reunião ou ao seu assistente social.
status-making-pdf = A fazer o seu PDF…
status-cancelled = Não escolheu onde guardar o PDF, por isso não foi guardado. Pode tentar novamente.

## Your PDF is ready

done-title = O seu PDF está pronto
done-saved = Foi guardado como:
done-open = Abrir o meu PDF
done-back = Voltar às minhas respostas
done-bring = Imprima-o e leve-o à reunião, ou envie-o ao presidente da reunião ou ao seu assistente social antes da reunião. Ainda pode mudar as respostas e fazer um novo.
# Button on the "Your PDF is ready" screen that opens the notes to hold at the conference.
done-notes = Preparar as minhas notas para o dia

## Problems

# Shown when something failed that the family can do nothing about but try again.
error-unexpected = Algo correu mal. O que escreveu continua aqui. Tente novamente, por favor.

## Buttons at the top of every screen

nav-timeline = O que acontece e quando
nav-guide = Guia e palavras
# Above the links to the glossary on a part's screen.
part-words = Palavras desta página

## What happens when (the timeline screen; its steps come from timeline.ftl)

timeline-no-date = Acrescente a data da reunião na página «Sobre si», e as suas datas vão aparecer aqui.
timeline-add-date = Acrescentar a data
timeline-reports-days-label = Quantos dias úteis antes da reunião devem chegar os relatórios?
timeline-reports-days-hint = A maioria das câmaras municipais diz 2 para uma primeira reunião e 5 para uma revisão. Varia de câmara para câmara, por isso confirme com o seu assistente social.
timeline-chair-minutes-label = Quantos minutos antes da conferência é que o presidente se encontra consigo?
timeline-chair-minutes-hint = Muitas câmaras municipais dizem 30 minutos; algumas, 15 ou uma hora. O seu convite pode dizer; se não, pergunte ao seu assistente social.
timeline-calendar-heading = Pôr as datas no seu calendário
timeline-calendar-intro = Isto guarda um ficheiro que o seu telemóvel, o Outlook ou outro calendário consegue abrir. Os eventos só dizem o que acontece, não de quem se trata.
timeline-calendar-names = Pôr o primeiro nome das crianças nos eventos
timeline-calendar-save = Guardar o ficheiro do calendário
timeline-calendar-saved = O ficheiro do calendário foi guardado como:
status-calendar-cancelled = Não escolheu onde guardar o ficheiro do calendário, por isso não foi guardado.

## Your drafts (the start screen)

drafts-heading = Os seus rascunhos
drafts-intro = As respostas de cada pessoa ficam num rascunho separado. Continue um deles, ou comece um novo.
drafts-none = Ainda não há rascunhos neste computador.
drafts-open = Continuar
drafts-rename = Mudar o nome
drafts-rename-label = Novo nome
drafts-rename-save = Guardar o nome
drafts-cancel = Cancelar
drafts-delete = Apagar
# Asked once, beside the draft, after "Delete". Followed by the two buttons below.
drafts-delete-confirm = Apagar este rascunho? Tudo o que tem, e todas as cópias que a aplicação guardou, desaparecem para sempre.
drafts-delete-yes = Sim, apagar
drafts-delete-no = Não, manter
# Above the files in the drafts folder that do not open.
drafts-unreadable-heading = Ficheiros que não foi possível abrir
drafts-new-heading = Começar um novo contributo
drafts-new-label = Que nome lhe quer dar?
drafts-new-hint = Por exemplo: «Mãe — reunião inicial, 3 de dezembro». Pode deixar em branco e mudar mais tarde.
# Spare passphrase, on the start screen when the drafts are open.
drafts-spare-heading = Acrescentar uma frase secreta de reserva
drafts-spare-intro = Os seus rascunhos são desbloqueados pelo cofre de palavras-passe deste computador. Uma frase secreta de reserva é uma segunda forma de entrar, caso um dia não seja possível usar o cofre de palavras-passe. Escreva-a num sítio seguro.
drafts-spare-saved = A sua frase secreta de reserva está definida.
drafts-spare-save = Guardar a frase secreta

## Saving, at the top of every screen

save-saving = A guardar…
save-saved = Guardado
# After the reason a save failed (for example a full disk), when the family pressed Lock, Hide
# or My drafts, or the app was about to lock itself: the draft is kept open so that nothing
# typed is lost, and saves by itself once it can.
save-kept-open = Para que nada se perca, este rascunho fica aberto até as últimas alterações serem guardadas.
# After the reason a save failed, when the family closed the window: it stayed open this once,
# and closing it again closes it.
save-close-again = Para que nada se perca, a aplicação continua aberta. Se quiser fechá-la mesmo assim, sem as últimas alterações, feche-a outra vez.
# Button at the top of every screen when only the passphrase opens the drafts: locks them and
# clears the screen.
nav-lock = Bloquear
# The same button when the drafts open without a passphrase on this computer account: it closes
# them and clears the screen, but does not promise a lock that anyone on the account can open.
nav-lock-keychain = Fechar rascunhos
# Button at the top of every screen: blanks the window at once and locks the drafts, for when
# someone comes into the room. Pressing Escape twice or Shift three times does the same.
nav-hide = Esconder
# The only thing on the blank screen shown after "Hide". Deliberately plain, so the screen
# gives nothing away; it leads to the locked screen, never back to the draft.
cover-continue = Continuar
nav-drafts = Os meus rascunhos

## Locked, and other ways in

locked-title = Os seus rascunhos estão bloqueados
locked-intro = A aplicação bloqueou os seus rascunhos para os manter privados. Ninguém os pode ler até serem desbloqueados.
locked-intro-keychain = Os seus rascunhos foram fechados e o ecrã foi limpo. Nesta conta do computador abrem sem frase secreta, por isso qualquer pessoa que possa usar esta conta pode voltar a abri-los com o botão abaixo.
locked-unlock = Desbloquear
locked-try-again = Tentar novamente
passphrase-label = Frase secreta
passphrase-again-label = Escreva a frase secreta outra vez
passphrase-mismatch = As duas frases secretas não são iguais. Escreva-as novamente, por favor.
passphrase-unlock = Desbloquear com a minha frase secreta
# Under the passphrase box while a new passphrase is typed: how easy it would be to guess.
passphrase-strength-easy = Fácil de adivinhar. Acrescente mais algumas palavras que só a si ocorreria juntar.
passphrase-strength-fair = Razoável. Mais uma ou duas palavras tornariam a frase muito mais difícil de adivinhar.
passphrase-strength-hard = Difícil de adivinhar. Muito bem.
choose-title = Escolha uma frase secreta
choose-intro = Uma frase secreta é como uma palavra-passe, mas mais comprida: uma frase curta de que se lembre funciona bem. Vai precisar dela sempre que abrir os seus rascunhos. A seguir vai receber um código de recuperação. Se se esquecer da sua frase secreta, só esse código pode abrir os seus rascunhos: mais ninguém, nem mesmo o Family Voice, os pode recuperar por si.
choose-save = Usar esta frase secreta
lost-title = Não é possível abrir os seus rascunhos
lost-start-again = Começar de novo
# Asked once after "Start again". Followed by the two buttons below.
lost-confirm = Começar de novo põe de parte os rascunhos que não podem ser abertos, numa pasta só para eles, e dá-lhe uma lista nova e vazia. Nada é apagado.
lost-confirm-yes = Sim, pô-los de parte e começar de novo
lost-confirm-no = Não, voltar
failed-title = Não foi possível abrir os seus rascunhos

## The recovery code, shown once after a passphrase is chosen

recovery-title = O seu código de recuperação
recovery-intro = Se algum dia se esquecer da sua frase secreta, este código abre os seus rascunhos em vez dela. Só é mostrado esta vez.
recovery-keep = Escreva-o num papel, ou guarde a folha de recuperação e imprima-a. Guarde o código num sítio seguro, longe deste computador: qualquer pessoa que o tenha pode abrir os seus rascunhos.
recovery-save = Guardar a folha de recuperação para imprimir
# After "It was saved as:" and the file's name.
recovery-saved-note = Imprima a folha, guarde o papel num sítio seguro e depois apague o ficheiro deste computador.
recovery-done = Já o guardei num sítio seguro. Continuar
# On the locked screen: opens the way in with the recovery code.
locked-forgot = Esqueci-me da minha frase secreta
locked-forgot-intro = Escreva o código da sua folha de recuperação e depois escolha uma nova frase secreta. Os seus rascunhos vão abrir e, a partir daí, passam a abrir com a nova frase secreta.
recovery-code-label = Código de recuperação
recovery-new-save = Abrir os meus rascunhos com a nova frase secreta

## The very first start: how the drafts will open

first-title = Como devem abrir-se os seus rascunhos?
first-intro = Tudo o que escrever aqui fica bloqueado neste computador. Escolha como se abre. Pode mudar isto mais tarde sem perder nada.
first-passphrase = Pedir a minha frase secreta todas as vezes
# Under the button above. Says why it is recommended.
first-passphrase-why = Recomendado, porque outras pessoas podem usar este computador. Só quem souber a sua frase secreta pode abrir os seus rascunhos, mesmo na sua própria conta do computador.
first-keychain = Abrir sem perguntar nesta conta do computador
# Under the button above. Says plainly who can then open the drafts.
first-keychain-why = Não vai precisar de frase secreta. Mas qualquer pessoa que possa usar esta conta do computador pode abrir os seus rascunhos, e os programas que funcionam nela também.

## How the drafts open, on the start screen (can be changed)

way-heading = Como se abrem os seus rascunhos
way-keychain-now = Os seus rascunhos abrem sem frase secreta nesta conta do computador. Qualquer pessoa que possa usar esta conta pode abri-los.
way-to-passphrase-intro = Para os proteger de outras pessoas que usam esta conta, escolha uma frase secreta. A partir daí, vai ser pedida todas as vezes.
way-to-passphrase = Pedir a minha frase secreta todas as vezes
way-passphrase-now = Os seus rascunhos pedem a sua frase secreta sempre que se abrem.
way-to-keychain-intro = Para os abrir sem frase secreta nesta conta do computador, escreva a sua frase secreta mais uma vez. A partir daí, qualquer pessoa que possa usar esta conta vai poder abri-los.
way-to-keychain = Abrir sem perguntar nesta conta do computador
# After either change above.
way-changed = Feito. Todos os seus rascunhos continuam aqui.

## While the computer's password store is being asked for the drafts' key

asking-title = A abrir os seus rascunhos
# Shown while the computer puts up its own box asking for its password (the "keyring"), which
# can take a while. Written so that a family knows the box is the computer's, not a trick.
asking-intro = O seu computador está a pedir a palavra-passe do cofre de palavras-passe… Esta janela é do próprio computador, não do Family Voice. Escreva lá a palavra-passe do computador, e os seus rascunhos vão abrir-se.
# Shown under the message above, only when the drafts also have a passphrase.
asking-passphrase-intro = Ou, em vez disso, desbloqueie com a sua frase secreta do Family Voice:

## Delete everything (at the foot of the start screens)

erase-heading = Apagar tudo deste computador
# Says exactly what goes, so nobody is surprised, and that it cannot be undone.
erase-intro = Isto apaga tudo o que o Family Voice guarda neste computador: todos os rascunhos, todas as cópias deles, a chave que os abre, as revisões das traduções feitas por intérpretes e as suas definições. Não pode ser desfeito. A aplicação fecha-se quando terminar. Os PDF que guardou noutro sítio não são tocados.
# Above the box. The word to type follows on its own line.
erase-confirm-label = Para ter a certeza, escreva esta palavra na caixa:
# The word the family must type to confirm. Use an ordinary word of your language that means
# "delete", easy to type on a keyboard for your language.
erase-confirm-word = apagar
erase-button = Apagar tudo agora
# Under the box, when what was typed is not the word above.
erase-not-confirmed = Nada foi apagado. Para apagar tudo, escreva exatamente a palavra que aparece acima.
# Under the box, when the drafts were deleted but a folder of the app's other files could not be removed
# (another program was still writing in it). Read by a parent who has just deleted everything.
erase-incomplete = Os seus rascunhos e a chave deles foram apagados, mas ainda não foi possível remover alguns outros ficheiros da aplicação. Feche o Family Voice, abra-o de novo e escolha «Apagar tudo» mais uma vez.

## Read aloud (beside each question, guide paragraph and child's question)

# Small button that reads the words beside it aloud, through the computer's own voice.
read-aloud = Ler em voz alta
# The same button while it is reading: stops the reading at once.
read-aloud-stop = Parar
# Shown once on a screen instead of the buttons, when the computer has no voice for the
# screens' language (Somali, on most computers).
read-aloud-no-voice = Este computador não tem uma voz que consiga ler esta língua em voz alta.
# Shown when the computer's voice failed to read the words.
read-aloud-failed = Não foi possível ler em voz alta. Tente outra vez.

# After the conference: the categories of harm a Child Protection Plan is made under in England.
outcome-category-physical = Abuso físico
outcome-category-emotional = Abuso emocional
outcome-category-sexual = Abuso sexual
outcome-category-neglect = Negligência
# On a review conference's draft, above the answer the family gave to the same question last time.
last-time-said = Da última vez disse:
# Under the last answer: a prompt to think about what is different now.
last-time-changed = O que mudou desde então? Ainda é verdade?
# A button beside a parent's draft on the start screen: it starts a new draft for the review conference from it, and the old one stays as it was.
drafts-prepare-review = Preparar-se para a conferência de revisão
## After the conference: a part of the timeline screen where the family writes down what was decided.
# Heading.
outcome-title = Depois da conferência
# Under the heading.
outcome-intro = Quando a conferência acabar, escreva o que foi decidido. A linha do tempo vai então mostrar as datas que lhe deram.
# A question with three answers below it.
outcome-plan-label = A conferência decidiu fazer um Plano de Proteção da Criança?
outcome-plan-yes = Sim, há um plano
outcome-plan-no = Não há plano
outcome-plan-unsure = Não tenho a certeza
# Above four boxes to tick, each with a category of harm and a plain sentence saying what it means.
outcome-categories-label = Que tipo de dano disseram? Pode marcar mais do que um.
outcome-category-physical-hint = Magoar o corpo de uma criança, ou não a proteger de ser magoada.
outcome-category-emotional-hint = Tratar uma criança de uma forma que magoa os seus sentimentos, como gritar muito, assustá-la ou ignorá-la.
outcome-category-sexual-hint = Obrigar ou deixar uma criança participar em coisas sexuais.
outcome-category-neglect-hint = Não dar a uma criança o que ela precisa todos os dias, como comida, calor, cuidado, segurança ou um médico.
# Labels of two date boxes.
outcome-core-group-label = Data da primeira reunião do grupo principal (core group)
outcome-review-label = Data da conferência de revisão
# On the guide's section about complaints, when a draft is open: a box where the family may keep the council's contact for a complaint about how the conference was run. The app has no council's details built in.
outcome-council-label = O contacto da sua câmara municipal para queixas (nome, telefone ou email), se o quiser guardar aqui
# The button that saves what was decided.
outcome-save = Guardar o que foi decidido
# Shown after saving.
outcome-saved = Guardado. A linha do tempo mostra agora as datas que lhe deram.
