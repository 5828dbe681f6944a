# What the family wrote, put together: on the "Check your answers" screen and in the PDF.
# Readers: the family, then the Chair and the professionals at the conference.

# The PDF's title.
summary-title = Contribuția familiei pentru conferința de protecție a copilului
# Short title at the top right of every PDF page.
summary-header-title = Contribuția familiei
# At the top left of every PDF page.
summary-confidential = Confidențial
# At the bottom of every PDF page.
summary-page-of = Pagina { $page } din { $pages }
summary-about-heading = Despre noi
summary-written-by = Scris de
# $name is the writer's name, $relationship what they are to the children ("mum").
summary-writer-with-relationship = { $name } ({ $relationship })
summary-children = Copiii
summary-child-aged = { $age ->
        [one] { $name }, { $age } an
        [few] { $name }, { $age } ani
       *[other] { $name }, { $age } de ani
    }
summary-child-born = { $name }, data nașterii: { $date }
summary-conference = Conferința
summary-date-at-time = { $date }, la ora { $time }
summary-social-worker = Asistentul social
summary-helped-by = Cine a ajutat
# $role is one of the helper words below, $name the helper's name.
summary-helper-with-name = { $role }: { $name }
# The language the family chose; their answers are usually written in it too.
summary-language = Limba întrebărilor și a răspunsurilor
# At the foot of the last page of a PDF in a language other than English, until a qualified
# interpreter has checked this language's wording. Also shown beside the language in the chooser.
summary-translation-note = Aceste întrebări au fost traduse de echipa Family Voice și nu au fost încă verificate de un interpret calificat.
summary-interpreter = Interpret la conferință
summary-interpreter-yes = Da, pentru { $language }
summary-interpreter-no = Nu este nevoie
summary-access-needs = Ce ne-ar ajuta să participăm
# The family's number on the 0 to 10 scale.
summary-scale-answer = { $score } din 10
# In place of an answer the family left blank.
summary-not-answered = Fără răspuns
summary-closing-heading = Semnat
summary-made-on = Data întocmirii
summary-signature = Semnătura
summary-signed-date = Data

conference-kind-initial = Conferința inițială
conference-kind-review = Conferința de revizuire
meeting-format-in-person = Împreună, în aceeași sală
meeting-format-video = Prin apel video
meeting-format-mixed = Unii în sală, alții prin video
meeting-format-phone = Prin telefon
helper-nobody = Nimeni, am scris fără ajutor
helper-supporter = Un prieten sau o rudă
helper-advocate = Un susținător independent
helper-social-worker = Un asistent social
helper-interpreter = Un interpret
# Heading of the short timeline on the first page of the PDF and on the "Check your answers" screen.
summary-next-heading = Ce urmează

## The recovery sheet: one page the family prints, with the code that opens their drafts if
## the passphrase is forgotten. It names nobody.

recovery-pdf-title = Family Voice: cod de recuperare
recovery-pdf-what = Dacă uitați fraza de acces pentru Family Voice, acest cod vă deschide ciornele în locul ei.
recovery-pdf-how = Pe ecranul de blocare, alegeți „Am uitat fraza de acces”. Scrieți acest cod, apoi alegeți o frază de acces nouă.
recovery-pdf-keep = Păstrați această foaie într-un loc sigur, departe de computer. Oricine are acest cod și poate folosi computerul vă poate deschide ciornele.
# $date: the day the sheet was made, e.g. "Sunday 6 December 2026".
recovery-pdf-made = Data întocmirii: { $date }.

## My notes for the day: one page the family prints to hold at the conference, in large type.
## The six headings are printed in this order; the first three are the Chair's own.

# Title of the notes page, on the notes screen and the printed page.
notes-title = Notițele mele pentru ziua conferinței
notes-working-well = Ce merge bine
notes-worries = Ce mă îngrijorează
notes-change = Ce trebuie să se schimbe
notes-reports = Ce vreau să spun despre rapoarte
notes-questions = Întrebările mele pentru președinte
notes-coming = Cine vine cu mine
# Shown on the notes screen when the notes would not fit on one printed page.
error-notes-too-long = Notițele dumneavoastră nu încap pe o pagină. Scurtați-le pe unele, apoi tipăriți din nou. Nu s-a pierdut nimic din ce ați scris.
# Under the title of the notes screen.
notes-intro = Aceste notițe sunt ca să le aveți în mână la conferință. Pornesc de la răspunsurile dumneavoastră. Schimbați-le cum doriți: un punct scurt pe fiecare rând se citește cel mai ușor.
# Button on the notes screen that saves the page as a PDF.
notes-print = Tipăriți notițele mele
