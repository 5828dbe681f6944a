# Messages about saved drafts. Readers: parents and carers, and children and young people
# writing their own views, often with an advocate beside them. They may be worried or upset.
# Say what happened and what to do next, kindly; say that nothing was lost whenever that is
# true; never blame; no technical words ("keychain", "file", "encrypted" only where a person
# needs them to act).

# Start screen, when the app first starts or unlocks, if the computer's password store (the
# keychain) is there but locked, or did not answer. Followed by a box for the passphrase.
error-vault-keychain-unavailable = O cofre de palavras-passe deste computador está bloqueado ou não respondeu, por isso os seus rascunhos não podem ser desbloqueados da forma habitual. Pode usar uma frase secreta em vez disso. Nada do que escreveu se perdeu.

# Start screen, the very first time, when this computer has no password store the app can use
# at all. Followed by two boxes to choose a passphrase.
error-vault-no-keychain = Este computador não tem um cofre de palavras-passe que o Family Voice possa usar, por isso os seus rascunhos vão ficar protegidos com uma frase secreta. Escolha-a agora. Vai escrevê-la sempre que abrir os seus rascunhos.

# Start screen, when the small file that records where the drafts' key is kept is damaged and
# could not be mended. The drafts themselves are still on the computer, untouched. Followed by
# "Start again", which puts them to one side rather than deleting them.
error-vault-key-file-damaged = Os seus rascunhos continuam neste computador, mas o registo da chave que os abre está danificado e a aplicação não o conseguiu reparar. Nada foi apagado.

# Start screen, when there are saved drafts but the key that opens them is not on this
# computer any more. Followed by two buttons: use the passphrase, or start again.
error-vault-key-missing = Os seus rascunhos continuam aqui, mas a chave que os abre já não está neste computador. Se escolheu uma frase secreta, pode usá-la para os abrir. Se não, pode começar de novo: os rascunhos que não podem ser abertos são postos de parte, não são apagados.

# Unlock screen, when someone tries a passphrase but none was ever chosen for these drafts.
error-vault-no-passphrase = Não foi escolhida nenhuma frase secreta para estes rascunhos, por isso não é possível abri-los com uma. Volte atrás e tente novamente.

# Unlock screen, under the passphrase box, when the passphrase typed does not open the drafts.
error-vault-wrong-passphrase = Essa frase secreta não abre os seus rascunhos. Verifique-a e tente novamente. As letras maiúsculas e os espaços contam.

# "I have forgotten my passphrase", when the recovery code typed is not right.
error-vault-wrong-recovery-code = Esse código de recuperação não abre os seus rascunhos. Verifique cada letra e cada número da sua folha de recuperação e tente novamente.

# Passphrase screen, under the box, when the new passphrase chosen is too short.
error-vault-passphrase-too-short = Escolha uma frase secreta com pelo menos { $min } caracteres. Uma frase curta de que se lembre funciona bem.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to set
# up drafts that already have a key.
error-vault-already-set-up = Os seus rascunhos já estão preparados neste computador. Feche a aplicação e abra-a outra vez.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to open
# drafts before any were set up.
error-vault-not-set-up = Ainda não há rascunhos neste computador. Pode começar um novo.

# Any screen with a draft, after the app locked itself or was locked on purpose.
error-vault-locked = Os seus rascunhos estão bloqueados para os manter privados. Desbloqueie-os para continuar.

# Start screen or a draft, when the draft asked for is not there (often it was just deleted).
error-vault-not-found = Não foi possível encontrar este rascunho. Talvez tenha sido apagado.

# Start screen, rename box or new draft box, when the name is left empty.
error-vault-label-missing = Dê um nome a este rascunho, para o poder encontrar outra vez. Por exemplo: «Mãe — reunião inicial».

# Start screen, in the list of drafts, beside a file that is not a Family Voice draft.
error-vault-foreign-file = Há uma coisa na pasta dos rascunhos que não é um rascunho do Family Voice. Ficou como estava, e os seus outros rascunhos estão bem.

# Start screen, in the list of drafts, beside a draft saved by a newer version of the app.
error-vault-newer-version = Este rascunho foi guardado com uma versão mais recente do Family Voice. Atualize a aplicação para o abrir. O rascunho não foi alterado.

