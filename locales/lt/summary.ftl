# What the family wrote, put together: on the "Check your answers" screen and in the PDF.
# Readers: the family, then the Chair and the professionals at the conference.

# The PDF's title.
summary-title = Šeimos pasisakymas vaiko apsaugos konferencijai
# Short title at the top right of every PDF page.
summary-header-title = Šeimos pasisakymas
# At the top left of every PDF page.
summary-confidential = Konfidencialu
# At the bottom of every PDF page.
summary-page-of = { $page } puslapis iš { $pages }
summary-about-heading = Apie mus
summary-written-by = Parašė
# $name is the writer's name, $relationship what they are to the children ("mum").
summary-writer-with-relationship = { $name } ({ $relationship })
summary-children = Vaikai
summary-child-aged = { $age ->
        [one] { $name }, { $age } metai
        [few] { $name }, { $age } metai
       *[other] { $name }, { $age } metų
    }
summary-child-born = { $name }, gimimo data: { $date }
summary-conference = Konferencija
summary-date-at-time = { $date }, { $time }
summary-social-worker = Socialinis darbuotojas
summary-helped-by = Kas padėjo
# $role is one of the helper words below, $name the helper's name.
summary-helper-with-name = { $role }: { $name }
# The language the family chose; their answers are usually written in it too.
summary-language = Klausimų ir atsakymų kalba
# At the foot of the last page of a PDF in a language other than English, until a qualified
# interpreter has checked this language's wording. Also shown beside the language in the chooser.
summary-translation-note = Šiuos klausimus išvertė Family Voice komanda. Vertimo dar nepatikrino kvalifikuotas vertėjas.
summary-interpreter = Vertėjas konferencijoje
summary-interpreter-yes = Taip, kalba: { $language }
summary-interpreter-no = Nereikia
summary-access-needs = Kas padėtų mums dalyvauti
# The family's number on the 0 to 10 scale.
summary-scale-answer = { $score } iš 10
# In place of an answer the family left blank.
summary-not-answered = Neatsakyta
summary-closing-heading = Pasirašyta
summary-made-on = Sukurta
summary-signature = Parašas
summary-signed-date = Data

conference-kind-initial = Pirminė konferencija
conference-kind-review = Peržiūros konferencija
meeting-format-in-person = Visi kartu vienoje patalpoje
meeting-format-video = Vaizdo skambučiu
meeting-format-mixed = Vieni patalpoje, kiti – vaizdo skambučiu
meeting-format-phone = Telefonu
helper-nobody = Niekas, parašyta savarankiškai
helper-supporter = Draugas ar šeimos narys
helper-advocate = Atstovas
helper-social-worker = Socialinis darbuotojas
helper-interpreter = Vertėjas
# Heading of the short timeline on the first page of the PDF and on the "Check your answers" screen.
summary-next-heading = Kas vyks toliau

## The recovery sheet: one page the family prints, with the code that opens their drafts if
## the passphrase is forgotten. It names nobody.

recovery-pdf-title = Family Voice: atkūrimo kodas
recovery-pdf-what = Jei pamiršite savo Family Voice slaptafrazę, šis kodas vietoj jos atidarys jūsų juodraščius.
recovery-pdf-how = Užrakinimo ekrane pasirinkite „Pamiršau savo slaptafrazę“. Įveskite šį kodą, tada pasirinkite naują slaptafrazę.
recovery-pdf-keep = Laikykite šį lapą saugioje vietoje, toli nuo kompiuterio. Bet kas, turintis šį kodą ir galintis naudotis kompiuteriu, gali atidaryti jūsų juodraščius.
# $date: the day the sheet was made, e.g. "Sunday 6 December 2026".
recovery-pdf-made = Sukurta { $date }.

## My notes for the day: one page the family prints to hold at the conference, in large type.
## The six headings are printed in this order; the first three are the Chair's own.

# Title of the notes page, on the notes screen and the printed page.
notes-title = Mano užrašai susitikimo dienai
notes-working-well = Kas sekasi gerai
notes-worries = Kas mane neramina
notes-change = Ką reikia pakeisti
notes-reports = Ką noriu pasakyti apie ataskaitas
notes-questions = Mano klausimai pirmininkui
notes-coming = Kas ateina kartu su manimi
# Shown on the notes screen when the notes would not fit on one printed page.
error-notes-too-long = Jūsų užrašai netelpa viename puslapyje. Kai kuriuos sutrumpinkite ir spausdinkite dar kartą. Niekas, ką parašėte, nedingo.
# Under the title of the notes screen.
notes-intro = Šie užrašai skirti laikyti rankoje per susitikimą. Jie prasideda nuo jūsų atsakymų. Keiskite juos kaip norite: lengviausia skaityti po vieną trumpą mintį eilutėje.
# Button on the notes screen that saves the page as a PDF.
notes-print = Spausdinti mano užrašus
