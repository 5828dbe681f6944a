# What the family wrote, put together: on the "Check your answers" screen and in the PDF.
# Readers: the family, then the Chair and the professionals at the conference.

# The PDF's title.
summary-title = Contributo da família para a reunião de proteção da criança
# Short title at the top right of every PDF page.
summary-header-title = Contributo da família
# At the top left of every PDF page.
summary-confidential = Confidencial
# At the bottom of every PDF page.
summary-page-of = Página { $page } de { $pages }
summary-about-heading = Sobre nós
summary-written-by = Escrito por
# $name is the writer's name, $relationship what they are to the children ("mum").
summary-writer-with-relationship = { $name } ({ $relationship })
summary-children = Crianças
summary-child-aged = { $age ->
        [0] { $name }, com { $age } anos
        [one] { $name }, com { $age } ano
       *[other] { $name }, com { $age } anos
    }
summary-child-born = { $name }, data de nascimento: { $date }
summary-conference = A reunião
summary-date-at-time = { $date }, às { $time }
summary-social-worker = Assistente social
summary-helped-by = Quem ajudou
# $role is one of the helper words below, $name the helper's name.
summary-helper-with-name = { $role }: { $name }
# The language the family chose; their answers are usually written in it too.
summary-language = Língua das perguntas e das respostas
# At the foot of the last page of a PDF in a language other than English, until a qualified
# interpreter has checked this language's wording. Also shown beside the language in the chooser.
summary-translation-note = Estas perguntas foram traduzidas pela equipa do Family Voice e ainda não foram verificadas por um intérprete qualificado.
summary-interpreter = Intérprete na reunião
summary-interpreter-yes = Sim, para { $language }
summary-interpreter-no = Não é preciso
summary-access-needs = O que nos ajudaria a participar
# The family's number on the 0 to 10 scale.
summary-scale-answer = { $score } em 10
# In place of an answer the family left blank.
summary-not-answered = Sem resposta
summary-closing-heading = Assinado
summary-made-on = Feito em
summary-signature = Assinatura
summary-signed-date = Data

conference-kind-initial = Reunião inicial
conference-kind-review = Reunião de revisão
meeting-format-in-person = Todos juntos na mesma sala
meeting-format-video = Por videochamada
meeting-format-mixed = Uns na sala, outros por vídeo
meeting-format-phone = Por telefone
helper-nobody = Ninguém, escrevi sem ajuda
helper-supporter = Um amigo ou familiar
helper-advocate = Um defensor
helper-social-worker = Um assistente social
helper-interpreter = Um intérprete
# Heading of the short timeline on the first page of the PDF and on the "Check your answers" screen.
summary-next-heading = O que acontece a seguir

## The recovery sheet: one page the family prints, with the code that opens their drafts if
## the passphrase is forgotten. It names nobody.

recovery-pdf-title = Family Voice: código de recuperação
recovery-pdf-what = Se se esquecer da sua frase secreta do Family Voice, este código abre os seus rascunhos em vez dela.
recovery-pdf-how = No ecrã de bloqueio, escolha «Esqueci-me da minha frase secreta». Escreva este código e depois escolha uma nova frase secreta.
recovery-pdf-keep = Guarde esta folha num sítio seguro, longe do computador. Qualquer pessoa que tenha este código e possa usar o computador pode abrir os seus rascunhos.
# $date: the day the sheet was made, e.g. "Sunday 6 December 2026".
recovery-pdf-made = Feita em { $date }.

## My notes for the day: one page the family prints to hold at the conference, in large type.
## The six headings are printed in this order; the first three are the Chair's own.

# Title of the notes page, on the notes screen and the printed page.
notes-title = As minhas notas para o dia
notes-working-well = O que está a correr bem
notes-worries = O que me preocupa
notes-change = O que precisa de mudar
notes-reports = O que quero dizer sobre os relatórios
notes-questions = As minhas perguntas para o presidente
notes-coming = Quem vem comigo
# Shown on the notes screen when the notes would not fit on one printed page.
error-notes-too-long = As suas notas não cabem numa página. Encurte algumas e volte a imprimir. Nada do que escreveu se perdeu.
# Under the title of the notes screen.
notes-intro = Estas notas são para ter na mão na reunião. Começam pelas suas respostas. Mude-as como quiser: um ponto curto em cada linha é o mais fácil de ler.
# Button on the notes screen that saves the page as a PDF.
notes-print = Imprimir as minhas notas
