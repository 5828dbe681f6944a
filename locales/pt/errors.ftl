# Messages when something needs another look or goes wrong. Shown on screen; readers are
# parents. Say what happened and what to do, kindly; never blame, never show technical words.

error-child-name-missing = Escreva o primeiro nome desta criança, ou retire-a da lista.
error-child-age-range = Escreva uma idade entre 0 e 18.
error-child-born-future = A data de nascimento está no futuro. Por favor, verifique-a.
error-interpreter-language-missing = Diga-nos para que língua precisa de intérprete.
error-scale-range = Escolha um número de 0 a 10.
error-unknown-question = Este ficheiro tem uma resposta a uma pergunta que a aplicação não conhece.
error-contribution-invalid = Este ficheiro não é um contributo do Family Voice, ou está danificado.
error-contribution-newer-version = Este ficheiro foi feito com uma versão mais recente do Family Voice. Atualize a aplicação para o abrir.
# When the PDF is refused because some characters cannot be printed (shown on screen to
# parents). $what is one or more of the unprintable- sentences below.
error-pdf-cannot-print = O PDF não foi feito, porque parte do que foi escrito não pode ser impressa neste computador. { $what } Nada do que escreveu se perdeu.
# Under a text box while a parent or child types, when some of it would not print. $what as above.
unprintable-note = Parte disto não vai aparecer no PDF. { $what }
# One sentence per kind of character that cannot be printed. $chars lists them (private and unknown
# ones as codes such as U+E000); $script is one of the script names below; $package is the name
# of a Debian package.
unprintable-script = { $chars } (escrita { $script }): instale o tipo de letra gratuito { $package } (no Debian ou Ubuntu) e tente de novo.
unprintable-script-windows = { $chars } (escrita { $script }): adicione os tipos de letra gratuitos para esta escrita no Windows (abra Settings, procure “Optional features” e adicione as respetivas “Supplemental Fonts”) e tente de novo.
unprintable-script-macos = { $chars } (escrita { $script }): abra o Font Book neste Mac, descarregue um tipo de letra gratuito para esta escrita e tente de novo.
unprintable-emoji = { $chars } (emojis): instale o tipo de letra gratuito { $package } (no Debian ou Ubuntu), ou apague-os.
unprintable-emoji-newer = { $chars } (emojis): nenhum tipo de letra deste computador os consegue imprimir. Apague-os, ou use palavras em vez deles.
unprintable-private = { $chars } (caracteres especiais que só um programa entende): nunca podem ser impressos. Apague-os, por favor.
unprintable-other = { $chars }: nenhum tipo de letra deste computador os consegue imprimir. Apague-os, por favor.
# Names of kinds of writing, used in the message above.
script-arabic = árabe
script-hebrew = hebraica
script-bengali = bengali
script-devanagari = devanágari (hindi)
script-gurmukhi = gurmukhi (panjabi)
script-gujarati = guzerate
script-latin = latina
script-ethiopic = etíope (amárico, tigrínia)
script-tamil = tâmil
script-tibetan = tibetana
script-cjk = chinesa ou japonesa
script-korean = coreana
error-pdf-font-missing = Este computador não tem nenhum tipo de letra que o PDF possa usar. Instale os tipos de letra gratuitos Noto (no Debian ou no Ubuntu: fonts-noto-core) e tente novamente.
error-file-disk-full = Não há espaço suficiente no disco para guardar isto. Liberte algum espaço, ou escolha outro local, e tente novamente.
error-file-not-allowed = A aplicação não tem autorização para guardar nessa pasta. Escolha outra pasta, por favor.
error-file-write-failed = Não foi possível guardar o ficheiro. Tente novamente, ou escolha outro local.
error-pdf-open-failed = O PDF foi guardado, mas não foi possível abri-lo. Pode encontrá-lo na pasta que escolheu e abri-lo a partir daí.
error-notice-days-range = Escolha um número de dias úteis entre 0 e 20.
error-chair-minutes-range = Escolha um número de minutos entre 5 e 120.

# When the family writes down dates given at the conference before giving the conference's own date.
error-outcome-no-conference-date = Escreva primeiro a data da conferência, na página prática.
# When a core group or review date the family typed is before the conference or more than a year after it.
error-outcome-date-impossible = Essa data não parece certa. Tem de ser depois da conferência e menos de um ano depois dela.
