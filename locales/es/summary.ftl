# What the family wrote, put together: on the "Check your answers" screen and in the PDF.
# Readers: the family, then the Chair and the professionals at the conference.

# The PDF's title.
summary-title = Aportación de la familia a la reunión de protección infantil
# Short title at the top right of every PDF page.
summary-header-title = Aportación de la familia
# At the top left of every PDF page.
summary-confidential = Confidencial
# At the bottom of every PDF page.
summary-page-of = Página { $page } de { $pages }
summary-about-heading = Sobre nosotros
summary-written-by = Escrito por
# $name is the writer's name, $relationship what they are to the children ("mum").
summary-writer-with-relationship = { $name } ({ $relationship })
summary-children = Los niños
summary-child-aged = { $age ->
        [one] { $name }, de { $age } año
       *[other] { $name }, de { $age } años
    }
summary-child-born = { $name }, fecha de nacimiento: { $date }
summary-conference = La reunión
summary-date-at-time = { $date }, a las { $time }
summary-social-worker = Trabajador social
summary-helped-by = Quién ha ayudado
# $role is one of the helper words below, $name the helper's name.
summary-helper-with-name = { $role }: { $name }
# The language the family chose; their answers are usually written in it too.
summary-language = Idioma de las preguntas y las respuestas
# At the foot of the last page of a PDF in a language other than English, until a qualified
# interpreter has checked this language's wording. Also shown beside the language in the chooser.
summary-translation-note = El equipo de Family Voice ha traducido estas preguntas, y todavía no las ha revisado un intérprete cualificado.
summary-interpreter = Intérprete en la reunión
summary-interpreter-yes = Sí, para { $language }
summary-interpreter-no = No hace falta
summary-access-needs = Qué nos ayudaría a participar
# The family's number on the 0 to 10 scale.
summary-scale-answer = { $score } de 10
# In place of an answer the family left blank.
summary-not-answered = Sin respuesta
summary-closing-heading = Firmado
summary-made-on = Hecho el
summary-signature = Firma
summary-signed-date = Fecha

conference-kind-initial = Reunión inicial
conference-kind-review = Reunión de revisión
meeting-format-in-person = En una sala, todos juntos
meeting-format-video = Por videollamada
meeting-format-mixed = Unos en la sala y otros por vídeo
meeting-format-phone = Por teléfono
helper-nobody = Nadie, lo he escrito sin ayuda
helper-supporter = Un amigo o familiar
helper-advocate = Un defensor
helper-social-worker = Un trabajador social
helper-interpreter = Un intérprete
# Heading of the short timeline on the first page of the PDF and on the "Check your answers" screen.
summary-next-heading = Qué pasa después

## The recovery sheet: one page the family prints, with the code that opens their drafts if
## the passphrase is forgotten. It names nobody.

recovery-pdf-title = Family Voice: código de recuperación
recovery-pdf-what = Si olvidas tu frase secreta de Family Voice, este código abre tus borradores en su lugar.
recovery-pdf-how = En la pantalla de bloqueo, elige «He olvidado mi frase secreta». Escribe este código y después elige una frase secreta nueva.
recovery-pdf-keep = Guarda esta hoja en un lugar seguro, lejos del ordenador. Cualquier persona que tenga este código y pueda usar el ordenador puede abrir tus borradores.
# $date: the day the sheet was made, e.g. "Sunday 6 December 2026".
recovery-pdf-made = Hecha el { $date }.

## My notes for the day: one page the family prints to hold at the conference, in large type.
## The six headings are printed in this order; the first three are the Chair's own.

# Title of the notes page, on the notes screen and the printed page.
notes-title = Mis notas para el día
notes-working-well = Lo que va bien
notes-worries = Lo que me preocupa
notes-change = Lo que tiene que cambiar
notes-reports = Lo que quiero decir sobre los informes
notes-questions = Mis preguntas para el presidente
notes-coming = Quién viene conmigo
# Shown on the notes screen when the notes would not fit on one printed page.
error-notes-too-long = Tus notas no caben en una página. Acorta algunas y vuelve a imprimir. No se ha perdido nada de lo que has escrito.
# Under the title of the notes screen.
notes-intro = Estas notas son para que las tengas en la mano en la reunión. Empiezan con tus respuestas. Cámbialas como quieras: un punto corto en cada línea es lo más fácil de leer.
# Button on the notes screen that saves the page as a PDF.
notes-print = Imprimir mis notas
