# What the family wrote, put together: on the "Check your answers" screen and in the PDF.
# Readers: the family, then the Chair and the professionals at the conference.

# The PDF's title.
summary-title = Wypowiedź rodziny na konferencję w sprawie ochrony dziecka
# Short title at the top right of every PDF page.
summary-header-title = Wypowiedź rodziny
# At the top left of every PDF page.
summary-confidential = Poufne
# At the bottom of every PDF page.
summary-page-of = Strona { $page } z { $pages }
summary-about-heading = O nas
summary-written-by = Napisane przez
# $name is the writer's name, $relationship what they are to the children ("mum").
summary-writer-with-relationship = { $name } ({ $relationship })
summary-children = Dzieci
summary-child-aged = { $age ->
        [one] { $name }, { $age } rok
        [few] { $name }, { $age } lata
        [many] { $name }, { $age } lat
       *[other] { $name }, { $age } lat
    }
summary-child-born = { $name }, data urodzenia: { $date }
summary-conference = Konferencja
summary-date-at-time = { $date }, godz. { $time }
summary-social-worker = Pracownik socjalny
summary-helped-by = Kto pomagał
# $role is one of the helper words below, $name the helper's name.
summary-helper-with-name = { $role }: { $name }
# The language the family chose; their answers are usually written in it too.
summary-language = Język pytań i odpowiedzi
# At the foot of the last page of a PDF in a language other than English, until a qualified
# interpreter has checked this language's wording. Also shown beside the language in the chooser.
summary-translation-note = Te pytania przetłumaczył zespół Family Voice. Tłumaczenie nie zostało jeszcze sprawdzone przez wykwalifikowanego tłumacza.
summary-interpreter = Tłumacz na konferencji
summary-interpreter-yes = Tak, język: { $language }
summary-interpreter-no = Niepotrzebny
summary-access-needs = Co pomoże nam wziąć udział
# The family's number on the 0 to 10 scale.
summary-scale-answer = { $score } na 10
# In place of an answer the family left blank.
summary-not-answered = Bez odpowiedzi
summary-closing-heading = Podpisano
summary-made-on = Data utworzenia
summary-signature = Podpis
summary-signed-date = Data

conference-kind-initial = Konferencja wstępna
conference-kind-review = Konferencja przeglądowa
meeting-format-in-person = Wszyscy razem w jednej sali
meeting-format-video = Przez połączenie wideo
meeting-format-mixed = Część osób w sali, część przez wideo
meeting-format-phone = Przez telefon
helper-nobody = Nikt, napisane samodzielnie
helper-supporter = Przyjaciel lub ktoś z rodziny
helper-advocate = Rzecznik
helper-social-worker = Pracownik socjalny
helper-interpreter = Tłumacz
# Heading of the short timeline on the first page of the PDF and on the "Check your answers" screen.
summary-next-heading = Co będzie dalej

## The recovery sheet: one page the family prints, with the code that opens their drafts if
## the passphrase is forgotten. It names nobody.

recovery-pdf-title = Family Voice: kod odzyskiwania
recovery-pdf-what = Jeśli zapomnisz swoją frazę dostępu do Family Voice, ten kod otworzy Twoje wersje robocze zamiast niej.
recovery-pdf-how = Na ekranie blokady wybierz „Nie pamiętam swojej frazy dostępu”. Wpisz ten kod, a potem wybierz nową frazę dostępu.
recovery-pdf-keep = Przechowuj ten arkusz w bezpiecznym miejscu, z dala od komputera. Każdy, kto ma ten kod i może korzystać z komputera, może otworzyć Twoje wersje robocze.
# $date: the day the sheet was made, e.g. "Sunday 6 December 2026".
recovery-pdf-made = Data utworzenia: { $date }

## My notes for the day: one page the family prints to hold at the conference, in large type.
## The six headings are printed in this order; the first three are the Chair's own.

# Title of the notes page, on the notes screen and the printed page.
notes-title = Moje notatki na dzień spotkania
notes-working-well = Co idzie dobrze
notes-worries = Co mnie martwi
notes-change = Co musi się zmienić
notes-reports = Co chcę powiedzieć o raportach
notes-questions = Moje pytania do przewodniczącego
notes-coming = Kto przyjdzie ze mną
# Shown on the notes screen when the notes would not fit on one printed page.
error-notes-too-long = Notatki nie mieszczą się na jednej stronie. Skróć niektóre z nich i wydrukuj jeszcze raz. Nic z tego, co zostało napisane, nie zginęło.
# Under the title of the notes screen.
notes-intro = Te notatki możesz trzymać w ręku na spotkaniu. Zaczynają się od Twoich odpowiedzi. Zmień je, jak chcesz: najłatwiej czyta się jedną krótką myśl w każdej linijce.
# Button on the notes screen that saves the page as a PDF.
notes-print = Wydrukuj moje notatki