# Start screen, in the list of drafts, beside a draft that has been damaged.
error-vault-damaged = Este rascunho está danificado e não pode ser aberto. Os seus outros rascunhos estão bem.

# Start screen, in the list, or while saving: a draft far larger than anyone writes.
error-vault-too-large = Este rascunho é grande demais para a aplicação o abrir ou guardar. Os seus outros rascunhos estão bem.

# Quiet status beside "Saved" while writing, when the computer's disk is full.
error-vault-disk-full = Não foi possível guardar as últimas alterações porque o disco do computador está cheio. O que guardou antes está seguro. Liberte algum espaço e a aplicação vai tentar outra vez.

# Quiet status beside "Saved" while writing, or the start screen, when the drafts folder
# cannot be written to.
error-vault-read-only = Não foi possível guardar as últimas alterações porque a aplicação não tem autorização para escrever na pasta dos rascunhos. O que guardou antes está seguro.

# Quiet status beside "Saved" while writing, or the start screen, for any other problem with
# the computer's storage.
error-vault-storage-failed = Algo correu mal ao guardar ou abrir os seus rascunhos. O que guardou antes está seguro. Tente novamente daqui a pouco.

# Start screen, when the computer cannot make a secure key for new drafts (very rare).
error-vault-random-unavailable = Este computador não conseguiu criar uma chave segura para os seus rascunhos, por isso nada foi guardado. Reinicie o computador e tente novamente.

# Start screen, in the list of files that could not be opened, beside something in the drafts
# folder that has a draft's name but is not a file (for example a folder).
error-vault-not-a-file = Isto não é um ficheiro de rascunho (pode ser uma pasta ou um atalho), por isso a aplicação não o abriu. Ficou como estava, e os seus outros rascunhos estão bem.

# Start screen, when Family Voice is already open in another window on this computer.
error-vault-in-use = O Family Voice já está aberto neste computador. Use a janela que já está aberta. Só uma janela de cada vez pode abrir os seus rascunhos, para que nada seja guardado duas vezes.

# Start screen, after "Start again", if the drafts could in fact be opened after all (for
# example the password store answered this time). The drafts are then simply shown.
error-vault-drafts-still-open = Afinal, os seus rascunhos podem ser abertos, por isso nada foi posto de parte.

## The start screen's list of drafts

# The name a new draft gets when the family leaves the name box empty.
# $date: today, e.g. "Sunday 22 November 2026".
drafts-default-label = O meu contributo (início: { $date })
# Under each draft's name in the list. $date: e.g. "Sunday 22 November 2026"; $time: e.g. "2:05pm".
drafts-saved-at = Guardado pela última vez: { $date }, às { $time }
# The locked screen, when the password store cannot be opened and no passphrase was chosen, so
# the only thing to do is try again. Followed by a "Try again" button.
drafts-keychain-unavailable-retry = O cofre de palavras-passe deste computador está bloqueado ou não respondeu, por isso os seus rascunhos continuam bloqueados. Nada do que escreveu se perdeu. Desbloqueie o cofre de palavras-passe (em muitos computadores, basta terminar a sessão e voltar a entrar) e depois escolha «Tentar novamente».

# Start screen, above the list, after "Start again": where the drafts that could not be opened
# were put. $folder: the folder's place on the computer, e.g. "/home/sam/.local/share/…".
drafts-set-aside-notice = Os seus rascunhos antigos foram postos de parte, não foram apagados. Estão nesta pasta: { $folder }. Se mais tarde se lembrar da sua frase secreta, ou se o cofre de palavras-passe do computador voltar a funcionar, alguém que lhe dê ajuda com o computador pode pô-los de volta no sítio, para que se abram.
# Start screen, in the list of files that could not be opened: which file it is, so one can be
# told from another. $name: the file's name; $kilobytes: its size; $date and $time: when it last
# changed, e.g. "Sunday 22 November 2026" and "2:05pm".
drafts-unreadable-file = { $name }, { $kilobytes } KB, alterado pela última vez: { $date }, às { $time }
# The same, when the computer does not say when the file changed.
drafts-unreadable-file-undated = { $name }, { $kilobytes } KB

# The name of a new draft for the review conference, made from an earlier one; $label is the earlier draft's name.
drafts-review-label = { $label } (conferência de revisão)
